"""Group commit for the sign-in server: one thread writes, jobs waiting together share one
commit.

Every sign-in must be on disk before the phone is told so (synchronous=FULL), and a commit is
a sync to disk. When two hundred phones post at once, each paying for its own sync would queue
them all behind the disk; here the jobs that arrived while the last commit was syncing are
written together and committed once. Each request still gets its answer only after the
commit that holds its row. The event loop never touches SQLite for writes, so it keeps
parsing requests meanwhile.

Whatever a batch meets, every job in it is answered and the thread goes on to the next: a
database another program holds locked (a database browser, a sync or backup tool) is waited
for up to `BUSY_WAIT_S`, then that batch is refused as a full disk is (the phone is told it
is not signed in, the facilitator why) and the next batch tries again. A writer that stopped
would leave every later phone waiting for an answer that never comes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.storage import open_db
from meetingkit.storage.database import DatabaseError

T = TypeVar("T")
Job = Callable[[sqlite3.Connection], Any]
Entry = tuple[Job, asyncio.AbstractEventLoop, asyncio.Future[Any], bool]
Outcome = tuple[Any, BaseException | None]
MAX_BATCH = 64
# How long a batch waits for a lock another program holds before its phones are told they
# are not signed in. SQLite's busy handler tries again and again meanwhile. A backup or a
# sync tool holds the file for a moment; a phone's browser waits much longer than this, and
# the person holding it about this long.
BUSY_WAIT_S = 10.0

log = logging.getLogger(__name__)


class WriterError(DatabaseError):
    """The writer failed in a way neither a job nor SQLite explains (a bug): the phones of
    that batch are told they are not signed in, the facilitator why, and the next batch is
    written as usual."""


class GroupCommitWriter:
    def __init__(
        self, db_path: Path, key: str | None = None, *, busy_wait: float | None = None
    ) -> None:
        self._db_path = db_path
        self._key = key  # the passphrase when the database is encrypted
        wait = BUSY_WAIT_S if busy_wait is None else busy_wait
        self._busy_ms = max(0, round(wait * 1000))
        self._conn: sqlite3.Connection | None = None  # opened by the thread, when first needed
        self._queue: queue.SimpleQueue[Entry | None] = queue.SimpleQueue()
        self._thread = threading.Thread(
            target=self._run, daemon=True, name="meetingkit-signin-writer"
        )
        self._thread.start()

    async def write(self, job: Callable[[sqlite3.Connection], T], *, alone: bool = False) -> T:
        """Run `job` on the writing connection; return its result once committed.

        `alone` runs the job outside any batch (for work that manages its own transactions
        and housekeeping, like taking a sign-in back and forgetting the person).

        Raises what `job` raised; or, for the whole batch, the sqlite3.Error that kept it
        from being committed (another program held the database locked longer than
        `BUSY_WAIT_S`, a full disk), the DatabaseError that kept the database from opening,
        or a WriterError.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put((job, loop, future, alone))
        return await future

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            self._connection()  # ready before the first phone; if not, its batch tries again
        except (sqlite3.Error, MeetingkitError):
            pass  # said to the first phone's batch, which meets it again
        except Exception:
            log.exception("The sign-in writer could not open the database")
        try:
            while (first := self._queue.get()) is not None:
                batch = [first]
                while len(batch) < MAX_BATCH and not first[3]:
                    try:
                        following = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if following is None or following[3]:
                        self._queue.put(following)  # the stop, or a job that runs alone: next
                        break
                    batch.append(following)
                try:
                    self._answer(batch, self._write(batch))
                except Exception:  # a bug in answering: said, and the next batch is served
                    log.exception("The sign-in writer could not answer %d job(s)", len(batch))
        finally:
            if self._conn is not None:
                self._conn.close()

    def _write(self, batch: list[Entry]) -> list[Outcome]:
        """Each job's outcome; never raises, so that the thread serves the next batch."""
        try:
            return self._commit(self._connection(), batch)
        except (sqlite3.Error, MeetingkitError) as e:  # a lock, a full disk: as a full disk
            error: BaseException = e
        except Exception as e:
            log.exception("The sign-in writer could not write %d job(s)", len(batch))
            error = unexpected(e)
        self._recover()
        return [(None, error)] * len(batch)

    def _connection(self) -> sqlite3.Connection:
        """The writing connection, opened now if it is not yet (or was dropped after a
        failure): a database that could not be opened is tried again for the next batch."""
        if self._conn is None:
            conn = open_db(self._db_path, self._key)
            try:
                conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def _recover(self) -> None:
        """After a failed batch: nothing of it is left half-written. A connection that cannot
        even roll back is dropped, for the next batch to open a fresh one."""
        conn = self._conn
        if conn is None or not conn.in_transaction:
            return
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            self._conn = None
            try:
                conn.close()
            except sqlite3.Error:
                log.exception("The sign-in writer could not close its connection")

    @staticmethod
    def _commit(conn: sqlite3.Connection, batch: list[Entry]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        alone = batch[0][3]
        if not alone:
            # Waits up to the connection's busy timeout (BUSY_WAIT_S) for another program's
            # lock; raises if it is still held then, and nothing of the batch was written.
            conn.execute("BEGIN IMMEDIATE")
        for job, _loop, _future, _alone in batch:
            if not alone:
                # Each job in a savepoint of its own: one that fails (half-way through, a bug
                # between two statements) rolls back whole and alone, its phone told it is
                # not signed in; the others in the batch still commit.
                conn.execute("SAVEPOINT job")
            try:
                value = job(conn)
            except Exception as e:  # handed to that request, which answers it
                if not alone:
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                outcomes.append((None, e))
                continue
            if not alone:
                conn.execute("RELEASE job")
            outcomes.append((value, None))
        if not alone:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as e:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                outcomes = [(None, e)] * len(batch)
        return outcomes

    @staticmethod
    def _answer(batch: list[Entry], outcomes: list[Outcome]) -> None:
        # One wake-up of the event loop for the whole batch, not one per request.
        settled: dict[asyncio.AbstractEventLoop, list[tuple[Any, Any, BaseException | None]]] = {}
        for (_job, loop, future, _alone), (value, error) in zip(batch, outcomes, strict=True):
            settled.setdefault(loop, []).append((future, value, error))
        for loop, answers in settled.items():
            # RuntimeError: the server stopped meanwhile, and nobody waits for these
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, answers)


def unexpected(error: Exception) -> WriterError:
    """What the phone's refusal tells the facilitator of an error nobody expected."""
    return WriterError(
        fill(
            translate(
                "Sign-in server",
                "meetingkit ran into an error it did not expect while saving (%1). Nothing was "
                "saved.",
            ),
            f"{type(error).__name__}: {error}",
        )
    )


def _settle(answers: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    for future, value, error in answers:
        if future.done():  # cancelled: the phone went away
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)
