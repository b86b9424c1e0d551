"""Review people who may be the same: a person decides, the app never merges on a guess.

Each pair shows where the newer record came from (a meeting's sign-in, a roster file). "Same
person" first shows the record the two will make, lets the organizer choose, field by field,
what to keep where they differ (the phone given at sign-in, or the one known before), and
merges only when they confirm: a merge cannot be undone.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill, translate
from meetingkit.core.person import Person
from meetingkit.core.person_merge import MERGED_FIELDS, differing_fields, merged_person
from meetingkit.core.roster import FIELD_LABELS
from meetingkit.services.duplicate_review import DuplicateDecisions
from meetingkit.storage.duplicates import DuplicateFlag
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import breakable, plain_label
from meetingkit.ui.review_list import SHOWN, ReviewList

_NOTES_SHOWN = 300  # characters of the notes the merge shows


def _describe(person: Person) -> str:
    parts = [person.display_name, person.profession, person.workplace, person.phone, person.email]
    return "\n".join(p for p in parts if p)


def _source(flag: DuplicateFlag) -> str:
    """Where the newer record came from, as a heading ("Imported from members.csv:")."""
    if flag.file_name:
        return fill(
            QCoreApplication.translate("DuplicatesDialog", "Imported from %1:"), flag.file_name
        )
    if flag.meeting_title:
        return fill(
            QCoreApplication.translate("DuplicatesDialog", "Signed in at %1:"), flag.meeting_title
        )
    return QCoreApplication.translate("DuplicatesDialog", "Added later:")


class DuplicatesDialog(ReviewList):
    def __init__(self, review: DuplicateDecisions, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Possible duplicates"),
            self.tr(
                "These people share a phone, an email or a full name with someone "
                "already in the "
                "directory. Families share phones and emails: merge only if you are sure."
            ),
            860,
            560,
        )
        self._review = review
        self.fill()

    @classmethod
    def show_for(cls, parent: QWidget | None, review: DuplicateDecisions) -> None:
        cls(review, parent).exec()

    def fill(self) -> None:
        flags = self._review.flags()
        self._start_over(
            len(flags),
            self.tr("Showing the first %1 of %2: decide these, and the next ones appear."),
            self.tr("Nothing to review."),
        )
        for row, flag in enumerate(flags[:SHOWN]):
            for column, text in enumerate(
                (
                    f"{_source(flag)}\n{_describe(flag.new)}",
                    self.tr("Already known:\n") + _describe(flag.existing),
                )
            ):
                label = plain_label(breakable(text))
                label.setWordWrap(True)  # the pair fits the width; the list scrolls down only
                self._grid.addWidget(label, row, column)
                self._grid.setColumnStretch(column, 1)
            same = QPushButton(self.tr("Same person: merge…"))
            same.clicked.connect(partial(self._decide, flag, True))
            different = QPushButton(self.tr("Different people"))
            different.clicked.connect(partial(self._decide, flag, False))
            self._grid.addWidget(same, row, 2)
            self._grid.addWidget(different, row, 3)
        self._grid.setRowStretch(min(len(flags), SHOWN) + 1, 1)

    def _decide(self, flag: DuplicateFlag, same: bool) -> None:
        take = MergeDialog.ask(self, flag) if same else frozenset()
        if take is None:
            return  # not merged after all
        with user_errors(self, self.tr("record the decision")):
            if same:
                self._review.merge(flag, take)
            else:
                self._review.dismiss(flag)
        self.fill()


class MergeDialog(QDialog):
    """The record a merge will leave, with a choice for each field the two fill differently;
    Merge confirms."""

    def __init__(self, flag: DuplicateFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into one person"))
        self._kept, self._other = flag.existing, flag.new
        intro = plain_label(
            fill(
                self.tr(
                    "%1 and %2 will be one person, with the attendance, sign-ins, commitments, "
                    "turns, roles and groups of both. Where the two records differ, choose what "
                    "to keep. A merge cannot be undone."
                ),
                self._kept.display_name,
                self._other.display_name,
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Already known:")), 0, 1)
        grid.addWidget(plain_label(_source(flag)), 0, 2)
        grid.addWidget(plain_label(self.tr("After merging:")), 0, 3)
        self.choices: dict[str, QRadioButton] = {}  # field -> "take the newer record's"
        self.results: dict[str, QLabel] = {}
        differing = differing_fields(self._kept, self._other)
        for row, field in enumerate((*MERGED_FIELDS, "notes"), 1):
            name = translate("Roster import", FIELD_LABELS[field])
            grid.addWidget(plain_label(name), row, 0)
            kept, other = (self._shown(getattr(p, field)) for p in (self._kept, self._other))
            if field in differing:
                group = QButtonGroup(self)
                for column, (value, whose) in enumerate(
                    ((kept, self.tr("already known")), (other, self.tr("the newer record"))), 1
                ):
                    choice = QRadioButton(value.replace("&", "&&"))  # no mnemonic
                    choice.setAccessibleName(fill(self.tr("%1: %2 (%3)"), name, value, whose))
                    choice.setChecked(column == 1)
                    choice.toggled.connect(self._show_result)
                    group.addButton(choice)
                    grid.addWidget(choice, row, column)
                self.choices[field] = choice  # the newer record's
            else:
                for column, value in ((1, kept), (2, other)):
                    label = plain_label(value)
                    label.setWordWrap(True)
                    grid.addWidget(label, row, column)
            result = plain_label()
            result.setWordWrap(True)
            grid.addWidget(result, row, 3)
            self.results[field] = result
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self._show_result()

    @classmethod
    def ask(cls, parent: QWidget | None, flag: DuplicateFlag) -> frozenset[str] | None:
        """The fields to take from the newer record, or None if the organizer cancelled."""
        dialog = cls(flag, parent)
        return dialog.take() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def take(self) -> frozenset[str]:
        """The fields where the organizer chose the newer record's value."""
        return frozenset(f for f, choice in self.choices.items() if choice.isChecked())

    def merged(self) -> Person:
        """The record as the merge will leave it, with the choices made so far."""
        return merged_person(self._kept, self._other, self.take())

    @staticmethod
    def _shown(value: str) -> str:
        if len(value) > _NOTES_SHOWN:
            value = value[:_NOTES_SHOWN] + "…"
        return breakable(value)

    @Slot()
    def _show_result(self) -> None:
        merged = self.merged()
        for field, label in self.results.items():
            label.setText(self._shown(getattr(merged, field)))
