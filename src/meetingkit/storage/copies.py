"""Whole-database copies through SQLite's online backup API, plain or encrypted.

The backup API copies a consistent snapshot page by page while the app (and the sign-in
server) go on writing, and copies the other way into a live connection, which stays valid.
An encrypted database is copied by SQLCipher with the same key, so it stays encrypted; the
page formats of plain and encrypted files differ, so moving between them goes through
`storage.cipher.export` instead.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.i18n import fill, translate
from meetingkit.storage import schema
from meetingkit.storage.database import (
    CorruptDatabaseError,
    check_schema,
    is_encrypted,
)

PAGES_PER_STEP = 1024  # 4 MiB at a time: writers get a turn between steps


@dataclass(frozen=True)
class CopyCheck:
    """What a verified copy holds."""

    migrations: int
    encrypted: bool
    people: int
    meetings: int


def connect_file(path: Path, key: str | None) -> sqlite3.Connection:
    """A bare connection to a copy (no migrations, no WAL): SQLCipher's with a key."""
    if key is None:
        return sqlite3.connect(path, isolation_level=None)
    from meetingkit.storage import cipher

    return cipher.connect(path, key)


def copy_to(conn: sqlite3.Connection, target: Path, key: str | None) -> None:
    """Copy the database of `conn` into the new file `target`.

    `key` is the live database's passphrase (None when it is plain): the copy is encrypted
    with it exactly when the original is. The copy is a single file (rollback journal, not
    WAL), so it can be moved and mailed as one. It is readable by this user only (0600),
    wherever it is saved: a backup holds everyone's data, and only the data folder is private.
    """
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    copy = connect_file(target, key)
    try:
        conn.backup(copy, pages=PAGES_PER_STEP)
        copy.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        copy.close()


def snapshot(path: Path, folder: Path) -> Path:
    """A copy of the plain database at `path`, made in `folder` through a read-only
    connection: a picture of the data (`meetingkit screenshot`) opens the copy, so what
    opening the app does — pausing a turn left speaking, due purges — changes nothing."""
    target = folder / path.name
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_to(source, target, None)
    finally:
        source.close()
    return target


def load_from(conn: sqlite3.Connection, source: Path, key: str | None) -> None:
    """Replace everything in the live database of `conn` with the copy at `source`, which
    must be encrypted with the live key (`key`) or plain like it. Open connections stay
    valid and see the new contents; the live file stays in WAL mode."""
    copy = connect_file(source, key)
    try:
        copy.backup(conn, pages=PAGES_PER_STEP)
    finally:
        copy.close()
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    if len(schema.applied_migrations(conn)) < len(schema.MIGRATION_NAMES):
        schema.apply_migrations(conn)  # a backup from an older version: bring it up to date


def copy_is_encrypted(path: Path, *, name: Path | None = None) -> bool:
    """`is_encrypted` for a copy (a backup to restore, say), in words that fit it: a file
    that is not a database at all is one to choose again, not one to restore from a backup."""
    try:
        return is_encrypted(path)
    except CorruptDatabaseError as e:
        raise CorruptDatabaseError(
            fill(
                translate("Backup", "%1 is not a meetingkit database: it is not an SQLite file."),
                str(name or path),
            )
        ) from e


def verify(path: Path, key: str | None, *, name: Path | None = None) -> CopyCheck:
    """Check that `path` is a whole, readable meetingkit database this version can open:
    `CorruptDatabaseError` if not, `NewerDatabaseError` if a newer meetingkit wrote it,
    `WrongPassphraseError` if it is encrypted and `key` does not open it. Messages call the
    file `name` (a private copy is checked under the name of the file it was copied from)."""
    shown = str(name or path)
    encrypted = copy_is_encrypted(path, name=name)
    if encrypted and key is None:
        from meetingkit.storage.database import PassphraseNeededError

        raise PassphraseNeededError(
            fill(translate("Backup", "%1 is encrypted: give its passphrase to use it."), shown)
        )
    conn = connect_file(path, key if encrypted else None)
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as e:
            if encrypted:
                from meetingkit.storage.database import WrongPassphraseError

                raise WrongPassphraseError(
                    fill(
                        translate(
                            "Backup",
                            "The passphrase does not open %1, or it is not a meetingkit database.",
                        ),
                        shown,
                    )
                ) from e
            raise CorruptDatabaseError(
                fill(
                    translate("Backup", "%1 is damaged: it cannot be read as a database (%2)."),
                    shown,
                    str(e),
                )
            ) from e
        if [tuple(r) for r in result] != [("ok",)]:
            raise CorruptDatabaseError(
                fill(
                    translate("Backup", "%1 is damaged (%2). Use another backup."),
                    shown,
                    str(result[0][0]),
                )
            )
        applied = check_schema(conn, name or path)
        if not applied or applied[0] != schema.MIGRATION_NAMES[0]:
            raise CorruptDatabaseError(
                fill(
                    translate("Backup", "%1 is an SQLite file but not a meetingkit database."),
                    shown,
                )
            )
        people, meetings = conn.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM meetings)"
        ).fetchone()
    finally:
        conn.close()
    return CopyCheck(len(applied), encrypted, people, meetings)


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in each table: a converted copy must have exactly the original's."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: int(
            conn.execute(f'SELECT count(*) FROM "{t.replace(chr(34), chr(34) * 2)}"').fetchone()[0]
        )
        for t in tables
    }


@dataclass(frozen=True)
class LoggedBackup:
    made_at: str  # UTC ISO timestamp
    path: str
    bytes: int
    encrypted: bool
    reason: str  # "backup", or "before restore"


class BackupLog:
    """The backups made from this database: where, when, how big (never what they hold)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, entry: LoggedBackup) -> None:
        self._conn.execute(
            "INSERT INTO backup_log (made_at, path, bytes, encrypted, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            [entry.made_at, entry.path, entry.bytes, int(entry.encrypted), entry.reason],
        )

    def all(self) -> list[LoggedBackup]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT made_at, path, bytes, encrypted, reason FROM backup_log ORDER BY id DESC"
        )
        return [LoggedBackup(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows]

    def merge(self, entries: list[LoggedBackup]) -> None:
        """Add the entries not yet in the log (after a restore brought back an older log)."""
        have = {(e.made_at, e.path) for e in self.all()}
        for entry in reversed(entries):
            if (entry.made_at, entry.path) not in have:
                self.add(entry)
