"""The main window and the sign-in code window open within the screen's free area.

On a 1366x768 laptop at 125 % scaling with a taskbar (about 1093x559 pixels for a window),
the main window opened at 1180x760, its status bar and End meeting off the screen, and the
sign-in code window at 1024x640 (QA round 15c). Offscreen, Qt's screen is 800x800."""

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.settings import window_place
from meetingkit.services.settings_file import Preferences
from meetingkit.ui.main_window import USUAL_SIZE, MainWindow
from meetingkit.ui.signin_board import SignInBoard
from meetingkit.ui.window_place import Place, place_for

LAPTOP = QRect(0, 0, 1093, 559)  # 1366x768 at 125 %, less a taskbar
DESKTOP = QRect(0, 0, 1920, 1050)


def test_on_a_small_laptop_the_window_opens_maximized_within_the_screen() -> None:
    place = place_for(USUAL_SIZE, LAPTOP, None)
    assert place.maximized
    assert LAPTOP.contains(place.inside)  # restored, it still fits


def test_with_room_the_window_opens_at_its_usual_size_centred() -> None:
    place = place_for(USUAL_SIZE, DESKTOP, None)
    assert not place.maximized
    assert place.inside.size() == USUAL_SIZE
    assert DESKTOP.contains(place.inside)
    assert abs(place.inside.center().x() - DESKTOP.center().x()) <= 1


def test_a_saved_place_is_used_only_where_it_fits() -> None:
    saved = Place(QRect(40, 30, 1000, 500), False)
    assert place_for(USUAL_SIZE, LAPTOP, saved) == saved
    on_a_bigger_screen = Place(QRect(100, 80, 1500, 900), True)  # a monitor, now unplugged
    place = place_for(USUAL_SIZE, LAPTOP, on_a_bigger_screen)
    assert place != on_a_bigger_screen
    assert LAPTOP.contains(place.inside)


def _available(window: MainWindow) -> QRect:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry()


def test_the_main_window_opens_no_larger_than_the_screen(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(start=True)
    window.hide()
    window.place_on_screen()  # as the app does before it first shows the window
    assert window.windowState() & Qt.WindowState.WindowMaximized  # 1180x760 does not fit
    assert _available(window).contains(window.geometry())  # nor does it once restored


def test_the_main_window_opens_where_it_was_closed(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(start=True)
    window.setGeometry(QRect(30, 50, 700, 500))
    QApplication.processEvents()
    window.close()
    saved = Preferences.load().settings.window
    assert window_place(saved) == (700, 500, 30, 50, False)

    again = make_window(start=True)
    again.hide()
    again.place_on_screen()
    assert again.geometry() == QRect(30, 50, 700, 500)


def test_a_saved_place_too_large_for_the_screen_now_is_not_used(
    make_window: Callable[..., MainWindow],
) -> None:
    Preferences.load().change(window="1800x1000+10+10")  # on the office's monitor
    window = make_window(start=True)
    window.hide()
    window.place_on_screen()
    assert _available(window).contains(window.geometry())


def test_the_sign_in_code_opens_within_the_screen_with_one_screen(qtbot: QtBot) -> None:
    board = SignInBoard()
    qtbot.addWidget(board)
    board.show_code("http://192.168.1.20:8000/s/abc", "blue heron", "Safe Staffing")
    board.place_on_second_screen()
    screen = board.screen()
    assert screen is not None
    assert screen.availableGeometry().contains(board.geometry())
    assert board.size().boundedTo(QSize(1024, 640)) == board.size()
