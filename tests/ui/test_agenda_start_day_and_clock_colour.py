"""F5 on a meeting planned for another day asks first, and a meeting not yet started says
its planned times in the label's own colour, even after a late meeting was shown."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.tones import LIGHT_TONES
from tests.ui.typed_answers import answering

MakeWindow = Callable[[], MainWindow]
TODAY = dt.date(2026, 11, 21)  # the GUI tests' clock: Sat 21 Nov 2026, 19:10


def shown(window: MainWindow, conn: sqlite3.Connection, meeting: Meeting) -> None:
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 10)])
    window.meetings_page.reload(select_id=meeting.key)


def test_f5_on_a_meeting_planned_for_another_day_asks_first(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    training = MeetingStore(conn).create(
        Meeting("Training", dt.date(2026, 11, 28), dt.time(10), planned_minutes=120)
    )
    window = make_window()
    shown(window, conn, training)
    runner = window.meetings_page.view.agenda_tab.runner

    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == [
        (
            "Start the meeting?",
            "This meeting is planned for Sat 28 Nov. Start it now? "
            "Its times will be counted from now.",
            "Start meeting",
        )
    ]
    assert runner.session is not None
    assert not runner.session.run.started
    assert AgendaStore(conn).run(training.key).started_ms is None

    answering(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert runner.session.run.started


def test_f5_on_today_s_meeting_starts_it_without_a_question(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = MeetingStore(conn).create(Meeting("Check-in", TODAY, dt.time(19)))
    window = make_window()
    shown(window, conn, meeting)
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == []
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.session is not None
    assert runner.session.run.started


def test_f5_after_midnight_on_last_night_s_late_meeting_asks_nothing(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Night shift meets at 23:30; the room settles and F5 is pressed at 00:10: the same
    meeting, on the day it was planned for, not "another day"."""
    meeting = MeetingStore(conn).create(Meeting("Night shift", TODAY, dt.time(23, 30)))
    clock.advance((dt.datetime(2026, 11, 22, 0, 10) - dt.datetime(2026, 11, 21, 19, 10)).seconds)
    window = make_window()
    shown(window, conn, meeting)
    asked = answering(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked == []
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.session is not None
    assert runner.session.run.started


def test_a_meeting_not_started_is_not_red_after_a_late_one_was_shown(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    clock: ManualClock,
) -> None:
    store = MeetingStore(conn)
    late = store.create(Meeting("Check-in", TODAY, dt.time(19), planned_minutes=30))
    training = store.create(
        Meeting("Training", dt.date(2026, 11, 28), dt.time(10), planned_minutes=120)
    )
    window = make_window()
    shown(window, conn, late)
    runner = window.meetings_page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    clock.advance(40 * 60)  # 20 min past its planned end
    runner.refresh()
    red = f"color: {LIGHT_TONES.danger.name()}"
    assert "past the planned end" in runner.meeting_label.text()
    assert red in runner.meeting_label.styleSheet()

    shown(window, conn, training)
    assert runner.meeting_label.text() == "Planned 10:00–12:00"
    assert red not in runner.meeting_label.styleSheet()
