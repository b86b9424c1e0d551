"""Pick someone from the directory by typing, or add a new name on the spot.

Enter picks the highlighted match; if nothing matches, Enter adds what was typed as a new person.
If that cannot be saved (a full disk), the picker says why and keeps the name for another try.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill
from meetingkit.core.person import Person, fold, name_key, run_together
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import attempt
from meetingkit.ui.labels import error_label, plain_label
from meetingkit.ui.people_model import PeopleModel

_LIMIT = 50
WIDEST_DETAIL = 220
"""A workplace, phone or email wider than this (pixels) is cut short with "…" (whole in its
tooltip): the name beside it is what the picker is for, and shows whole."""


def _matches(person: Person, text: str) -> bool:
    """Every typed word starts a word of the name or profession (accents and case ignored),
    with or without the apostrophes, hyphens and spaces inside a name, as the directory's
    search finds them: "obrien", "o'brien" and "brien" are O'Brien and Obrien, "hill" and
    "scotthill" Scott-Hill (core.person.name_key, run_together)."""
    words = fold(f"{person.display_name} {person.profession}").split()
    for name in (person.first_name, person.last_name):
        words += [*re.findall(r"\w+", fold(name)), *run_together(name)]
    return all(
        any(w.startswith(t) or w.startswith(name_key(t)) for w in words) for t in fold(text).split()
    )


class PersonPicker(QDialog):
    def __init__(
        self,
        people: PeopleStore,
        title: str,
        parent: QWidget | None = None,
        preferred: Sequence[Person] = (),
        at_meeting: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._people = people
        self._preferred = list(preferred)  # e.g. the people in the room: listed first
        self._at_meeting = at_meeting  # a name added here comes in at this meeting
        self._chosen: Person | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type a name, profession or workplace"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.hint_label = plain_label()
        self.error_label = error_label()  # why a new name could not be added
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.installEventFilter(self)
        self.table.doubleClicked.connect(self.accept)
        self.add_button.clicked.connect(self._add_new)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._search("")
        self.resize(self._fitting_width(), 420)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        people: PeopleStore,
        title: str,
        preferred: Sequence[Person] = (),
        at_meeting: int | None = None,
    ) -> Person | None:
        """The person picked, or added by the name typed: `at_meeting` for a name typed in
        while that meeting runs (the stack, a card), which its purge may delete with it
        (PeopleStore.add); a name added elsewhere joins the directory on its own."""
        dialog = cls(people, title, parent, preferred, at_meeting)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None

    def chosen(self) -> Person | None:
        return self._chosen

    @Slot(str)
    def _search(self, text: str) -> None:
        self.error_label.hide()
        result = self._people.search(text, limit=_LIMIT)
        first = [p for p in self._preferred if _matches(p, text)]
        first_ids = {p.id for p in first}
        self.model.set_rows([*first, *(p for p in result.people if p.id not in first_ids)])
        if self.model.rowCount():
            self.table.selectRow(0)
        self._fit_columns()
        name = " ".join(text.split())
        self.add_button.setText(fill(self.tr("Add “%1” as a new person"), name))
        self.add_button.setVisible(bool(name))
        if result.total > len(result.people):
            self.hint_label.setText(
                fill(
                    self.tr("Showing %1 of %2 matches — type more to narrow."),
                    str(len(result.people)),
                    f"{result.total:,}",
                )
            )
        elif not result.people and name:
            self.hint_label.setText(self.tr("Nobody matches. Press Enter to add this name."))
        else:
            self.hint_label.setText("")

    def _fit_columns(self) -> None:
        """Each column as wide as what the people listed show in it, the name always whole; a
        column empty for all of them (no one's email in a directory of sign-ins) is hidden
        rather than taking the room the names need, and comes back when someone listed has
        one. The last column shown takes what room is left."""
        model, table = self.model, self.table
        rows = range(model.rowCount())
        for column in range(model.columnCount()):
            empty = not any(model.index(row, column).data() for row in rows)
            table.setColumnHidden(column, empty and column != PeopleModel.COL_NAME)
            if not table.isColumnHidden(column):
                table.resizeColumnToContents(column)
                if column not in (PeopleModel.COL_NAME, PeopleModel.COL_PROFESSION):
                    table.setColumnWidth(column, min(table.columnWidth(column), WIDEST_DETAIL))

    def _fitting_width(self) -> int:
        """Wide enough for every column the directory shows at first, where the screen has
        room (at least 640 pixels): typing then narrows the list without resizing the
        dialog under the facilitator's eyes."""
        table = self.table
        shown = sum(
            table.columnWidth(c)
            for c in range(self.model.columnCount())
            if not table.isColumnHidden(c)
        )
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        wanted = (
            shown
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + margins.left()
            + margins.right()
        )
        screen = self.screen().availableGeometry().width()
        return max(640, min(wanted, screen * 9 // 10))

    @Slot()
    def _add_new(self) -> None:
        name = " ".join(self.search_edit.text().split())
        if not name:
            return
        first, _, last = name.partition(" ")

        def add() -> None:
            self._chosen = self._people.add(
                Person(first_name=first, last_name=last), at_meeting=self._at_meeting
            )

        problem = attempt(add)
        if problem is not None:  # the picker stays open, with the name as typed
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._chosen = self.model.person(rows[0].row())
            super().accept()
        elif self.search_edit.text().strip():
            self._add_new()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the matches; Enter picks."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.table.currentIndex().row()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                target = min(max(row + step, 0), self.model.rowCount() - 1)
                if target >= 0:
                    self.table.selectRow(target)
                return True
        return super().eventFilter(watched, event)
