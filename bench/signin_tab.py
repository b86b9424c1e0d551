"""One arrival on the Sign-in tab with a full list: 3,000 people signed in already.

Target (session 24): the tab's refresh after a sign-in arrives — reading what changed, the
list, the counts and the repaint they cause — costs under 16 ms (a frame at 60 Hz: the
screen does not stutter as people arrive), median. Measured in-process, offscreen, on a real
main window (1093x614, a 1366x768 laptop at 125 %) on the Sign-in tab, sign-in open: each
sign-in is saved on a connection of its own, as the server's thread saves it, and reported
to the tab as the server reports it (`ServerSignals`); one sample is the tab's coalesced
refresh (`_refresh_arrivals`, which its 200 ms timer runs after a burst) and the processing of
the paint events it causes. Every fifth arrival is someone already in the list signing in
again (their row moves to the top, "phone ×2"). A full `refresh()` (everything read again, as
after a merge or a change of meeting) is timed too, for comparison, with no target.

`--turn-on`: a meeting running, as the tab meets it most of the evening. The floor is opened
and someone given the floor; before each arrival the app notes it alive (the heartbeat its 5 s
timer runs while a turn is on: arrivals 5 s apart or more), and before every third one the
floor saves a change (someone added to the stack). Neither says who signed in: the tab should
still read only who arrived. Counts how many of the refreshes read everything again.

Session 23 measured about 60 ms per refresh at 3,000 sign-ins: every refresh read every
sign-in and every first-timer again, read who is present (with their groups) only to count
them, made the QR code again, built the list anew and laid the window out again for the
count's new text. Figures: bench/README.md.

Run: .venv/bin/python bench/signin_tab.py [--signins N] [--arrivals N] [--turn-on] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 16.0
FIELDS = ("first_name", "last_name", "phone", "profession", "first_time")
PROFESSIONS = ("Registered nurse (RN)", "Certified nursing assistant (CNA)", "Pharmacist")
START_MS = 1_800_000_000_000


def _answers(n: int) -> dict[str, str]:
    return {
        "first_name": f"Name{n}",
        "last_name": f"Example{n}",
        "phone": f"773{n:07d}",
        "profession": PROFESSIONS[n % 3],
        "first_time": ("", "yes", "no")[n % 3],
    }


def build(data_dir: Path, signins: int) -> int:
    """A meeting with `signins` people signed in (one in 50 twice), a quarter of them at an
    earlier meeting too, and a quorum; the meeting's id."""
    from meetingkit.core.meeting import Meeting
    from meetingkit.core.signin import FormSettings, check_submission
    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db, transaction
    from meetingkit.storage.attendance import AttendanceStore
    from meetingkit.storage.meetings import MeetingStore
    from meetingkit.storage.signin import SignInStore

    conn = open_db(database_path(data_dir))
    meetings = MeetingStore(conn)
    earlier = meetings.create(
        Meeting("October", dt.date.today() - dt.timedelta(days=30), dt.time(18))
    )
    meeting = meetings.create(Meeting("General assembly", dt.date.today(), dt.time(18)))
    store = SignInStore(conn)
    form = FormSettings(FIELDS)
    store.save_settings(replace(store.settings(meeting.key), form=form, quorum=signins // 10))
    with transaction(conn):
        for n in range(signins):
            submission = check_submission(_answers(n), form)
            at = START_MS + n * 1000
            signed, _ = store.record(
                meeting.key, submission, f"n{n}", source="phone", language="en", now_ms=at
            )
            if n % 4 == 0:
                AttendanceStore(conn).mark_present(earlier.key, signed.person_id, 0, "manual")
            if n % 50 == 0:
                store.record(
                    meeting.key, submission, f"n{n}b", source="kiosk", language="en", now_ms=at + 1
                )
    conn.close()
    return meeting.key


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signins", type=int, default=3000)
    parser.add_argument("--arrivals", type=int, default=100)
    parser.add_argument(
        "--turn-on", action="store_true", help="a turn on the floor: heartbeats, floor saves"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from meetingkit.app import _application, build_main_window
    from meetingkit.core.clock import ManualClock
    from meetingkit.core.signin import FormSettings, check_submission
    from meetingkit.services.arrivals import Arrivals
    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db
    from meetingkit.storage.signin import SignInStore

    data_dir = Path(tempfile.mkdtemp(prefix="meetingkit-bench-signin-tab-"))
    os.environ.setdefault("MEETINGKIT_CONFIG_DIR", str(data_dir / "config"))
    try:
        built = time.perf_counter()
        meeting_id = build(data_dir, args.signins)
        built = time.perf_counter() - built
        _application()
        db = database_path(data_dir)
        conn = open_db(db)
        clock = ManualClock(START_MS / 1000)
        window = build_main_window(conn, data_dir, today=dt.date.today(), clock=clock)
        window.alive_timer.stop()  # the bench runs the heartbeat itself (`--turn-on`)
        window.resize(1093, 614)
        window.open_meeting(meeting_id)
        view = window.meetings_page.view
        view.show_signin()
        window.show()
        tab = view.signin_tab
        tab.serve("127.0.0.1", 0, for_picture=True)
        tab.refresh()
        QApplication.processEvents()

        floor = None
        if args.turn_on:
            floor_tab = view.floor_tab  # opened: it follows the room from now on
            floor_tab.timer.stop()  # its clock's ticks are bench/floor_tick.py's
            floor = floor_tab.session
            assert floor is not None
            waiting = floor.present()
            speaker = waiting.pop()
            floor.add(speaker.person_id, speaker.first_name, speaker.last_name)
            floor_tab.next_speaker()
            view.show_signin()
            QApplication.processEvents()

        server = open_db(db)  # the server's own connection
        store = SignInStore(server)
        form = FormSettings(FIELDS)
        full_reads = [0]  # the refreshes after an arrival that read everything again
        read_in_full = Arrivals.read

        def counted_read(self: Arrivals) -> None:
            full_reads[0] += 1
            read_in_full(self)

        Arrivals.read = counted_read  # type: ignore[method-assign]

        def one_arrival(k: int) -> float:
            n = args.signins + k if k % 5 else k * 7  # every fifth: someone again
            if floor is not None:  # the meeting runs between two arrivals
                clock.advance(5)
                window._note_alive()
                if k % 3 == 0:
                    someone = waiting.pop()
                    floor.add(someone.person_id, someone.first_name, someone.last_name)
                QApplication.processEvents()
            signed, _ = store.record(
                meeting_id,
                check_submission(_answers(n), form),
                f"a{k}",
                source="phone",
                language="en",
                now_ms=START_MS + (args.signins + k) * 1000,
            )
            tab.signals.signed_in(signed)  # as the server tells the tab
            QApplication.processEvents()  # the news arrives; the tab's timer starts
            tab.refresh_later.stop()  # the bench runs what the timer would
            start, cpu = time.perf_counter(), time.thread_time()
            tab._refresh_arrivals()
            QApplication.processEvents()  # the repaints it caused
            cpu_ms.append((time.thread_time() - cpu) * 1000)
            return (time.perf_counter() - start) * 1000

        cpu_ms: list[float] = []  # the GUI thread's own time: what load from others leaves out
        for k in range(5):  # warm up caches, fonts, layouts
            one_arrival(k)
        del cpu_ms[:]
        full_reads[0] = 0
        samples = sorted(one_arrival(k) for k in range(5, 5 + args.arrivals))
        read_again = full_reads[0]
        Arrivals.read = read_in_full  # type: ignore[method-assign]

        def one_full() -> float:
            start = time.perf_counter()
            tab.refresh()
            QApplication.processEvents()
            return (time.perf_counter() - start) * 1000

        full = sorted(one_full() for _ in range(max(5, args.arrivals // 10)))
        rows = tab.model.rowCount()
        tab.close_serving()
        window.close()
        server.close()
        conn.close()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)

    result = {
        "signins": args.signins,
        "rows": rows,
        "build_s": built,
        "arrivals": len(samples),
        "median_ms": statistics.median(samples),
        "p90_ms": samples[max(0, int(0.9 * len(samples)) - 1)],
        "max_ms": samples[-1],
        "cpu_median_ms": statistics.median(cpu_ms),
        "full_reads": read_again,
        "turn_on": args.turn_on,
        "full_refresh_median_ms": statistics.median(full),
    }
    verdict = result["median_ms"] < TARGET_MS
    if args.json:
        print(json.dumps(result | {"pass": verdict}))
    else:
        print(
            f"Sign-in tab, {args.signins} sign-ins already ({rows} people listed at the end), "
            f"sign-in open{', a turn on the floor' if args.turn_on else ''} "
            f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; "
            f"set up in {built:.1f} s):"
        )
        print(
            f"  one arrival: median {result['median_ms']:.1f} ms · p90 {result['p90_ms']:.1f} ms"
            f" · max {result['max_ms']:.1f} ms over {len(samples)} arrivals "
            f"(target: median < {TARGET_MS:.0f} ms); the GUI thread's CPU time: median "
            f"{result['cpu_median_ms']:.1f} ms; {read_again} of them read everything again"
        )
        print(
            f"  a full refresh (everything read again): median "
            f"{result['full_refresh_median_ms']:.1f} ms"
        )
        print("PASS" if verdict else "FAIL")
    return 0 if verdict else 1


if __name__ == "__main__":
    raise SystemExit(main())
