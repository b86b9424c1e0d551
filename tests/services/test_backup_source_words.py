"""What cannot be a backup is said for what it is: a folder was "no file", and an empty
file "an SQLite file but not a meetingkit database" (a file of no bytes is neither)."""

import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.errors import MeetingkitError
from meetingkit.services.backup import check_backup
from tests.test_cli_privacy import meetingkit


def test_a_folder_is_said_to_be_a_folder(conn: sqlite3.Connection, data_dir: Path) -> None:
    with pytest.raises(MeetingkitError) as refused:
        check_backup(data_dir, None, conn, data_dir=data_dir)
    assert str(refused.value) == (
        f"{data_dir} is a folder, not a backup. Choose the backup file itself: meetingkit's "
        "are named meetingkit-backup-DATE-TIME.sqlite."
    )


def test_an_empty_file_is_said_to_be_empty(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(MeetingkitError) as refused:
        check_backup(empty, None, conn, data_dir=data_dir)
    assert str(refused.value) == (
        f"{empty} is empty (0 bytes): it is not a backup, and holds nothing to restore. "
        "Choose another file. Nothing was restored: your data is as it was."
    )
    assert empty.read_bytes() == b""


def test_the_restore_command_says_it_first_and_changes_nothing(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    before = (data_dir / "meetingkit.sqlite3").read_bytes()
    assert meetingkit("restore", str(empty), "--yes", "--data-dir", str(data_dir)) == 1
    assert meetingkit("restore", str(tmp_path), "--yes", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"meetingkit: {empty} is empty (0 bytes)")
    assert err[1].startswith(f"meetingkit: {tmp_path} is a folder, not a backup.")
    assert (data_dir / "meetingkit.sqlite3").read_bytes() == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())
