"""The Report tab's shared copy: small professions folded in its attendance as in its chart,
a line for the time the chart cannot show, and one rule for "well beyond its share" in the
words and in the bars' amber."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.airtime_equity import well_beyond
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.airtime_bars import speaks_beyond_room
from meetingkit.ui.report_tab import ReportTab
from tests.services.airtime_scene import CNA, PT, RN, airtime_meeting


@pytest.fixture
def tab(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> ReportTab:
    widget = ReportTab(MeetingReports(conn, clock))
    qtbot.addWidget(widget)
    return widget


def _rows(tab: ReportTab) -> list[tuple[str, str]]:
    model = tab.professions_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_the_shared_copy_folds_small_professions_and_says_what_the_chart_leaves_out(
    tab: ReportTab, conn: sqlite3.Connection, clock: ManualClock
) -> None:
    tab.show_meeting(airtime_meeting(conn, clock))
    assert _rows(tab) == [(RN, "5"), (CNA, "3"), ("Other or not given", "2")]
    assert not tab.attendance_note.isHidden()
    assert tab.attendance_note.text().startswith("Professions with fewer than 3 people present")
    notes = tab.airtime_notes.text().splitlines()
    assert notes[0] == "Groups too small to show had 29% of the speaking time."

    tab.facilitator_check.setChecked(True)
    assert (PT, "1") in _rows(tab)
    assert ("Not given", "1") in _rows(tab)
    assert tab.attendance_note.isHidden()
    assert "Groups too small to show" not in tab.airtime_notes.text()


def test_ten_points_beyond_the_room_is_amber_as_the_words_say(
    tab: ReportTab, conn: sqlite3.Connection, clock: ManualClock
) -> None:
    """Four RNs and six CNAs, half the time each: the RNs are 40% of the room and had 50% of
    the time. The text says they spoke well beyond their share; the bar is amber too."""
    meeting = MeetingStore(conn).create(Meeting("Ten points", dt.date(2026, 11, 21), dt.time(18)))
    people, floor = PeopleStore(conn), FloorSession(meeting, conn, clock)
    for n in range(10):
        person = people.add(Person(f"P{n}", "Test", profession=RN if n < 4 else CNA))
        floor.mark_present(person.key)
        if n in (0, 4):
            floor.add(person.key, person.first_name)
            floor.next_speaker()
            clock.advance(60)
            floor.end_turn()
    tab.show_meeting(meeting)
    assert tab.report is not None
    assert [s.group for s in tab.report.airtime.above] == [RN]
    assert "Spoke well beyond their share of the room: " + RN in tab.airtime_notes.text()
    rn = next(s for s in tab.bars.shares() if s.group == RN)
    assert speaks_beyond_room(rn)


@pytest.mark.parametrize(
    ("room", "airtime"),
    [(0.4, 0.5), (0.3, 0.4), (0.1, 0.2), (0.45, 0.55), (0.4, 0.4999), (0.2, 0.35), (0.5, 0.4)],
)
def test_the_bars_and_the_report_share_one_rule(room: float, airtime: float) -> None:
    share = GroupShare(RN, 4, 60_000, room, airtime)
    assert speaks_beyond_room(share) == well_beyond(share)
