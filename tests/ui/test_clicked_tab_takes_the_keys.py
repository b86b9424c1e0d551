"""A tab of the meeting clicked with the mouse takes the keys: the floor's hint says "Press A
to add someone", and A works only with the focus in the floor. Left in the meeting list, the
keys typed were its type-ahead and Enter then edited the meeting's title (QA 17a)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def _click_tab(qtbot: QtBot, window: MainWindow, index: int) -> None:
    bar = window.meetings_page.view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_a_clicked_tab_takes_the_keys_from_the_meeting_list(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show_meetings()
    page = window.meetings_page
    view = page.view
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)

    _click_tab(qtbot, window, view.tabs.indexOf(view._floor_page))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.floor_tab.stack_table)

    page.tree.setFocus()
    _click_tab(qtbot, window, view.tabs.indexOf(view.agenda_tab))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.agenda_tab.editor.table)

    page.tree.setFocus()
    roles = view.tabs.indexOf(view._roles_page)
    _click_tab(qtbot, window, roles)
    qtbot.waitUntil(lambda: view.tabs.widget(roles).isAncestorOf(QApplication.focusWidget()))
