"""A demo written ahead of being opened is no restart; a meeting the app ran and lost is."""

import datetime as dt
import sqlite3
from pathlib import Path

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import write_demo
from meetingkit.services.sessions import Sessions
from meetingkit.storage.meetings import MeetingStore

NOW = dt.datetime(2026, 11, 21, 19, 10)


def _demo_meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).get(write_demo(conn, NOW).meeting_id)


def test_a_demo_opened_minutes_after_it_was_written_says_nothing_of_a_restart(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    """`meetingkit demo`, then the app two minutes later: no app was closed meanwhile, so
    neither the agenda nor the floor says "Resumed after a restart", and Samuel's turn runs
    on instead of being paused as after a crash."""
    meeting = _demo_meeting(conn)
    clock = ManualClock(NOW.timestamp() + 124)
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    assert sessions.agenda(meeting).resumed is None
    floor = sessions.floor(meeting)
    assert floor.leave_out_closed_time() is None
    turn = floor.floor.current_turn
    assert turn is not None
    assert turn.speaking


def test_once_the_app_has_run_the_demo_a_crash_is_told_as_any_other(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    """Opened, then killed before its first heartbeat and started again a minute later:
    opening the meeting was itself a sign of life, so the minute is told and left out."""
    meeting = _demo_meeting(conn)
    clock = ManualClock(NOW.timestamp() + 124)
    first = Sessions(conn, clock, data_dir / "meetingkit.db")
    first.agenda(meeting)
    first.floor(meeting).leave_out_closed_time()
    clock.advance(3)  # killed before the first heartbeat
    clock.advance(60)
    restarted = Sessions(conn, clock, data_dir / "meetingkit.db")
    resumed = restarted.agenda(meeting).resumed
    assert resumed is not None
    assert resumed.gap_ms == 63_000
    floor = restarted.floor(meeting)
    left_out = floor.leave_out_closed_time()
    assert left_out is not None
    assert left_out.gap_ms == 63_000
    assert floor.floor.current_turn is not None
    assert floor.floor.current_turn.paused
