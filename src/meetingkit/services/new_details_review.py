"""Reviewing new details from sign-in: the organizer adds each to the person's record, or
leaves it out (storage.new_details). A sign-in never changes a known person's record itself.

The People page reviews them all; a meeting's Sign-in tab reviews those its sign-ins gave
(services.signin_session, which offers the same calls), like possible duplicates.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from meetingkit.storage.new_details import NewDetail, NewDetailsStore, PersonDetails


class NewDetailDecisions(Protocol):
    """What the review needs: the details waiting, grouped by person, and the two decisions."""

    def new_details(self) -> list[PersonDetails]: ...

    def add_to_record(self, detail: NewDetail) -> None: ...

    def leave_out(self, detail: NewDetail) -> None: ...


class NewDetailsReview:
    """Every new detail from sign-in waiting for the organizer, from any meeting; with a
    `meeting_id`, only that meeting's sign-ins'."""

    def __init__(self, conn: sqlite3.Connection, meeting_id: int | None = None) -> None:
        self._store = NewDetailsStore(conn)
        self._meeting_id = meeting_id

    def new_details(self) -> list[PersonDetails]:
        return self._store.waiting(self._meeting_id)

    def count(self) -> int:
        """How many people have new details waiting."""
        return self._store.count(self._meeting_id)

    def add_to_record(self, detail: NewDetail) -> None:
        self._store.add_to_record(detail)

    def leave_out(self, detail: NewDetail) -> None:
        self._store.leave_out(detail)
