"""Damaged data: a backup says the data is damaged (not the copy), the refusal names the
newest backup and the command that restores it, and a restore works when the data file
cannot be opened or copied — the damaged file is kept, never deleted. A restore stages its
copy of everyone's data in the data folder, privately, and what a killed one leaves is swept."""

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.person import Person
from meetingkit.services import backup, leftovers
from meetingkit.services.backup import (
    DamagedDataError,
    backup_folder,
    check_backup,
    make_backup,
    restore,
    restore_advice,
    restore_command,
    restore_in_place_of_damaged,
)
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.database import CorruptDatabaseError
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 5)


def names(conn: sqlite3.Connection) -> list[str]:
    return [p.display_name for p in PeopleStore(conn).search("").people]


@pytest.fixture
def good_backup(tmp_path: Path) -> Path:
    conn = open_db(database_path(tmp_path / "elsewhere"))
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        return make_backup(conn, tmp_path / "good.sqlite", None).path
    finally:
        conn.close()


def damage_people(path: Path) -> None:
    """Overwrite the pages of the people table with noise: the file still opens (its first
    page and the migrations are whole) and fails where people are read."""
    conn = sqlite3.connect(path)
    first = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((first - 1) * size)
        f.write(b"\xa5" * size)


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    """A data folder whose file opens but has damaged pages, with a safety backup."""
    path = database_path(data_dir)
    conn = open_db(path)
    people = PeopleStore(conn)
    for n in range(300):
        people.add(Person(f"Person{n}", "Lastname"))
    make_backup(conn, backup_folder(data_dir), None, now=NOW)
    conn.close()
    damage_people(path)
    return path


def test_a_backup_of_damaged_data_says_the_data_is_damaged_not_the_copy(
    damaged: Path, tmp_path: Path
) -> None:
    conn = open_db(damaged)
    try:
        with pytest.raises(DamagedDataError) as refused:
            make_backup(conn, tmp_path / "usb" / "b.sqlite", None)
    finally:
        conn.close()
    said = str(refused.value)
    assert said.startswith(
        f"The data being backed up is damaged: meetingkit cannot read all of {damaged}"
    )
    assert ".partial" not in said  # not the hidden copy, which is gone
    assert "meetingkit-backup-2026-11-21-1905.sqlite" in said  # what to restore instead
    assert (
        restore_command(
            damaged.parent, damaged.parent / "backups" / "meetingkit-backup-2026-11-21-1905.sqlite"
        )
        in said
    )
    assert os.listdir(tmp_path / "usb") == []


def test_the_advice_names_the_newest_backup_and_the_command_to_type(data_dir: Path) -> None:
    folder = data_dir / "backups"
    folder.mkdir(parents=True)
    older, newer = folder / "meetingkit-backup-2026-11-01-1800.sqlite", folder / "b 2.sqlite"
    for n, file in enumerate((older, newer)):
        file.write_bytes(b"SQLite format 3\x00")
        os.utime(file, (1_700_000_000 + n * 60, 1_700_000_000 + n * 60))
    (folder / ".b.sqlite.0123abcd.partial").write_bytes(b"")  # never a backup
    advice = restore_advice(data_dir)
    assert str(newer) in advice
    assert advice.endswith(f"meetingkit --data-dir {data_dir} restore '{newer}'")
    newer.unlink()
    older.unlink()
    assert "There is no backup in" in restore_advice(data_dir)


def test_a_damaged_file_that_cannot_be_opened_is_set_aside_and_the_backup_put_in_its_place(
    good_backup: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "damaged"
    data_dir.mkdir()
    path = data_dir / "meetingkit.sqlite3"
    path.write_bytes(os.urandom(100_001))
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"its log")  # would be read into the restored file if left beside it
    garbage = path.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_db(path)
    restored = restore_in_place_of_damaged(good_backup, source_key=None, data_dir=data_dir, now=NOW)
    assert restored.safety_backup == data_dir / "meetingkit.sqlite3.damaged-2026-11-21-190500"
    assert restored.safety_backup.read_bytes() == garbage  # kept, whole
    assert Path(f"{restored.safety_backup}-wal").read_bytes() == b"its log"
    assert not wal.exists()
    conn = open_db(path)
    try:
        assert names(conn) == ["Ana Garcia"]
    finally:
        conn.close()
    assert [p.name for p in (data_dir / "backups").iterdir()] == []  # nothing staged is left


