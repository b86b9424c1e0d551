"""Near an item's end, and once it has run over, the Floor tab's own status line asks the stack
keeper whether to close the stack, as the agenda's time check does (qa12b F5: the agenda's
banner goes once the item runs over, and the stack keeper is on the floor)."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.ui.main_window import MainWindow
from tests.ui.stack_near_the_end import CTRL, survey_on_the_floor


def test_the_floor_asks_to_close_the_stack_near_the_end_and_once_over(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = [Person(first, "Lima") for first in ("Ana", "Bea", "Cal", "Dee")]
    keys = (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_C)  # Ana, Bea; Cal asks a question
    runner, floor = survey_on_the_floor(qtbot, conn, make_window, monkeypatch, people, keys)
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
    ana = Person("Ana", "Lima")
    _, floor = survey_on_the_floor(qtbot, conn, make_window, monkeypatch, [ana], [Qt.Key.Key_A])
    clock.advance(4 * 60 + 59)  # 5:01 left
    floor.tick()
    assert floor.kind_label.text() == "1 person waiting. Press N for the next speaker."
