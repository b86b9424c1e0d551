"""Sign-in served on 127.0.0.1 (the laptop has no network) says at once that phones can't reach
it, and what to do; the docs' screenshot, served there only for the picture, is unchanged
(qa12b F7)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import this_laptop_only
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab

ONLY_HERE = "This address works only on this laptop: phones can't reach it."
ON_THE_NETWORK = "Phones on this network open the link above."


@pytest.fixture
def tab(conn: sqlite3.Connection, make_window: Callable[[], MainWindow]) -> SignInTab:
    MeetingStore(conn).create(Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19)))
    window = make_window()
    window.meetings_page.view.show_signin()
    return window.meetings_page.view.signin_tab


def test_served_on_this_laptop_only_it_says_so_at_once(qtbot: QtBot, tab: SignInTab) -> None:
    tab.serve("127.0.0.1", 0)
    try:
        tab.refresh()
        text = tab.status_label.text()
        assert text.startswith(ONLY_HERE)
        assert "room's Wi-Fi or start a hotspot" in text
        assert "kiosk (Ctrl+Shift+K)" in text
        assert ON_THE_NETWORK not in text
    finally:
        tab.close_serving()
    assert tab.status_label.text() == ""


def test_the_screenshot_still_shows_what_phones_on_the_network_are_told(
    qtbot: QtBot, tab: SignInTab
) -> None:
    tab.serve("127.0.0.1", 0, for_picture=True)
    try:
        tab.refresh()
        assert tab.status_label.text().startswith(ON_THE_NETWORK)
    finally:
        tab.close_serving()
    tab.serve("127.0.0.1", 0)  # opened again for real: the picture's exception is gone
    try:
        tab.refresh()
        assert tab.status_label.text().startswith(ONLY_HERE)
    finally:
        tab.close_serving()


def test_which_addresses_are_this_laptop_only() -> None:
    assert this_laptop_only("http://127.0.0.1:8765/s/abc")
    assert this_laptop_only("http://127.0.1.1:8765/s/abc")
    assert this_laptop_only("http://localhost:8765/s/abc")
    assert this_laptop_only("http://[::1]:8765/s/abc")
    assert not this_laptop_only("http://192.168.1.20:8765/s/abc")
    assert not this_laptop_only("http://10.0.0.5:8765/s/abc")
    assert not this_laptop_only("")
