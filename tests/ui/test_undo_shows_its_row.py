"""An undo or redo makes the row it brought back or changed the current, selected row of its
table, scrolled into view: a keyboard user sees where it is, and the next Del acts on it (QA:
an agenda item deleted and put back with Ctrl+Z came back unselected, the selection on the row
the delete had moved it to)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.main_window import MainWindow
from tests.ui.test_agenda_screen import answer_items, shown_agenda, titles
from tests.ui.test_floor_screen import names, open_floor, picks, room  # noqa: F401 (a fixture)

MakeWindow = Callable[[], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def current_row(table: QTableView) -> int:
    return table.currentIndex().row()


def selected_rows(table: QTableView) -> list[int]:
    return [i.row() for i in table.selectionModel().selectedRows()]


def in_view(table: QTableView, row: int) -> bool:
    index = table.model().index(row, 0)
    return table.viewport().rect().contains(table.visualRect(index))


def shown_and_current(table: QTableView, row: int) -> bool:
    return current_row(table) == row and selected_rows(table) == [row] and in_view(table, row)


@pytest.fixture
def long_agenda(conn: sqlite3.Connection, make_window: MakeWindow) -> tuple[MainWindow, AgendaTab]:
    """A meeting with more agenda items than its table shows at once."""
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19), planned_minutes=300)
    )
    window = make_window()
    shown_agenda(window, conn, meeting, [AgendaItem(f"Item {n}", 5) for n in range(40)])
    tab = window.meetings_page.view.agenda_tab
    window.meetings_page.view.show_agenda()
    assert tab.editor.table.verticalScrollBar().maximum() > 0  # it scrolls
    return window, tab


def test_undoing_a_delete_selects_the_item_put_back_and_redoing_it_the_next(
    qtbot: QtBot, long_agenda: tuple[MainWindow, AgendaTab]
) -> None:
    _, tab = long_agenda
    table = tab.editor.table
    table.setFocus()
    tab.editor.select_item(tab.editor.model.item(30).key)  # type: ignore[union-attr]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Item 30" not in titles(tab)
    assert current_row(table) == 30  # on "Item 31", which took its place
    tab.editor.select_item(tab.editor.model.item(0).key)  # type: ignore[union-attr]
    table.scrollToTop()  # the deleted row's place out of sight

    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert titles(tab)[30] == "Item 30"
    assert shown_and_current(table, 30)
    assert table.hasFocus()  # the keys stay on the agenda, not on the list of meetings
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Del acts on it again
    assert "Item 30" not in titles(tab)

    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    table.scrollToTop()
    qtbot.keyClick(table, Qt.Key.Key_Y, CTRL)  # deleted again: as Del left it, on the next
    assert "Item 30" not in titles(tab)
    assert titles(tab)[30] == "Item 31"
    assert shown_and_current(table, 30)


def test_undone_from_another_page_the_item_is_selected_on_the_agenda_brought_into_view(
    qtbot: QtBot, long_agenda: tuple[MainWindow, AgendaTab]
) -> None:
    window, tab = long_agenda
    table = tab.editor.table
    table.setFocus()
    tab.editor.select_item(tab.editor.model.item(35).key)  # type: ignore[union-attr]
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)  # moved up a row
    assert titles(tab)[34] == "Item 35"
    tab.editor.select_item(tab.editor.model.item(0).key)  # type: ignore[union-attr]
    table.scrollToTop()

    window.show_people()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the move undone
    assert tab.isVisible()
    assert titles(tab)[35] == "Item 35"
    assert shown_and_current(table, 35)
    assert table.hasFocus()  # the keys on it: Del deletes it
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Item 35" not in titles(tab)


def test_redoing_an_added_item_selects_it(
    qtbot: QtBot,
    long_agenda: tuple[MainWindow, AgendaTab],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab = long_agenda
    table = tab.editor.table
    answer_items(monkeypatch, [AgendaItem("Break room survey", 20)])
    tab.editor.select_item(tab.editor.model.item(38).key)  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert titles(tab)[39] == "Break room survey"  # added after the selected item

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # taken out: the item in its place selected
    assert titles(tab)[39] == "Item 39"
    assert shown_and_current(table, 39)
    tab.editor.select_item(tab.editor.model.item(0).key)  # type: ignore[union-attr]
    table.scrollToTop()
    qtbot.keyClick(table, Qt.Key.Key_Y, CTRL)
    assert titles(tab)[39] == "Break room survey"
    assert shown_and_current(table, 39)


def test_undoing_a_withdrawal_selects_the_entry_put_back_on_the_stack(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],  # noqa: F811 (the fixture)
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    table = tab.stack_table
    picks(monkeypatch, people["Ana"], people["Bea"], people["Cal"])
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_A)
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert names(tab) == ["Ana", "Cal"]
    table.selectRow(1)  # Cal

    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert names(tab) == ["Ana", "Bea", "Cal"]
    assert shown_and_current(table, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Del takes Bea off again, not Cal
    assert names(tab) == ["Ana", "Cal"]

    table.selectRow(0)
    window.show_people()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # from another page
    assert tab.isVisible()
    assert names(tab) == ["Ana", "Bea", "Cal"]
    assert shown_and_current(table, 1)
