"""Encrypted databases through SQLCipher, behind the standard library's face.

SQLCipher (the maintained, audited encrypted build of SQLite: AES-256 pages, HMAC on every
page, PBKDF2 key derivation) comes from the optional `sqlcipher3` package, imported only
when an encrypted file is opened: the plain path never loads it. Its connections raise
their own exception classes; the rest of meetingkit (and sqlite-utils) catches the standard
library's, so every error is translated here and nothing else needs to know.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable
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


def export(conn: sqlite3.Connection, target: Path, key: str | None) -> None:
    """Write the whole database of `conn` into a new file, encrypted with `key` or plain.

    `sqlcipher_export` copies schema, rows and user_version into the attached file, which
    is how SQLCipher moves between plain and encrypted (the page formats differ, so the
    backup API cannot). `conn` must be a SQLCipher connection (see `connect`/`open_plain`).
    """
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
