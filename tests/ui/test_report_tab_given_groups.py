"""The Report tab shows airtime by the groups people gave for themselves, as the floor's panel
did live: the demo meeting's "Spanish speaking" and "Night shift", out of the whole room, with
the rule that leaves small groups out, in the facilitator's copy too; in English and Spanish."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core import given_groups_wording as given_words
from meetingkit.core.clock import ManualClock
from meetingkit.core.i18n import translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import language
from meetingkit.ui.report_tab import ReportTab


@pytest.fixture
def tab(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> ReportTab:
    widget = ReportTab(MeetingReports(conn, clock))
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def _groups(tab: ReportTab) -> list[str]:
    return [s.group for s in tab.given_bars.shares()]


def test_the_demo_meeting_shows_the_groups_people_gave(
    tab: ReportTab, conn: sqlite3.Connection, demo: Demo
) -> None:
    tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
    assert tab.given_box.isVisible()
    assert tab.given_box.title() == "Airtime by the groups people gave"
    assert _groups(tab) == ["Spanish speaking", "Night shift"]  # largest first
    assert tab.given_bars.isVisible()
    assert "do not add up to 100%" in tab.given_label.text()
    assert "Spanish speaking (17% of the room, 0% of the time)" in tab.given_notes.text()
    assert tab.given_rule_label.text().startswith(
        "A group is shown only when at least 3 people present gave it"
    )
    # The profession chart stays the professions'
    assert not {"Spanish speaking", "Night shift"} & {s.group for s in tab.bars.shares()}


def test_the_facilitator_copy_keeps_the_small_group_rule(
    tab: ReportTab, conn: sqlite3.Connection, demo: Demo
) -> None:
    """Someone gives a group nobody else gave: not shown, in either copy, though the
    facilitator's copy shows every profession however small."""
    meeting = MeetingStore(conn).get(demo.meeting_id)
    people = PeopleStore(conn)
    lone = AttendanceStore(conn).present(demo.meeting_id)[0].person_id
    people.set_categories(lone, ["Deaf"], today=meeting.date)
    tab.show_meeting(meeting)
    assert "Deaf" not in _groups(tab)
    assert "1 smaller group is left out." in tab.given_rule_label.text()
    tab.facilitator_check.setChecked(True)
    assert tab.people_model.rowCount() > 0  # the facilitator's copy
    assert "Deaf" not in _groups(tab)
    assert _groups(tab) == ["Spanish speaking", "Night shift"]
    assert "The facilitator copy keeps this rule" in tab.given_rule_label.text()


def test_a_meeting_where_nobody_gave_a_group_has_no_such_box(
    tab: ReportTab, conn: sqlite3.Connection
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Plain meeting", dt.date(2026, 11, 21), dt.time(19))
    )
    person = PeopleStore(conn).add(Person("Ana", "Test", profession="RN"))
    AttendanceStore(conn).mark_present(meeting.key, person.key, 0, "manual")
    tab.show_meeting(meeting)
    assert tab.attendance_label.text().startswith("1 person attended")
    assert tab.given_box.isHidden()
    tab.show_meeting(None)
    assert tab.given_box.isHidden()


def test_the_box_speaks_spanish(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, demo: Demo, qapp: QApplication
) -> None:
    language.install(qapp, "es")  # as at start: the screens are built in the language set
    try:
        tab = ReportTab(MeetingReports(conn, clock))
        qtbot.addWidget(tab)
        tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
        assert tab.given_box.title() == translate("Report", given_words.HEADING)
        notes = tab.given_notes.text()
    finally:
        language.install(qapp, "en")
    assert notes.startswith("Hablaron mucho menos que su parte de la sala: Spanish speaking")
