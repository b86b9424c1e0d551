"""Telling the app's own writes apart, for the screens that keep what they read and, after an
arrival, read again only who arrived (services.arrivals, services.floor_room).

Such a screen reads everything again once the app itself writes on its connection: a merge, a
name corrected, a walk-in marked present may change what it shows, and nothing reports them.
`sqlite3.Connection.total_changes` counts those writes. Some writes say nothing of who signed
in or who is present, however: the heartbeat (`Sessions.note_alive`, every 5 s while a turn
or the agenda runs) and the floor's saves of its stack, turns, log and settings. Counted
within `WriteTally.counting`, they are left out of `other_writes`, which moves only with the
writes that may change what the screen shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class WriteTally:
    """How many rows were written within `counting`."""

    def __init__(self) -> None:
        self.rows = 0

    @contextmanager
    def counting(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Count the rows written on `conn` within, even if it fails half way."""
        before = conn.total_changes
        try:
            yield
        finally:
            self.rows += conn.total_changes - before


def other_writes(conn: sqlite3.Connection, *tallies: WriteTally) -> int:
    """How many rows the app has written on `conn` since it opened it but those counted in
    `tallies`: while it stays the same, the app itself wrote nothing else."""
    return conn.total_changes - sum(t.rows for t in tallies)
