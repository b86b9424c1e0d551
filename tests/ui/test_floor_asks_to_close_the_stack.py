"""Near an item's end, and once it has run over, the Floor tab's own status line asks the stack
keeper whether to close the stack, as the agenda's time check does (qa12b F5: the agenda's
banner goes once the item runs over, and the stack keeper is on the floor)."""

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


def test_the_floor_asks_to_close_the_stack_near_the_end_and_once_over(
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
    people = [store.add(Person(first, "Lima")) for first in ("Ana", "Bea", "Cal", "Dee")]
    queue = list(people)
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: queue.pop(0)))
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner

    qtbot.keyClick(window, Qt.Key.Key_F5)  # the meeting and its item start
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the floor
    floor = window.meetings_page.view.floor_tab
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_C):  # Ana, Bea; Cal asks a question
        qtbot.keyClick(floor.stack_table, key)
    floor.tick()
    assert floor.kind_label.text() == "3 people waiting. Press N for the next speaker."

    clock.advance(5 * 60 + 1)  # the time check: 4:59 left
    floor.tick()
    assert floor.kind_label.text() == (
        "3 people waiting to speak, 4:59 left: close the stack? (Ctrl+K)"
    )
    runner.refresh()  # the agenda's time check counts them alike
    assert "3 people waiting to speak, 4:59 left" in runner.time_check_banner.text()

    qtbot.keyClick(floor.stack_table, Qt.Key.Key_N)  # Cal's question: the note under the stack
    floor.refresh()
    assert floor.stack_note.text() == (
        "2 people waiting to speak, 4:59 left: close the stack? (Ctrl+K)"
    )
    clock.advance(60)
    for _ in range(5):  # once a second, the note follows the clock
        floor.tick()
    assert floor.stack_note.text().startswith("2 people waiting to speak, 3:59 left")

    clock.advance(4 * 60 + 29)  # the item runs 30 s over: the agenda's banner has gone…
    runner.refresh()
    assert runner.time_check_banner.isHidden()
    for _ in range(5):  # …and the floor still asks
        floor.tick()
    assert floor.stack_note.text() == (
        "2 people waiting to speak, the item is 0:30 over: close the stack? (Ctrl+K)"
    )

    qtbot.keyClick(floor.stack_table, Qt.Key.Key_K, CTRL)  # closed: nothing more to ask
    assert floor.stack_note.text() == (
        "2 people waiting. Press N for the next speaker. The stack is closed for this item."
    )


def test_no_call_to_close_the_stack_before_the_time_check(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Early in an item the floor only says who waits."""
    meeting = MeetingStore(conn).create(
        Meeting("Break room assembly", dt.date(2026, 11, 21), dt.time(19), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Survey", 10)])
    ana = PeopleStore(conn).add(Person("Ana", "Lima"))
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: ana))
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    floor = window.meetings_page.view.floor_tab
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_A)
    clock.advance(4 * 60 + 59)  # 5:01 left
    floor.tick()
    assert floor.kind_label.text() == "1 person waiting. Press N for the next speaker."
