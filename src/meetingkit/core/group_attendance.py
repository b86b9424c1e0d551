"""What a group's attendance says over time: whom it has not seen lately, and which
professions it reaches meeting by meeting. Whether fewer people are coming is
core/attendance_trend.py.

Each rule is simple enough to say out loud in the room, so the screen can say it too.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from meetingkit.core.airtime import NOT_GIVEN
from meetingkit.core.airtime_equity import shown_group
from meetingkit.core.group import GroupMeeting, held_meetings
from meetingkit.core.person import canonical_profession


@dataclass(frozen=True)
class NotSeen:
    person_id: int
    last_attended: dt.date
    missed: int  # held meetings in a row since they last came (at least the group's N)


def not_seen_lately(
    meetings: Sequence[GroupMeeting],
    person_ids: Collection[int],
    now: dt.datetime,
    missed_at_least: int,
) -> list[NotSeen]:
    """People who came to at least one of the group's meetings and missed each of the last
    `missed_at_least` held ones; most recently seen first, so the freshest ties come first.

    Meetings not yet held do not count as missed, nor do purged ones (nobody can tell who
    was there); people who never came are members still to welcome, not people to win back.
    """
    if missed_at_least < 1:
        raise ValueError("missed_at_least must be at least 1")
    known = [m for m in held_meetings(meetings, now) if not m.purged]
    found = []
    for person_id in person_ids:
        came = [i for i, m in enumerate(known) if person_id in m.present]
        if not came:
            continue
        missed = len(known) - 1 - came[-1]
        if missed >= missed_at_least:
            found.append(NotSeen(person_id, known[came[-1]].date, missed))
    return sorted(found, key=lambda n: (-n.last_attended.toordinal(), n.person_id))


@dataclass(frozen=True)
class Balance:
    """Attendees by profession per held meeting: which professions the group reaches."""

    meetings: tuple[GroupMeeting, ...]  # held, oldest first
    professions: tuple[str, ...]  # most seen first; "Not given" last (as shown: translated)
    counts: tuple[tuple[int, ...], ...]  # counts[profession][meeting]

    def total(self, profession: int) -> int:
        return sum(self.counts[profession])

    def share_of_last(self, profession: int) -> float:
        """This profession's share of the people at the last held meeting."""
        if not self.meetings:
            return 0.0
        last = sum(row[-1] for row in self.counts)
        return self.counts[profession][-1] / last if last else 0.0

    def share_of_all(self, profession: int) -> float:
        """Its share of all attendances at all held meetings (one person, one per meeting)."""
        everyone = sum(sum(row) for row in self.counts)
        return self.total(profession) / everyone if everyone else 0.0


def balance(meetings: Sequence[GroupMeeting], now: dt.datetime) -> Balance:
    """Count each held meeting's attendees by the profession they had at that meeting
    (`GroupMeeting.professions`, as the meeting's report counts them; empty: "Not given"),
    never by today's: a promotion since does not rewrite an old meeting's room. A purged
    meeting contributes the counts kept when it was purged."""
    held = held_meetings(meetings, now)
    per_meeting: list[Counter[str]] = []
    for m in held:
        if m.purged:
            per_meeting.append(Counter({label or NOT_GIVEN: n for label, n in m.kept_professions}))
        else:
            then = dict(m.professions)
            per_meeting.append(
                Counter(canonical_profession(then.get(p, "")) or NOT_GIVEN for p in m.present)
            )
    totals: Counter[str] = Counter()
    for counter in per_meeting:
        totals.update(counter)
    order = sorted(totals, key=lambda p: (p == NOT_GIVEN, -totals[p], p.casefold()))
    counts = tuple(tuple(c[p] for c in per_meeting) for p in order)
    return Balance(tuple(held), tuple(shown_group(p) for p in order), counts)
