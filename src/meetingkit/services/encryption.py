"""Turning encryption at rest on and off, and changing its passphrase.

Encryption is SQLCipher's (storage.cipher): every page of the database file and its
write-ahead log is AES-256 encrypted and authenticated, the key derived from the passphrase
with PBKDF2. Nothing of the passphrase is stored: lose it and the data is lost.

The change rewrites the whole file, so no connection may be open: the GUI asks for it and
then quits, and the change runs at the next start before the database is opened (see
ui.unlock); the CLI runs it while the app is closed. Changing the passphrase is the same
rewrite, from the old key to the new one. The data is exported into a new file, which is
checked (integrity, schema, the same rows in every table) before it atomically replaces the
old one; until then the old file is untouched, so a wrong passphrase or a full disk changes
nothing. The old file's blocks are then overwritten with zeros where the system allows it
(on SSDs and copy-on-write file systems old blocks may survive anyway: full-disk encryption
is the real protection for a lost laptop, and this is a second lock on meetingkit's own
file).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from meetingkit.core.errors import MeetingkitError, ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage.database import (
    DatabaseError,
    WrongPassphraseError,
    damage_refusal,
    is_encrypted,
)

MIN_PASSPHRASE = 8
PENDING_FILE = "encryption-change"  # in the data folder: a Wish, never a secret


class DatabaseInUseError(MeetingkitError):
    """Another connection (the app, a sign-in server, a command) has the database open."""


@dataclass(frozen=True)
class EncryptionChanged:
    encrypted: bool
    bytes: int
    seconds: float
    old_file_wiped: bool  # False where the system would not let us overwrite it in place


def check_new_passphrase(
    passphrase: str, repeated: str | None = None, *, current: str | None = None
) -> None:
    """Refuse a passphrase too short to resist guessing, one mistyped the second time, or (when
    changing it) the `current` one again."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            fill(
                translate(
                    "Encryption",
                    "Choose a passphrase of at least %1 characters: a few words you will remember "
                    "is best.",
                ),
                str(MIN_PASSPHRASE),
            )
        )
    if "\x00" in passphrase:
        raise ValidationError(
            translate("Encryption", "The passphrase cannot contain a NUL character.")
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError(
            translate("Encryption", "The two passphrases are not the same. Type them again.")
        )
    if current is not None and passphrase == current:
        raise ValidationError(
            translate(
                "Encryption",
                "The new passphrase is the same as the current one. Choose another.",
            )
        )


def key_opens(db_path: Path, passphrase: str) -> bool:
    """Does the passphrase open the (encrypted) database? Tried on a fresh connection, so it
    also serves the lock screen while the app's own connection stays open."""
    from meetingkit.storage import cipher

    return cipher.key_opens(db_path, passphrase)


class Tried(StrEnum):
    """What a passphrase does to the encrypted data (`try_passphrase`)."""

    OPENS = "opens"
    DAMAGED = "damaged"  # it is the right one, and the file is damaged
    # It opens no part of the file, but opens the newest backup: the start of the file is
    # damaged, or the passphrase was changed after that backup.
    OPENS_NEWEST_BACKUP = "opens the newest backup"
    WRONG = "wrong"


def try_passphrase(db_path: Path, passphrase: str) -> Tried:
    """Does the passphrase open the (encrypted) database, and if not, is it wrong or the file
    damaged? As far as the file and its newest backup can tell.

    The file tells it when any of its pages is whole: SQLCipher authenticates every page with
    a key derived from the passphrase (`cipher.try_key`). When none is — the first 16 bytes,
    from which every key is derived, are overwritten — the newest backup in the backups
    folder is tried: it is encrypted with the passphrase the data had when it was made. Both
    cost what trying the passphrase on the file costs, and tell nothing that anyone holding
    the data folder could not find out from the files themselves, at the same cost."""
    from meetingkit.storage import cipher

    fit = cipher.try_key(db_path, passphrase)
    if fit is cipher.KeyFit.OPENS:
        return Tried.OPENS
    if fit is cipher.KeyFit.DAMAGED:
        return Tried.DAMAGED
    if opens_newest_backup(db_path.parent, passphrase):
        return Tried.OPENS_NEWEST_BACKUP
    return Tried.WRONG


def opens_newest_backup(data_dir: Path, passphrase: str) -> bool:
    """Does the passphrase open the newest backup in `data_dir`'s backups folder?"""
    from meetingkit.services.backup import newest_backup
    from meetingkit.storage import cipher

    backup = newest_backup(data_dir)
    if backup is None:
        return False
    try:
        return is_encrypted(backup, hold=False) and cipher.key_opens(backup, passphrase)
    except (MeetingkitError, OSError, sqlite3.Error):
        return False


class OpensOnlyTheBackupError(WrongPassphraseError):
    """The passphrase opens no part of the data file, but its newest backup: the start of the
    file is damaged, or the passphrase was changed after that backup (`Tried`)."""


def opens_only_the_backup(db_path: Path) -> OpensOnlyTheBackupError:
    """The refusal of a passphrase that opens the newest backup but no part of `db_path`."""
    return OpensOnlyTheBackupError(
        fill(
            translate(
                "Encryption",
                "The passphrase does not open %1, but it opens its newest backup. If the "
                "passphrase was changed after that backup was made, use the new one. If not, the "
                "file is damaged at its very start, so it cannot check any passphrase. It has not "
                "been changed.",
            ),
            str(db_path),
        )
    )


def change_encryption(db_path: Path, old_key: str | None, new_key: str | None) -> EncryptionChanged:
    """Encrypt (`new_key`), decrypt (None) or change the passphrase of the closed database.

    The new file is written and checked beside the old one, which stays untouched until the
    new one atomically takes its place: any failure before that (a wrong passphrase, a full
    disk) changes nothing."""
    from meetingkit.services.leftovers import sweep
    from meetingkit.storage import cipher
    from meetingkit.storage.copies import row_counts, verify

    started = time.perf_counter()
    encrypted = is_encrypted(db_path)
    if new_key is not None:
        check_new_passphrase(new_key, current=old_key if encrypted else None)
    if not db_path.is_file():
        raise DatabaseError(
            fill(translate("Encryption", "There is no database at %1."), str(db_path))
        )
    if encrypted and old_key is None:
        raise DatabaseError(
            fill(
                translate("Encryption", "%1 is encrypted: give its passphrase to change that."),
                str(db_path),
            )
        )
    if not encrypted and old_key is not None:
        old_key = None  # a plain file has no passphrase to give
    ensure_closed(db_path, old_key)
    # No copy in the old form outlives the change: what a killed picture, backup or restore
    # left, whatever its age — with the data closed, no backup or restore of it is at work.
    sweep(db_path.parent, closed=True)
    converting = db_path.with_name(db_path.name + ".converting")
    converting.unlink(missing_ok=True)
    source = cipher.connect(db_path, old_key) if old_key else cipher.open_plain(db_path)
    try:
        with _nothing_changed(db_path):
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as e:
                if old_key is not None and (damaged := damage_refusal(source, db_path, e)):
                    raise damaged from e
                if isinstance(e, sqlite3.OperationalError):
                    raise  # the disk, not the passphrase
                raise DatabaseError(
                    fill(translate("Encryption", "The passphrase does not open %1."), str(db_path))
                ) from e
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            expected = row_counts(source)
            cipher.export(source, converting, new_key)
    except BaseException:
        converting.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    try:
        verify(converting, new_key)
        with _nothing_changed(db_path):
            copy = cipher.connect(converting, new_key) if new_key else cipher.open_plain(converting)
            try:
                found = row_counts(copy)
            finally:
                copy.close()
        if found != expected:
            raise DatabaseError(
                translate(
                    "Encryption",
                    "The converted copy does not hold the same rows as the original; nothing was "
                    "changed. Please report this.",
                )
            )
        _remove_stale_log(db_path)
        wiped = _replace_and_wipe(converting, db_path)
    except BaseException:
        converting.unlink(missing_ok=True)
        raise
    return EncryptionChanged(
        new_key is not None, db_path.stat().st_size, time.perf_counter() - started, wiped
    )


class Wish(StrEnum):
    """A change asked for in one session, made at the next start (the word in PENDING_FILE)."""

    ENCRYPT = "on"
    DECRYPT = "off"
    NEW_PASSPHRASE = "passphrase"  # noqa: S105 — the word for the wish, not a passphrase


def request_change(data_dir: Path, encrypt: bool) -> None:
    """Ask for encryption to be turned on or off at the next start (the GUI's way)."""
    _request(data_dir, Wish.ENCRYPT if encrypt else Wish.DECRYPT)


def request_new_passphrase(data_dir: Path) -> None:
    """Ask for the passphrase to be changed at the next start, where the current one opens
    the data and the new one is chosen (neither is ever written down)."""
    _request(data_dir, Wish.NEW_PASSPHRASE)


def pending_wish(data_dir: Path) -> Wish | None:
    """What was asked for the next start, if anything."""
    try:
        return Wish((data_dir / PENDING_FILE).read_text(encoding="ascii").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def pending_change(data_dir: Path) -> bool | None:
    """True: encrypt at the next start; False: decrypt; None: neither asked."""
    wish = pending_wish(data_dir)
    if wish is None or wish is Wish.NEW_PASSPHRASE:
        return None
    return wish is Wish.ENCRYPT


def _request(data_dir: Path, wish: Wish) -> None:
    (data_dir / PENDING_FILE).write_text(wish.value, encoding="ascii")


def clear_request(data_dir: Path) -> None:
    (data_dir / PENDING_FILE).unlink(missing_ok=True)


@contextlib.contextmanager
def _nothing_changed(db_path: Path) -> Iterator[None]:
    """The data or its new copy could not be read or written (a full disk, a read-only
    folder): say so, and that the data opens as before."""
    try:
        yield
    except (OSError, sqlite3.Error) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise DatabaseError(
            fill(
                translate(
                    "Encryption",
                    "Could not rewrite %1 (%2). Nothing was changed: the data opens as before. "
                    "Check there is free space on the disk, then try again.",
                ),
                str(db_path),
                reason,
            )
        ) from e


def ensure_closed(db_path: Path, key: str | None) -> None:
    """Refuse while anything else has the file open: an exclusive lock is granted only to
    the one connection there is. A window, a sign-in server (`meetingkit serve`) or another
    command each keep a connection open while they run. The one check for it: changing the
    encryption and `meetingkit restore` both ask it."""
    from meetingkit.storage.copies import connect_file

    probe = connect_file(db_path, key)
    try:
        probe.execute("PRAGMA busy_timeout = 0")
        probe.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        probe.execute("COMMIT")
    except sqlite3.DatabaseError as e:
        if key is not None and (damaged := damage_refusal(probe, db_path, e)):
            raise damaged from e
        if not isinstance(e, sqlite3.OperationalError):
            raise DatabaseError(
                fill(translate("Encryption", "The passphrase does not open %1."), str(db_path))
            ) from e
        raise DatabaseInUseError(
            translate(
                "Encryption",
                "meetingkit (or a sign-in server, or another command) still has the data open. "
                "Close it, then try again.",
            )
        ) from e
    finally:
        probe.close()


def _remove_stale_log(db_path: Path) -> None:
    """After the last connection closed, the -wal is checkpointed and gone; an empty one
    may remain. Never let an old log sit beside the new file: SQLite would replay it."""
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseInUseError(
            fill(
                translate(
                    "Encryption",
                    "%1 still holds changes not yet in the database; open and close meetingkit "
                    "once, then try again.",
                ),
                str(wal),
            )
        )
    wal.unlink(missing_ok=True)
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)


def _replace_and_wipe(new: Path, live: Path) -> bool:
    """Atomically put `new` in place of `live`, then overwrite the old contents with zeros
    through a handle opened before the swap. Windows will not rename over an open file:
    there the swap is made without the wipe (False)."""
    from meetingkit.services.backup import sync_folder
    from meetingkit.services.wiping import overwrite

    old: BinaryIO | None = live.open("r+b")
    try:
        os.replace(new, live)
    except PermissionError:
        assert old is not None
        old.close()
        old = None
        os.replace(new, live)
    sync_folder(live.parent)
    if old is None:
        return False
    with old:
        overwrite(old)
    return True
