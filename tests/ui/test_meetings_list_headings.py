"""The arrow keys pass the list's headings without taking the meeting off the screen (QA round
11: Down from the last upcoming meeting, or into a searched list, stopped on "Past (57)" and
the meeting's screen went blank, the runner of a live meeting with it, until one more key)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_list_model import MeetingListModel


def test_down_past_a_heading_keeps_the_meeting_on_screen_until_the_next_one(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    page = make_window().meetings_page
    model, tree = page.model, page.tree
    upcoming = model.index(MeetingListModel.UPCOMING, 0)
    last = model.index(model.rowCount(upcoming) - 1, 0, upcoming)
    page.select(last)
    shown = page.current_meeting()
    assert shown is not None
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex() == model.index(MeetingListModel.PAST, 0)  # the heading
    assert page.current_meeting() == shown
    assert page.view.meeting() == shown
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    past = model.index(MeetingListModel.PAST, 0)
    assert page.current_meeting() == model.meeting(model.index(0, 0, past))
    qtbot.keyClick(tree, Qt.Key.Key_Home)  # "Upcoming (2)"
    assert page.current_meeting() == model.meeting(model.index(0, 0, past))
