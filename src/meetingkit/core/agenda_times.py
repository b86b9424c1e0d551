"""When the agenda's items start, as the agenda's Start column shows them: as planned until the
meeting starts, then as run — when each item that has run started, and when each still to come
will start at this pace — and whether a start now is far enough from the plan to ask first.

Pure arithmetic on the run (`agenda_run`) and the plan (`agenda.schedule`), in milliseconds of
the same wall-anchored clock; nothing here ticks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from meetingkit.core.agenda import schedule
from meetingkit.core.agenda_run import ANOTHER_DAY_MS, AgendaRun, ItemState
from meetingkit.core.clock import to_ms
from meetingkit.core.wall_clock import ms_between

# F5 this long or more before the planned start asks first. Rooms open early and a meeting may
# well start ten or twenty minutes ahead when everyone is there; half an hour or more ahead
# (the morning of an evening meeting, while the agenda is being prepared) is far likelier a
# key pressed by mistake, and a start cannot be taken back once the meeting has moved on. A
# late start never asks: people arriving late is ordinary, and the room is waiting.
EARLY_START_MS = 30 * 60_000


class StartQuestion(StrEnum):
    """Whether F5 asks before it starts the meeting, and why."""

    NONE = "none"  # near enough the plan, or late: start at once
    ANOTHER_DAY = "another day"  # held on another day than planned
    EARLY = "early"  # the planned start is still EARLY_START_MS or more away


def start_question(planned: dt.datetime, now: dt.datetime) -> StartQuestion:
    """`planned`: the meeting's date and start time; `now`: local wall time, as both are read.
    A meeting started past midnight, late, is its own day's: only a start more than
    `ANOTHER_DAY_MS` from the plan is another day's."""
    ahead_ms = ms_between(now, planned)  # real time: an hour less across a spring-forward night
    if abs(ahead_ms) > ANOTHER_DAY_MS:
        return StartQuestion.ANOTHER_DAY
    if ahead_ms >= EARLY_START_MS:
        return StartQuestion.EARLY
    return StartQuestion.NONE


class StartShown(StrEnum):
    """Which start time an item shows."""

    PLANNED = "planned"  # the meeting has not started: back to back from its planned start
    STARTED = "started"  # the item has run: when it first started
    PROJECTED = "projected"  # still to come: when it will start if each item before it takes
    # what is left of its plan (as the meeting's projected end counts)
    NOT_REACHED = "not reached"  # the meeting ended before it


@dataclass(frozen=True)
class ItemStart:
    item_id: int
    at_ms: int | None  # None when not reached
    shown: StartShown
    planned_ms: int  # its start as planned, for the tooltip that compares


def item_starts(
    run: AgendaRun, planned_start: dt.datetime, at_ms: int | None = None
) -> list[ItemStart]:
    """Each item's start, in agenda order, as of `at_ms` (the clock reading the rest of the
    screen shows; now if None). The items to come follow the order F8 takes them in: those
    after the item on, then any skipped before it; their starts add up to the meeting's
    projected end (`AgendaRun.projected_end_ms`)."""
    items = run.items
    planned = [to_ms(slot.starts.timestamp()) for slot in schedule(items, planned_start)]
    if not run.started:
        return [
            ItemStart(i.key, p, StartShown.PLANNED, p) for i, p in zip(items, planned, strict=True)
        ]
    first: dict[int, int] = {}
    for segment in run.record.segments:
        first.setdefault(segment.item_id, segment.start_ms)
    starts: dict[int, tuple[int | None, StartShown]] = {
        i.key: (first[i.key], StartShown.STARTED) for i in items if i.key in first
    }
    if not run.ended:
        now = run.now_ms() if at_ms is None else at_ms
        current = run.current_item
        ids = [i.key for i in items]
        at = ids.index(current.key) if current is not None else -1
        to_come = [
            i for i in items[at + 1 :] + items[: max(at, 0)] if run.state(i.key) != ItemState.DONE
        ]
        if current is not None:
            to_come.insert(0, current)
        t = now
        for item in to_come:
            if item.key not in first:
                starts[item.key] = (t, StartShown.PROJECTED)
            t += max(0, run.remaining_ms(item.key, now))
    return [
        ItemStart(i.key, *starts.get(i.key, (None, StartShown.NOT_REACHED)), p)
        for i, p in zip(items, planned, strict=True)
    ]
