"""Everything recorded about a group's meetings, read in a handful of queries: who came, who
held a role or owned an item, the counts kept for purged meetings, and the commitments of
everyone involved. The rules that read it live in core (group, ladder, group_attendance)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.group import CommitmentFact, Group, GroupMeeting
from meetingkit.core.person import Person
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.people import PeopleStore


@dataclass(frozen=True)
class GroupRecord:
    group: Group
    member_ids: tuple[int, ...]  # by name
    meetings: tuple[GroupMeeting, ...]  # held and planned, oldest first
    people: dict[int, Person]  # members and everyone who came to one of its meetings
    commitments: tuple[CommitmentFact, ...]  # every commitment of those people, any meeting


def read_group_record(conn: sqlite3.Connection, group_id: int) -> GroupRecord:
    store = GroupStore(conn)
    group = store.get(group_id)
    member_ids = store.member_ids(group_id)
    # Who came, with the profession each had at the meeting (attendance.profession, kept
    # since m016; rows from before took the directory's at the upgrade): never today's, so a
    # promotion since does not rewrite an old meeting's room.
    present: dict[int, set[int]] = {}
    professions: dict[int, list[tuple[int, str]]] = {}
    for meeting_id, person_id, profession in conn.execute(
        "SELECT a.meeting_id, a.person_id, a.profession FROM attendance a"
        " JOIN meetings m ON m.id = a.meeting_id WHERE m.group_id = ?"
        " ORDER BY a.meeting_id, a.person_id",
        [group_id],
    ):
        present.setdefault(meeting_id, set()).add(person_id)
        professions.setdefault(meeting_id, []).append((person_id, profession or ""))
    leaders = _pairs(
        conn,
        "SELECT r.meeting_id, r.person_id FROM meeting_roles r"
        " JOIN meetings m ON m.id = r.meeting_id WHERE m.group_id = ?"
        " UNION SELECT i.meeting_id, i.owner_id FROM agenda_items i"
        " JOIN meetings m ON m.id = i.meeting_id"
        " WHERE m.group_id = ? AND i.owner_id IS NOT NULL AND i.deleted = 0",
        group_id,
        group_id,
    )
    kept: dict[int, list[tuple[str, int]]] = {}
    for meeting_id, label, people in conn.execute(
        "SELECT c.meeting_id, c.label, c.people FROM meeting_counts c"
        " JOIN meetings m ON m.id = c.meeting_id"
        " WHERE m.group_id = ? AND c.measure = 'profession' ORDER BY c.label",
        [group_id],
    ):
        kept.setdefault(meeting_id, []).append((label, people))
    meetings = tuple(
        GroupMeeting(
            meeting_id=r[0],
            title=r[1],
            starts_at=dt.datetime.combine(dt.date.fromisoformat(r[2]), dt.time.fromisoformat(r[3])),
            present=frozenset(present.get(r[0], ())),
            leaders=frozenset(leaders.get(r[0], ())),
            purged=r[4] is not None,
            kept_professions=tuple(kept.get(r[0], ())),
            professions=tuple(professions.get(r[0], ())),
        )
        for r in conn.execute(
            "SELECT id, title, date, start, purged_at FROM meetings WHERE group_id = ?"
            " ORDER BY date, start, id",
            [group_id],
        )
    )
    involved = sorted(set(member_ids).union(*(m.present for m in meetings)))
    people = PeopleStore(conn).by_ids(involved)
    return GroupRecord(group, tuple(member_ids), meetings, people, commitment_facts(conn, involved))


def commitment_facts(
    conn: sqlite3.Connection, person_ids: Sequence[int]
) -> tuple[CommitmentFact, ...]:
    """Every commitment of these people, from any meeting, as the ladder counts them (each
    500 people's in the order they were made)."""
    facts: list[CommitmentFact] = []
    for start in range(0, len(person_ids), 500):  # under SQLite's limit of variables
        chunk = person_ids[start : start + 500]
        rows = conn.execute(
            "SELECT person_id, meeting_id, status, notes != '', updated_ms FROM commitments"
            f" WHERE person_id IN ({', '.join('?' * len(chunk))}) ORDER BY id",
            chunk,
        )
        facts += [
            CommitmentFact(
                r[0],
                r[1],
                FollowUpStatus(r[2]),
                bool(r[3]),
                dt.datetime.fromtimestamp(r[4] / 1000),  # local wall time, like meeting dates
            )
            for r in rows
        ]
    return tuple(facts)


def _pairs(conn: sqlite3.Connection, sql: str, *args: object) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for meeting_id, person_id in conn.execute(sql, args):
        found.setdefault(meeting_id, set()).add(person_id)
    return found
