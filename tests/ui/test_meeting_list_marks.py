"""The meetings list after a year: a purged meeting says so ("Purged 5 Mar")
instead of a follow-up count nobody can follow any more; a meeting whose End meeting was
forgotten says it was left open, the day after as on later days, not "Run 1/2"; and deleting
it says it was left open and when it was last used, not that it is running now."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_deletion import MeetingDeletion

# The window's day is Sat 21 Nov 2026, 19:10 (tests/ui/conftest.py).


def line(window: MainWindow, meeting_id: int) -> str:
    page = window.meetings_page
    return str(page.model.meeting_index(meeting_id).data(page.model.DetailRole))


def left_open_last_night(conn: sqlite3.Connection) -> Meeting:
    """Fri 20 Nov, 18:30: one item of two run, the last thing at 19:15; never ended."""
    meeting = MeetingStore(conn).create(
        Meeting("Safe staffing — November", dt.date(2026, 11, 20), dt.time(18, 30))
    )
    clock = ManualClock(dt.datetime(2026, 11, 20, 18, 30).timestamp())
    session = AgendaSession(meeting, conn, clock)
    session.add_item(AgendaItem("Report-backs", 45))
    session.add_item(AgendaItem("Closing", 30))
    session.start_meeting()
    clock.advance(45 * 60)
    session.advance()  # 19:15: "Closing" starts; the room leaves, the laptop is closed
    return meeting


def test_a_purged_meeting_says_so_instead_of_its_follow_ups(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    store = MeetingStore(conn)
    held = store.create(Meeting("Town hall", dt.date(2026, 2, 12), dt.time(18)))
    kept = store.create(Meeting("Bargaining committee", dt.date(2026, 2, 19), dt.time(18)))
    purge_meeting(conn, held.key)
    RetentionStore(conn).mark_purged(held.key, "2026-03-05T15:00:00+00:00")
    window = make_window()
    assert line(window, held.key) == "Thu 12 Feb · 18:00 · Meeting · Purged 5 Mar"
    assert "Follow up" in line(window, kept.key)
    tip = str(window.meetings_page.model.meeting_index(held.key).data(Qt.ItemDataRole.ToolTipRole))
    assert "purged on 5 Mar 2026" in tip


def test_a_meeting_purged_while_the_app_is_open_is_marked_when_the_list_is_seen_again(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    held = MeetingStore(conn).create(Meeting("Town hall", dt.date(2026, 2, 12), dt.time(18)))
    window = make_window()
    assert "Purged" not in line(window, held.key)
    window.show_people()
    purge_meeting(conn, held.key)
    window.show_meetings()
    assert "Purged" in line(window, held.key)
    assert "Follow up" not in line(window, held.key)


def test_left_open_the_day_after_the_list_says_so_not_run(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    meeting = left_open_last_night(conn)
    window = make_window()
    assert line(window, meeting.key) == "Fri 20 Nov · 18:30 · Meeting · Left open"


def test_ending_it_puts_it_back_on_its_path(
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = left_open_last_night(conn)
    window = make_window()
    window.open_meeting(meeting.key)
    from meetingkit.ui.end_meeting_choice import EndMeetingChoice

    monkeypatch.setattr(EndMeetingChoice, "ask", classmethod(lambda *_a: 0))
    window.meetings_page.view.agenda_tab.runner.end_meeting()
    assert " · Follow up " in line(window, meeting.key)


def test_deleting_a_meeting_left_open_says_when_it_was_last_used(
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = left_open_last_night(conn)
    window = make_window()
    window.open_meeting(meeting.key)
    asked: list[str] = []
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda _c, _p, _t, text, _a: asked.append(text))
    )
    window.delete_meeting()
    [text] = asked
    assert "running now" not in text
    assert text.startswith(
        "Delete “Safe staffing — November” on 20 Nov 2026? It was left open (End meeting was "
        "never pressed) and last used at 19:15 on 20 Nov 2026. Its agenda and roles go with it"
    )
    assert "purge it instead" in text


def test_a_meeting_running_tonight_is_still_running_now(conn: sqlite3.Connection) -> None:
    meeting = MeetingStore(conn).create(Meeting("Tonight", dt.date(2026, 11, 21), dt.time(19)))
    record = MeetingStore(conn).record(meeting.key)
    running = type(record)(started=True)
    words = MeetingDeletion()
    assert "It is running now." in words.question(meeting, running)
    assert "running now" not in words.question(meeting, running, left_open_ms=1)
