"""A read-only Qt table over a Python list: one row per element, headers from `headers()`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        """Column titles, translated; the subclass names its columns."""
        return ()

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Show `rows` instead of what was shown (selections and scrolling start afresh)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def change_rows(self, rows: list[Row], top: int, bottom: int) -> bool:
        """Show `rows`, whose first `top` and last `bottom` are rows shown already, in the
        same places: the rows between are taken out and put in, not the whole list made again,
        so the selection and the scrolling stay (as people arrive). Nothing shown, or nothing
        in common: the list is made anew, as `set_rows` makes it. Whether rows were kept (the
        caller tells the view of those kept whose text changed)."""
        old = self._rows
        if not old or (rows and top + bottom == 0):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return False
        if len(old) > top + bottom:
            self.beginRemoveRows(QModelIndex(), top, len(old) - bottom - 1)
            self._rows = old[:top] + old[len(old) - bottom :]
            self.endRemoveRows()
        if len(rows) > top + bottom:
            self.beginInsertRows(QModelIndex(), top, len(rows) - bottom - 1)
            self._rows = rows
            self.endInsertRows()
        self._rows = rows
        return True

    def row(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TextRowsModel(ListTableModel[tuple[str, ...]]):
    """Rows of ready-made text under fixed headers; columns from `numeric` align right."""

    def __init__(
        self, headers: tuple[str, ...], numeric: tuple[int, ...] = (), parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._numeric = numeric

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(RIGHT)
        return None


def show_at_least(table: QTableView, rows: int) -> None:
    """Keep `rows` rows of `table` in view however a layout squeezes it (under its header)."""
    row = table.verticalHeader().defaultSectionSize()
    header = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(header + rows * row + 2 * table.frameWidth() + 2)


def row_table(model: QAbstractTableModel, accessible_name: str) -> QTableView:
    """A read-only list of rows: one row selected at a time, no row numbers, zebra stripes."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # the arrows move in the list; Tab moves on past it
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table
