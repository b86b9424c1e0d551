"""What goes on the printed call list: everyone's calls or one organizer's, and every open
follow-up or only those from recent meetings (`meetingkit print call-list --organizer NAME
--since DATE` on the command line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QHBoxLayout, QWidget

from meetingkit.core.i18n import WEEKDAY_DATE
from meetingkit.core.people_to_call import STALE_AFTER
from meetingkit.ui.form_dialog import FormDialog


@dataclass(frozen=True)
class CallListChoice:
    organizer: str  # "" for everyone's
    since: dt.date | None  # only commitments from meetings on or after this day


class CallListDialog(FormDialog):
    def __init__(
        self, organizers: list[str], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Print call list"), parent)
        self.organizer_combo = QComboBox()
        self.organizer_combo.setAccessibleName(self.tr("Organizer"))
        self.organizer_combo.addItem(self.tr("Everyone's calls"), "")
        for name in organizers:
            self.organizer_combo.addItem(name, name)
        self.since_check = QCheckBox(self.tr("Only from meetings since"))
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat(WEEKDAY_DATE)
        self.since_edit.setAccessibleName(self.tr("Meetings since"))
        since = today - STALE_AFTER
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_edit, 1)
        self.form.addRow(self.tr("Organizer:"), self.organizer_combo)
        self.form.addRow(since_row)
        self.add_buttons()

    def choice(self) -> CallListChoice:
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        assert since is None or isinstance(since, dt.date)
        return CallListChoice(str(self.organizer_combo.currentData()), since)

    @classmethod
    def ask(
        cls, parent: QWidget | None, organizers: list[str], today: dt.date
    ) -> CallListChoice | None:
        dialog = cls(organizers, today, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
