"""Backing up and restoring the data, while the app runs.

A backup is one file, a consistent snapshot taken with SQLite's backup API, written under a
temporary name, checked (integrity, schema) and only then renamed into place, so a file
with the backup's name is always a whole one. An encrypted database's backup is encrypted
with the same passphrase. Restoring checks the file first (a meetingkit database, not
damaged, not from a newer version), takes a safety backup of the current data, and then
copies the file's contents into the live database, whose open connections stay valid. A
data file that cannot be opened at all (damaged) is not copied into: it is set aside, kept
whole, and the checked backup takes its place (`restore_in_place_of_damaged`).

Backups are copies of personal data: forgetting a person or purging a meeting does not reach
into backups made before. The privacy page says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shlex
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.data_dir import DB_FILENAME
from meetingkit.services.leftovers import ABANDONED_AFTER_S as ABANDONED_AFTER_S
from meetingkit.services.leftovers import BACKUP_FOLDER as BACKUP_FOLDER
from meetingkit.services.leftovers import (
    discard,
    discard_abandoned,
    ended_by_signals,
    partial_name,
    stage_prefix,
)
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
from meetingkit.storage.database import CorruptDatabaseError, is_damage, utc_now

SUFFIX = ".sqlite"
DAMAGED = "damaged"  # a damaged data file set aside: meetingkit.sqlite3.damaged-DATE


class DamagedDataError(CorruptDatabaseError):
    """The data being backed up (or replaced by a restore) cannot be read whole: a damaged
    page. No copy of it can be checked; the message says which backup to restore instead."""


@dataclass(frozen=True)
class BackupMade:
    path: Path
    bytes: int
    encrypted: bool
    seconds: float
    check: CopyCheck
    # Older backups deleted from the data folder's backups folder, where this one was made
    # (services.backup_folder: meetingkit keeps the newest, and deletes only its own).
    pruned: tuple[Path, ...] = ()


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
    with the default name in. `key` is the live passphrase (None when not encrypted).

    A backup made in the data's own backups folder is followed by deleting the oldest of
    meetingkit's backups there (`BackupMade.pruned`; services.backup_folder)."""
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
    partial = partial_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        discard_abandoned(target.parent)
        with ended_by_signals():  # `kill` removes the copy too, as any failure does
            copy_to(conn, partial, key)
            _sync(partial)
            check = verify(partial, key, name=target)
            os.replace(partial, target)
        sync_folder(target.parent)
    except CorruptDatabaseError as e:  # the copy does not read back whole
        _discard(partial)
        damage = _damage_in(conn)
        if damage is not None:  # SQLite's own words for it, not the copy's name
            cause = e.__cause__
            said = str(cause) if isinstance(cause, sqlite3.Error) else damage.splitlines()[-1]
            raise _damaged_data(conn, said) from e
        raise MeetingkitError(
            fill(
                translate(
                    "Backup",
                    "The backup written to %1 did not read back whole (%2): the drive may be "
                    "failing. Nothing was changed. Choose another place for the backup.",
                ),
                str(target),
                str(e),
            )
        ) from e
    except (OSError, sqlite3.Error) as e:
        _discard(partial)
        if is_damage(e):  # the data being copied could not be read
            raise _damaged_data(conn, str(e)) from e
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
    pruned = _prune_beside(conn, target, now)
    return BackupMade(target, size, key is not None, time.perf_counter() - started, check, pruned)


def _prune_beside(conn: sqlite3.Connection, target: Path, now: dt.datetime) -> tuple[Path, ...]:
    """Delete the oldest of meetingkit's backups in the folder of `target` when it is the
    data's own backups folder; a backup saved anywhere else leaves everything as it is."""
    from meetingkit.services.backup_folder import prune

    live = _live_file(conn)
    if not live.name:  # data in memory: no folder of its own
        return ()
    data_dir = live.parent
    try:
        if target.parent.resolve() != (data_dir / BACKUP_FOLDER).resolve():
            return ()
    except OSError:
        return ()
    return tuple(prune(conn, data_dir, now))


