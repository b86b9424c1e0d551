"""Who is present at a meeting: the room that airtime shares are measured against.

Each attendee's profession is kept as it was at the meeting (a report counts the meeting's
room, not today's directory). A correction made on the day of a meeting not yet ended — a
typo fixed at the door, a sign-in's answers fixed on the phone — reaches that meeting too
(`follow_profession`); a finished meeting keeps what it had.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import translate


@dataclass(frozen=True)
class Present:
    person_id: int
    first_name: str
    last_name: str
    profession: str  # as it was at the meeting
    arrived_ms: int
    source: str  # how they were marked: "stack", "manual", later "phone" and "kiosk"

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class AttendanceStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def present(self, meeting_id: int) -> list[Present]:
        rows = self._conn.execute(
            "SELECT a.person_id, p.first_name, p.last_name, a.profession, a.arrived_ms, a.source"
            " FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?"
            " ORDER BY p.sort_name",
            [meeting_id],
        ).fetchall()
        return [Present(*r) for r in rows]

    def mark_present(self, meeting_id: int, person_id: int, arrived_ms: int, source: str) -> bool:
        """Mark someone present (once), with their profession as the directory has it now;
        True if they were not already."""
        gone = NotFoundError(translate("Attendance", "That meeting or person no longer exists."))
        row = self._conn.execute(
            "SELECT profession FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row is None:
            raise gone
        try:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO attendance"
                " (meeting_id, person_id, arrived_ms, source, profession) VALUES (?, ?, ?, ?, ?)",
                [meeting_id, person_id, arrived_ms, source, row[0] or ""],
            )
        except sqlite3.IntegrityError as e:
            raise gone from e
        return cur.rowcount == 1

    def follow_profession(self, person_id: int, profession: str, today: dt.date) -> int:
        """The directory's profession for this person changed: the meetings they are marked
        present at that have not ended take it too, as a facilitator fixing a typo at the door
        expects tonight's meeting to. Not ended: its day (or, for one planned past midnight,
        the day it ends) is not over, its agenda was not ended, and it was not purged. A
        finished meeting keeps the profession it had. How many meetings changed."""
        cur = self._conn.execute(
            "UPDATE attendance SET profession = ? WHERE person_id = ? AND profession != ?"
            " AND meeting_id IN (SELECT m.id FROM meetings m"
            "  LEFT JOIN agenda_runs r ON r.meeting_id = m.id"
            "  WHERE (m.date >= ? OR"
            "   date(m.date || ' ' || m.start, '+' || m.planned_minutes || ' minutes') >= ?)"
            "  AND r.ended_ms IS NULL AND m.purged_at IS NULL)",
            [profession, person_id, profession, today.isoformat(), today.isoformat()],
        )
        return cur.rowcount

    def mark_absent(self, meeting_id: int, person_id: int) -> None:
        self._conn.execute(
            "DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        )

    def newcomers(self, since: str, until: str) -> list[Newcomer]:
        """People whose first meeting (by meeting date, ISO `since` ≤ date ≤ `until`) falls in
        the range: who is new to the base, oldest first."""
        rows = self._conn.execute(
            "SELECT p.id, p.first_name, p.last_name, p.profession, first.date"
            " FROM (SELECT a.person_id, MIN(m.date) AS date FROM attendance a"
            "       JOIN meetings m ON m.id = a.meeting_id GROUP BY a.person_id) AS first"
            " JOIN people p ON p.id = first.person_id"
            " WHERE first.date BETWEEN ? AND ? ORDER BY first.date, p.sort_name",
            [since, until],
        ).fetchall()
        return [Newcomer(r[0], f"{r[1]} {r[2]}".strip(), r[3], r[4]) for r in rows]


@dataclass(frozen=True)
class Newcomer:
    person_id: int
    name: str
    profession: str
    first_date: str  # ISO date of their first meeting
