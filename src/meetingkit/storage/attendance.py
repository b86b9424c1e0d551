"""Who is present at a meeting: the room that airtime shares are measured against.

Each attendee's profession and self-identified groups are kept as they were at the meeting
(m016, m021: a report and the airtime by group count the meeting's room, not today's
directory). A change made on the day of a meeting not yet ended — a typo fixed at the door,
a sign-in's answers fixed on the phone, a group given on arrival — reaches that meeting too
(`follow_profession`, `follow_categories`); a finished meeting keeps what it had. Someone
who withdraws a group altogether is taken out of every meeting's groups
(storage.erasure.withdraw_categories).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import translate
from meetingkit.core.meeting import Meeting


@dataclass(frozen=True)
class Present:
    person_id: int
    first_name: str
    last_name: str
    profession: str  # as it was at the meeting
    arrived_ms: int
    source: str  # how they were marked: "stack", "manual", later "phone" and "kiosk"
    categories: frozenset[str] = frozenset()  # self-identified groups, as at the meeting

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class AttendanceStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def present(self, meeting_id: int) -> list[Present]:
        rows = self._conn.execute(
            "SELECT a.person_id, p.first_name, p.last_name, a.profession, a.arrived_ms,"
            " a.source, a.categories"
            " FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?"
            " ORDER BY p.sort_name",
            [meeting_id],
        ).fetchall()
        groups = _Categories()
        return [
            Present(r[0], r[1], r[2], r[3], r[4], r[5], categories=groups.of(r[6])) for r in rows
        ]

    def present_sorting(
        self, meeting_id: int, people: Collection[int] | None = None
    ) -> list[tuple[str, Present]]:
        """Those `present` lists, each with the name they sort by (people.sort_name), in no
        order; of `people` only, if given (found by person: a room of thousands is not read
        for a few)."""
        where = "a.meeting_id = ?"
        args: list[object] = [meeting_id]
        if people is not None:
            where += " AND a.person_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(sorted(people)))
        rows = self._conn.execute(
            "SELECT a.person_id, p.first_name, p.last_name, a.profession, a.arrived_ms,"
            " a.source, a.categories, p.sort_name"
            f" FROM attendance a JOIN people p ON p.id = a.person_id WHERE {where}",
            args,
        ).fetchall()
        groups = _Categories()
        return [
            (r[7], Present(r[0], r[1], r[2], r[3], r[4], r[5], categories=groups.of(r[6])))
            for r in rows
        ]

    def present_count(self, meeting_id: int) -> int:
        """How many are present: as many as `present` lists, without reading who."""
        row = self._conn.execute(
            "SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id"
            " WHERE a.meeting_id = ?",
            [meeting_id],
        ).fetchone()
        return int(row[0])

    def mark_present(
        self, meeting_id: int, person_id: int, arrived_ms: int, source: str, profession: str = ""
    ) -> bool:
        """Mark someone present (once), with their profession and self-identified groups as
        the directory has them now — or, when the record has no profession, `profession`
        (one given on a sign-in, which does not change the record); True if they were not
        already."""
        gone = NotFoundError(translate("Attendance", "That meeting or person no longer exists."))
        row = self._conn.execute(
            "SELECT profession FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row is None:
            raise gone
        given = self._conn.execute(
            "SELECT category FROM person_categories WHERE person_id = ?", [person_id]
        )
        try:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO attendance"
                " (meeting_id, person_id, arrived_ms, source, profession, categories)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    meeting_id,
                    person_id,
                    arrived_ms,
                    source,
                    row[0] or profession,
                    categories_json(r[0] for r in given),
                ],
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
            " AND meeting_id IN (SELECT value FROM json_each(?))",
            [profession, person_id, profession, _not_ended(self._conn, today)],
        )
        return cur.rowcount

    def follow_categories(self, person_id: int, categories: Iterable[str], today: dt.date) -> int:
        """The self-identified groups this person gives changed: the meetings they are
        marked present at that have not ended (as for `follow_profession`) take them too;
        a finished meeting keeps the groups they had there. How many meetings changed."""
        given = categories_json(categories)
        cur = self._conn.execute(
            "UPDATE attendance SET categories = ? WHERE person_id = ? AND categories != ?"
            " AND meeting_id IN (SELECT value FROM json_each(?))",
            [given, person_id, given, _not_ended(self._conn, today)],
        )
        return cur.rowcount

    def kept_categories(self, person_id: int) -> frozenset[str]:
        """The self-identified groups some meeting still counts this person in, as they gave
        them when they came: what a withdrawal would take out of past meetings."""
        rows = self._conn.execute(
            "SELECT DISTINCT j.value FROM attendance a, json_each(a.categories) j"
            " WHERE a.person_id = ? AND json_valid(a.categories) AND j.type = 'text'",
            [person_id],
        )
        return frozenset(r[0] for r in rows)

    def mark_absent(self, meeting_id: int, person_id: int) -> None:
        self._conn.execute(
            "DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [meeting_id, person_id],
        )

    def newcomers(self, since: str, until: str) -> list[Newcomer]:
        """People who came for the first time (storage.first_timers) to a meeting held from
        `since` to `until` (ISO dates, both included): who is new to the base, oldest first."""
        from meetingkit.storage.first_timers import newcomers

        return newcomers(self._conn, since, until)


def _not_ended(conn: sqlite3.Connection, today: dt.date) -> str:
    """The meetings not ended on `today`, as a JSON list of their ids: its day (or, for one
    planned past midnight, the day it ends) is not over, its agenda was not ended, and it was
    not purged. The day it ends is `Meeting.planned_end`'s, counted in real minutes: on a
    night the clocks change near midnight, the plain sum of the start and the minutes falls
    on the other side of midnight (core.wall_clock)."""
    rows = conn.execute(
        "SELECT m.id, m.date, m.start, m.planned_minutes FROM meetings m"
        " LEFT JOIN agenda_runs r ON r.meeting_id = m.id"
        " WHERE r.ended_ms IS NULL AND m.purged_at IS NULL AND (m.date >= ? OR"
        # the plain sum a day on: the real end is never a day from it
        "  date(m.date || ' ' || m.start, '+' || m.planned_minutes || ' minutes', '+1 day')"
        "  >= ?)",
        [today.isoformat(), today.isoformat()],
    )
    on = []
    for meeting_id, date, start, minutes in rows:
        day, at = dt.date.fromisoformat(date), dt.time.fromisoformat(start)
        if Meeting("", day, at, planned_minutes=minutes).is_upcoming(today):
            on.append(meeting_id)
    return json.dumps(on)


def categories_json(categories: Iterable[str]) -> str:
    """Self-identified groups as attendance.categories keeps them: a JSON list, sorted,
    written as SQLite's json_group_array writes it (m021)."""
    return json.dumps(sorted(set(categories)), ensure_ascii=False, separators=(",", ":"))


class _Categories:
    """`categories_of` for the rows of one reading: most people give the same few groups (or
    none), each read once."""

    def __init__(self) -> None:
        self._read: dict[str | None, frozenset[str]] = {}

    def of(self, text: str | None) -> frozenset[str]:
        found = self._read.get(text)
        if found is None:
            found = self._read[text] = categories_of(text)
        return found


def categories_of(text: str | None) -> frozenset[str]:
    """The groups in an attendance.categories value; none if it cannot be read."""
    try:
        found = json.loads(text or "[]")
    except ValueError:
        return frozenset()
    if not isinstance(found, list):
        return frozenset()
    return frozenset(c for c in found if isinstance(c, str) and c)


@dataclass(frozen=True)
class Newcomer:
    person_id: int
    name: str
    profession: str
    first_date: str  # ISO date of their first meeting
