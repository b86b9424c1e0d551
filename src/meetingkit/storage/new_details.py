"""New details from sign-in: what a sign-in matched to a known person gave that their record
lacks or says otherwise, kept with that sign-in until the organizer decides.

Anyone who knows a coworker's first name and phone number can sign in as them; were their
email written into the record, the follow-ups would go to whoever signed in. So a matched
sign-in never changes the record (storage.signin): its new details wait here, grouped by
person, and the organizer adds each to the record or leaves it out. They go with the
sign-in: taken back, its meeting purged, or the person forgotten (storage.erasure). The
consents it gave beyond what the person had agreed to wait with them, for the organizer to
accept or leave out (storage.signin_consents), and so do the self-identified groups it ticked
that their record lacks (storage.signin_groups).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from meetingkit.core.new_details import DETAIL_FIELDS, new_details, same_detail
from meetingkit.core.person import Person
from meetingkit.storage.database import transaction
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin_consents import SignInConsents, WaitingConsent
from meetingkit.storage.signin_groups import SignInGroups, WaitingGroup


@dataclass(frozen=True)
class NewDetail:
    """One detail one sign-in gave: `value` for the record's `field`."""

    signin_id: int
    person_id: int
    field: str
    value: str
    meeting_title: str
    submitted_ms: int


@dataclass(frozen=True)
class PersonDetails:
    """A person's record as it is, the new details their sign-ins gave, in the order a
    record reads (and, for one field, the earliest sign-in first), and the consents their
    sign-ins gave beyond what they had agreed to, and the groups they ticked that the record
    lacks, the earliest meeting first."""

    person: Person
    details: tuple[NewDetail, ...]
    consents: tuple[WaitingConsent, ...] = ()
    groups: tuple[WaitingGroup, ...] = ()


class NewDetailsStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def keep(self, signin_id: int, person_id: int, given: Mapping[str, str]) -> None:
        """Keep with the sign-in what `given` (its directory answers) adds to the person's
        record or says otherwise; any the sign-in gave before (a fix) are replaced."""
        record = PeopleStore(self._conn).get(person_id)
        self._conn.execute("DELETE FROM signin_details WHERE signin_id = ?", [signin_id])
        self._conn.executemany(
            "INSERT INTO signin_details (signin_id, field, value) VALUES (?, ?, ?)",
            [(signin_id, f, v) for f, v in new_details(record, given).items()],
        )

    def waiting(self, meeting_id: int | None = None) -> list[PersonDetails]:
        """Everyone with new details, consents or groups from sign-in (those of one meeting's
        sign-ins, or all), by name. A detail the record has come to say meanwhile (typed in
        on the laptop) is not new any more, and not shown."""
        where, args = ("", []) if meeting_id is None else ("WHERE s.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            "SELECT d.signin_id, s.person_id, d.field, d.value, coalesce(m.title, ''),"
            " s.submitted_ms FROM signin_details d JOIN signins s ON s.id = d.signin_id"
            f" LEFT JOIN meetings m ON m.id = s.meeting_id {where}"
            " ORDER BY s.person_id, s.submitted_ms, s.id",
            args,
        ).fetchall()
        by_person: dict[int, list[NewDetail]] = {}
        for row in rows:
            by_person.setdefault(row[1], []).append(NewDetail(*row))
        consents = SignInConsents(self._conn).waiting(meeting_id)
        groups = SignInGroups(self._conn).waiting(meeting_id)
        people = PeopleStore(self._conn)
        found = []
        for person_id in by_person.keys() | consents.keys() | groups.keys():
            person = people.get(person_id)
            still = [d for d in by_person.get(person_id, ()) if _still_new(person, d)]
            still.sort(key=lambda d: DETAIL_FIELDS.index(d.field))  # stable: earliest first
            agreed = tuple(consents.get(person_id, ()))
            given = tuple(groups.get(person_id, ()))
            if still or agreed or given:
                found.append(PersonDetails(person, tuple(_distinct(still)), agreed, given))
        found.sort(key=lambda p: (p.person.sort_name, p.person.key))
        return found

    def count(self, meeting_id: int | None = None) -> int:
        """How many people have new details or consents waiting (from one meeting's
        sign-ins, or all): the People page and the Sign-in tab show it."""
        where, args = ("", []) if meeting_id is None else ("WHERE s.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            f"SELECT s.person_id, d.field, d.value, {', '.join(f'p.{f}' for f in DETAIL_FIELDS)}"
            " FROM signin_details d JOIN signins s ON s.id = d.signin_id"
            f" JOIN people p ON p.id = s.person_id {where}",
            args,
        ).fetchall()
        return len(
            {
                person_id
                for person_id, field, value, *now in rows
                if not same_detail(field, now[DETAIL_FIELDS.index(field)], value)
            }
            | SignInConsents(self._conn).people_waiting(meeting_id)
            | SignInGroups(self._conn).people_waiting(meeting_id)
        )

    def add_to_record(self, detail: NewDetail) -> Person:
        """The organizer knows it is theirs: the record takes it, and the detail (and the
        same one from any other sign-in of theirs) is done with. The record as it is now."""
        with transaction(self._conn):
            people = PeopleStore(self._conn)
            values: dict[str, Any] = {detail.field: detail.value}
            person = people.update(replace(people.get(detail.person_id), **values))
            self._forget_same(detail)
        return person

    def leave_out(self, detail: NewDetail) -> None:
        """The record stays as it is; the detail (and the same one from any other sign-in of
        theirs) is forgotten."""
        with transaction(self._conn):
            self._forget_same(detail)

    def _forget_same(self, detail: NewDetail) -> None:
        rows = self._conn.execute(
            "SELECT d.signin_id, d.value FROM signin_details d JOIN signins s"
            " ON s.id = d.signin_id WHERE s.person_id = ? AND d.field = ?",
            [detail.person_id, detail.field],
        ).fetchall()
        self._conn.executemany(
            "DELETE FROM signin_details WHERE signin_id = ? AND field = ?",
            [
                (signin_id, detail.field)
                for signin_id, value in rows
                if signin_id == detail.signin_id or same_detail(detail.field, value, detail.value)
            ],
        )


def _still_new(person: Person, detail: NewDetail) -> bool:
    return not same_detail(detail.field, getattr(person, detail.field), detail.value)


def _distinct(details: list[NewDetail]) -> list[NewDetail]:
    """One of each value a person's sign-ins gave a field (the earliest): someone who signed
    in at three meetings with the same email is asked about it once."""
    kept: list[NewDetail] = []
    for d in details:
        if not any(k.field == d.field and same_detail(d.field, k.value, d.value) for k in kept):
            kept.append(d)
    return kept
