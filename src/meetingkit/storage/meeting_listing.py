"""What the meetings list shows of every meeting beside its plan, read in one query: its group
(to search and filter by) and, once its personal data was purged, when."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Listing:
    group_id: int | None = None
    group: str = ""  # the group's name; "" for a meeting of no group
    purged_at: str | None = None  # UTC ISO timestamp of the purge (storage.retention)

    @property
    def purged_on(self) -> dt.date | None:
        """The local day its personal data was purged, if it was."""
        if self.purged_at is None:
            return None
        return dt.datetime.fromisoformat(self.purged_at).astimezone().date()


def listings(conn: sqlite3.Connection) -> dict[int, Listing]:
    """By meeting id, every meeting's group and purge."""
    rows = conn.execute(
        "SELECT m.id, m.group_id, coalesce(g.name, ''), m.purged_at"
        " FROM meetings m LEFT JOIN groups g ON g.id = m.group_id"
    )
    return {r[0]: Listing(r[1], r[2], r[3]) for r in rows}
