"""The small dialogs of the Commitments tab: an option, what to print, and a returned card."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.commitment import (
    MAX_OPTION_LENGTH,
    Commitment,
    CommitmentOption,
    FollowUpStatus,
)
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, WEEKDAY_DATE, fill
from meetingkit.services.commitment_desk import CardHolder
from meetingkit.storage.commitments import hours_commitment
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import heading_label, plain_label

LAYOUT_LABELS = {
    "index": QT_TRANSLATE_NOOP(
        "PrintCardsDialog", "Index cards, 5×3 in — 3 per Letter sheet (Avery 5388)"
    ),
    "postcard": QT_TRANSLATE_NOOP(
        "PrintCardsDialog", "Postcards, 6×4 in — 2 per Letter sheet (Avery 5389)"
    ),
    "quarter": QT_TRANSLATE_NOOP(
        "PrintCardsDialog", "Quarter-letter, 4¼×5½ in — 4 per Letter sheet, with crop marks"
    ),
    "a6": QT_TRANSLATE_NOOP("PrintCardsDialog", "A6 — 4 per A4 sheet, with crop marks"),
}


class OptionDialog(FormDialog):
    """One commitment: what, and by when (optional; a new one is offered two weeks from
    `today`, the app's day)."""

    def __init__(
        self,
        option: CommitmentOption,
        title: str,
        parent: QWidget | None = None,
        *,
        today: dt.date,
    ) -> None:
        super().__init__(title, parent)
        self._option = option
        self.text_edit = QLineEdit(option.text)
        self.text_edit.setMaxLength(MAX_OPTION_LENGTH)
        self.text_edit.setPlaceholderText(self.tr("e.g. Hold three one-on-ones by {date}"))
        self.text_edit.setAccessibleName(self.tr("What the person commits to"))
        self.dated = QCheckBox(self.tr("By a date"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(WEEKDAY_DATE)
        self.date_edit.setAccessibleName(self.tr("Due date"))
        due = option.due or today + dt.timedelta(days=14)
        self.date_edit.setDate(QDate(due.year, due.month, due.day))
        self.dated.setChecked(option.due is not None)
        self.date_edit.setEnabled(option.due is not None)
        self.dated.toggled.connect(self.date_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date_edit, 1)
        self.form.addRow(self.tr("Commitment:"), self.text_edit)
        self.form.addRow(self.tr("When:"), when)
        hint = plain_label(
            self.tr(
                "Concrete and dated works best. Write {date} where the date goes; otherwise it "
                "is added at the end."
            )
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.add_buttons()
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(
        cls, parent: QWidget | None, option: CommitmentOption, title: str, *, today: dt.date
    ) -> CommitmentOption | None:
        dialog = cls(option, title, parent, today=today)
        return dialog.option() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def option(self) -> CommitmentOption:
        due = self.date_edit.date().toPython() if self.dated.isChecked() else None
        assert due is None or isinstance(due, dt.date)
        return CommitmentOption(
            self._option.meeting_id,
            self.text_edit.text(),
            due,
            self._option.position,
            self._option.id,
        )

    def validate(self) -> None:
        self.option().validated()


@dataclass(frozen=True)
class PrintChoice:
    layout: str
    personalized: bool
    blank: int


class PrintCardsDialog(FormDialog):
    """Which layout, names or not, and how many blank cards for walk-ins."""

    def __init__(
        self,
        present: int,
        layouts: bool,
        title: str,
        parent: QWidget | None = None,
        layout: str = "index",
    ) -> None:
        super().__init__(title, parent)
        self.layout_combo = QComboBox()
        for name, label in LAYOUT_LABELS.items():
            self.layout_combo.addItem(QCoreApplication.translate("PrintCardsDialog", label), name)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(layout)))
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        self.personalized = QCheckBox(
            fill(self.tr("One with the name of each person signed in (%1)"), str(present))
        )
        self.personalized.setChecked(present > 0)
        self.personalized.setEnabled(present > 0)
        self.blank_spin = QSpinBox()
        self.blank_spin.setRange(0, 500)
        self.blank_spin.setValue(0 if present else 12)
        self.blank_spin.setAccessibleName(self.tr("Blank ones for walk-ins"))
        if layouts:
            self.form.addRow(self.tr("Layout:"), self.layout_combo)
        self.form.addRow(self.personalized)
        self.form.addRow(self.tr("Blank ones for walk-ins:"), self.blank_spin)
        self.add_buttons()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        present: int,
        title: str,
        *,
        layouts: bool = True,
        layout: str = "index",
    ) -> PrintChoice | None:
        dialog = cls(present, layouts, title, parent, layout)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choice(self) -> PrintChoice:
        return PrintChoice(
            str(self.layout_combo.currentData()),
            self.personalized.isChecked(),
            self.blank_spin.value(),
        )

    def validate(self) -> None:
        if not self.personalized.isChecked() and self.blank_spin.value() == 0:
            raise ValidationError(self.tr("Nothing to print: add some blank ones."))


@dataclass(frozen=True)
class ReturnedCard:
    ticked: list[int]
    hours: int | None
    contact_ok: bool | None


class RecordCardDialog(FormDialog):
    """Tick what the person ticked on their card, as it came back."""

    def __init__(
        self, holder: CardHolder, options: list[CommitmentOption], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record a commitment card"), parent)
        self._holder = holder
        self._hours = hours_commitment(holder.commitments)
        self.form.addRow(heading_label(1.3, holder.person.display_name))
        self.form.addRow(plain_label(fill(self.tr("Card %1"), holder.card_id)))
        had = {c.option_id for c in holder.commitments}
        hours = self._hours.hours if self._hours is not None else None
        box = QVBoxLayout()
        self.ticks: dict[int, QCheckBox] = {}
        for option in options:
            tick = QCheckBox(option.printed_for(holder.meeting.date))
            tick.setChecked(option.key in had)
            box.addWidget(tick)
            self.ticks[option.key] = tick
        self.form.addRow(self.tr("I commit to:"), box)
        # Commitments whose option was removed from the cards have no box to tick: recording
        # the card leaves them as they are, and the dialog shows them so nobody wonders where
        # the one they double-clicked went.
        kept = [c.text for c in holder.commitments if c.option_id is None and c is not self._hours]
        self.kept_label = plain_label("\n".join(kept))
        self.kept_label.setWordWrap(True)
        if kept:
            self.form.addRow(self.tr("Also recorded:"), self.kept_label)
            kept_hint = plain_label(
                self.tr("No longer offered on the cards: kept as recorded, with their follow-up.")
            )
            kept_hint.setWordWrap(True)
            self.form.addRow("", kept_hint)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 80)
        self.hours_spin.setSpecialValueText(self.tr("not given"))
        self.hours_spin.setSuffix(self.tr(" hours a week"))
        self.hours_spin.setValue(hours or 0)
        self.hours_spin.setAccessibleName(self.tr("Hours a week"))
        self.form.addRow(self.tr("Hours a week:"), self.hours_spin)
        self.contact_yes = QRadioButton(self.tr("Yes"))
        self.contact_no = QRadioButton(self.tr("No"))
        self.contact_blank = QRadioButton(self.tr("Left blank"))
        group = QButtonGroup(self)
        contact = QHBoxLayout()
        for button in (self.contact_yes, self.contact_no, self.contact_blank):
            group.addButton(button)
            contact.addWidget(button)
        {True: self.contact_yes, False: self.contact_no, None: self.contact_blank}[
            holder.contact_ok
        ].setChecked(True)
        self.form.addRow(self.tr("May we contact them?"), contact)
        self.add_buttons()

    @classmethod
    def ask(
        cls, parent: QWidget | None, holder: CardHolder, options: list[CommitmentOption]
    ) -> ReturnedCard | None:
        dialog = cls(holder, options, parent)
        return dialog.card() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def card(self) -> ReturnedCard:
        contact = (
            True if self.contact_yes.isChecked() else False if self.contact_no.isChecked() else None
        )
        return ReturnedCard(
            [key for key, tick in self.ticks.items() if tick.isChecked()],
            self.hours_spin.value() or None,
            contact,
        )

    def followed_up_and_dropped(self) -> list[Commitment]:
        """The commitments recording the card as it is ticked now would delete although their
        follow-up has started: a status past open, or notes."""
        ticked = {key for key, tick in self.ticks.items() if tick.isChecked()}
        no_hours = self.hours_spin.value() == 0
        return [
            c
            for c in self._holder.commitments
            if (c.status != FollowUpStatus.OPEN or c.notes.strip())
            and (
                (c.option_id in self.ticks and c.option_id not in ticked)
                or (c is self._hours and no_hours)
            )
        ]

    def accept(self) -> None:
        # Un-ticking is how a card recorded wrong is put right, so it still deletes: keeping
        # the commitment regardless would make OK record something other than the boxes
        # show. But a commitment someone has already followed up carries work (a call made,
        # a status, notes) that un-ticking by mistake would lose for good, so for those the
        # dialog asks first, naming them; Cancel (the default) goes back to the card as it
        # is ticked. A commitment nobody has worked on yet goes without a question, as it
        # can simply be ticked again.
        lost = self.followed_up_and_dropped()
        if lost and not Confirm.ask(
            self,
            self.tr("Delete follow-up"),
            fill(
                self.tr(
                    "Recording the card like this deletes %n of %1's commitments, and their "
                    "follow-up status and notes go with them:\n\n%2\n\nCancel to go back to "
                    "the card and tick them again.",
                    "",
                    len(lost),
                ),
                self._holder.person.display_name,
                "\n".join(self._describe(c) for c in lost),
            ),
            self.tr("Delete"),
        ):
            return
        super().accept()

    def _describe(self, c: Commitment) -> str:
        if not c.notes.strip():
            return fill(self.tr("“%1” — %2"), c.text, c.status.label)
        notes = " ".join(c.notes.split())
        if len(notes) > 80:
            notes = notes[:79].rstrip() + "…"
        return fill(self.tr("“%1” — %2, notes: “%3”"), c.text, c.status.label, notes)
