"""Folding a duplicate record into the person it turned out to be.

Every table that points at a person is moved to the record that stays; where a row would
then exist twice (the same role, the same attendance), the moved copy is dropped. The
duplicate is then forgotten, which also clears it from the search index.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

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


def merge_people(conn: sqlite3.Connection, *, drop: int, keep: int) -> None:
    references = sorted(
        {*_REFERENCES, *person_references(conn)}
        - {("duplicate_flags", "person_id"), ("duplicate_flags", "other_person_id")}
    )
    with transaction(conn):
        # The stack shows the name someone was added under: the merged entries now show the
        # kept record's first name, not the dropped record's.
        conn.execute(
            "UPDATE stack_entries SET name = (SELECT first_name FROM people WHERE id = ?)"
            " WHERE person_id = ?",
            [keep, drop],
        )
        for table, column in references:
            # OR IGNORE: a row that already exists for the kept person stays as it is.
            conn.execute(
                f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", [keep, drop]
            )
        conn.execute(
            "DELETE FROM duplicate_flags WHERE person_id = ? OR other_person_id = ?", [drop, drop]
        )
        people = PeopleStore(conn)
        kept, dropped = people.get(keep), people.get(drop)
        blanks = {
            f: getattr(dropped, f)
            for f in ("last_name", "email", "phone", "zip_code", "profession", "workplace")
            if getattr(dropped, f) and not getattr(kept, f)
        }
        if blanks:
            people.update(replace(kept, **blanks))
    PeopleStore(conn).forget(drop)
