"""The database and the files SQLite keeps beside it are this user's only (0600) wherever the
data folder is — one the user picked, readable by others (~/Documents is 0755) — and so is
what takes its place: a restored backup, the file encryption writes. SQLite's temporary files
stay in memory, never in the system's temp folder."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.services.backup import make_backup
from meetingkit.services.data_dir import database_path
from meetingkit.storage import database, open_db
from meetingkit.storage.copies import connect_file
from meetingkit.storage.database import open_to_read

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

TEMP_STORE_MEMORY = 2


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems give a user: new files readable by everyone."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: _mode(p) for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    """A data folder that existed before, readable by everyone."""
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 — the folder others can read, as found
    return folder


def test_a_new_database_in_a_folder_others_can_read_is_private(shared_folder: Path) -> None:
    conn = open_db(database_path(shared_folder))
    try:
        conn.execute("INSERT INTO groups (name, created_at) VALUES ('Night shift', '')")
        modes = _modes(shared_folder)  # while it is open: its -wal and -shm too
    finally:
        conn.close()
    assert modes == {
        "meetingkit.sqlite3": 0o600,
        "meetingkit.sqlite3-wal": 0o600,
        "meetingkit.sqlite3-shm": 0o600,
    }


def test_a_database_made_readable_before_is_made_private_as_it_opens(shared_folder: Path) -> None:
    path = database_path(shared_folder)
    open_db(path).close()
    os.chmod(path, 0o644)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"")  # a log left beside it, readable too
    os.chmod(wal, 0o644)
    open_db(path).close()
    assert _mode(path) == 0o600
    if wal.exists():
        assert _mode(wal) == 0o600


def test_the_cli_writes_nothing_others_can_read_and_gives_the_umask_back(
    shared_folder: Path,
) -> None:
    assert cli.main(["meeting", "new", "Perm test", "--data-dir", str(shared_folder)]) == 0
    assert set(_modes(shared_folder).values()) == {0o600}
    assert os.umask(0o022) == 0o022  # as it was before main


def test_a_restored_backup_is_private(shared_folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    conn = open_db(database_path(source))
    try:
        backup = make_backup(conn, tmp_path / "usb", None).path
    finally:
        conn.close()
    assert _mode(backup) == 0o600
    assert cli.main(["restore", "--data-dir", str(shared_folder), "--yes", str(backup)]) == 0
    assert {n: m for n, m in _modes(shared_folder).items() if m != 0o600} == {}


def test_the_file_encryption_writes_is_private(shared_folder: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from meetingkit.services.encryption import change_encryption

    path = database_path(shared_folder)
    open_db(path).close()
    change_encryption(path, None, "correct horse battery staple")
    assert _mode(path) == 0o600
    change_encryption(path, "correct horse battery staple", None)
    assert _mode(path) == 0o600


def test_sqlites_temporary_files_stay_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statement journals (the pages a change deletes) and sorts: never in $TMPDIR."""
    path = database_path(tmp_path / "data")
    conn = open_db(path)
    try:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == TEMP_STORE_MEMORY
    finally:
        conn.close()
    copy = connect_file(path, None)  # a backup's or a check's connection
    try:
        assert copy.execute("PRAGMA temp_store").fetchone()[0] == TEMP_STORE_MEMORY
    finally:
        copy.close()
    real = database.check_schema
    calls: list[Path] = []

    def full_once(conn: sqlite3.Connection, at: Path) -> list[str]:
        calls.append(at)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, at)

    monkeypatch.setattr(database, "check_schema", full_once)  # opened to read only
    reader, refused = open_to_read(path)
    try:
        assert refused is not None
        assert reader.execute("PRAGMA temp_store").fetchone()[0] == TEMP_STORE_MEMORY
    finally:
        reader.close()


def test_an_encrypted_connection_keeps_them_in_memory_too(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    conn = open_db(tmp_path / "secret.sqlite3", "correct horse battery staple")
    try:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == TEMP_STORE_MEMORY
    finally:
        conn.close()
