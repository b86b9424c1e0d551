"""The Privacy page's meetings and how long each keeps its personal data: the table (several
selected at once: a year of meetings is set in one go), what a purge does and the next one
planned, and "Keep personal data for…" with its dialog and, for several meetings or any that
would be purged at the next start, its question. The page (ui.privacy_page) puts its purge
button in the same row.

Every question goes through an `ask()` classmethod, so tests answer them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill, long_date
from meetingkit.core.settings import MAX_RETENTION_DAYS, Settings
from meetingkit.storage.retention import Retention, RetentionStore, due_at_once
from meetingkit.ui.feedback import Confirm, user_errors
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label
from meetingkit.ui.list_table_model import Index, ListTableModel, row_table
from meetingkit.ui.today import Today, day_reader


class RetentionModel(ListTableModel[Retention]):
    COL_DATE, COL_MEETING, COL_KEEPS = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Meeting"), self.tr("Personal data"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.COL_DATE:
            return long_date(row.date)
        if index.column() == self.COL_MEETING:
            return row.title
        return self.describe(row)

    def describe(self, r: Retention) -> str:
        """How long the meeting keeps its personal data, or when it was purged."""
        if r.purged_at:
            return fill(self.tr("Purged %1: only counts are kept"), long_date(purged_on(r)))
        if r.purge_on is None or r.days is None:
            return self.tr("Kept until you purge it")
        return fill(
            self.tr("Kept until %1 (%n days after)", "", r.days),
            long_date(r.purge_on),
        )


def purged_on(r: Retention) -> dt.date:
    """The day the meeting was purged, on this computer's calendar (kept in UTC)."""
    assert r.purged_at is not None
    return dt.datetime.fromisoformat(r.purged_at).astimezone().date()


@dataclass(frozen=True)
class RetentionChoice:
    days: int | None  # None: keep until purged by hand


