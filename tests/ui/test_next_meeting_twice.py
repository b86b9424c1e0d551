"""Next meeting from this one run twice on the same meeting asks before making the same
meeting again: open the one planned, create another anyway, or go back to the dialog."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.next_meeting_dialog import AlreadyPlannedQuestion, Choice, NextMeetingDialog


def press_ok(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """NextMeetingDialog.exec presses OK on what it proposes; the results, in turn. A dialog
    that stays open is then cancelled."""
    results: list[int] = []

    def exec_(dialog: NextMeetingDialog) -> int:
        dialog.accept()
        results.append(dialog.result())
        if not dialog.result():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(NextMeetingDialog, "exec", exec_)
    return results


def answering(monkeypatch: pytest.MonkeyPatch, choices: list[Choice]) -> list[Meeting]:
    asked: list[Meeting] = []

    def ask(_cls: type, _parent: object, planned: Meeting) -> Choice:
        asked.append(planned)
        return choices.pop(0)

    monkeypatch.setattr(AlreadyPlannedQuestion, "ask", classmethod(ask))
    return asked


def test_running_it_twice_asks_and_opens_the_meeting_already_planned(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meetings = MeetingStore(conn)
    results = press_ok(monkeypatch)
    asked = answering(monkeypatch, [Choice.BACK, Choice.OPEN, Choice.CREATE])
    before = len(meetings.all())

    window.open_meeting(demo.meeting_id)
    window.next_meeting()  # the first time: made, nothing asked
    assert asked == []
    [december] = [m for m in meetings.all() if m.title.endswith("December")]

    window.open_meeting(demo.meeting_id)
    window.next_meeting()  # Go back: the dialog stays open (and is then cancelled)
    assert asked == [december]
    assert results[-1] == 0
    assert len(meetings.all()) == before + 1

    window.open_meeting(demo.meeting_id)
    window.next_meeting()  # Open it: nothing made, the one planned is shown
    assert len(meetings.all()) == before + 1
    assert window.meetings_page.current_meeting() == december

    window.open_meeting(demo.meeting_id)
    window.next_meeting()  # Create another: the organizer meant it
    assert len(meetings.all()) == before + 2
