"""What a killed backup or restore leaves in a folder — a hidden, full and often unencrypted copy
of everyone's data — goes as soon as nothing is writing it, overwritten with zeros first; until
then it counts among the unencrypted backups: on the Privacy page, for `meetingkit backup
--delete-unencrypted`, and as encryption is turned on (which, the data closed, takes them
whatever their age). A `kill` of the command writing one removes it as Ctrl+C does."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from meetingkit.core.person import Person
from meetingkit.services import backup, leftovers
from meetingkit.services.backup import check_backup, make_backup
from meetingkit.services.backup_folder import UNFINISHED, backups_found, delete_unencrypted
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore
from tests.killed_writers import dead_pid, encrypted_data, ended_while_writing, posix_only

KEY = "correct horse battery staple"
PLAIN = b"SQLite format 3\x00" + b"Wobbleton Krasp 555-0177 " * 40


def _partial(folder: Path, name: str, contents: bytes = PLAIN) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(contents)
    return path


def _stage(folder: Path, name: str, contents: bytes = PLAIN) -> Path:
    stage = folder / name
    stage.mkdir(parents=True)
    (stage / "backup.sqlite").write_bytes(contents)
    (stage / "backup.sqlite-wal").write_bytes(PLAIN)
    return stage


def test_a_backup_is_written_under_a_name_that_says_which_process_writes_it(
    conn: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real = backup.copy_to

    def copy_to(conn: sqlite3.Connection, target: Path, key: str | None) -> None:
        written.append(target)
        real(conn, target, key)

    monkeypatch.setattr(backup, "copy_to", copy_to)
    made = make_backup(conn, tmp_path / "usb.sqlite", None)
    [partial] = written
    assert partial.name.startswith(f".usb.sqlite.{os.getpid()}-")
    assert partial.name.endswith(".partial")
    assert not partial.exists()
    assert made.path.exists()
    assert leftovers.stage_prefix() == f".restore-{os.getpid()}-"


@posix_only
def test_a_killed_backups_copy_goes_at_the_next_backup_wiped_however_recent(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    killed = _partial(folder, f".mybackup.sqlite.{dead_pid()}-0123abcd.partial")
    writing = _partial(folder, f".other.sqlite.{os.getppid()}-89abcdef.partial")  # running
    older = _partial(folder, ".old.sqlite.0123abcd.partial")  # from before: by age only
    with killed.open("rb") as still_open:
        make_backup(conn, folder, None)
        assert still_open.read() == bytes(len(PLAIN))  # overwritten before it went
    assert not killed.exists()
    assert writing.exists()
    assert older.exists()


@posix_only
def test_a_killed_restores_copy_goes_at_the_next_restore_check(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    good = make_backup(conn, tmp_path, None).path
    folder = data_dir / "backups"
    killed = _stage(folder, f".restore-{dead_pid()}-k1ll3d_x")
    running = _stage(folder, f".restore-{os.getppid()}-at_work1")
    check_backup(good, None, conn, data_dir=data_dir)
    assert not killed.exists()
    assert running.exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [running.name]


def test_a_restore_checked_leaves_its_private_copy_overwritten(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy of the backup checked (maybe unencrypted, whatever the data is) is overwritten
    with zeros before its folder goes, as a swept one is."""
    PeopleStore(conn).add(Person("Wobbleton", "Krasp"))
    good = make_backup(conn, tmp_path, None).path
    held: list[object] = []
    real = backup._verified

    def verified(staged: Path, key: str | None, source: Path) -> object:
        held.append(staged.open("rb"))  # as another program might hold it
        return real(staged, key, source)

    monkeypatch.setattr(backup, "_verified", verified)
    check_backup(good, None, data_dir=data_dir)
    [copy] = held
    try:
        assert b"Wobbleton" not in copy.read()  # type: ignore[attr-defined]
    finally:
        copy.close()  # type: ignore[attr-defined]
    assert not [p for p in (data_dir / "backups").iterdir() if p.name.startswith(".restore-")]


