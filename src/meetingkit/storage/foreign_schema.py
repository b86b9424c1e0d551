"""What a database file holds beyond what meetingkit makes: triggers, views, tables or indexes
another program (or a person) added.

A backup someone hands the organizer is a whole SQLite file, schema included, and restoring it
copies every page. A trigger in it runs on the organizer's laptop from then on, at every
change: `BEFORE DELETE ON attendance` can keep, in a table of its own, who came to a meeting
that is then purged (storage.erasure), or tick consents nobody gave. SQLite runs no program
of its own (the app registers no functions, extensions stay off), but what it keeps or
changes is enough. So a file to restore may hold only what this version's migrations make;
the search index's triggers, which an older sqlite-utils may have worded differently, are made
again as this version makes them.
"""

from __future__ import annotations

import functools
import sqlite3

from meetingkit.storage import schema

# SQLite's own objects (sqlite_sequence, sqlite_stat1, automatic indexes): nobody can create
# one, and they run nothing.
_SQLITE_OWN = "sqlite_"


@functools.cache
def expected_objects() -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of every object this version's migrations make, as a new, empty
    database gets them."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        schema.apply_migrations(conn)
        return _objects(conn)
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (kind, name): sql or ""
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")
        if not name.startswith(_SQLITE_OWN)
    }


def foreign_objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(type, name) of each object in the up-to-date database of `conn` that meetingkit does
    not make, in name order: [] for a database only meetingkit wrote."""
    expected = expected_objects()
    return sorted((key for key in _objects(conn) if key not in expected), key=lambda key: key[1])


def remake_triggers(conn: sqlite3.Connection) -> None:
    """Make each of meetingkit's triggers in `conn` again as this version makes it, if it reads
    otherwise: a trigger of the right name can do more than its name says."""
    expected = expected_objects()
    found = _objects(conn)
    for (kind, name), sql in expected.items():
        if kind == "trigger" and _words(found.get((kind, name), "")) != _words(sql):
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(sql)


def _words(sql: str) -> str:
    return " ".join(sql.split())
