"""The meetings list's listings as of now: every meeting's group, purge, start and end
(`storage.meeting_listing`), and, of those started and never ended, which were left open (End
meeting forgotten) by the one rule the agenda, the guided path and the start screen follow
(`services.whats_next.still_on`). A meeting running is listed as upcoming whatever its day
(late past midnight, an assembly over several days); one left open is listed by its day."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from meetingkit.core.agenda_run import LEFT_OPEN_MS, AgendaRun
from meetingkit.core.clock import Clock, local_time
from meetingkit.storage.meeting_listing import Listing, listings


@dataclass(frozen=True)
class ListingsNow:
    listings: dict[int, Listing]
    # Clock seconds: the first moment one of the meetings running would be left open if
    # nothing more is recorded at it (the list may then move it to Past); None when none runs
    left_open_from: float | None = None


def listings_now(conn: sqlite3.Connection, clock: Clock) -> ListingsNow:
    """By meeting id, every meeting's listing, those left open said so; and when the next one
    running may be left open. Nothing but the one query is read when no meeting runs."""
    listed = listings(conn)
    running = [mid for mid, listing in listed.items() if listing.running]
    if not running:
        return ListingsNow(listed)
    from meetingkit.services.whats_next import still_on

    on = still_on(conn, clock, running)
    for mid in running:
        if mid not in on:
            listed[mid] = replace(listed[mid], left_open=True)
    moments = [left_open_from(conn, mid, run) for mid, run in on.items()]
    return ListingsNow(listed, min(moments, default=None))


def left_open_from(conn: sqlite3.Connection, meeting_id: int, run: AgendaRun) -> float:
    """When a meeting running (`run`, its agenda's) would be left open if nothing more is
    recorded at it, in clock seconds: `LEFT_OPEN_MS` after the last thing recorded, and on a
    later day (`AgendaRun.left_open`)."""
    from meetingkit.services.agenda_session import last_record

    last = last_record(conn, meeting_id, run)
    if last is None:  # not started: never left open (`still_on` gives only those started)
        return float("inf")
    next_day = local_time(last.at_ms).date() + dt.timedelta(days=1)
    return max(
        (last.at_ms + LEFT_OPEN_MS) / 1000, dt.datetime.combine(next_day, dt.time()).timestamp()
    )
