"""Folding a duplicate record into the person it turned out to be.

Every table that points at a person is moved to the record that stays; where a row would
then exist twice (the same role, the same attendance), the moved copy is dropped. The record
that stays takes what the organizer chose of the other's details (core.person_merge); the
other is then deleted — not forgotten: its name, email and phone stay in the minutes and
notes that mention them, since they are the person who stays.

A meeting both records were at (the duplicate made at the door while the regular was on
the stack) keeps one attendance, with the self-identified groups given under either record
there and the profession either had: one person, counted once in each of their groups.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection

from meetingkit.core.person_merge import merged_person
from meetingkit.storage.attendance import AttendanceStore, categories_json, categories_of
from meetingkit.storage.database import transaction
from meetingkit.storage.erasure import person_references
from meetingkit.storage.people import PeopleStore

# References without a foreign key in the schema; every foreign key to people.id (cards,
# commitments and their organizers, group members…) is found from the schema itself.
_REFERENCES = (
    ("meeting_roles", "person_id"),
    ("attendance", "person_id"),
    ("person_categories", "person_id"),
    ("stack_entries", "person_id"),
    ("turns", "person_id"),
    ("signins", "person_id"),
    ("consents", "person_id"),
    ("agenda_items", "owner_id"),
)
_FLAGS = (("duplicate_flags", "person_id"), ("duplicate_flags", "other_person_id"))


def merge_people(
    conn: sqlite3.Connection,
    *,
    drop: int,
    keep: int,
    take: Collection[str] = (),
    today: dt.date | None = None,
) -> None:
    """Fold the person `drop` into `keep`, who takes `drop`'s values of the fields named in
    `take` where the two differ, and every field they lack. Meetings not ended on `today`
    (the local date, if not given) count them with the merged record's profession and
    groups, as after any edit of the record (AttendanceStore.follow_profession)."""
    references = sorted({*_REFERENCES, *person_references(conn)} - set(_FLAGS))
    today = today or dt.date.today()
    with transaction(conn):
        people = PeopleStore(conn)
        known = people.get(keep)
        kept = merged_person(known, people.get(drop), take)
        if kept != known:
            people.update(kept, today)
        _fold_shared_attendance(conn, drop=drop, keep=keep)
        # The stack shows the name someone was added under: the merged entries now show the
        # kept record's first name, not the dropped record's.
        conn.execute(
            "UPDATE stack_entries SET name = ? WHERE person_id = ?", [kept.first_name, drop]
        )
        for table, column in references:
            # OR IGNORE: a row that already exists for the kept person stays as it is.
            conn.execute(
                f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", [keep, drop]
            )
        _move_flags(conn, drop=drop, keep=keep)
        # Nobody seconds their own motion: one record moved it and the other seconded it,
        # and they were one person all along. Who moved it stands; the second was not one.
        conn.execute(
            "UPDATE decisions SET seconded_by_id = NULL, seconded_by_name = ''"
            " WHERE moved_by_id = ? AND seconded_by_id = ?",
            [keep, keep],
        )
        # The record now gives both records' groups, and the dropped one's attendances came
        # with its profession: the meetings not ended follow the merged record. (One without
        # a profession keeps any a sign-in gave there.)
        attendance = AttendanceStore(conn)
        if kept.profession:
            attendance.follow_profession(keep, kept.profession, today)
        attendance.follow_categories(keep, people.categories([keep]).get(keep, ()), today)
        # In the directory on their own if either record was: a purge keeps them then.
        conn.execute(
            "UPDATE people SET added_at_meeting = NULL WHERE id = ?"
            " AND (SELECT added_at_meeting FROM people WHERE id = ?) IS NULL",
            [keep, drop],
        )
        # In the directory since the earlier record was made (who may have been at a meeting
        # since purged: storage.first_timers, storage.person_history).
        conn.execute(
            "UPDATE people SET created_at = (SELECT d.created_at FROM people d WHERE d.id = ?)"
            " WHERE id = ? AND (SELECT d.created_at FROM people d WHERE d.id = ?)"
            " < created_at",
            [drop, keep, drop],
        )
        # What could not move (a second attendance at one meeting…) goes with the record.
        conn.execute("DELETE FROM people WHERE id = ?", [drop])


def _fold_shared_attendance(conn: sqlite3.Connection, *, drop: int, keep: int) -> None:
    """At a meeting both records were at, the kept record's attendance (the other's cannot
    move: it would be a second one) takes the groups the other gave there, and its
    profession if it had none: what the meeting knew of the person under either record."""
    shared = conn.execute(
        "SELECT k.meeting_id, k.categories, d.categories, k.profession, d.profession"
        " FROM attendance k JOIN attendance d ON d.meeting_id = k.meeting_id"
        " WHERE k.person_id = ? AND d.person_id = ?",
        [keep, drop],
    ).fetchall()
    conn.executemany(
        "UPDATE attendance SET categories = ?, profession = ? WHERE meeting_id = ?"
        " AND person_id = ?",
        [
            (categories_json(categories_of(mine) | categories_of(theirs)), job or other, m, keep)
            for m, mine, theirs, job, other in shared
        ],
    )


def _move_flags(conn: sqlite3.Connection, *, drop: int, keep: int) -> None:
    """Other possible duplicates of the dropped record are now the kept one's to review; the
    pair just merged, and a second flag of one pair, go."""
    for _, column in _FLAGS:
        conn.execute(f"UPDATE duplicate_flags SET {column} = ? WHERE {column} = ?", [keep, drop])
    conn.execute("DELETE FROM duplicate_flags WHERE person_id = other_person_id")
    conn.execute(
        "DELETE FROM duplicate_flags WHERE (person_id = ? OR other_person_id = ?) AND id NOT IN"
        " (SELECT min(id) FROM duplicate_flags WHERE person_id = ? OR other_person_id = ?"
        "  GROUP BY min(person_id, other_person_id), max(person_id, other_person_id))",
        [keep, keep, keep, keep],
    )
