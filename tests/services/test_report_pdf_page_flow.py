"""How the printed report flows over its pages: a long airtime chart starts where there is
room and goes on over the page, as a long table does (page_breaks.py), rather than leave a
page blank under a short section (QA round 8: an assembly's one-line Decisions alone on page
2, the chart from page 3)."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from meetingkit.core.airtime import GroupShare, Turn
from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.printing.airtime_chart import ROW, AirtimeChart
from meetingkit.services.printing.report_pdf import render_report_pdf
from tests.pdf_reading import needs, page_texts

ASSEMBLY = Meeting("Fall assembly", dt.date(2026, 10, 8), dt.time(10), id=55)
PAGE = 684.0  # points: a Letter page's frame


def _assembly(professions: int) -> ReportInputs:
    """Three people of each profession (none too few to show), one of each spoke."""
    people = [
        ReportPerson(p * 10 + k, f"Person {p}-{k}", f"Profession {p:02d}", True)
        for p in range(professions)
        for k in range(3)
    ]
    turns = [
        Turn(p, p * 10, EntryKind.GENERAL, None, ((0, (p + 1) * 20_000),), ended=True)
        for p in range(professions)
    ]
    return ReportInputs(ASSEMBLY, people=people, turns=turns, now_ms=0)


@needs("pdftotext")
def test_a_long_chart_starts_under_the_sections_before_it(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(_assembly(20), facilitator_copy=False))
    pages = page_texts(pdf)
    first = pages[0]
    # The short sections, then the chart's heading, sentence and first rows on page 1.
    assert "No decisions were recorded." in first
    assert "Airtime by profession" in first
    assert "Profession 00" in first.split("Airtime by profession")[1]
    text = " ".join(pages)
    assert all(f"Profession {p:02d}" in text for p in range(20))
    assert text.count("share of speaking time") == 2  # its legend atop each part
    assert first.count("Profession 19") == 1  # in the attendance table: its bar is on page 2


def _placed(chart: AirtimeChart, at_top: bool) -> AirtimeChart:
    chart._frame = SimpleNamespace(_atTop=at_top, _aH=PAGE)
    chart.wrap(500, PAGE)
    return chart


def _shares(n: int) -> list[GroupShare]:
    return [GroupShare(f"G{i}", 3, 1000, 1 / n, 1 / n) for i in range(n)]


def test_a_short_chart_moves_whole_to_the_next_page() -> None:
    chart = _placed(AirtimeChart(_shares(6)), at_top=False)
    assert chart.split(500, 4 * ROW) == []


def test_a_long_chart_splits_with_two_rows_at_least_either_side() -> None:
    chart = _placed(AirtimeChart(_shares(20)), at_top=False)
    head, rest = chart.split(500, 10 * ROW)
    assert (len(head.shares), len(rest.shares)) == (8, 12)  # the legend and the scale too
    assert head.legend
    assert rest.legend
    assert head.scale == rest.scale
    head, rest = chart.split(500, 21.9 * ROW)
    assert len(rest.shares) == 2  # never one row alone over the page
    assert chart.split(500, 2.5 * ROW) == []  # room for fewer than two: it moves on
