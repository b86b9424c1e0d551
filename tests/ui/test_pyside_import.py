"""PySide's __feature__ import layer is taken out: modules imported after Qt are not scanned.

Each case runs in a fresh interpreter, because the import hooks are process-wide and this
test process imported PySide6 long ago.
"""

from __future__ import annotations

import subprocess
import sys

# Counts the modules whose source is read (the scan calls inspect.getsource on each), then
# imports a meetingkit module nothing has imported yet and a Qt class through PySide's own
# lazy import.
PROGRAM = """
import inspect, sys
read = []
real = inspect.getsource
def counting(obj):
    read.append(getattr(obj, "__name__", ""))
    return real(obj)
inspect.getsource = counting
from meetingkit.ui.pyside_import import skip_feature_scan
took_out = skip_feature_scan() if sys.argv[1] == "skip" else None
from meetingkit.core.durations import span  # the scan is given meetingkit.core.durations
from PySide6.QtWidgets import QLabel
print(took_out, "meetingkit.core.durations" in read, QLabel.__name__)
"""


def run(mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_without_the_layer_a_module_imported_after_qt_is_not_read() -> None:
    assert run("skip") == "True False QLabel"


def test_with_the_layer_it_is_read_so_the_check_above_can_fail() -> None:
    assert run("keep") == "None True QLabel"
