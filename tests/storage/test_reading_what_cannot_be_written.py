"""Data on a full disk or a read-only drive can still be read: listed, printed, backed up to
another drive (storage.database.open_to_read). Opening it as usual needs to write (WAL mode
keeps an index, -shm, beside the file); what only reads falls back to a read-only connection.

Permissions are simulated (the tests may run as root, who can write anything): `os.access`
says the folder is read-only, as it does on a read-only mount, and a -shm that cannot be
created (a link into nowhere) stands for a folder that takes no new file.
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage import database, open_db
from meetingkit.storage.copies import BackupLog, LoggedBackup
from meetingkit.storage.database import (
    UnwritableDatabaseError,
    WrongPassphraseError,
    is_damage,
    open_to_read,
    read_only,
    refusal,
)
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.print_log import PrintLog

KEY = "correct horse battery staple"
TITLE = "Safe Staffing Working Group"


def sample_meeting() -> Meeting:
    return Meeting(title=TITLE, date=dt.date(2026, 11, 21), start=dt.time(18, 30))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A database with one person and one meeting, closed as the app closes it."""
    file = tmp_path / "data" / "meetingkit.sqlite3"
    file.parent.mkdir()
    conn = open_db(file)
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    MeetingStore(conn).create(sample_meeting())
    conn.close()
    return file


def read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            not mode & os.W_OK if Path(p) == folder else real_access(p, mode, **kw)
        ),
    )


def no_new_files(path: Path) -> None:
    """The log's index (-shm) cannot be made beside `path`, as in a read-only folder."""
    path.with_name(path.name + "-shm").symlink_to(path.parent / "nowhere" / "shm")


def disk_full_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual open fails as on a full disk (the -shm could not grow); reading still can."""
    real = database.check_schema
    calls = []

    def full(conn: sqlite3.Connection, path: Path) -> list[str]:
        calls.append(path)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, path)

    monkeypatch.setattr(database, "check_schema", full)


def names(conn: sqlite3.Connection) -> list[str]:
    return [p.display_name for p in PeopleStore(conn).search("").people]


def test_data_on_a_full_disk_is_read_read_only_and_says_why(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full_once(monkeypatch)
    before = path.read_bytes()
    conn, refused = open_to_read(path)
    try:
        assert isinstance(refused, UnwritableDatabaseError)
        assert "Free some space" in str(refused)
        assert names(conn) == ["Ana Garcia"]
        assert read_only(conn)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            PeopleStore(conn).add(Person("Not", "Saved"))
    finally:
        conn.close()
    assert path.read_bytes() == before


def test_a_read_only_folder_without_the_logs_index_is_read_from_the_file_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_folder(monkeypatch, path.parent)
    no_new_files(path)
    with pytest.raises(UnwritableDatabaseError, match="is read-only"):
        open_db(path)
    conn, refused = open_to_read(path)
    try:
        assert refused is not None
        assert names(conn) == ["Ana Garcia"]
        assert [m.title for m in MeetingStore(conn).all()] == [TITLE]
        assert read_only(conn)
    finally:
        conn.close()


def test_changes_still_in_the_log_are_not_left_out_of_what_is_read(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the file alone would miss them: refused, with the reason it cannot be written."""
    crashed = sqlite3.connect(path, isolation_level=None)  # a crash leaves its log unmerged
    crashed.execute("PRAGMA wal_autocheckpoint = 0")
    crashed.execute("UPDATE people SET first_name = 'Ana María'")
    wal = path.with_name(path.name + "-wal")
    kept = wal.read_bytes()
    crashed.close()  # the last connection merges the log and removes it: put it back
    wal.write_bytes(kept)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    read_only_folder(monkeypatch, path.parent)
    no_new_files(path)
    with pytest.raises(UnwritableDatabaseError, match="is read-only"):
        open_to_read(path)


def test_data_opened_as_usual_is_not_read_only(path: Path) -> None:
    conn, refused = open_to_read(path)
    try:
        assert refused is None
        assert not read_only(conn)
    finally:
        conn.close()


def test_printing_exporting_and_backing_up_read_only_data_notes_nothing(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The logs of what was printed, exported or backed up cannot be written: the print, the
    export and the backup are made all the same (the command says the logs do not note it)."""
    read_only_folder(monkeypatch, path.parent)
    conn, _ = open_to_read(path)
    try:
        meeting = MeetingStore(conn).all()[0].key
        PrintLog(conn).record(meeting, "agenda", 1_000)
        entry = ExportLog(conn).record(
            ExportKind.ATTENDANCE,
            meeting_id=meeting,
            exported_ms=1_000,
            file_name="/usb/attendance.csv",
            columns=["Name"],
            rows=1,
        )
        assert (entry.id, entry.file_name, entry.rows) == (0, "attendance.csv", 1)
        BackupLog(conn).add(
            LoggedBackup("2026-11-21T19:05:00+00:00", "/usb/b.sqlite", 1, False, "backup")
        )
        assert PrintLog(conn).printed(meeting) == {}
        assert ExportLog(conn).entries() == []
        assert BackupLog(conn).all() == []
    finally:
        conn.close()


def test_encrypted_data_on_a_read_only_folder_is_read_with_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "meetingkit.sqlite3"
    conn = open_db(path, KEY)
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    conn.close()
    read_only_folder(monkeypatch, tmp_path)
    no_new_files(path)
    conn, refused = open_to_read(path, KEY)
    try:
        assert refused is not None
        assert names(conn) == ["Ana Garcia"]
        assert read_only(conn)
    finally:
        conn.close()
    with pytest.raises(WrongPassphraseError):
        open_to_read(path, "not the passphrase")


def test_a_passphrase_is_not_called_wrong_when_the_disk_is_full(tmp_path: Path) -> None:
    """At start, the lock screen checks the passphrase on a fresh connection: on a full disk
    it could not read the file as usual and said, again and again, that it was wrong."""
    pytest.importorskip("sqlcipher3")
    from meetingkit.storage.cipher import connect, key_opens

    path = tmp_path / "meetingkit.sqlite3"
    conn = open_db(path, KEY)
    PeopleStore(conn).add(Person("Ana", "Garcia"))
    conn.close()
    no_new_files(path)
    with pytest.raises(sqlite3.OperationalError):  # as the usual open finds it
        connect(path, KEY).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert key_opens(path, KEY)
    assert not key_opens(path, "not the passphrase")


def test_a_damaged_page_met_mid_session_is_called_damage_with_a_backup_to_restore() -> None:
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    assert is_damage(malformed)
    said = refusal(malformed)
    assert "Your data file is damaged" in said
    assert "Restore it from a backup" in said
    assert "Trying again will not help" in said
    full = sqlite3.OperationalError("database or disk is full")
    assert not is_damage(full)
    assert "damaged" not in refusal(full)


def test_data_of_an_earlier_version_that_cannot_be_brought_up_to_date_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading it with this version's queries would fail on what the update adds."""
    import shutil

    path = tmp_path / "meetingkit.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.sqlite3", path)
    before = path.read_bytes()
    read_only_folder(monkeypatch, tmp_path)
    with pytest.raises(UnwritableDatabaseError, match="earlier version of meetingkit") as refused:
        open_to_read(path)
    assert "is read-only" in str(refused.value)
    assert path.read_bytes() == before
