"""The facilitator's copy lists who committed to what with each follow-up's status beside its
own commitment, however many lines a commitment wraps to (QA round 23: the texts and the
statuses were two separate stacks of lines in one row, so after a commitment that wrapped,
every status below sat against the wrong one, as Rosa Delgado's did in the Spanish demo)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.commitment import Commitment, FollowUpStatus
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.services.printing.report_pdf import render_report_pdf
from tests.pdf_reading import needs

pytestmark = needs("pdftotext")

MEETING = Meeting("Staffing meeting", dt.date(2026, 11, 21), dt.time(18, 30), id=3)
DUE = dt.datetime(2026, 11, 23, 18, 30)
LONG = " and then ".join(["tell every coworker on the unit about the vote"] * 3)
STATUSES = ("Open", "Reached", "Done", "Declined", "Lapsed")  # each status's one word
_WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
)


def _words(pdf: Path) -> list[tuple[int, float, str]]:
    """Each word's page, top (points from the top of the page) and text."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (page, float(top), word)
        for page, text in enumerate(out.split("<page ")[1:], 1)
        for top, word in _WORD.findall(text)
    ]


def _inputs(people: int, texts: list[tuple[str, FollowUpStatus]]) -> ReportInputs:
    """`people` people, each committed to `texts` with their statuses; every text begins with
    a word that says whose and which it is ("P3C1"), for finding it on the page."""
    return ReportInputs(
        meeting=MEETING,
        people=[ReportPerson(p, f"Person{p:02d}", "RN") for p in range(people)],
        commitments=[
            Commitment(3, p, f"P{p}C{i} {text}", DUE, status=status)
            for p in range(people)
            for i, (text, status) in enumerate(texts)
        ],
    )


def _rows(pdf: Path) -> dict[str, tuple[int, float]]:
    """Each commitment's tag ("P3C1") to the page and height of its first line."""
    return {w: (page, top) for page, top, w in _words(pdf) if re.fullmatch(r"P\d+C\d+", w)}


def _status_beside(pdf: Path, where: tuple[int, float]) -> list[str]:
    """The status words level with `where`."""
    page, top = where
    return [w for p, t, w in _words(pdf) if p == page and abs(t - top) < 0.5 and w in STATUSES]


def test_each_status_stands_beside_its_own_commitment_after_one_that_wraps(
    tmp_path: Path,
) -> None:
    texts = [
        ("Hold three one-on-ones", FollowUpStatus.OPEN),
        (LONG, FollowUpStatus.REACHED),  # wraps onto three lines
        ("Give 4 hours a week", FollowUpStatus.DONE),
        (LONG, FollowUpStatus.DECLINED),
        ("Join the staffing committee", FollowUpStatus.LAPSED),
    ]
    pdf = tmp_path / "facilitator.pdf"
    render_report_pdf(pdf, build_report(_inputs(1, texts), facilitator_copy=True))
    rows = _rows(pdf)
    for i, (_, status) in enumerate(texts):
        assert _status_beside(pdf, rows[f"P0C{i}"]) == [status.label], f"commitment {i}"
    name = [(p, t) for p, t, w in _words(pdf) if w == "Person00"]
    assert name == [rows["P0C0"]]  # once, level with the first commitment


def test_statuses_keep_their_rows_over_a_page_break(tmp_path: Path) -> None:
    """Enough people that the table goes on over pages: every status is still beside its
    commitment, and a person's commitments are not parted from their name."""
    texts = [
        (LONG, FollowUpStatus.OPEN),
        ("Give 2 hours a week", FollowUpStatus.DONE),
        ("Bring a coworker", FollowUpStatus.DECLINED),
    ]
    pdf = tmp_path / "facilitator.pdf"
    render_report_pdf(pdf, build_report(_inputs(40, texts), facilitator_copy=True))
    rows = _rows(pdf)
    assert len(rows) == 40 * len(texts)
    assert len({page for page, _ in rows.values()}) > 1
    names = {w: page for page, _, w in _words(pdf) if w.startswith("Person")}
    for p in range(40):
        for i, (_, status) in enumerate(texts):
            assert _status_beside(pdf, rows[f"P{p}C{i}"]) == [status.label], f"P{p}C{i}"
            assert rows[f"P{p}C{i}"][0] == names[f"Person{p:02d}"]
