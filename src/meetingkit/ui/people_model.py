"""Search results from the people directory, as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from meetingkit.core.person import Person, canonical_profession
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.list_table_model import Index, ListTableModel


class PeopleModel(ListTableModel[Person]):
    COL_NAME, COL_PROFESSION, COL_WORKPLACE, COL_PHONE, COL_EMAIL = range(5)
    PersonRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Profession"),
            self.tr("Workplace"),
            self.tr("Phone"),
            self.tr("Email"),
        )

    def person(self, row: int) -> Person | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == self.PersonRole:
            return person
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                person.display_name,
                canonical_profession(person.profession),  # in the app's language, as the report
                person.workplace,
                person.phone,
                person.email,
            )[index.column()]
            return plain_tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None
