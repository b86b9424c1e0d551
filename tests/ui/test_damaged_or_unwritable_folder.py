"""The app on a folder it cannot write (a full disk, a read-only drive) and on damaged data.

- A hold (meetingkit.lock) that cannot be written is no other window: the app says what is
  wrong with the folder, not "meetingkit is already open … Use that window".
- A damaged data file is refused naming the newest backup and the command that restores it.
- A damaged page met later is said as damage, with that backup, not "Something went wrong".
- What a killed restore or backup left in the data folder is swept as the app starts.
"""

import datetime as dt
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meetingkit import app
from meetingkit.core.person import Person
from meetingkit.services import leftovers
from meetingkit.services.backup import backup_folder, make_backup, restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.storage import database, open_db
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import damaged_data
from meetingkit.ui.feedback import Alert, user_errors
from meetingkit.ui.unexpected_error import UnexpectedErrors

NOW = dt.datetime(2026, 11, 21, 19, 5)
MALFORMED = "database disk image is malformed"


def unwritable_hold(monkeypatch: pytest.MonkeyPatch, error: QLockFile.LockError) -> None:
    """meetingkit.lock cannot be made: Qt says why with `error`, as on a full disk
    (UnknownError) or a read-only mount (PermissionError)."""

    class Unwritable(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return error

    monkeypatch.setattr(QtCore, "QLockFile", Unwritable)


@pytest.mark.parametrize(
    "error", [QLockFile.LockError.PermissionError, QLockFile.LockError.UnknownError]
)
def test_a_hold_that_cannot_be_written_is_not_called_another_window(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    error: QLockFile.LockError,
) -> None:
    unwritable_hold(monkeypatch, error)
    lock = app._hold(data_dir)
    assert lock is not None
    assert not lock.isLocked()
    assert told == []


@pytest.mark.parametrize(
    ("error", "sqlite_says", "we_say"),
    [
        (QLockFile.LockError.PermissionError, "", "is read-only"),
        (QLockFile.LockError.UnknownError, "database or disk is full", "Free some space"),
    ],
)
def test_a_read_only_folder_or_a_full_disk_is_said_as_such_at_start(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
    capsys: pytest.CaptureFixture[str],
    error: QLockFile.LockError,
    sqlite_says: str,
    we_say: str,
) -> None:
    open_db(database_path(data_dir)).close()
    unwritable_hold(monkeypatch, error)
    if sqlite_says:

        def refuse(conn: sqlite3.Connection, path: Path) -> list[str]:
            raise sqlite3.OperationalError(sqlite_says)

        monkeypatch.setattr(database, "check_schema", refuse)
    else:
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode, **kw: (
                not mode & os.W_OK if Path(p) == data_dir else real_access(p, mode, **kw)
            ),
        )
    assert app.run_gui(data_dir) == 1
    assert len(told) == 1
    assert we_say in told[0]
    assert "already open" not in told[0]
    assert "already open" not in capsys.readouterr().err


def test_another_window_on_the_folder_is_still_said(
    qtbot: QtBot, data_dir: Path, told: list[str]
) -> None:
    first = app.take_hold(data_dir)
    assert first is not None
    try:
        assert app.run_gui(data_dir) == 1
    finally:
        first.unlock()
    assert "already open" in told[0]


@pytest.fixture
def newest_backup(data_dir: Path) -> Path:
    conn = open_db(database_path(data_dir))
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        return make_backup(conn, backup_folder(data_dir), None, now=NOW).path
    finally:
        conn.close()


def test_a_damaged_file_is_refused_naming_the_backup_to_restore_and_how(
    qtbot: QtBot, data_dir: Path, newest_backup: Path, told: list[str]
) -> None:
    path = database_path(data_dir)
    path.write_bytes(os.urandom(100_001))
    assert app.run_gui(data_dir) == 1
    (said,) = told
    assert "It has not been changed" in said
    assert str(newest_backup) in said
    assert said.endswith(restore_command(data_dir, newest_backup))


def test_the_app_sweeps_what_a_killed_restore_left_as_it_starts(
    qtbot: QtBot, data_dir: Path, told: list[str]
) -> None:
    """A copy of everyone's data, left by a restore killed half-way: swept at the next start
    (here a start refused for another reason: the sweep comes first)."""
    stage = data_dir / "backups" / ".restore-k1ll3d"
    stage.mkdir(parents=True)
    (stage / "backup.sqlite").write_bytes(b"SQLite format 3\x00" + bytes(600))
    old = time.time() - leftovers.ABANDONED_AFTER_S - 60
    for path in (stage / "backup.sqlite", stage):
        os.utime(path, (old, old))
    database_path(data_dir).write_bytes(b"not a database\n" * 100)
    assert app.run_gui(data_dir) == 1
    assert not stage.exists()


def raised(error: BaseException) -> tuple[Any, ...]:
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_a_damaged_page_met_later_is_said_as_damage_once_with_the_backup(
    qtbot: QtBot, data_dir: Path, newest_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def show(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    monkeypatch.setattr(damaged_data, "_watched", [])
    damaged_data.watch(data_dir)
    hook = UnexpectedErrors(lambda *_: None)
    hook(*raised(sqlite3.DatabaseError(MALFORMED)))
    (box,) = shown
    assert box.windowTitle() == "Your data file is damaged"
    assert "Something went wrong" not in box.text()
    assert "Trying again will not help" in box.text()
    assert restore_command(data_dir, newest_backup) in box.text()
    assert MALFORMED in box.detailedText()
    hook(*raised(sqlite3.DatabaseError(MALFORMED)))  # from another screen: told once
    assert len(shown) == 1


def test_a_save_that_meets_a_damaged_page_says_so_with_the_backup(
    qtbot: QtBot, data_dir: Path, newest_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alerts: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda cls, p, t, m: alerts.append((t, m))))
    monkeypatch.setattr(damaged_data, "_watched", [])
    damaged_data.watch(data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    with user_errors(parent, "save the minutes"):
        raise sqlite3.DatabaseError(MALFORMED)
    ((title, message),) = alerts
    assert title == "Could not save the minutes"
    assert message.startswith("Your data file is damaged")
    assert str(newest_backup) in message
