"""What the guided path remembers besides the print log: sign-in milestones and hand ticks.

Milestones are facts the app cannot read back later from other tables: that sign-in was
opened, and that a phone reached the form. Each is kept with the first time it happened.
Hand ticks are the checklist items the facilitator ticked; which items may be ticked is the
core's rule (core.guided_path), enforced by the service.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from meetingkit.storage.first_timers import first_timers


class Mark(StrEnum):
    SIGNIN_OPENED = "signin_opened"
    PHONE_REACHED = "phone_reached"


class PathStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # Milestones

    def mark(self, meeting_id: int, mark: Mark, at_ms: int) -> None:
        """Note that `mark` happened; the first time is kept (cheap to repeat)."""
        self._conn.execute(
            "INSERT OR IGNORE INTO path_marks (meeting_id, mark, at_ms) VALUES (?, ?, ?)",
            [meeting_id, mark.value, at_ms],
        )

    def marks(self, meeting_id: int) -> dict[Mark, int]:
        rows = self._conn.execute(
            "SELECT mark, at_ms FROM path_marks WHERE meeting_id = ?", [meeting_id]
        )
        known = {m.value for m in Mark}
        return {Mark(r[0]): r[1] for r in rows if r[0] in known}

    # Hand ticks

    def ticks(self, meeting_id: int) -> frozenset[str]:
        rows = self._conn.execute(
            "SELECT item_key FROM path_ticks WHERE meeting_id = ?", [meeting_id]
        )
        return frozenset(r[0] for r in rows)

    def tick(self, meeting_id: int, key: str, at_ms: int) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO path_ticks (meeting_id, item_key, at_ms) VALUES (?, ?, ?)",
            [meeting_id, key, at_ms],
        )

    def untick(self, meeting_id: int, key: str) -> None:
        self._conn.execute(
            "DELETE FROM path_ticks WHERE meeting_id = ? AND item_key = ?", [meeting_id, key]
        )

    # Facts the path reads from other tables in one query each

    def signed_in_anyone(self, meeting_id: int) -> bool:
        """Anyone signed in (phone, kiosk or paper typed in) or marked present."""
        row = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM signins WHERE meeting_id = ?)"
            " OR EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?)",
            [meeting_id, meeting_id],
        ).fetchone()
        return bool(row[0])

    def purged(self, meeting_id: int) -> bool:
        """Whether the meeting's personal data was purged (services.privacy)."""
        row = self._conn.execute(
            "SELECT purged_at IS NOT NULL FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        return bool(row and row[0])

    def first_timers(self, meeting_id: int) -> frozenset[int]:
        """The people who came to this meeting for the first time, as its report counts them
        (storage.first_timers)."""
        return first_timers(self._conn, meeting_id)

    def decided_items(self, meeting_id: int) -> frozenset[int]:
        """The meeting's agenda items (not deleted) with a decision recorded."""
        rows = self._conn.execute(
            "SELECT d.item_id FROM decisions d JOIN agenda_items i ON i.id = d.item_id"
            " WHERE i.meeting_id = ? AND i.deleted = 0",
            [meeting_id],
        )
        return frozenset(r[0] for r in rows)

    def commitment_option_count(self, meeting_id: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM commitment_options WHERE meeting_id = ?", [meeting_id]
        ).fetchone()
        return int(row[0])
