"""Create or edit a meeting's plan: title, kind, date, start, place, planned length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from meetingkit.core.i18n import WEEKDAY_DATE, fill
from meetingkit.core.meeting import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_PLACE,
    MAX_PLANNED_MINUTES,
    MAX_TITLE,
    Meeting,
    MeetingKind,
)
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import describe_as, plain_label
from meetingkit.ui.tones import Tone, tint


class MeetingDialog(FormDialog):
    def __init__(
        self,
        meeting: Meeting,
        title: str,
        parent: QWidget | None = None,
        *,
        dated_options: int = 0,
    ) -> None:
        """`dated_options`: how many of the options its cards offer have a due date, which
        move with the meeting to another day (storage.meetings.DueDatesMoved); said under
        the date as it changes."""
        super().__init__(title, parent)
        self._original = meeting
        self._dated_options = dated_options
        self.title_edit = QLineEdit(meeting.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. Safe Staffing Working Group"))
        self.title_edit.setMaxLength(MAX_TITLE)
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(list(MeetingKind).index(meeting.kind))
        self.date_edit = QDateEdit(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.setDisplayFormat(WEEKDAY_DATE)
        self.start_edit = QTimeEdit(QTime(meeting.start.hour, meeting.start.minute))
        self.start_edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit(meeting.place)
        self.place_edit.setPlaceholderText(self.tr("Room and address"))
        self.place_edit.setMaxLength(MAX_PLACE)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, MAX_PLANNED_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(meeting.planned_minutes)
        self.warning_spin = QSpinBox()
        self.warning_spin.setRange(0, 60)
        self.warning_spin.setSuffix(self.tr(" min left"))
        self.warning_spin.setSpecialValueText(self.tr("never"))
        self.warning_spin.setValue(meeting.warning_minutes)
        self.warning_spin.setToolTip(
            self.tr("The running item's clock turns amber with this much time left.")
        )
        self.ends_label = QLabel()
        describe_as(self.ends_label, self.tr("Planned end"))
        self.due_dates_label = plain_label()
        self.due_dates_label.setWordWrap(True)
        tint(self.due_dates_label, Tone.MUTED)

        form = self.form
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.due_dates_label)  # under the date, when it moves the cards'
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("Planned &length:"), self.minutes_spin)
        form.addRow("", self.ends_label)
        form.addRow(self.tr("&Warn at:"), self.warning_spin)
        self.add_buttons()
        self.start_edit.timeChanged.connect(self._update_end)
        self.minutes_spin.valueChanged.connect(self._update_end)
        self.date_edit.dateChanged.connect(self._update_due_dates)
        self._update_end()
        self._update_due_dates()
        self.title_edit.selectAll()
        self.setMinimumWidth(440)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        meeting: Meeting,
        title: str,
        save: Callable[[Meeting], object] | None = None,
        *,
        dated_options: int = 0,
    ) -> Meeting | None:
        """Show the dialog; the edited meeting (validated), or None if cancelled. With `save`,
        it is saved before the dialog closes; a save that fails (a full disk, a read-only
        folder) is said there, with everything typed kept for OK again. `dated_options`: the
        due dates on its cards, which move with a change of date (said under the date)."""
        dialog = cls(meeting, title, parent, dated_options=dated_options)
        return dialog.answer(dialog.meeting, save)

    def meeting(self) -> Meeting:
        d, t = self.date_edit.date(), self.start_edit.time()
        return Meeting(
            id=self._original.id,
            title=self.title_edit.text(),
            kind=MeetingKind(self.kind_combo.currentData()),
            date=dt.date(d.year(), d.month(), d.day()),
            start=dt.time(t.hour(), t.minute()),
            place=self.place_edit.text(),
            planned_minutes=self.minutes_spin.value(),
            warning_minutes=self.warning_spin.value(),
        )

    def validate(self) -> None:
        self.meeting().validated()

    @Slot()
    def _update_end(self) -> None:
        end = self.meeting().planned_end
        self.ends_label.setText(fill(self.tr("Ends at %1"), f"{end:%H:%M}"))

    @Slot()
    def _update_due_dates(self) -> None:
        """Under a changed date, that the cards' due dates move with it, and by how much: a
        training's "by Tue 15 Dec" stays as long after the training."""
        days = (self.meeting().date - self._original.date).days
        label, shown = self.due_dates_label, bool(self._dated_options and days)
        self.form.setRowVisible(label, shown)
        if not shown:
            label.setText("")
        elif days > 0:
            label.setText(
                self.tr("The due dates on its cards move with it: %n days later.", "", days)
            )
        else:
            label.setText(
                self.tr("The due dates on its cards move with it: %n days earlier.", "", -days)
            )
        self.make_room()
