"""Two keyboard snags on the floor (QA round 15c): the Pause button still read "Pause" while the
turn was paused, and the stack's current row (the frame the keyboard starts from) was not
selected, so Give floor stayed off and the first Down selected row 2."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def _floor(window: MainWindow, qtbot: QtBot) -> FloorTab:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.meetings_page.view.floor_tab
    assert tab.stack_table.hasFocus()
    return tab


def test_the_pause_button_says_resume_while_the_turn_is_paused(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    tab = _floor(window, qtbot)
    assert tab.session is not None
    assert tab.session.floor.current_turn is not None
    assert tab.act_pause.iconText() == "Pause"
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)
    assert tab.session.floor.current_turn.paused
    assert tab.act_pause.iconText() == "Resume"
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)
    assert tab.act_pause.iconText() == "Pause"


def test_the_stack_row_the_keyboard_is_on_is_selected(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    tab = _floor(window, qtbot)
    table, model = tab.stack_table, tab.stack_model
    assert model.rowCount() >= 3
    first, second = (model.placement(r).entry.id for r in (0, 1))  # type: ignore[union-attr]
    # Focus arrives on the stack (Ctrl+3, or back from the person picker): its first row
    window.show_people()
    tab = _floor(window, qtbot)
    assert table.currentIndex().row() == 0
    assert tab.selected_entry() == first
    assert tab.act_give.isEnabled()
    assert tab.act_withdraw.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the second row, not the third
    assert tab.selected_entry() == second
