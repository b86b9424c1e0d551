"""Turning encryption at rest on and off, with a passphrase.

Encryption is SQLCipher's (storage.cipher): every page of the database file and its
write-ahead log is AES-256 encrypted and authenticated, the key derived from the passphrase
with PBKDF2. Nothing of the passphrase is stored: lose it and the data is lost.

The change rewrites the whole file, so no connection may be open: the GUI asks for it and
then quits, and the change runs at the next start before the database is opened (see
ui.unlock); the CLI runs it while the app is closed. The data is exported into a new file,
which is checked (integrity, schema, the same rows in every table) before it atomically
replaces the old one; until then the old file is untouched. The old file's blocks are then
overwritten with zeros where the system allows it (on SSDs and copy-on-write file systems
old blocks may survive anyway: full-disk encryption is the real protection for a lost
laptop, and this is a second lock on meetingkit's own file).
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from meetingkit.core.errors import MeetingkitError, ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage.database import DatabaseError, is_encrypted

MIN_PASSPHRASE = 8
PENDING_FILE = "encryption-change"  # in the data folder: "on" or "off", never a secret


class DatabaseInUseError(MeetingkitError):
    """Another connection (the app, a sign-in server, a command) has the database open."""


@dataclass(frozen=True)
class EncryptionChanged:
    encrypted: bool
    bytes: int
    seconds: float
    old_file_wiped: bool  # False where the system would not let us overwrite it in place


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to resist guessing, or one mistyped the second time."""
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


def key_opens(db_path: Path, passphrase: str) -> bool:
    """Does the passphrase open the (encrypted) database? Tried on a fresh connection, so it
    also serves the lock screen while the app's own connection stays open."""
    from meetingkit.storage import cipher

    return cipher.key_opens(db_path, passphrase)


def change_encryption(db_path: Path, old_key: str | None, new_key: str | None) -> EncryptionChanged:
    """Encrypt (`new_key`), decrypt (None) or change the passphrase of the closed database."""
    from meetingkit.storage import cipher
    from meetingkit.storage.copies import row_counts, verify

    started = time.perf_counter()
    if new_key is not None:
        check_new_passphrase(new_key)
    encrypted = is_encrypted(db_path)
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
    _ensure_closed(db_path, old_key)
    converting = db_path.with_name(db_path.name + ".converting")
    converting.unlink(missing_ok=True)
    source = cipher.connect(db_path, old_key) if old_key else cipher.open_plain(db_path)
    try:
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as e:
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


def request_change(data_dir: Path, encrypt: bool) -> None:
    """Ask for encryption to be turned on or off at the next start (the GUI's way)."""
    (data_dir / PENDING_FILE).write_text("on" if encrypt else "off", encoding="ascii")


def pending_change(data_dir: Path) -> bool | None:
    """True: encrypt at the next start; False: decrypt; None: nothing asked."""
    try:
        text = (data_dir / PENDING_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return {"on": True, "off": False}.get(text)


def clear_request(data_dir: Path) -> None:
    (data_dir / PENDING_FILE).unlink(missing_ok=True)


def _ensure_closed(db_path: Path, key: str | None) -> None:
    """Refuse while anything else has the file open: an exclusive lock is granted only to
    the one connection there is."""
    from meetingkit.storage.copies import connect_file

    probe = connect_file(db_path, key)
    try:
        probe.execute("PRAGMA busy_timeout = 0")
        probe.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        probe.execute("COMMIT")
    except sqlite3.OperationalError as e:
        raise DatabaseInUseError(
            translate(
                "Encryption",
                "meetingkit (or a sign-in server, or another command) still has the data open. "
                "Close it, then try again.",
            )
        ) from e
    except sqlite3.DatabaseError as e:
        raise DatabaseError(
            fill(translate("Encryption", "The passphrase does not open %1."), str(db_path))
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
        size = os.fstat(old.fileno()).st_size
        zeros = bytes(1 << 20)
        old.seek(0)
        for start in range(0, size, len(zeros)):
            old.write(zeros[: min(len(zeros), size - start)])
        old.flush()
        os.fsync(old.fileno())
    return True
