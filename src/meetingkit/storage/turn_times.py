"""When the floor last had someone speaking, read without the floor's model: the agenda asks
it on the start path (a meeting's last record, for a resume after a crash or a clock set
back), where loading `storage.floor` and `core.floor` would cost the window ~15 ms."""

from __future__ import annotations

import sqlite3


def last_spoken(conn: sqlite3.Connection, meeting_id: int) -> tuple[int, int | None] | None:
    """The meeting's last stretch of speaking (start, end; the end None if it was never
    closed), None if nobody spoke: the last a meeting left open was seen to be on."""
    row = conn.execute(
        "SELECT json_extract(s.value, '$[0]') AS start, json_extract(s.value, '$[1]')"
        " FROM turns t, json_each(t.segments) s WHERE t.meeting_id = ?"
        " ORDER BY start DESC LIMIT 1",
        [meeting_id],
    ).fetchone()
    return None if row is None else (int(row[0]), None if row[1] is None else int(row[1]))
