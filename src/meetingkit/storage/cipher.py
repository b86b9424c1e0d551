"""Encrypted databases through SQLCipher, behind the standard library's face.

SQLCipher (the maintained, audited encrypted build of SQLite: AES-256 pages, HMAC on every
page, PBKDF2 key derivation) comes from the optional `sqlcipher3` package, imported only
when an encrypted file is opened: the plain path never loads it. Its connections raise
their own exception classes; the rest of meetingkit (and sqlite-utils) catches the standard
library's, so every error is translated here and nothing else needs to know.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from types import ModuleType

INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Encryption",
    "Encryption needs the optional SQLCipher package: install meetingkit with its "
    '"encryption" extra (pip install "meetingkit[encryption]").',
)


class EncryptionUnavailableError(MeetingkitError):
    """SQLCipher is not installed, so encrypted files cannot be opened or made."""


def available() -> bool:
    """Is SQLCipher installed? (Imports it: call only when encryption is wanted.)"""
    try:
        _module()
    except EncryptionUnavailableError:
        return False
    return True


def connect(path: Path | str, key: str, *, uri: bool = False) -> sqlite3.Connection:
    """A connection to the encrypted file at `path`, keyed but not yet read (`uri`: `path`
    is an SQLite URI, "file:…?mode=ro", to read it read-only).

    The key is only checked by the first read: callers read at once (see `check_key`).
    It behaves as a `sqlite3.Connection` and raises `sqlite3` exceptions.
    """
    sqlcipher3 = _module()
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, timeout=5.0, factory=_connection_class(), uri=uri
    )
    # A wrong key makes SQLCipher log "hmac check failed" to stderr; the caller says it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(key)}")
    conn.execute("PRAGMA temp_store = MEMORY")  # as every connection (database.keep_temp_in_memory)
    conn.row_factory = sqlcipher3.Row
    return cast(sqlite3.Connection, conn)


def key_opens(path: Path, key: str) -> bool:
    """Does `key` open the encrypted file at `path`? Tried on a fresh connection of its own.

    A file that cannot be read as usual just now — on a full disk or a read-only drive, where
    the write-ahead log's index cannot be made — is asked again read as it is on disk
    (`immutable=1`): the key is told by the file's first page, which the log never changes
    to another key. Else the passphrase would be refused as wrong, again and again."""
    try:
        return _first_page_opens(str(path), key, uri=False)
    except sqlite3.OperationalError:
        pass
    try:
        return _first_page_opens(f"{path.resolve().as_uri()}?immutable=1", key, uri=True)
    except sqlite3.OperationalError:
        return False


def _first_page_opens(name: str, key: str, *, uri: bool) -> bool:
    """Does `key` decrypt the first page? `sqlite3.OperationalError` when it cannot be read."""
    conn = connect(name, key, uri=uri)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


class KeyFit(StrEnum):
    """What a key does to an encrypted file (`try_key`)."""

    OPENS = "opens"
    # The key is right (it authenticates pages of the file) but the file cannot be read whole:
    # damaged (overwritten, truncated), not a wrong passphrase.
    DAMAGED = "damaged"
    # The key authenticates no page: a wrong passphrase, or a file whose first 16 bytes (the
    # salt every key is derived with) are lost — the file alone cannot tell which.
    REFUSED = "refused"


def try_key(path: Path, key: str) -> KeyFit:
    """`key_opens`, telling a wrong key from a right one on a damaged file.

    SQLCipher authenticates every page on its own (an HMAC-SHA512 keyed from the passphrase
    and the file's salt, over the page and its number). A wrong key fails every page; the
    right one fails only the damaged ones. So when the first read fails, the file's pages are
    checked with the key (`shows_key_right`): one that authenticates proves the key right and
    the file damaged. That costs the key derivation the read already did, and a pass over the
    file; nothing about the key is learned that anyone holding the file could not learn from
    it, at the same cost (the derivation, once per key tried)."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return KeyFit.OPENS
    except sqlite3.DatabaseError as e:
        if not may_be_damage(e):  # the file cannot be read as usual just now: ask key_opens
            return KeyFit.OPENS if key_opens(path, key) else KeyFit.REFUSED
        return KeyFit.DAMAGED if shows_key_right(conn, path) else KeyFit.REFUSED
    finally:
        conn.close()


def may_be_damage(error: sqlite3.DatabaseError) -> bool:
    """Could `error`, from a first read with a key, come of the key or of a damaged page?
    SQLCipher says "file is not a database" when the first page does not authenticate,
    "SQL logic error" (SQLITE_ERROR) when another does, and SQLite "malformed" when a page
    is missing; a lock, a full disk, a read-only folder say other things."""
    if not isinstance(error, sqlite3.OperationalError):
        return True
    return getattr(error, "sqlite_errorname", "") == "SQLITE_ERROR"


# A row of PRAGMA cipher_integrity_check about one page ("HMAC verification failed for page
# 7", "page 52 has an invalid size of 1000 bytes…"); it says nothing of the pages that pass.
_PAGE_ROW = re.compile(r"\bpage (\d+)\b")
_LOCK_BYTE = 0x40000000  # SQLite never writes the page holding this offset: not checked


def shows_key_right(conn: sqlite3.Connection, path: Path) -> bool:
    """Does the key of `conn` authenticate at least one whole page of the encrypted file at
    `path`? Then it is the file's key, whatever else fails: a wrong key authenticates a page
    with a chance of 2⁻⁵¹². False whenever it cannot be told (an SQLCipher without the check,
    a row it does not understand, a file without a whole page)."""
    try:
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        size = path.stat().st_size
    except (sqlite3.Error, OSError, TypeError, ValueError):
        return False
    if not version.split(".")[0].isdigit() or int(version.split(".")[0]) < 4 or page_size < 512:
        return False  # cipher_integrity_check came with SQLCipher 4: an older one says nothing
    failed = set()
    for row in rows:
        found = _PAGE_ROW.search(row)
        if found is None:
            return False  # "HMAC is not enabled", "unable to derive keys"…
        failed.add(int(found.group(1)))
    failed.add(_LOCK_BYTE // page_size + 1)
    return any(page not in failed for page in range(1, size // page_size + 1))


def export(conn: sqlite3.Connection, target: Path, key: str | None) -> None:
    """Write the whole database of `conn` into a new file, encrypted with `key` or plain.

    `sqlcipher_export` copies schema, rows and user_version into the attached file, which
    is how SQLCipher moves between plain and encrypted (the page formats differ, so the
    backup API cannot). `conn` must be a SQLCipher connection (see `connect`/`open_plain`).
    The new file is readable by this user only (0600), as every copy of the data is: it takes
    the database's place when encryption is turned on or off, or a backup is restored.
    """
    from meetingkit.storage.database import keep_private

    keep_private(target)
    conn.execute(f"ATTACH DATABASE {quote(str(target))} AS export KEY {quote(key or '')}")
    try:
        conn.execute("SELECT sqlcipher_export('export')").fetchall()
    finally:
        conn.execute("DETACH DATABASE export")


def open_plain(path: Path) -> sqlite3.Connection:
    """A SQLCipher connection to a plain SQLite file (to export it, or to copy it into an
    encrypted database)."""
    sqlcipher3 = _module()
    conn = sqlcipher3.connect(str(path), isolation_level=None, factory=_connection_class())
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.row_factory = sqlcipher3.Row
    return cast(sqlite3.Connection, conn)


def quote(text: str) -> str:
    """An SQL string literal: PRAGMA key and ATTACH … KEY take no bound parameters."""
    if "\x00" in text:
        raise ValueError("a passphrase or file name cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def _module() -> ModuleType:
    try:
        import sqlcipher3
    except ImportError as e:
        raise EncryptionUnavailableError(translate("Encryption", INSTALL_HINT)) from e
    return sqlcipher3


def _translated(e: Exception) -> sqlite3.Error:
    """The standard library's exception of the same name, with the same message and codes."""
    cls = getattr(sqlite3, type(e).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    translated = cls(*e.args)
    for attribute in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(e, attribute):
            setattr(translated, attribute, getattr(e, attribute))
    return translated


@functools.cache
def _connection_class() -> type[Any]:
    """Connection and cursor subclasses that raise `sqlite3` exceptions (built once, lazily,
    because their base classes come from the optional package)."""
    sqlcipher3 = _module()
    error = sqlcipher3.Error

    class Cursor(sqlcipher3.Cursor):  # type: ignore[misc,name-defined]
        def execute(self, sql: str, parameters: Any = ()) -> Any:
            try:
                return super().execute(sql, parameters)
            except error as e:
                raise _translated(e) from e

        def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> Any:
            try:
                return super().executemany(sql, seq_of_parameters)
            except error as e:
                raise _translated(e) from e

        def executescript(self, sql_script: str) -> Any:
            try:
                return super().executescript(sql_script)
            except error as e:
                raise _translated(e) from e

        def fetchone(self) -> Any:
            try:
                return super().fetchone()
            except error as e:
                raise _translated(e) from e

        def fetchmany(self, size: int | None = None) -> list[Any]:
            try:
                return super().fetchmany(self.arraysize if size is None else size)  # type: ignore[no-any-return]
            except error as e:
                raise _translated(e) from e

        def fetchall(self) -> list[Any]:
            try:
                return super().fetchall()  # type: ignore[no-any-return]
            except error as e:
                raise _translated(e) from e

        def __next__(self) -> Any:
            try:
                return super().__next__()
            except error as e:
                raise _translated(e) from e

    class Connection(sqlcipher3.Connection):  # type: ignore[misc,name-defined]
        def cursor(self, factory: Any = Cursor) -> Any:
            return super().cursor(factory)

        def execute(self, sql: str, parameters: Any = ()) -> Any:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> Any:
            return self.cursor().executemany(sql, seq_of_parameters)

        def executescript(self, sql_script: str) -> Any:
            return self.cursor().executescript(sql_script)

        def commit(self) -> None:
            try:
                super().commit()
            except error as e:
                raise _translated(e) from e

        def rollback(self) -> None:
            try:
                super().rollback()
            except error as e:
                raise _translated(e) from e

        def backup(self, target: Any, **kwargs: Any) -> None:
            try:
                super().backup(target, **kwargs)
            except error as e:
                raise _translated(e) from e

    return Connection
