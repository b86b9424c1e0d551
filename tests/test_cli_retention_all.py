"""`meetingkit retention --days N --all` sets a retention on every meeting kept until purged by
hand, asking first when some are older than that; and `meeting new` / `training new` start with
the settings' retention, as the app's New meeting does."""

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.core.meeting import Meeting
from meetingkit.services.data_dir import database_path
from meetingkit.services.settings_file import Preferences
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore
from tests.test_cli_privacy import meetingkit

TODAY = dt.date.today()


@pytest.fixture
def folder(data_dir: Path) -> str:
    """Three meetings: 300 days ago and 10 days ago kept until purged by hand, and one 100 days
    ago that keeps its data 730 days."""
    conn = open_db(database_path(data_dir))
    meetings = MeetingStore(conn)
    for title, ago in (("Old", 300), ("Kept", 100), ("Recent", 10)):
        day = TODAY - dt.timedelta(days=ago)
        meetings.create(Meeting(title=title, date=day, start=dt.time(18), planned_minutes=60))
    RetentionStore(conn).set_days(2, 730)
    conn.close()
    return str(data_dir)


def days(folder: str) -> list[int | None]:
    conn = open_db(database_path(Path(folder)))
    try:
        return [r.days for r in sorted(RetentionStore(conn).all(), key=lambda r: r.meeting_id)]
    finally:
        conn.close()


def test_all_sets_only_the_meetings_without_a_retention(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert meetingkit("retention", "--days", "365", "--all", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "Set 2 meetings that had no retention" in out
    assert "meetings that had one keep theirs" in out
    assert days(folder) == [365, 730, 365]
    assert meetingkit("retention", "--days", "365", "--all", "--data-dir", folder) == 0
    assert "nothing to set" in capsys.readouterr().out


def test_all_asks_first_when_some_meetings_would_be_purged_at_the_next_start(
    folder: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert meetingkit("retention", "--days", "30", "--all", "--data-dir", folder) == 1
    assert "--yes" in capsys.readouterr().err
    assert days(folder) == [None, 730, None]
    assert meetingkit("retention", "--days", "30", "--all", "--yes", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "1 of them are more than 30 days old" in out
    assert "meetingkit purge --due" in out
    assert days(folder) == [30, 730, 30]


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (("--all",), "give it with --days N"),
        (("--all", "--keep"), "--keep would change nothing"),
        (("--days", "365"), "Say which meeting with --meeting ID, or --all"),
        (("--all", "--days", "0"), "between 1 and 3650 days"),
    ],
)
def test_what_all_needs_is_said(
    folder: str, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], said: str
) -> None:
    assert meetingkit("retention", *words, "--data-dir", folder) == 1
    assert said in capsys.readouterr().err
    assert days(folder) == [None, 730, None]


def test_new_meetings_from_the_command_line_start_with_the_settings_retention(
    data_dir: Path, conn: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    Preferences.load().change(retention_days=180)
    assert cli.main(["meeting", "new", "Vigil", "--data-dir", str(data_dir)]) == 0
    made = int(capsys.readouterr().out.split()[-1])
    assert cli.main(["training", "new", "one-on-ones", "--data-dir", str(data_dir)]) == 0
    training = int(capsys.readouterr().out.split()[-1])
    assert [RetentionStore(conn).get(m).days for m in (made, training)] == [180, 180]


def test_a_purged_meeting_gets_no_retention(
    folder: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The Privacy page and --all leave a purged meeting as it is; --meeting wrote a retention
    # on it and listed it as if that had done something.
    conn = open_db(database_path(Path(folder)))
    RetentionStore(conn).mark_purged(1, "2026-11-01T09:00:00+00:00")
    conn.close()
    for how in (("--days", "30"), ("--keep",)):
        assert meetingkit("retention", "--meeting", "1", *how, "--data-dir", folder) == 1
        assert "“Old” was purged on 2026-11-01" in capsys.readouterr().err
    assert days(folder) == [None, 730, None]
