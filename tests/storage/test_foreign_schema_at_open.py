"""A data folder someone hands the organizer is opened as it is (`--data-dir`, the settings'
data folder), schema included: a trigger in it would run at every change from then on. One
that keeps who came to a meeting before a purge deletes it would undo the purge in secret, so
a data file holding what meetingkit does not make is refused as it opens, before anything is
written to it; meetingkit's own triggers, worded otherwise, are made again as it makes them."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import write_demo
from meetingkit.storage import schema
from meetingkit.storage.database import AlteredDatabaseError, open_db, open_to_read
from meetingkit.storage.foreign_schema import expected_objects, foreign_objects

KEEPS_WHO_CAME = """
CREATE TABLE kept (who TEXT);
CREATE TRIGGER keep_attendance BEFORE DELETE ON attendance BEGIN
  INSERT INTO kept SELECT first_name || ' ' || phone FROM people WHERE id = old.person_id;
END;
"""

# Written into the schema by hand: SQLite forbids the name in CREATE, yet runs the trigger.
NAMED_AS_SQLITE_S_OWN = """
CREATE TABLE kept (who TEXT);
PRAGMA writable_schema = ON;
INSERT INTO sqlite_master VALUES ('trigger', 'sqlite_keep', 'attendance', 0,
  'CREATE TRIGGER sqlite_keep BEFORE DELETE ON attendance BEGIN
   INSERT INTO kept VALUES (old.person_id); END');
PRAGMA writable_schema = OFF;
"""


@pytest.fixture
def demo(data_dir: Path) -> Path:
    """The demo's data file, closed."""
    path = database_path(data_dir)
    conn = open_db(path)
    try:
        write_demo(conn, dt.datetime(2026, 11, 21, 19, 5))
    finally:
        conn.close()
    return path


def changed_by_hand(path: Path, script: str) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.executescript(script)
    finally:
        other.close()


def folder_as_it_is(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


OPENINGS: dict[str, Callable[[Path], object]] = {
    "to write": lambda path: open_db(path).close(),
    "to read": lambda path: open_to_read(path)[0].close(),
}


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize(
    ("script", "named"),
    [
        (KEEPS_WHO_CAME, "trigger “keep_attendance”, table “kept”"),
        ("CREATE VIEW who_came AS SELECT first_name FROM people", "view “who_came”"),
        ("CREATE TABLE kept (who TEXT)", "table “kept”"),
        ("CREATE INDEX people_by_phone_too ON people (phone)", "index “people_by_phone_too”"),
        (NAMED_AS_SQLITE_S_OWN, "table “kept”, trigger “sqlite_keep”"),
    ],
)
def test_a_data_file_with_what_meetingkit_does_not_make_is_refused_untouched(
    demo: Path, script: str, named: str, opening: str
) -> None:
    changed_by_hand(demo, script)
    before = folder_as_it_is(demo.parent)
    with pytest.raises(AlteredDatabaseError) as refused:
        OPENINGS[opening](demo)
    message = str(refused.value)
    assert message.startswith(f"{demo} holds what meetingkit does not make: {named}. "), message
    assert "meetingkit will not open it. It has not been changed. Restore a backup" in message
    assert folder_as_it_is(demo.parent) == before  # not even WAL mode's header


def test_a_trigger_named_as_sqlite_s_own_runs(demo: Path) -> None:
    """Why a trigger named sqlite_… is not let by as SQLite's own (sqlite_sequence is)."""
    changed_by_hand(demo, NAMED_AS_SQLITE_S_OWN)
    conn = sqlite3.connect(demo, isolation_level=None)
    try:
        conn.execute("DELETE FROM attendance")
        assert conn.execute("SELECT count(*) FROM kept").fetchone()[0] > 0
    finally:
        conn.close()


def test_a_search_trigger_that_does_more_is_made_again_as_it_opens(demo: Path) -> None:
    conn = sqlite3.connect(demo, isolation_level=None)
    (people_ad,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_ad'"
    ).fetchone()
    conn.close()
    more = people_ad.replace("END", "UPDATE meetings SET title = 'seen';\nEND")
    changed_by_hand(demo, f"DROP TRIGGER people_ad; {more};")
    conn = open_db(demo)
    try:
        (opened,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_ad'"
        ).fetchone()
        assert opened == expected_objects()[("trigger", "people_ad")]
        titles = conn.execute("SELECT title FROM meetings ORDER BY id").fetchall()
        conn.execute("DELETE FROM people WHERE id = (SELECT min(id) FROM people)")
        assert conn.execute("SELECT title FROM meetings ORDER BY id").fetchall() == titles
    finally:
        conn.close()


def test_a_missing_search_trigger_is_made_again(demo: Path) -> None:
    changed_by_hand(demo, "DROP TRIGGER people_ai")
    conn = open_db(demo)
    try:
        assert foreign_objects(conn) == []
        assert (
            conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people_ai'").fetchone()[0]
            == expected_objects()[("trigger", "people_ai")]
        )
    finally:
        conn.close()


def test_the_demo_and_a_new_data_folder_open_again(demo: Path, tmp_path: Path) -> None:
    open_db(demo).close()
    new = tmp_path / "new" / "meetingkit.sqlite3"
    new.parent.mkdir()
    open_db(new).close()
    conn = open_db(new)
    try:
        assert foreign_objects(conn) == []
    finally:
        conn.close()


def old_database(path: Path, stop_before: str, script: str = "") -> None:
    """A data file as the version before `stop_before` left it, with `script` run on it."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA foreign_keys = ON")
        schema.apply_migrations(raw, stop_before=stop_before)
        raw.executescript(
            "INSERT INTO people (first_name, last_name, phone) VALUES ('Rosa', 'Delgado', '555');"
            + script
        )
    finally:
        raw.close()


@pytest.mark.parametrize(
    "stop_before",
    [
        "m002_meeting_roles",
        "m004_agendas",  # the search index as m003 made it
        "m019_duplicates_from_imports",  # a table dropped and renamed
        "m025_search_spellings",  # the search index dropped and made again
        "m026_names_without_their_punctuation",  # a search trigger dropped and made again
        "m028_meeting_ids_never_reused",  # meetings rebuilt
        "m032_signin_groups",
    ],
)
def test_an_older_data_file_is_brought_up_to_date_and_opens(
    tmp_path: Path, stop_before: str
) -> None:
    path = tmp_path / "meetingkit.sqlite3"
    old_database(path, stop_before)
    conn = open_db(path)
    try:
        assert schema.applied_migrations(conn) == list(schema.MIGRATION_NAMES)
        assert foreign_objects(conn) == []
        found = {
            (kind, name)
            for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
            if not name.startswith("sqlite_")
        }
        assert found == set(expected_objects())
    finally:
        conn.close()
    open_db(path).close()


def test_an_older_data_file_with_a_trigger_of_its_own_is_refused_before_it_is_migrated(
    tmp_path: Path,
) -> None:
    """Migrating would write to it, and run its trigger on what the migrations change."""
    path = tmp_path / "meetingkit.sqlite3"
    old_database(
        path,
        "m025_search_spellings",
        "CREATE TABLE kept (who TEXT); CREATE TRIGGER keep_people BEFORE UPDATE ON people"
        " BEGIN INSERT INTO kept VALUES (old.first_name); END;",
    )
    before = folder_as_it_is(tmp_path)
    with pytest.raises(AlteredDatabaseError, match="trigger “keep_people”, table “kept”"):
        open_db(path)
    assert folder_as_it_is(tmp_path) == before


def test_an_encrypted_data_file_opens_and_one_changed_by_hand_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from meetingkit.storage import cipher

    path = tmp_path / "meetingkit.sqlite3"
    open_db(path, "correct horse").close()
    conn = open_db(path, "correct horse")
    conn.close()
    changed = cipher.connect(path, "correct horse")
    try:
        changed.executescript(KEEPS_WHO_CAME)
    finally:
        changed.close()
    with pytest.raises(AlteredDatabaseError, match="trigger “keep_attendance”"):
        open_db(path, "correct horse")


def test_a_name_is_shown_short_and_as_plain_text(demo: Path) -> None:
    """The name is the other program's text, and a message box could take it for markup."""
    long_name = "<b>keep</b>_" + "x" * 60
    changed_by_hand(demo, f'CREATE TABLE "{long_name}" (who TEXT)')
    with pytest.raises(AlteredDatabaseError) as refused:
        open_db(demo)
    message = str(refused.value)
    assert "<" not in message
    assert f"table “?b?keep?/b?_{'x' * 27}…”." in message


def test_a_file_without_meetingkit_s_tables_but_with_a_view_is_refused(tmp_path: Path) -> None:
    """It has no table, so it is no other program's database; made a meetingkit database,
    it would be refused at its next opening instead, with everything entered since."""
    path = tmp_path / "meetingkit.sqlite3"
    changed_by_hand(path, "CREATE VIEW now AS SELECT datetime('now')")
    before = folder_as_it_is(tmp_path)
    with pytest.raises(AlteredDatabaseError, match="view “now”"):
        open_db(path)
    assert folder_as_it_is(tmp_path) == before
