"""A computer clock set back between a crash and the restart is said on the agenda and on
the floor, in place of "closed for about …" (which would be below zero, and was silent)."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.app import build_main_window
from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.services.settings_file import Preferences
from tests.ui.conftest import TODAY
from tests.ui.test_floor_screen import MakeWindow, open_floor


def test_a_clock_set_back_is_told_and_the_turn_is_paused_where_it_was_saved(
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    clock: ManualClock,
    make_window: MakeWindow,
    qtbot: QtBot,
) -> None:
    first = make_window()
    tab = open_floor(first, qtbot)
    assert tab.speaker_label.text() == "Samuel"
    assert tab.turn_label.text() == "0:35"  # 85 s of a 120 s turn
    first.close()  # the laptop died; restarted with its clock an hour back
    set_back = ManualClock(clock.now() + 30 - 3600)
    window = build_main_window(
        conn, data_dir, today=TODAY, clock=set_back, preferences=Preferences.load()
    )
    qtbot.addWidget(window)
    window.show_meetings()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        agenda_banner = window.meetings_page.view.agenda_tab.runner.resume_banner
        assert agenda_banner.isVisibleTo(window)
        assert agenda_banner.text() == (
            "Resumed after a restart. This computer's clock reads about 59 min 30 s earlier "
            "than the last time saved for this meeting (19:10): its date or time was changed. "
            "The meeting's clock carries on from 19:10, so no time runs backwards, and the "
            "time meetingkit was closed is not counted. Check the computer's date and time."
        )
        floor = open_floor(window, qtbot)
        assert floor.resume_banner.isVisible()
        assert floor.resume_banner.text() == (
            "Resumed after a restart. This computer's clock reads about 59 min 30 s earlier "
            "than the last time saved for this meeting (19:10), so how long meetingkit was "
            "closed cannot be told: Samuel's turn was paused as of 19:10, and no time since "
            "counts as speaking time. Check the computer's date and time; press Space to "
            "resume the turn."
        )
        assert floor.turn_label.text() == "0:35"  # as saved: nothing more, nothing less
        assert floor.kind_label.text() == "Stack — paused"
        qtbot.keyClick(floor.stack_table, Qt.Key.Key_Space)  # resumed
        set_back.advance(5)
        floor.tick()
        assert floor.turn_label.text() == "0:30"
    finally:
        window.close()
