"""A purge never lands in the middle of a meeting (storage.retention.check_days: at least a
day after it). A meeting running past midnight, its retention of a day run out by then, is
held while it is still on, at start-up as while the app stays open, and purged once it is
ended or left open (End meeting forgotten); one the app keeps open (on screen) is held too."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.services.privacy import purge_due_now
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore

DAY = dt.date(2026, 11, 21)
NEXT = DAY + dt.timedelta(days=1)


def _at(hours: int, minutes: int, day: dt.date = NEXT) -> float:
    return dt.datetime.combine(day, dt.time(hours, minutes)).timestamp()


def _late(conn: sqlite3.Connection, started: float) -> Meeting:
    """Planned 21:00-22:00, kept a day (due the next day), started at `started`."""
    late = MeetingStore(conn).create(Meeting("Late", DAY, dt.time(21), planned_minutes=60))
    RetentionStore(conn).set_days(late.key, 1)
    agenda = AgendaStore(conn)
    agenda.add_item(late.key, AgendaItem("Discussion", planned_minutes=30))
    agenda.save_run(late.key, RunRecord(started_ms=to_ms(started)), None)
    return late


def _purged(conn: sqlite3.Connection, meeting: Meeting) -> bool:
    return RetentionStore(conn).get(meeting.key).purged_at is not None


def test_a_meeting_running_past_midnight_is_held_until_left_open(
    conn: sqlite3.Connection,
) -> None:
    late = _late(conn, _at(22, 30, DAY))
    clock = ManualClock(_at(0, 10))
    done = purge_due_now(conn, NEXT, clock)
    assert (done.purged, done.held) == ([], [late.key])
    assert not _purged(conn, late)
    clock.advance(_at(4, 31) - clock.now())  # nothing recorded for six hours: left open
    done = purge_due_now(conn, NEXT, clock)
    assert ([r.meeting_id for r in done.purged], done.held) == ([late.key], [])
    assert _purged(conn, late)


def test_a_meeting_ended_is_purged_and_one_kept_open_is_held(conn: sqlite3.Connection) -> None:
    late = _late(conn, _at(22, 30, DAY))
    agenda = AgendaStore(conn)
    agenda.save_run(late.key, RunRecord(to_ms(_at(22, 30, DAY)), to_ms(_at(0, 5))), None)
    clock = ManualClock(_at(0, 10))
    done = purge_due_now(conn, NEXT, clock, keep=lambda meeting_id: meeting_id == late.key)
    assert (done.purged, done.held) == ([], [late.key])  # on screen: held
    done = purge_due_now(conn, NEXT, clock)
    assert [r.meeting_id for r in done.purged] == [late.key]


def test_nothing_due_reads_nothing_more(conn: sqlite3.Connection) -> None:
    late = _late(conn, _at(22, 30, DAY))
    done = purge_due_now(conn, DAY, ManualClock(_at(23, 0, DAY)))  # due tomorrow
    assert (done.purged, done.held) == ([], [])
    assert not _purged(conn, late)
