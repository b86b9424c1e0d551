"""New details from sign-in: what people who signed in gave that their record lacks, or says
otherwise, for the organizer to add to the record or leave out (storage.new_details); and
what they agreed to beyond what they had before, for the organizer to accept or leave out
(storage.signin_consents).

Anyone who knows a coworker's first name and phone number can sign in as them, so nothing
is added, and nothing more agreed to, on a guess. The details are grouped by person, one
line each, with what the record says now, and their consents after them in plain words;
nothing pops up while people sign in: the Sign-in tab and the People page show a quiet
count, and the organizer opens this when they have a moment. Each person's "Accept all"
takes everything waiting for them at once (services.new_details_review.accept_all): at a
first assembly every regular's first sign-in leaves a few consents waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.roster import FIELD_LABELS
from meetingkit.services.new_details_review import (
    NewDetailDecisions,
    accept_all,
    accepts_something,
)
from meetingkit.storage.new_details import NewDetail, PersonDetails
from meetingkit.storage.signin_consents import WaitingConsent
from meetingkit.storage.signin_groups import WaitingGroup
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import breakable, heading_label, plain_label
from meetingkit.ui.review_list import SHOWN, ReviewList

# Each consent as the organizer reads it: what the person agreed to, said of them.
AGREED: dict[str, str] = {
    "contact_email": QT_TRANSLATE_NOOP(
        "NewDetailsDialog", "OK to email them about the group's work"
    ),
    "contact_text": QT_TRANSLATE_NOOP("NewDetailsDialog", "OK to text them about the group's work"),
    "photo": QT_TRANSLATE_NOOP("NewDetailsDialog", "OK to take and share photos they are in"),
    "show_name": QT_TRANSLATE_NOOP(
        "NewDetailsDialog", "OK to show their first name to the other attendees"
    ),
}


def _field(name: str) -> str:
    return translate("Roster import", FIELD_LABELS[name])


def _agreed(key: str) -> str:
    return translate("NewDetailsDialog", AGREED[key]) if key in AGREED else key


class NewDetailsDialog(ReviewList):
    def __init__(self, review: NewDetailDecisions, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("New details from sign-in"),
            self.tr(
                "These people signed in with details their record does not have, or has "
                "otherwise, or agreed to more than they had before. Anyone who knows someone's "
                "first name and phone number can sign in as them: add a detail, or accept what "
                "they agreed to, only if you know it was them. Until you do, the record stays "
                "as it is, and what they agreed to does not count."
            ),
            760,
            520,
        )
        self._review = review
        self._focus_at: tuple[int, int] | None = None
        self._buttons: dict[tuple[int, int], QPushButton] = {}  # by (row, column)
        self.fill()

    @classmethod
    def show_for(cls, parent: QWidget | None, review: NewDetailDecisions) -> None:
        cls(review, parent).exec()

    def fill(self) -> None:
        waiting = self._review.new_details()
        self._buttons = {}
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
            self._grid.addWidget(heading, row, 0)
            self._add_accept_all(row, person)
            row += 1
            for detail in person.details:
                self._add_detail(row, person, detail)
                row += 1
            for consent in person.consents:
                self._add_consent(row, person, consent)
                row += 1
            for group in person.groups:
                self._add_group(row, person, group)
                row += 1
        self._grid.setColumnStretch(0, 1)
        self._grid.setRowStretch(row, 1)
        self._focus_after_decision()

    def _known(self, person: PersonDetails) -> str:
        """The person as the directory knows them: enough to tell two Anas apart."""
        p = person.person
        return " · ".join(x for x in (p.display_name, p.phone, p.email) if x)

    def _add_accept_all(self, row: int, person: PersonDetails) -> None:
        """One button for all that waits for the person: the same as pressing each Add to
        record and Accept under their name."""
        text = self.tr("Accept all (it was them)")
        button = QPushButton(text)
        button.setObjectName("accept_all")
        button.setAccessibleName(fill(self.tr("%1 — %2"), text, person.person.display_name))
        if not accepts_something(person):
            # Only a detail given two ways is left (two emails at two meetings): pressing it
            # would do nothing. It stays in its place, saying why, off the keyboard's way.
            button.setEnabled(False)
            button.setToolTip(
                self.tr(
                    "Their sign-ins gave two different values for the same detail: add the "
                    "one that is theirs below."
                )
            )
            self._grid.addWidget(button, row, 1, 1, 2)
            return
        button.setToolTip(
            self.tr("Add every detail below to the record and accept all they agreed to.")
        )
        button.clicked.connect(partial(self._decide, partial(accept_all, self._review, person)))
        self._place(button, row, 1, 2)

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
            decision = self._review.add_to_record if add else self._review.leave_out
            button.clicked.connect(partial(self._decide, partial(decision, detail)))
            self._place(button, row, column)

    def _add_consent(self, row: int, person: PersonDetails, consent: WaitingConsent) -> None:
        self._add_waiting(
            row,
            person,
            _agreed(consent.key),
            consent.meeting_title,
            partial(self._review.accept_consent, consent),
            partial(self._review.leave_out_consent, consent),
        )

    def _add_group(self, row: int, person: PersonDetails, group: WaitingGroup) -> None:
        """A self-identified group they ticked that the record lacks (storage.signin_groups):
        it counts, tonight too, once accepted."""
        self._add_waiting(
            row,
            person,
            fill(self.tr("In the group: %1"), group.category),
            group.meeting_title,
            partial(self._review.accept_group, group),
            partial(self._review.leave_out_group, group),
        )

    def _add_waiting(
        self,
        row: int,
        person: PersonDetails,
        given: str,
        meeting_title: str,
        accept: Callable[[], object],
        leave_out: Callable[[], object],
    ) -> None:
        """What their sign-ins gave beyond the record (a consent, a group), `given` in words:
        it counts once accepted."""
        where = fill(self.tr("signed in at %1 · not counted until you accept it"), meeting_title)
        label = plain_label(breakable(f"{given}\n{where}"))
        label.setWordWrap(True)
        label.setContentsMargins(16, 0, 0, 0)
        self._grid.addWidget(label, row, 0)
        for column, (text, decision) in enumerate(
            ((self.tr("Accept"), accept), (self.tr("Leave out"), leave_out)), 1
        ):
            button = QPushButton(text)
            button.setAccessibleName(
                fill(self.tr("%1 — %2: %3"), text, person.person.display_name, given)
            )
            button.clicked.connect(partial(self._decide, decision))
            self._place(button, row, column)

    def _remember_focus(self) -> None:
        """Where the pressed button sat, so the keyboard carries on from there once the list
        is rebuilt (the next person's Accept all, or the next line's button)."""
        focused = self.focusWidget()
        self._focus_at = next((at for at, b in self._buttons.items() if b is focused), None)

    def _focus_after_decision(self) -> None:
        at, self._focus_at = self._focus_at, None
        if at is None or not self._buttons:
            return
        places = sorted(self._buttons)
        # the first in the same column at or after where the pressed one was; else the last
        after = [p for p in places if p >= at and p[1] == at[1]]
        button = self._buttons[(after or places)[0 if after else -1]]
        button.show()  # as the layout would, a moment later: a hidden button takes no focus
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self, button: QPushButton, row: int, column: int, columns: int = 1) -> None:
        self._grid.addWidget(button, row, column, 1, columns)
        self._buttons[(row, column)] = button

    def _decide(self, decision: Callable[[], object]) -> None:
        """Record the organizer's decision, then show what is still waiting, the keyboard
        where it was."""
        self._remember_focus()
        with user_errors(self, self.tr("record the decision")):
            decision()
        self.fill()