class RetentionDialog(FormDialog):
    """How long a meeting — or each of several — keeps who came: a number of days after its
    date, or until purged by hand."""

    def __init__(
        self, meetings: Sequence[Retention], days: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Keep personal data"), parent)
        if len(meetings) == 1:
            said = fill(
                self.tr(
                    "How long “%1” keeps who came, their sign-ins and commitments. After that "
                    "meetingkit removes them as it starts, keeping only anonymous counts."
                ),
                meetings[0].title,
            )
        else:
            said = self.tr(
                "How long each of the %n selected meetings keeps who came, their sign-ins and "
                "commitments, counted from its own date. After that meetingkit removes them as "
                "it starts, keeping only anonymous counts.",
                "",
                len(meetings),
            )
        explanation = plain_label(said)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_RETENTION_DAYS)
        self.days.setSpecialValueText(self.tr("until I purge it"))
        self.days.setSuffix(self.tr(" days after the meeting"))
        self.days.setValue(days or 0)
        self.form.addRow(self.tr("&Keep:"), self.days)
        self.add_buttons()

    @classmethod
    def ask(cls, parent: QWidget | None, meetings: Sequence[Retention]) -> RetentionChoice | None:
        """The retention for `meetings`, starting from theirs when they share one."""
        kept = {m.days for m in meetings}
        dialog = cls(meetings, kept.pop() if len(kept) == 1 else None, parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None
        return RetentionChoice(dialog.days.value() or None)


class RetentionTable(QWidget):
    """The meetings, newest first, with how long each keeps its personal data; what a purge
    does above them, and the buttons for the selected ones below (`buttons`)."""

    selection_changed = Signal()  # the meetings selected, or the one with the cursor
    changed = Signal()  # a retention was set: the page reads everything again

    def __init__(
        self,
        conn: sqlite3.Connection,
        today: dt.date | Today,
        settings: Callable[[], Settings],
        parent: QWidget | None = None,
    ) -> None:
        """`settings`: the facilitator's settings as they are now (the retention new meetings
        start with)."""
        super().__init__(parent)
        self._read_today = day_reader(today)  # read when used: the day changes while it runs
        self._settings = settings
        self._retention = RetentionStore(conn)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RetentionModel(self)
        self.table = row_table(self.model, self.tr("Retention per meeting"))
        # Several at once (Shift, Ctrl, Ctrl+A): a year of meetings is set in one go
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RetentionModel.COL_MEETING, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.retention_button = QPushButton(self.tr("&Keep personal data for…"))
        self.retention_button.clicked.connect(self.set_retention)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.retention_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    @property
    def _today(self) -> dt.date:
        return self._read_today()

    def refresh(self) -> None:
        """Read the meetings again, keeping the selection (the first meeting when none)."""
        rows = self._retention.all()
        chosen = [r.meeting_id for r in self.selected_meetings()]
        current = self.current_meeting()
        self.model.set_rows(rows)
        self.label.setText(self._retention_text(rows))
        if chosen:
            self.select_meetings(chosen, current.meeting_id if current is not None else None)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _retention_text(self, rows: list[Retention]) -> str:
        """What a purge does, the next one planned, how many meetings have none planned, and
        what new meetings start with (the settings')."""
        due = [r for r in rows if r.purge_on is not None and not r.purged_at]
        next_due = min(due, key=lambda r: (r.purge_on, r.meeting_id), default=None)
        text = self.tr(
            "Personal data of a meeting — who came, their sign-in answers and consents, "
            "turns, roles, cards and commitments — can be purged on a date you choose, keeping "
            "only anonymous counts and airtime by group. meetingkit purges when it starts."
        )
        if next_due is not None and next_due.purge_on is not None:
            text += " " + fill(
                self.tr("Next purge: “%1” on %2."),
                next_due.title,
                long_date(next_due.purge_on),
            )
        else:
            text += " " + self.tr("No purge is planned.")
        # Set today, a retention can leave meetings due already, on a day gone by: they go
        # at the next start, not on that day
        overdue = sum(1 for r in due if r.purge_on is not None and r.purge_on <= self._today)
        if overdue:
            text += " " + self.tr(
                "%n meetings are past their retention: meetingkit purges them the next time "
                "it starts.",
                "",
                overdue,
            )
        by_hand = sum(1 for r in rows if r.days is None and not r.purged_at)
        if by_hand > 1:
            text += " " + self.tr(
                "%n meetings are kept until you purge them: select several (Ctrl+A selects "
                "all) to set them at once.",
                "",
                by_hand,
            )
        days = self._settings().new_meeting_retention
        if days is None:
            text += " " + self.tr(
                "New meetings keep it until you purge them; Edit › Settings… can give them a "
                "number of days."
            )
        else:
            text += " " + self.tr(
                "New meetings keep it %n days after their date (Edit › Settings…).", "", days
            )
        return text

    # The selection

    def current_meeting(self) -> Retention | None:
        """The meeting with the cursor, when it is selected (alone or among others)."""
        index = self.table.currentIndex()
        if not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row(index.row())

    def selected_meetings(self) -> list[Retention]:
        """The meetings selected, in the table's order (newest first)."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in map(self.model.row, rows) if r is not None]

    def select_meetings(self, meeting_ids: Sequence[int], current: int | None = None) -> None:
        """Select these meetings (those still listed), the cursor on `current` if given."""
        wanted = set(meeting_ids)
        # One change of selection for them all, each run of rows one range: a row at a time
        # would tell the buttons, and both read the whole selection, once per row
        selection = QItemSelection()
        cursor = start = None
        for n in range(self.model.rowCount() + 1):
            row = self.model.row(n)
            if row is not None and row.meeting_id in wanted:
                if cursor is None or row.meeting_id == current:
                    cursor = n
                start = n if start is None else start
            elif start is not None:
                selection.select(self.model.index(start, 0), self.model.index(n - 1, 0))
                start = None
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        model.select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)
        if cursor is not None:
            model.setCurrentIndex(
                self.model.index(cursor, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(cursor, 0))

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_meetings()
        self.retention_button.setEnabled(any(not r.purged_at for r in chosen))
        self.selection_changed.emit()

    # Keep personal data for…

    @Slot()
    def set_retention(self) -> None:
        """Set how long the selected meetings keep personal data, all at once; asked first
        when they are several, or when some would be purged at the next start."""
        chosen = [r for r in self.selected_meetings() if not r.purged_at]
        if not chosen:
            return
        choice = RetentionDialog.ask(self, chosen)
        if choice is None:
            return
        question = self._retention_question(chosen, choice.days)
        if question and not Confirm.ask(
            self, self.tr("Keep personal data"), question, self.tr("Apply")
        ):
            return
        with user_errors(self, self.tr("set how long the meeting keeps personal data")):
            self._retention.set_days_for([r.meeting_id for r in chosen], choice.days)
        self.changed.emit()

    def _retention_question(self, chosen: list[Retention], days: int | None) -> str:
        """The confirmation for setting `days` on `chosen`: how many meetings, and how many
        that would leave due for a purge at once; "" when there is nothing to ask (one
        meeting, none due)."""
        skipped = len(self.selected_meetings()) - len(chosen)  # purged: nothing to keep
        at_once = len(due_at_once(chosen, days, self._today))
        if len(chosen) == 1 and not at_once:
            return ""
        n = len(chosen)
        if days is None:
            parts = [
                self.tr(
                    "Keep the personal data of the %n selected meetings until you purge it? "
                    "No purge is planned for them then.",
                    "",
                    n,
                )
            ]
        else:
            parts = [
                fill(
                    self.tr(
                        "Keep the personal data of the %n selected meetings until %1 days "
                        "after each one's date?",
                        "",
                        n,
                    ),
                    str(days),
                )
            ]
        if at_once and n == 1:
            parts.append(
                self.tr(
                    "It is older than that: meetingkit purges its personal data the next time "
                    "it starts, keeping only anonymous counts."
                )
            )
        elif at_once:
            parts.append(
                self.tr(
                    "%n of them are older than that: meetingkit purges their personal data the "
                    "next time it starts, keeping only anonymous counts.",
                    "",
                    at_once,
                )
            )
        if skipped:
            parts.append(
                self.tr("%n already purged are left as they are.", "", skipped),
            )
        return " ".join(parts)
