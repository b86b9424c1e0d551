"""A full disk is called full. SQLite says "disk I/O error" when it cannot grow the index of
its write-ahead log (-shm) on a full disk; that was shown as it is, and the person was left
to guess (the QA's 3 MB drive, filled: the CLI and the app's start-up box both said it)."""

import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

from meetingkit.storage import database
from meetingkit.storage.database import UnwritableDatabaseError, open_db, refusal

Usage = namedtuple("Usage", "total used free")


def free_space(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(3_000_000, 3_000_000 - free, free))


def refused_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, says: str) -> str:
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()

    def refuse(conn: sqlite3.Connection, path: Path) -> list[str]:
        raise sqlite3.OperationalError(says)

    monkeypatch.setattr(database, "check_schema", refuse)
    with pytest.raises(UnwritableDatabaseError) as refused:
        open_db(path)
    return str(refused.value)


def test_a_disk_io_error_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    free_space(monkeypatch, 0)
    said = refused_opening(tmp_path, monkeypatch, "disk I/O error")
    assert said == (
        f"The disk that holds {tmp_path / 'meetingkit.sqlite3'} is full (0 KB free). Free some "
        "space on it and try again. The file itself is fine, and nothing was changed."
    )


def test_sqlites_own_full_says_how_much_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    free_space(monkeypatch, 2_500_000)
    said = refused_opening(tmp_path, monkeypatch, "database or disk is full")
    assert said.startswith(
        f"The disk that holds {tmp_path / 'meetingkit.sqlite3'} is full (2.5 MB free)."
    )


def test_a_disk_io_error_with_room_on_the_disk_is_not_called_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing or unplugged drive: saying "full" would send the person the wrong way."""
    free_space(monkeypatch, 50_000_000_000)
    said = refused_opening(tmp_path, monkeypatch, "disk I/O error")
    assert said.startswith("Could not write to the disk that holds ")
    assert "(disk I/O error)" in said
    assert "is full" not in said


def test_a_change_refused_mid_meeting_by_a_full_disk_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_db(tmp_path / "meetingkit.sqlite3").close()  # the data this app has open
    free_space(monkeypatch, 4_096)
    assert refusal(sqlite3.OperationalError("disk I/O error")) == (
        "Could not write to the disk: it is full (disk I/O error). Nothing was saved. Free "
        "some space on it and try again; the database itself is fine."
    )
    free_space(monkeypatch, 50_000_000_000)
    assert refusal(sqlite3.OperationalError("disk I/O error")).startswith(
        "Could not write to the disk (disk I/O error)."
    )


def test_what_goes_on_reading_says_why_in_a_few_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    free_space(monkeypatch, 0)
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()
    real = database.check_schema

    def full_at_first(conn: sqlite3.Connection, p: Path, calls: list[int] = []) -> list[str]:  # noqa: B006
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return real(conn, p)

    monkeypatch.setattr(database, "check_schema", full_at_first)
    conn, refused = database.open_to_read(path)
    conn.close()
    assert refused is not None
    assert refused.why == f"The disk that holds {path} is full (0 KB free)"