@posix_only
def test_unencrypted_leftovers_count_and_go_with_the_unencrypted_backups(
    data_dir: Path, tmp_path: Path
) -> None:
    path = encrypted_data(data_dir, KEY)
    folder = data_dir / "backups"
    dead = dead_pid()
    killed = _partial(folder, f".meetingkit-backup-2026-11-22-1101.sqlite.{dead}-83292b22.partial")
    staged = _stage(folder, f".restore-{dead}-k1ll3d_x")
    sealed = _partial(folder, f".sealed.sqlite.{dead}-0badcafe.partial", os.urandom(4096))
    writing = _partial(folder, f".now.sqlite.{os.getppid()}-89abcdef.partial")
    conn = open_db(path, KEY)
    try:
        found = backups_found(conn, data_dir)
        assert sorted(b.path for b in found.unencrypted) == sorted([killed, staged])
        assert {b.reason for b in found.unencrypted} == {UNFINISHED}
        assert found.in_folder == ()  # not backups: never listed as one, nor restored
        done = delete_unencrypted(conn, data_dir, KEY, target=tmp_path)
    finally:
        conn.close()
    assert sorted(done.deleted) == sorted([killed, staged])
    assert not killed.exists()
    assert not staged.exists()
    assert not sealed.exists()  # encrypted, but nothing writes it: gone as well
    assert writing.exists()  # a backup at work in another process


def test_turning_encryption_on_takes_every_leftover_whatever_its_age(data_dir: Path) -> None:
    """With the data closed no backup or restore of it is at work: a copy one just left,
    that the hour's rule would keep, does not outlive encryption."""
    pytest.importorskip("sqlcipher3")
    from meetingkit.services.encryption import change_encryption

    path = database_path(data_dir)
    open_db(path).close()
    folder = data_dir / "backups"
    just_left = _partial(folder, ".meetingkit-backup-2026-11-22-1101.sqlite.83292b22.partial")
    staged = _stage(folder, ".restore-at_work1")
    mine = _partial(folder, f".mine.sqlite.{os.getpid()}-0123abcd.partial")
    change_encryption(path, None, KEY)
    assert not just_left.exists()
    assert not staged.exists()
    assert not mine.exists()


def test_leftovers_younger_than_an_hour_and_unnamed_are_kept_as_before(tmp_path: Path) -> None:
    """Where it cannot be told whether the writer is gone (a name from before, Windows), the
    hour's rule stays."""
    recent = _partial(tmp_path, ".b.sqlite.0123abcd.partial")
    old = _partial(tmp_path, ".c.sqlite.89abcdef.partial")
    then = time.time() - leftovers.ABANDONED_AFTER_S - 60
    os.utime(old, (then, then))
    assert leftovers.discard_abandoned(tmp_path) == [old]
    assert recent.exists()


_KILLED_BACKUP = """
import sys, time
from meetingkit.services import backup
real = backup.copy_to
def slow(conn, target, key):
    real(conn, target, key)
    print("copied", flush=True)
    time.sleep(60)
backup.copy_to = slow
from meetingkit.cli import main
sys.exit(main(sys.argv[1:]))
"""


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_backup_command_ended_by_kill_removes_its_copy(
    data_dir: Path, tmp_path: Path, signum: int
) -> None:
    """`meetingkit backup -o` to a USB stick, ended by `kill` or a closed terminal: its copy
    is not left there, where no sweep of the data folder would find it."""
    conn = open_db(database_path(data_dir))
    PeopleStore(conn).add(Person("Wobbleton", "Krasp"))
    conn.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    command = [sys.executable, "-c", _KILLED_BACKUP, "--data-dir", str(data_dir), "backup"]
    ended = ended_while_writing(
        [*command, "-o", str(usb / "mybackup.sqlite")], "copied", usb, signum
    )
    assert ended.writing.name.endswith(".partial")
    assert ended.returncode == 128 + signum, ended.said
    assert list(usb.iterdir()) == []


def test_the_sweep_leaves_backups_folder_files_that_are_not_leftovers(tmp_path: Path) -> None:
    theirs = _partial(tmp_path, ".notes.partial")
    named = _partial(tmp_path, "meetingkit-backup-2026-11-22-1101.sqlite")
    folder = tmp_path / "restore-notes"
    folder.mkdir()
    then = time.time() - leftovers.ABANDONED_AFTER_S - 60
    for path in (theirs, named, folder):
        os.utime(path, (then, then))
    assert leftovers.discard_abandoned(tmp_path, closed=True) == []
    assert theirs.exists()
    assert named.exists()
    assert folder.exists()
