"""The start screen while a meeting is on (ManualClock-driven).

- A meeting running is happening until it is ended: it said "Happening now, until 20:25"
  (the agenda's projected end) and moved on to the next meeting at 20:00, its planned end,
  with the meeting still running.
- Ended before its planned end, it is over: the next meeting is shown, as it is for one ended
  on time (the section is "Next meeting" under "What's next"), not "Happening now, until
  20:00".
- Left shown, the page follows the clock once a minute, at the turn of the minute: the
  "until" moves as the agenda's projected end does. Nothing is read before the first minute
  is over, and not while another page is shown.
"""

import datetime as dt
import sqlite3
from collections.abc import Callable

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from tests.ui.conftest import NOW

MakeWindow = Callable[..., MainWindow]


def tonight(conn: sqlite3.Connection) -> AgendaSession:
    """Planned 19:00-20:00, its agenda 75 minutes long, started at 19:10 (now); and a phone
    bank at 20:15."""
    meetings = MeetingStore(conn)
    meeting = meetings.create(Meeting("Tonight", NOW.date(), dt.time(19), planned_minutes=60))
    meetings.create(Meeting("Phone bank", NOW.date(), dt.time(20, 15)))
    for title, minutes in [("Welcome", 10), ("Reports", 15), ("Proposal", 50)]:
        AgendaStore(conn).add_item(meeting.key, AgendaItem(title, planned_minutes=minutes))
    return meeting


def start(conn: sqlite3.Connection, clock: ManualClock) -> AgendaSession:
    session = AgendaSession(tonight(conn), conn, clock)
    session.start_meeting()  # 19:10, "Welcome" on
    return session


def to(clock: ManualClock, hour: int, minute: int, second: int = 0) -> None:
    clock.advance(
        dt.datetime.combine(NOW.date(), dt.time(hour, minute, second)).timestamp() - clock.now()
    )


def tick(window: MainWindow) -> None:
    """The minute turns with the page shown."""
    window.start_page.follow_timer.timeout.emit()


def test_a_meeting_running_past_its_planned_end_stays_happening_now(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    start(conn, clock)
    to(clock, 19, 55)  # "Welcome" 35 minutes over: the agenda projects 19:55 + 65 = 21:00
    window = make_window(start=True)
    page = window.start_page
    assert page.meeting_title.text() == "Tonight"
    assert page.meeting_when.text().startswith("Happening now, until 21:00 · ")
    to(clock, 20, 5)  # past its planned end, still running
    window.show_start()
    assert page.meeting_title.text() == "Tonight"
    assert page.meeting_when.text().startswith("Happening now, until 21:10 · ")
    to(clock, 20, 20)  # the phone bank's time has come: the meeting running comes first
    tick(window)
    assert page.meeting_title.text() == "Tonight"


def test_a_meeting_ended_before_its_planned_end_gives_way_to_the_next(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    session = start(conn, clock)
    to(clock, 19, 40)
    session.end_meeting()
    window = make_window(start=True)
    page = window.start_page
    assert page.meeting_title.text() == "Phone bank"
    assert page.meeting_when.text().startswith("Saturday 21 November, 20:15 · in 35 min · ")


def test_left_shown_the_until_follows_the_agenda_s_projected_end(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    start(conn, clock)
    to(clock, 19, 30, 20)  # "Welcome" 10 minutes over: 19:30 + 65 = 20:35
    from meetingkit.ui.start_page import FOLLOW_SLACK_MS

    window = make_window(start=True)
    page = window.start_page
    assert page.meeting_when.text().startswith("Happening now, until 20:35 · ")
    # Nothing read at start: the first tick is as the next minute turns, 40 s off
    assert page.follow_timer.isActive()
    assert page.follow_timer.interval() == 40_000 + FOLLOW_SLACK_MS
    to(clock, 19, 33, 0)
    tick(window)
    assert page.meeting_when.text().startswith("Happening now, until 20:38 · ")
    assert page.follow_timer.interval() == 60_000 + FOLLOW_SLACK_MS
    # Another page shown: no tick; back, it follows again
    window.show_meetings()
    assert not page.follow_timer.isActive()
    window.show_start()
    assert page.follow_timer.isActive()


def test_the_focused_button_stays_the_one_drawn_as_default_as_the_page_follows(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    start(conn, clock)
    window = make_window(start=True)
    page = window.start_page
    page.path_button.setFocus()
    tick(window)
    assert [b for b in (page.open_button, page.path_button) if b.isDefault()] == [page.path_button]
