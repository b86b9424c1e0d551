"""Opening the database: durable settings, migrations, and clear refusals.

The start-up path uses the standard library's `sqlite3` only; sqlite-utils (≈90 ms to import)
is loaded just when a migration has to run, which is once per new version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage import schema


class DatabaseError(MeetingkitError):
    """The database file cannot be used; the message says why and what to do."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer meetingkit; opening it here could damage it."""


class CorruptDatabaseError(DatabaseError):
    """The file is not a readable meetingkit database. It is left exactly as it was."""


class UnwritableDatabaseError(DatabaseError):
    """The file, its folder or its disk refuses to be written: read-only, or full. The file
    itself is fine, and left as it was.

    `why`: what is wrong, in a few words ("The disk that holds … is full (0 KB free)"), for
    a command that goes on reading the file read-only to say before it does."""

    def __init__(self, message: str, why: str = "") -> None:
        super().__init__(message)
        self.why = why


class BusyDatabaseError(DatabaseError):
    """Another program holds the file locked (a database browser, a sync or backup tool).
    The file is fine, and left as it was."""


class ForeignDatabaseError(CorruptDatabaseError):
    """The file is an SQLite database of another program: meetingkit adds nothing to it."""


class AlteredDatabaseError(CorruptDatabaseError):
    """The file is meetingkit's but holds triggers, views, tables or indexes meetingkit does
    not make (storage.foreign_schema): another program changed it. Left as it was; a backup
    is put in its place as in place of a damaged file (`meetingkit restore`)."""


class PassphraseError(DatabaseError):
    """The file is encrypted and no passphrase, or not the right one, was given."""


class PassphraseNeededError(PassphraseError):
    """The file is encrypted: it opens only with its passphrase."""


class WrongPassphraseError(PassphraseError):
    """The passphrase given does not open the file."""


PLAIN_HEADER = b"SQLite format 3\x00"
# SQLite and SQLCipher files are whole pages, and pages are at least 512 bytes.
_MIN_PAGE = 512


