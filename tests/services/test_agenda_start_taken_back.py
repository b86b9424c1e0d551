"""Undoing a start (F5 pressed by mistake) puts the meeting back as before, saved, while it has
not moved on; once someone has had the floor, or a rotation was started, it is refused and
the record stays whole (qa14a, finding 3)."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

START = dt.datetime(2026, 11, 21, 18, 0)


def session(conn: sqlite3.Connection, clock: ManualClock) -> AgendaSession:
    meeting = MeetingStore(conn).create(Meeting("Staffing", START.date(), START.time()))
    AgendaStore(conn).add_items(
        meeting.key, [AgendaItem("Check-in", 10), AgendaItem("Report-back", 20)]
    )
    return AgendaSession(meeting, conn, clock)


def test_a_start_taken_back_is_saved_and_redone_as_it_was(conn: sqlite3.Connection) -> None:
    clock = ManualClock(START.timestamp())
    s = session(conn, clock)
    s.start_meeting()
    started = s.run.record
    clock.advance(30)
    assert s.take_back_start(started)
    assert AgendaStore(conn).run(s.meeting.key) == RunRecord()
    assert s.put_back_start(started)
    assert AgendaStore(conn).run(s.meeting.key) == started


def test_once_someone_has_had_the_floor_the_start_stays(conn: sqlite3.Connection) -> None:
    clock = ManualClock(START.timestamp())
    s = session(conn, clock)
    s.start_meeting()
    started = s.run.record
    floor = FloorSession(s.meeting, conn, clock)
    floor.follow_item(s.items[0].key)
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado"))
    floor.add(rosa.key, "Rosa", "Delgado")
    clock.advance(10)
    floor.next_speaker()
    clock.advance(30)
    assert not s.take_back_start(started)
    assert s.run.record == started
    assert AgendaStore(conn).run(s.meeting.key) == started
