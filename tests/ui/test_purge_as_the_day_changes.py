"""Retention purges run as the day changes while the app stays open (a laptop left on at the
union office, asleep overnight), not only as it starts: a meeting whose retention ends keeps
its personal data no longer than the day. The status bar says so in the start-up purge's
words, and every page showing the meeting's people reads them again. A meeting open on screen,
or still running past midnight, is not purged out from under the facilitator: it is held
until it is let go, ended, or left open."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
TODAY = dt.date(2026, 11, 21)  # the GUI tests' clock: Sat 21 Nov 2026, 19:10
TOMORROW = TODAY + dt.timedelta(days=1)
ONE_PURGED = (
    "Purged the personal data of one meeting whose retention period ended; its anonymous "
    "counts are kept."
)


def _advance_to(clock: ManualClock, moment: dt.datetime) -> None:
    clock.advance(moment.timestamp() - clock.now())


def _heartbeat(window: MainWindow) -> None:
    """The window's heartbeat, every few seconds: its look at the clock, at once."""
    window.alive_timer.timeout.emit()


def _meetings(conn: sqlite3.Connection, start: dt.time = dt.time(18)) -> tuple[Meeting, Meeting]:
    """Tonight's meeting, kept one day (its purge is due tomorrow), with a walk-in typed in
    at it; and tomorrow's, kept until purged by hand."""
    store = MeetingStore(conn)
    tonight = store.create(Meeting("Tonight", TODAY, start, planned_minutes=60))
    tomorrow = store.create(Meeting("Tomorrow", TOMORROW, dt.time(10)))
    RetentionStore(conn).set_days(tonight.key, 1)
    walk_in = PeopleStore(conn).add(Person("Zebulon", "Quist"), at_meeting=tonight.key)
    AttendanceStore(conn).mark_present(tonight.key, walk_in.key, 0, "walk_in")
    return tonight, tomorrow


def _purged(conn: sqlite3.Connection, meeting: Meeting) -> bool:
    return RetentionStore(conn).get(meeting.key).purged_at is not None


def _people(window: MainWindow) -> list[str]:
    model = window.people_page.model
    return [p.first_name for r in range(model.rowCount()) if (p := model.person(r)) is not None]


def test_past_midnight_the_due_purge_runs_and_every_page_reads_again(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    tonight, tomorrow = _meetings(conn)
    window = make_window()
    people, privacy = window.people_page, window.privacy_page
    privacy.refresh()
    page = window.meetings_page
    page.select_meeting(tomorrow.key)  # tonight's is over and not on screen
    assert _people(window) == ["Zebulon"]
    _heartbeat(window)  # not due before its day is over
    assert not _purged(conn, tonight)

    _advance_to(clock, dt.datetime(2026, 11, 22, 0, 5))  # the laptop left open overnight
    _heartbeat(window)
    assert _purged(conn, tonight)
    assert window.statusBar().currentMessage() == ONE_PURGED  # the start-up purge's words
    # The walk-in, who came in at the purged meeting only, is gone from every page
    assert _people(window) == []
    assert people.model.rowCount() == 0
    model = privacy.model
    retention = {r.meeting_id: r for i in range(model.rowCount()) if (r := model.row(i))}
    assert retention[tonight.key].purged_at is not None
    index = page.model.meeting_index(tonight.key)
    assert "Purged" in str(index.data(page.model.DetailRole))
    assert page.current_meeting() == tomorrow  # still the one on screen

    window.statusBar().clearMessage()
    _heartbeat(window)  # the same day: one date compared, nothing more said
    assert window.statusBar().currentMessage() == ""


def test_the_meeting_on_screen_is_purged_once_the_facilitator_leaves_it(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    tonight, tomorrow = _meetings(conn)
    window = make_window()
    page = window.meetings_page
    page.select_meeting(tonight.key)
    _heartbeat(window)
    _advance_to(clock, dt.datetime(2026, 11, 22, 0, 5))
    _heartbeat(window)
    assert not _purged(conn, tonight)  # still on screen: held
    assert page.current_meeting() == tonight

    page.select_meeting(tomorrow.key)
    _heartbeat(window)  # held: looked at again on the next heartbeat
    assert _purged(conn, tonight)
    assert window.statusBar().currentMessage() == ONE_PURGED


def test_a_meeting_running_past_midnight_is_held_until_it_is_left_open(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    """Started at 22:30 (planned 21:00-22:00), still running at 00:10, though another
    meeting is on screen: not purged. Nothing recorded since 22:30 by 04:31, it was left open
    (End meeting forgotten): purged then."""
    late, tomorrow = _meetings(conn, dt.time(21))
    AgendaStore(conn).add_item(late.key, AgendaItem("Discussion", planned_minutes=30))
    _advance_to(clock, dt.datetime(2026, 11, 21, 22, 30))
    window = make_window()
    window.open_meeting(late.key)
    runner = window.meetings_page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert runner.session is not None
    assert runner.session.run.started
    _heartbeat(window)
    window.meetings_page.select_meeting(tomorrow.key)

    _advance_to(clock, dt.datetime(2026, 11, 22, 0, 10))
    _heartbeat(window)
    assert not _purged(conn, late)  # still on
    _advance_to(clock, dt.datetime(2026, 11, 22, 4, 29))
    _heartbeat(window)
    assert not _purged(conn, late)
    _advance_to(clock, dt.datetime(2026, 11, 22, 4, 31))  # six hours since 22:30: left open
    _heartbeat(window)
    assert _purged(conn, late)
