"""What the app loads before its window shows. Start-up time is a benchmark (bench/startup.py);
this guards the one thing about it a change can silently undo: a module import that drags a
screen's or a printout's code onto the start path (a purge helper once pulled in the whole
meeting report, ~20 ms). Each module named here is loaded when its screen or task is used."""

import os
import re
import subprocess
import sys

import pytest

NOT_AT_START = (
    "meetingkit.core.meeting_report",
    "meetingkit.core.kept_counts",
    "meetingkit.core.floor",
    "meetingkit.core.curriculum",
    "meetingkit.ui.meeting_view",
    "meetingkit.ui.floor_tab",
    "meetingkit.ui.people_page",
    "meetingkit.services.printing",
    "reportlab",
    "sqlite_utils",
    "qrcode",
    "starlette",
    "uvicorn",
)
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)")


@pytest.fixture(scope="module")
def imported_at_start(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    data = tmp_path_factory.mktemp("start")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "MEETINGKIT_CONFIG_DIR": str(data / "c")}
    command = [sys.executable, "-m", "meetingkit", "--data-dir", str(data / "d")]
    subprocess.run([*command, "demo"], env=env, check=True, capture_output=True, timeout=120)
    shown = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]],
        env=env | {"MEETINGKIT_STARTUP_PROBE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "shown" in shown.stdout
    return {m.group(1) for line in shown.stderr.splitlines() if (m := _IMPORTED.match(line))}


@pytest.mark.parametrize("module", NOT_AT_START)
def test_the_start_screen_does_not_load(imported_at_start: set[str], module: str) -> None:
    loaded = sorted(m for m in imported_at_start if m == module or m.startswith(f"{module}."))
    assert loaded == [], f"{module} is loaded before the window shows"


def test_the_probe_really_reports_the_app_s_imports(imported_at_start: set[str]) -> None:
    """The list is read from a real start, not guessed: the window's own modules are in it."""
    assert {"meetingkit.ui.main_window", "meetingkit.ui.start_page"} <= imported_at_start
