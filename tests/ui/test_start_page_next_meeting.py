"""The start screen's line about the next meeting: its day in the app's language, and
"Happening now" only while it is: after midnight, a night meeting never started is past."""

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui import language
from meetingkit.ui.main_window import MainWindow
from tests.ui.conftest import NOW


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.mark.usefixtures("spanish")
def test_the_next_meeting_s_day_is_in_spanish(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    """It read "Wednesday 25 November, 18:00 · en 4 días" in the Spanish app."""
    MeetingStore(conn).create(Meeting("Reunión de diciembre", dt.date(2026, 11, 25), dt.time(18)))
    window = make_window(start=True)
    when = window.start_page.meeting_when.text()
    assert when.startswith("miércoles 25"), when
    assert "noviembre" in when
    assert "18:00" in when
    assert "Wednesday" not in when
    assert "November" not in when


def test_the_next_meeting_s_day_in_english(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    MeetingStore(conn).create(Meeting("December meeting", dt.date(2026, 11, 25), dt.time(18)))
    window = make_window(start=True)
    assert window.start_page.meeting_when.text().startswith("Wednesday 25 November, 18:00 · ")


def test_after_midnight_a_night_meeting_never_started_is_not_happening_now(
    conn: sqlite3.Connection, clock: ManualClock, make_window: Callable[..., MainWindow]
) -> None:
    """At 00:20 the meeting planned 23:30–01:00 yesterday and never started is past (the
    guided path says Follow up): the start screen shows the next one instead."""
    meetings = MeetingStore(conn)
    meetings.create(Meeting("Night shift", dt.date(2026, 11, 21), dt.time(23, 30)))
    meetings.create(Meeting("Next week", dt.date(2026, 11, 28), dt.time(18)))
    clock.advance((dt.datetime(2026, 11, 22, 0, 20) - NOW).total_seconds())
    window = make_window(start=True)
    assert window.start_page.meeting_title.text() == "Next week"
    assert not window.start_page.meeting_when.text().startswith("Happening now")


def test_after_midnight_a_night_meeting_still_running_is_happening_now(
    conn: sqlite3.Connection, clock: ManualClock, make_window: Callable[..., MainWindow]
) -> None:
    meetings = MeetingStore(conn)
    night = meetings.create(Meeting("Night shift", dt.date(2026, 11, 21), dt.time(23, 30)))
    meetings.create(Meeting("Next week", dt.date(2026, 11, 28), dt.time(18)))
    AgendaStore(conn).add_item(night.key, AgendaItem("Handover", planned_minutes=30))
    clock.advance((dt.datetime(2026, 11, 21, 23, 30) - NOW).total_seconds())
    AgendaSession(night, conn, clock).start_meeting()
    clock.advance(50 * 60)  # 00:20
    window = make_window(start=True)
    assert window.start_page.meeting_title.text() == "Night shift"
    # Its one item 20 minutes over: the agenda projects the end now (`test_..._running_late`)
    assert window.start_page.meeting_when.text().startswith("Happening now, until 00:20")


def test_a_meeting_running_late_is_on_until_the_end_its_agenda_projects(
    conn: sqlite3.Connection, clock: ManualClock, make_window: Callable[..., MainWindow]
) -> None:
    """Planned 19:00-20:30, started at 19:10 and its first item 5 minutes over: the agenda
    projects the end at 20:45, and so does the start screen (it said "until 20:30", the
    planned end, beside an agenda saying 20:45)."""
    meeting = MeetingStore(conn).create(Meeting("Tonight", NOW.date(), dt.time(19)))
    agenda = AgendaStore(conn)
    for title, minutes in [("Welcome", 10), ("Reports", 15), ("Proposal", 50), ("Close", 15)]:
        agenda.add_item(meeting.key, AgendaItem(title, planned_minutes=minutes))
    AgendaSession(meeting, conn, clock).start_meeting()  # 19:10, its first item on
    clock.advance(15 * 60)  # 19:25: "Welcome" 5 minutes over
    window = make_window(start=True)
    assert window.start_page.meeting_when.text().startswith("Happening now, until 20:45 · ")
    window.meetings_page.reload(select_id=meeting.key)
    summary = window.meetings_page.view.agenda_tab.editor.summary_label.text()
    assert "projected end 20:45 " in summary, summary
