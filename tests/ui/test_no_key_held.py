"""A test's shortcut leaves no key held for the next test (tests/ui/conftest.py,
`no_key_held`): tests/ui/test_accessibility.py once found no follow-up selected when it ran
after tests/ui/test_signin_screen.py, whose Ctrl+Shift+O left Qt believing Shift was down.
The two tests below run in this order, as pytest runs a file's tests."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot


def test_a_shortcut_with_shift_is_pressed(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClick(
        field,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_the_next_test_starts_with_no_key_held_and_selects_a_first_row(qtbot: QtBot) -> None:
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    table = QTableWidget(3, 1)
    qtbot.addWidget(table)
    table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
    table.selectRow(0)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
