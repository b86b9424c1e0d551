"""`meetingkit` run as a user runs it, in a process of its own, for the tests of the command
line's printing: cli.main lends another language's words to the whole process, which a test
in pytest's own process must not do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def meetingkit(*args: str) -> subprocess.CompletedProcess[str]:
    """`meetingkit ARGS…`, its output and errors kept as text; never raises for its code."""
    return subprocess.run(
        [sys.executable, "-m", "meetingkit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def make_demo(folder: Path) -> str:
    """The demo written to the data folder `folder`; the id `meetingkit demo` prints (its live
    meeting's, tonight's: 3)."""
    made = meetingkit("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    return made.stdout.strip()
