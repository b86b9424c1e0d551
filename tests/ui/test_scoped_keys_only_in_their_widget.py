"""Single keys scoped to one widget (the agenda's Del, the floor's N and Space…) work only while
the focus is in that widget (QA round 16e: with the Floor tab showing, Alt+E, Esc left the focus
on the menu bar, and Del there deleted the agenda item that was on: the agenda's actions are in
the Meeting menu, and Qt counts a menu's actions as the menu bar's while it has the focus)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from tests.ui.real_keyboard import press

MakeWindow = Callable[[], MainWindow]
ALT = Qt.KeyboardModifier.AltModifier


def test_del_on_the_menu_bar_does_not_delete_the_agenda_item(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the Floor tab
    view = window.meetings_page.view
    floor, editor = view.floor_tab, view.agenda_tab.editor
    assert floor.stack_table.hasFocus()
    assert editor.act_delete.isEnabled()  # the item on is selected in the (hidden) agenda
    floor.stack_table.clearSelection()  # no stack row: the floor's Del (Withdraw) is off
    assert not floor.act_withdraw.isEnabled()
    items = editor.model.rowCount()
    press(window, Qt.Key.Key_E, ALT)  # the Edit menu…
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, Qt.Key.Key_Delete)  # Del in the open menu
    assert editor.model.rowCount() == items
    qtbot.keyClick(menu, Qt.Key.Key_Escape)  # …closed: the menu bar keeps the focus
    assert QApplication.focusWidget() is window.menuBar()
    press(window, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == items
    assert not editor.undo_stack.canUndo()


def test_floor_keys_on_the_menu_bar_do_nothing(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    floor = window.meetings_page.view.floor_tab
    assert floor.session is not None
    turn = floor.session.floor.current_turn
    assert turn is not None
    assert not turn.paused
    window.menuBar().setFocus(Qt.FocusReason.ShortcutFocusReason)  # as after Alt+E, Esc
    press(window, Qt.Key.Key_Space)  # Pause, on the floor
    turn = floor.session.floor.current_turn
    assert turn is not None
    assert not turn.paused


def test_the_scoped_keys_still_work_in_their_widget(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    press(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.meetings_page.view
    floor = view.floor_tab
    assert floor.session is not None
    assert floor.session.floor.current_turn is not None
    press(window, Qt.Key.Key_Space)  # Pause, on the stack
    assert floor.session.floor.current_turn.paused
    view.tabs.setCurrentWidget(view.agenda_tab)
    editor = view.agenda_tab.editor
    editor.table.setFocus()
    items = editor.model.rowCount()
    press(window, Qt.Key.Key_Delete)  # Del, on the agenda
    assert editor.model.rowCount() == items - 1
