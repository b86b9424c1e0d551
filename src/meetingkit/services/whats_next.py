"""The start screen's answer to "what do I do now?", read from the database in one go.

Kept light: the start screen is the first thing shown, so this reads with a few queries and
imports nothing that draws or prints.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.attendance_trend import FallingGroup, falling_groups
from meetingkit.core.clock import Clock
from meetingkit.core.meeting import Meeting
from meetingkit.core.whats_next import FollowUpSummary, follow_up_summary, next_meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore, Newcomer
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.group_headcounts import group_names, meeting_headcounts
from meetingkit.storage.meetings import MeetingStore

if TYPE_CHECKING:
    from meetingkit.core.path_progress import PathProgress
    from meetingkit.services.agenda_session import Resumed


@dataclass(frozen=True)
class Interrupted:
    """A meeting that was running when meetingkit closed (a crash, a flat battery, a quit
    mid-meeting): opening it resumes it, and its agenda's banner tells the gap."""

    meeting: Meeting
    resumed: Resumed


@dataclass(frozen=True)
class WhatsNext:
    now: dt.datetime
    next_meeting: Meeting | None  # the one interrupted, if any: it is what to do now
    follow_ups: FollowUpSummary
    newcomers: list[Newcomer]  # whose first meeting was this calendar month
    path: PathProgress | None  # where the next meeting stands: Plan, Prepare, Run, Follow up
    falling: list[FallingGroup]  # groups where fewer people came each time lately
    has_groups: bool
    interrupted: Interrupted | None = None
    # While the next meeting runs (started, not ended, not left open): when it will end, as
    # its agenda projects it (`AgendaRun.projected_end_ms`); None when it is not running.
    projected_end_ms: int | None = None
    # The next meeting is running (started, not ended, not left open): it is happening now
    # until it is ended, whatever its plan says (`core.whats_next.next_meeting`).
    running: bool = False


def whats_next(conn: sqlite3.Connection, clock: Clock) -> WhatsNext:
    now = dt.datetime.fromtimestamp(clock.now())  # local wall time, like meeting dates
    today = now.date()
    month_start = today.replace(day=1)
    from meetingkit.services.guided_path import GuidedPath

    agenda = AgendaStore(conn)
    running = agenda.running_meetings()  # usually none, or tonight's
    interrupted = interrupted_meeting(conn, clock, running)
    on = still_on(conn, clock, running)
    coming = (
        interrupted.meeting
        if interrupted is not None
        else next_meeting(
            MeetingStore(conn).all(),
            now,
            lambda m: m.key in on,
            lambda m: agenda.run(m.key).ended_ms is not None,  # only the few that would be next
        )
    )
    groups = group_names(conn)
    run = on.get(coming.key) if coming is not None else None
    return WhatsNext(
        now=now,
        next_meeting=coming,
        follow_ups=follow_up_summary(CommitmentStore(conn).follow_ups(), now),
        newcomers=AttendanceStore(conn).newcomers(month_start.isoformat(), today.isoformat()),
        path=None if coming is None else GuidedPath(conn, clock).progress(coming),
        falling=falling_groups(groups, meeting_headcounts(conn), now),
        has_groups=bool(groups),
        interrupted=interrupted,
        projected_end_ms=None if run is None else run.projected_end_ms(),
        running=run is not None,
    )


def still_on(
    conn: sqlite3.Connection, clock: Clock, running: Sequence[int]
) -> dict[int, AgendaRun]:
    """Of the meetings started and not ended (`running`), those still on, each with its
    agenda's run: all but one left open (End meeting forgotten, nothing recorded since an
    earlier day: `services.agenda_session.left_open`), which the agenda, the guided path and
    the meetings list no longer count as running. Nothing is read when none is running."""
    if not running:
        return {}
    from meetingkit.services.agenda_session import left_open

    agenda = AgendaStore(conn)
    runs = {mid: AgendaRun(agenda.items(mid), clock, agenda.run(mid)) for mid in running}
    return {mid: run for mid, run in runs.items() if left_open(conn, mid, run) is None}


def interrupted_meeting(
    conn: sqlite3.Connection, clock: Clock, running: Sequence[int]
) -> Interrupted | None:
    """The meeting that was running when meetingkit last closed, if one was and has not been
    opened since: as its agenda will tell once opened (`AgendaSession.resumed`, from its
    last sign of life). `running`: the meetings started and not ended
    (`AgendaStore.running_meetings`), the most recently alive first. None for a meeting left
    open days ago (it is offered an end, not resumed), and for one this app has had open (its
    sign of life is kept fresh)."""
    if not running:
        return None
    from meetingkit.services.agenda_session import AgendaSession

    meetings = MeetingStore(conn)
    for meeting_id in running:
        meeting = meetings.get(meeting_id)
        resumed = AgendaSession(meeting, conn, clock).resumed
        if resumed is not None:
            return Interrupted(meeting, resumed)
    return None


def falling_attendance(conn: sqlite3.Connection, now: dt.datetime) -> list[FallingGroup]:
    """Groups where fewer people came to each of the last three held meetings, by name,
    each shown with its `text`."""
    return falling_groups(group_names(conn), meeting_headcounts(conn), now)
