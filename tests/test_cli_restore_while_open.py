"""`meetingkit restore` while something else has the data open is refused, data untouched.

A window keeps the floor and the stack in memory: after a restore under it, its next change
wrote them over the restored data (two turns open at once, two people speaking). So a
restore waits for the window, and for a sign-in server or another command, to close. The
holders here are real other processes: one holds the folder as a window does and keeps the
database open, the other only keeps the database open, as `meetingkit serve` does."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from tests.test_cli_privacy import meetingkit

WINDOW = """
import sys
from pathlib import Path
from meetingkit.app import take_hold
from meetingkit.storage import open_db
hold = take_hold(Path(sys.argv[1]))
assert hold is not None and hold.isLocked()
conn = open_db(Path(sys.argv[1]) / "meetingkit.sqlite3")
conn.execute("SELECT count(*) FROM people").fetchone()
print("ready", flush=True)
sys.stdin.read()
"""

SERVER = """
import sys
from pathlib import Path
from meetingkit.storage import open_db
conn = open_db(Path(sys.argv[1]) / "meetingkit.sqlite3")
conn.execute("SELECT count(*) FROM people").fetchone()
print("ready", flush=True)
sys.stdin.read()
"""


@contextmanager
def held(script: str, data_dir: Path) -> Iterator[int]:
    """Another process running `script` on `data_dir` until the block ends; its PID."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        yield process.pid
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)
        assert process.stdout is not None
        process.stdout.close()


@pytest.fixture
def with_backup(data_dir: Path, tmp_path: Path) -> Path:
    """A folder with Ana, backed up; then Luis added after the backup."""
    conn = open_db(database_path(data_dir))
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    conn.close()
    backup = tmp_path / "before-luis.sqlite"
    assert meetingkit("backup", "-o", str(backup), "--data-dir", str(data_dir)) == 0
    conn = open_db(database_path(data_dir))
    PeopleStore(conn).add(Person("Luis", "Ortiz"))
    conn.close()
    return backup


def people(data_dir: Path) -> list[str]:
    conn = open_db(database_path(data_dir))
    try:
        return sorted(p.display_name for p in PeopleStore(conn).search("").people)
    finally:
        conn.close()


def test_a_restore_is_refused_while_a_window_has_the_folder_open_naming_its_process(
    data_dir: Path, with_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with held(WINDOW, data_dir) as pid:
        assert meetingkit("restore", str(with_backup), "--yes", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert f"meetingkit is open on {data_dir} (process {pid})" in err
    assert "Close it first" in err
    assert "Nothing was restored" in err
    assert people(data_dir) == ["Ana Garcia", "Luis Ortiz"]
    assert not list((data_dir / "backups").glob("meetingkit-backup-*"))  # no safety backup


def test_a_restore_is_refused_while_a_sign_in_server_has_the_data_open(
    data_dir: Path, with_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with held(SERVER, data_dir):
        assert meetingkit("restore", str(with_backup), "--yes", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "a sign-in server, or another command) still has the data open" in err
    assert "Nothing was restored" in err
    assert people(data_dir) == ["Ana Garcia", "Luis Ortiz"]


def test_once_they_close_the_restore_goes_through_and_lets_go_of_the_folder(
    data_dir: Path, with_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with held(WINDOW, data_dir):
        assert meetingkit("restore", str(with_backup), "--yes", "--data-dir", str(data_dir)) == 1
    assert meetingkit("restore", str(with_backup), "--yes", "--data-dir", str(data_dir)) == 0
    assert "Restored" in capsys.readouterr().out
    assert people(data_dir) == ["Ana Garcia"]
    assert not (data_dir / "meetingkit.lock").exists()  # a window may open on it again


@pytest.mark.parametrize(
    ("sqlite_says", "in_use"),
    [("database is locked", True), ("unable to open database file", False)],
)
def test_only_a_lock_held_elsewhere_is_called_in_use(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, sqlite_says: str, in_use: bool
) -> None:
    """A read-only folder or a full disk fails the same check: opening the data then says
    what is wrong with the folder, not that another program has it open."""
    import sqlite3

    from meetingkit import cli_privacy
    from meetingkit.services import encryption

    def refuse(_path: Path, _key: str | None) -> None:
        raise encryption.DatabaseInUseError("still has the data open") from (
            sqlite3.OperationalError(sqlite_says)
        )

    monkeypatch.setattr(encryption, "ensure_closed", refuse)
    path = database_path(data_dir)
    open_db(path).close()
    if in_use:
        with pytest.raises(encryption.DatabaseInUseError, match="Nothing was restored"):
            cli_privacy._refuse_while_open(path, None)
    else:
        cli_privacy._refuse_while_open(path, None)
