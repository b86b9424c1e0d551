"""Merging two records of one person keeps everything either record had: the details the
organizer chose, every row pointing at either, and what the minutes say of them."""

import datetime as dt
import sqlite3

from meetingkit.core.person import Person
from meetingkit.services.demo import Demo, write_demo
from meetingkit.storage.duplicates import DuplicateStore
from meetingkit.storage.erasure import person_references
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people

NOW = dt.datetime(2026, 11, 21, 19, 10)


def _links(conn: sqlite3.Connection, person_id: int) -> dict[str, int]:
    counts = {
        f"{table}.{column}": conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", [person_id]
        ).fetchone()[0]
        for table, column in person_references(conn)
    }
    return {where: n for where, n in counts.items() if n}


def _busiest(conn: sqlite3.Connection, demo: Demo) -> int:
    """The demo's person with the most kinds of records: attendance, turns, commitments…"""
    return max(demo.person_ids, key=lambda pid: len(_links(conn, pid)))


def test_merging_moves_every_record_and_takes_the_chosen_phone(conn: sqlite3.Connection) -> None:
    """The record that stays gets the attendance, turns, stack entries, commitments, cards,
    roles, groups, sign-ins and consents of the one merged into it, and its phone where the
    organizer chose it."""
    demo = write_demo(conn, NOW)
    people = PeopleStore(conn)
    drop = _busiest(conn, demo)
    people.set_categories(drop, ["Night shift"])
    before = _links(conn, drop)
    assert {"attendance.person_id", "turns.person_id", "commitments.person_id"} <= set(before)
    assert {"group_members.person_id", "person_categories.person_id"} <= set(before)
    dropped = people.get(drop)
    keep = people.add(Person(dropped.first_name, phone="(773) 555-0142", email="")).key
    merge_people(conn, drop=drop, keep=keep, take={"phone"})
    assert _links(conn, keep) == before
    assert _links(conn, drop) == {}
    kept = people.get(keep)
    assert (kept.last_name, kept.phone, kept.email) == (
        dropped.last_name,
        dropped.phone,
        dropped.email,
    )
    assert [p.key for p in people.search(dropped.phone).people] == [keep]


def test_merging_leaves_the_minutes_that_name_them_alone(conn: sqlite3.Connection) -> None:
    """The merge forgot the other record, which scrubbed its full name and its phone (unless
    the kept record had them too) out of every meeting's minutes: "Call [removed] at
    [removed]"."""
    demo = write_demo(conn, NOW)
    people = PeopleStore(conn)
    drop = _busiest(conn, demo)
    dropped = people.get(drop)
    minutes = f"Call {dropped.display_name} at {dropped.phone} about the petition."
    item = conn.execute(
        "SELECT id FROM agenda_items WHERE meeting_id = ? LIMIT 1", [demo.meeting_id]
    ).fetchone()[0]
    conn.execute("UPDATE agenda_items SET minutes = ? WHERE id = ?", [minutes, item])
    keep = people.add(Person(dropped.first_name, phone="(773) 555-0142")).key
    merge_people(conn, drop=drop, keep=keep)  # keeps the known phone, not the dropped one
    saved = conn.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item]).fetchone()[0]
    assert saved == minutes


def test_other_flags_of_the_merged_record_stay_to_review(conn: sqlite3.Connection) -> None:
    people = PeopleStore(conn)
    lan = people.add(Person("Lan", "Nguyen", phone="3125550199")).key
    copy = people.add(Person("Lan", "Nguyen", email="lan@example.org")).key
    cousin = people.add(Person("Mai", "Nguyen", email="lan@example.org")).key
    conn.executemany(
        "INSERT INTO duplicate_flags (person_id, other_person_id, created_ms) VALUES (?, ?, 0)",
        [(copy, lan), (cousin, copy), (cousin, lan)],
    )
    store = DuplicateStore(conn)
    merge_people(conn, drop=copy, keep=lan)
    assert [(f.new.key, f.existing.key) for f in store.flags()] == [(cousin, lan)]
