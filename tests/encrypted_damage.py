"""Encrypted data folders damaged in the ways disks and sync tools damage files, for the
tests that a right passphrase on a damaged file is told apart from a wrong one.

An encrypted page is 4096 bytes; the first 16 bytes of the first page are the salt every key
is derived with, and every page carries its own authentication code (SQLCipher 4)."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, make_backup
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore

KEY = "correct horse battery staple"
NOW = dt.datetime(2026, 11, 21, 19, 5)
PAGE = 4096

# Each fails the passphrase check at start with the right passphrase, and each leaves whole
# pages that the right key authenticates (a wrong one authenticates none).
TOLD_BY_THE_FILE = [
    "truncated",  # the second half gone, on a page boundary
    "truncated mid-page",  # ends part-way through a page (a multiple of 512 bytes)
    "first page overwritten after its salt",
    "middle page zeroed",  # a page of the schema, which the passphrase check reads
    "middle page overwritten",
]
# The file itself says it is damaged, before any passphrase is asked.
TOLD_WITHOUT_A_PASSPHRASE = ["first page zeroed", "truncated at an odd size"]


def encrypted_folder(template: Path, data_dir: Path) -> Path:
    """A copy in `data_dir` of the encrypted folder `template` (made once: `make_folder`);
    returns its safety backup."""
    shutil.copytree(template, data_dir)
    (backup,) = (data_dir / "backups").glob("*.sqlite")
    return backup


def make_folder(folder: Path) -> Path:
    """Encrypted data holding Ana, with a safety backup made with the same passphrase."""
    conn = open_db(database_path(folder), KEY)
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        return make_backup(conn, backup_folder(folder), KEY, now=NOW).path
    finally:
        conn.close()


def damage(path: Path, kind: str) -> None:
    """Damage the (closed, checkpointed) encrypted file at `path` as `kind` says."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert len(data) % PAGE == 0
    assert pages > 4
    if kind == "truncated":
        del data[pages // 2 * PAGE :]
    elif kind == "truncated mid-page":
        del data[pages // 2 * PAGE + 1024 :]
    elif kind == "truncated at an odd size":
        del data[pages // 2 * PAGE + 1000 :]
    elif kind == "first page zeroed":
        data[:PAGE] = bytes(PAGE)
    elif kind == "first page overwritten after its salt":
        data[16:PAGE] = os.urandom(PAGE - 16)
    elif kind == "first page overwritten":
        data[:PAGE] = os.urandom(PAGE)
    elif kind in ("middle page zeroed", "middle page overwritten"):
        contents = hashlib.sha256(data).hexdigest()
        if contents not in _middle_schema_pages:
            _middle_schema_pages[contents] = _middle_schema_page(path)
        page = _middle_schema_pages[contents]
        new = bytes(PAGE) if kind.endswith("zeroed") else os.urandom(PAGE)
        data[(page - 1) * PAGE : page * PAGE] = new
    else:
        raise AssertionError(kind)
    path.write_bytes(bytes(data))


_middle_schema_pages: dict[str, int] = {}  # by the file's contents: tests damage copies of one


def _middle_schema_page(path: Path) -> int:
    """The page nearest the middle of the file among those that the passphrase check at start
    (`SELECT count(*) FROM sqlite_master`) reads besides the first: each is zeroed in turn
    and the check read again, on one connection whose cache is emptied each time (so the key
    is derived once or twice, not once a page)."""
    import sqlcipher3

    def connect() -> sqlite3.Connection:
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{KEY}'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn  # type: ignore[no-any-return]

    pages = path.stat().st_size // PAGE
    read: list[int] = []
    conn = connect()
    with path.open("r+b") as f:
        for page in range(2, pages + 1):
            f.seek((page - 1) * PAGE)
            whole = f.read(PAGE)
            f.seek((page - 1) * PAGE)
            f.write(bytes(PAGE))
            f.flush()
            conn.execute("PRAGMA shrink_memory")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                read.append(page)
                conn.close()
            f.seek((page - 1) * PAGE)
            f.write(whole)
            f.flush()
            if read and read[-1] == page:
                conn = connect()
    conn.close()
    assert read, "the schema fits on the first page: no middle page is read at start"
    return min(read, key=lambda page: abs(page - pages // 2))
