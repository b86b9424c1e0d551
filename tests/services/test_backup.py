"""Backups while the app runs, and restoring them into the live database."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, check_backup, make_backup, restore
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.copies import BackupLog, copy_to
from meetingkit.storage.database import CorruptDatabaseError, NewerDatabaseError
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 5)


def names(conn: sqlite3.Connection) -> list[str]:
    return [p.display_name for p in PeopleStore(conn).search("").people]


def test_a_backup_is_one_checked_file_with_the_default_name(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    folder = tmp_path / "usb"
    folder.mkdir()
    made = make_backup(conn, folder, None, now=NOW)
    assert made.path == folder / "meetingkit-backup-2026-11-21-1905.sqlite"
    assert made.path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert [p.name for p in folder.iterdir()] == [made.path.name]  # no -wal, no temp file
    assert (made.check.people, made.encrypted) == (1, False)
    assert made.path.stat().st_mode & 0o777 == 0o600  # everyone's data: this user's only
    again = make_backup(conn, folder, None, now=NOW)  # two in one minute
    assert again.path.name == "meetingkit-backup-2026-11-21-1905-2.sqlite"
    assert [b.path for b in BackupLog(conn).all()] == [str(again.path), str(made.path)]
    with pytest.raises(MeetingkitError, match="already exists"):
        make_backup(conn, made.path, None)


def test_a_backup_taken_while_another_connection_writes_is_consistent(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    """The sign-in server writes on its own connection; the copy sees whole commits only."""
    other = open_db(database_path(data_dir))
    try:
        people = PeopleStore(other)
        people.add(Person("Before"))
        other.execute("BEGIN IMMEDIATE")
        people.add(Person("Uncommitted"))
        copy_to(conn, tmp_path / "b.sqlite", None)
        other.execute("COMMIT")
    finally:
        other.close()
    copy = open_db(tmp_path / "b.sqlite")
    try:
        assert names(copy) == ["Before"]
    finally:
        copy.close()


def test_backup_then_restore_brings_the_data_back(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    people = PeopleStore(conn)
    people.add(Person("Ana", "Garcia"))
    made = make_backup(conn, tmp_path / "before.sqlite", None)
    people.add(Person("Added", "Later"))
    people.forget(people.search("ana").people[0].key)
    other = open_db(database_path(data_dir))  # a connection open during the restore
    try:
        restored = restore(conn, made.path, live_key=None, source_key=None, data_dir=data_dir)
        assert names(conn) == ["Ana Garcia"]
        assert names(other) == ["Ana Garcia"]  # open connections stay valid and see it
    finally:
        other.close()
    # The data as it was just before is kept, in case the restore was a mistake.
    assert restored.safety_backup.parent == backup_folder(data_dir)
    safety = open_db(restored.safety_backup)
    try:
        assert names(safety) == ["Added Later"]
    finally:
        safety.close()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [b.reason for b in BackupLog(conn).all()][:2] == ["before restore", "backup"]
    PeopleStore(conn).add(Person("Still", "Writable"))


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"not a database at all\n" * 100, CorruptDatabaseError),
        ("sqlite", CorruptDatabaseError),  # an SQLite file, but not meetingkit's
        ("newer", NewerDatabaseError),
        ("damaged", CorruptDatabaseError),
        ("unreadable", CorruptDatabaseError),  # whole, but a meeting dated 30 February
    ],
)
def test_a_file_that_is_not_a_usable_backup_is_refused_and_nothing_changes(
    conn: sqlite3.Connection,
    data_dir: Path,
    tmp_path: Path,
    content: object,
    error: type[Exception],
) -> None:
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    bad = tmp_path / "bad.sqlite"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content == "sqlite":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE notes (text)")
        other.commit()
        other.close()
    elif content == "newer":
        made = make_backup(conn, bad, None)
        future = sqlite3.connect(made.path)
        future.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('meetingkit', 'm999_from_the_future', '2030-01-01')"
        )
        future.commit()
        future.close()
    elif content == "unreadable":
        from meetingkit.core.meeting import Meeting
        from meetingkit.storage.meetings import MeetingStore

        MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 2, 27), dt.time(18)))
        made = make_backup(conn, bad, None)
        edited = sqlite3.connect(made.path)
        edited.execute("UPDATE meetings SET date = '2026-02-30'")
        edited.commit()
        edited.close()
    else:
        made = make_backup(conn, bad, None)
        damaged = bytearray(made.path.read_bytes())
        damaged[4096 * 2 :] = b"\xff" * (len(damaged) - 4096 * 2)
        made.path.write_bytes(bytes(damaged))
    before_file = bad.read_bytes()
    logged = BackupLog(conn).all()
    with pytest.raises(error) as checked:
        check_backup(bad, None, data_dir=data_dir)
    with pytest.raises(error) as restored:
        restore(conn, bad, live_key=None, source_key=None, data_dir=data_dir)
    for refused in (checked, restored):
        # Named as the user chose it (not the private copy it was checked as), and saying
        # that nothing happened, not "restore it from a backup".
        message = str(refused.value)
        assert message.startswith(str(bad)), message
        assert message.endswith("Nothing was restored: your data is as it was."), message
    assert names(conn) == ["Ana Garcia"]
    assert BackupLog(conn).all() == logged  # not even a safety backup was taken
    assert bad.read_bytes() == before_file  # and the file itself was never written to


def test_restoring_a_missing_file_says_so(conn: sqlite3.Connection, data_dir: Path) -> None:
    with pytest.raises(MeetingkitError, match="There is no file"):
        restore(conn, data_dir / "nope.sqlite", live_key=None, source_key=None, data_dir=data_dir)


def test_a_backup_from_an_older_version_is_brought_up_to_date(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    old = Path(__file__).parents[1] / "storage" / "fixtures" / "schema_v1.sqlite3"
    before = old.read_bytes()
    restore(conn, old, live_key=None, source_key=None, data_dir=data_dir)
    assert old.read_bytes() == before
    from meetingkit.storage import schema

    assert schema.applied_migrations(conn) == list(schema.MIGRATION_NAMES)


def test_a_backup_to_a_read_only_drive_says_so_rather_than_crash(
    conn: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only drive even removing the half-written copy fails: the message is about
    the backup, not a traceback from the clean-up."""
    import errno

    from meetingkit.services import backup

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup, "copy_to", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)
    with pytest.raises(MeetingkitError, match=r"Could not write the backup.*Read-only file system"):
        make_backup(conn, tmp_path, None)
    assert BackupLog(conn).all() == []


def test_a_backup_killed_while_writing_leaves_no_copy_behind_for_long(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """A hidden half-written copy holds everyone's data and is never listed as a backup: the
    next backup to that folder removes it, once it is clearly abandoned."""
    import os

    from meetingkit.services import backup

    folder = tmp_path / "backups"
    folder.mkdir()
    abandoned = folder / ".meetingkit-2026-11-20.sqlite.0123abcd.partial"
    writing = folder / ".meetingkit-2026-11-21.sqlite.89abcdef.partial"
    theirs = folder / ".notes.partial"  # not ours
    for path in (abandoned, writing, theirs):
        path.write_bytes(b"SQLite format 3\x00" + bytes(600))
    old = abandoned.stat().st_mtime - backup.ABANDONED_AFTER_S - 60
    os.utime(abandoned, (old, old))
    os.utime(theirs, (old, old))
    make_backup(conn, folder, None, now=NOW)
    assert not abandoned.exists()
    assert writing.exists()  # another process may still be writing it
    assert theirs.exists()
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == [
        "meetingkit-backup-2026-11-21-1905.sqlite"
    ]
