"""The command line on a full disk, a read-only folder and a damaged data file (cli.main,
in-process). The product promises that bad input gets a clear message and loses nothing.

- Commands that only read (list, print, export, backup elsewhere) still run when the data
  cannot be written, on the file opened read-only, and say so.
- A damaged file is refused with the newest backup and the exact command that restores it;
  and that command works: the damaged file is set aside, kept, and the backup takes its place.

Permissions are simulated, as the tests may run as root (see tests/storage/
test_reading_what_cannot_be_written.py).
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.core.person import Person
from meetingkit.services.backup import backup_folder, make_backup, restore_command
from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import write_demo
from meetingkit.storage import database, open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

NOW = dt.datetime(2026, 11, 21, 19, 5)


@pytest.fixture
def demo(data_dir: Path) -> int:
    """The demo in `data_dir`; returns tonight's meeting."""
    conn = open_db(database_path(data_dir))
    try:
        return write_demo(conn, dt.datetime.now()).meeting_id
    finally:
        conn.close()


def read_only(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """A read-only folder with no index (-shm) beside the file, as a write-protected stick."""
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            not mode & os.W_OK if Path(p) == data_dir else real_access(p, mode, **kw)
        ),
    )
    (data_dir / "meetingkit.sqlite3-shm").symlink_to(data_dir / "nowhere" / "shm")


def run(*words: str) -> int:
    return main(list(words))


