"""Checking every bundled curriculum, and printing the largest one's facilitator guide.

Targets: `check_paths()` over all bundled curricula takes under 1 s, and `render_guide` of the
largest bundled curriculum under 2 s.

Why: the app checks the bundled curricula when it lists them, and a trainer prints the guide
the evening before a training, often on an old laptop; neither should feel like waiting.

What it does: each run is a new process, so imports, PyYAML, fonts and reportlab's caches start
cold, as on the first click. In it: time importing the curricula and printing modules (paid
once), then `meetingkit.services.curricula.check_paths()` (every bundled curriculum and
handout read, parsed and checked), then `load_curriculum` of the largest curriculum (by the
size of its curriculum.md), `render_guide` of it to a temporary file, and, for information,
`render_handouts`. The verdict is on the slowest run.

Run: .venv/bin/python bench/curriculum_pdf.py [--runs 5] [--json]

Exit status: 0 when every run meets both targets, 1 when one does not, 2 on an error.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _pdf_pages import page_count  # bench/, on the path when a bench runs

CHECK_TARGET_S = 1.0
GUIDE_TARGET_S = 2.0


def one_run() -> dict[str, float | str]:
    """In this process: the timings of one cold run."""
    start = time.perf_counter()
    from meetingkit.paths import curricula_dir
    from meetingkit.services.curricula import check_paths, find_curricula, load_curriculum
    from meetingkit.services.printing.guide_pdf import render_guide
    from meetingkit.services.printing.handouts_pdf import render_handouts

    imported = time.perf_counter() - start

    start = time.perf_counter()
    problems = check_paths()
    checked = time.perf_counter() - start

    files, _ = find_curricula(curricula_dir())
    largest = max(files, key=lambda file: file.stat().st_size)
    start = time.perf_counter()
    curriculum, _ = load_curriculum(largest)
    loaded = time.perf_counter() - start
    if curriculum is None:
        raise SystemExit(f"{largest} has problems: run `meetingkit curricula check`")
    with tempfile.TemporaryDirectory(prefix="meetingkit-bench-curriculum-") as folder:
        guide = Path(folder) / "guide.pdf"
        start = time.perf_counter()
        render_guide(guide, curriculum)
        guide_s = time.perf_counter() - start
        handouts = Path(folder) / "handouts.pdf"
        start = time.perf_counter()
        render_handouts(handouts, curriculum)
        handouts_s = time.perf_counter() - start
        pages = page_count(guide)
    return {
        "curricula": float(len(files)),
        "problems": float(len(problems)),
        "largest": largest.parent.name,
        "modules": float(sum(1 for _ in curriculum.modules())),
        "guide_pages": pages,
        "import_s": imported,
        "check_s": checked,
        "load_s": loaded,
        "guide_s": guide_s,
        "handouts_s": handouts_s,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run()))
        return 0

    runs: list[dict[str, float | str]] = []
    for _ in range(args.runs):
        child = subprocess.run(
            [sys.executable, __file__, "--one"], capture_output=True, text=True, check=False
        )
        if child.returncode:
            print(child.stderr or child.stdout, file=sys.stderr)
            return 2
        runs.append(json.loads(child.stdout))

    def times(key: str) -> list[float]:
        return [float(run[key]) for run in runs]

    ok = max(times("check_s")) < CHECK_TARGET_S and max(times("guide_s")) < GUIDE_TARGET_S
    if args.json:
        print(json.dumps({"runs": runs, "pass": ok}))
        return 0 if ok else 1
    first = runs[0]
    print(
        f"{args.runs} cold runs (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs); "
        f"{first['curricula']:.0f} bundled curricula, {first['problems']:.0f} problems; "
        f"largest: {first['largest']} ({first['modules']:.0f} modules, "
        f"{first['guide_pages']:.0f}-page guide)"
    )
    rows = [
        ("import curricula + printing", "import_s", None),
        ("check_paths(), all bundled", "check_s", CHECK_TARGET_S),
        ("load_curriculum(largest)", "load_s", None),
        ("render_guide(largest)", "guide_s", GUIDE_TARGET_S),
        ("render_handouts(largest)", "handouts_s", None),
    ]
    for label, key, target in rows:
        values = times(key)
        verdict = f"  target < {target:.0f} s" if target else ""
        print(
            f"  {label:30} median {statistics.median(values) * 1000:7.1f} ms, "
            f"slowest {max(values) * 1000:7.1f} ms{verdict}"
        )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
