"""The floor by keyboard: Space and Enter on a focused button press the button (they paused
the speaker, or gave the floor to the selected), and Tab goes from control to control without
stopping on the scrolling columns."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_log_dialog import FloorLogDialog
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.scroll_column import ScrollColumn

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def floor(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> FloorTab:
    """The floor of a meeting where Ana speaks and Bea and Cal wait, Bea selected."""
    MeetingStore(conn).create(Meeting("Break room assembly", dt.date(2026, 11, 21), dt.time(19)))
    store = PeopleStore(conn)
    people = [store.add(Person(n, "Lima", profession="RN")) for n in ("Ana", "Bea", "Cal")]
    queue = list(people)
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _c, *_a: queue.pop(0)))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.meetings_page.view.floor_tab
    assert tab.stack_table.hasFocus()
    for _ in people:
        qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)
    assert tab.speaker_label.text() == "Ana"
    tab.stack_table.selectRow(0)
    assert tab.session is not None
    return tab


def button_of(tab: FloorTab, action: object) -> QToolButton:
    return next(b for b in tab.findChildren(QToolButton) if b.defaultAction() is action)


def speaking(tab: FloorTab) -> tuple[str, bool]:
    assert tab.session is not None
    turn = tab.session.floor.current_turn
    assert turn is not None
    return tab.speaker_label.text(), turn.paused


def press(qtbot: QtBot, button: QWidget, key: Qt.Key) -> None:
    """Focus the button as Tab would, and press the key on it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, key)


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["space", "return", "enter"]
)
def test_space_or_enter_on_a_focused_button_presses_it(
    qtbot: QtBot, floor: FloorTab, key: Qt.Key
) -> None:
    """Close stack: Space paused Ana and left the stack open; Enter gave Bea the floor."""
    assert floor.session is not None
    press(qtbot, button_of(floor, floor.act_close), key)
    assert floor.session.floor.stack_closed
    assert speaking(floor) == ("Ana", False)
    press(qtbot, button_of(floor, floor.act_close), key)  # Reopen stack
    assert not floor.session.floor.stack_closed
    assert speaking(floor) == ("Ana", False)


def test_enter_on_the_next_speaker_button_calls_the_next_not_the_selected(
    qtbot: QtBot, floor: FloorTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    floor.stack_table.selectRow(1)  # Cal
    press(qtbot, button_of(floor, floor.act_next), Qt.Key.Key_Return)
    assert speaking(floor) == ("Bea", False)
    press(qtbot, button_of(floor, floor.act_pause), Qt.Key.Key_Space)
    assert speaking(floor) == ("Bea", True)  # once, not twice
    logs: list[FloorLogDialog] = []
    monkeypatch.setattr(FloorLogDialog, "exec", lambda self: logs.append(self) or 0)
    press(qtbot, button_of(floor, floor.act_log), Qt.Key.Key_Space)
    assert len(logs) == 1
    assert speaking(floor) == ("Bea", True)
    # The rule panel's buttons too: Enter gave the floor to the selected
    from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog

    asked: list[object] = []
    monkeypatch.setattr(TurnLimitsDialog, "ask", classmethod(lambda _c, *a: asked.append(a)))
    press(qtbot, floor.rule_panel.limits_button, Qt.Key.Key_Enter)
    assert len(asked) == 1
    assert speaking(floor) == ("Bea", True)


def test_the_floors_space_and_enter_still_work_from_the_stack(
    qtbot: QtBot, floor: FloorTab
) -> None:
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_Space)
    assert speaking(floor) == ("Ana", True)
    qtbot.keyClick(floor.airtime_panel.people_table, Qt.Key.Key_Space)
    assert speaking(floor) == ("Ana", False)
    floor.stack_table.selectRow(1)  # Cal
    qtbot.keyClick(floor.stack_table, Qt.Key.Key_Return)
    assert speaking(floor) == ("Cal", False)
    # A key with a modifier on a button is not the button's: Ctrl+K closes the stack
    button = button_of(floor, floor.act_next)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert floor.session is not None
    assert floor.session.floor.stack_closed


def test_tab_goes_round_the_floor_without_silent_stops(qtbot: QtBot, floor: FloorTab) -> None:
    """The two scrolling columns were stops of their own, with no name and no focus shown."""
    floor.stack_table.setFocus(Qt.FocusReason.TabFocusReason)
    chain: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is floor.stack_table:
            break
        chain.append(widget)
    assert not [w for w in chain if isinstance(w, ScrollColumn)]
    scrolling = [w for w in chain if isinstance(w, QAbstractScrollArea)]
    assert all(w.accessibleName() for w in scrolling), scrolling  # lists and tables, named
    reached = set(chain)
    panel = floor.rule_panel
    for wanted in (
        panel.policy_combo,
        panel.limits_button,
        floor.airtime_panel.people_table,
        button_of(floor, floor.act_next),
        button_of(floor, floor.act_log),
    ):
        assert wanted in reached


def test_a_scrolling_column_brings_the_control_tab_reaches_into_view(qtbot: QtBot) -> None:
    """Not a Tab stop itself, the column still scrolls to show what gets the focus."""
    page = QWidget()
    first = QPushButton("First")
    column = QWidget()
    column_layout = QVBoxLayout(column)
    column_layout.addSpacing(900)
    last = QPushButton("Far down")
    column_layout.addWidget(last)
    scroll = ScrollColumn(column)
    layout = QVBoxLayout(page)
    layout.addWidget(first)
    layout.addWidget(scroll)
    qtbot.addWidget(page)
    page.resize(300, 300)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is last  # not the column
    assert scroll.verticalScrollBar().value() > 0
    shown = last.mapTo(scroll.viewport(), last.rect().center())
    assert scroll.viewport().rect().contains(shown)


def test_a_click_does_not_scroll_the_column_under_the_mouse(qtbot: QtBot) -> None:
    """The row or button under the mouse stays where it was pressed; and a column gone
    no longer follows the focus."""
    page = QWidget()
    column = QWidget()
    column_layout = QVBoxLayout(column)
    column_layout.addSpacing(270)
    low = QPushButton("Half in view")
    low.setMinimumHeight(60)
    column_layout.addWidget(low)
    column_layout.addSpacing(300)
    scroll = ScrollColumn(column)
    first = QPushButton("First")
    page_layout = QVBoxLayout(page)
    page_layout.addWidget(first)
    page_layout.addWidget(scroll)
    qtbot.addWidget(page)
    page.resize(300, 300)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    assert first.hasFocus()
    assert scroll.verticalScrollBar().value() == 0
    qtbot.mouseClick(low, Qt.MouseButton.LeftButton)
    assert low.hasFocus()
    assert scroll.verticalScrollBar().value() == 0
    gone = ScrollColumn(QWidget())
    gone.deleteLater()
    qtbot.wait(10)
    first.setFocus()  # no error from a column already deleted
    assert first.hasFocus()