def test_a_read_only_folder_can_still_be_listed_printed_exported_and_backed_up(
    data_dir: Path,
    demo: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    read_only(monkeypatch, data_dir)
    before = (data_dir / "meetingkit.sqlite3").read_bytes()
    d, out = str(data_dir), tmp_path / "usb"
    out.mkdir()
    assert run("--data-dir", d, "meeting", "list") == 0
    listed = capsys.readouterr()
    assert "Safe Staffing Working Group" in listed.out
    assert "is read-only" in listed.err
    assert "opened read-only" in listed.err
    assert (
        run("--data-dir", d, "print", "agenda", "--meeting", str(demo), "-o", str(out / "a.pdf"))
        == 0
    )
    assert (
        run("--data-dir", d, "print", "report", "--meeting", str(demo), "-o", str(out / "r.pdf"))
        == 0
    )
    assert (
        run("--data-dir", d, "print", "badges", "--meeting", str(demo), "-o", str(out / "b.pdf"))
        == 0
    )
    assert run("--data-dir", d, "print", "call-list", "-o", str(out / "c.pdf")) == 0
    assert run("--data-dir", d, "follow-ups") == 0
    assert run("--data-dir", d, "export", "follow-ups", "-o", str(out / "f.ics")) == 0
    csv = str(out / "att.csv")
    assert (
        run(
            "--data-dir",
            d,
            "export",
            "attendance",
            "--meeting",
            str(demo),
            "--format",
            "csv",
            "-o",
            csv,
        )
        == 0
    )
    assert run("--data-dir", d, "backup", "-o", str(out)) == 0
    said = capsys.readouterr()
    assert "opened read-only" in said.err
    assert "NOT encrypted" in said.out
    (made,) = out.glob("meetingkit-backup-*.sqlite")
    copy = open_db(made)
    try:
        assert any(m.key == demo for m in MeetingStore(copy).all())
    finally:
        copy.close()
    assert (data_dir / "meetingkit.sqlite3").read_bytes() == before
    # What changes the data is refused as before, saying why.
    assert run("--data-dir", d, "meeting", "new", "Not saved") == 1
    assert "is read-only" in capsys.readouterr().err
    # Personal cards save an ID each: refused, not printed with IDs nobody can scan back.
    assert (
        run("--data-dir", d, "print", "cards", "--meeting", str(demo), "-o", str(out / "k.pdf"))
        == 1
    )


def test_on_a_full_disk_the_agenda_is_printed_elsewhere(
    data_dir: Path,
    demo: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = database.check_schema
    calls: list[Path] = []

    def full_at_first(conn: sqlite3.Connection, path: Path) -> list[str]:
        calls.append(path)
        if len(calls) == 1:  # the usual open: the -shm could not grow
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, path)

    monkeypatch.setattr(database, "check_schema", full_at_first)
    pdf = tmp_path / "agenda.pdf"
    assert (
        run("--data-dir", str(data_dir), "print", "agenda", "--meeting", str(demo), "-o", str(pdf))
        == 0
    )
    said = capsys.readouterr().err
    # One line: why, and that it went on (not "try again", then that it went on anyway)
    [line] = said.splitlines()
    assert line.startswith(f"meetingkit: The disk that holds {data_dir / 'meetingkit.sqlite3'}")
    assert " is full (" in line
    assert "went on with the file opened read-only" in line
    assert "try again" not in line
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.fixture
def with_a_backup(data_dir: Path) -> Path:
    """A data folder holding Ana, with a safety backup of it in its backups folder."""
    conn = open_db(database_path(data_dir))
    try:
        PeopleStore(conn).add(Person("Ana", "Garcia"))
        return make_backup(conn, backup_folder(data_dir), None, now=NOW).path
    finally:
        conn.close()


@pytest.mark.parametrize("damage", ["noise", "truncated"])
def test_a_damaged_file_is_refused_naming_the_newest_backup_and_the_command_that_restores_it(
    data_dir: Path, with_a_backup: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    path = data_dir / "meetingkit.sqlite3"
    if damage == "noise":
        path.write_bytes(os.urandom(100_001))
    else:
        whole = path.read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    assert run("--data-dir", str(data_dir), "meeting", "list") == 1
    said = capsys.readouterr().err
    assert "It has not been changed" in said
    assert str(with_a_backup) in said
    command = restore_command(data_dir, with_a_backup)
    assert command in said
    # …and that command does it.
    words = command.split()[1:]
    assert run(*words, "--yes") == 0
    out = capsys.readouterr().out
    assert "in place of the damaged data" in out
    (kept,) = data_dir.glob("meetingkit.sqlite3.damaged-*")
    assert str(kept) in out
    conn = open_db(path)
    try:
        assert [p.display_name for p in PeopleStore(conn).search("").people] == ["Ana Garcia"]
    finally:
        conn.close()


def test_a_damaged_file_is_not_replaced_while_meetingkit_has_the_folder_open(
    data_dir: Path, with_a_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from meetingkit.app import take_hold

    path = data_dir / "meetingkit.sqlite3"
    path.write_bytes(os.urandom(100_001))
    garbage = path.read_bytes()
    window = take_hold(data_dir)
    assert window is not None
    try:
        assert run("--data-dir", str(data_dir), "restore", str(with_a_backup), "--yes") == 1
    finally:
        window.unlock()
    assert "Close it first" in capsys.readouterr().err
    assert path.read_bytes() == garbage
    assert not list(data_dir.glob("*.damaged-*"))


def test_data_with_damaged_pages_is_set_aside_when_it_cannot_be_backed_up_first(
    data_dir: Path, with_a_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It opens (its first pages are whole), but the safety backup of a restore cannot be
    made of it: the restore used to stop there, leaving no way back."""
    from tests.services.test_backup_of_damaged_data import damage_people

    path = data_dir / "meetingkit.sqlite3"
    conn = open_db(path)
    people = PeopleStore(conn)
    for n in range(300):
        people.add(Person(f"Person{n}", "Lastname"))
    conn.close()
    damage_people(path)
    damaged = path.read_bytes()
    assert run("--data-dir", str(data_dir), "restore", str(with_a_backup), "--yes") == 0
    out = capsys.readouterr().out
    assert "cannot be backed up first" in out
    (kept,) = (
        k for k in data_dir.glob("meetingkit.sqlite3.damaged-*") if not k.name.endswith("-wal")
    )
    assert kept.read_bytes() == damaged
    conn = open_db(path)
    try:
        assert [p.display_name for p in PeopleStore(conn).search("").people] == ["Ana Garcia"]
    finally:
        conn.close()
