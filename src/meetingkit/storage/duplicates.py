"""Possible duplicates waiting for a person to review them: someone who signed in, or whom a
roster import added, sharing a phone, an email or a full name with someone already known.

A sign-in flags them for its meeting (storage.signin), an import for itself
(storage.roster); the meeting's sign-in menu reviews that meeting's, the People menu all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore


@dataclass(frozen=True)
class DuplicateFlag:
    id: int
    new: Person  # who signed in, or whom an import added
    existing: Person  # who they may be
    meeting_title: str = ""  # the meeting they signed in to, if they signed in
    file_name: str = ""  # the roster file that added them, if an import did


class DuplicateStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def flags(self, meeting_id: int | None = None) -> list[DuplicateFlag]:
        """The flags of one meeting's sign-in, or (None) every flag, oldest first."""
        where, params = ("", []) if meeting_id is None else ("WHERE f.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            "SELECT f.id, f.person_id, f.other_person_id, coalesce(m.title, ''),"
            " coalesce(r.file_name, '') FROM duplicate_flags f"
            " LEFT JOIN meetings m ON m.id = f.meeting_id"
            f" LEFT JOIN roster_imports r ON r.id = f.roster_import_id {where}"
            " ORDER BY f.id",
            params,
        ).fetchall()
        people = PeopleStore(self._conn).by_ids(i for r in rows for i in (r[1], r[2]))
        return [DuplicateFlag(r[0], people[r[1]], people[r[2]], r[3], r[4]) for r in rows]

    def count(self) -> int:
        """How many flags wait for review, from every meeting and import."""
        return int(self._conn.execute("SELECT count(*) FROM duplicate_flags").fetchone()[0])

    def flag_imported(
        self, pairs: Iterable[tuple[int, int]], roster_import_id: int, now_ms: int
    ) -> None:
        """Flag each (person an import added, whom they may duplicate)."""
        self._conn.executemany(
            "INSERT INTO duplicate_flags (person_id, other_person_id, roster_import_id,"
            " created_ms) VALUES (?, ?, ?, ?)",
            [(new, other, roster_import_id, now_ms) for new, other in pairs if new != other],
        )

    def dismiss(self, flag_id: int) -> None:
        """They are different people (a family sharing an email, two Marias)."""
        self._conn.execute("DELETE FROM duplicate_flags WHERE id = ?", [flag_id])

    def merge(self, flag: DuplicateFlag, take: Collection[str] = ()) -> None:
        """They are the same person: keep the existing record, with the fields named in
        `take` from the new one (core.person_merge), and move the new one's records into it."""
        from meetingkit.storage.people_merge import merge_people

        merge_people(self._conn, drop=flag.new.key, keep=flag.existing.key, take=take)