def test_a_bad_backup_is_refused_before_the_damaged_file_is_touched(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "damaged"
    data_dir.mkdir()
    path = data_dir / "meetingkit.sqlite3"
    path.write_bytes(os.urandom(100_001))
    garbage = path.read_bytes()
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a backup\n" * 100)
    with pytest.raises(CorruptDatabaseError, match="Nothing was restored"):
        restore_in_place_of_damaged(notes, source_key=None, data_dir=data_dir)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "meetingkit.sqlite3"]


def test_restoring_over_data_that_opens_but_cannot_be_copied_changes_nothing_and_says_how(
    damaged: Path, good_backup: Path
) -> None:
    """The safety backup cannot be made of damaged data: the restore stops before anything
    changes and gives the command that sets the damaged file aside instead."""
    before = damaged.read_bytes()
    conn = open_db(damaged)
    try:
        with pytest.raises(DamagedDataError) as refused:
            restore(conn, good_backup, live_key=None, source_key=None, data_dir=damaged.parent)
    finally:
        conn.close()
    assert "Nothing was restored" in str(refused.value)
    assert restore_command(damaged.parent, good_backup) in str(refused.value)
    assert damaged.read_bytes() == before


def test_a_backup_being_restored_is_staged_privately_in_the_data_folder(
    conn: sqlite3.Connection, good_backup: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not in the system's temporary folder, where a killed restore left a copy of everyone's
    data (0644) that nothing ever removed."""
    from meetingkit.storage.copies import verify as real_verify

    staged: list[tuple[Path, int]] = []

    def verify(path: Path, key: str | None, **kw: object) -> object:
        staged.append((path, path.stat().st_mode & 0o777))
        return real_verify(path, key, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "verify", verify)
    check_backup(good_backup, None, conn, data_dir=data_dir)
    restore(conn, good_backup, live_key=None, source_key=None, data_dir=data_dir, now=NOW)
    assert staged
    for path, mode in (s for s in staged if not s[0].name.endswith(".partial")):
        assert path.parent.parent == data_dir / "backups"
        assert path.parent.name.startswith(".restore-")
        assert mode == 0o600
    assert not any(p.name.startswith(".restore-") for p in (data_dir / "backups").iterdir())


def test_what_a_killed_restore_left_is_swept_once_abandoned(data_dir: Path) -> None:
    folder = data_dir / "backups"
    abandoned, working = folder / ".restore-k1ll3d", folder / ".restore-at_work"
    for stage in (abandoned, working):
        stage.mkdir(parents=True)
        (stage / "backup.sqlite").write_bytes(b"SQLite format 3\x00" + bytes(600))
    old = time.time() - leftovers.ABANDONED_AFTER_S - 60
    for path in (abandoned, abandoned / "backup.sqlite"):
        os.utime(path, (old, old))
    theirs = folder / "restore-notes"  # not ours: no leading dot
    theirs.mkdir()
    os.utime(theirs, (old, old))
    assert leftovers.sweep(data_dir) == [abandoned]
    assert not abandoned.exists()
    assert (working / "backup.sqlite").exists()  # a restore may be checking it now
    assert theirs.exists()


def test_the_next_restore_sweeps_what_a_killed_one_left(
    conn: sqlite3.Connection, good_backup: Path, data_dir: Path
) -> None:
    abandoned = data_dir / "backups" / ".restore-k1ll3d"
    abandoned.mkdir(parents=True)
    (abandoned / "backup.sqlite").write_bytes(b"SQLite format 3\x00")
    old = time.time() - leftovers.ABANDONED_AFTER_S - 60
    for path in (abandoned / "backup.sqlite", abandoned):
        os.utime(path, (old, old))
    check_backup(good_backup, None, conn, data_dir=data_dir)
    assert not abandoned.exists()


def test_a_restore_that_cannot_stage_on_a_full_drive_says_where_and_why(
    good_backup: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is made on the data's drive: a full one is said as such, not as a backup that
    cannot be read, and no half copy is left behind."""
    import shutil

    def full(*a: object, **kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full)
    with pytest.raises(MeetingkitError) as refused:
        check_backup(good_backup, None, data_dir=data_dir)
    said = str(refused.value)
    assert said.startswith(f"Cannot make a private copy of {good_backup} in {data_dir / 'backups'}")
    assert "No space left on device" in said
    assert list((data_dir / "backups").iterdir()) == []
