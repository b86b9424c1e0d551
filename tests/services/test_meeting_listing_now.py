"""The meetings list's listings as of now (`services.meeting_listing`): a meeting started and
not ended is running, unless it was left open (End meeting forgotten, nothing recorded since an
earlier day: `services.agenda_session.left_open`); and when the one running would be left
open, for the list to split again then."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.meeting_listing import listings_now
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meeting_listing import listings
from meetingkit.storage.meetings import MeetingStore

DAY = dt.date(2026, 11, 21)


def at(day: int, hour: int, minute: int) -> float:
    return dt.datetime(2026, 11, day, hour, minute).timestamp()


def test_the_listings_say_which_meetings_were_started(conn: sqlite3.Connection) -> None:
    store, agenda = MeetingStore(conn), AgendaStore(conn)
    planned = store.create(Meeting("Planned", DAY, dt.time(19)))
    running = store.create(Meeting("Running", DAY, dt.time(13)))
    ended = store.create(Meeting("Ended", DAY, dt.time(10)))
    agenda.save_run(running.key, RunRecord(started_ms=1_000), seen_ms=None)
    agenda.save_run(ended.key, RunRecord(started_ms=1_000, ended_ms=2_000), seen_ms=None)
    read = listings(conn)
    assert [read[m.key].started for m in (planned, running, ended)] == [False, True, True]
    assert [read[m.key].running for m in (planned, running, ended)] == [False, True, False]


def test_a_meeting_running_past_midnight_is_running_until_left_open(
    conn: sqlite3.Connection,
) -> None:
    """Started at 22:30, nothing recorded since: running at 00:10 and at 04:29, left open
    from 04:30 (six hours since, on a later day), as its agenda has it."""
    late = MeetingStore(conn).create(Meeting("Late", DAY, dt.time(21), planned_minutes=60))
    clock = ManualClock(at(21, 22, 30))
    session = AgendaSession(late, conn, clock)
    session.add_item(AgendaItem("Discussion", 30))
    session.start_meeting()
    nobody = MeetingStore(conn).create(Meeting("Not started", DAY, dt.time(9)))

    now = listings_now(conn, ManualClock(at(22, 0, 10)))
    assert now.listings[late.key].running
    assert not now.listings[late.key].left_open
    assert not now.listings[nobody.key].running
    assert now.left_open_from == at(22, 4, 30)

    later = listings_now(conn, ManualClock(at(22, 4, 30)))
    assert later.listings[late.key].left_open
    assert not later.listings[late.key].running
    assert later.left_open_from is None  # none running any more


def test_the_moment_waits_for_the_next_day_after_an_evening_record(
    conn: sqlite3.Connection,
) -> None:
    """Last recorded at 10:00: six hours later is 16:00 the same day, no left open yet; it
    can be left open from midnight."""
    meeting = MeetingStore(conn).create(Meeting("Assembly", DAY, dt.time(9), planned_minutes=480))
    AgendaStore(conn).save_run(meeting.key, RunRecord(started_ms=to_ms(at(21, 10, 0))), None)
    now = listings_now(conn, ManualClock(at(21, 17, 0)))
    assert now.listings[meeting.key].running
    assert now.left_open_from == at(22, 0, 0)


def test_nothing_running_reads_no_moment(conn: sqlite3.Connection) -> None:
    MeetingStore(conn).create(Meeting("Planned", DAY, dt.time(19)))
    assert listings_now(conn, ManualClock(at(21, 19, 0))).left_open_from is None
