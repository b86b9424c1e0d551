"""The report's decisions say who moved and who seconded a motion, under the proposal: on the
Report tab and in the printed report. The demo assembly's platform was moved by the item's
owner and seconded from environmental services."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.decision import Decision, Outcome, Someone
from meetingkit.core.meeting_report import decision_line
from meetingkit.services.demo import Demo
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.printing.report_pdf import render_report_pdf
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.report_tab import ReportTab
from tests.pdf_reading import needs, pdf_text

MOTION = "Moved by Ana Lima, seconded by Carmen Ruiz"


def test_a_decision_line_carries_its_motion() -> None:
    moved = Decision("Dues", Outcome.CONSENSUS, moved_by=Someone("Ana Lima", 1))
    assert decision_line("", moved).motion == "Moved by Ana Lima"
    assert decision_line("", Decision("Dues", Outcome.CONSENSUS)).motion == ""


def test_the_report_tab_shows_who_moved_and_seconded(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, demo: Demo
) -> None:
    tab = ReportTab(MeetingReports(conn, clock))
    qtbot.addWidget(tab)
    assembly = demo.meeting_ids[1]
    tab.show_meeting(MeetingStore(conn).get(assembly))
    model = tab.decisions_model
    proposals = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [p.splitlines()[-1] for p in proposals] == [MOTION]


@needs("pdftotext")
def test_the_printed_report_shows_who_moved_and_seconded(
    conn: sqlite3.Connection, clock: ManualClock, demo: Demo, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, MeetingReports(conn, clock).report(demo.meeting_ids[1]))
    assert MOTION in pdf_text(pdf)
