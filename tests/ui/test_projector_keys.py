"""The keyboard stays with the main window while the projector is up (QA round 16c).

Full screen on the room's screen, the projector took the keyboard (showFullScreen() activates a
window whatever WA_ShowWithoutActivating says): Ctrl+3, N, Space, F11 and Ctrl+Q did nothing,
L made its type larger instead of showing the floor's log, and Escape closed the room's
screen. Now it never takes the keyboard, and a key that reaches it anyway is the main
window's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.floor_log_dialog import FloorLogDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow
from meetingkit.ui.projector_control import ProjectorControl
from tests.ui.room_windows import gives_the_keyboard_back, made_active


def opened(window: MainWindow, qtbot: QtBot) -> ProjectorWindow:
    """The floor on screen, its stack with the keyboard, and the projector open."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings_page.view.floor_tab.stack_table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    projector = window.projector.window
    assert projector is not None
    return projector


def test_full_screen_the_projector_leaves_the_keyboard_with_the_main_window(
    qtbot: QtBot, qapp: QApplication, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    projector = opened(window, qtbot)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    projector.place_on(qapp.primaryScreen())  # the room's screen
    qtbot.waitExposed(projector)
    # Offscreen, Qt activates every window it shows, the flag or not: the projector then
    # gives the keyboard back at once (on a loaded machine, a few event loops later)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.projector.close()


def test_keys_that_reach_the_projector_do_what_they_do_in_the_main_window(
    qtbot: QtBot,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ProjectorControl, "_give_back_keyboard", lambda _self: None, raising=False)
    window = make_window()
    projector = opened(window, qtbot)
    floor = window.meetings_page.view.floor_tab
    logs: list[FloorLogDialog] = []
    monkeypatch.setattr(FloorLogDialog, "exec", lambda dialog: logs.append(dialog) or 0)
    made_active(projector, qtbot)

    assert projector.speaker_label.text() == "Samuel"
    qtbot.keyClick(projector, Qt.Key.Key_N)  # the floor's Next speaker
    assert floor.speaker_label.text() == "Rosa"
    window.projector.refresh()
    assert projector.speaker_label.text() == "Rosa"

    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_L)  # the floor's log, not large type
    assert len(logs) == 1
    assert not projector.large_type()

    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # not the room's screen closed
    assert window.projector.window is projector

    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # People
    assert window.pages.currentWidget() is window.people_page
    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    assert floor.isVisible()

    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)  # large type
    assert projector.large_type()
    assert window.projector.act_large.isChecked()

    made_active(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_F11)  # closes it
    assert window.projector.window is None


def test_the_projector_made_active_anyway_gives_the_keyboard_back(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    gives_the_keyboard_back(opened(window, qtbot), window, qtbot)
    window.projector.close()
