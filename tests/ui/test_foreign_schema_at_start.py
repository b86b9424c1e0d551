"""The app on a data folder whose file holds what meetingkit does not make (a data folder
someone handed over, opened with --data-dir or chosen in the settings): it does not open,
and says what was found, what to do, and the command that puts a backup in its place."""

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit import app
from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, make_backup, restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore


def test_a_data_folder_with_a_trigger_of_its_own_is_not_opened(
    qtbot: QtBot, data_dir: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(data_dir)
    conn = open_db(path)
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        backup = make_backup(
            conn, backup_folder(data_dir), None, now=dt.datetime(2026, 11, 21)
        ).path
    finally:
        conn.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.executescript(
        "CREATE TABLE kept (who TEXT); CREATE TRIGGER keep_attendance BEFORE DELETE ON"
        " attendance BEGIN INSERT INTO kept VALUES (old.person_id); END;"
    )
    other.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(app, "build_main_window", lambda *a, **k: pytest.fail("it opened"))
    assert app.run_gui(data_dir) == 1
    (said,) = told
    assert said.startswith(
        f"{path} holds what meetingkit does not make: trigger “keep_attendance”, table “kept”."
    ), said
    assert "It has not been changed." in said
    assert said.endswith(restore_command(data_dir, backup))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
