"""The time check banner gives one time left, the clock's: its call ("Time check: 4:59 left")
follows the clock as its note on the stack does. It stayed at the moment the check came while
the note ticked on, so the banner read "Time check: 4:59 left on “Survey”. … 2 people waiting
to speak, 3:59 left: close the stack?" (QA s21)."""

import datetime as dt
import re
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_banner_gives_one_time_left_as_the_clock_goes(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Break room assembly", dt.date(2026, 11, 21), dt.time(19), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Survey", 10)])
    store = PeopleStore(conn)
    queue = [store.add(Person("Ana", "Lima")), store.add(Person("Bea", "Kim"))]
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: queue.pop(0)))
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    floor = window.meetings_page.view.floor_tab
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_A)

    clock.advance(5 * 60 + 1)
    runner.refresh()
    clock.advance(80)
    runner.refresh()
    text = runner.time_check_banner.text()
    assert text.startswith("Time check: 3:39 left on “Survey”. Timekeeper, call time.")
    assert set(re.findall(r"\d+:\d\d left", text)) == {"3:39 left"}

    qtbot.keyClick(floor.stack_table, Qt.Key.Key_K, CTRL)  # closed: the call alone, on time
    clock.advance(60)
    runner.refresh()
    assert runner.time_check_banner.text() == (
        "Time check: 2:39 left on “Survey”. Timekeeper, call time."
    )
