"""With the Report tab showing, Shift+F8 (End meeting) left it saying "meeting time so far" until
another tab was shown and the Report again (QA round 16e): the report on show follows the run."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.end_meeting_choice import EndMeetingChoice
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from tests.ui.real_keyboard import press

MakeWindow = Callable[[], MainWindow]


def test_the_report_on_show_follows_the_meeting_ending(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    monkeypatch.setattr(EndMeetingChoice, "ask", classmethod(lambda *_a: 0))
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    view.show_report()
    report = view.report_tab
    assert report.isVisible()
    caption = report.figures[2][1]
    assert caption.text().startswith("meeting time so far")
    press(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # End meeting
    runner = view.agenda_tab.runner
    assert runner.session is not None
    assert runner.session.run.ended
    assert caption.text().startswith("meeting time (planned")