def _damage_in(conn: sqlite3.Connection) -> str | None:
    """What SQLite's quick check finds wrong with the database of `conn`, or None when it
    reads whole. Asked only once a copy of it failed its check: on 100,000 people it takes
    ~50 ms, too long for every start."""
    try:
        found = [str(r[0]) for r in conn.execute("PRAGMA quick_check(1)").fetchall()]
    except sqlite3.DatabaseError as e:
        return str(e)
    return None if found == ["ok"] else found[0]


def _live_file(conn: sqlite3.Connection) -> Path:
    """The file the connection's data is in."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2])
    return Path()


def _damaged_data(conn: sqlite3.Connection, error: str) -> DamagedDataError:
    """The data being backed up is damaged (not the copy, nor the place it goes)."""
    live = _live_file(conn)
    return DamagedDataError(
        fill(
            translate(
                "Backup",
                "The data being backed up is damaged: meetingkit cannot read all of %1 (%2). No "
                "backup was made of it.",
            ),
            str(live),
            error,
        )
        + " "
        + restore_advice(live.parent)
    )


def newest_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data folder's backups folder (the safety backups, and any
    saved there), by when it was written; None when there is none."""
    found = []
    with contextlib.suppress(OSError):
        for path in (data_dir / BACKUP_FOLDER).iterdir():
            if path.suffix == SUFFIX and not path.name.startswith(".") and path.is_file():
                found.append((path.stat().st_mtime, path.name, path))
    return max(found)[2] if found else None


def restore_command(data_dir: Path, backup: Path | str) -> str:
    """The command that restores `backup` into `data_dir`, to be typed as it is."""
    return data_command(data_dir, "restore", _quoted(str(backup)))


def data_command(data_dir: Path, *words: str) -> str:
    """The meetingkit command `words` on the data in `data_dir`, to be typed as it is."""
    return " ".join(("meetingkit", "--data-dir", _quoted(str(data_dir)), *words))


def _quoted(word: str) -> str:
    if os.name == "posix":
        return shlex.quote(word)
    return f'"{word}"' if any(c in word for c in " &()^%!,;=") else word


def restore_advice(data_dir: Path) -> str:
    """What to do when the data file in `data_dir` is damaged: the newest backup in its
    backups folder, and the exact command that puts it in place (the damaged file is kept)."""
    return restore_advice_in(
        data_dir,
        translate(
            "Backup",
            "There is no backup in %1. If you saved one elsewhere, close meetingkit and "
            "restore it with:\n%2",
        ),
        translate(
            "Backup",
            "The newest backup is %1 (written %2). To put it in place of the damaged file, "
            "which is kept, close meetingkit and run:\n%3",
        ),
    )


def restore_advice_in(data_dir: Path, without_backup: str, with_backup: str) -> str:
    """`restore_advice` in the words given (a window's: ui.damaged_data): `without_backup`
    where there is none (%1 the backups folder, %2 the command, FILE in place of the backup's
    file), else `with_backup` (%1 the newest backup, %2 when it was written, %3 the command
    that puts it in place)."""
    newest = newest_backup(data_dir)
    if newest is None:
        return fill(
            without_backup, str(data_dir / BACKUP_FOLDER), restore_command(data_dir, "FILE")
        )
    made = dt.datetime.fromtimestamp(newest.stat().st_mtime)
    return fill(
        with_backup, str(newest), f"{made:%Y-%m-%d %H:%M}", restore_command(data_dir, newest)
    )


def _discard(partial: Path) -> None:
    """Remove a half-written copy, overwritten with zeros first (it holds everyone's data), if
    there is one and the folder lets us: on a read-only or vanished drive there is nothing to
    remove, and the reason to tell is the first one."""
    with contextlib.suppress(OSError):
        discard(partial)


