"""The backups in the data folder's backups folder: which there are, which meetingkit keeps,
and the unencrypted ones left there from before encryption was turned on.

meetingkit puts a backup there for `meetingkit backup` (a nightly one, say), and a safety
backup before it restores a backup or deletes a meeting. Left alone they pile up — a year of
nightly backups is 365 copies of everyone's data — so after each backup it makes there it
deletes the oldest (`prune`): it keeps the newest `KEEP_BACKUPS` of the backups asked for,
the safety backups of the last `KEEP_SAFETY_DAYS` days, and always the newest backup of all.

It deletes only what it made: a file named as it names its backups
(meetingkit-backup-DATE-TIME.sqlite) that its backup log lists, by name and size — wherever
the data folder was when it was made, since the log keeps the path the file had then. A
backup saved elsewhere, given another name, or put there by hand is never touched.

What is found is read from the folder itself, never from the log's paths, which name the
folder as it was: after the data folder moved to another laptop they may lead nowhere.

A backup or restore killed half-way leaves a hidden copy there (services.leftovers): until it
is swept, one that is not encrypted counts among the unencrypted backups, and deleting those
overwrites it with zeros and removes it too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import translate
from meetingkit.services.leftovers import BACKUP_FOLDER, Leftover, discard_abandoned, leftovers
from meetingkit.services.wiping import wipe_and_delete
from meetingkit.storage.copies import BackupLog, LoggedBackup
from meetingkit.storage.database import is_encrypted

if TYPE_CHECKING:
    from meetingkit.services.backup import BackupMade

KEEP_BACKUPS = 10
"""The newest backups asked for (`meetingkit backup`, Back up… into the folder) kept."""
KEEP_SAFETY_DAYS = 30
"""How long the safety backups taken before a restore or a deletion are kept."""
SAFETY_REASONS = frozenset({"before restore", "before delete"})
UNFINISHED = "unfinished"
"""The reason of a hidden copy a killed backup or restore left (`BackupsFound.leftovers`)."""

_OUR_NAME = re.compile(r"^meetingkit-backup-(\d{4})-(\d\d)-(\d\d)-(\d\d)(\d\d)(?:-(\d+))?\.sqlite$")


@dataclass(frozen=True)
class FolderBackup:
    path: Path
    made: dt.datetime  # local time: from the name meetingkit gave it, else the file's time
    bytes: int
    encrypted: bool
    # Why meetingkit made it ("backup", "before restore", "before delete"); None for a file
    # meetingkit did not make and name, which it never deletes.
    reason: str | None
    order: int = 0  # the -2, -3… of two backups made in one minute

    @property
    def ours(self) -> bool:
        return self.reason is not None

    @property
    def safety(self) -> bool:
        return self.reason in SAFETY_REASONS

    @property
    def shown(self) -> str:
        """Its name in the data folder: backups/meetingkit-backup-….sqlite."""
        return str(Path(BACKUP_FOLDER) / self.path.name)


@dataclass(frozen=True)
class BackupsFound:
    in_folder: tuple[FolderBackup, ...]  # newest first
    elsewhere: LoggedBackup | None  # the newest one saved outside it that is still there
    # Hidden copies a killed backup or restore left there, that nothing is writing now
    # (services.leftovers): not backups, and not among `in_folder`.
    leftovers: tuple[FolderBackup, ...] = ()

    @property
    def bytes(self) -> int:
        return sum(b.bytes for b in self.in_folder)

    @property
    def unencrypted(self) -> tuple[FolderBackup, ...]:
        """meetingkit's own backups in the folder that are not encrypted, then the leftovers
        that are not: each a copy of everyone's data anyone who gets it can read."""
        ours = tuple(b for b in self.in_folder if b.ours and not b.encrypted)
        return ours + self.unencrypted_leftovers

    @property
    def unencrypted_leftovers(self) -> tuple[FolderBackup, ...]:
        return tuple(b for b in self.leftovers if not b.encrypted)


def folder_backups(conn: sqlite3.Connection, data_dir: Path) -> list[FolderBackup]:
    """The backups (.sqlite files) in `data_dir`'s backups folder, newest first, and which
    of them meetingkit made (`FolderBackup.reason`), as told by the backup log of `conn`."""
    logged: dict[str, list[LoggedBackup]] = {}
    for entry in BackupLog(conn).all():
        logged.setdefault(Path(entry.path).name, []).append(entry)
    found = []
    with contextlib.suppress(OSError):
        for path in (data_dir / BACKUP_FOLDER).iterdir():
            if path.suffix != ".sqlite" or path.name.startswith(".") or path.is_symlink():
                continue
            with contextlib.suppress(OSError, MeetingkitError):
                if not path.is_file():
                    continue
                size = path.stat().st_size
                named = _OUR_NAME.match(path.name)
                reason = None
                if named is not None:
                    same = [e for e in logged.get(path.name, ()) if e.bytes == size]
                    reason = same[0].reason if same else None
                found.append(
                    FolderBackup(
                        path,
                        _made(named, path),
                        size,
                        is_encrypted(path, hold=False),
                        reason,
                        int(named.group(6) or 1) if named else 0,
                    )
                )
    return sorted(found, key=_when, reverse=True)


