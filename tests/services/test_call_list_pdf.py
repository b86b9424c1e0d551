"""The call list on paper: an email address or a word is never cut in two.

PDFs are read back with poppler's `pdftotext`, i.e. as a reader (or a caller copying an address
into a phone) gets them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from meetingkit.core.commitment import Commitment, FollowUp
from meetingkit.core.errors import ValidationError
from meetingkit.services.printing.call_list_pdf import render_call_list

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)

NOW = dt.datetime(2026, 11, 21, 20, 0)
DUE = dt.datetime(2026, 11, 23, 18, 30)


def _row(name: str, email: str, meeting: str = "Safe Staffing Working Group") -> FollowUp:
    commitment = Commitment(1, 1, "Hold three one-on-ones on my unit by Sat 5 Dec", DUE)
    return FollowUp(commitment, name, "(312) 555-0107", email, meeting, dt.date(2026, 11, 7), "")


def _lines(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.splitlines()


@pytest.mark.parametrize(
    "email",
    [
        "yusuf.abdi@example.org",
        "kateryna.shevchenko@example.org",
        "mariajose.alvarez-fernandez@hospital-workers-union.example.org",
    ],
)
def test_an_email_address_is_whole_on_a_line_or_broken_at_a_sensible_point(
    email: str, tmp_path: Path
) -> None:
    """Whole, or broken only before its "@" and after a dot or a hyphen."""
    pdf = tmp_path / "calls.pdf"
    render_call_list(pdf, [_row("Kateryna Shevchenko", email)], NOW)
    lines = _lines(pdf)
    rows = lines[next(n for n, line in enumerate(lines) if "Contact" in line) + 1 :]
    pieces = [word for line in rows for word in line.split() if word in email]
    pieces = [p for p in pieces if len(p) > 2 or "@" in p]  # not "by", "on" and such
    assert "".join(pieces) == email, pieces
    for piece, following in itertools.pairwise(pieces):
        assert piece[-1] in ".-" or following.startswith("@"), pieces


def test_long_words_break_after_their_hyphen_never_inside(tmp_path: Path) -> None:
    """ "Cross-professional assembly…" in the narrow From column: "Cross-" then
    "professional", not "Cross-professiona" then "l"."""
    pdf = tmp_path / "calls.pdf"
    meeting = "Cross-professional assembly on staffing ratios"
    render_call_list(pdf, [_row("Yusuf Abdi", "yusuf.abdi@example.org", meeting)], NOW)
    words = " ".join(_lines(pdf)).split()
    assert "Cross-professional" in words or {"Cross-", "professional"} <= set(words)
    assert "professiona" not in words


def test_names_and_commitments_in_any_script_print_in_a_font_that_has_them(
    tmp_path: Path,
) -> None:
    """李明 was printed as boxes and an Arabic name backwards: a caller could not read them."""
    pdf = tmp_path / "calls.pdf"
    row = _row("李明", "li@example.org", "اجتماع التوظيف")
    arabic = Commitment(1, 1, "سأتحدث مع ثلاثة زملاء", DUE)
    render_call_list(pdf, [row, dataclasses.replace(row, commitment=arabic)], NOW)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "DroidSansFallback" in fonts.stdout
    assert "NotoSansArabic" in fonts.stdout
    assert "李明" in " ".join(_lines(pdf))


def test_with_nothing_to_follow_up_nothing_is_printed_and_the_error_says_why(
    tmp_path: Path,
) -> None:
    """The sentence was squeezed into the Person column, over three lines, on a list of no
    one. As with badges when nobody signed in: refused, with the reason."""
    pdf = tmp_path / "calls.pdf"
    with pytest.raises(ValidationError, match="Nothing to follow up: every commitment is closed"):
        render_call_list(pdf, [], NOW)
    assert not pdf.exists()


def _text(pdf: Path) -> str:
    """The words in reading order, a cell's lines run together."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _follow_up(
    person_id: int, name: str, text: str, due: dt.datetime, meeting: str, held: dt.date
) -> FollowUp:
    commitment = Commitment(person_id, person_id, text, due)
    return FollowUp(commitment, name, "(312) 555-0107", "", meeting, held, "Ana Lima")


def test_a_person_is_one_row_with_their_commitments_the_freshest_first(tmp_path: Path) -> None:
    """After a year the call list had a row per commitment, oldest first, and the same
    person twice on a page; dates a year old read as the coming ones."""
    last_year = dt.datetime(2025, 12, 4, 7, 15)
    rows = [
        _follow_up(
            1, "Fatma Osei", "Join a committee", last_year, "Night shift CNAs", dt.date(2025, 12, 2)
        ),
        _follow_up(
            1,
            "Fatma Osei",
            "Collect ten forms",
            last_year,
            "Night shift CNAs",
            dt.date(2025, 12, 2),
        ),
        _follow_up(
            2, "Joy Flores", "Sign the petition", DUE, "November assembly", dt.date(2026, 11, 21)
        ),
        _follow_up(
            1, "Fatma Osei", "Give 2 hours a week", DUE, "November assembly", dt.date(2026, 11, 21)
        ),
    ]
    pdf = tmp_path / "calls.pdf"
    assert render_call_list(pdf, rows, NOW) == 2
    text = _text(pdf)
    assert text.count("Fatma Osei") == 1
    assert text.index("Fatma Osei") < text.index("Joy Flores")  # both due on the 23rd: by name
    assert text.index("Give 2 hours a week") < text.index("Join a committee")
    assert "Thu 4 Dec 2025" in text  # the due day of another year, with its year
    assert "2 Dec 2025" in text  # and the meeting's
    assert "Mon 23 Nov 2026" not in text  # this year's, without
    assert text.count("Night shift CNAs") == 1  # one card, one line for where it came from
    assert "2 people (4 follow-ups), 2 overdue" in text


def test_a_call_list_since_a_day_says_so(tmp_path: Path) -> None:
    pdf = tmp_path / "calls.pdf"
    render_call_list(pdf, [_row("Yusuf Abdi", "")], NOW, since=dt.date(2026, 10, 1))
    assert "Only commitments made at meetings since 1 Oct 2026." in _text(pdf)
