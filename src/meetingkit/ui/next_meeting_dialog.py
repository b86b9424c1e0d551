"""Next meeting from this one: when it is, and which of the carried things it takes — the
commitments to check on, the unfinished items, the parking lot and the roles passed round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.carry_over import CarryPlan, RoleSuggestion, next_month_date, next_title
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import WEEKDAY_DATE, fill, long_date
from meetingkit.core.meeting import FIRST_YEAR, LAST_YEAR, Meeting
from meetingkit.ui.feedback import plain_box
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.labels import heading_label, plain_label

PREVIEW_LINES = 6  # of a carried item's notes; the rest is counted


@dataclass(frozen=True)
class NextMeetingChoice:
    meeting: Meeting  # unsaved
    plan: CarryPlan  # what stayed ticked
    open_instead: int | None = None  # the same meeting, already planned: open it instead


class Choice(Enum):
    OPEN = "open"  # open the meeting already planned instead
    CREATE = "create"  # create this one anyway
    BACK = "back"  # back to the dialog


class AlreadyPlannedQuestion:
    """Asks what to do when the next meeting is already planned (Next meeting from this one
    run twice makes two of the same meeting); tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, planned: Meeting) -> Choice:
        text = fill(
            QCoreApplication.translate(
                "AlreadyPlannedQuestion", "“%1” is already planned for %2: open it instead?"
            ),
            planned.title,
            long_date(planned.date),
        )
        title = QCoreApplication.translate("AlreadyPlannedQuestion", "Already planned")
        none = QMessageBox.StandardButton.NoButton
        box = plain_box(QMessageBox.Icon.Question, title, text, none, parent)
        choices: dict[object, Choice] = {}
        open_it = QCoreApplication.translate("AlreadyPlannedQuestion", "Open it")
        choices[box.addButton(open_it, QMessageBox.ButtonRole.AcceptRole)] = Choice.OPEN
        another = QCoreApplication.translate("AlreadyPlannedQuestion", "Create another")
        choices[box.addButton(another, QMessageBox.ButtonRole.DestructiveRole)] = Choice.CREATE
        back = box.addButton(
            QCoreApplication.translate("AlreadyPlannedQuestion", "Go back"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return choices.get(box.clickedButton(), Choice.BACK)


class NextMeetingDialog(FormDialog):
    def __init__(
        self,
        source: Meeting,
        draft: Meeting,
        plan: CarryPlan,
        parent: QWidget | None = None,
        already: Callable[[Meeting], Meeting | None] | None = None,
    ) -> None:
        super().__init__(self.tr("Next meeting from this one"), parent)
        self._source, self._draft, self._plan = source, draft, plan
        self._already = already  # finds the same meeting planned already, to ask first
        self.open_instead: int | None = None
        self.title_edit = QLineEdit(draft.title)
        self.date_edit = QDateEdit(QDate(draft.date.year, draft.date.month, draft.date.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.setDisplayFormat(WEEKDAY_DATE)
        self.week_button = QPushButton(self.tr("A &week after"))
        self.week_button.setAutoDefault(False)
        self.week_button.setToolTip(self.tr("Seven days after this meeting"))
        self.month_button = QPushButton(self.tr("Next &month"))
        self.month_button.setAutoDefault(False)
        self.month_button.setToolTip(
            self.tr("The same weekday in the same week of next month (the third Thursday…)")
        )
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 1)
        when.addWidget(self.week_button)
        when.addWidget(self.month_button)
        self.start_edit = QTimeEdit(QTime(draft.start.hour, draft.start.minute))
        self.start_edit.setDisplayFormat("HH:mm")
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        self.form.addRow(date_label, when)
        self.form.addRow(self.tr("&Start:"), self.start_edit)

        self.check_in_box: QCheckBox | None = None
        self.parking_box: QCheckBox | None = None
        self.item_boxes: list[tuple[QCheckBox, AgendaItem]] = []
        self.role_boxes: list[tuple[QCheckBox, RoleSuggestion]] = []
        carried = QWidget()
        rows = QVBoxLayout(carried)
        rows.setContentsMargins(0, 0, 0, 0)
        if plan.agenda():
            rows.addWidget(heading_label(1.0, self.tr("On its agenda")))
        if plan.check_in is not None:
            self.check_in_box = self._item_box(rows, plan.check_in, preview=True)
        for item in plan.unfinished:
            self.item_boxes.append((self._item_box(rows, item, unfinished=True), item))
        if plan.parking_lot is not None:
            self.parking_box = self._item_box(rows, plan.parking_lot, preview=True)
        if plan.roles:
            rows.addWidget(heading_label(1.0, self.tr("Roles, passed round")))
            for suggestion in plan.roles:
                box = QCheckBox(f"{suggestion.role.label}: {suggestion.name} — {suggestion.reason}")
                box.setChecked(True)
                rows.addWidget(box)
                self.role_boxes.append((box, suggestion))
        if plan.empty:
            nothing = plain_label(
                self.tr(
                    "Nothing to carry over: no unfinished items in a run agenda, nobody parked, "
                    "no commitment still open, no roles to pass round."
                )
            )
            nothing.setWordWrap(True)
            rows.addWidget(nothing)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(carried)
        scroll.setMinimumHeight(min(420, carried.sizeHint().height() + 8))
        self.form.addRow(plain_label(self.tr("It carries over (untick what it should not):")))
        self.form.addRow(scroll)
        self.add_buttons()
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create meeting"))
        self.week_button.clicked.connect(self._a_week_after)
        self.month_button.clicked.connect(self._next_month)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.setMinimumWidth(520)

    def _item_box(
        self,
        rows: QVBoxLayout,
        item: AgendaItem,
        *,
        preview: bool = False,
        unfinished: bool = False,
    ) -> QCheckBox:
        text = self.tr("%1 · %2 min — unfinished") if unfinished else self.tr("%1 · %2 min")
        box = QCheckBox(fill(text, item.title, str(item.planned_minutes)))
        box.setChecked(True)
        rows.addWidget(box)
        if preview and item.notes:
            lines = item.notes.splitlines()[1:]  # the first line says what the list is
            shown = lines[:PREVIEW_LINES]
            if len(lines) > len(shown):
                shown.append(self.tr("…and %n more", "", len(lines) - len(shown)))
            notes = plain_label("\n".join(shown))
            notes.setWordWrap(True)
            notes.setIndent(22)
            notes.setEnabled(False)  # muted: a preview, not a control
            rows.addWidget(notes)
        return box

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        source: Meeting,
        draft: Meeting,
        plan: CarryPlan,
        already: Callable[[Meeting], Meeting | None] | None = None,
        save: Callable[[NextMeetingChoice], object] | None = None,
    ) -> NextMeetingChoice | None:
        """Show the dialog; the next meeting and what it carries, or None if cancelled.
        `draft` and `plan` come from services.next_meeting (draft_next, plan_next). With
        `already` (services.next_meeting.already_planned), a meeting of the same title that
        day is asked about first, and may be opened instead; with `save`, the meeting is
        created before the dialog closes (a full disk keeps it open, with the choices)."""
        dialog = cls(source, draft, plan, parent, already)
        return dialog.answer(dialog.choice, save)

    def _date(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def choice(self) -> NextMeetingChoice:
        t = self.start_edit.time()
        meeting = replace(
            self._draft,
            id=None,
            title=self.title_edit.text(),
            date=self._date(),
            start=dt.time(t.hour(), t.minute()),
        )
        plan = self._plan
        chosen = CarryPlan(
            check_in=plan.check_in if _ticked(self.check_in_box) else None,
            unfinished=tuple(item for box, item in self.item_boxes if box.isChecked()),
            parking_lot=plan.parking_lot if _ticked(self.parking_box) else None,
            roles=tuple(s for box, s in self.role_boxes if box.isChecked()),
        )
        return NextMeetingChoice(meeting, chosen, self.open_instead)

    def validate(self) -> None:
        self.choice().meeting.validated()

    def accept(self) -> None:
        """Check the fields; then, when the same meeting is planned already, ask first."""
        try:
            meeting = self.choice().meeting.validated()
        except ValidationError:
            super().accept()  # says why, and stays open
            return
        planned = self._already(meeting) if self._already is not None else None
        if planned is not None:
            choice = AlreadyPlannedQuestion.ask(self, planned)
            if choice == Choice.BACK:
                return
            if choice == Choice.OPEN:
                self.open_instead = planned.key
                QDialog.accept(self)  # closes, creating nothing: the one planned is opened
                return
        super().accept()

    def _set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    @Slot()
    def _a_week_after(self) -> None:
        self._set_date(self._source.date + dt.timedelta(days=7))

    @Slot()
    def _next_month(self) -> None:
        self._set_date(next_month_date(self._source.date))

    @Slot(QDate)
    def _date_changed(self, _date: QDate) -> None:
        """Keep the month in the title in step with the date, unless the title was edited."""
        source = self._source
        if not self.title_edit.isModified():
            self.title_edit.setText(next_title(source.title, source.date, self._date()))


def _ticked(box: QCheckBox | None) -> bool:
    return box is not None and box.isChecked()
