"""The Report tab: the meeting report on screen, the facilitator's copy, and printing it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.report_tab import ReportTab
from meetingkit.ui.save_document import DocumentViewer, SavePath


@pytest.fixture
def tab(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> ReportTab:
    widget = ReportTab(MeetingReports(conn, clock))
    qtbot.addWidget(widget)
    return widget


def _names(model: object) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def test_the_live_meeting_shows_its_figures_without_naming_anyone(
    tab: ReportTab, conn: sqlite3.Connection, demo: Demo, qtmodeltester: ModelTester
) -> None:
    tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
    present = AttendanceStore(conn).present(demo.meeting_id)
    figure, caption = tab.figures[0]
    assert (figure.text(), caption.text()) == (str(len(present)), "attended")
    assert tab.professions_model.rowCount() > 0
    assert tab.agenda_model.index(0, 1).data() == "Welcome, agreements and roles"
    assert tab.agenda_model.index(tab.agenda_model.rowCount() - 1, 1).data() == "Total"
    assert tab.bars.shares()  # airtime by profession, small groups combined
    assert "speaking time" in tab.airtime_label.text()
    assert tab.people_table.isHidden()
    assert tab.committed_table.isHidden()
    assert tab.people_model.rowCount() == 0
    assert tab.committed_model.rowCount() == 0
    assert tab.copy_label.isHidden()
    # The demo's facilitator refused one direct response, took someone off the stack at her
    # request and called one speaker ahead
    assert tab.stack_label.text() == (
        "Changes to the stack by hand: 1 speaker called ahead of the stack, "
        "1 direct response refused, 1 person taken off the stack."
    )
    assert tab.stack_log_model.rowCount() == 1  # the rule: the other lines name people
    assert tab.stack_log_model.index(0, 1).data() == (
        "Stack rule set to: Least airtime first (whole meeting)"
    )
    for model in (tab.professions_model, tab.agenda_model, tab.options_model):
        qtmodeltester.check(model)


def test_the_facilitator_copy_adds_who_spoke_and_who_committed(
    tab: ReportTab, conn: sqlite3.Connection, demo: Demo, qtmodeltester: ModelTester
) -> None:
    tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
    tab.facilitator_check.setChecked(True)
    present = {p.display_name for p in AttendanceStore(conn).present(demo.meeting_id)}
    assert set(_names(tab.people_model)) >= present
    assert not tab.people_table.isHidden()
    assert tab.committed_model.rowCount() > 0
    assert not tab.copy_label.isHidden()
    assert tab.copy_label.text() == "Facilitator copy — do not share"
    qtmodeltester.check(tab.people_model)
    qtmodeltester.check(tab.committed_model)
    logged = [tab.stack_log_model.index(r, 1).data() for r in range(3)]
    assert logged[1:] == [
        "Refused a direct response from Dele",
        "Gave the floor to Daniel ahead of the stack",
    ]
    qtmodeltester.check(tab.stack_log_model)
    tab.facilitator_check.setChecked(False)
    assert tab.people_model.rowCount() == 0
    assert tab.stack_log_model.rowCount() == 1  # the rule only: the other lines name people


def test_an_empty_meeting_says_nothing_was_recorded(
    tab: ReportTab, conn: sqlite3.Connection
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Empty", dt.date(2026, 11, 21), dt.time(19)))
    tab.show_meeting(meeting)
    assert tab.attendance_label.text() == "Nobody was marked present at this meeting."
    assert tab.agenda_label.text() == "No agenda was recorded for this meeting."
    assert tab.decisions_label.text() == "No decisions were recorded."
    assert tab.airtime_label.text() == "No speaking time was recorded."
    assert tab.commitments_label.text() == "No commitments were recorded."
    assert tab.stack_label.text() == "Nobody changed the stack by hand."
    assert tab.stack_log_table.isHidden()
    assert tab.bars.isHidden()
    assert tab.figures[2][0].text() == "—"
    tab.show_meeting(None)
    assert not tab.isEnabled()


def test_typed_text_shows_as_text_never_as_markup(
    tab: ReportTab, conn: sqlite3.Connection, clock: ManualClock
) -> None:
    """A profession typed as HTML shows as the characters typed, in plain-text labels."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    hostile = "<b>RN</b><img src=x>"
    people = PeopleStore(conn)
    for i in range(3):
        person = people.add(Person(f"Nurse{i}", profession=hostile))
        AttendanceStore(conn).mark_present(meeting.key, person.key, 0, "manual")
    tab.show_meeting(meeting)
    assert tab.professions_model.index(0, 0).data() == hostile
    labels = tab.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_print_report_saves_the_copy_chosen_and_opens_it(
    tab: ReportTab,
    conn: sqlite3.Connection,
    demo: Demo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    opened: list[Path] = []

    def ask(_cls: object, _parent: object, title: str, filename: str) -> Path:
        asked.append(filename)
        return tmp_path / filename

    monkeypatch.setattr(SavePath, "ask", classmethod(ask))

    def show(_cls: object, path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(DocumentViewer, "show", classmethod(show))
    tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
    tab.print_button.click()
    tab.facilitator_check.setChecked(True)
    tab.print_report()
    assert asked[0].startswith("report-")
    assert asked[1].startswith("report-facilitator-copy-")
    assert [p.name for p in opened] == asked
    assert all(p.read_bytes().startswith(b"%PDF") for p in opened)