def check_backup(
    source: Path, key: str | None, current: sqlite3.Connection | None = None, *, data_dir: Path
) -> BackupContents:
    """What the file holds, or why it cannot be restored (without changing anything); with
    the `current` data's connection, also how many of its people are not in the current data.
    It is checked on a private copy in `data_dir`'s backups folder."""
    with _StagedCopy(source, data_dir) as staged:
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
    with _StagedCopy(source, data_dir) as staged:
        check = _verified(staged, source_key, source)
        encrypted = check.encrypted
        if encrypted != (live_key is not None) or (encrypted and source_key != live_key):
            staged = _converted(staged, source_key if encrypted else None, live_key)
            verify(staged, live_key)
        try:
            safety = make_backup(
                conn, backup_folder(data_dir), live_key, reason="before restore", now=now
            )
        except DamagedDataError as e:  # nothing was changed
            raise DamagedDataError(
                fill(
                    translate(
                        "Backup",
                        "Your current data is damaged: meetingkit cannot read all of it, so it "
                        "cannot be saved first as a restore does. Nothing was restored. To put "
                        "%1 in its place (the damaged file is kept as it is), close meetingkit "
                        "and run:\n%2",
                    ),
                    str(source),
                    restore_command(data_dir, source),
                )
            ) from e
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


def restore_in_place_of_damaged(
    source: Path,
    *,
    source_key: str | None,
    data_dir: Path,
    now: dt.datetime | None = None,
) -> Restored:
    """Put the backup at `source` in place of a data file that cannot be opened or copied
    (damaged), with no meetingkit open on it: there is nothing to copy it into, nor to take a
    safety backup of.

    The backup is checked as `restore` checks it, on a private copy, and refused with nothing
    changed. The damaged file is then kept beside, as it is (meetingkit.sqlite3.damaged-DATE,
    with its write-ahead log, which must not be read into the backup), and the checked copy
    takes its place in one rename. The restored file is encrypted exactly when the backup is,
    with its passphrase. `Restored.safety_backup` names the damaged file kept."""
    path = data_dir / DB_FILENAME
    with _StagedCopy(source, data_dir) as staged:
        check = _verified(staged, source_key, source)
        try:
            kept = _set_aside(path, now or dt.datetime.now())
            os.replace(staged, path)
            sync_folder(data_dir)
        except OSError as e:
            raise MeetingkitError(
                fill(
                    translate(
                        "Backup",
                        "Could not put the backup in place of %1: %2. Check there is free space "
                        "and that you may write there.",
                    ),
                    str(path),
                    str(e.strerror or e),
                )
            ) from e
    return Restored(source, kept, check)