def open_db(path: Path | str, key: str | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    The connection is in autocommit mode: every statement outside `transaction()` commits at
    once, and WAL with `synchronous=FULL` makes each commit durable before it returns.
    Never overwrites a file it cannot read.

    `key` is the passphrase of an encrypted file (SQLCipher, see storage.cipher). The file
    decides: a plain file opens plain whatever the key, an encrypted one needs its key, and
    a new file is created encrypted when a key is given.
    """
    path = Path(path)
    encrypted = is_encrypted(path) or (key is not None and _is_new(path))
    _check_writable(path)
    if encrypted and key is None:
        raise passphrase_needed(path)
    keep_private(path)
    try:
        if encrypted:
            from meetingkit.storage import cipher

            assert key is not None
            conn = cipher.connect(path, key)
        else:
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    except sqlite3.Error as e:
        raise DatabaseError(
            fill(
                translate(
                    "Database",
                    "Cannot open %1: %2. Check that the folder exists and that you may write to "
                    "it.",
                ),
                str(path),
                str(e),
            )
        ) from e
    try:
        if encrypted:
            check_key(conn, path)
        # Read before anything is written: WAL mode alone changes the file's header.
        _make_ready(conn, path, check_schema(conn, path))
    except sqlite3.DatabaseError as e:
        conn.close()
        if (refused := write_refused(e, path)) is not None:
            raise refused from e
        if _refused_by(e) == "busy":
            raise BusyDatabaseError(
                fill(
                    translate(
                        "Database",
                        "%1 is held by another program (%2). Close the program that has it "
                        "open — a database browser, a sync or backup tool — and try again. The "
                        "file is fine, and has not been changed.",
                    ),
                    str(path),
                    str(e),
                )
            ) from e
        raise _unreadable(path, e) from e
    except BaseException:
        conn.close()
        raise
    _note_opened(path)
    return conn


def _make_ready(conn: sqlite3.Connection, path: Path, applied: list[str]) -> None:
    """Bring the database of `conn` at `path`, which has the migrations `applied`, up to date.

    One with none must be empty (`_check_no_foreign_tables`). One with some may hold only
    what those migrations make: what else is there (a trigger that keeps who came to a
    meeting when a purge deletes it) is refused before anything is written, and
    meetingkit's own triggers are made again where they read otherwise
    (storage.foreign_schema), before any change, or migration, can run them."""
    from meetingkit.storage import foreign_schema

    if not applied:
        _check_no_foreign_tables(conn, path)
        foreign_schema.check_before_writing(conn, path, applied)  # a view made on its own
        _configure(conn)
        schema.apply_migrations(conn)
        return
    foreign_schema.check_before_writing(conn, path, applied)
    _configure(conn)
    foreign_schema.remake_own_triggers(conn, applied)
    if len(applied) < len(schema.MIGRATION_NAMES):
        schema.apply_migrations(conn)
        foreign_schema.check_migrated(conn, path)


def _unreadable(path: Path, error: sqlite3.Error) -> CorruptDatabaseError:
    """The refusal of a file that opened but cannot be read as a meetingkit database."""
    return CorruptDatabaseError(
        fill(
            translate(
                "Database",
                "%1 cannot be read as a meetingkit database (%2). It has not been changed. "
                "Restore it from a backup, or start with another data folder (--data-dir).",
            ),
            str(path),
            str(error),
        ),
        in_window=fill(
            translate(
                "Database",
                "%1 cannot be read as a meetingkit database (%2). It has not been changed. "
                "Restore it from a backup, or choose another data folder.",
            ),
            str(path),
            str(error),
        ),
    )


def _note_opened(path: Path) -> None:
    """Remember that this process has the file at `path` open (see `_OPENED`), and the
    folder it is in (`_full_disk` looks there)."""
    with _HELD_LOCK:
        st = os.stat(path)
        _OPENED.add((st.st_dev, st.st_ino))
        _FOLDERS[path.absolute().parent] = None


def open_to_read(
    path: Path | str, key: str | None = None
) -> tuple[sqlite3.Connection, UnwritableDatabaseError | None]:
    """`open_db` for what only reads the data (printing, listing, exporting, a backup to
    another drive), which must still work when the file cannot be written: a read-only
    folder or drive, or a full disk, where saving a copy elsewhere is the first thing to do.

    Returns the connection and, when the file could not be opened to write and was opened
    read-only instead, why (`open_db`'s refusal; None when it opened as usual). A read-only
    connection changes nothing, not even the logs of what was printed, exported or backed
    up (`read_only`)."""
    path = Path(path)
    try:
        return open_db(path, key), None
    except UnwritableDatabaseError as refused:
        return _open_read_only(path, key, refused), refused


def _open_read_only(
    path: Path, key: str | None, refused: UnwritableDatabaseError
) -> sqlite3.Connection:
    """The database at `path`, read-only, or `refused` (why it could not be written) when it
    cannot be read either.

    In WAL mode even a reader needs the log's index (-shm) beside the file. `mode=ro` reads
    the file with what its write-ahead log (-wal) holds, and works wherever that index
    exists or can be made (SQLite uses it read-only, or builds it in memory, on a read-only
    drive). A folder that takes no new file, or a full disk, may leave it unmade: the file
    is then read alone (`immutable=1`, which never looks for the log), but only when the log
    holds nothing, or changes saved in it would be missing from what is read."""
    if not path.is_file():
        raise refused
    encrypted = is_encrypted(path)
    if encrypted and key is None:
        raise passphrase_needed(path)
    uri = path.resolve().as_uri()
    try:
        conn = _reader(f"{uri}?mode=ro", path, key if encrypted else None)
    except sqlite3.OperationalError as e:  # the log's index cannot be opened or mapped
        if _log_holds_changes(path):
            raise refused from e
        try:
            conn = _reader(f"{uri}?immutable=1", path, key if encrypted else None)
        except sqlite3.OperationalError:
            raise refused from e
    try:
        applied = check_schema(conn, path)
        if not applied:
            _check_no_foreign_tables(conn, path)
        if len(applied) < len(schema.MIGRATION_NAMES):
            raise UnwritableDatabaseError(
                fill(
                    translate(
                        "Database",
                        "%1 was written by an earlier version of meetingkit and cannot be "
                        "written now, so it cannot be brought up to date to be read: %2",
                    ),
                    str(path),
                    str(refused),
                )
            ) from refused
        # Up to date here. No trigger runs on a read-only file: only what is foreign is refused
        from meetingkit.storage import foreign_schema

        foreign_schema.check_before_writing(conn, path, applied)
        if type(conn) is sqlite3.Connection:  # SQLCipher's connections bring their own Row
            conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")  # what `read_only` asks
        keep_temp_in_memory(conn)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise _unreadable(path, e) from e
    except BaseException:
        conn.close()
        raise
    _note_opened(path)
    return conn


def _reader(uri: str, path: Path, key: str | None) -> sqlite3.Connection:
    """A read-only connection through `uri` (an encrypted file's with its `key`), with a page
    read: `sqlite3.OperationalError` when the file cannot be read that way."""
    if key is not None:
        from meetingkit.storage import cipher

        conn = cipher.connect(uri, key, uri=True)
    else:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    try:
        if key is not None:
            check_key(conn, path)
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


_WAL_HEADER = 32  # a write-ahead log this long or shorter holds no change


def _log_holds_changes(path: Path) -> bool:
    """Might the write-ahead log beside `path` hold changes not yet in the file?"""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > _WAL_HEADER
    except FileNotFoundError:
        return False


def read_only(conn: sqlite3.Connection) -> bool:
    """Was `conn` opened read-only (`open_to_read`, on a file that cannot be written)? What
    would only note something (a print, an export, a backup) is then left unnoted."""
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def _check_no_foreign_tables(conn: sqlite3.Connection, path: Path) -> None:
    """A database without meetingkit's migrations must be empty: one with tables belongs to
    another program, which adding meetingkit's tables (and WAL mode) to would harm."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name LIMIT 3"
        )
    ]
    if tables:
        raise ForeignDatabaseError(
            fill(
                translate(
                    "Database",
                    "%1 is the database of another program (it has tables such as %2, and "
                    "none of meetingkit's). It has not been changed. Move it elsewhere, or "
                    "start with another data folder (--data-dir).",
                ),
                str(path),
                ", ".join(tables),
            ),
            in_window=fill(
                translate(
                    "Database",
                    "%1 is the database of another program (it has tables such as %2, and "
                    "none of meetingkit's). It has not been changed. Move it elsewhere, or "
                    "choose another data folder.",
                ),
                str(path),
                ", ".join(tables),
            ),
        )


def is_database_file(path: Path) -> bool:
    """Would writing over `path` destroy a database? True for a database this process has
    opened (and its write-ahead log or shared-memory file beside it) and for any SQLite file:
    a PDF saved over the live file would go unnoticed until every change since was lost."""
    own = [path]
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            own.append(path.with_name(path.name.removesuffix(suffix)))
    for candidate in own:
        try:
            st = os.stat(candidate)
        except OSError:
            continue
        with _HELD_LOCK:
            if (st.st_dev, st.st_ino) in _OPENED:
                return True
    try:  # not open here, so reading it cannot drop a lock of ours (see _first_bytes)
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def check_schema(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The migrations applied to the database, or `NewerDatabaseError` if it has one this
    version does not know (opening it here could damage it)."""
    applied = schema.applied_migrations(conn)
    unknown = [name for name in applied if name not in schema.MIGRATION_NAMES]
    if unknown:
        raise NewerDatabaseError(
            fill(
                translate(
                    "Database",
                    "%1 was written by a newer version of meetingkit (it has the change “%2”, "
                    "which this version does not know). Install the newer version to open it; this "
                    "version will not touch it.",
                ),
                str(path),
                unknown[-1],
            )
        )
    return applied


def is_encrypted(path: Path, *, hold: bool = True) -> bool:
    """Is the file at `path` encrypted? Told by its first bytes: an SQLCipher file is random
    from its first byte, where a plain one starts with "SQLite format 3".

    A missing or empty file is not; a file that is neither (notes, a half-copied download)
    raises `CorruptDatabaseError` before SQLite or WAL mode can touch it.

    `hold=False` for a copy no connection of this process has open (a backup looked at or
    checked): its first bytes are read without keeping a handle on it (see `_first_bytes`),
    so that a folder of backups looked through holds none of them open, and one deleted
    gives its space back at once.
    """
    if not path.exists():
        return False
    if not path.is_file():
        raise DatabaseError(
            fill(
                translate(
                    "Database", "%1 is a folder, not a database file. Choose another data folder."
                ),
                str(path),
            )
        )
    try:
        size = path.stat().st_size
        if size == 0:
            return False
        header = _first_bytes(path, 16, hold=hold)
    except OSError as e:
        raise DatabaseError(
            fill(
                translate("Database", "Cannot read %1: %2. Check its permissions."),
                str(path),
                str(e.strerror),
            )
        ) from e
    if header == PLAIN_HEADER:
        return False
    # An encrypted file is random from its first byte; zeros are what a crash or a power cut
    # leaves of a file that was being written.
    if size < _MIN_PAGE or size % _MIN_PAGE or not header.strip(b"\0"):
        raise CorruptDatabaseError(
            fill(
                translate(
                    "Database",
                    "%1 is not a meetingkit database (it is not an SQLite file). It has not been "
                    "changed. Restore it from a backup, or start with another data folder "
                    "(--data-dir).",
                ),
                str(path),
            ),
            in_window=fill(
                translate(
                    "Database",
                    "%1 is not a meetingkit database (it is not an SQLite file). It has not been "
                    "changed. Restore it from a backup, or choose another data folder.",
                ),
                str(path),
            ),
        )
    return True


# Open handles on database files, by (device, inode), never closed: see _first_bytes.
_HELD: dict[tuple[int, int], int] = {}
# Database files opened by open_db, by (device, inode): never to be written over.
_OPENED: set[tuple[int, int]] = set()
_FOLDERS: dict[Path, None] = {}  # the folders of the files opened, in the order opened
_HELD_LOCK = threading.Lock()


def _first_bytes(path: Path, n: int, *, hold: bool = True) -> bytes:
    """The first `n` bytes of the file, read through a handle this process keeps open.

    On POSIX, closing *any* handle on a file drops every lock the process holds on it,
    SQLite's (or SQLCipher's) included. Another process then takes itself for the database's
    last user, checkpoints, and deletes the write-ahead log that this process is still
    writing to: every change after that is lost without an error. Reading the header with an
    ordinary open-read-close while a connection is open (a second connection for the sign-in
    server, the lock screen asking whether the file is encrypted) did exactly that. SQLite
    itself defers such closes; here the handle simply stays open, one per file, for the life
    of the process.

    `hold=False`: a file no connection of this process has open (a backup) is read and closed
    again, keeping nothing; one held, or opened by `open_db`, is read as always.
    """
    with _HELD_LOCK:  # the sign-in server's thread asks too
        st = os.stat(path)
        fd = _HELD.get((st.st_dev, st.st_ino))
        if fd is None and not hold and (st.st_dev, st.st_ino) not in _OPENED:
            with open(path, "rb") as f:
                return f.read(n)
        if fd is None:
            _let_go_of_deleted_files()
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            held = os.fstat(fd)
            _HELD[(held.st_dev, held.st_ino)] = fd  # the file as opened, if just replaced
        return os.pread(fd, n, 0) if hasattr(os, "pread") else _read_at_start(fd, n)


def _let_go_of_deleted_files() -> None:
    """Close the handles on files since deleted (a data file replaced, a test's folder):
    nobody can open those again, and a held handle would keep their disk space taken."""
    for file, fd in list(_HELD.items()):
        if os.fstat(fd).st_nlink == 0:
            os.close(fd)
            del _HELD[file]


def _read_at_start(fd: int, n: int) -> bytes:
    """Windows has no pread (nor the POSIX lock problem): seek and read."""
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, n)


def _check_writable(path: Path) -> None:
    """Refuse, before anything is read or shown, a file or folder this user may not write:
    every change is saved at once, and the first one would fail mid-meeting."""
    folder = path.parent
    if path.exists():
        if not os.access(path, os.W_OK):
            raise _read_only(path)
    elif not folder.is_dir():
        return  # sqlite3.connect says the folder is missing
    # WAL keeps two files beside the database, so the folder must take new files too.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _read_only(path)


def _read_only(path: Path) -> UnwritableDatabaseError:
    return UnwritableDatabaseError(
        fill(
            translate(
                "Database",
                "%1 is read-only: meetingkit saves every change at once, so it must be able to "
                "write to the file and its folder. Check their permissions, or copy the data "
                "folder to a place you may write and open meetingkit on the copy. It has not "
                "been changed.",
            ),
            str(path),
        ),
        fill(translate("Database", "%1 is read-only"), str(path)),
    )


def _refused_by(error: sqlite3.Error) -> str | None:
    """ "read-only", "disk" or "busy" (another program holds a lock) when SQLite could not
    write for that reason, "damaged" when it could not read the file (a damaged page), else
    None."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return "read-only"
    if "disk is full" in text or "disk i/o error" in text:
        return "disk"
    if "database is locked" in text or "database table is locked" in text:
        return "busy"
    if "malformed" in text or getattr(error, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
        return "damaged"
    return None


def is_damage(error: BaseException) -> bool:
    """Does `error` say the database file is damaged ("database disk image is malformed"):
    a page SQLite needed cannot be read. Trying again will not help; a backup will."""
    return isinstance(error, sqlite3.DatabaseError) and _refused_by(error) == "damaged"


# With less free space than this on the data's disk, SQLite's "disk I/O error" is the disk
# being full: it could not grow the write-ahead log's index (-shm), and says only that.
LOW_SPACE = 1024 * 1024


def _full_disk(error: sqlite3.Error, folders: list[Path]) -> int | None:
    """How many bytes are free on the full disk `error` says could not be written, the first
    of `folders` that is full; -1 when it says "full" and no folder can tell. None when the
    disk is not full (a failing or unplugged drive)."""
    full = "disk is full" in str(error).lower()
    for folder in folders:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            continue
        if full or free < LOW_SPACE:
            return free
    return -1 if full else None


def _free_words(free: int) -> str:
    return f"{free / 1e6:.1f} MB" if free >= 1e6 else f"{free // 1000} KB"


def write_refused(error: sqlite3.Error, path: Path | str) -> UnwritableDatabaseError | None:
    """The clear message for an error SQLite gives when it may not write (a read-only file
    or folder, a full or failing disk), or None for any other error. The database is fine:
    never advise restoring it from a backup for these."""
    refused = _refused_by(error)
    if refused == "read-only":
        return _read_only(Path(path))
    if refused == "disk" and (free := _full_disk(error, [Path(path).parent])) is not None:
        if free < 0:
            full = translate(
                "Database",
                "The disk that holds %1 is full. Free some space on it and try again. The file "
                "itself is fine, and nothing was changed.",
            )
            why = translate("Database", "The disk that holds %1 is full")
        else:
            full = translate(
                "Database",
                "The disk that holds %1 is full (%2 free). Free some space on it and try "
                "again. The file itself is fine, and nothing was changed.",
            )
            why = translate("Database", "The disk that holds %1 is full (%2 free)")
        free_words = _free_words(max(free, 0))
        return UnwritableDatabaseError(
            fill(full, str(path), free_words), fill(why, str(path), free_words)
        )
    if refused == "disk":
        return UnwritableDatabaseError(
            fill(
                translate(
                    "Database",
                    "Could not write to the disk that holds %1 (%2). Free some space on it and "
                    "try again. The file itself is fine, and nothing was changed.",
                ),
                str(path),
                str(error),
            ),
            fill(
                translate("Database", "Could not write to the disk that holds %1 (%2)"),
                str(path),
                str(error),
            ),
        )
    return None


def refusal(error: sqlite3.Error) -> str:
    """What to tell someone when a change already under way could not be saved: the database
    is as it was before the change, and says so."""
    refused = _refused_by(error)
    if refused == "read-only":
        message = translate(
            "Database",
            "The database file or its folder is read-only (%1). Nothing was saved. Check their "
            "permissions and try again.",
        )
    elif (
        refused == "disk" and "full" not in str(error) and _full_disk(error, _folders()) is not None
    ):
        message = translate(
            "Database",
            "Could not write to the disk: it is full (%1). Nothing was saved. Free some space "
            "on it and try again; the database itself is fine.",
        )
    elif refused == "disk":
        message = translate(
            "Database",
            "Could not write to the disk (%1). Nothing was saved. Free some space on it and try "
            "again; the database itself is fine.",
        )
    elif refused == "busy":
        message = translate(
            "Database",
            "Another program is holding the database file (%1). Nothing was saved. Close the "
            "program that has it open — a database browser, a sync or backup tool — and try "
            "again; the database itself is fine.",
        )
    elif refused == "damaged":
        message = translate(
            "Database",
            "Your data file is damaged: meetingkit cannot read part of it (%1). Trying again "
            "will not help. Restore it from a backup.",
        )
    else:
        message = translate("Database", "The database refused the change (%1). Nothing was saved.")
    return fill(message, str(error))


def _folders() -> list[Path]:
    """The folders of the databases this process opened, the latest first."""
    with _HELD_LOCK:
        return list(reversed(_FOLDERS))


def passphrase_needed(path: Path) -> PassphraseNeededError:
    """The error for opening the encrypted file at `path` without its passphrase."""
    return PassphraseNeededError(
        fill(
            translate(
                "Database",
                "%1 is encrypted: meetingkit needs its passphrase to open it. "
                "It has not been changed.",
            ),
            str(path),
        )
    )


def _is_new(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def check_key(conn: sqlite3.Connection, path: Path) -> None:
    """SQLCipher checks a key only when it first reads a page: read one now, and say
    `WrongPassphraseError` if the key of `conn` does not open `path` — or
    `CorruptDatabaseError` if it is the file's key but the file is damaged (see
    `cipher.try_key`: the key authenticates some of its pages)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        if damaged := damage_refusal(conn, path, e):
            raise damaged from e
        if isinstance(e, sqlite3.OperationalError):
            raise  # the disk, a lock, or what open_db calls unreadable: not a wrong key
        raise WrongPassphraseError(
            fill(
                translate(
                    "Database",
                    "The passphrase does not open %1. Check it and try again (capitals count). "
                    "If this file is not an encrypted meetingkit database, restore yours from a "
                    "backup. It has not been changed.",
                ),
                str(path),
            )
        ) from e


def damage_refusal(
    conn: sqlite3.Connection, path: Path, error: sqlite3.DatabaseError
) -> CorruptDatabaseError | None:
    """`damaged_encrypted` when `error`, from a first read of the encrypted file at `path`
    with the key of `conn`, comes of damage and not of the key: the key authenticates some of
    the file's pages (`cipher.try_key`). None when it may be the key, or the disk."""
    from meetingkit.storage import cipher

    if cipher.may_be_damage(error) and cipher.shows_key_right(conn, path):
        return damaged_encrypted(path)
    return None


def damaged_encrypted(path: Path) -> CorruptDatabaseError:
    """The refusal of an encrypted file whose passphrase is right (it authenticates part of
    the file) but which cannot be read whole: damaged, not a wrong passphrase."""
    return CorruptDatabaseError(
        fill(
            translate(
                "Database",
                "The passphrase is right, but %1 is damaged: meetingkit cannot read all of it. "
                "Typing the passphrase again will not help. It has not been changed. Restore it "
                "from a backup.",
            ),
            str(path),
        )
    )


def _configure(conn: sqlite3.Connection) -> None:
    if type(conn) is sqlite3.Connection:  # SQLCipher's connections bring their own Row
        conn.row_factory = sqlite3.Row
    # WAL: readers (the sign-in server's thread) never block the facilitator's writes.
    # FULL: a committed change survives a power cut or a killed process.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are overwritten with zeros, so a forgotten person leaves no trace in the file.
    conn.execute("PRAGMA secure_delete = ON")
    keep_temp_in_memory(conn)


def keep_temp_in_memory(conn: sqlite3.Connection) -> None:
    """SQLite's temporary files — statement journals, which hold the pages a change is about
    to overwrite or delete, and sorts — in memory, never in the system's temp folder: there
    they would copy people's data out of the data folder, where neither encryption, Forget
    nor Purge reaches them, on a disk that keeps the blocks of deleted files. Python's SQLite
    puts them on disk unless told (SQLCipher keeps them in memory already)."""
    conn.execute("PRAGMA temp_store = MEMORY")


_COMPANIONS = ("-wal", "-shm", "-journal")


def keep_private(path: Path) -> None:
    """Make the database file at `path` and the files SQLite keeps beside it (-wal, -shm,
    -journal) readable by this user only (0600), creating it so if it is missing: the data
    folder may be one the user picked (~/Documents), which others on the computer can read,
    or a file made by a version that did not do this. SQLite gives the files it makes beside
    the database the database's own mode. A file this user may not change (another's, or
    on a read-only drive) is left as it is: it is opened as before. POSIX only."""
    if os.name != "posix":
        return
    if not path.exists() and path.parent.is_dir():
        with contextlib.suppress(OSError):  # FileExistsError: another process was quicker
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for file in (path, *(path.with_name(path.name + end) for end in _COMPANIONS)):
        with contextlib.suppress(OSError):
            if os.stat(file).st_mode & 0o077:
                os.chmod(file, 0o600)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: commit on success, roll back on any exception. Nests as savepoints."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def purge_undo_leftovers(conn: sqlite3.Connection) -> int:
    """Delete for good what earlier sessions removed but kept for undo: agenda items marked
    deleted. Run once as the app starts, since undo history does not outlive a session; here
    rather than in storage.agenda so start-up need not import the agenda's modules. People
    still waiting to speak on such an item go to the meeting's parking lot: no floor shows
    that item again, and the next meeting picks the parking lot up."""
    if conn.execute("SELECT 1 FROM agenda_items WHERE deleted = 1 LIMIT 1").fetchone() is None:
        return 0
    with transaction(conn):
        conn.execute(
            "UPDATE stack_entries SET state = 'parked' WHERE state = 'waiting' AND item_id IN"
            " (SELECT id FROM agenda_items WHERE deleted = 1)"
        )
        return conn.execute("DELETE FROM agenda_items WHERE deleted = 1").rowcount


def utc_now() -> str:
    """A timestamp for `created_at` columns: UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
