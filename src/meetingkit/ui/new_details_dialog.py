"""New details from sign-in: what people who signed in gave that their record lacks, or says
otherwise, for the organizer to add to the record or leave out (storage.new_details).

Anyone who knows a coworker's first name and phone number can sign in as them, so nothing
is added on a guess. The details are grouped by person, one line each, with what the record
says now; nothing pops up while people sign in: the Sign-in tab and the People page show a
quiet count, and the organizer opens this when they have a moment.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from meetingkit.core.i18n import fill, translate
from meetingkit.core.roster import FIELD_LABELS
from meetingkit.services.new_details_review import NewDetailDecisions
from meetingkit.storage.new_details import NewDetail, PersonDetails
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import breakable, heading_label, plain_label
from meetingkit.ui.review_list import SHOWN, ReviewList


def _field(name: str) -> str:
    return translate("Roster import", FIELD_LABELS[name])


class NewDetailsDialog(ReviewList):
    def __init__(self, review: NewDetailDecisions, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("New details from sign-in"),
            self.tr(
                "These people signed in with details their record does not have, or has "
                "otherwise. Anyone who knows someone's first name and phone number can sign in "
                "as them: add a detail only if you know it is theirs. Until you do, the record "
                "stays as it is."
            ),
            760,
            520,
        )
        self._review = review
        self.fill()

    @classmethod
    def show_for(cls, parent: QWidget | None, review: NewDetailDecisions) -> None:
        cls(review, parent).exec()

    def fill(self) -> None:
        waiting = self._review.new_details()
        self._start_over(
            len(waiting),
            self.tr("Showing the first %1 of %2 people: decide these, and the next ones appear."),
            self.tr("Nothing to review."),
        )
        row = 0
        for person in waiting[:SHOWN]:
            heading = heading_label(1.0, breakable(self._known(person)))
            heading.setWordWrap(True)
            heading.setContentsMargins(0, 8 if row else 0, 0, 0)  # a gap between people
            self._grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for detail in person.details:
                self._add_detail(row, person, detail)
                row += 1
        self._grid.setColumnStretch(0, 1)
        self._grid.setRowStretch(row, 1)

    def _known(self, person: PersonDetails) -> str:
        """The person as the directory knows them: enough to tell two Anas apart."""
        p = person.person
        return " · ".join(x for x in (p.display_name, p.phone, p.email) if x)

    def _add_detail(self, row: int, person: PersonDetails, detail: NewDetail) -> None:
        field = _field(detail.field)
        now = getattr(person.person, detail.field)
        lines = [fill(self.tr("%1: %2"), field, detail.value)]
        where = fill(self.tr("signed in at %1"), detail.meeting_title)
        if now:
            where = fill(self.tr("instead of %1"), now) + " · " + where
        lines.append(where)
        label = plain_label(breakable("\n".join(lines)))
        label.setWordWrap(True)
        label.setContentsMargins(16, 0, 0, 0)
        self._grid.addWidget(label, row, 0)
        for column, (text, add) in enumerate(
            ((self.tr("Add to record"), True), (self.tr("Leave out"), False)), 1
        ):
            button = QPushButton(text)
            button.setAccessibleName(
                fill(
                    self.tr("%1 — %2, %3: %4"),
                    text,
                    person.person.display_name,
                    field,
                    detail.value,
                )
            )
            button.clicked.connect(partial(self._decide, detail, add))
            self._grid.addWidget(button, row, column)

    def _decide(self, detail: NewDetail, add: bool) -> None:
        with user_errors(self, self.tr("record the decision")):
            if add:
                self._review.add_to_record(detail)
            else:
                self._review.leave_out(detail)
        self.fill()
