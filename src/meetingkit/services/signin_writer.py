"""Group commit for the sign-in server: one thread writes, jobs waiting together share one
commit.

Every sign-in must be on disk before the phone is told so (synchronous=FULL), and a commit is
a sync to disk. When two hundred phones post at once, each paying for its own sync would queue
them all behind the disk; here the jobs that arrived while the last commit was syncing are
written together and committed once. Each request still gets its answer only after the
commit that holds its row. The event loop never touches SQLite for writes, so it keeps
parsing requests meanwhile.
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from meetingkit.storage import open_db

T = TypeVar("T")
Job = Callable[[sqlite3.Connection], Any]
MAX_BATCH = 64


class GroupCommitWriter:
    def __init__(self, db_path: Path, key: str | None = None) -> None:
        self._db_path = db_path
        self._key = key  # the passphrase when the database is encrypted
        self._queue: queue.SimpleQueue[
            tuple[Job, asyncio.AbstractEventLoop, asyncio.Future[Any], bool] | None
        ] = queue.SimpleQueue()
        self._thread = threading.Thread(
            target=self._run, daemon=True, name="meetingkit-signin-writer"
        )
        self._thread.start()

    async def write(self, job: Callable[[sqlite3.Connection], T], *, alone: bool = False) -> T:
        """Run `job` on the writing connection; return its result once committed.

        `alone` runs the job outside any batch (for work that manages its own transactions
        and housekeeping, like taking a sign-in back and forgetting the person).
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put((job, loop, future, alone))
        return await future

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        conn = open_db(self._db_path, self._key)
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
                self._commit(conn, batch)
        finally:
            conn.close()

    @staticmethod
    def _commit(conn: sqlite3.Connection, batch: list[Any]) -> None:
        outcomes: list[tuple[Any, BaseException | None]] = []
        alone = batch[0][3]
        if not alone:
            conn.execute("BEGIN IMMEDIATE")
        for job, _loop, _future, _alone in batch:
            try:
                # Each job's own transaction() nests as a savepoint: a job that fails rolls
                # back alone, the others in the batch still commit.
                outcomes.append((job(conn), None))
            except Exception as e:  # handed to that request, which answers it
                outcomes.append((None, e))
        if not alone:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as e:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                outcomes = [(None, e)] * len(batch)
        # One wake-up of the event loop for the whole batch, not one per request.
        settled: dict[asyncio.AbstractEventLoop, list[tuple[Any, Any, BaseException | None]]] = {}
        for (_job, loop, future, _alone), (value, error) in zip(batch, outcomes, strict=True):
            settled.setdefault(loop, []).append((future, value, error))
        for loop, answers in settled.items():
            loop.call_soon_threadsafe(_settle, answers)


def _settle(answers: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    for future, value, error in answers:
        if future.cancelled():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)
