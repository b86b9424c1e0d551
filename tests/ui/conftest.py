import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo, write_demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def demo(conn: sqlite3.Connection) -> Demo:
    return write_demo(conn, TODAY)


@pytest.fixture
def make_window(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(MeetingStore(conn), PeopleStore(conn), TODAY, data_dir)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make
