"""Possible duplicates from sign-ins and roster imports, in one place for review."""

import datetime as dt
import sqlite3
from pathlib import Path

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.roster import guess_mapping
from meetingkit.core.roster_file import read_roster
from meetingkit.services.duplicate_review import DuplicateReview
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage import open_db, schema
from meetingkit.storage.duplicates import DuplicateStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

MEMBERS = (
    "Name,Phone,Email\n"
    "Tomás Delgado,,delgados@example.org\n"  # Rosa's brother, or Rosa?
    "Mei Chen,,chens@example.org\n"
    "Lu Chen,,chens@example.org\n"  # Mei's family, earlier in the file
    "Ana Lima,(312) 555-0117,ana.lima@example.org\n"
)


def _import(conn: sqlite3.Connection, text: str, name: str = "members.csv") -> None:
    roster = read_roster(text.encode(), name)
    importer = RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))
    importer.apply(roster, guess_mapping(roster.headers), name)


def test_an_imports_possible_duplicates_wait_for_review(conn: sqlite3.Connection) -> None:
    """The import said "check them in People", but wrote no flag: no review ever showed them."""
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", email="delgados@example.org"))
    _import(conn, MEMBERS)
    review = DuplicateReview(conn)
    pairs = [(f.new.display_name, f.existing.display_name, f.file_name) for f in review.flags()]
    assert pairs == [
        ("Tomás Delgado", rosa.display_name, "members.csv"),
        ("Lu Chen", "Mei Chen", "members.csv"),
    ]
    assert review.count() == 2
    assert [f.meeting_title for f in review.flags()] == ["", ""]
    _import(conn, MEMBERS, "again.csv")  # everyone is recognised now: nothing new to review
    assert review.count() == 2


def test_merging_an_imported_duplicate_can_take_its_newer_details(
    conn: sqlite3.Connection,
) -> None:
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", phone="3125550104", email="rosa@example.org"))
    _import(conn, "First,Last,Phone\nRosa,Delgado,(773) 555-0199\n")
    review = DuplicateReview(conn)
    [flag] = review.flags()
    review.merge(flag, take={"phone"})
    assert people.count() == 1
    assert (people.get(rosa.key).phone, people.get(rosa.key).email) == (
        "(773) 555-0199",
        "rosa@example.org",
    )
    assert review.flags() == []


def test_a_meetings_review_shows_its_own_flags_only(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    rosa = people.add(Person("Rosa", email="delgados@example.org")).key
    tomas = people.add(Person("Tomás", email="delgados@example.org")).key
    conn.execute(
        "INSERT INTO duplicate_flags (meeting_id, person_id, other_person_id, created_ms)"
        " VALUES (?, ?, ?, 0)",
        [meeting.key, tomas, rosa],
    )
    _import(conn, "First,Email\nAurora,delgados@example.org\n")
    store = DuplicateStore(conn)
    assert [f.meeting_title for f in store.flags(meeting.key)] == ["Assembly"]
    assert [(f.meeting_title, f.file_name) for f in store.flags()] == [
        ("Assembly", ""),
        ("", "members.csv"),
    ]


def test_flags_from_before_the_upgrade_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    schema.apply_migrations(old, stop_before="m019_duplicates_from_imports")
    old.execute(
        "INSERT INTO meetings (id, title, kind, date, start, planned_minutes)"
        " VALUES (1, 'Assembly', 'meeting', '2026-11-21', '18:00', 90)"
    )
    old.execute("INSERT INTO people (id, first_name, sort_name) VALUES (1, 'Rosa', 'rosa')")
    old.execute("INSERT INTO people (id, first_name, sort_name) VALUES (2, 'Tomás', 'tomas')")
    old.execute(
        "INSERT INTO duplicate_flags (meeting_id, person_id, other_person_id, created_ms)"
        " VALUES (1, 2, 1, 5)"
    )
    old.close()
    conn = open_db(path)
    [flag] = DuplicateStore(conn).flags(1)
    assert (flag.new.first_name, flag.existing.first_name, flag.meeting_title) == (
        "Tomás",
        "Rosa",
        "Assembly",
    )
    conn.execute("DELETE FROM meetings WHERE id = 1")  # a meeting's flags still go with it
    assert DuplicateStore(conn).count() == 0
