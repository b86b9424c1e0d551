"""What a facilitator should do now: the question the start screen answers.

Pure rules over plain data, so they are tested without a database or Qt: which meeting is
next (or happening now), and whom to call first about their follow-ups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from meetingkit.core.commitment import FollowUp
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.people_to_call import PersonToCall, people_to_call, stale
from meetingkit.core.wall_clock import ms_between


def meeting_window(meeting: Meeting) -> tuple[dt.datetime, dt.datetime]:
    """When a meeting starts and when it is planned to end, in local wall time (compared
    with `now` by `ms_between`, in real time: on the night the clocks go back, 01:10 the second
    time is after a planned end at 01:30 the first)."""
    return meeting.starts_at, meeting.planned_end


def next_meeting(
    meetings: Iterable[Meeting],
    now: dt.datetime,
    running: Callable[[Meeting], bool] = lambda _meeting: False,
    ended: Callable[[Meeting], bool] = lambda _meeting: False,
) -> Meeting | None:
    """The meeting happening now, else the next one to start; None when none is planned.

    A meeting `running` (started, not ended, and not left open: see `AgendaRun.left_open`) is
    happening until it is ended, whatever its plan says: running late past its planned end,
    past midnight, or started early; it comes before any meeting only planned. Any other
    counts as over at its planned end, or once `ended` (ended early, or held on another day):
    `ended` is asked only of the meetings that would be next, earliest first. One planned
    across midnight, never started, is past after midnight, as in the meetings list and on
    its guided path.
    """
    meetings = list(meetings)

    def order(m: Meeting) -> tuple[dt.datetime, int]:
        return meeting_window(m)[0], m.id or 0

    on = [m for m in meetings if running(m)]
    if on:
        return min(on, key=order)
    today = now.date()
    ahead = sorted(
        (m for m in meetings if ms_between(now, meeting_window(m)[1]) > 0 and m.date >= today),
        key=order,
    )
    return next((m for m in ahead if not ended(m)), None)


def happening_now(meeting: Meeting, now: dt.datetime, running: bool = False) -> bool:
    """Whether `meeting` is on now: `running` (started, not ended, not left open) whatever its
    plan says, else within its planned time."""
    start, end = meeting_window(meeting)
    return running or (ms_between(start, now) >= 0 and ms_between(now, end) > 0)


def starts_in(meeting: Meeting, now: dt.datetime) -> str:
    """'now', 'in 25 min', 'in 3 h', 'tomorrow', 'in 6 days': how far off, in words."""
    start, _ = meeting_window(meeting)
    ahead_ms = ms_between(now, start)
    if ahead_ms <= 0:
        return translate("What's next", "now")
    minutes = ahead_ms // 60_000
    if minutes < 60:
        return fill(translate("What's next", "in %1 min"), str(max(minutes, 1)))
    days = (meeting.date - now.date()).days
    if days == 0:
        return fill(translate("What's next", "in %1 h"), str(minutes // 60))
    if days == 1:
        return translate("What's next", "tomorrow")
    return fill(translate("What's next", "in %1 days"), str(days))


@dataclass(frozen=True)
class FollowUpSummary:
    to_call: list[PersonToCall]  # overdue lately: the most recently due first, a person once
    overdue: int  # follow-ups overdue, but not for longer than STALE_AFTER
    stale: int  # follow-ups overdue for longer than STALE_AFTER: not today's work
    open_count: int  # open or reached, overdue included


def follow_up_summary(rows: Iterable[FollowUp], now: dt.datetime) -> FollowUpSummary:
    """Whom to call first: the people with a follow-up overdue lately, the most recent first,
    each with all their open commitments; those overdue only for months are counted apart."""
    still_open = [r for r in rows if not r.commitment.status.closed]
    recent = [r for r in still_open if r.commitment.overdue(now) and not stale(r, now)]
    calling = {r.commitment.person_id for r in recent}
    people = people_to_call(r for r in still_open if r.commitment.person_id in calling)

    def latest_overdue(person: PersonToCall) -> dt.datetime:
        return person.latest_overdue(now) or person.latest_due

    people.sort(key=latest_overdue, reverse=True)  # stable: by name within a due time
    return FollowUpSummary(
        to_call=people,
        overdue=len(recent),
        stale=sum(1 for r in still_open if stale(r, now)),
        open_count=len(still_open),
    )
