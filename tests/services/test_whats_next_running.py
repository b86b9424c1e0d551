"""What the start screen reads for a meeting under way: one running (started and not ended) is
happening until it is ended, with the end its agenda projects; one ended early is over; one
left open (End meeting forgotten, nothing recorded since an earlier day) is not running, as
its agenda, its guided path ("Left open") and the meetings list say."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.durations import wall_time
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.whats_next import whats_next
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore

DAY = dt.date(2026, 11, 22)


def clock_at(hour: int, minute: int, day: dt.date = DAY) -> ManualClock:
    return ManualClock(dt.datetime.combine(day, dt.time(hour, minute)).timestamp())


def later(clock: ManualClock, hour: int, minute: int) -> None:
    clock.advance(dt.datetime.combine(DAY, dt.time(hour, minute)).timestamp() - clock.now())


def morning_and_afternoon(conn: sqlite3.Connection) -> tuple[Meeting, Meeting]:
    """10:00, planned to end 11:48, its agenda 2 hours long; and a meeting at 13:00."""
    meetings = MeetingStore(conn)
    morning = meetings.create(Meeting("Morning", DAY, dt.time(10), planned_minutes=108))
    afternoon = meetings.create(Meeting("Afternoon", DAY, dt.time(13)))
    for title, minutes in [("Reports", 30), ("Proposal", 90)]:
        AgendaStore(conn).add_item(morning.key, AgendaItem(title, planned_minutes=minutes))
    return morning, afternoon


def test_a_meeting_running_past_its_planned_end_is_still_next(conn: sqlite3.Connection) -> None:
    morning, _ = morning_and_afternoon(conn)
    clock = clock_at(10, 0)
    AgendaSession(morning, conn, clock).start_meeting()
    later(clock, 11, 55)  # "Reports" still on, 85 minutes over: ends 11:55 + 90 min
    news = whats_next(conn, clock)
    assert news.next_meeting is not None
    assert news.next_meeting.title == "Morning"
    assert news.running
    assert news.projected_end_ms is not None
    assert wall_time(news.projected_end_ms) == "13:25"


def test_a_meeting_ended_before_its_planned_end_gives_way_to_the_next(
    conn: sqlite3.Connection,
) -> None:
    morning, _ = morning_and_afternoon(conn)
    clock = clock_at(10, 0)
    session = AgendaSession(morning, conn, clock)
    session.start_meeting()
    later(clock, 11, 0)
    session.end_meeting()
    news = whats_next(conn, clock)
    assert news.next_meeting is not None
    assert news.next_meeting.title == "Afternoon"
    assert not news.running
    assert news.projected_end_ms is None


def test_a_meeting_left_open_yesterday_is_not_running(conn: sqlite3.Connection) -> None:
    """Started yesterday evening and never ended: this morning it is not what is happening
    (it was, before this morning's rule, and would be if running were all that counted)."""
    meetings = MeetingStore(conn)
    yesterday = meetings.create(
        Meeting("Yesterday", DAY - dt.timedelta(days=1), dt.time(19), planned_minutes=90)
    )
    AgendaStore(conn).add_item(yesterday.key, AgendaItem("Reports", planned_minutes=30))
    meetings.create(Meeting("Afternoon", DAY, dt.time(13)))
    AgendaSession(yesterday, conn, clock_at(19, 0, yesterday.date)).start_meeting()
    news = whats_next(conn, clock_at(9, 0))
    assert news.next_meeting is not None
    assert news.next_meeting.title == "Afternoon"
    assert not news.running
    # Still running the same evening, late: it is
    late = whats_next(conn, clock_at(23, 30, yesterday.date))
    assert late.next_meeting is not None
    assert late.next_meeting.title == "Yesterday"
    assert late.running
