"""First use of printing and of the sign-in server: the time to load their modules in a
running app, with PySide's `__feature__` import layer taken out (as meetingkit does, see
meetingkit.ui.pyside_import) and with it kept.

The first print and the first "Open sign-in" of a session import reportlab, qrcode, uvicorn
and Starlette (309 modules) after Qt is loaded. With the layer kept, PySide reads the source
of 289 of them. Each round runs both cases in fresh interpreters, alternating which goes
first; bytecode is cached in a temporary folder, as for an installed app.

Run: .venv/bin/python bench/first_use.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROGRAM = """
import sys, time
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
if sys.argv[1] == "taken out":
    from meetingkit.ui.pyside_import import skip_feature_scan
    assert skip_feature_scan()
start = time.perf_counter()
import meetingkit.services.printing.meeting_documents
import meetingkit.services.signin_server
import reportlab.pdfgen.canvas, reportlab.platypus, qrcode, uvicorn, starlette.applications
print((time.perf_counter() - start) * 1000)
"""

CASES = ("taken out", "kept")


def time_once(case: str, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, case],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return float(done.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="meetingkit-bench-") as pycache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=pycache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for case in CASES:  # warm-up: fills the bytecode cache
            time_once(case, env)
        times: dict[str, list[float]] = {case: [] for case in CASES}
        for i in range(args.rounds):
            for case in CASES if i % 2 == 0 else CASES[::-1]:
                times[case].append(time_once(case, env))
    print(f"Loading printing and the sign-in server after Qt, {args.rounds} rounds:")
    for case in CASES:
        ms = times[case]
        print(
            f"  feature layer {case:9}  median {statistics.median(ms):6.1f} ms"
            f"  min {min(ms):6.1f} ms  max {max(ms):6.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
