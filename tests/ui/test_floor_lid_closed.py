"""The laptop closed over a break while someone had the floor, and opened again: the floor's
first tick pauses the turn as the computer went to sleep, and says so; Space resumes it."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_the_floor_says_the_computer_slept_and_leaves_that_time_out(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow, clock: ManualClock
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    tab = window.meetings_page.view.floor_tab
    session = tab.session
    assert session is not None
    turn = session.floor.current_turn
    assert turn is not None
    assert turn.speaking
    clock.advance(20)
    tab.tick()
    spoken = turn.spoken_ms(session.floor.now_ms())
    assert not tab.resume_banner.isVisible()

    clock.sleep(10 * 60)  # the lid closed over the break
    clock.advance(0.2)
    tab.tick()  # the floor's first tick as it opens again
    turn = session.floor.current_turn
    assert turn is not None
    assert turn.paused
    assert turn.spoken_ms(session.floor.now_ms()) == spoken
    assert tab.resume_banner.isVisible()
    name = session.floor.speaking_name(turn.person_id)
    assert tab.resume_banner.text() == (
        f"This computer was asleep for about 10 min (since 19:10) while {name} had the "
        "floor: the turn was paused as it went to sleep, so that time is not counted as "
        "speaking time. Press Space to resume it."
    )
    assert "paused" in tab.kind_label.text()

    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)  # resumed
    turn = session.floor.current_turn
    assert turn is not None
    assert turn.speaking
    assert not tab.resume_banner.isVisible()
