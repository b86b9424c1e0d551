"""Roster files that are far too wide, with a huge cell, or UTF-16 without its mark: a clear
word, in bounded time and memory, instead of a frozen window or Python's own words."""

import pytest

from meetingkit.core.roster_file import MAX_COLUMNS, RosterFileError, read_roster


def wide(columns: int, filled: int | None = None) -> bytes:
    """A header of `columns` names (only the first `filled` named, the rest blank), one row."""
    filled = columns if filled is None else filled
    names = ["first_name", "last_name", *(f"col{i}" for i in range(3, filled + 1))]
    header = ",".join(names[:filled] + [""] * (columns - filled))
    row = ",".join(["Ana", "Lima", *("x" * (filled > 2) for _ in range(3, filled + 1))])
    return f"{header}\n{row}\n".encode()


def test_a_roster_with_ten_thousand_columns_is_refused_saying_how_many_it_reads() -> None:
    with pytest.raises(RosterFileError) as refused:
        read_roster(wide(10_000), "wide.csv")
    assert str(refused.value).startswith(
        f"wide.csv has 10,000 columns; meetingkit reads rosters of up to {MAX_COLUMNS}. "
        "Delete the columns you do not need"
    )


def test_up_to_the_limit_every_column_is_read() -> None:
    roster = read_roster(wide(MAX_COLUMNS))
    assert len(roster.headers) == MAX_COLUMNS
    with pytest.raises(RosterFileError, match=f"has {MAX_COLUMNS + 1} columns"):
        read_roster(wide(MAX_COLUMNS + 1))


def test_a_sheet_saved_with_thousands_of_empty_columns_reads_as_the_table_it_is() -> None:
    roster = read_roster(wide(16_384, filled=3))
    assert roster.headers == ("first_name", "last_name", "col3")
    assert roster.rows == (("Ana", "Lima", "x"),)


def test_a_huge_cell_is_named_with_its_line_not_in_pythons_words() -> None:
    data = b"first_name,notes\nAna,ok\nBen," + b"y" * 200_000 + b"\n"
    with pytest.raises(RosterFileError) as refused:
        read_roster(data, "hugecell.csv")
    text = str(refused.value)
    assert text.startswith(
        "hugecell.csv has a cell of more than 131,072 characters, starting on line 3"
    )
    assert "field limit" not in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_read_as_text(codec: str) -> None:
    data = "first_name,last_name\nJosé,Núñez\nZoë,Ångström\n".encode(codec)
    roster = read_roster(data, "members.csv")
    assert roster.encoding == "UTF-16"
    assert roster.rows == (("José", "Núñez"), ("Zoë", "Ångström"))


def test_binary_data_is_still_binary_data() -> None:
    with pytest.raises(RosterFileError, match="holds binary data"):
        read_roster(bytes(range(256)) * 40, "junk.csv")
    with pytest.raises(RosterFileError, match="holds binary data"):
        read_roster(b"\x00" * 4096, "zeros.csv")
