"""The sign-in address under the QR code wraps after "/s/": a long one (a 192.168.x.x
address, a five-digit port) used to widen the code's column and squeeze the names of the
people arriving on a small screen."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_a_long_address_wraps_rather_than_widening_the_code_column(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow
) -> None:
    MeetingStore(conn).create(Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19)))
    window = make_window()
    window.resize(1024, 640)
    window.meetings_page.view.show_signin()
    tab = window.meetings_page.view.signin_tab
    assert tab.session is not None
    tab.session.open("127.0.0.1", 0, tab.signals)
    try:
        tab.refresh()
        label = tab.url_label
        address = "http://192.168.100.123:54321/s/" + tab.session.url().rsplit("/", 1)[1]
        label.setText(address)
        whole = label.fontMetrics().horizontalAdvance(address)
        assert label.minimumSizeHint().width() < whole * 0.7
        assert label.heightForWidth(whole // 2 + 20) > label.fontMetrics().height()  # 2 lines
    finally:
        tab.session.close()
