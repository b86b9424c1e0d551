"""The sign-in writer outlives what a batch meets: another program holding the database
locked, a database that cannot be opened, a bug. Every phone is answered, the facilitator is
told, and later sign-ins are saved."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.services import signin_writer
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_server import RateLimit
from meetingkit.services.signin_writer import GroupCommitWriter, WriterError
from meetingkit.storage import open_db
from meetingkit.storage.database import DatabaseError
from tests.services.test_signin_server import Site, _site

WAIT = 1.0  # the writer's wait for a lock, in these tests (BUSY_WAIT_S)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    # raising=False: without the fix there is no such setting, and the test shows the hang
    monkeypatch.setattr(signin_writer, "BUSY_WAIT_S", WAIT, raising=False)
    yield from _site(tmp_path, RateLimit(per_minute=0))


def hold(db: Path) -> sqlite3.Connection:
    """Another program (a database browser, a sync tool) takes the write lock and keeps it."""
    other = sqlite3.connect(db, isolation_level=None, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE IF NOT EXISTS zz (x)")
    return other


def test_a_database_held_by_another_program_refuses_that_sign_in_and_saves_the_next(
    site: Site,
) -> None:
    """The writer's thread died on "database is locked": that phone and every later one
    waited for an answer that never came, and the app was told nothing."""
    other = hold(site.db)
    try:
        started = time.monotonic()
        status, _, page = site.sign_in(first_name="Locked", last_name="Out")
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 503
    assert "Not signed in" in page
    assert "sign the paper sheet" in page
    assert WAIT * 0.8 <= waited < WAIT + 4  # waited for the lock, within bounds
    [reason] = site.events.not_saved_reasons
    assert reason.startswith("Another program is holding the database file (database is locked)")
    assert site.rows() == []
    # The lock is gone: the next phone signs in, and the app hears of it
    status, _, _ = site.sign_in(first_name="After", last_name="Lock")
    assert status == 303
    assert [r["first_name"] for r in site.rows()] == ["After"]
    assert [s.first_name for s in site.events.signed] == ["After"]
    # ...and so does the phone that was refused, sending its form again
    assert site.sign_in(first_name="Locked", last_name="Out")[0] == 303
    assert len(site.rows()) == 2


def test_a_lock_let_go_within_the_wait_keeps_the_sign_in(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup or a sync tool holds the file for a moment: the phone waits, and is signed
    in."""
    other = hold(site.db)
    letting_go = threading.Timer(WAIT / 4, lambda: other.execute("ROLLBACK"))
    letting_go.start()
    try:
        status, _, _ = site.sign_in(first_name="Patient")
    finally:
        letting_go.join()
        other.close()
    assert status == 303
    assert [r["first_name"] for r in site.rows()] == ["Patient"]
    assert site.events.not_saved_reasons == []


def run(writer: GroupCommitWriter, job: signin_writer.Job, *, alone: bool = False) -> object:
    async def go() -> object:
        return await asyncio.wait_for(writer.write(job, alone=alone), timeout=10)

    return asyncio.run(go())


def insert(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    return conn.execute("INSERT INTO t VALUES (1)").lastrowid or 0


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = database_path(tmp_path)
    open_db(path).close()
    return path


def test_a_database_that_cannot_be_opened_is_said_and_tried_again(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """open_db at the top of the thread raised: the thread ended before serving anyone."""
    real = signin_writer.open_db

    def refused(*_args: object) -> sqlite3.Connection:
        raise DatabaseError("The file is held by another program.")

    monkeypatch.setattr(signin_writer, "open_db", refused)
    writer = GroupCommitWriter(db, busy_wait=WAIT)
    try:
        with pytest.raises(DatabaseError, match="held by another program"):
            run(writer, insert)
        monkeypatch.setattr(signin_writer, "open_db", real)
        assert run(writer, insert) == 1
    finally:
        writer.stop()


def test_an_error_nobody_expected_is_logged_and_answered(
    db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug in the writer itself (not in a job): the batch's phones are answered as not
    signed in, with the error named for the facilitator; the thread goes on."""
    writer = GroupCommitWriter(db, busy_wait=WAIT)
    real = GroupCommitWriter._commit

    def broken(*_args: object) -> list[signin_writer.Outcome]:
        raise KeyError("oops")

    try:
        monkeypatch.setattr(GroupCommitWriter, "_commit", staticmethod(broken))
        with caplog.at_level(logging.ERROR), pytest.raises(WriterError, match="KeyError"):
            run(writer, insert)
        assert "could not write 1 job" in caplog.text
        monkeypatch.setattr(GroupCommitWriter, "_commit", staticmethod(real))
        assert run(writer, insert) == 1
        assert writer.alive
    finally:
        writer.stop()


def test_a_job_taking_its_own_transactions_waits_for_the_lock_too(db: Path) -> None:
    """A job that runs alone (taking a sign-in back) meets the lock in its own statements:
    refused after the wait, and the writer goes on."""
    writer = GroupCommitWriter(db, busy_wait=WAIT)
    try:
        run(writer, insert)
        other = hold(db)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                run(writer, insert, alone=True)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert run(writer, insert, alone=True) == 2
    finally:
        writer.stop()


def test_answers_for_a_server_that_stopped_do_not_end_the_thread(db: Path) -> None:
    """The server's event loop closed while its batch was being written (sign-in closed):
    handing the answer to it raised RuntimeError in the writer's thread."""
    writer = GroupCommitWriter(db, busy_wait=WAIT)
    try:
        other = hold(db)
        gone = asyncio.new_event_loop()
        future = gone.create_future()
        writer._queue.put((insert, gone, future, False))
        time.sleep(0.1)
        gone.close()  # while the batch waits for the lock
        other.execute("ROLLBACK")
        other.close()
        time.sleep(WAIT / 2)
        assert writer.alive
        assert run(writer, insert) == 2  # the first was written, though nobody heard
    finally:
        writer.stop()


def test_a_job_that_fails_half_way_leaves_nothing_of_it(db: Path) -> None:
    """A job that wrote, then failed (a bug between two statements that are not in one
    transaction of their own): what it wrote was committed with its batch, though its phone
    was told it is not signed in."""
    writer = GroupCommitWriter(db, busy_wait=WAIT)

    def half(conn: sqlite3.Connection) -> None:
        insert(conn)
        raise RuntimeError("between two statements")

    try:
        assert run(writer, insert) == 1
        with pytest.raises(RuntimeError, match="between two statements"):
            run(writer, half)
        assert run(writer, insert) == 2  # the next job is written as usual
    finally:
        writer.stop()
    conn = sqlite3.connect(db)  # open_db would refuse the file for its table t
    try:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    finally:
        conn.close()
