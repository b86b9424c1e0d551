"""Closing stale follow-ups in one go: the selected ones, or every one listed that fell due
before a day. After a year most open follow-ups are months old and nobody will call about
them; marked lapsed, they leave the list, the start screen and the call list, and reports
count them as lapsed (not as declined: nobody said no)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from meetingkit.core.commitment import FollowUp
from meetingkit.core.i18n import WEEKDAY_DATE
from meetingkit.core.people_to_call import STALE_AFTER
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import plain_label


class LapseDialog(FormDialog):
    """Which follow-ups to mark lapsed; the button says how many, so nothing closes unseen."""

    def __init__(
        self,
        selected: list[FollowUp],
        listed: list[FollowUp],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Mark follow-ups lapsed"), parent)
        self._selected = [r for r in selected if not r.commitment.status.closed]
        self._listed = [r for r in listed if not r.commitment.status.closed]
        self.selected_radio = QRadioButton(self.tr("The %n selected", "", len(self._selected)))
        self.before_radio = QRadioButton(self.tr("Every one listed that fell due before"))
        self.before_edit = QDateEdit()
        self.before_edit.setCalendarPopup(True)
        self.before_edit.setDisplayFormat(WEEKDAY_DATE)
        self.before_edit.setAccessibleName(self.tr("Fell due before"))
        before = today - STALE_AFTER
        self.before_edit.setDate(QDate(before.year, before.month, before.day))
        several = len(self._selected) > 1
        self.selected_radio.setEnabled(bool(self._selected))
        (self.selected_radio if several else self.before_radio).setChecked(True)
        when = QHBoxLayout()
        when.addWidget(self.before_radio)
        when.addWidget(self.before_edit, 1)
        self.form.addRow(self.selected_radio)
        self.form.addRow(when)
        hint = plain_label(
            self.tr(
                "Lapsed: nobody will call about them any more. They leave this list, the Start "
                "page and the call list; reports count them as lapsed. To open one again, tick "
                "Show done, declined and lapsed, and change its status."
            )
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.add_buttons()
        buttons = self.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        for changed in (self.selected_radio.toggled, self.before_radio.toggled):
            changed.connect(self._count)
        self.before_edit.dateChanged.connect(self._count)
        self._count()
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> list[FollowUp]:
        """The open follow-ups the choice covers."""
        if self.selected_radio.isChecked():
            return list(self._selected)
        before = self.before_edit.date().toPython()
        assert isinstance(before, dt.date)
        return [r for r in self._listed if r.commitment.follow_up_due.date() < before]

    @Slot()
    def _count(self) -> None:
        self.before_edit.setEnabled(self.before_radio.isChecked())
        n = len(self.chosen())
        self.ok_button.setText(self.tr("Mark %n lapsed", "", n))
        self.ok_button.setEnabled(n > 0)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        selected: list[FollowUp],
        listed: list[FollowUp],
        today: dt.date,
    ) -> list[FollowUp] | None:
        """The follow-ups to mark lapsed, or None when cancelled."""
        dialog = cls(selected, listed, today, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