def backups_found(conn: sqlite3.Connection, data_dir: Path) -> BackupsFound:
    """The backups in the data folder's backups folder, and the newest one the log says was
    saved elsewhere (a USB stick, say) if it is still there to be found."""
    in_folder = folder_backups(conn, data_dir)
    left = tuple(_as_backup(found) for found in leftovers(data_dir / BACKUP_FOLDER))
    here = {(b.path.name, b.bytes) for b in in_folder}
    elsewhere: LoggedBackup | None = None
    for entry in BackupLog(conn).all():  # newest first
        path = Path(entry.path)
        if (path.name, entry.bytes) in here:
            continue  # one of those found, logged where the data folder was then
        with contextlib.suppress(OSError):
            if path.is_file():
                elsewhere = entry
                break
    return BackupsFound(tuple(in_folder), elsewhere, left)


def _as_backup(leftover: Leftover) -> FolderBackup:
    made = dt.datetime.fromtimestamp(leftover.touched)
    return FolderBackup(leftover.path, made, leftover.bytes, not leftover.plain, UNFINISHED)


def to_prune(backups: Sequence[FolderBackup], now: dt.datetime) -> list[FolderBackup]:
    """Which of `backups` (one folder's) meetingkit deletes: of its own, the backups asked
    for beyond the newest `KEEP_BACKUPS`, and the safety backups older than
    `KEEP_SAFETY_DAYS`; never the newest backup of all, nor a file it did not make."""
    ordered = sorted(backups, key=_when, reverse=True)
    oldest_safety = now - dt.timedelta(days=KEEP_SAFETY_DAYS)
    going = []
    asked_for = 0
    for n, backup in enumerate(ordered):
        if not backup.ours:
            continue
        if backup.safety:
            if n and backup.made < oldest_safety:
                going.append(backup)
            continue
        asked_for += 1
        if n and asked_for > KEEP_BACKUPS:
            going.append(backup)
    return going


def prune(conn: sqlite3.Connection, data_dir: Path, now: dt.datetime) -> list[Path]:
    """Delete the backups `to_prune` from `data_dir`'s backups folder; the paths deleted.
    One that cannot be deleted (a read-only drive) is left as it is."""
    deleted = []
    for backup in to_prune(folder_backups(conn, data_dir), now):
        with contextlib.suppress(OSError):
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


@dataclass(frozen=True)
class UnencryptedDeleted:
    backup: BackupMade  # the encrypted backup made first
    deleted: tuple[Path, ...]


def delete_unencrypted(
    conn: sqlite3.Connection,
    data_dir: Path,
    key: str | None,
    *,
    target: Path | None = None,
    now: dt.datetime | None = None,
) -> UnencryptedDeleted:
    """Once the data is encrypted (`key`), delete meetingkit's unencrypted backups from the
    data folder's backups folder, after making an encrypted one (in `target`, by default that
    folder), so that a backup is left; each is overwritten with zeros first, as encryption
    overwrites the file it replaced (services.wiping). Files meetingkit did not make are left
    alone. The hidden copies killed backups and restores left there, that nothing is writing
    now, go too (services.leftovers); `deleted` names the unencrypted ones."""
    from meetingkit.services.backup import backup_folder, make_backup

    if key is None:
        raise MeetingkitError(
            translate(
                "Backup",
                "The data is not encrypted, so neither are its backups: turn encryption on "
                "first, then delete the unencrypted backups.",
            )
        )
    folder = backup_folder(data_dir)
    # Listed before the backup, whose own sweep of its folder may take them first
    left = [found for found in leftovers(folder) if found.plain]
    made = make_backup(conn, target or folder, key, now=now)
    discard_abandoned(folder)  # overwritten with zeros, as the backups below
    deleted = [found.path for found in left if not found.path.exists()]
    for backup in folder_backups(conn, data_dir):
        if backup.ours and not backup.encrypted and backup.path != made.path:
            with contextlib.suppress(OSError, MeetingkitError):
                if not is_encrypted(backup.path, hold=False):  # as it was found a moment ago
                    wipe_and_delete(backup.path)  # its contents are not left on the disk
                    deleted.append(backup.path)
    return UnencryptedDeleted(made, tuple(deleted))


def _made(named: re.Match[str] | None, path: Path) -> dt.datetime:
    if named is not None:
        with contextlib.suppress(ValueError):
            year, month, day, hour, minute = (int(named.group(n)) for n in range(1, 6))
            return dt.datetime(year, month, day, hour, minute)
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _when(backup: FolderBackup) -> tuple[dt.datetime, int, str]:
    return (backup.made, backup.order, backup.path.name)
