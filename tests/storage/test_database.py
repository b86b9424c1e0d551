import ast
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.core.person import Person
from meetingkit.storage import (
    CorruptDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    database,
    open_db,
    schema,
)
from meetingkit.storage.database import UnwritableDatabaseError, is_encrypted
from meetingkit.storage.people import PeopleStore

FIXTURES = Path(__file__).parent / "fixtures"


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_new_database_gets_every_migration(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "new.sqlite3")
    assert schema.applied_migrations(conn) == list(schema.MIGRATION_NAMES)
    assert {"meetings", "people", "meeting_roles", "people_fts"} <= tables(conn)


def test_the_database_is_durable_and_keeps_its_references(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "db.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_migrations_applied_twice_are_harmless(tmp_path: Path) -> None:
    """Opening an up-to-date database again changes nothing and loses nothing."""
    path = tmp_path / "db.sqlite3"
    conn = open_db(path)
    conn.execute("INSERT INTO people (first_name) VALUES ('Ana')")
    schema_before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    conn = open_db(path)
    schema.apply_migrations(conn)  # and once more by hand
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    assert schema.applied_migrations(conn) == list(schema.MIGRATION_NAMES)
    assert conn.execute("SELECT first_name FROM people").fetchall()[0][0] == "Ana"


def test_upgrading_a_database_with_the_first_schema_keeps_its_rows(tmp_path: Path) -> None:
    """A database checked in with only m001 applied upgrades in place; old rows stay searchable."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_v1.sqlite3", path)
    conn = open_db(path)
    assert schema.applied_migrations(conn) == list(schema.MIGRATION_NAMES)
    assert conn.execute("SELECT title FROM meetings").fetchone()[0] == "Night shift check-in"
    found = PeopleStore(conn).search("nguyen")  # accents folded by the new search index
    assert [p.display_name for p in found.people] == ["Nguyễn Thị Lan"]
    conn.execute("INSERT INTO meeting_roles VALUES (1, 'facilitator', 1)")


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = open_db(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('meetingkit', 'm999_from_the_future', '2030-01-01')"
    )
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of meetingkit"):
        open_db(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="has not been changed"):
        open_db(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "meetingkit.sqlite3-wal").exists()


def test_a_damaged_database_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    """An SQLite header over garbage pages (a half-copied file) gets a message, not a crash."""
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()
    damaged = bytearray(path.read_bytes())
    damaged[100:] = b"\xff" * (len(damaged) - 100)
    path.write_bytes(bytes(damaged))
    with pytest.raises(CorruptDatabaseError, match="cannot be read"):
        open_db(path)
    assert path.read_bytes() == bytes(damaged)


def test_a_folder_in_place_of_the_file_gets_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "meetingkit.sqlite3").mkdir()
    with pytest.raises(DatabaseError, match="is a folder"):
        open_db(tmp_path / "meetingkit.sqlite3")
    # Asked first whether it is encrypted (the command line, the lock screen): the same.
    with pytest.raises(DatabaseError, match="is a folder"):
        is_encrypted(tmp_path / "meetingkit.sqlite3")


def test_a_file_of_zeros_is_not_taken_for_an_encrypted_one(tmp_path: Path) -> None:
    """What a crash or a power cut can leave; an encrypted file is random from its first
    byte."""
    path = tmp_path / "meetingkit.sqlite3"
    path.write_bytes(bytes(8192))
    with pytest.raises(CorruptDatabaseError, match="not a meetingkit database"):
        open_db(path)
    assert path.read_bytes() == bytes(8192)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_refused_before_anything_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """Permissions are simulated: the tests may run as root, who can write anything. The
    first save would fail mid-meeting; say so at once, and not that the file is damaged."""
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()
    before = path.read_bytes()
    locked = path if what == "file" else tmp_path
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            not mode & os.W_OK if Path(p) == locked else real_access(p, mode, **kw)
        ),
    )
    with pytest.raises(UnwritableDatabaseError, match="is read-only") as refused:
        open_db(path)
    assert "backup" not in str(refused.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("sqlite_says", "we_say"),
    [
        ("attempt to write a readonly database", "is read-only"),
        ("database or disk is full", "Free some space"),
        ("disk I/O error", "Free some space"),
    ],
)
def test_a_refused_write_while_opening_is_not_called_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_says: str, we_say: str
) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()

    def refuse(conn: sqlite3.Connection, path: Path) -> list[str]:
        raise sqlite3.OperationalError(sqlite_says)

    monkeypatch.setattr(database, "check_schema", refuse)
    with pytest.raises(UnwritableDatabaseError, match=we_say) as refused:
        open_db(path)
    assert "Restore it from a backup" not in str(refused.value)


def test_a_file_another_program_holds_locked_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database browser with the file open: wait, then say who to close, not "restore it
    from a backup"."""
    path = tmp_path / "meetingkit.sqlite3"
    open_db(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")  # the lock stays, as in a browser that keeps the file
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        database.sqlite3, "connect", lambda *a, **kw: real_connect(*a, **{**kw, "timeout": 0.1})
    )
    try:
        with pytest.raises(database.BusyDatabaseError, match="held by another program") as held:
            open_db(path)
    finally:
        holder.close()
    assert "backup" not in str(held.value).replace("backup tool", "")
    open_db(path).close()  # once the other program lets go, it opens


def test_the_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("INSERT INTO recipes (name) VALUES ('soup')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(database.ForeignDatabaseError, match="such as recipes, and") as refused:
        open_db(path)
    assert "has not been changed" in str(refused.value)
    assert path.read_bytes() == before  # not even WAL mode, which changes the header
    assert not (tmp_path / "meetingkit.sqlite3-wal").exists()


def test_an_empty_sqlite_file_is_made_a_meetingkit_database(tmp_path: Path) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    empty = sqlite3.connect(path, isolation_level=None)
    empty.execute("CREATE TABLE scratch (x)")
    empty.execute("DROP TABLE scratch")
    empty.close()
    assert path.stat().st_size > 0
    conn = open_db(path)
    assert "meetings" in tables(conn)


def test_a_refusal_mid_command_says_nothing_was_saved() -> None:
    full = database.refusal(sqlite3.OperationalError("database or disk is full"))
    assert "Nothing was saved" in full
    assert "Free some space" in full
    locked = database.refusal(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "read-only" in locked
    busy = database.refusal(sqlite3.OperationalError("database is locked"))
    assert "Another program is holding the database file" in busy
    other = database.refusal(sqlite3.IntegrityError("UNIQUE constraint failed: people.id"))
    assert other.startswith("The database refused the change (UNIQUE constraint failed")


def test_an_unreadable_file_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permissions are simulated: the tests may run as root, who can read anything."""
    path = tmp_path / "meetingkit.sqlite3"
    made = sqlite3.connect(path)  # not through open_db, which keeps a handle on the file
    made.execute("CREATE TABLE t (x)")
    made.close()
    real_open = os.open

    def refuse(file: object, *args: object, **kwargs: object) -> int:
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(DatabaseError, match=r"Permission denied\. Check its permissions"):
        open_db(path)


def _in_another_process(path: Path, sql: str, key: str | None = None) -> list[tuple]:
    """What another meetingkit process (a `meetingkit print` while the app runs) reads."""
    code = (
        "import sys; from meetingkit.storage import open_db; "
        "c = open_db(sys.argv[1], sys.argv[3] or None); "
        "print([tuple(r) for r in c.execute(sys.argv[2])]); c.close()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), sql, key or ""],
        capture_output=True,
        text=True,
        check=True,
    )
    return ast.literal_eval(done.stdout.strip())


@pytest.mark.parametrize("key", [None, "correct horse battery staple"])
def test_asking_about_the_file_while_it_is_open_keeps_its_locks_and_no_change_is_lost(
    tmp_path: Path, key: str | None
) -> None:
    """A second connection (the sign-in server's) or the lock screen asks whether the file
    is encrypted while the app's connection is open. Reading the file's first bytes with an
    ordinary open and close dropped this process's locks on it; the next meetingkit command
    that opened and closed the database then deleted the write-ahead log under the app, and
    every change after it was lost, though each had been committed."""
    if key is not None:
        pytest.importorskip("sqlcipher3", reason="encryption needs the [encryption] extra")
    path = tmp_path / "meetingkit.sqlite3"
    conn = open_db(path, key)
    people = PeopleStore(conn)
    people.add(Person("Ana"))
    server = open_db(path, key)  # the sign-in server's own connection
    assert is_encrypted(path) is (key is not None)  # the lock screen's question
    sql = "SELECT first_name FROM people ORDER BY id"
    assert _in_another_process(path, sql, key) == [("Ana",)]
    people.add(Person("Bea"))  # committed after the other process closed
    PeopleStore(server).add(Person("Cal"))
    assert path.with_name(path.name + "-wal").exists()
    assert _in_another_process(path, sql, key) == [("Ana",), ("Bea",), ("Cal",)]
    server.close()
    conn.close()
