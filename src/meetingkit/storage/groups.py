"""Groups, their members, and which group each meeting belongs to, in SQLite."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.i18n import fill, translate
from meetingkit.core.ladder import (
    Rung,
    default_rungs,
    is_default,
    rungs_from_json,
    rungs_to_json,
)
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.database import utc_now
from meetingkit.storage.group_headcounts import BY_NAME, meeting_headcounts
from meetingkit.storage.meetings import MeetingStore, no_meeting
from meetingkit.storage.people import PeopleStore


@dataclass(frozen=True)
class GroupSummary:
    """A line of the groups list: the group, its member count, and each of its meetings'
    start and headcount (from the counts kept, once a meeting's personal data is purged)."""

    group: Group
    members: int
    meetings: tuple[tuple[dt.datetime, int], ...]  # oldest first


class GroupStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # Groups

    def create(self, group: Group) -> Group:
        g = group.validated()
        try:
            cur = self._conn.execute(
                "INSERT INTO groups (name, kind, ladder, missed_meetings, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [g.name, g.kind.value, _ladder(g.rungs), g.missed_meetings, utc_now()],
            )
        except sqlite3.IntegrityError as e:
            raise _name_taken(g.name) from e
        return replace(g, id=cur.lastrowid)

    def update(self, group: Group) -> Group:
        g = group.validated()
        try:
            cur = self._conn.execute(
                "UPDATE groups SET name = ?, kind = ?, ladder = ?, missed_meetings = ?"
                " WHERE id = ?",
                [g.name, g.kind.value, _ladder(g.rungs), g.missed_meetings, g.id],
            )
        except sqlite3.IntegrityError as e:
            raise _name_taken(g.name) from e
        if cur.rowcount == 0:
            raise NotFoundError(
                fill(translate("Groups", "The group “%1” no longer exists."), g.name)
            )
        return g

    def delete(self, group_id: int) -> None:
        """Delete the group and its member list; its meetings stay, belonging to no group."""
        cur = self._conn.execute("DELETE FROM groups WHERE id = ?", [group_id])
        if cur.rowcount == 0:
            raise NotFoundError(translate("Groups", "That group no longer exists."))

    def get(self, group_id: int) -> Group:
        row = self._conn.execute(
            "SELECT id, name, kind, ladder, missed_meetings FROM groups WHERE id = ?", [group_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("Groups", "That group no longer exists."))
        return _group(row)

    def all(self) -> list[Group]:
        """Every group, by name."""
        rows = self._conn.execute(
            "SELECT id, name, kind, ladder, missed_meetings FROM groups" + BY_NAME
        )
        return [_group(r) for r in rows]

    def summaries(self) -> list[GroupSummary]:
        """Every group with its member count and its meetings' headcounts, in three queries."""
        members = dict(
            self._conn.execute("SELECT group_id, count(*) FROM group_members GROUP BY group_id")
        )
        meetings = meeting_headcounts(self._conn)
        return [
            GroupSummary(g, members.get(g.key, 0), tuple(meetings.get(g.key, ())))
            for g in self.all()
        ]

    # Members

    def member_ids(self, group_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT m.person_id FROM group_members m JOIN people p ON p.id = m.person_id"
            " WHERE m.group_id = ? ORDER BY p.sort_name, p.id",
            [group_id],
        )
        return [r[0] for r in rows]

    def members(self, group_id: int) -> list[Person]:
        """The group's members, by name."""
        people = PeopleStore(self._conn)
        return [people.get(person_id) for person_id in self.member_ids(group_id)]

    def add_member(self, group_id: int, person_id: int) -> bool:
        """Add someone to the group; False if they were a member already."""
        try:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO group_members (group_id, person_id) VALUES (?, ?)",
                [group_id, person_id],
            )
        except sqlite3.IntegrityError as e:
            raise NotFoundError(
                translate("Groups", "That group or person no longer exists.")
            ) from e
        return cur.rowcount == 1

    def remove_member(self, group_id: int, person_id: int) -> None:
        """Take someone off the member list; their attendance and commitments stay."""
        self._conn.execute(
            "DELETE FROM group_members WHERE group_id = ? AND person_id = ?",
            [group_id, person_id],
        )

    # Meetings

    def meeting_ids(self, group_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM meetings WHERE group_id = ? ORDER BY date, start, id", [group_id]
        )
        return [r[0] for r in rows]

    def meetings(self, group_id: int) -> list[Meeting]:
        """The group's meetings, held and planned, oldest first."""
        store = MeetingStore(self._conn)
        return [store.get(meeting_id) for meeting_id in self.meeting_ids(group_id)]

    def group_of(self, meeting_id: int) -> int | None:
        """The id of the group a meeting belongs to, or None."""
        row = self._conn.execute(
            "SELECT group_id FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        if row is None:
            raise no_meeting(meeting_id)
        return None if row[0] is None else int(row[0])

    def set_meeting_group(self, meeting_id: int, group_id: int | None) -> None:
        """Make the meeting one of the group's (None: of no group)."""
        try:
            cur = self._conn.execute(
                "UPDATE meetings SET group_id = ? WHERE id = ?", [group_id, meeting_id]
            )
        except sqlite3.IntegrityError as e:
            raise NotFoundError(translate("Groups", "That group no longer exists.")) from e
        if cur.rowcount == 0:
            raise no_meeting(meeting_id)


def _ladder(rungs: tuple[Rung, ...]) -> str:
    """'' while the ladder is the default one (named in English or in the app's language), so
    an improved default reaches it."""
    return "" if is_default(rungs) else rungs_to_json(rungs)


def _group(row: sqlite3.Row) -> Group:
    try:
        rungs = rungs_from_json(row["ladder"])
    except ValidationError:
        # Only a hand-edited file gets here: show the default ladder, which "Edit rungs…"
        # then saves over the damaged one.
        rungs = default_rungs()
    return Group(
        name=row["name"],
        kind=GroupKind(row["kind"]),
        rungs=rungs,
        missed_meetings=row["missed_meetings"],
        id=row["id"],
    )


def _name_taken(name: str) -> ValidationError:
    return ValidationError(
        fill(
            translate("Groups", "There is already a group called “%1”. Choose another name."), name
        )
    )
