"""The follow-up list across meetings: who to call about what, overdue first; filtered by
organizer, meeting or group, and stale ones closed in bulk as lapsed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.commitment import FollowUp, FollowUpStatus
from meetingkit.core.i18n import WEEKDAY_DATE, fill, meeting_day, weekday_date
from meetingkit.core.person import Person
from meetingkit.services.follow_ups import FollowUps
from meetingkit.storage.commitments import LapsedFrom
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.button_flow import ButtonFlow
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.follow_up_filters import FollowUpFilters
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import button_text, heading_label, plain_label
from meetingkit.ui.lapse_dialog import LapseDialog
from meetingkit.ui.list_table_model import Index, ListTableModel, row_table
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.table_columns import ReadableColumns, text_width
from meetingkit.ui.tones import tones


class FollowUpsModel(ListTableModel[FollowUp]):
    COL_DUE, COL_PERSON, COL_CONTACT, COL_TEXT, COL_MEETING, COL_ORGANIZER, COL_STATUS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = dt.datetime.now()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Person"),
            self.tr("Contact"),
            self.tr("Committed to"),
            self.tr("From"),
            self.tr("Organizer"),
            self.tr("Status"),
        )

    def set_follow_ups(self, rows: list[FollowUp], now: dt.datetime) -> None:
        self.now = now
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        c = row.commitment
        late = c.overdue(self.now)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and late
            and index.column()
            in (
                self.COL_DUE,
                self.COL_STATUS,
            )
        ):
            return tones(QGuiApplication.palette()).danger
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        due = c.follow_up_due
        return (
            f"{weekday_date(due, year=due.year != self.now.year)} {due:%H:%M}",
            row.person_name,
            row.contact(),
            c.text,
            # The date first: a narrow column cuts the end, and titles often differ only there.
            f"{meeting_day(row.meeting_date, self.now.date())} · {row.meeting_title}",
            row.organizer_name or self.tr("— nobody —"),
            self._status(c.status, late),
        )[index.column()]

    def _status(self, status: FollowUpStatus, late: bool) -> str:
        return fill(self.tr("Overdue · %1"), status.label) if late else status.label

    def every_status(self) -> list[str]:
        """Every text the status column can show: the column is made wide enough for each."""
        return [self._status(s, late) for s in FollowUpStatus for late in (False, True)]


@dataclass(frozen=True)
class FollowUpChange:
    status: FollowUpStatus
    notes: str
    organizer_id: int | None
    due: dt.datetime


class FollowUpDialog(FormDialog):
    """Where one follow-up stands: status, who calls, by when, and what came of it."""

    def __init__(self, row: FollowUp, people: PeopleStore, parent: QWidget | None = None):
        super().__init__(self.tr("Follow up"), parent)
        self._people = people
        c = row.commitment
        self.organizer_id = c.organizer_id
        self.form.addRow(heading_label(1.3, row.person_name))
        self.form.addRow(plain_label(row.contact() or self.tr("No phone or email on file")))
        self.form.addRow(self.tr("Committed to:"), plain_label(c.text))
        self.status_combo = QComboBox()
        for status in FollowUpStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setCurrentIndex(list(FollowUpStatus).index(c.status))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.organizer_button = QPushButton(button_text(row.organizer_name) or self.tr("Choose…"))
        self.organizer_button.setAccessibleName(self.tr("Organizer"))
        self.organizer_button.clicked.connect(self._choose_organizer)
        due = c.follow_up_due
        self.due_edit = QDateTimeEdit(
            QDateTime(due.year, due.month, due.day, due.hour, due.minute, 0)
        )
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(f"{WEEKDAY_DATE} HH:mm")
        self.due_edit.setAccessibleName(self.tr("Follow up by"))
        self.notes_edit = QPlainTextEdit(c.notes)
        self.notes_edit.setAccessibleName(self.tr("Outcome notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("What came of the call. Facts, not opinions about the person.")
        )
        self.form.addRow(self.tr("Status:"), self.status_combo)
        self.form.addRow(self.tr("Organizer:"), self.organizer_button)
        self.form.addRow(self.tr("Follow up by:"), self.due_edit)
        self.form.addRow(self.tr("Outcome notes:"), self.notes_edit)
        self.add_buttons()
        self.resize(520, 440)

    @Slot()
    def _choose_organizer(self) -> None:
        person: Person | None = PersonPicker.ask(self, self._people, self.tr("Who follows up?"))
        if person is not None:
            self.organizer_id = person.key
            self.organizer_button.setText(button_text(person.display_name))

    @classmethod
    def ask(
        cls, parent: QWidget | None, row: FollowUp, people: PeopleStore
    ) -> FollowUpChange | None:
        dialog = cls(row, people, parent)
        return dialog.change() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def change(self) -> FollowUpChange:
        due = self.due_edit.dateTime().toPython()
        assert isinstance(due, dt.datetime)
        return FollowUpChange(
            FollowUpStatus(str(self.status_combo.currentData())),
            self.notes_edit.toPlainText(),
            self.organizer_id,
            due.replace(second=0, microsecond=0),
        )


class FollowUpsPage(QWidget):
    changed = Signal()
    """A follow-up was updated here."""

    def __init__(
        self, follow_ups: FollowUps, people: PeopleStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._people = people
        self._rows: list[FollowUp] = []  # as read, before the filter
        self._lapsed: list[LapsedFrom] = []  # the last marking, until undone or another change
        self.summary_label = heading_label(1.2)
        self.closed_check = QCheckBox(self.tr("Show done, declined and lapsed"))
        self.closed_check.toggled.connect(self.refresh)
        self.filters = FollowUpFilters()
        self.filters.changed.connect(self._show)
        self.model = FollowUpsModel(self)
        self.table = row_table(self.model, self.tr("Follow-ups"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.columns = self._readable_columns()
        self.table.activated.connect(self.edit)
        self.hint_label = plain_label(
            self.tr(
                "Enter or double-click to record a call. Everything here stays on this "
                "computer; the call list and calendar leave it only when you save them."
            )
        )
        self.hint_label.setWordWrap(True)
        self.lapse_button = QPushButton(self.tr("Mark &lapsed…"))
        self.lapse_button.setToolTip(
            self.tr("Close the selected follow-ups, or all listed before a day, as lapsed")
        )
        self.lapse_button.clicked.connect(self.mark_lapsed)
        self.lapsed_label = plain_label()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_lapsed)
        self.lapsed_label.hide()
        self.undo_button.hide()
        # The heading, the filters and the checkbox in one row where they fit, else over two
        # ("Mostrar hechos, rechazados y caducados" kept a 1024-pixel screen too narrow).
        top = ButtonFlow(2)
        top.addWidget(self.summary_label)
        top.addWidget(self.filters)
        top.addWidget(self.closed_check)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.lapsed_label)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.lapse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _readable_columns(self) -> ReadableColumns:
        """What was committed to takes the room; the due date and the status always show
        whole; the others give way in proportion on a small screen."""
        m, table = self.model, self.table
        header = m.headers()
        whole = {
            m.COL_DUE: text_width(table, header[m.COL_DUE], "Wed 30 Sep 2026 23:59"),
            m.COL_STATUS: text_width(table, header[m.COL_STATUS], *m.every_status()),
        }
        others = {m.COL_PERSON: 170, m.COL_CONTACT: 190, m.COL_MEETING: 220, m.COL_ORGANIZER: 140}
        return ReadableColumns(table, m.COL_TEXT, others, main_minimum=220, whole=whole)

    @Slot()
    def refresh(self) -> None:
        self._rows = self._follow_ups.rows(include_closed=self.closed_check.isChecked())
        self.filters.fill(self._rows, self._follow_ups.now().date())
        self._show()

    @Slot()
    def _show(self) -> None:
        keep = self.filters.current().keeps
        rows = [r for r in self._rows if keep(r)]
        now = self._follow_ups.now()
        self.model.set_follow_ups(rows, now)
        open_rows = [r for r in rows if not r.commitment.status.closed]
        overdue = sum(1 for r in open_rows if r.commitment.overdue(now))
        if not open_rows:
            self.summary_label.setText(self.tr("No open follow-ups"))
        else:
            self.summary_label.setText(
                fill(self.tr("%1 to follow up, %2 overdue"), str(len(open_rows)), str(overdue))
            )
        self.lapse_button.setEnabled(bool(open_rows))
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def current(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected(self) -> list[FollowUp]:
        indexes = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for i in indexes if (r := self.model.row(i)) is not None]

    def listed(self) -> list[FollowUp]:
        return [r for i in range(self.model.rowCount()) if (r := self.model.row(i)) is not None]

    @Slot(QModelIndex)
    def edit(self, _index: QModelIndex | None = None) -> None:
        row = self.current()
        if row is None:
            return
        change = FollowUpDialog.ask(self, row, self._people)
        if change is None:
            return
        with user_errors(self, self.tr("save the follow-up")):
            self._follow_ups.update(
                row.commitment.key,
                status=change.status,
                notes=change.notes,
                organizer_id=change.organizer_id,
                follow_up_due=change.due,
            )
            self._forget_lapsed()
            self.refresh()
            self.changed.emit()

    @Slot()
    def mark_lapsed(self) -> None:
        """Close stale follow-ups: the selected ones, or all those listed due before a day.
        The dialog's button says how many; Undo puts them back as they were."""
        today = self._follow_ups.now().date()
        chosen = LapseDialog.ask(self, self.selected(), self.listed(), today)
        if not chosen:
            return
        with user_errors(self, self.tr("mark the follow-ups lapsed")):
            self._lapsed = self._follow_ups.lapse(r.commitment.key for r in chosen)
            self.lapsed_label.setText(self.tr("%n marked lapsed.", "", len(self._lapsed)))
            self.lapsed_label.show()
            self.undo_button.show()
            self.table.clearSelection()
            self.refresh()
            self.changed.emit()

    @Slot()
    def undo_lapsed(self) -> None:
        with user_errors(self, self.tr("undo marking the follow-ups lapsed")):
            self._follow_ups.unlapse(self._lapsed)
            self._forget_lapsed()
            self.refresh()
            self.changed.emit()

    def _forget_lapsed(self) -> None:
        self._lapsed = []
        self.lapsed_label.hide()
        self.undo_button.hide()
