"""A meeting whose End meeting was forgotten, seen the day after: the guided path and the
delete question tell it by the same rule as its agenda screen (`agenda_session.left_open`),
not as a meeting still running."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.guided_path import Phase
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.guided_path import GuidedPath
from meetingkit.services.meeting_deletion import left_open_at
from meetingkit.storage.meetings import MeetingStore


def at(day: int, hour: int, minute: int) -> float:
    return dt.datetime(2026, 11, day, hour, minute).timestamp()


def run_and_forget_the_end(conn: sqlite3.Connection) -> Meeting:
    """3 Nov, 18:30: every item run, the last ended at 19:55; End meeting never pressed."""
    meeting = MeetingStore(conn).create(
        Meeting("Safe staffing", dt.date(2026, 11, 3), dt.time(18, 30), planned_minutes=90)
    )
    clock = ManualClock(at(3, 18, 30))
    session = AgendaSession(meeting, conn, clock)
    session.add_item(AgendaItem("Report-backs", 45))
    session.add_item(AgendaItem("Closing", 40))
    session.start_meeting()
    clock.advance(45 * 60)
    session.advance()
    clock.advance(40 * 60)
    session.advance()  # 19:55
    return meeting


def test_the_day_after_the_path_says_left_open_not_run(conn: sqlite3.Connection) -> None:
    meeting = run_and_forget_the_end(conn)
    progress = GuidedPath(conn, ManualClock(at(4, 10, 0))).progress(meeting)
    assert progress.left_open
    assert progress.current is not Phase.RUN
    assert progress.summary == "Left open"
    assert left_open_at(conn, meeting.key, ManualClock(at(4, 10, 0))) == to_ms(at(3, 19, 55))


def test_on_the_night_itself_it_is_running_not_left_open(conn: sqlite3.Connection) -> None:
    meeting = run_and_forget_the_end(conn)
    tonight = ManualClock(at(3, 20, 10))
    progress = GuidedPath(conn, tonight).progress(meeting)
    assert not progress.left_open
    assert progress.current is Phase.RUN
    assert left_open_at(conn, meeting.key, tonight) is None


def test_once_ended_it_is_neither(conn: sqlite3.Connection) -> None:
    meeting = run_and_forget_the_end(conn)
    later = ManualClock(at(4, 10, 0))
    session = AgendaSession(meeting, conn, later)
    (choice,) = session.end_choices()
    session.end_meeting(choice.at_ms)
    assert not GuidedPath(conn, later).progress(meeting).left_open
    assert left_open_at(conn, meeting.key, later) is None
