"""A backup someone hands the organizer cannot bring in triggers, views or tables meetingkit
does not make: restored, a trigger runs at every change from then on, and one that keeps who
came to a meeting before a purge deletes it would undo the purge in secret."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.backup import check_backup, make_backup, restore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.copies import BackupLog
from meetingkit.storage.database import CorruptDatabaseError
from meetingkit.storage.foreign_schema import expected_objects, foreign_objects
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

KEEPS_WHO_CAME = """
CREATE TABLE people_fts_aux (who TEXT);
CREATE TRIGGER people_fts_aux_keep BEFORE DELETE ON attendance BEGIN
  INSERT INTO people_fts_aux SELECT first_name || ' ' || phone FROM people
  WHERE id = old.person_id;
END;
"""


def _backup_with(conn: sqlite3.Connection, tmp_path: Path, script: str) -> Path:
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    meeting = MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 11, 21), dt.time(18)))
    AttendanceStore(conn).mark_present(meeting.key, rosa.key, 1_795_000_000_000, "kiosk")
    made = make_backup(conn, tmp_path / "handed-to-me.sqlite", None)
    edited = sqlite3.connect(made.path)
    edited.executescript(script)
    edited.commit()
    edited.close()
    return made.path


def test_a_backup_with_a_trigger_of_its_own_is_refused_and_nothing_changes(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    handed = _backup_with(conn, tmp_path, KEEPS_WHO_CAME)
    conn.execute("DELETE FROM attendance")
    logged = BackupLog(conn).all()
    for attempt in (
        lambda: check_backup(handed, None, data_dir=data_dir),
        lambda: restore(conn, handed, live_key=None, source_key=None, data_dir=data_dir),
    ):
        with pytest.raises(CorruptDatabaseError) as refused:
            attempt()
        message = str(refused.value)
        assert message.startswith(f"{handed} cannot be restored: it holds 2 "), message
        assert "“people_fts_aux”" in message
        assert message.endswith("Nothing was restored: your data is as it was."), message
    assert foreign_objects(conn) == []
    assert BackupLog(conn).all() == logged  # not even a safety backup was taken


@pytest.mark.parametrize(
    "script",
    [
        "CREATE VIEW who_came AS SELECT first_name FROM people",
        "CREATE INDEX people_by_phone_too ON people (phone)",
        "CREATE TABLE kept (who TEXT)",
        # written into the schema by hand: SQLite forbids the name in CREATE, yet runs it
        "PRAGMA writable_schema = ON; INSERT INTO sqlite_master VALUES ('trigger',"
        " 'sqlite_keep', 'attendance', 0, 'CREATE TRIGGER sqlite_keep BEFORE DELETE ON"
        " attendance BEGIN SELECT 1; END'); PRAGMA writable_schema = OFF;",
    ],
)
def test_a_backup_with_any_object_of_its_own_is_refused(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, script: str
) -> None:
    handed = _backup_with(conn, tmp_path, script)
    with pytest.raises(CorruptDatabaseError, match="holds 1 "):
        restore(conn, handed, live_key=None, source_key=None, data_dir=data_dir)


def test_a_search_trigger_that_does_more_is_made_again_as_meetingkit_makes_it(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    (people_ad,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_ad'"
    ).fetchone()
    more = people_ad.replace(
        "END", "UPDATE meetings SET title = title || ' ' || old.first_name;\nEND"
    )
    assert more != people_ad
    handed = _backup_with(conn, tmp_path, f"DROP TRIGGER people_ad; {more};")
    restore(conn, handed, live_key=None, source_key=None, data_dir=data_dir)
    (restored,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_ad'"
    ).fetchone()
    assert restored == expected_objects()[("trigger", "people_ad")]
    conn.execute("DELETE FROM people")  # the meeting's title is left alone
    assert [r[0] for r in conn.execute("SELECT title FROM meetings")] == ["Vigil"]


def test_a_backup_meetingkit_made_or_an_old_one_has_nothing_foreign(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path
) -> None:
    assert foreign_objects(conn) == []
    made = make_backup(conn, tmp_path / "mine.sqlite", None)
    restore(conn, made.path, live_key=None, source_key=None, data_dir=data_dir)
    old = Path(__file__).parents[1] / "storage" / "fixtures" / "schema_v1.sqlite3"
    restore(conn, old, live_key=None, source_key=None, data_dir=data_dir)
    assert foreign_objects(conn) == []
