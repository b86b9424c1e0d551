"""The sign-in code for the room (Ctrl+Shift+J) goes where the projector goes, and leaves the
keyboard with the main window.

It went full screen with showFullScreen(), which took the keyboard from the facilitator's
window; it took Qt's second screen for the room's even when that mirrored the laptop's (full
screen over the facilitator's window); and it stayed where it was when a screen was plugged in
or pulled out. Now it is placed as the projector is (ui/room_screens.py), with screens made up
here as in test_projector_screens.py (offscreen, Qt has one screen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui import signin_board
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.room_screens import SETTLE_MS
from meetingkit.ui.signin_board import BOARD_SIZE, SignInBoard
from meetingkit.ui.signin_tab import SignInTab


@dataclass
class MadeUpScreen:
    """A screen as `place_for_room` reads one: its geometry."""

    rect: QRect

    def geometry(self) -> QRect:
        return QRect(self.rect)

    def availableGeometry(self) -> QRect:
        return QRect(self.rect)


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
    """Where the code was put, (the room's screen or None, the laptop's), in turn: made-up
    screens cannot take a window."""
    calls: list[tuple[object, object]] = []

    def place_on(board: SignInBoard, screen: object, home: object = None) -> None:
        calls.append((screen, home))
        board.full_screen_on = screen  # type: ignore[assignment]
        board.show()
        if screen is not None:
            board.setGeometry(screen.geometry())  # type: ignore[attr-defined]

    monkeypatch.setattr(SignInBoard, "place_on", place_on)
    return calls


def test_the_code_follows_a_screen_plugged_in_pulled_out_and_mirrored(
    qtbot: QtBot,
    qapp: QApplication,
    signin: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    placed: list[tuple[object, object]],
) -> None:
    window = signin
    main_at = window.frameGeometry()
    laptop = MadeUpScreen(main_at)
    projector = MadeUpScreen(QRect(main_at.right() + 1, 0, 1920, 1080))
    mirror = MadeUpScreen(QRect(main_at.topLeft(), QSize(1024, 768)))
    shown: list[MadeUpScreen] = [laptop]
    monkeypatch.setattr(signin_board, "screens", lambda: list(shown))

    def said() -> str:
        return window.statusBar().currentMessage()

    window.act_board.trigger()  # one screen: a window on the laptop's
    assert placed == [(None, laptop)]
    assert said().startswith("The sign-in code opened in a window")

    shown.append(projector)  # plugged in after it opened
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 2, timeout=SETTLE_MS * 5)
    assert placed[-1] == (projector, laptop)
    assert said() == "The sign-in code is full screen on the second screen."

    shown.remove(projector)  # the cable pulled
    qapp.screenRemoved.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 3, timeout=SETTLE_MS * 5)
    assert placed[-1] == (None, laptop)
    assert said().startswith("The sign-in code's screen is gone")
    assert QApplication.activeWindow() is window  # the keyboard with the laptop's window

    shown.append(projector)  # plugged in again: back full screen
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 4, timeout=SETTLE_MS * 5)
    assert placed[-1] == (projector, laptop)

    shown[-1] = mirror  # the display switched to mirror: a window on the laptop's again
    qapp.primaryScreen().geometryChanged.emit(qapp.primaryScreen().geometry())
    qtbot.waitUntil(lambda: len(placed) == 5, timeout=SETTLE_MS * 5)
    assert placed[-1] == (None, laptop)

    board_of(window).close()  # closed, it follows no screen
    shown[-1] = projector
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.wait(SETTLE_MS * 2)
    assert len(placed) == 5


def test_a_mirrored_screen_opens_the_code_as_a_window_and_one_apart_full_screen(
    signin: MainWindow, monkeypatch: pytest.MonkeyPatch, placed: list[tuple[object, object]]
) -> None:
    """Mirrored, Qt's second screen overlaps the laptop's: full screen there covered the
    facilitator's window. A screen apart is the room's, wherever it sits, first or second."""
    window = signin
    main_at = window.frameGeometry()
    laptop = MadeUpScreen(main_at)
    mirror = MadeUpScreen(QRect(main_at.topLeft(), QSize(1024, 768)))
    left = MadeUpScreen(QRect(main_at.left() - 1920, 0, 1920, 1080))
    found = [laptop, mirror]
    monkeypatch.setattr(signin_board, "screens", lambda: list(found))
    window.act_board.trigger()
    assert placed == [(None, laptop)]
    assert "no second screen, or it mirrors this one" in window.statusBar().currentMessage()
    window.act_board.trigger()  # Ctrl+Shift+J again closes it
    assert not board_of_any(window).isVisible()

    found[:] = [left, laptop]  # the projector made the primary screen, left of the laptop
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


def made_active(board: SignInBoard, qtbot: QtBot) -> None:
    """The code given the keyboard anyway, as by a window manager that does not heed that
    it takes none: keys typed go to it."""
    board.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
    with qtbot.waitActive(board):
        board.show()
        board.activateWindow()


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
    board = board_of(window)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    with qtbot.waitActive(elsewhere):
        elsewhere.show()
        elsewhere.activateWindow()
    QApplication.sendEvent(board, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_closing_the_main_window_closes_the_code(signin: MainWindow) -> None:
    """Left open, the code kept meetingkit running after its window was closed."""
    window = signin
    window.act_board.trigger()
    board = board_of(window)
    window.close()
    assert not board.isVisible()
