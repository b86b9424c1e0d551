"""The self-identified groups each sign-in ticked, and which of them count.

A meeting's form may offer groups (core.signin.FormSettings.groups: "Night shift", "Spanish
speaking"), each an unticked box. What a person ticks is kept as the groups they give, where
the People page keeps them (person_categories, PeopleStore.set_categories), so the meeting
counts them as the person record's: the priority for chosen groups, the airtime-by-group
bars and the report read them from there (storage.attendance).

A sign-in that added its person to the directory is theirs: what it ticks is their record's
at once, and a fix within the edit window changes it. Anyone who knows a coworker's first
name and phone number can sign in as them, so a sign-in matched to a known person does not
add groups to their record by itself, as it does not agree to more for them (m027,
storage.signin_consents): a group their record lacks waits for the organizer, who accepts
it or leaves it out, and it counts (tonight too) only once accepted. Groups the record has
stay as they are whatever the sign-in leaves unticked: the boxes are optional, and an
unticked box says nothing; a person leaves a group on the People page (or withdraws it,
storage.erasure.withdraw_categories).

What a sign-in ticked, waiting or not, is what its phone's "Fix my answers" shows ticked, so
nobody learns from the page whether the record had the group or the sign-in was matched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from meetingkit.storage.attendance import categories_json, categories_of
from meetingkit.storage.people import PeopleStore


@dataclass(frozen=True)
class WaitingGroup:
    """A group `category` that the sign-ins of a person at one meeting ticked and their
    record lacks, waiting for the organizer (one for all their sign-ins there that ticked
    it)."""

    person_id: int
    meeting_id: int
    category: str
    meeting_title: str
    submitted_ms: int  # the earliest of those sign-ins


class SignInGroups:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save(
        self,
        signin_id: int,
        ticked: Collection[str],
        today: dt.date,
        *,
        matched: bool,
    ) -> None:
        """Keep what the sign-in ticked, replacing what it ticked before (a fix). Not
        `matched` (the sign-in added its person): their record's groups become what it ticks
        now, with any the organizer added kept. `matched`: a group the record lacks waits."""
        person_id = self._conn.execute(
            "SELECT person_id FROM signins WHERE id = ?", [signin_id]
        ).fetchone()[0]
        people = PeopleStore(self._conn)
        record = people.categories([person_id]).get(person_id, frozenset())
        before = self.ticked(signin_id)
        self._conn.execute("DELETE FROM signin_groups WHERE signin_id = ?", [signin_id])
        if not matched:
            wanted = (record - before) | frozenset(ticked)
            if wanted != record:
                people.set_categories(person_id, wanted, today=today)
            record = wanted
        self._conn.executemany(
            "INSERT INTO signin_groups (signin_id, category, waiting) VALUES (?, ?, ?)",
            [(signin_id, g, int(g not in record)) for g in sorted(set(ticked))],
        )

    def ticked(self, signin_id: int) -> frozenset[str]:
        """What the sign-in ticked, waiting or not."""
        rows = self._conn.execute(
            "SELECT category FROM signin_groups WHERE signin_id = ?", [signin_id]
        )
        return frozenset(r[0] for r in rows)

    def waiting(self, meeting_id: int | None = None) -> dict[int, list[WaitingGroup]]:
        """By person, the groups waiting for the organizer (from one meeting's sign-ins, or
        all), the earliest meeting first. A group their record has come to have meanwhile
        (typed in on the People page) is not waiting any more, and not shown."""
        where, args = ("", []) if meeting_id is None else ("AND s.meeting_id = ?", [meeting_id])
        rows = self._conn.execute(
            "SELECT s.person_id, s.meeting_id, g.category, coalesce(m.title, ''),"
            " min(s.submitted_ms) FROM signin_groups g JOIN signins s ON s.id = g.signin_id"
            f" LEFT JOIN meetings m ON m.id = s.meeting_id WHERE g.waiting = 1 {where}"
            " AND NOT EXISTS (SELECT 1 FROM person_categories c"
            "  WHERE c.person_id = s.person_id AND c.category = g.category)"
            " GROUP BY s.person_id, s.meeting_id, g.category",
            args,
        ).fetchall()
        rows.sort(key=lambda r: (r[4], r[1], r[2].casefold()))
        found: dict[int, list[WaitingGroup]] = {}
        for row in rows:
            found.setdefault(row[0], []).append(WaitingGroup(*row))
        return found

    def people_waiting(self, meeting_id: int | None = None) -> set[int]:
        """Who has groups waiting (from one meeting's sign-ins, or all)."""
        return set(self.waiting(meeting_id))

    def accept(self, group: WaitingGroup, today: dt.date | None = None) -> None:
        """The organizer knows it was them: their record takes the group (so the meetings
        not yet ended count it, as for one typed on the People page), and the meeting it was
        given at counts it too, ended or not."""
        people = PeopleStore(self._conn)
        record = people.categories([group.person_id]).get(group.person_id, frozenset())
        people.set_categories(group.person_id, record | {group.category}, today=today)
        row = self._conn.execute(
            "SELECT categories FROM attendance WHERE meeting_id = ? AND person_id = ?",
            [group.meeting_id, group.person_id],
        ).fetchone()
        if row is not None:
            self._conn.execute(
                "UPDATE attendance SET categories = ? WHERE meeting_id = ? AND person_id = ?",
                [
                    categories_json(categories_of(row[0]) | {group.category}),
                    group.meeting_id,
                    group.person_id,
                ],
            )
        self._conn.execute(f"UPDATE signin_groups SET waiting = 0 WHERE {_SAME}", _args(group))

    def leave_out(self, group: WaitingGroup) -> None:
        """Not known to be theirs: the sign-ins no longer give it, and it is forgotten."""
        self._conn.execute(f"DELETE FROM signin_groups WHERE {_SAME}", _args(group))


# The groups of a person's sign-ins at one meeting with one name, waiting
_SAME = (
    "waiting = 1 AND category = ? AND signin_id IN"
    " (SELECT id FROM signins WHERE person_id = ? AND meeting_id = ?)"
)


def _args(group: WaitingGroup) -> list[object]:
    return [group.category, group.person_id, group.meeting_id]
