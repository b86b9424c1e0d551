"""Backing up and restoring the data, while the app runs.

A backup is one file, a consistent snapshot taken with SQLite's backup API, written under a
temporary name, checked (integrity, schema) and only then renamed into place, so a file
with the backup's name is always a whole one. An encrypted database's backup is encrypted
with the same passphrase. Restoring checks the file first (a meetingkit database, not
damaged, not from a newer version), takes a safety backup of the current data, and then
copies the file's contents into the live database, whose open connections stay valid.

Backups are copies of personal data: forgetting a person or purging a meeting does not reach
into backups made before. The privacy page says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage.copies import (
    BackupLog,
    CopyCheck,
    LoggedBackup,
    connect_file,
    copy_is_encrypted,
    copy_to,
    first_unreadable,
    load_from,
    people_not_in,
    verify,
)
from meetingkit.storage.database import CorruptDatabaseError, utc_now

BACKUP_FOLDER = "backups"  # inside the data folder: where safety backups go
SUFFIX = ".sqlite"


@dataclass(frozen=True)
class BackupMade:
    path: Path
    bytes: int
    encrypted: bool
    seconds: float
    check: CopyCheck


@dataclass(frozen=True)
class BackupContents:
    """What a backup would bring, to say before restoring it."""

    meetings: int
    people: int
    # People in the backup who are not in the current data: restoring brings them back,
    # whoever was forgotten since. None when not compared (or the current data has nobody).
    people_not_current: int | None = None


@dataclass(frozen=True)
class Restored:
    source: Path
    safety_backup: Path  # the data as it was before, in case the restore was a mistake
    check: CopyCheck


def default_name(now: dt.datetime) -> str:
    return f"meetingkit-backup-{now:%Y-%m-%d-%H%M}{SUFFIX}"


def backup_folder(data_dir: Path) -> Path:
    """The data folder's own backups folder (private to the user), created if needed."""
    folder = data_dir / BACKUP_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise MeetingkitError(
            fill(
                translate("Backup", "Cannot create the backups folder %1: %2."),
                str(folder),
                str(e.strerror),
            )
        ) from e
    return folder


def make_backup(
    conn: sqlite3.Connection,
    target: Path,
    key: str | None,
    *,
    reason: str = "backup",
    now: dt.datetime | None = None,
) -> BackupMade:
    """Back up the database of `conn` to `target`: a file name, or a folder to put a file
    with the default name in. `key` is the live passphrase (None when not encrypted)."""
    started = time.perf_counter()
    now = now or dt.datetime.now()
    if target.is_dir():
        target = _free_name(target / default_name(now))
    elif target.exists():
        raise MeetingkitError(
            fill(
                translate(
                    "Backup",
                    "%1 already exists. Choose another name, or delete the old backup first.",
                ),
                str(target),
            )
        )
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _discard_abandoned(target.parent)
        copy_to(conn, partial, key)
        _sync(partial)
        check = verify(partial, key)
        os.replace(partial, target)
        sync_folder(target.parent)
    except (OSError, sqlite3.Error) as e:
        _discard(partial)
        reason_text = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise MeetingkitError(
            fill(
                translate(
                    "Backup",
                    "Could not write the backup to %1: %2. Nothing was changed. Check there is "
                    "free space and that you may write there, or choose another place.",
                ),
                str(target),
                reason_text,
            )
        ) from e
    except BaseException:
        _discard(partial)
        raise
    size = target.stat().st_size
    BackupLog(conn).add(LoggedBackup(utc_now(), str(target), size, key is not None, reason))
    return BackupMade(target, size, key is not None, time.perf_counter() - started, check)


# A backup being written touches its file every few milliseconds; one untouched this long was
# abandoned by a process that was killed or lost power while writing it.
ABANDONED_AFTER_S = 3600
_PARTIAL = re.compile(r"^\..+\.[0-9a-f]{8}\.partial$")


