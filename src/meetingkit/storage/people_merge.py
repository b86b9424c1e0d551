"""Folding a duplicate record into the person it turned out to be.

Every table that points at a person is moved to the record that stays; where a row would
then exist twice (the same role, the same attendance), the moved copy is dropped. The record
that stays takes what the organizer chose of the other's details (core.person_merge); the
other is then deleted — not forgotten: its name, email and phone stay in the minutes and
notes that mention them, since they are the person who stays.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from meetingkit.core.person_merge import merged_person
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
    conn: sqlite3.Connection, *, drop: int, keep: int, take: Collection[str] = ()
) -> None:
    """Fold the person `drop` into `keep`, who takes `drop`'s values of the fields named in
    `take` where the two differ, and every field they lack."""
    references = sorted({*_REFERENCES, *person_references(conn)} - set(_FLAGS))
    with transaction(conn):
        people = PeopleStore(conn)
        known = people.get(keep)
        kept = merged_person(known, people.get(drop), take)
        if kept != known:
            people.update(kept)
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
        # In the directory on their own if either record was: a purge keeps them then.
        conn.execute(
            "UPDATE people SET added_at_meeting = NULL WHERE id = ?"
            " AND (SELECT added_at_meeting FROM people WHERE id = ?) IS NULL",
            [keep, drop],
        )
        # What could not move (a second attendance at one meeting…) goes with the record.
        conn.execute("DELETE FROM people WHERE id = ?", [drop])


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
