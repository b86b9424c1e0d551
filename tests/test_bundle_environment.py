"""Programs the frozen app starts (the PDF viewer through xdg-open, the chime's player) get the
user's environment, not the bundle's libraries and Qt plugins (QA round 14a, finding 1)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.bundle_environment import for_programs_started, leave_the_bundle_out

BUNDLE = "/opt/meetingkit/_internal"
QT = f"{BUNDLE}/PySide6/Qt"
# As PyInstaller's bootloader and its PySide6 hook leave it.
FROZEN = {
    "HOME": "/home/ana",
    "LD_LIBRARY_PATH": BUNDLE,
    "QT_PLUGIN_PATH": f"{QT}/plugins",
    "QML2_IMPORT_PATH": f"{QT}/qml",
}


def test_without_a_library_path_of_their_own_programs_get_none() -> None:
    assert for_programs_started(FROZEN, BUNDLE) == {"HOME": "/home/ana"}


def test_the_users_own_library_path_is_given_back() -> None:
    """The bootloader put the bundle before it and kept the user's in LD_LIBRARY_PATH_ORIG."""
    started = {
        **FROZEN,
        "LD_LIBRARY_PATH": f"{BUNDLE}:/opt/cuda/lib",
        "LD_LIBRARY_PATH_ORIG": "/opt/cuda/lib",
    }
    assert for_programs_started(started, BUNDLE) == {
        "HOME": "/home/ana",
        "LD_LIBRARY_PATH": "/opt/cuda/lib",
    }


def test_qt_folders_outside_the_bundle_stay() -> None:
    started = {**FROZEN, "QT_PLUGIN_PATH": f"{QT}/plugins:/usr/lib/qt6/plugins"}
    assert for_programs_started(started, BUNDLE)["QT_PLUGIN_PATH"] == "/usr/lib/qt6/plugins"


def test_a_folder_merely_named_like_the_bundle_stays() -> None:
    started = {**FROZEN, "QT_PLUGIN_PATH": f"{BUNDLE}-old/plugins"}
    assert for_programs_started(started, BUNDLE)["QT_PLUGIN_PATH"] == f"{BUNDLE}-old/plugins"


def test_from_source_nothing_changes() -> None:
    """Not frozen, a library path is the user's own, and so is everything else."""
    assert for_programs_started(FROZEN, None) == FROZEN


def test_the_process_environment_is_changed_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    environ = {**FROZEN, "LD_LIBRARY_PATH_ORIG": "/opt/cuda/lib"}
    leave_the_bundle_out(environ)
    assert environ == {"HOME": "/home/ana", "LD_LIBRARY_PATH": "/opt/cuda/lib"}


def test_a_program_started_by_the_frozen_app_gets_the_users_environment(
    tmp_path: Path,
) -> None:
    """The entry point of the build (`__main__.py`) puts the environment back before anything
    is started: a child sees no LD_LIBRARY_PATH into the bundle."""
    seen = tmp_path / "environ"
    code = (
        "import sys, subprocess\n"
        f"sys.frozen = True; sys._MEIPASS = {BUNDLE!r}\n"
        "sys.argv = ['meetingkit', '--version']\n"
        "import runpy\n"
        "try:\n"
        "    runpy.run_module('meetingkit', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"subprocess.run(['sh', '-c', 'env > {seen}'], check=True)\n"
    )
    env = {**os.environ, **FROZEN}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    names = {line.split("=", 1)[0] for line in seen.read_text().splitlines() if "=" in line}
    assert not names & {"LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"}
