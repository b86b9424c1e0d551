"""What the database holds, in numbers, for the privacy page: people, meetings, sign-ins,
consents given. Counts only; one query."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Inventory:
    people: int
    meetings: int
    signins: int
    consents: int
    meetings_purged: int


def inventory(conn: sqlite3.Connection) -> Inventory:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM meetings),"
        " (SELECT count(*) FROM signins), (SELECT count(*) FROM consents),"
        " (SELECT count(*) FROM meetings WHERE purged_at IS NOT NULL)"
    ).fetchone()
    return Inventory(*(int(v) for v in row))


def files_size(db_path: Path) -> int:
    """Bytes on disk: the database and its -wal and -shm companions."""
    return sum(
        p.stat().st_size
        for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
        if p.exists()
    )
