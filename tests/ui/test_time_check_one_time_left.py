"""The time check banner gives one time left, the clock's: its call ("Time check: 4:59 left")
follows the clock as its note on the stack does. It stayed at the moment the check came while
the note ticked on, so the banner read "Time check: 4:59 left on “Survey”. … 2 people waiting
to speak, 3:59 left: close the stack?" (QA s21)."""

import re
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.ui.main_window import MainWindow
from tests.ui.stack_near_the_end import CTRL, survey_on_the_floor


def test_the_banner_gives_one_time_left_as_the_clock_goes(
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
