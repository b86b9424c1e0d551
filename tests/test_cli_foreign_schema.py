"""Every command opens the data folder it is given as it is: one whose data file holds what
meetingkit does not make (a trigger that keeps who came to a meeting when a purge deletes
it) is refused, saying what was found and what to do, and left as it was; a backup made
before is put in its place by the command the refusal gives (cli.main, in-process)."""

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, make_backup, restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 5)
KEEPS_WHO_CAME = """
CREATE TABLE kept (who TEXT);
CREATE TRIGGER keep_attendance BEFORE DELETE ON attendance BEGIN
  INSERT INTO kept SELECT first_name FROM people WHERE id = old.person_id;
END;
"""


@pytest.fixture
def handed_over(data_dir: Path) -> Path:
    """A data folder holding Ana and a backup of it, whose data file was then given a
    trigger of its own; returns the backup."""
    conn = open_db(database_path(data_dir))
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        backup = make_backup(conn, backup_folder(data_dir), None, now=NOW).path
    finally:
        conn.close()
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    other.executescript(KEEPS_WHO_CAME)
    other.close()
    return backup


def folder_as_it_is(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()
    }


@pytest.mark.parametrize(
    "command",
    [
        ("meeting", "list"),
        ("follow-ups",),
        ("retention",),
        ("person", "history", "--person", "Ana Garcia"),
    ],
)
def test_a_command_refuses_a_data_folder_with_a_trigger_of_its_own(
    data_dir: Path,
    handed_over: Path,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
) -> None:
    before = folder_as_it_is(data_dir)
    assert main(["--data-dir", str(data_dir), *command]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith(
        f"meetingkit: {database_path(data_dir)} holds what meetingkit does not make: "
        "trigger “keep_attendance”, table “kept”. "
    ), said.err
    assert "meetingkit will not open it. It has not been changed." in said.err
    assert "Restore a backup you made, or ask whoever gave you this data folder" in said.err
    assert restore_command(data_dir, handed_over) in said.err
    assert folder_as_it_is(data_dir) == before


def test_the_restore_the_refusal_gives_puts_the_backup_in_its_place(
    data_dir: Path, handed_over: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = restore_command(data_dir, handed_over).split()[1:]
    assert main([*words, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "holds what meetingkit does not make" in out
    assert "is damaged (" not in out  # not said to be what it is not
    (kept,) = data_dir.glob("meetingkit.sqlite3.damaged-*")
    assert str(kept) in out
    assert main(["--data-dir", str(data_dir), "meeting", "list"]) == 0
    conn = open_db(database_path(data_dir))
    try:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'kept'").fetchone() is None
        assert [p.display_name for p in PeopleStore(conn).search("").people] == ["Ana Garcia"]
    finally:
        conn.close()
