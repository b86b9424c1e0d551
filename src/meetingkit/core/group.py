"""Groups that meet again and again — a working group, a chapter, a committee, a coalition —
and what their series of meetings says about each person in them.

A meeting counts once it has been held: its planned start has passed. Tonight's meeting
counts from the moment it starts, next month's does not count yet. A meeting whose personal
data was purged (retention) still counts for the group's figures, from the counts kept,
but says nothing about any one person: nobody is marked absent from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.ladder import DEFAULT_RUNGS, Engagement, Rung, validated_rungs

MAX_NAME_LENGTH = 80
DEFAULT_MISSED = 2
MAX_MISSED = 12
ATTENDED_MARK, MISSED_MARK, PURGED_MARK = "✓", "–", "·"


class GroupKind(StrEnum):
    WORKING_GROUP = "working_group"
    CHAPTER = "chapter"
    COMMITTEE = "committee"
    COALITION = "coalition"

    @property
    def label(self) -> str:
        return translate("Groups", _KIND_LABELS[self])


_KIND_LABELS = {
    GroupKind.WORKING_GROUP: QT_TRANSLATE_NOOP("Groups", "Working group"),
    GroupKind.CHAPTER: QT_TRANSLATE_NOOP("Groups", "Chapter"),
    GroupKind.COMMITTEE: QT_TRANSLATE_NOOP("Groups", "Committee"),
    GroupKind.COALITION: QT_TRANSLATE_NOOP("Groups", "Coalition"),
}


@dataclass(frozen=True)
class Group:
    name: str
    kind: GroupKind = GroupKind.WORKING_GROUP
    rungs: tuple[Rung, ...] = DEFAULT_RUNGS
    missed_meetings: int = DEFAULT_MISSED  # not seen lately after missing this many in a row
    id: int | None = None

    @property
    def key(self) -> int:
        if self.id is None:
            raise ValueError(f"group {self.name!r} has not been saved")
        return self.id

    def validated(self) -> Group:
        """A tidy copy, or `ValidationError` saying what to fix."""
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("Groups", "A group needs a name."))
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(
                fill(
                    translate("Groups", "Keep the group's name under %1 characters."),
                    str(MAX_NAME_LENGTH),
                )
            )
        if not 1 <= self.missed_meetings <= MAX_MISSED:
            raise ValidationError(
                fill(
                    translate(
                        "Groups", "Count someone as not seen lately after 1 to %1 missed meetings."
                    ),
                    str(MAX_MISSED),
                )
            )
        return replace(self, name=name, rungs=validated_rungs(self.rungs))


@dataclass(frozen=True)
class GroupMeeting:
    """One meeting of a group and who took part in it."""

    meeting_id: int
    title: str
    starts_at: dt.datetime
    present: frozenset[int] = frozenset()
    leaders: frozenset[int] = frozenset()  # held a role or owned an agenda item
    purged: bool = False  # its personal data is gone; `kept_professions` holds its counts
    kept_professions: tuple[tuple[str, int], ...] = ()
    # (person, profession as it was at the meeting) of those present: the meeting's room,
    # not today's directory. Someone present and not listed gave none.
    professions: tuple[tuple[int, str], ...] = ()

    @property
    def date(self) -> dt.date:
        return self.starts_at.date()

    def held(self, now: dt.datetime) -> bool:
        return self.starts_at <= now

    @property
    def headcount(self) -> int:
        if self.purged:
            return sum(n for _, n in self.kept_professions)
        return len(self.present)


def held_meetings(meetings: Iterable[GroupMeeting], now: dt.datetime) -> list[GroupMeeting]:
    """The meetings already held, oldest first."""
    return sorted((m for m in meetings if m.held(now)), key=lambda m: m.starts_at)


@dataclass(frozen=True)
class CommitmentFact:
    """What the group pages need of one commitment: whose, from which meeting, how it stands."""

    person_id: int
    meeting_id: int
    status: FollowUpStatus
    has_notes: bool
    updated: dt.datetime

    @property
    def contacted(self) -> bool:
        """Someone worked this follow-up: they talked with the person (not open, not lapsed),
        or notes were written."""
        return self.status.talked or self.has_notes


@dataclass(frozen=True)
class MemberHistory:
    """One person across a group's held meetings."""

    person_id: int
    attended: tuple[bool | None, ...]  # per held meeting, oldest first; None: record purged
    committed: int  # commitments made at the group's meetings
    kept: int  # of those, done
    led: int
    last_attended: dt.date | None

    @property
    def marks(self) -> str:
        """'✓✓–✓': present, absent, and · where the record was purged."""
        return "".join(
            PURGED_MARK if a is None else ATTENDED_MARK if a else MISSED_MARK for a in self.attended
        )

    @property
    def engagement(self) -> Engagement:
        return Engagement(
            attended=sum(1 for a in self.attended if a),
            committed=self.committed,
            kept=self.kept,
            led=self.led,
        )


def member_histories(
    meetings: Sequence[GroupMeeting],
    commitments: Iterable[CommitmentFact],
    person_ids: Collection[int],
    now: dt.datetime,
) -> dict[int, MemberHistory]:
    """Each person's history in the group: attendance per held meeting, commitments made
    and kept at the group's meetings, meetings led."""
    held = held_meetings(meetings, now)
    group_meeting_ids = {m.meeting_id for m in meetings}
    made: dict[int, int] = {}
    kept: dict[int, int] = {}
    for c in commitments:
        if c.meeting_id in group_meeting_ids:
            made[c.person_id] = made.get(c.person_id, 0) + 1
            if c.status == FollowUpStatus.DONE:
                kept[c.person_id] = kept.get(c.person_id, 0) + 1
    histories = {}
    for person_id in person_ids:
        attended = tuple(None if m.purged else person_id in m.present for m in held)
        came = [m.date for m in held if person_id in m.present]
        histories[person_id] = MemberHistory(
            person_id,
            attended,
            made.get(person_id, 0),
            kept.get(person_id, 0),
            sum(1 for m in held if person_id in m.leaders),
            came[-1] if came else None,
        )
    return histories


@dataclass(frozen=True)
class Contact:
    """Where a person's follow-ups stand, across all their commitments."""

    last_contact: dt.datetime | None  # None: never contacted
    open: int  # nobody has reached them about these yet
    reached: int  # reached, not yet done

    @property
    def status_text(self) -> str:
        parts = []
        if self.open == 1:
            parts.append(translate("Groups", "1 open"))
        elif self.open:
            parts.append(fill(translate("Groups", "%1 open"), str(self.open)))
        if self.reached == 1:
            parts.append(translate("Groups", "1 reached"))
        elif self.reached:
            parts.append(fill(translate("Groups", "%1 reached"), str(self.reached)))
        return ", ".join(parts) if parts else translate("Groups", "nothing open")


def contact_of(commitments: Iterable[CommitmentFact]) -> Contact:
    """Summarise one person's commitments: when a follow-up was last worked, what is open."""
    mine = list(commitments)
    contacted = [c.updated for c in mine if c.contacted]
    return Contact(
        max(contacted) if contacted else None,
        sum(1 for c in mine if c.status == FollowUpStatus.OPEN),
        sum(1 for c in mine if c.status == FollowUpStatus.REACHED),
    )
