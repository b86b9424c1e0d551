"""Near an item's end, the time check says how many wait on the stack and asks whether to
close it (DOMAIN.md: "N on stack and M minutes left — close the stack?")."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.ui.main_window import MainWindow
from tests.ui.stack_near_the_end import CTRL, survey_on_the_floor


def test_the_time_check_counts_the_stack_and_asks_to_close_it(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people, keys = [Person("Ana", "Lima"), Person("Bea", "Kim")], [Qt.Key.Key_A] * 2
    runner, floor = survey_on_the_floor(qtbot, conn, make_window, monkeypatch, people, keys)
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
