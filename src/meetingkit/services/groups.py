"""Groups for the screens: the list, one group's picture (members and their ladder rung,
people not seen lately, professions over time as they were at each meeting), and the
changes an organizer makes.

The start screen does not load this: it asks only which groups are falling
(services/whats_next.py, with core/attendance_trend.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from meetingkit.core.attendance_trend import attendance_falling, held_headcounts
from meetingkit.core.clock import Clock
from meetingkit.core.group import (
    CommitmentFact,
    Contact,
    Group,
    GroupKind,
    GroupMeeting,
    MemberHistory,
    contact_of,
    held_meetings,
    member_histories,
)
from meetingkit.core.group_attendance import (
    Balance,
    NotSeen,
    balance,
    not_seen_lately,
)
from meetingkit.core.ladder import LadderCounts, Rung, ladder_counts, rung_for
from meetingkit.core.person import Person
from meetingkit.storage.group_record import read_group_record
from meetingkit.storage.groups import GroupStore, GroupSummary


@dataclass(frozen=True)
class GroupLine:
    group: Group
    members: int
    held: int  # meetings held so far
    upcoming: int
    headcounts: tuple[int, ...]  # of the held meetings, oldest first

    @property
    def falling(self) -> bool:
        return attendance_falling(self.headcounts)


@dataclass(frozen=True)
class MemberRow:
    person: Person
    history: MemberHistory
    rung: int | None  # index into the group's rungs; None: on no rung yet


@dataclass(frozen=True)
class NotSeenRow:
    person: Person
    not_seen: NotSeen
    contact: Contact
    member: bool


@dataclass(frozen=True)
class GroupOverview:
    group: Group
    held: tuple[GroupMeeting, ...]  # oldest first
    upcoming: int
    members: tuple[MemberRow, ...]  # by name
    # Members first, then the people who came without joining; each most recently seen first
    # (a year of drop-ins would otherwise bury the few members among them).
    not_seen: tuple[NotSeenRow, ...]
    balance: Balance
    ladder: LadderCounts  # members only
    today: dt.date  # the day it was read: dates in another year are shown with theirs

    @property
    def headcounts(self) -> tuple[int, ...]:
        return tuple(m.headcount for m in self.held)

    @property
    def falling(self) -> bool:
        return attendance_falling(self.headcounts)


class Groups:
    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._store = GroupStore(conn)
        self._clock = clock

    def now(self) -> dt.datetime:
        """Local wall time, like meeting dates and times."""
        return dt.datetime.fromtimestamp(self._clock.now())

    # Reading

    def lines(self) -> list[GroupLine]:
        return [_line(s, self.now()) for s in self._store.summaries()]

    def get(self, group_id: int) -> Group:
        return self._store.get(group_id)

    def overview(self, group_id: int) -> GroupOverview:
        now = self.now()
        record = read_group_record(self._conn, group_id)
        group = record.group
        held = held_meetings(record.meetings, now)
        histories = member_histories(record.meetings, record.commitments, record.people, now)
        members = tuple(
            MemberRow(
                record.people[p], histories[p], rung_for(histories[p].engagement, group.rungs)
            )
            for p in record.member_ids
        )
        by_person: dict[int, list[CommitmentFact]] = {}
        for c in record.commitments:
            by_person.setdefault(c.person_id, []).append(c)
        member_ids = set(record.member_ids)
        not_seen = sorted(
            (
                NotSeenRow(
                    record.people[n.person_id],
                    n,
                    contact_of(by_person.get(n.person_id, ())),
                    n.person_id in member_ids,
                )
                for n in not_seen_lately(record.meetings, record.people, now, group.missed_meetings)
            ),
            key=lambda row: not row.member,  # stable: most recently seen first in each part
        )
        return GroupOverview(
            group=group,
            held=tuple(held),
            upcoming=len(record.meetings) - len(held),
            members=members,
            not_seen=tuple(not_seen),
            balance=balance(record.meetings, now),  # professions as they were then
            ladder=ladder_counts((m.history.engagement for m in members), group.rungs),
            today=now.date(),
        )

    def members(self, group_id: int) -> list[Person]:
        return self._store.members(group_id)

    def group_of(self, meeting_id: int) -> int | None:
        return self._store.group_of(meeting_id)

    # Changing

    def create(self, name: str, kind: GroupKind) -> Group:
        return self._store.create(Group(name, kind))

    def rename(self, group_id: int, name: str, kind: GroupKind) -> Group:
        return self._store.update(replace(self._store.get(group_id), name=name, kind=kind))

    def set_rungs(self, group_id: int, rungs: Sequence[Rung]) -> Group:
        return self._store.update(replace(self._store.get(group_id), rungs=tuple(rungs)))

    def set_missed_meetings(self, group_id: int, missed: int) -> Group:
        return self._store.update(replace(self._store.get(group_id), missed_meetings=missed))

    def delete(self, group_id: int) -> None:
        self._store.delete(group_id)

    def add_member(self, group_id: int, person_id: int) -> bool:
        return self._store.add_member(group_id, person_id)

    def remove_member(self, group_id: int, person_id: int) -> None:
        self._store.remove_member(group_id, person_id)

    def set_meeting_group(self, meeting_id: int, group_id: int | None) -> None:
        self._store.set_meeting_group(meeting_id, group_id)


def _line(summary: GroupSummary, now: dt.datetime) -> GroupLine:
    held = held_headcounts(summary.meetings, now)
    return GroupLine(
        summary.group,
        summary.members,
        len(held),
        len(summary.meetings) - len(held),
        held,
    )
