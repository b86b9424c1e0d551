"""The Sign-in tab offers again the address and port the meeting's sign-in was last opened on,
after a normal quit too: it went back to 8765, so a poster printed with the port chosen before
no longer matched what "Open sign-in" served (qa14a, finding 2)."""

import datetime as dt
import socket
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import DEFAULT_PORT
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab

MakeWindow = Callable[..., MainWindow]
OPEN = (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def signin_tab(window: MainWindow) -> SignInTab:
    view = window.meetings_page.view
    view.show_signin()
    return view.signin_tab


def test_the_port_chosen_is_offered_again_after_a_normal_quit(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    first = make_window()
    tab = signin_tab(first)
    assert tab.port_spin.value() == DEFAULT_PORT  # never opened: the default
    chosen = free_port()
    tab.address_combo.setCurrentIndex(tab.address_combo.findData("127.0.0.1"))
    tab.port_spin.setValue(chosen)
    qtbot.keyClick(first, *OPEN)
    assert tab.session is not None
    assert tab.session.is_open
    url = tab.session.url()
    first.close()  # Ctrl+Q: sign-in closes, and nothing says it was open

    window = make_window()
    assert not window.meetings_page.view.agenda_tab.runner.signin_banner.isVisibleTo(window)
    again = signin_tab(window)
    assert again.port_spin.value() == chosen
    assert again.address_combo.currentData() == "127.0.0.1"
    assert again.planned_url() == url  # the poster printed from here leads where it opens
    qtbot.keyClick(window, *OPEN)
    assert again.session is not None
    assert again.session.url() == url


def test_a_meeting_never_opened_is_offered_the_last_port_used(
    qtbot: QtBot, conn: sqlite3.Connection, demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window()
    tab = signin_tab(window)
    chosen = free_port()
    tab.port_spin.setValue(chosen)
    tab.address_combo.setCurrentIndex(tab.address_combo.findData("127.0.0.1"))
    qtbot.keyClick(window, *OPEN)
    window.close()  # quit normally
    other = MeetingStore(conn).create(Meeting("Next month", dt.date(2026, 12, 19), dt.time(18)))
    window = make_window()
    window.meetings_page.reload(select_id=other.key)
    tab = signin_tab(window)
    assert tab.session is not None
    assert tab.session.meeting.key == other.key
    assert tab.port_spin.value() == chosen
