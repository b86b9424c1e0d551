"""The Floor tab's clock tick (five a second) asks the floor for the speaker's name, or counts
who is waiting, without going through every entry the meeting has ever had (soak test F3)."""

import datetime as dt
import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_tab import FloorTab
from tests.services.test_floor_tick_work import counting

T0 = 1_795_000_000.0


def test_a_tick_goes_through_no_past_entries(
    qtbot: QtBot, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = PeopleStore(conn)
    people = [store.add(Person(f, "Ruiz", profession="RN")) for f in ("Ana", "Bea", "Cal")]
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    session.follow_item(1)
    for p in people * 4:  # the first item, heard out
        session.add(p.key, p.first_name, p.last_name)
        session.next_speaker()
        clock.advance(20)
        session.end_turn()
    session.follow_item(2)
    for p in people:
        session.add(p.key, p.first_name, p.last_name)
    tab = FloorTab(store)
    qtbot.addWidget(tab)
    tab.timer.stop()
    tab.set_session(session)

    calls = counting(monkeypatch, "entries", "waiting", "placements")
    tab.tick()  # nobody speaking: who is waiting is counted
    assert tab.kind_label.text() == "3 people waiting. Press N for the next speaker."
    assert calls == {"waiting": 1}

    session.next_speaker()
    tab.refresh()
    calls.clear()
    clock.advance(5)
    tab.tick()  # Ana has the floor: her name, found without a scan
    assert tab.speaker_label.text() == "Ana"
    assert tab.turn_label.text() == "1:55"
    assert calls == {}
