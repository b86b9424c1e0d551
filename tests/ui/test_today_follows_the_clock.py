"""Today is the app's clock's, read when it is used, not the day the app started: a meeting run
past midnight, or a laptop left open overnight and used the next morning, has the new day for
the meetings list's Upcoming and Past and for a new meeting's date. A meeting running past
midnight stays under Upcoming until it is ended; one left open (End meeting forgotten) is
listed by its day, as the agenda, the guided path and the start screen have it."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.app import build_main_window
from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.settings_file import Preferences
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog
from meetingkit.ui.meeting_list_model import MeetingListModel

MakeWindow = Callable[..., MainWindow]
TODAY = dt.date(2026, 11, 21)  # the GUI tests' clock: Sat 21 Nov 2026, 19:10
NOW = dt.datetime(2026, 11, 21, 19, 10)
TOMORROW = TODAY + dt.timedelta(days=1)


def _titles(model: MeetingListModel, branch: int) -> list[str]:
    heading = model.branch_index(branch)
    return [str(model.index(row, 0, heading).data()) for row in range(model.rowCount(heading))]


def _advance_to(clock: ManualClock, moment: dt.datetime) -> None:
    clock.advance(moment.timestamp() - clock.now())


def _heartbeat(window: MainWindow) -> None:
    """The window's heartbeat, every few seconds: its look at the clock, at once."""
    window.alive_timer.timeout.emit()


def _new_meeting_date(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> dt.date:
    drafts: list[Meeting] = []

    def ask(_cls: object, _parent: object, meeting: Meeting, *_a: object, **_k: object) -> None:
        drafts.append(meeting)

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(ask))
    window.new_meeting()
    assert len(drafts) == 1
    return drafts[0].date


def test_past_midnight_the_list_splits_again_and_a_new_meeting_is_dated_the_new_day(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = MeetingStore(conn)
    store.create(Meeting("Tonight", TODAY, dt.time(18)))  # not started: over at 19:30
    store.create(Meeting("Tomorrow", TOMORROW, dt.time(10)))
    window = make_window()
    model = window.meetings_page.model
    assert _titles(model, model.UPCOMING) == ["Tonight", "Tomorrow"]
    assert _new_meeting_date(window, monkeypatch) == TODAY

    _advance_to(clock, dt.datetime(2026, 11, 22, 0, 5))  # the laptop left open overnight
    _heartbeat(window)
    assert _titles(model, model.UPCOMING) == ["Tomorrow"]
    assert _titles(model, model.PAST) == ["Tonight"]
    assert _new_meeting_date(window, monkeypatch) == TOMORROW


def test_the_list_splits_again_when_shown_on_another_day(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    store = MeetingStore(conn)
    tonight = store.create(Meeting("Tonight", TODAY, dt.time(18)))
    store.create(Meeting("Tomorrow", TOMORROW, dt.time(10)))
    window = make_window()
    page = window.meetings_page
    page.reload(select_id=tonight.key)
    window.show_start()
    _advance_to(clock, dt.datetime(2026, 11, 22, 8, 30))  # opened the next morning
    window.show_meetings()
    model = page.model
    assert _titles(model, model.UPCOMING) == ["Tomorrow"]
    assert _titles(model, model.PAST) == ["Tonight"]
    index = model.meeting_index(tonight.key)
    assert page.tree.currentIndex() == index  # still the one selected, now under Past
    assert page.current_meeting() == tonight


def test_a_meeting_running_past_midnight_stays_upcoming_until_left_open(
    qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock, make_window: MakeWindow
) -> None:
    """Started at 22:30 (planned 21:00-22:00), still running at 00:10: under Upcoming, as the
    start screen has it happening now. Nothing recorded since 22:30 by 04:30 the next day, it
    was left open (End meeting forgotten): listed by its day, under Past."""
    store = MeetingStore(conn)
    late = store.create(Meeting("Late", TODAY, dt.time(21), planned_minutes=60))
    tomorrow = store.create(Meeting("Tomorrow", TOMORROW, dt.time(10)))
    AgendaStore(conn).add_item(late.key, AgendaItem("Discussion", planned_minutes=30))
    _advance_to(clock, dt.datetime(2026, 11, 21, 22, 30))
    window = make_window()
    window.open_meeting(late.key)
    runner = window.meetings_page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert runner.session is not None
    assert runner.session.run.started
    model = window.meetings_page.model
    assert _titles(model, model.UPCOMING) == ["Late", "Tomorrow"]

    _advance_to(clock, dt.datetime(2026, 11, 22, 0, 10))
    _heartbeat(window)
    assert model.today == TOMORROW  # split again as of the new day
    assert _titles(model, model.UPCOMING) == ["Late", "Tomorrow"]  # still running
    assert _titles(model, model.PAST) == []

    _advance_to(clock, dt.datetime(2026, 11, 22, 4, 29))
    _heartbeat(window)
    assert _titles(model, model.UPCOMING) == ["Late", "Tomorrow"]
    _advance_to(clock, dt.datetime(2026, 11, 22, 4, 31))  # six hours since 22:30: left open
    _heartbeat(window)
    assert _titles(model, model.UPCOMING) == ["Tomorrow"]
    assert _titles(model, model.PAST) == ["Late"]
    index = model.meeting_index(late.key)
    assert " · Left open" in str(index.data(model.DetailRole))
    # Another meeting on screen: the agenda left open stops looking at the clock, which it
    # would go on doing after the window closes, on closed data
    window.meetings_page.select_meeting(tomorrow.key)


def test_a_day_pinned_stays_pinned(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    """A test or a screenshot that gives `today` keeps it, whatever the clock says."""
    MeetingStore(conn).create(Meeting("Tonight", TODAY, dt.time(18)))
    window = build_main_window(
        conn, data_dir, today=TODAY, clock=clock, preferences=Preferences.load()
    )
    qtbot.addWidget(window)
    window.show_meetings()
    window.show()
    _advance_to(clock, dt.datetime(2026, 11, 23, 9, 0))
    _heartbeat(window)
    model = window.meetings_page.model
    assert model.today == TODAY
    assert _titles(model, model.UPCOMING) == ["Tonight"]
    window.close()
