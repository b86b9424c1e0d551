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
