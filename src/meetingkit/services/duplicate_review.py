"""Reviewing possible duplicates: a person decides whether two records are one person.

The People menu reviews them all — from every meeting's sign-in and every roster import; a
meeting's sign-in menu reviews those its sign-in found (services.signin_session, which offers
the same three calls).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from typing import Protocol

from meetingkit.storage.duplicates import DuplicateFlag, DuplicateStore


class DuplicateDecisions(Protocol):
    """What the review needs: the flags to show, and the two decisions."""

    def flags(self) -> list[DuplicateFlag]: ...

    def merge(self, flag: DuplicateFlag, take: Collection[str] = ()) -> None: ...

    def dismiss(self, flag: DuplicateFlag) -> None: ...


class DuplicateReview:
    """Every possible duplicate waiting for review, wherever it was found."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._store = DuplicateStore(conn)

    def flags(self) -> list[DuplicateFlag]:
        return self._store.flags()

    def count(self) -> int:
        return self._store.count()

    def merge(self, flag: DuplicateFlag, take: Collection[str] = ()) -> None:
        """The same person: the existing record stays, with the fields named in `take` from
        the new one (core.person_merge)."""
        self._store.merge(flag, take)

    def dismiss(self, flag: DuplicateFlag) -> None:
        """Different people (a family sharing an email, two Marias)."""
        self._store.dismiss(flag.id)
