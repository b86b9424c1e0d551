"""One facilitator clock tick with a full room: 500 people present, 50 on the stack, and a
meeting's worth of speaking-stack history behind them.

Target (issue 4): a tick — repainting the stack, the turn timer and the airtime panels, and the
projector — costs under 4 ms. Measured in-process, offscreen, on a real main window with the
floor tab showing and the projector window open: each sample is the floor tab's `tick()` (the
slow once-a-second part included, every tick, so the worst case is timed), the projector's
update, and the processing of the paint events they cause — Qt repaints the regions that
changed, which is what a real tick costs.

The history (`--history`, 2,200 entries by default: with the 400 earlier turns and the 51 on
the stack now, about 2,650 entries, as a soak test's long meeting reached) sits on 12 earlier
agenda items, most heard, some withdrawn or refused. A tick asks only for the current item's
stack, so its cost should not grow with it (the soak test's finding F3: `Floor.waiting()`
scanned every entry the meeting ever had, about three times a tick). Beside the whole tick,
the floor's own work is timed call by call: `Floor.waiting()`, `placements()`,
`room_explanation()`, `FloorSession.snapshot()` (what the projector shows), the floor tab's
`tick()` with and without the airtime panels, and its `refresh()` after a change.
`--history 0` is the room of earlier sessions' figures (400 turns, no earlier items).

Run: .venv/bin/python bench/floor_tick.py [--ticks N] [--history N] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROFESSIONS = (
    "Registered nurse (RN)",
    "Physician (MD/DO)",
    "Certified nursing assistant (CNA)",
    "Physical therapist (PT)",
    "Occupational therapist (OT)",
    "Social worker (SW)",
    "Pharmacist",
    "Environmental services (EVS)",
    "Medical assistant (MA)",
    "Home health aide",
    "Respiratory therapist (RT)",
    "Student",
)
TARGET_MS = 4.0
EARLIER_ITEMS = 12  # the history's agenda items (the stack now is the meeting's own)
MEETING_HOURS = 3  # the earlier turns; the history comes before them


def history(people: list[object], count: int, start_ms: int, end_ms: int) -> tuple[list, list]:
    """`count` stack entries on the earlier items, in time order between the two moments:
    85% heard (each with its ended turn), 10% withdrawn, the rest refused direct responses."""
    from meetingkit.core.airtime import Turn
    from meetingkit.core.floor import EntryState, StackEntry
    from meetingkit.core.person import Person
    from meetingkit.core.stack_entry import EntryKind

    rng = random.Random(2600)
    entries: list[StackEntry] = []
    turns: list[Turn] = []
    step = (end_ms - start_ms) // max(count, 1)
    for n in range(count):
        person = rng.choice(people)
        assert isinstance(person, Person)
        item = 1 + n * EARLIER_ITEMS // count
        at = start_ms + n * step
        roll = rng.random()
        if roll < 0.85:
            kind = rng.choice([EntryKind.GENERAL] * 8 + [EntryKind.CLARIFYING, EntryKind.PROCESS])
            state = EntryState.HEARD
            seconds = rng.randint(5, 90) * 1000
            segment = ((at + 1000, at + 1000 + min(seconds, step - 2000)),)
            turns.append(Turn(len(turns) + 1, person.key, kind, item, segment, ended=True))
        elif roll < 0.95:
            kind, state = EntryKind.GENERAL, EntryState.WITHDRAWN
        else:
            kind, state = EntryKind.DIRECT_RESPONSE, EntryState.REFUSED
        entries.append(StackEntry(n + 1, person.key, person.first_name, kind, item, at, state))
    return entries, turns


def build(
    data_dir: Path, present: int, waiting: int, earlier_turns: int, earlier_entries: int
) -> tuple[object, int]:
    from meetingkit.core.clock import ManualClock, to_ms
    from meetingkit.core.floor import FloorSettings, Policy
    from meetingkit.core.meeting import Meeting
    from meetingkit.core.person import Person
    from meetingkit.services.data_dir import database_path
    from meetingkit.services.floor_session import FloorSession
    from meetingkit.storage import open_db, transaction
    from meetingkit.storage.floor import FloorStore
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.people import PeopleStore

    rng = random.Random(500)
    conn = open_db(database_path(data_dir))
    meeting = MeetingStore(conn).create(
        Meeting("Assembly", dt.date.today(), dt.time(18), planned_minutes=180)
    )
    clock = ManualClock(time.time() - MEETING_HOURS * 3600)
    with transaction(conn):
        people = [
            PeopleStore(conn).add(
                Person(f"P{i:03d}", f"Last{i}", profession=rng.choice(PROFESSIONS))
            )
            for i in range(present)
        ]
        for p in people[::9]:
            PeopleStore(conn).set_categories(p.key, ["Night shift"])
        if earlier_entries:
            now_ms = to_ms(clock.now())
            entries, turns = history(
                list(people), earlier_entries, now_ms - 3 * 3600 * 1000, now_ms
            )
            FloorStore(conn).save(meeting.key, entries, turns)
        floor = FloorSession(meeting, conn, clock)
        floor.set_settings(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
        for p in people:
            floor.mark_present(p.key)
        for _ in range(earlier_turns):
            p = rng.choice(people)
            floor.add(p.key, p.first_name, p.last_name)
            floor.next_speaker()
            clock.advance(rng.uniform(5, 90))
            floor.end_turn()
        for p in rng.sample(people, waiting + 1):
            floor.add(p.key, p.first_name, p.last_name)
        floor.next_speaker()  # one of them speaks; `waiting` stay on the stack
    conn.close()
    return clock, meeting.key


def _median_ms(call: Callable[[], object], rounds: int, before: Callable[[], None]) -> float:
    """The median time of `call`, each after `before` (not timed)."""
    samples = []
    for _ in range(rounds):
        before()
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=300)
    parser.add_argument(
        "--history",
        type=int,
        default=2200,
        help="stack entries on earlier agenda items, most heard (default 2200; 0: none)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    # A database of 500 people, made up but a database all the same: gone when the bench is
    data_dir = Path(tempfile.mkdtemp(prefix="meetingkit-bench-floor-"))
    try:
        return _bench(args, data_dir)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def _bench(args: argparse.Namespace, data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from meetingkit.app import _application, build_main_window
    from meetingkit.core.clock import ManualClock
    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db

    built = time.perf_counter()
    built_clock, meeting_id = build(
        data_dir, present=500, waiting=50, earlier_turns=400, earlier_entries=args.history
    )
    built = time.perf_counter() - built
    assert isinstance(built_clock, ManualClock)
    _application()
    conn = open_db(database_path(data_dir))
    clock = ManualClock(built_clock.now())
    window = build_main_window(conn, data_dir, today=dt.date.today(), clock=clock)
    window.resize(1280, 800)
    window.open_meeting(meeting_id)
    window.show_floor()
    window.show()
    window.projector.toggle()
    projector = window.projector.window
    assert projector is not None
    projector.resize(1280, 720)
    window.projector.act_bars.setChecked(True)
    tab = window.meetings_page.view.floor_tab
    tab.timer.stop()  # the bench drives the ticks itself
    session = tab.session
    assert session is not None
    waiting = len(session.placements())
    present = len(session.present())
    entries = len(session.floor.entries())

    def one_tick() -> float:
        clock.advance(0.2)
        QApplication.processEvents()  # nothing left over from the previous tick
        start = time.perf_counter()
        tab.tick(slow=True)
        window.projector.refresh()
        QApplication.processEvents()  # the repaints the tick caused
        return (time.perf_counter() - start) * 1000

    for _ in range(20):  # warm up caches, fonts, layouts
        one_tick()
    samples = [one_tick() for _ in range(args.ticks)]
    samples.sort()

    # The floor's own work in a tick, call by call (the clock moves before each, as a tick's)
    floor = session.floor
    ticking = {
        "waiting": floor.waiting,
        "placements": floor.placements,
        "room_explanation": floor.room_explanation,
        "snapshot": session.snapshot,
        "tab_tick": tab.tick,
        "tab_tick_slow": lambda: tab.tick(slow=True),
        "tab_refresh": tab.refresh,
    }
    parts = {
        name: _median_ms(call, args.ticks, lambda: clock.advance(0.2))
        for name, call in ticking.items()
    }
    result = {
        "present": present,
        "waiting": waiting,
        "entries": entries,
        "turns": len(floor.ledger.turns),
        "build_s": built,
        "ticks": len(samples),
        "median_ms": statistics.median(samples),
        "p90_ms": samples[int(0.9 * len(samples)) - 1],
        "p99_ms": samples[int(0.99 * len(samples)) - 1],
        "max_ms": samples[-1],
        "parts_median_ms": parts,
    }
    verdict = result["median_ms"] < TARGET_MS
    if args.json:
        print(json.dumps(result | {"pass": verdict}))
    else:
        print(
            f"Floor tick with {present} present, {waiting} waiting, {result['turns']} turns "
            f"and {entries} stack entries so far ({args.history} on {EARLIER_ITEMS} earlier "
            f"items), projector open with bars (Python {sys.version.split()[0]}, "
            f"{os.cpu_count()} CPUs; set up in {built:.1f} s):"
        )
        print(
            "  the floor's work, median: "
            + " · ".join(f"{name} {ms * 1000:.0f} µs" for name, ms in parts.items())
        )
        print(
            f"  whole tick: median {result['median_ms']:.2f} ms · p90 {result['p90_ms']:.2f} ms"
            f" · p99 {result['p99_ms']:.2f} ms · max {result['max_ms']:.2f} ms "
            f"over {len(samples)} ticks (target: median < {TARGET_MS:.0f} ms)"
        )
        print("PASS" if verdict else "FAIL")
    projector.close()
    window.close()
    conn.close()
    return 0 if verdict else 1


if __name__ == "__main__":
    raise SystemExit(main())
