"""Deleting a meeting takes with it the people it brought into the directory who have nothing
else on record, as a purge does (storage.erasure.delete_meeting): a deletion takes more than
a purge, never less. And a deleted meeting's id is never given to another one (m028)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from meetingkit.core.errors import NotFoundError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage import schema
from meetingkit.storage.erasure import leaving_if_deleted
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.services.privacy_scene import TRACES, Scene, build, database_bytes


@pytest.fixture
def scene(conn: sqlite3.Connection) -> Scene:
    return build(conn)


def _traces_left(path: Path) -> dict[str, list[str]]:
    return {
        name: [t for t in TRACES if t.encode() in data]
        for name, data in database_bytes(path).items()
        if any(t.encode() in data for t in TRACES)
    }


def test_the_people_a_meeting_brought_in_go_with_it(
    conn: sqlite3.Connection, data_dir: Path, scene: Scene
) -> None:
    """Zebulon signed in as new and the walk-ins were typed in at the meeting, at nothing
    else: they go, and not a byte of Zebulon is left in the files (the regular's note about
    him included). The regular, at another meeting too, stays; so does someone added by hand
    who came only to it."""
    people = PeopleStore(conn)
    by_hand = people.add(Person("Odalys", "Brennecke")).key  # on their own
    FloorSession(MeetingStore(conn).get(scene.meeting_id), conn, scene.clock).mark_present(by_hand)
    going = leaving_if_deleted(conn, scene.meeting_id)
    assert going.deleted == sorted([scene.zebulon, *scene.walk_ins])
    assert going.on_their_own == [by_hand]
    assert going.linked == [scene.regular]
    assert MeetingStore(conn).get(scene.meeting_id)  # the preview deleted nothing

    assert MeetingStore(conn).delete(scene.meeting_id).people_left == 4

    left = {r[0] for r in conn.execute("SELECT id FROM people")}
    assert left == {scene.regular, by_hand}
    assert people.get(scene.regular).notes == "Carpools with [removed]."
    assert _traces_left(database_path(data_dir)) == {}


def test_deleting_a_meeting_that_is_not_there_changes_nothing(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    with pytest.raises(NotFoundError):
        MeetingStore(conn).delete(999)
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 5


def _meeting(title: str) -> Meeting:
    return Meeting(title=title, date=dt.date(2026, 11, 3), start=dt.time(18), planned_minutes=60)


def test_a_deleted_meetings_id_is_never_given_to_another(conn: sqlite3.Connection) -> None:
    meetings = MeetingStore(conn)
    first = meetings.create(_meeting("First")).key
    last = meetings.create(_meeting("Night shift check-in")).key
    meetings.delete(last)
    assert meetings.create(_meeting("Break room chat")).key == last + 1
    assert first < last


M028 = "m028_meeting_ids_never_reused"


def _after(name: str) -> str | None:
    """The migration after `name` (to apply that one alone), None if it is the last."""
    following = schema.MIGRATION_NAMES[schema.MIGRATION_NAMES.index(name) + 1 :]
    return following[0] if following else None


def _old_database(path: Path) -> sqlite3.Connection:
    """A database as the version before m028 left it."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.row_factory = sqlite3.Row
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before=M028)
    return raw


def _old_scene(path: Path) -> tuple[sqlite3.Connection, Scene]:
    """The privacy scene in a database as the version before m028 left it. The scene is
    made by today's stores, which read and write what later migrations add (m032's groups
    given at sign-in), so it is made in a database of today's, and its rows are copied into
    the old one, column by column as the old one has them."""
    today = path.with_name("today.sqlite3")
    made = sqlite3.connect(today, isolation_level=None)
    made.row_factory = sqlite3.Row
    made.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(made)
    scene = build(made)
    made.close()
    raw = _old_database(path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("ATTACH DATABASE ? AS today", [str(today)])
    tables = [
        r[0]
        for r in raw.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE"
            " 'sqlite_%' AND name NOT LIKE 'people_fts%' AND name != '_sqlite_migrations'"
        )
    ]
    for table in tables:
        columns = ", ".join(f'"{r[1]}"' for r in raw.execute(f'PRAGMA main.table_info("{table}")'))
        raw.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM today."{table}"')
    raw.execute("DETACH DATABASE today")
    raw.execute("PRAGMA foreign_keys = ON")
    return raw, scene


def _everything(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_sqlite_migrations')"
        )
    ]
    return {t: sorted(map(tuple, conn.execute(f'SELECT * FROM "{t}"')), key=repr) for t in tables}


def test_the_meetings_table_is_rebuilt_keeping_every_row_and_link(tmp_path: Path) -> None:
    """m028 rebuilds meetings with AUTOINCREMENT: every row of every table stays, the rows
    pointing at meetings included (its foreign keys are off while the old table is dropped),
    its indexes are made again, and the next id is past every one known to have been used —
    the meetings there are, and the one a person came in at though it was deleted since."""
    path = tmp_path / "old.sqlite3"
    raw, scene = _old_scene(path)
    raw.execute(  # a meeting deleted before m028 brought in someone still in the directory
        "UPDATE people SET added_at_meeting = 40 WHERE id = ?", [scene.regular]
    )
    indexes = sorted(
        r[0] for r in raw.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'meetings'")
    )
    before = _everything(raw)
    schema.apply_migrations(raw, stop_before=_after(M028))

    assert _everything(raw) == before
    assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # as it was
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = sorted(
        r[0] for r in raw.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'meetings'")
    )
    assert len(after) == len(indexes)
    assert [s for s in after if "AUTOINCREMENT" in s]
    assert [s for s in after if "INDEX" in s]
    # The links still hold: deleting a meeting takes its rows with it.
    raw.execute("DELETE FROM meetings WHERE id = ?", [scene.meeting_id])
    assert (
        raw.execute(
            "SELECT count(*) FROM signins WHERE meeting_id = ?", [scene.meeting_id]
        ).fetchone()[0]
        == 0
    )
    cur = raw.execute(
        "INSERT INTO meetings (title, date, start, planned_minutes) VALUES ('New', '2026-12-01',"
        " '18:00', 60)"
    )
    assert cur.lastrowid == 41

    schema.m028_meeting_ids_never_reused(Database(raw))  # once more: nothing changes
    assert (
        raw.execute("SELECT seq FROM sqlite_sequence WHERE name = 'meetings'").fetchone()[0] == 41
    )
