"""The sign-in code for the room (Ctrl+Shift+J) goes where the projector goes, and leaves the
keyboard with the main window.

It went full screen with showFullScreen(), which took the keyboard from the facilitator's
window; it took Qt's second screen for the room's even when that mirrored the laptop's (full
screen over the facilitator's window); and it stayed where it was when a screen was plugged in
or pulled out. Now it is placed as the projector is (ui/room_screens.py), with screens made up
here as in test_projector_screens.py (offscreen, Qt has one screen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui import signin_board
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.room_screens import SETTLE_MS
from meetingkit.ui.signin_board import BOARD_SIZE, SignInBoard
from meetingkit.ui.signin_tab import SignInTab
from tests.ui.room_windows import (
    gives_the_keyboard_back,
    made_active,
    placements,
    plugged_pulled_and_mirrored,
    screens_around,
)


@pytest.fixture
def signin(demo: Demo, make_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    """The main window on tonight's meeting, its sign-in open (on a free port)."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.meetings_page.view.show_signin()
    tab: SignInTab = window.meetings_page.view.signin_tab
    tab.serve("127.0.0.1", 0)
    yield window
    board = window._board
    if board is not None:
        board.close()
    tab.close_serving()


def board_of(window: MainWindow) -> SignInBoard:
    board = window._board
    assert isinstance(board, SignInBoard)
    assert board.isVisible()
    return board


@pytest.fixture
def placed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, object]]:
    """Where the code was put, (the room's screen or None, the laptop's), in turn."""
    return placements(monkeypatch, SignInBoard)


def test_the_code_follows_a_screen_plugged_in_pulled_out_and_mirrored(
    qtbot: QtBot,
    qapp: QApplication,
    signin: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    placed: list[tuple[object, object]],
) -> None:
    window = signin
    screens = screens_around(window, monkeypatch, signin_board)

    window.act_board.trigger()  # one screen: a window on the laptop's
    assert placed == [(None, screens.laptop)]
    assert window.statusBar().currentMessage().startswith("The sign-in code opened in a window")
    plugged_pulled_and_mirrored(qtbot, qapp, window, screens, placed, "The sign-in code")

    board_of(window).close()  # closed, it follows no screen
    screens.shown[-1] = screens.projector
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.wait(SETTLE_MS * 2)
    assert len(placed) == 5


def test_a_mirrored_screen_opens_the_code_as_a_window_and_one_apart_full_screen(
    signin: MainWindow, monkeypatch: pytest.MonkeyPatch, placed: list[tuple[object, object]]
) -> None:
    """Mirrored, Qt's second screen overlaps the laptop's: full screen there covered the
    facilitator's window. A screen apart is the room's, wherever it sits, first or second."""
    window = signin
    screens = screens_around(window, monkeypatch, signin_board)
    laptop, left = screens.laptop, screens.left
    screens.shown.append(screens.mirror)
    window.act_board.trigger()
    assert placed == [(None, laptop)]
    assert "no second screen, or it mirrors this one" in window.statusBar().currentMessage()
    window.act_board.trigger()  # Ctrl+Shift+J again closes it
    assert not board_of_any(window).isVisible()

    screens.shown[:] = [left, laptop]  # the projector made the primary screen, left of the laptop
    window.act_board.trigger()
    assert placed[-1] == (left, laptop)
    assert "Ctrl+Shift+J closes it" in window.statusBar().currentMessage()


def board_of_any(window: MainWindow) -> QWidget:
    board = window._board
    assert board is not None
    return board


def test_full_screen_the_code_hides_the_pointer_and_a_window_gives_it_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    board = SignInBoard()
    qtbot.addWidget(board)
    board.show_code("http://192.168.1.20:8765/s/abc", "blue-heron-lake", "Safe Staffing")
    screen = qapp.primaryScreen()
    board.place_on(screen)
    qtbot.waitExposed(board)
    assert board.windowState() & Qt.WindowState.WindowFullScreen
    assert board.cursor().shape() == Qt.CursorShape.BlankCursor
    board.place_on(None, screen)  # unplugged
    assert not board.windowState() & Qt.WindowState.WindowFullScreen
    assert board.cursor().shape() == Qt.CursorShape.ArrowCursor  # the usual pointer
    assert screen.availableGeometry().contains(board.geometry())
    assert board.size().boundedTo(BOARD_SIZE) == board.size()


def test_full_screen_the_code_leaves_the_keyboard_with_the_main_window(
    qtbot: QtBot, qapp: QApplication, signin: MainWindow
) -> None:
    window = signin
    window.act_board.trigger()
    board = board_of(window)
    assert board.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.waitExposed(board)
    qtbot.wait(50)
    assert QApplication.activeWindow() is window
    board.place_on(qapp.primaryScreen())  # the room's screen
    qtbot.wait(50)
    assert QApplication.activeWindow() is window


def test_keys_that_reach_the_code_do_what_they_do_in_the_main_window(
    qtbot: QtBot, signin: MainWindow
) -> None:
    window = signin
    window.act_board.trigger()
    board = board_of(window)
    made_active(board, qtbot)
    qtbot.keyClick(board, Qt.Key.Key_Escape)  # not the room's code closed
    assert board.isVisible()
    made_active(board, qtbot)
    qtbot.keyClick(board, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # People
    assert window.pages.currentWidget() is window.people_page
    made_active(board, qtbot)
    qtbot.keyClick(
        board,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not board.isVisible()  # Ctrl+Shift+J, as in the main window: closed


def test_the_code_made_active_anyway_gives_the_keyboard_back(
    qtbot: QtBot, signin: MainWindow
) -> None:
    window = signin
    window.act_board.trigger()
    gives_the_keyboard_back(board_of(window), window, qtbot)


def test_closing_the_main_window_closes_the_code(signin: MainWindow) -> None:
    """Left open, the code kept meetingkit running after its window was closed."""
    window = signin
    window.act_board.trigger()
    board = board_of(window)
    window.close()
    assert not board.isVisible()
