"""File › Print figures for a period…: which days (the last twelve months unless changed) and
whose meetings (every group's, or one group's), then a PDF of the counts, saved and opened
for printing as every printed document is (`meetingkit print period` on the command line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QWidget

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import WEEKDAY_DATE
from meetingkit.services.period_report import PeriodReports, suggested_filename
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label


@dataclass(frozen=True)
class PeriodChoice:
    since: dt.date
    until: dt.date  # both days included
    group_id: int | None  # None: every meeting


def a_year_to(today: dt.date) -> dt.date:
    """The first day of the twelve months that end `today`: 23 Nov 2025 for 22 Nov 2026."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1)


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(WEEKDAY_DATE)
    edit.setAccessibleName(name)
    return edit


class PeriodDialog(FormDialog):
    def __init__(
        self, groups: Sequence[tuple[int, str]], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Print figures for a period"), parent)
        about = plain_label(
            self.tr(
                "Counts only, for a report to the union or a funder: no names, no contact details."
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.from_edit = _date_edit(a_year_to(today), self.tr("From"))
        self.to_edit = _date_edit(today, self.tr("To"))
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.addItem(self.tr("Every meeting"), None)
        for group_id, name in groups:
            self.group_combo.addItem(name, group_id)
        self.form.addRow(self.tr("&From:"), self.from_edit)
        self.form.addRow(self.tr("&To:"), self.to_edit)
        self.form.addRow(self.tr("&Group:"), self.group_combo)
        self.add_buttons()
        buttons = self.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save as PDF…"))

    def choice(self) -> PeriodChoice:
        since, until = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        assert isinstance(since, dt.date)
        assert isinstance(until, dt.date)
        group = self.group_combo.currentData()
        return PeriodChoice(since, until, group if isinstance(group, int) else None)

    def validate(self) -> None:
        c = self.choice()
        if c.until < c.since:
            raise ValidationError(self.tr("The period ends before it starts: change a day."))

    @classmethod
    def ask(
        cls, parent: QWidget | None, groups: Sequence[tuple[int, str]], today: dt.date
    ) -> PeriodChoice | None:
        dialog = cls(groups, today, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_period(
    parent: QWidget, reports: PeriodReports, today: dt.date, say: Callable[[str], None]
) -> None:
    """Ask for the period and the group, then where to save; save the PDF and open it for
    printing; `say` what was done (a status bar's line)."""
    from meetingkit.ui.save_document import SavePath, show_saved

    with user_errors(
        parent, QCoreApplication.translate("PeriodDialog", "make the figures for the period")
    ):
        choice = PeriodDialog.ask(parent, reports.groups(), today)
        if choice is None:
            return
        path = SavePath.ask(
            parent,
            QCoreApplication.translate("PeriodDialog", "Save the figures for the period as PDF"),
            suggested_filename(choice.since, choice.until),
        )
        if path is None:
            return
        reports.render(choice.since, choice.until, path, choice.group_id)
        say(
            show_saved(
                path,
                QCoreApplication.translate(
                    "PeriodDialog", "Saved %1 — opening it in your PDF viewer."
                ),
                QCoreApplication.translate(
                    "PeriodDialog", "Saved %1. Open it in a PDF viewer to print it."
                ),
            )
        )
