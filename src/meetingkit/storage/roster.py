"""Roster imports: everyone's contacts for matching rows, applying a plan in one transaction
(with its possible duplicates flagged for review), and the log of which file added or updated
how many people."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from meetingkit.core.roster import ContactIndex, ImportPlan, fill_blanks
from meetingkit.core.signin import Candidate
from meetingkit.storage.database import transaction
from meetingkit.storage.duplicates import DuplicateStore
from meetingkit.storage.people import PeopleStore


@dataclass(frozen=True)
class RosterImportEntry:
    id: int
    imported_ms: int
    file_name: str
    mapping: dict[str, str]  # column header -> field
    added: int
    updated: int
    skipped: int


class RosterStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def contact_index(self) -> ContactIndex:
        """Every person's names and contacts, held in memory: one read, then each row of a
        100,000-row file is matched without another query."""
        rows = self._conn.execute("SELECT id, first_name, last_name, phone, email FROM people")
        return ContactIndex(Candidate(*(r[0], *(v or "" for v in r[1:]))) for r in rows)

    def apply(
        self,
        plan: ImportPlan,
        *,
        file_name: str,
        mapping: Mapping[str, str],
        now_ms: int,
    ) -> RosterImportEntry:
        """Add the plan's new people and fill the blanks of those it matched, all or nothing,
        log the import, and flag the new people who may be someone else for review."""
        people = PeopleStore(self._conn)
        with transaction(self._conn):
            added = {  # -line of a row -> the person it added
                -line: people.add(person).key
                for line, person in zip(plan.new_lines, plan.new_people, strict=True)
            }
            updated = 0
            for person_id, incoming in plan.updates:
                filled, changed = fill_blanks(people.get(person_id), incoming)
                if changed:
                    people.update(filled)
                    updated += 1
            counts = (plan.added, updated, plan.skipped)
            cur = self._conn.execute(
                "INSERT INTO roster_imports (imported_ms, file_name, mapping, added, updated,"
                " skipped) VALUES (?, ?, ?, ?, ?, ?)",
                [now_ms, file_name, json.dumps(dict(mapping), ensure_ascii=False), *counts],
            )
            pairs = plan.possible_duplicate_pairs()
            DuplicateStore(self._conn).flag_imported(
                [(added[-line], other if other > 0 else added[other]) for line, other in pairs],
                int(cur.lastrowid or 0),
                now_ms,
            )
        return RosterImportEntry(int(cur.lastrowid or 0), now_ms, file_name, dict(mapping), *counts)

    def imports(self) -> list[RosterImportEntry]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT id, imported_ms, file_name, mapping, added, updated, skipped"
            " FROM roster_imports ORDER BY imported_ms DESC, id DESC"
        ).fetchall()
        return [
            RosterImportEntry(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]) for r in rows
        ]
