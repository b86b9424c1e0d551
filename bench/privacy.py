"""Backup, restore, encryption and forgetting with 100,000 people in the database.

What it measures, on a throwaway data folder with the real schema (open_db runs the
migrations, the FTS index included) and N people (default 100,000) inserted from a fixed
seed, each with an attendance at one of 50 meetings:

- `make_backup` of the plain database (backup API, fsync, integrity check, rename);
- `restore` of that backup (staged copy, check, safety backup, backup API into the live
  connection);
- turning encryption on (`change_encryption`: export, check, row counts, atomic swap, wipe),
  opening the encrypted file (key derivation), a backup of it, and turning it off again;
- `PeopleStore.forget` of one person (scrub, delete, FTS optimize, checkpoint) on each.

Targets (the app's feel, not hard limits): a backup under 5 s and forgetting under 2 s at
100,000 people. Exit status 0 when met, 1 when not, 2 on an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import PROFESSIONS, Person
from meetingkit.services.backup import make_backup, restore
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import change_encryption
from meetingkit.storage import open_db, transaction
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

T = TypeVar("T")
KEY = "correct horse battery staple"


def timed(label: str, results: dict[str, float], work: Callable[[], T]) -> T:
    started = time.perf_counter()
    value = work()
    results[label] = time.perf_counter() - started
    print(f"{label:<40} {results[label]:8.3f} s", flush=True)
    return value


def fill(path: Path, people: int) -> None:
    rng = random.Random(8)
    conn = open_db(path)
    store = PeopleStore(conn)
    meetings = MeetingStore(conn)
    ids = [
        meetings.create(
            Meeting(
                title=f"Meeting {n}",
                date=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                start=dt.time(18, 0),
            )
        ).key
        for n in range(50)
    ]
    with transaction(conn):
        for n in range(people):
            person = store.add(
                Person(
                    first_name=rng.choice(["Ana", "Dele", "Mei", "Rosa", "Omar", "Lan"]) + str(n),
                    last_name=f"Family{rng.randrange(10_000)}",
                    email=f"person{n}@example.org",
                    phone=f"(312) 555-{n % 10_000:04d}",
                    profession=rng.choice(PROFESSIONS),
                )
            )
            conn.execute(
                "INSERT INTO attendance (meeting_id, person_id, arrived_ms, source)"
                " VALUES (?, ?, 0, 'manual')",
                [ids[n % len(ids)], person.key],
            )
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    results: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="meetingkit-bench-privacy-"))
    try:
        path = database_path(folder / "data")
        timed(f"fill {args.people:,} people", results, lambda: fill(path, args.people))
        print(f"{'database size':<40} {path.stat().st_size / 1e6:8.1f} MB")
        conn = open_db(path)
        made = timed(
            "backup (plain)", results, lambda: make_backup(conn, folder / "plain.sqlite", None)
        )
        PeopleStore(conn).add(Person("Added after the backup"))
        timed(
            "restore (plain)",
            results,
            lambda: restore(conn, made.path, live_key=None, source_key=None, data_dir=folder),
        )
        timed(
            "forget one person (plain)", results, lambda: PeopleStore(conn).forget(args.people // 8)
        )
        conn.close()
        changed = timed(
            "encrypt (change_encryption on)", results, lambda: change_encryption(path, None, KEY)
        )
        print(f"{'  old file wiped':<40} {changed.old_file_wiped!s:>8}")
        conn = timed("open encrypted (key derivation)", results, lambda: open_db(path, KEY))
        timed(
            "backup (encrypted)",
            results,
            lambda: make_backup(conn, folder / "encrypted.sqlite", KEY),
        )
        timed(
            "forget one person (encrypted)",
            results,
            lambda: PeopleStore(conn).forget(args.people // 2),
        )
        conn.close()
        timed(
            "decrypt (change_encryption off)", results, lambda: change_encryption(path, KEY, None)
        )
    except Exception as e:  # a benchmark reports, it does not crash
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    met = results["backup (plain)"] < 5 and results["forget one person (plain)"] < 2
    print("PASS" if met else "FAIL")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
