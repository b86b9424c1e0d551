"""Reviewing new details from sign-in: the organizer adds each to the person's record, or
leaves it out (storage.new_details). A sign-in never changes a known person's record itself,
nor agrees for them to more than they had: each consent it gave beyond that counts once the
organizer accepts it (storage.signin_consents), as does each self-identified group it ticked
that their record lacks (storage.signin_groups).

The People page reviews them all; a meeting's Sign-in tab reviews those its sign-ins gave
(SignInSession.new_details_review), like possible duplicates.

At a first assembly, everyone imported from a roster or typed in by hand has agreed to
nothing yet, so each regular's first sign-in leaves two to four consents waiting: the
organizer who knows it was them accepts all of a person's at once (`accept_all`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Protocol

from meetingkit.storage.new_details import NewDetail, NewDetailsStore, PersonDetails
from meetingkit.storage.signin_consents import SignInConsents, WaitingConsent
from meetingkit.storage.signin_groups import SignInGroups, WaitingGroup


class NewDetailDecisions(Protocol):
    """What the review needs: the details and consents waiting, grouped by person, and the
    decisions on each."""

    def new_details(self) -> list[PersonDetails]: ...

    def add_to_record(self, detail: NewDetail) -> None: ...

    def leave_out(self, detail: NewDetail) -> None: ...

    def accept_consent(self, consent: WaitingConsent) -> None: ...

    def leave_out_consent(self, consent: WaitingConsent) -> None: ...

    def accept_group(self, group: WaitingGroup) -> None: ...

    def leave_out_group(self, group: WaitingGroup) -> None: ...


class NewDetailsReview:
    """Every new detail and consent from sign-in waiting for the organizer, from any meeting;
    with a `meeting_id`, only that meeting's sign-ins'."""

    def __init__(self, conn: sqlite3.Connection, meeting_id: int | None = None) -> None:
        self._store = NewDetailsStore(conn)
        self._consents = SignInConsents(conn)
        self._groups = SignInGroups(conn)
        self._meeting_id = meeting_id

    def new_details(self) -> list[PersonDetails]:
        return self._store.waiting(self._meeting_id)

    def count(self) -> int:
        """How many people have new details or consents waiting."""
        return self._store.count(self._meeting_id)

    def add_to_record(self, detail: NewDetail) -> None:
        self._store.add_to_record(detail)

    def leave_out(self, detail: NewDetail) -> None:
        self._store.leave_out(detail)

    def accept_consent(self, consent: WaitingConsent) -> None:
        self._consents.accept(consent)

    def leave_out_consent(self, consent: WaitingConsent) -> None:
        self._consents.leave_out(consent)

    def accept_group(self, group: WaitingGroup) -> None:
        self._groups.accept(group)

    def leave_out_group(self, group: WaitingGroup) -> None:
        self._groups.leave_out(group)


def accepts_something(person: PersonDetails) -> bool:
    """Whether `accept_all` would decide anything for `person`: not when all that waits is
    details their sign-ins gave two values for, which the organizer chooses between."""
    values = Counter(detail.field for detail in person.details)
    return bool(person.consents or person.groups) or any(n == 1 for n in values.values())


def accept_all(review: NewDetailDecisions, person: PersonDetails) -> None:
    """It was them: everything waiting for `person` is accepted, as if the organizer pressed
    each button in turn (each decision stands on its own). Their consents and groups count, and
    their new details go into the record, except where their sign-ins gave one detail two
    different values (two emails at two meetings): which is theirs now stays for the
    organizer to choose."""
    for consent in person.consents:
        review.accept_consent(consent)
    for group in person.groups:
        review.accept_group(group)
    values = Counter(detail.field for detail in person.details)
    for detail in person.details:
        if values[detail.field] == 1:
            review.add_to_record(detail)
