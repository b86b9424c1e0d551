"""Search results from the people directory, as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from meetingkit.core.person import Person

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    COL_NAME, COL_PROFESSION, COL_WORKPLACE, COL_PHONE, COL_EMAIL = range(5)
    PersonRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Profession"),
                self.tr("Workplace"),
                self.tr("Phone"),
                self.tr("Email"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == self.PersonRole:
            return person
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                person.display_name,
                person.profession,
                person.workplace,
                person.phone,
                person.email,
            )[index.column()]
        return None