def _set_aside(path: Path, now: dt.datetime) -> Path:
    """Keep the damaged file at `path` under a new name, whole, before anything replaces it.

    It stays at `path` too until the backup's rename replaces it (a second name, or a copy
    where the drive has no such thing), so a restore killed half-way leaves the data as it
    was, never no file at all. Its write-ahead log and rollback journal go with it: left
    beside the restored file, SQLite would read them into it. The shared-memory index is only
    an index of that log, and is removed."""
    kept = _free_name(path.with_name(f"{path.name}.{DAMAGED}-{now:%Y-%m-%d-%H%M%S}"))
    try:
        os.link(path, kept)
    except OSError:  # FAT and some network drives have no second names
        shutil.copyfile(path, kept)
        _sync(kept)
    for suffix in ("-wal", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    sync_folder(path.parent)
    return kept


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
    so that what is read is what the screens will read. A copy that holds what meetingkit
    does not make (a trigger that keeps what a purge deletes: storage.foreign_schema) is
    refused, and the search index's triggers are made again as this version makes them."""
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.whats_next import whats_next
    from meetingkit.storage import schema
    from meetingkit.storage.foreign_schema import foreign_objects, remake_triggers
    from meetingkit.storage.meetings import MeetingStore

    conn = connect_file(staged, key if check.encrypted else None)
    if type(conn) is sqlite3.Connection:  # SQLCipher's connections bring their own Row
        conn.row_factory = sqlite3.Row
    try:
        if check.migrations < len(schema.MIGRATION_NAMES):
            conn.execute("PRAGMA foreign_keys = ON")  # as on the live connection
            schema.apply_migrations(conn)
        foreign = foreign_objects(conn)
        if not foreign:
            remake_triggers(conn)
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
    if foreign:
        raise CorruptDatabaseError(
            fill(
                translate(
                    "Backup",
                    "%1 cannot be restored: it holds %n thing(s) meetingkit does not make (“%2”"
                    " first), which could change what meetingkit saves or keep what it deletes."
                    " Another program changed it. Use another backup.",
                    n=len(foreign),
                ),
                str(source),
                foreign[0][1],
            )
        )
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
    """A private copy of a file to check or restore, in a folder of its own removed after:
    the user's backup is never opened for writing (SQLite may write to any file it opens).

    The folder is in the data folder's backups folder, private like it, never in the system's
    temporary folder: a restore killed half-way leaves a copy of everyone's data behind, and
    there the next start or restore sweeps it (services.leftovers). Being on the data's own
    drive, the copy can also be renamed into place (`restore_in_place_of_damaged`)."""

    def __init__(self, source: Path, data_dir: Path) -> None:
        self._source = source
        self._data_dir = data_dir
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> Path:
        check_source(self._source)
        backups = backup_folder(self._data_dir)
        discard_abandoned(backups)
        wal = self._source.with_name(self._source.name + "-wal")
        try:
            self._folder = tempfile.TemporaryDirectory(dir=backups, prefix=stage_prefix())
            staged = Path(self._folder.name) / "backup.sqlite"
            _private_copy(self._source, staged)
            if wal.is_file():  # a copy of a live file, not one of our backups
                _private_copy(wal, staged.with_name(staged.name + "-wal"))
        except OSError as e:
            self._remove()
            if e.filename is not None and Path(e.filename) in (self._source, wal):
                message = fill(
                    translate("Backup", "Cannot read %1: %2."), str(self._source), str(e.strerror)
                )
            else:  # the data folder's drive: full, say
                message = fill(
                    translate("Backup", "Cannot make a private copy of %1 in %2 to check it: %3."),
                    str(self._source),
                    str(backups),
                    str(e.strerror),
                )
            raise MeetingkitError(message) from e
        return staged

    def __exit__(self, *exc: object) -> None:
        self._remove()

    def _remove(self) -> None:
        """The folder and the copies in it, overwritten with zeros first: a backup restored
        may be unencrypted, even into encrypted data."""
        if self._folder is not None:
            with contextlib.suppress(OSError):
                discard(Path(self._folder.name))
            self._folder.cleanup()  # what could not be overwritten


def check_source(source: Path) -> None:
    """Refuse, before anything else, what cannot be a backup to restore: a folder, a file
    that is not there, an empty one (SQLite would take it for a new, empty database)."""
    if source.is_dir():
        raise MeetingkitError(
            fill(
                translate(
                    "Backup",
                    "%1 is a folder, not a backup. Choose the backup file itself: meetingkit's "
                    "are named meetingkit-backup-DATE-TIME.sqlite.",
                ),
                str(source),
            )
        )
    if not source.is_file():
        raise MeetingkitError(fill(translate("Backup", "There is no file %1."), str(source)))
    if _empty(source):
        raise MeetingkitError(
            fill(
                translate(
                    "Backup",
                    "%1 is empty (0 bytes): it is not a backup, and holds nothing to restore. "
                    "Choose another file. Nothing was restored: your data is as it was.",
                ),
                str(source),
            )
        )


def _empty(source: Path) -> bool:
    """A file of no bytes: SQLite would open it as a new, empty database."""
    try:
        return source.stat().st_size == 0
    except OSError:
        return False  # copying it says why it cannot be read


def _private_copy(source: Path, target: Path) -> None:
    """Copy `source` to the new file `target`, readable by this user only (0600) from its
    first byte, as every copy of the data is (storage.copies.copy_to)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as out, source.open("rb") as given:
        shutil.copyfileobj(given, out, 1024 * 1024)


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
