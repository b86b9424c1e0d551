"""After a crash mid-meeting, a plain restart opens on the start screen: it says the meeting
was interrupted, and when, before it is opened (qa14a, finding 9). It said only "Happening
now"; the "Resumed after a restart" banners came only once the meeting was opened."""

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
SAID = "meetingkit closed while this meeting was running (at 19:10). Open it to resume."


def started(conn: sqlite3.Connection, clock: ManualClock, start: dt.time) -> Meeting:
    """A meeting today, started now (19:10) by an app that then stopped."""
    meeting = MeetingStore(conn).create(Meeting("Staffing", NOW.date(), start))
    AgendaStore(conn).add_item(meeting.key, AgendaItem("Report-back", planned_minutes=30))
    AgendaSession(meeting, conn, clock).start_meeting()  # its last sign of life: 19:10
    return meeting


def test_the_start_screen_says_the_meeting_was_interrupted_and_when(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    meeting = started(conn, clock, dt.time(19))
    clock.advance(20 * 60)  # killed at 19:10, started again at 19:30
    window = make_window(start=True)
    page = window.start_page
    assert page.meeting_id == meeting.key
    assert page.interrupted_label.isVisibleTo(window)
    assert page.interrupted_label.text() == SAID
    # Opened, it resumes (its banner tells the gap); back on the start screen, nothing more
    window.open_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    assert "Resumed after a restart" in runner.resume_banner.text()
    clock.advance(5)
    window.alive_timer.timeout.emit()
    window.show_start()
    assert not page.interrupted_label.isVisibleTo(window)


def test_a_meeting_running_past_its_planned_end_is_the_one_shown(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    """Planned 17:00–18:30, still running at 19:10 when meetingkit closed: it is what to do
    now, not next week's meeting."""
    MeetingStore(conn).create(Meeting("Next week", dt.date(2026, 11, 28), dt.time(18)))
    meeting = started(conn, clock, dt.time(17))
    clock.advance(60)
    window = make_window(start=True)
    assert window.start_page.meeting_title.text() == meeting.title
    assert window.start_page.interrupted_label.text() == SAID


def test_nothing_is_said_of_a_meeting_not_started_or_still_alive(
    conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    MeetingStore(conn).create(Meeting("Not started", NOW.date(), dt.time(19)))
    window = make_window(start=True)
    assert not window.start_page.interrupted_label.isVisibleTo(window)
    window.close()
    started(conn, clock, dt.time(19))
    clock.advance(3)  # less than two heartbeats: no restart to tell
    window = make_window(start=True)
    assert not window.start_page.interrupted_label.isVisibleTo(window)
