"""Ctrl+Shift+O (open or close sign-in) from the floor's stack left the focus on the meeting list,
so the floor's next keys (N…) went to the list's type-ahead (QA round 16e). The focus now stays
in the meeting: on the Sign-in tab, which the key shows."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab
from tests.ui.real_keyboard import press

MakeWindow = Callable[[], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _inside(widget: QWidget | None, page: QWidget) -> bool:
    return widget is not None and (widget is page or page.isAncestorOf(widget))


@pytest.mark.parametrize("start_on_people", [False, True])
def test_open_signin_puts_the_focus_on_the_signin_tab_not_the_meeting_list(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    start_on_people: bool,
) -> None:
    toggled: list[SignInTab] = []
    monkeypatch.setattr(SignInTab, "toggle_open", lambda tab: toggled.append(tab))
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    press(window, Qt.Key.Key_3, CTRL)  # the floor, the focus on its stack
    assert view.floor_tab.stack_table.hasFocus()
    if start_on_people:
        window.show_people()
    press(window, Qt.Key.Key_O, CTRL_SHIFT)
    assert toggled == [view.signin_tab]
    assert view.tabs.currentWidget() is view.signin_tab.parentWidget()
    focus = QApplication.focusWidget()
    assert not _inside(focus, window.meetings_page.tree)
    assert _inside(focus, view.tabs.currentWidget())
