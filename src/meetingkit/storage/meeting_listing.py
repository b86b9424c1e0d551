"""What the meetings list shows of every meeting beside its plan, read in one query: its group
(to search and filter by), once its personal data was purged, when, and whether it was started
and ended (End meeting: it is listed as past at once; started and not ended, it is listed as
upcoming whatever its day unless it was left open: `Meeting.is_upcoming`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Listing:
    group_id: int | None = None
    group: str = ""  # the group's name; "" for a meeting of no group
    purged_at: str | None = None  # UTC ISO timestamp of the purge (storage.retention)
    ended: bool = False  # its run was ended (End meeting): past, whatever its day
    started: bool = False  # its run was started (Start meeting), ended since or not
    # Started, never ended, and nothing recorded since an earlier day: End meeting forgotten
    # (`services.agenda_session.left_open`). Not read here: `services.meeting_listing` says.
    left_open: bool = False

    @property
    def running(self) -> bool:
        """Started, not ended, and not left open: on now, whatever its day says."""
        return self.started and not self.ended and not self.left_open

    @property
    def purged_on(self) -> dt.date | None:
        """The local day its personal data was purged, if it was."""
        if self.purged_at is None:
            return None
        return dt.datetime.fromisoformat(self.purged_at).astimezone().date()


def listings(conn: sqlite3.Connection) -> dict[int, Listing]:
    """By meeting id, every meeting's group, purge, and whether it was started and ended
    (whether one running was left open is not read: see `services.meeting_listing`)."""
    rows = conn.execute(
        "SELECT m.id, m.group_id, coalesce(g.name, ''), m.purged_at, r.ended_ms IS NOT NULL,"
        " r.started_ms IS NOT NULL"
        " FROM meetings m LEFT JOIN groups g ON g.id = m.group_id"
        " LEFT JOIN agenda_runs r ON r.meeting_id = m.id"
    )
    return {r[0]: Listing(r[1], r[2], r[3], bool(r[4]), bool(r[5])) for r in rows}
