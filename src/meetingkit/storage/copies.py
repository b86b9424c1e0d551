"""Whole-database copies through SQLite's online backup API, plain or encrypted.

The backup API copies a consistent snapshot page by page while the app (and the sign-in
server) go on writing, and copies the other way into a live connection, which stays valid.
An encrypted database is copied by SQLCipher with the same key, so it stays encrypted; the
page formats of plain and encrypted files differ, so moving between them goes through
`storage.cipher.export` instead.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meetingkit.core.i18n import fill, translate
from meetingkit.storage import schema
from meetingkit.storage.database import (
    CorruptDatabaseError,
    check_key,
    check_schema,
    is_encrypted,
    keep_temp_in_memory,
    read_only,
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
        conn = sqlite3.connect(path, isolation_level=None)
        keep_temp_in_memory(conn)
        return conn
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


def snapshot(path: Path, folder: Path, key: str | None = None) -> Path:
    """A copy of the database at `path`, made in `folder`: a picture of the data
    (`meetingkit screenshot`) opens the copy, so what opening the app does — pausing a turn
    left speaking, due purges — changes nothing. A plain file is read through a read-only
    connection; an encrypted one with its passphrase `key` (`WrongPassphraseError` if it does
    not open it), and its copy is encrypted with the same key."""
    target = folder / path.name
    if key is None or not is_encrypted(path):
        key = None
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        keep_temp_in_memory(source)
    else:
        source = connect_file(path, key)
    try:
        if key is not None:
            check_key(source, path)
        copy_to(source, target, key)
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
        return is_encrypted(path, hold=False)  # a copy: no handle kept on it
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


@dataclass(frozen=True)
class UnreadableValue:
    """A value in a copy that meetingkit would fail to read, and where it is."""

    table: str
    column: str
    row: int  # the rowid (the id, in tables that have one)
    error: str  # what reading it raised


@dataclass(frozen=True)
class _Column:
    """A column whose text the app turns into something as it reads it (an enum, a date, a
    structure from JSON), with the same conversion the app uses. So that 100,000 rows are
    read fast: `grouped`, the column holds few distinct values, and each is read once;
    `readable`, an SQL condition ({c}: the column) true only of values the conversion
    surely reads, leaving it the others — for columns of one JSON per sign-in or turn."""

    table: str
    name: str
    read: Callable[[Any], object]
    grouped: bool = True
    readable: str = ""


def first_unreadable(conn: sqlite3.Connection) -> UnreadableValue | None:
    """The first value in the database of `conn` that a screen would fail to read — a status
    no version knows, settings that are not JSON — or None. A file written by another program
    or by hand can hold them while being a whole, valid SQLite file (see `verify`)."""
    for column in _read_columns():
        table, name = _quoted(column.table), _quoted(column.name)
        if column.grouped:
            sql = f"SELECT {name}, min(rowid) FROM {table} GROUP BY {name}"
        elif column.readable:
            sql = f"SELECT {name}, rowid FROM {table} WHERE NOT ({column.readable.format(c=name)})"
        else:
            sql = f"SELECT {name}, rowid FROM {table}"
        for value, rowid in conn.execute(sql):
            try:
                column.read(value)
            except Exception as e:  # whatever stops the reading would stop a screen
                error = f"{type(e).__name__}: {e}"
                return UnreadableValue(column.table, column.name, rowid, error[:200])
    return None


# Strict RFC 8259 JSON text (json_valid accepts no JSON5), which json.loads reads, of a type.
JSON_TEXT = "(typeof({{c}}) = 'text' AND json_valid({{c}}) AND json_type({{c}}) = '{type}')"


@functools.cache
def _read_columns() -> tuple[_Column, ...]:
    """Every column read through more than `str`/`int`, with the conversion of the storage
    module that reads it (loaded only when a copy is checked)."""
    from meetingkit.core.agenda import ItemKind
    from meetingkit.core.commitment import FollowUpStatus
    from meetingkit.core.decision import CheckKind, Outcome
    from meetingkit.core.floor import EntryState
    from meetingkit.core.group import GroupKind
    from meetingkit.core.meeting import MeetingKind
    from meetingkit.core.signin import Match
    from meetingkit.core.stack_entry import EntryKind
    from meetingkit.storage.agenda import rotation_from_json, template_items
    from meetingkit.storage.floor import settings_from as floor_settings

    def a_tuple(text: str) -> object:
        return tuple(json.loads(text))

    def names(text: str | None) -> object:
        return tuple(json.loads(text or "[]"))

    def a_date(text: str | None) -> object:
        return dt.date.fromisoformat(text) if text else None

    def answers(text: str | None) -> object:
        found = json.loads(text or "{}")
        if not isinstance(found, dict):
            raise TypeError(f"sign-in answers are a JSON {type(found).__name__}, not an object")
        return found

    return (
        _Column("meetings", "kind", MeetingKind),
        _Column("meetings", "date", dt.date.fromisoformat),
        _Column("meetings", "start", dt.time.fromisoformat),
        _Column("agenda_items", "kind", ItemKind),
        _Column("agenda_items", "rotation", rotation_from_json),
        _Column("agenda_templates", "items", template_items, grouped=False),
        _Column("temperature_checks", "kind", CheckKind),
        _Column("temperature_checks", "counts", a_tuple, grouped=False),
        _Column("decisions", "outcome", Outcome),
        _Column("decisions", "stand_aside_names", names, grouped=False),
        _Column("decisions", "block_names", names, grouped=False),
        _Column("floor_settings", "settings", lambda t: floor_settings(json.loads(t))),
        _Column("floor_settings", "manual_order", a_tuple, grouped=False),
        _Column("floor_settings", "moved_by_hand", a_tuple, grouped=False),
        _Column("floor_settings", "closed_items", lambda t: set(json.loads(t)), grouped=False),
        _Column("stack_entries", "kind", EntryKind),
        _Column("stack_entries", "state", EntryState),
        _Column("turns", "kind", EntryKind),
        _Column(
            "turns",
            "segments",
            lambda t: [(s, e) for s, e in json.loads(t)],
            grouped=False,
            readable=JSON_TEXT.format(type="array") + " AND NOT EXISTS (SELECT 1 FROM"
            " json_each({c}) WHERE type != 'array' OR json_array_length(value) != 2)",
        ),
        _Column("signin_settings", "fields", a_tuple),
        _Column("signin_settings", "consents", a_tuple),
        _Column("signins", "match", Match),
        _Column(
            "signins",
            "answers",
            answers,
            grouped=False,
            readable="coalesce({c}, '') = '' OR " + JSON_TEXT.format(type="object"),
        ),
        _Column("commitments", "status", FollowUpStatus),
        _Column("commitments", "due", a_date),
        _Column("commitments", "follow_up_due", dt.datetime.fromisoformat),
        _Column("commitment_options", "due", a_date),
        _Column("export_log", "columns", a_tuple, grouped=False),
        _Column("roster_imports", "mapping", json.loads, grouped=False),
        _Column("groups", "kind", GroupKind),
    )


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def people_not_in(copy: sqlite3.Connection, current: sqlite3.Connection) -> int | None:
    """How many people in `copy` are not in `current`: restoring the copy brings them back
    (whoever was forgotten, or purged with a meeting, since it was made). None when `current`
    holds nobody (a new data folder: there is nothing to compare with). A person counts as
    the same when the id is the same and so is the name, the email or the phone: an id alone
    is not enough, as SQLite gives a forgotten person's id to the next one added."""
    now = _people(current)
    if not now:
        return None
    by_id = {row[0]: row for row in now}
    missing = 0
    for person_id, first, last, email, phone in _people(copy) - now:  # the ones not unchanged
        same = by_id.get(person_id)
        if same is None or not (
            _full_name(first, last) == _full_name(same[1], same[2])
            or (email and email.casefold() == (same[3] or "").casefold())
            or (phone and phone == same[4])
        ):
            missing += 1
    return missing


def _people(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, whatever the connection's rows are
    return set(cursor.execute("SELECT id, first_name, last_name, email, phone FROM people"))


def _full_name(first: str, last: str | None) -> str:
    return f"{first} {last or ''}".strip().casefold()


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
        """Log a backup; not on data opened read-only (a backup from a full disk)."""
        if read_only(self._conn):
            return
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
