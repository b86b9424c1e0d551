"""Near an item's end, the time check says how many wait on the stack and asks whether to
close it (DOMAIN.md: "N on stack and M minutes left — close the stack?")."""

import datetime as dt
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


def test_the_time_check_counts_the_stack_and_asks_to_close_it(
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
    ana, bea = store.add(Person("Ana", "Lima")), store.add(Person("Bea", "Kim"))
    queue = [ana, bea]
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: queue.pop(0)))
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner

    qtbot.keyClick(window, Qt.Key.Key_F5)  # the meeting and its item start
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the floor
    floor = window.meetings_page.view.floor_tab
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_A)
    clock.advance(5 * 60 + 1)
    runner.refresh()
    text = runner.time_check_banner.text()
    assert text.startswith("Time check: 4:59 left on “Survey”. Timekeeper, call time.")
    assert text.endswith(
        " 2 people waiting to speak, 4:59 left: close the stack? (Ctrl+3, then Ctrl+K)"
    )

    clock.advance(60)  # the note follows the clock
    runner.refresh()
    assert "2 people waiting to speak, 3:59 left" in runner.time_check_banner.text()

    qtbot.keyClick(floor.stack_table, Qt.Key.Key_K, CTRL)  # closed: nothing more to ask
    runner.refresh()
    assert runner.time_check_banner.text() == (
        "Time check: 3:59 left on “Survey”. Timekeeper, call time."
    )
    assert not runner.time_check_banner.isHidden()
