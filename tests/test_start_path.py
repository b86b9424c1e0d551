"""What the app loads before its window shows. Start-up time is a benchmark (bench/startup.py);
this guards the one thing about it a change can silently undo: a module import that drags a
screen's or a printout's code onto the start path (a purge helper once pulled in the whole
meeting report, ~20 ms). Each module named here is loaded when its screen or task is used."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

NOT_AT_START = (
    "meetingkit.core.meeting_report",
    "meetingkit.core.kept_counts",
    "meetingkit.core.floor",
    "meetingkit.core.curriculum",
    "meetingkit.core.signin",
    "meetingkit.core.already_there",
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


@pytest.mark.parametrize("how", ["no option", "environment"])
def test_the_app_opens_without_data_dir_as_a_launcher_starts_it(tmp_path: Path, how: str) -> None:
    """A desktop launcher runs plain `meetingkit`: with no --data-dir the app crashed before
    any window (`'Namespace' object has no attribute 'data_dir'`)."""
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "MEETINGKIT_CONFIG_DIR": str(tmp_path / "c"),
        "MEETINGKIT_STARTUP_PROBE": "1",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),  # the platform's folder: xdg/meetingkit
    }
    env.pop("MEETINGKIT_DATA_DIR", None)
    data = tmp_path / "xdg" / "meetingkit" if how == "no option" else tmp_path / "d"
    command = [sys.executable, "-m", "meetingkit"]
    subprocess.run([*command, "--data-dir", str(data), "demo"], env=env, check=True, timeout=120)
    if how == "environment":
        env["MEETINGKIT_DATA_DIR"] = str(data)
    shown = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in shown.stderr, shown.stderr
    assert "shown" in shown.stdout, shown.stderr
