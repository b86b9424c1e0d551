"""Encryption at rest: the file's bytes, the passphrase, backups and the sign-in server."""

import datetime as dt
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from meetingkit.core.clock import WallAnchoredClock
from meetingkit.core.errors import ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.backup import make_backup, restore
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import (
    DatabaseInUseError,
    change_encryption,
    check_new_passphrase,
    clear_request,
    key_opens,
    pending_change,
    request_change,
)
from meetingkit.storage import open_db
from meetingkit.storage.database import (
    PassphraseNeededError,
    WrongPassphraseError,
    is_encrypted,
)
from meetingkit.storage.people import PeopleStore

pytest.importorskip("sqlcipher3", reason="encryption needs the [encryption] extra")

KEY = "correct horse battery staple"
NAME = "Philippa Oyelaran-Brandt"


@pytest.fixture
def path(data_dir: Path) -> Path:
    """A closed, plain database with one person in it."""
    path = database_path(data_dir)
    conn = open_db(path)
    PeopleStore(conn).add(Person("Philippa", "Oyelaran-Brandt", email="pob@example.org"))
    conn.close()
    return path


def file_bytes(path: Path) -> bytes:
    return b"".join(
        p.read_bytes()
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if p.exists()
    )


def test_turning_encryption_on_leaves_no_plaintext_and_opens_with_the_key(path: Path) -> None:
    assert b"Oyelaran" in file_bytes(path)
    changed = change_encryption(path, None, KEY)
    assert changed.encrypted
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert is_encrypted(path)
    assert b"Oyelaran" not in file_bytes(path)
    assert not path.with_name(path.name + ".converting").exists()
    conn = open_db(path, KEY)
    try:
        PeopleStore(conn).add(Person("Added", "While-Encrypted"))
        assert [p.display_name for p in PeopleStore(conn).search("oyel").people] == [NAME]
        assert b"While-Encrypted" not in file_bytes(path)  # nor in the -wal
    finally:
        conn.close()


def test_a_wrong_or_missing_passphrase_gets_a_clear_error_and_changes_nothing(
    path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    change_encryption(path, None, KEY)
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        open_db(path, "Correct horse battery staple")
    with pytest.raises(PassphraseNeededError, match="needs its passphrase"):
        open_db(path)
    assert path.read_bytes() == before
    assert capfd.readouterr().err == ""  # SQLCipher's own log stays quiet
    assert key_opens(path, KEY)
    assert not key_opens(path, "wrong")


def test_turning_encryption_off_makes_the_file_plain_again(path: Path) -> None:
    change_encryption(path, None, KEY)
    change_encryption(path, KEY, None)
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    conn = open_db(path)
    try:
        assert PeopleStore(conn).search("philippa").people[0].display_name == NAME
    finally:
        conn.close()


def test_the_passphrase_can_be_changed(path: Path) -> None:
    change_encryption(path, None, KEY)
    change_encryption(path, KEY, "another long passphrase")
    assert not key_opens(path, KEY)
    open_db(path, "another long passphrase").close()


def test_encryption_waits_until_nothing_has_the_file_open(path: Path) -> None:
    conn = open_db(path)
    try:
        with pytest.raises(DatabaseInUseError, match="still has the data open"):
            change_encryption(path, None, KEY)
    finally:
        conn.close()
    assert not is_encrypted(path)
    change_encryption(path, None, KEY)


def test_a_short_or_mistyped_passphrase_is_refused(path: Path) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        change_encryption(path, None, "short")
    with pytest.raises(ValidationError, match="not the same"):
        check_new_passphrase(KEY, KEY + "!")
    assert not is_encrypted(path)


def test_a_backup_of_an_encrypted_database_stays_encrypted_and_restores(
    path: Path, tmp_path: Path
) -> None:
    change_encryption(path, None, KEY)
    conn = open_db(path, KEY)
    try:
        made = make_backup(conn, tmp_path / "backup.sqlite", KEY)
        assert made.encrypted
        assert is_encrypted(made.path)
        assert b"Oyelaran" not in made.path.read_bytes()
        PeopleStore(conn).forget(PeopleStore(conn).search("philippa").people[0].key)
        restore(conn, made.path, live_key=KEY, source_key=KEY, data_dir=path.parent)
        assert PeopleStore(conn).count() == 1
    finally:
        conn.close()


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted_on_the_way(
    path: Path, tmp_path: Path
) -> None:
    conn = open_db(path)
    plain = make_backup(conn, tmp_path / "plain.sqlite", None)
    conn.close()
    change_encryption(path, None, KEY)
    conn = open_db(path, KEY)
    try:
        PeopleStore(conn).add(Person("Only", "Since"))
        restore(conn, plain.path, live_key=KEY, source_key=None, data_dir=path.parent)
        assert [p.first_name for p in PeopleStore(conn).search("").people] == ["Philippa"]
    finally:
        conn.close()
    assert is_encrypted(path)
    assert b"Oyelaran" not in file_bytes(path)


def test_the_sign_in_server_opens_an_encrypted_database_with_the_key(path: Path) -> None:
    from meetingkit.services.signin_server import SignInServer
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.signin import SignInStore

    change_encryption(path, None, KEY)
    conn = open_db(path, KEY)
    meeting = MeetingStore(conn).create(
        Meeting(title="Night shift", date=dt.date(2026, 11, 21), start=dt.time(18))
    )
    token = SignInStore(conn).settings(meeting.key).token
    server = SignInServer(path, meeting.key, WallAnchoredClock(), host="127.0.0.1", key=KEY)
    server.start()
    try:
        with urllib.request.urlopen(server.url(token), timeout=10) as page:  # noqa: S310
            assert "Night shift" in page.read().decode()
    finally:
        server.stop()
        conn.close()


def test_the_gui_asks_for_the_change_at_the_next_start(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    assert pending_change(data_dir) is None
    request_change(data_dir, encrypt=True)
    assert pending_change(data_dir) is True
    request_change(data_dir, encrypt=False)
    assert pending_change(data_dir) is False
    clear_request(data_dir)
    assert pending_change(data_dir) is None


def test_the_plain_path_does_not_load_sqlcipher(path: Path) -> None:
    code = (
        "import sys; from meetingkit.storage import open_db; "
        f"open_db({str(path)!r}).close(); print('sqlcipher3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_error_from_sqlcipher_is_a_standard_sqlite3_error(path: Path) -> None:
    change_encryption(path, None, KEY)
    conn = open_db(path, KEY)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO meeting_roles VALUES (99, 'facilitator', 99)")
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT * FROM no_such_table")
    finally:
        conn.close()
