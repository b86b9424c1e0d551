"""Where a meeting stands on its guided path: each step's status, each phase's count, and the
phase the meeting is in. Pure functions of the facts and the hand ticks (core.guided_path)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.core.guided_path import PATH, MeetingFacts, PathItem, Phase
from meetingkit.core.i18n import translate


@dataclass(frozen=True)
class ItemStatus:
    item: PathItem
    applicable: bool
    seen: bool  # the app sees the condition hold
    ticked: bool  # ticked by hand (counted only for items that allow it)
    detail: str
    unknown: bool = False  # not applicable: the personal data it was seen in was purged

    @property
    def done(self) -> bool:
        return self.applicable and (self.seen or self.ticked)

    @property
    def can_toggle(self) -> bool:
        """The facilitator may tick or untick it now: a by-hand item the app does not see."""
        return self.applicable and self.item.by_hand and not self.seen


def item_statuses(facts: MeetingFacts, ticks: Iterable[str] = ()) -> list[ItemStatus]:
    """Every item of the path, in order. Ticks of items the app alone checks are ignored."""
    ticked = set(ticks)
    result = []
    for item in PATH:
        applicable = item.applies(facts)
        # Purged: whether it applied (anyone committed?) or was done is as unknown as the rest
        unknown = (
            facts.purged
            and item.from_people
            and not (applicable and (item.condition(facts) or item.key in ticked))
        )
        applicable = applicable and not unknown
        result.append(
            ItemStatus(
                item,
                applicable,
                applicable and item.condition(facts),
                applicable and item.by_hand and item.key in ticked,
                item.detail(facts) if applicable else "",
                unknown,
            )
        )
    return result


@dataclass(frozen=True)
class PhaseProgress:
    phase: Phase
    done: int
    total: int  # applicable items

    @property
    def complete(self) -> bool:
        return self.done == self.total


@dataclass(frozen=True)
class PathProgress:
    items: tuple[ItemStatus, ...]
    phases: tuple[PhaseProgress, ...]
    current: Phase
    left_open: bool = False  # its End meeting was forgotten: MeetingFacts.left_open

    @property
    def complete(self) -> bool:
        return all(p.complete for p in self.phases)

    def phase(self, phase: Phase) -> PhaseProgress:
        return next(p for p in self.phases if p.phase is phase)

    @property
    def summary(self) -> str:
        """One line for the meetings list: "Prepare 2/4", "All done", or, for a meeting whose
        End meeting was forgotten, that it still needs ending, whatever its steps."""
        if self.left_open:
            return translate("Guided path", "Left open")
        if self.complete:
            return translate("Guided path", "All done")
        p = self.phase(self.current)
        return f"{p.phase.label} {p.done}/{p.total}"


def path_progress(facts: MeetingFacts, ticks: Iterable[str] = ()) -> PathProgress:
    """Where the meeting stands: per phase done/total and the phase it is in.

    The current phase is the first incomplete one; but a meeting that has begun running its
    agenda is at least in Run, and one whose day has passed, or whose agenda ended, is in
    Follow up whatever was left undone before.
    """
    statuses = tuple(item_statuses(facts, ticks))
    phases = tuple(
        PhaseProgress(
            phase,
            sum(s.done for s in statuses if s.item.phase is phase),
            sum(s.applicable for s in statuses if s.item.phase is phase),
        )
        for phase in Phase
    )
    order = list(Phase)
    first_open = next((p.phase for p in phases if not p.complete), Phase.FOLLOW_UP)
    # A meeting still running past midnight (a night shift's) is still being run: it moves
    # on to follow-up when it ends, or once the day after its date is over too; one left open
    # (End meeting forgotten: nothing recorded since an earlier day) is not still on.
    running = facts.run.running and not facts.left_open
    still_on = running and facts.now.date() <= facts.date + dt.timedelta(days=1)
    if (facts.date < facts.now.date() and not still_on) or facts.run.ended_ms is not None:
        floor = Phase.FOLLOW_UP
    elif facts.run.started_ms is not None:
        floor = Phase.RUN
    else:
        floor = Phase.PLAN
    current = max(first_open, floor, key=order.index)
    return PathProgress(statuses, phases, current, facts.left_open)
