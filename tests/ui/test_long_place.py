"""A meeting's place may be 300 characters ("the room and address, as it should print on the
agenda and the poster"): it wraps under the title. Unwrapped, 160 characters squeezed the
meeting list to a sliver and 200 made the window wider than a 1024-pixel screen."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import MAX_PLACE, MAX_TITLE, Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow

ADDRESS = (
    "Mercy General Hospital, Auditorium B (2nd floor, enter by the staff entrance on 5th "
    "Street), 1234 North Longview Boulevard, Springfield, IL 62704, United States. "
)
TITLE = "Safe Staffing Working Group of the nurses, aides and respiratory therapists "


def _laid_out(window: MainWindow) -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    layout = window.layout()
    assert layout is not None
    layout.activate()


@pytest.mark.parametrize(
    "place",
    [
        (ADDRESS * 3)[:MAX_PLACE],
        "https://maps.example.org/?q=" + "Mercy+General+Hospital+Auditorium+B" * 8,
    ],
    ids=["address", "link"],
)
def test_a_300_character_place_keeps_the_window_within_a_laptop_screen(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: Callable[..., MainWindow], place: str
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting(
            (TITLE * 3)[:MAX_TITLE],
            dt.date(2026, 11, 21),
            dt.time(18),
            place=place[:MAX_PLACE],
        )
    )
    window = make_window()
    window.open_meeting(meeting.key)
    _laid_out(window)
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 768)
    _laid_out(window)
    assert window.width() <= 1024
    label = window.meetings_page.view.place_label
    assert label.text().replace("\u200b", "") == place[:MAX_PLACE]  # all of it, on lines
    assert label.height() > 2 * label.fontMetrics().height()
