"""Window titles name the app once: "meetingkit — demo", not "meetingkit — demo — meetingkit"
(QA round 14a, finding 6). Qt adds " — <application display name>" to the title the desktop
shows, when a display name was set; the app's titles already name it."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

APP = "from meetingkit.app import _application\napp = _application()\n"


def run(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.stdout


def test_the_app_sets_no_display_name_for_qt_to_add() -> None:
    """With none set, Qt's display name follows the application's name and is added to no
    title: seen offscreen, where the desktop's title cannot be read."""
    code = APP + "app.setApplicationName('probe')\nprint(app.applicationDisplayName())\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert run(code, env=env).strip() == "probe"


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xwininfo")),
    reason="needs an X server (xvfb-run) and xwininfo to read the titles the desktop shows",
)
def test_the_titles_an_x_desktop_shows_name_the_app_once(tmp_path: Path) -> None:
    code = (
        APP + "import datetime as dt, subprocess, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from meetingkit.app import build_main_window\n"
        "from meetingkit.services.data_dir import database_path\n"
        "from meetingkit.storage import open_db\n"
        "from meetingkit.ui.projector import ProjectorWindow\n"
        "folder = Path(sys.argv[1])\n"
        "conn = open_db(database_path(folder))\n"
        "window = build_main_window(conn, folder, today=dt.date(2026, 11, 21), demo=True)\n"
        "projector = ProjectorWindow()\n"
        "window.show(); projector.show()\n"
        "def look():\n"
        "    tree = ['xwininfo', '-root', '-tree']\n"
        "    print(subprocess.run(tree, capture_output=True, text=True).stdout)\n"
        "    window.close(); projector.close(); app.quit()\n"
        "QTimer.singleShot(500, look)\n"
        "app.exec()\n"
    )
    env = {name: value for name, value in os.environ.items() if name != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", code, str(tmp_path / "data")],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    titles = set(re.findall(r'^\s+0x[0-9a-f]+ "([^"]*)"', done.stdout, re.MULTILINE))
    assert {"meetingkit — demo", "meetingkit — projector"} <= titles
    assert not [title for title in titles if title.count("meetingkit") > 1]
