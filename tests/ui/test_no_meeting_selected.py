"""With no meeting to act on, the meeting's room actions are greyed out, as the guide says
(screens.md): F11 put "Paused" over an empty timer and "Stack closed for this item" on the
projector, and five other actions stayed enabled and did nothing."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow


def _room_actions(window: MainWindow) -> list[QAction]:
    return [
        window.act_signin,
        window.act_signin_link,
        window.act_kiosk,
        window.act_duplicates,
        window.act_poster,
        window.act_sheet,
        window.act_board,
        window.projector.act_open,
        window.projector.act_bars,
    ]


def test_with_no_meeting_the_room_s_actions_are_greyed_out_and_f11_opens_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(start=True)
    enabled = [a.text() for a in _room_actions(window) if a.isEnabled()]
    assert enabled == []
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.projector.window is None
    window.show_meetings()
    enabled = [a.text() for a in _room_actions(window) if a.isEnabled()]
    assert enabled == []
    floor = window.meetings_page.view.floor_tab
    assert not floor.act_close.isEnabled()  # "Close the stack for this item": no item
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.projector.window is None


def test_the_start_screen_s_next_meeting_can_go_on_the_projector(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(start=True)
    assert all(a.isEnabled() for a in _room_actions(window))
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.projector.window is not None
    assert window.meetings_page.current_meeting().key == demo.meeting_id  # type: ignore[union-attr]
    window.projector.close()


def test_deleting_the_only_meeting_takes_it_off_the_projector(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    MeetingStore(conn).create(Meeting("Only one", dt.date(2026, 11, 21), dt.time(19)))
    window = make_window()
    window.projector.act_open.trigger()
    assert window.projector.window is not None
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    window.act_delete_meeting.trigger()
    assert window.meetings_page.current_meeting() is None
    assert window.projector.window is None
    assert not window.projector.act_open.isEnabled()
