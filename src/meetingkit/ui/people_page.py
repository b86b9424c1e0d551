"""The people directory: search as you type, add, edit, forget, and a way to what waits for
review while anything does: possible duplicates (from sign-ins and roster imports) and new
details from sign-in (services.new_details_review).

Under the list, the selected person's history (ui.person_history_view): what an organizer
reads before a one-on-one or a call. It follows the selection, read afresh each time it
moves and after a change (a few milliseconds for the busiest person of a year), not at each
key typed in the search; History (Ctrl+I) hides or shows it.
Read-only; the lock screen hides it with the rest of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import fill
from meetingkit.core.person import Person
from meetingkit.core.person_history import PersonHistory, person_line
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.labels import plain_label
from meetingkit.ui.list_table_model import row_table
from meetingkit.ui.people_model import PeopleModel
from meetingkit.ui.person_history_view import PersonHistoryView

RESULT_LIMIT = 500
HISTORY_KEYS = "Ctrl+I"

History = Callable[[int], PersonHistory]
"""A person's history by their id (storage.person_history.read_person_history, as of now)."""


class PeoplePage(QWidget):
    current_person_changed = Signal()
    """The selection moved to another person, or to none."""
    person_activated = Signal()
    """Enter or a double click on a person: open them for editing."""
    review_duplicates = Signal()
    """The button to review possible duplicates was pressed."""
    review_new_details = Signal()
    """The button to review new details from sign-in was pressed."""

    def __init__(
        self,
        people: PeopleStore,
        parent: QWidget | None = None,
        duplicates: Callable[[], int] | None = None,
        new_details: Callable[[], int] | None = None,
        history: History | None = None,
        history_action: QAction | None = None,
    ) -> None:
        """`duplicates` says how many possible duplicates wait for review, `new_details` how
        many people have new details from sign-in waiting; `history` reads a person's history
        (without it, the page shows none). `history_action` is History (Ctrl+I) when the
        window made it before the page (to have it in its menu from the start), checkable and
        calling `show_history_as_chosen`; without it, the page makes its own."""
        super().__init__(parent)
        self._people = people
        self._history = history
        self._duplicates = duplicates or (lambda: 0)
        self._new_details = new_details or (lambda: 0)
        self._typing = False  # the search runs again as one types (`_search`)
        self.duplicates_button = QPushButton()
        self.duplicates_button.hide()
        self.duplicates_button.clicked.connect(self.review_duplicates)
        self.new_details_button = QPushButton()
        self.new_details_button.hide()
        self.new_details_button.clicked.connect(self.review_new_details)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search people by name, profession, workplace, phone or email  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.count_label = plain_label()
        self.model = PeopleModel(self)
        self.table = row_table(self.model, self.tr("People"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 200), (1, 230), (2, 220), (3, 130)):
            self.table.setColumnWidth(column, width)
        self.detail_label = plain_label()
        self.detail_label.setWordWrap(True)
        self.history_view = PersonHistoryView()
        self.history_view.hide()
        self.act_history = history_action or make_action(
            self,
            self.tr("&History"),  # the window's People menu has these words too
            self.show_history_as_chosen,
            HISTORY_KEYS,
            tip=self.tr("Show or hide the selected person's history under the list"),
            scope=self,
        )
        self.act_history.setCheckable(True)
        self.act_history.setChecked(history is not None)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setCheckable(True)
        self.history_button.setChecked(history is not None)
        self.history_button.setToolTip(
            fill(self.tr("Show or hide the selected person's history (%1)"), HISTORY_KEYS)
        )
        self.history_button.toggled.connect(self.act_history.setChecked)
        self.act_history.toggled.connect(self.history_button.setChecked)
        self.history_button.clicked.connect(self.show_history_as_chosen)
        if history is None:  # never shown here: not yet in a layout, it would be a window
            self.history_button.hide()  # of its own, flashed, taking the main one's focus

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.new_details_button)
        top.addWidget(self.history_button)
        listing = QWidget()  # the list and the selected person's line, above the history
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.detail_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.history_view)
        self.splitter.setStretchFactor(0, 2)  # the story to read gets the larger part
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.search_edit.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(self.person_activated)

    def current_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    @Slot()
    def refresh(self, select_id: int | None = None) -> None:
        """Read the directory again after a change, keeping the selection, and count again
        what waits for review."""
        self._show_waiting()
        self._show_found(select_id)

    @Slot()
    def _search(self) -> None:
        """As one types: the search again. What waits for review is the same whatever is
        typed: it is counted as the page is shown and after a change (`refresh`). So is the
        history of a person still selected after the keystroke: it is kept as read."""
        self._typing = True
        try:
            self._show_found(None)
        finally:
            self._typing = False

    def _show_found(self, select_id: int | None) -> None:
        """Run the search again; keep the selection."""
        if select_id is None and (current := self.current_person()) is not None:
            select_id = current.id
        result = self._people.search(self.search_edit.text(), limit=RESULT_LIMIT)
        self.model.set_rows(result.people)
        self.count_label.setText(self._count_text(len(result.people), result.total))
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row < 0 and result.people:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._on_selection(QItemSelection(), QItemSelection())

    def _show_waiting(self) -> None:
        """A button for each kind of review while anything waits: a count, never a prompt."""
        waiting = self._duplicates()
        self.duplicates_button.setText(self.tr("Review %n possible duplicate(s)…", "", waiting))
        self.duplicates_button.setVisible(waiting > 0)
        details = self._new_details()
        self.new_details_button.setText(
            self.tr("Review new details for %n person(s)…", "", details)
        )
        self.new_details_button.setVisible(details > 0)

    def showEvent(self, event: QShowEvent) -> None:
        """People sign in, and records change from the Sign-in tab, while the page is
        elsewhere: it reads them, and counts what waits, again."""
        super().showEvent(event)
        self.refresh()

    def _count_text(self, shown: int, total: int) -> str:
        if not self.search_edit.text().strip():
            if shown < total:
                return fill(self.tr("first %1 of %2 people"), f"{shown:,}", f"{total:,}")
            return self.tr("1 person") if total == 1 else fill(self.tr("%1 people"), f"{total:,}")
        if shown < total:
            return fill(
                self.tr("first %1 of %2 matches — type more to narrow"), f"{shown:,}", f"{total:,}"
            )
        if total == 0:
            return self.tr("nobody matches")
        return self.tr("1 match") if total == 1 else fill(self.tr("%1 matches"), f"{total:,}")

    def _empty_text(self) -> str:
        """With nobody in the directory yet, how people get into it."""
        if self.model.rowCount() or self.search_edit.text().strip():
            return ""
        return self.tr(
            "Nobody here yet. Add someone with People › New person (Ctrl+Shift+N), bring in a "
            "list with File › Import roster, or open sign-in at a meeting: everyone who signs "
            "in is added here."
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person = self.current_person()
        if person is None:
            self.detail_label.setText(self._empty_text())
        else:
            line = person_line(person)
            self.detail_label.setText(f"{line}\n{person.notes}" if person.notes else line)
        self._show_history()
        self.current_person_changed.emit()

    @Slot()
    def show_history_as_chosen(self) -> None:
        """History was turned on or off: show it, or hide it."""
        self._show_history()

    def _history_wanted(self) -> bool:
        """History is on, and the page is shown: under the lock, or while another page is,
        it is not read (it is as the page shows again: `showEvent`)."""
        return self.act_history.isChecked() and self.isVisible()

    def _show_history(self) -> None:
        """The selected person's history, read now, while it is wanted; nobody's otherwise.
        Someone no longer in the directory (forgotten, merged away) has none to show."""
        person, read = self.current_person(), self._history
        shown = self.history_view.history
        if self._typing and person is not None and shown is not None and shown.person == person:
            return  # still the person whose history is shown: no need to read it again
        history = None
        if read is not None and person is not None and self._history_wanted():
            try:
                history = read(person.key)
            except NotFoundError:
                history = None
        self.history_view.setVisible(history is not None)  # first: it is laid out at its size
        self.history_view.show_history(history)
