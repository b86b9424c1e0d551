"""The start screen by keyboard (QA 15c, finding 7): *Open meeting* is drawn as the default
button, and Enter as the app opens does open the meeting. The frame follows the focus, as in a
dialog: a focused button is what Enter presses, and only it is drawn so. Keys are sent to the
window's QWindow, as a real keyboard's are."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from tests.ui.real_keyboard import press


def defaults(window: MainWindow) -> list[str]:
    page = window.start_page
    return [b.text() for b in page.findChildren(type(page.open_button)) if b.isDefault()]


def test_enter_as_the_app_opens_opens_the_next_meeting(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(start=True)
    page = window.start_page
    assert window.pages.currentWidget() is page
    assert page.meeting_id == demo.meeting_id
    assert defaults(window) == ["&Open meeting"]  # drawn as the one Enter presses
    opened: list[int] = []
    page.meeting_requested.connect(opened.append)
    press(window, Qt.Key.Key_Return)
    assert opened == [demo.meeting_id]
    assert window.pages.currentWidget() is window.meetings_page
    shown = window.meetings_page.view.meeting()
    assert shown is not None
    assert shown.key == demo.meeting_id


def test_the_default_frame_follows_the_focus_and_enter_presses_that_button(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(start=True)
    page = window.start_page
    for _ in range(6):
        if page.path_button.hasFocus():
            break
        press(window, Qt.Key.Key_Tab)
    assert page.path_button.hasFocus()
    assert defaults(window) == ["G&uided path"]  # not Open meeting as well
    paths: list[int] = []
    opened: list[int] = []
    page.path_requested.connect(paths.append)
    page.meeting_requested.connect(opened.append)
    press(window, Qt.Key.Key_Enter)
    assert paths == [demo.meeting_id]
    assert opened == []


def test_with_no_meeting_planned_new_meeting_is_the_default(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(start=True)
    assert window.start_page.meeting_id is None
    assert defaults(window) == ["&New meeting…"]