def _discard_abandoned(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the half-written copies that a killed backup left in `folder`: hidden files,
    never listed as backups, that still hold a copy of everyone's data. Returns them."""
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if not _PARTIAL.match(path.name) or not path.is_file() or path.is_symlink():
                continue
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > ABANDONED_AFTER_S:
                    path.unlink()
                    removed.append(path)
    return removed


def _discard(partial: Path) -> None:
    """Remove a half-written copy, if there is one and the folder lets us: on a read-only
    or vanished drive there is nothing to remove, and the reason to tell is the first one."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def check_backup(
    source: Path, key: str | None, current: sqlite3.Connection | None = None
) -> BackupContents:
    """What the file holds, or why it cannot be restored (without changing anything); with
    the `current` data's connection, also how many of its people are not in the current data."""
    with _StagedCopy(source) as staged:
        check = _verified(staged, key, source)
        not_current = None
        if current is not None:
            copy = connect_file(staged, key if check.encrypted else None)
            try:
                not_current = people_not_in(copy, current)
            finally:
                copy.close()
        return BackupContents(check.meetings, check.people, not_current)


def restore(
    conn: sqlite3.Connection,
    source: Path,
    *,
    live_key: str | None,
    source_key: str | None,
    data_dir: Path,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace the live data with the backup at `source`.

    `source_key` opens the backup if it is encrypted (often the live passphrase). The file is
    checked on a private copy first, so a file that is not a meetingkit database, is
    damaged, or comes from a newer version is refused with nothing changed; the current data
    is then saved to the backups folder, and only then replaced. A plain backup restored
    into an encrypted database is encrypted on the way in, and the other way round.
    """
    with _StagedCopy(source) as staged:
        check = _verified(staged, source_key, source)
        encrypted = check.encrypted
        if encrypted != (live_key is not None) or (encrypted and source_key != live_key):
            staged = _converted(staged, source_key if encrypted else None, live_key)
            verify(staged, live_key)
        safety = make_backup(
            conn, backup_folder(data_dir), live_key, reason="before restore", now=now
        )
        log = BackupLog(conn).all()
        try:
            load_from(conn, staged, live_key)
        except sqlite3.Error as e:
            raise MeetingkitError(
                fill(
                    translate(
                        "Backup",
                        "The restore failed (%1). Your data as it was is saved in %2: restore that "
                        "file to get it back.",
                    ),
                    str(e),
                    str(safety.path),
                )
            ) from e
        BackupLog(conn).merge(log)
    return Restored(source, safety.path, check)


def is_encrypted_backup(source: Path) -> bool:
    """Whether the file chosen to restore is encrypted (its passphrase is needed); a file that
    is not a database at all is refused, saying that nothing was restored."""
    with _nothing_restored():
        return copy_is_encrypted(source)


def _verified(staged: Path, key: str | None, source: Path) -> CopyCheck:
    """`verify` the private copy of `source`, refusing it in words that name `source`."""
    with _nothing_restored():
        check = verify(staged, key, name=source)
        _readable(staged, key, source, check)
        return check


def _readable(staged: Path, key: str | None, source: Path, check: CopyCheck) -> None:
    """Can meetingkit open on the copy? A whole, valid SQLite file can still hold what the
    app cannot read — a meeting dated 30 February, a commitment status no version knows,
    floor settings that are not JSON — written by another program or by hand, and restoring
    it would leave screens that stop as they open. So every column the app converts as it
    reads it is read with the same conversion (`first_unreadable`), and the copy is read as
    the start screen and the meeting list read it. A copy from an older version is first
    brought up to date, as restoring it would (the copy is private: this is what is restored),
    so that what is read is what the screens will read."""
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.whats_next import whats_next
    from meetingkit.storage import schema
    from meetingkit.storage.meetings import MeetingStore

    conn = connect_file(staged, key if check.encrypted else None)
    if type(conn) is sqlite3.Connection:  # SQLCipher's connections bring their own Row
        conn.row_factory = sqlite3.Row
    try:
        if check.migrations < len(schema.MIGRATION_NAMES):
            conn.execute("PRAGMA foreign_keys = ON")  # as on the live connection
            schema.apply_migrations(conn)
        unreadable = first_unreadable(conn)
        if unreadable is None:
            MeetingStore(conn).all()
            whats_next(conn, WallAnchoredClock())
    except Exception as e:  # whatever stops the reading would stop the app
        raise CorruptDatabaseError(
            fill(
                translate(
                    "Backup",
                    "%1 cannot be restored: it is a whole database, but meetingkit cannot read "
                    "what it holds (%2). Another program may have changed it. Use another "
                    "backup.",
                ),
                str(source),
                f"{type(e).__name__}: {e}",
            )
        ) from e
    finally:
        conn.close()
    if unreadable is not None:
        raise CorruptDatabaseError(
            fill(
                translate(
                    "Backup",
                    "%1 cannot be restored: meetingkit cannot read row %2 of the table “%3” "
                    "(its “%4”: %5). Another program may have changed it. Use another backup.",
                ),
                str(source),
                str(unreadable.row),
                unreadable.table,
                unreadable.column,
                unreadable.error,
            )
        )


@contextlib.contextmanager
def _nothing_restored() -> Iterator[None]:
    """A backup refused while it is checked: the message says the data was not touched."""
    try:
        yield
    except MeetingkitError as e:
        unchanged = translate("Backup", "Nothing was restored: your data is as it was.")
        raise type(e)(f"{e} {unchanged}") from e


class _StagedCopy:
    """A private copy of a file to check or restore, in a temporary folder removed after:
    the user's backup is never opened for writing (SQLite may write to any file it opens)."""

    def __init__(self, source: Path) -> None:
        self._source = source
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> Path:
        if not self._source.is_file():
            raise MeetingkitError(
                fill(translate("Backup", "There is no file %1."), str(self._source))
            )
        self._folder = tempfile.TemporaryDirectory(prefix="meetingkit-restore-")
        staged = Path(self._folder.name) / "backup.sqlite"
        try:
            shutil.copyfile(self._source, staged)
            wal = self._source.with_name(self._source.name + "-wal")
            if wal.is_file():  # a copy of a live file, not one of our backups
                shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
        except OSError as e:
            self._folder.cleanup()
            raise MeetingkitError(
                fill(translate("Backup", "Cannot read %1: %2."), str(self._source), str(e.strerror))
            ) from e
        return staged

    def __exit__(self, *exc: object) -> None:
        if self._folder is not None:
            self._folder.cleanup()


def _converted(staged: Path, key: str | None, live_key: str | None) -> Path:
    """The staged backup re-encoded for the live database: encrypted with its key, or plain."""
    from meetingkit.storage import cipher

    target = staged.with_name("converted.sqlite")
    conn = cipher.connect(staged, key) if key is not None else cipher.open_plain(staged)
    try:
        cipher.export(conn, target, live_key)
    finally:
        conn.close()
    return target


def _free_name(path: Path) -> Path:
    """`path`, or path-2, path-3… if a backup with that name exists (two in one minute)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _sync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows cannot open folders and does not need it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
