"""Roster files as exports really come: a title above the column names, numbers a spreadsheet
shortened, the same row twice, and near matches to review (QA s18/qa4, sections 4, 7, 10)."""

import pytest

from meetingkit.core.roster import Action, ContactIndex, guess_mapping, plan_import, read_row
from meetingkit.core.roster_file import read_roster
from meetingkit.core.signin import Candidate

SPANISH = (
    "Nombre;Apellidos;Teléfono;Correo electrónico\n"
    "José;Núñez Peña;(312) 555-0150;jose.nunez@example.org\n"
    "Begoña;Ibáñez;312 555 0151;\n"
)

# Title lines above the column names


@pytest.mark.parametrize(
    "title",
    [
        "Lista de miembros - noviembre 2026\n\n",  # a title, then a blank line
        "Lista de miembros - noviembre 2026;;;\n;;;\n",  # as Excel pads a title row
        "Members, November 2026\n\n",  # a comma in it, above a table of semicolons
    ],
)
def test_a_title_above_the_column_names_is_skipped_and_said(title: str) -> None:
    """The title was taken for the header: one comma column, "Nombre;Apelli…", no import."""
    file = read_roster((title + SPANISH).encode())
    assert file.delimiter == ";"
    assert file.headers == ("Nombre", "Apellidos", "Teléfono", "Correo electrónico")
    assert [row[0] for row in file.rows] == ["José", "Begoña"]
    assert file.lines == (4, 5)  # the rows as the spreadsheet numbers them
    assert file.skipped_above == 2
    first = title.split(";")[0].split("\n")[0]
    assert file.note == f"Skipped 2 lines above the column names, starting “{first}”."
    assert guess_mapping(file.headers)[:2] == ("first_name", "last_name")


def test_one_title_line_is_said_in_the_singular_beside_the_encoding_note() -> None:
    file = read_roster(("Miembros\n" + SPANISH).encode("cp1252"))
    assert file.skipped_above == 1
    assert file.note.startswith("Skipped 1 line above the column names: “Miembros”. This file")
    assert "Windows-1252" in file.note


@pytest.mark.parametrize(
    ("text", "headers", "delimiter"),
    [
        ("Name\nAna\nBen\n", ("Name",), ","),  # one column: its name is the header
        ("\n\nName,Phone\nAna,1\n", ("Name", "Phone"), ","),  # blank lines are no title
        ('"Last, First";Phone\n"Garcia, Ana";1\n', ("Last, First", "Phone"), ";"),
        ("Name,Notes\nAna,a;b;c\n", ("Name", "Notes"), ","),  # a note's semicolons
        ("Name,Notes\nAna,a;b;c\nBen,x;y;z\n", ("Name", "Notes"), ","),
        ("Name,,Phone\nAna,RN,1\n", ("Name", "Column 2", "Phone"), ","),  # a nameless column
    ],
)
def test_a_header_on_the_first_line_stays_there(
    text: str, headers: tuple[str, ...], delimiter: str
) -> None:
    file = read_roster(text.encode())
    assert (file.headers, file.delimiter, file.skipped_above) == (headers, delimiter, 0)


# Numbers a spreadsheet shortened


@pytest.mark.parametrize("shortened", ["3.12555E+09", "3,12555E+09", "3.12555e9", "3E+09"])
def test_a_phone_in_scientific_notation_is_left_out_and_said(shortened: str) -> None:
    """3.12555E+09 was imported as Ana's phone: its last digits were gone."""
    reading = read_row(["Ana", shortened], ("first_name", "phone"), 2)
    assert reading.person is not None
    assert reading.person.phone == ""
    assert reading.notes == (
        f"“{shortened}” looks like a number your spreadsheet shortened; left out",
    )


def test_a_nine_digit_number_is_still_a_phone() -> None:
    reading = read_row(["Di", "312555017"], ("first_name", "phone"), 2)
    assert reading.person is not None
    assert (reading.person.phone, reading.notes) == ("312555017", ())


# The same row twice in one file


def test_a_row_without_contact_repeating_an_earlier_row_is_that_rows_person() -> None:
    """`Luis,Ortega,,` twice: the first import added two Luis Ortegas, a second import none."""
    file = read_roster(
        b"First name,Last name,Phone,Zip\nLuis,Ortega,,\nluis,ORTEGA,,60601\nPat,Kim,,\n"
    )
    plan = plan_import(file, guess_mapping(file.headers), ContactIndex())
    assert [(r.line, r.action, r.match_id) for r in plan.rows] == [
        (2, Action.NEW, None),
        (3, Action.UPDATE, -2),  # "same person as row 2", not "someone already here"
        (4, Action.NEW, None),
    ]
    assert (plan.added, plan.merged, plan.possible_duplicates) == (2, 1, 0)
    assert plan.new_people[0].zip_code == "60601"  # what the repeat adds is kept
    assert plan.new_lines == (2, 4)


def test_someone_already_here_without_contact_still_wins_over_an_earlier_row() -> None:
    index = ContactIndex([Candidate(7, "Luis", "Ortega", "", "")])
    file = read_roster(b"First,Last\nLuis,Ortega\nLuis,Ortega\n")
    plan = plan_import(file, guess_mapping(file.headers), index)
    assert [(r.action, r.match_id) for r in plan.rows] == [(Action.SKIP, 7), (Action.SKIP, 7)]
    assert plan.known_by_name == 2


def test_a_near_match_says_whom_it_may_duplicate() -> None:
    """A row sharing an email with an earlier row says which row; pairs go to the review."""
    index = ContactIndex([Candidate(1, "Rosa", "Delgado", "", "delgados@example.org")])
    file = read_roster(
        b"First,Last,Email\n"
        b"Tomas,Delgado,delgados@example.org\n"
        b"Mei,Chen,chens@example.org\n"
        b"Lu,Chen,chens@example.org\n"
    )
    plan = plan_import(file, guess_mapping(file.headers), index)
    assert [r.match_id for r in plan.rows] == [1, None, -3]
    assert plan.rows[2].reason == "shares a phone, email or full name with row 3: review it"
    assert plan.possible_duplicate_pairs() == [(2, 1), (4, -3)]
    assert plan.new_lines == (2, 3, 4)
