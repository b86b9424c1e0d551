"""Forgetting someone while another connection is in the middle of a read (a sign-in server,
a command, another program): the old pages, the name in them, cannot leave the database file
until that read ends. The wipe waits a short while, then says it could not finish; the next
wipe, once the read is over, finishes it."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.erasure import WIPE_WAIT_MS, wipe_freed_pages
from meetingkit.storage.people import PeopleStore

NAME = b"Glimmerhawk"


def _files(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())


@pytest.fixture
def reader(data_dir: Path, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    other = open_db(database_path(data_dir))
    yield other
    other.close()


def test_a_read_in_progress_keeps_the_name_in_the_file_and_it_is_said(
    conn: sqlite3.Connection, reader: sqlite3.Connection, data_dir: Path
) -> None:
    people = PeopleStore(conn)
    person = people.add(Person("Glimmerhawk", "Tessaly", phone="555-011-6622"))
    assert wipe_freed_pages(conn)  # nobody reading: the name is in the database file itself
    assert NAME in database_path(data_dir).read_bytes()
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()

    started = time.monotonic()
    assert people.forget(person.key) is False
    waited = time.monotonic() - started
    assert WIPE_WAIT_MS / 1000 - 0.2 < waited < 4  # a short while, not the 5 s of a busy write
    assert NAME in database_path(data_dir).read_bytes()
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # as it was

    assert wipe_freed_pages(conn, 0) is False  # still reading
    reader.execute("COMMIT")
    assert wipe_freed_pages(conn, 0) is True
    assert NAME not in _files(data_dir)


def test_with_nobody_else_reading_forgetting_wipes_at_once(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    people = PeopleStore(conn)
    person = people.add(Person("Glimmerhawk", "Tessaly"))
    assert people.forget(person.key) is True
    assert NAME not in _files(data_dir)
