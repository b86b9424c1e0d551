"""What the next meeting is made from, read from one meeting: its parked stack entries, its open
commitments by person, who could take its roles and who held which role before — and its group,
when meetings have groups (a `group_id` column added by a later migration; without it, every
meeting counts as one series)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.carry_over import Candidate, OpenCommitment, ParkedEntry, PastRole
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.meeting import Role


def has_groups(conn: sqlite3.Connection) -> bool:
    return any(r[1] == "group_id" for r in conn.execute("PRAGMA table_info(meetings)"))


class CarryOverStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def group(self, meeting_id: int) -> int | None:
        if not has_groups(self._conn):
            return None
        row = self._conn.execute(
            "SELECT group_id FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        return None if row is None else row[0]

    def parked(self, meeting_id: int) -> list[ParkedEntry]:
        """Entries parked at the meeting, in the order they joined the stack."""
        rows = self._conn.execute(
            "SELECT s.name, coalesce(i.title, '') FROM stack_entries s"
            " LEFT JOIN agenda_items i ON i.id = s.item_id AND i.deleted = 0"
            " WHERE s.meeting_id = ? AND s.state = 'parked' ORDER BY s.added_ms, s.id",
            [meeting_id],
        )
        return [ParkedEntry(r[0], r[1]) for r in rows]

    def open_commitments(self, meeting_id: int) -> list[OpenCommitment]:
        """The meeting's commitments still to follow up (open or reached), with names."""
        rows = self._conn.execute(
            "SELECT p.first_name, p.last_name, c.text, c.status,"
            " coalesce(trim(o.first_name || ' ' || o.last_name), '')"
            " FROM commitments c JOIN people p ON p.id = c.person_id"
            " LEFT JOIN people o ON o.id = c.organizer_id"
            " WHERE c.meeting_id = ? AND c.status IN ('open', 'reached')"
            " ORDER BY p.sort_name, c.id",
            [meeting_id],
        )
        return [
            OpenCommitment(f"{r[0]} {r[1]}".strip(), r[2], FollowUpStatus(r[3]), r[4]) for r in rows
        ]

    def candidates(self, meeting_id: int) -> list[Candidate]:
        """Who could take a role next: the people present at the meeting, those who held a
        role in it, and (with groups) everyone who came to a meeting of its group."""
        group = self.group(meeting_id)
        members = (
            " UNION SELECT a.person_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
            " WHERE m.group_id = :group"
            if group is not None
            else ""
        )
        rows = self._conn.execute(
            "SELECT p.id, p.first_name, p.last_name,"
            " EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = :meeting"
            "         AND a.person_id = p.id)"
            " FROM people p WHERE p.id IN ("
            "  SELECT person_id FROM attendance WHERE meeting_id = :meeting"
            "  UNION SELECT person_id FROM meeting_roles WHERE meeting_id = :meeting"
            + members
            + ") ORDER BY p.sort_name, p.id",
            {"meeting": meeting_id, "group": group},
        )
        return [Candidate(r[0], f"{r[1]} {r[2]}".strip(), bool(r[3])) for r in rows]

    def role_history(self, meeting_id: int) -> list[PastRole]:
        """Roles held at this meeting and the ones before it (of its group, with groups)."""
        group = self.group(meeting_id)
        same_group = " AND m.group_id IS :group" if has_groups(self._conn) else ""
        rows = self._conn.execute(
            "SELECT r.role, r.person_id, m.date FROM meeting_roles r"
            " JOIN meetings m ON m.id = r.meeting_id"
            " JOIN meetings this ON this.id = :meeting"
            " WHERE m.date <= this.date" + same_group,
            {"meeting": meeting_id, "group": group},
        )
        known = {r.value for r in Role}
        return [
            PastRole(Role(r[0]), r[1], dt.date.fromisoformat(r[2])) for r in rows if r[0] in known
        ]
