"""Before a meeting is deleted: a safety backup when it holds a record, since who came, spoke
and committed cannot be typed in again, and deleting has no undo; and, for the question, when
a meeting left open (End meeting forgotten) was last used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import Clock
from meetingkit.services.backup import backup_folder, make_backup
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore


def backup_before_deleting(
    conn: sqlite3.Connection, meeting_id: int, data_dir: Path, key: str | None
) -> Path | None:
    """Back up all the data to the data folder's backups folder (as before a restore), unless
    the meeting holds nothing but a plan; the backup's path, or None. Raises MeetingkitError
    when the backup cannot be written (a full disk): then nothing should be deleted. `key` is
    the live passphrase (None when the data is not encrypted)."""
    if MeetingStore(conn).record(meeting_id).empty:
        return None
    return make_backup(conn, backup_folder(data_dir), key, reason="before delete").path


def left_open_at(conn: sqlite3.Connection, meeting_id: int, clock: Clock) -> int | None:
    """When the last thing was recorded at a meeting left open (never ended, and its day over
    since: the rule of `services.agenda_session.left_open`), in ms; None for any other, such
    as one running now."""
    from meetingkit.services.agenda_session import left_open

    agenda = AgendaStore(conn)
    run = agenda.run(meeting_id)
    if not run.running:
        return None
    last = left_open(conn, meeting_id, AgendaRun(agenda.items(meeting_id), clock, run))
    return None if last is None else last.at_ms
