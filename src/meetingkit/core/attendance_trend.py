"""Whether fewer people are coming to a group's meetings: the rule, and its evidence in words.

Kept apart from the rest of a group's attendance picture (core/group_attendance.py) because
the start screen asks it of every group, and it needs only headcounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from meetingkit.core.i18n import fill, translate

FALLING_RUN = 3
"""Attendance is falling when each of the last this-many held meetings had fewer people
than the one before it (e.g. 9 → 7 → 4)."""

Headcounts = Sequence[tuple[dt.datetime, int]]
"""A group's meetings, oldest first: when each starts and how many people came."""


def attendance_falling(headcounts: Sequence[int]) -> bool:
    """Each of the last `FALLING_RUN` meetings had fewer people than the one before it."""
    if len(headcounts) < FALLING_RUN:
        return False
    last = headcounts[-FALLING_RUN:]
    return all(later < earlier for earlier, later in pairwise(last))


def falling_text(headcounts: Sequence[int]) -> str:
    """The rule's evidence in words: 'fewer people at each of the last 3 meetings: 7 → 5 → 3'."""
    last = " → ".join(str(n) for n in headcounts[-FALLING_RUN:])
    return fill(
        translate("Group attendance", "fewer people at each of the last %1 meetings: %2"),
        str(FALLING_RUN),
        last,
    )


def held_headcounts(meetings: Headcounts, now: dt.datetime) -> tuple[int, ...]:
    """The headcounts of the meetings that have started by `now`, oldest first."""
    return tuple(n for start, n in meetings if start <= now)


@dataclass(frozen=True)
class FallingGroup:
    group_id: int
    name: str
    headcounts: tuple[int, ...]  # held meetings, oldest first

    @property
    def text(self) -> str:
        """'Medication safety committee: fewer people at each of the last 3 meetings: 7 → 5 → 3'."""
        return f"{self.name}: {falling_text(self.headcounts)}"


def falling_groups(
    names: Iterable[tuple[int, str]], meetings: Mapping[int, Headcounts], now: dt.datetime
) -> list[FallingGroup]:
    """The groups (id, name; in the order given) whose held meetings show the fall."""
    falling = []
    for group_id, name in names:
        held = held_headcounts(meetings.get(group_id, ()), now)
        if attendance_falling(held):
            falling.append(FallingGroup(group_id, name, held))
    return falling
