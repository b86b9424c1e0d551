"""Which documents were printed for a meeting, and when: what ticks "materials printed" on the
meeting's guided path. It records the kind of document only, never whose card or name."""

from __future__ import annotations

import sqlite3

from meetingkit.core.guided_path import Document
from meetingkit.storage.database import read_only


class PrintLog:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def record(self, meeting_id: int, what: str, at_ms: int) -> None:
        """Note that `what` (a `Document` value: "agenda", "cards"…) was printed at `at_ms`;
        not on data opened read-only (a full disk: it was printed all the same)."""
        if read_only(self._conn):
            return
        self._conn.execute(
            "INSERT INTO print_log (meeting_id, what, at_ms) VALUES (?, ?, ?)",
            [meeting_id, Document(what).value, at_ms],
        )

    def printed(self, meeting_id: int) -> dict[Document, int]:
        """Each document printed for the meeting, with when it was last printed (ms)."""
        rows = self._conn.execute(
            "SELECT what, max(at_ms) FROM print_log WHERE meeting_id = ? GROUP BY what",
            [meeting_id],
        )
        known = {d.value for d in Document}  # a newer version's documents are skipped
        return {Document(r[0]): r[1] for r in rows if r[0] in known}
