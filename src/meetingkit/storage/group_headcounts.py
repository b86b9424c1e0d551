"""Each group's name and how many people came to each of its meetings, read without the
group model (kinds, ladder rungs): what the start screen asks of every group at start-up."""

from __future__ import annotations

import datetime as dt
import sqlite3

BY_NAME = " ORDER BY name COLLATE NOCASE, id"
"""How groups are listed: by name, whatever its case; the older first for equal names."""


def group_names(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """Every group's id and name, by name."""
    return [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM groups" + BY_NAME)]


def meeting_headcounts(conn: sqlite3.Connection) -> dict[int, list[tuple[dt.datetime, int]]]:
    """By group id, the group's meetings oldest first: when each starts and its headcount
    (from the counts kept, once a meeting's personal data is purged)."""
    meetings: dict[int, list[tuple[dt.datetime, int]]] = {}
    rows = conn.execute(
        "SELECT m.group_id, m.date, m.start, CASE WHEN m.purged_at IS NULL"
        " THEN (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id)"
        " ELSE (SELECT coalesce(sum(c.people), 0) FROM meeting_counts c"
        "       WHERE c.meeting_id = m.id AND c.measure = 'attendance') END"
        " FROM meetings m WHERE m.group_id IS NOT NULL ORDER BY m.date, m.start, m.id"
    )
    for group_id, date, start, headcount in rows:
        starts = dt.datetime.combine(dt.date.fromisoformat(date), dt.time.fromisoformat(start))
        meetings.setdefault(group_id, []).append((starts, headcount))
    return meetings
