"""The privacy commands, parsed as `meetingkit` parses them and run in-process."""

import argparse
import sqlite3
import sys
from pathlib import Path

import pytest

from meetingkit.cli import _data_dir_option
from meetingkit.cli_privacy import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, passphrase_for, register
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.database import is_encrypted
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore
from tests.services.privacy_scene import build

KEY = "correct horse battery staple"


def meetingkit(*words: str) -> int:
    """Parse and run like cli.main: a user error is one line on stderr and exit status 1."""
    parser = argparse.ArgumentParser(prog="meetingkit")
    register(parser.add_subparsers(dest="command"), _data_dir_option())
    args = parser.parse_args(words)
    try:
        return int(args.handler(args))
    except MeetingkitError as e:
        print(f"meetingkit: {e}", file=sys.stderr)
        return 1


@pytest.fixture
def folder(data_dir: Path) -> str:
    conn = open_db(database_path(data_dir))
    build(conn)
    conn.close()
    return str(data_dir)


def test_purge_a_meeting_with_yes(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert meetingkit("purge", "--meeting", "1", "--yes", "--data-dir", folder) == 0
    assert "4 people deleted from the directory, 1 kept" in capsys.readouterr().out
    conn = open_db(database_path(Path(folder)))
    try:
        assert RetentionStore(conn).get(1).purged_at is not None
    finally:
        conn.close()


def test_purge_without_a_terminal_needs_yes(
    folder: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert meetingkit("purge", "--meeting", "1", "--data-dir", folder) == 1
    assert "--yes" in capsys.readouterr().err


def test_retention_then_purge_due(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert meetingkit("retention", "--meeting", "1", "--days", "30", "--data-dir", folder) == 0
    assert "purge on 2026-10-31 (30 days)" in capsys.readouterr().out
    assert meetingkit("purge", "--due", "--data-dir", folder) == 0  # today is past it
    assert "Purged “Safe staffing”" in capsys.readouterr().out
    assert meetingkit("purge", "--due", "--data-dir", folder) == 0
    assert "nothing to purge" in capsys.readouterr().out


def test_backup_and_restore(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.sqlite"
    assert meetingkit("backup", "-o", str(out), "--data-dir", folder) == 0
    assert "NOT encrypted" in capsys.readouterr().out
    conn = open_db(database_path(Path(folder)))
    PeopleStore(conn).add(Person("After", "Backup"))
    conn.close()
    assert meetingkit("restore", str(out), "--yes", "--data-dir", folder) == 0
    assert "The data as it was is in" in capsys.readouterr().out
    conn = open_db(database_path(Path(folder)))
    try:
        assert PeopleStore(conn).search("after").total == 0
    finally:
        conn.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.sqlite"
    db = sqlite3.connect(notes)
    db.execute("CREATE TABLE notes (text)")
    db.close()
    assert meetingkit("restore", str(notes), "--yes", "--data-dir", folder) == 1
    assert "not a meetingkit database" in capsys.readouterr().err


def test_encryption_on_then_commands_need_the_passphrase(
    folder: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("sqlcipher3")
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, KEY)
    assert meetingkit("encryption", "on", "--data-dir", folder) == 0
    assert is_encrypted(database_path(Path(folder)))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    capsys.readouterr()
    assert meetingkit("backup", "-o", str(tmp_path / "e.sqlite"), "--data-dir", folder) == 1
    assert "MEETINGKIT_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSPHRASE, KEY)
    assert meetingkit("backup", "-o", str(tmp_path / "e.sqlite"), "--data-dir", folder) == 0
    assert is_encrypted(tmp_path / "e.sqlite")
    assert meetingkit("encryption", "off", "--data-dir", folder) == 0
    assert not is_encrypted(database_path(Path(folder)))


def test_the_passphrase_is_asked_at_a_terminal(data_dir: Path) -> None:
    pytest.importorskip("sqlcipher3")
    path = database_path(data_dir)
    open_db(path, KEY).close()
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return KEY

    assert passphrase_for(path, environ={}, ask=ask, interactive=True) == KEY
    assert asked == ["Passphrase for the meetingkit data: "]
    with pytest.raises(MeetingkitError, match="run this in a terminal"):
        passphrase_for(path, environ={}, ask=ask, interactive=False)


def test_a_purge_of_one_person_says_person() -> None:
    """`meetingkit purge` said "1 people deleted from the directory" (qa14c)."""
    from meetingkit.cli_privacy import _purged_line
    from meetingkit.services.privacy import PurgeResult

    line = _purged_line(PurgeResult(1, "Night shift check-in", 1, 0, []))
    assert "“Night shift check-in”: 1 person deleted from the directory, 0 kept" in line


def test_purge_due_holds_a_meeting_still_running(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`purge --due` as the app: a meeting running past midnight, its day of retention run
    out, is not purged from under the facilitator; it is once ended."""
    import datetime as dt
    import time

    from meetingkit.core.agenda import AgendaItem
    from meetingkit.core.agenda_run import RunRecord
    from meetingkit.core.clock import to_ms
    from meetingkit.core.meeting import Meeting
    from meetingkit.storage.agenda import AgendaStore
    from meetingkit.storage.meetings import MeetingStore

    conn = open_db(database_path(Path(folder)))
    try:
        yesterday = dt.date.today() - dt.timedelta(days=1)
        late = MeetingStore(conn).create(Meeting("Night shift", yesterday, dt.time(23)))
        RetentionStore(conn).set_days(late.key, 1)
        agenda = AgendaStore(conn)
        agenda.add_item(late.key, AgendaItem("Discussion", planned_minutes=30))
        started = to_ms(time.time() - 600)
        agenda.save_run(late.key, RunRecord(started_ms=started), None)
    finally:
        conn.close()
    assert meetingkit("purge", "--due", "--data-dir", folder) == 0
    assert "“Night shift” is still running" in capsys.readouterr().out
    conn = open_db(database_path(Path(folder)))
    try:
        assert RetentionStore(conn).get(late.key).purged_at is None
        AgendaStore(conn).save_run(late.key, RunRecord(started, to_ms(time.time())), None)
    finally:
        conn.close()
    assert meetingkit("purge", "--due", "--data-dir", folder) == 0
    assert "Purged “Night shift”" in capsys.readouterr().out
