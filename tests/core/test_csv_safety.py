import csv
import io

import pytest

from meetingkit.core.csv_safety import csv_text, safe_cell


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ('=HYPERLINK("http://x.example","Click")', '\'=HYPERLINK("http://x.example","Click")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("＝1+1", "'＝1+1"),
        ("Ana", "Ana"),
        ("O'Brien", "O'Brien"),
        ("Ana-María", "Ana-María"),  # a hyphen inside is harmless
        ("", ""),
    ],
)
def test_a_cell_that_starts_like_a_formula_gets_an_apostrophe(raw: str, safe: str) -> None:
    """OWASP: =, +, -, @, tab and CR at the start make a spreadsheet evaluate the cell."""
    assert safe_cell(raw) == safe


@pytest.mark.parametrize("raw", [" =1+1", "\n=1+1", "  \n @SUM(A1)", "\u3000＋1", "\xa0-2"])
def test_a_formula_after_spaces_or_a_line_break_gets_an_apostrophe(raw: str) -> None:
    """An import that trims spaces would read it as a formula."""
    assert safe_cell(raw) == "'" + raw


def test_spaces_alone_or_before_words_are_left_as_they_are() -> None:
    assert safe_cell("  Ana") == "  Ana"
    assert safe_cell(" ") == " "
    assert safe_cell("\nline") == "\nline"


def test_control_characters_are_dropped_before_the_check() -> None:
    """A NUL or escape cannot hide a formula behind an invisible first character."""
    assert safe_cell("\x00=1+1") == "'=1+1"
    assert safe_cell(None) == ""
    assert safe_cell(3) == "3"


def test_the_csv_reads_back_cell_for_cell() -> None:
    """Quotes, commas and newlines survive; formulas come back defused."""
    rows = [['Ana "La Jefa"', "García, RN", "line one\nline two", "=1+1"]]
    text = csv_text(["a", "b", "c", "@d"], rows)
    assert text.endswith("\r\n")
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back == [
        ["a", "b", "c", "'@d"],
        ['Ana "La Jefa"', "García, RN", "line one\nline two", "'=1+1"],
    ]
