"""End meeting on screen: when every item is done it offers to end when the last item ended
(or now), saying how long the meeting is recorded as lasting; a meeting left open days ago is
shown as it was then and offered its end then (QA round 8, finding 3: 440 hours)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
SHIFT = Qt.KeyboardModifier.ShiftModifier


def ms(day: int, hour: int, minute: int) -> int:
    return to_ms(dt.datetime(2026, 11, day, hour, minute).timestamp())


Asked = list[tuple[str, str, list[str], str]]


def answering(monkeypatch: pytest.MonkeyPatch, pick: str) -> Asked:
    """Every message box is answered by clicking the button `pick` ("Cancel" to cancel); what
    each asked is kept: its title, text, buttons and default button."""
    asked: Asked = []

    def show(box: QMessageBox) -> int:
        default = box.defaultButton()
        buttons = [b.text() for b in box.buttons()]
        asked.append((box.windowTitle(), box.text(), buttons, default.text() if default else ""))
        next(b for b in box.buttons() if b.text() == pick).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    return asked


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    """Saturday 21 November 19:00 (the GUI tests' clock starts at 19:10), two items."""
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 5), AgendaItem("Survey", 10)])
    return meeting


def run_every_item(conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock) -> None:
    """From 19:10: the check-in 5 min, the survey 11 min; every item done at 19:26."""
    session = AgendaSession(meeting, conn, clock)
    session.start_meeting()
    clock.advance(5 * 60)
    session.advance()
    clock.advance(11 * 60)
    session.advance()


def runner_of(window: MainWindow, meeting: Meeting) -> AgendaRunner:
    window.open_meeting(meeting.key)
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.session is not None
    assert runner.session.meeting.key == meeting.key
    return runner


def test_every_item_done_end_meeting_offers_the_last_items_end_and_says_the_length(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    meeting: Meeting,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_every_item(conn, meeting, clock)
    window = make_window()
    runner = runner_of(window, meeting)
    clock.advance(34 * 60)  # thanks, chairs stacked: Shift+F8 at 20:00
    runner.refresh()
    assert not runner.left_open_banner.isVisibleTo(window)  # the same evening: not left open

    asked = answering(monkeypatch, "Cancel")
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    [(title, text, buttons, default)] = asked
    assert title == "End the meeting?"
    assert text == (
        "Every item is done. Ended at 19:26, when the last item ended, the meeting is recorded "
        "as lasting 16\u00a0min; ended now, 50\u00a0min. The clocks stop, and the meeting "
        "cannot be started again."
    )
    assert buttons == ["End at 19:26, when the last item ended", "End now", "Cancel"]
    assert default == "End at 19:26, when the last item ended"
    assert AgendaStore(conn).run(meeting.key).ended_ms is None  # cancelled: nothing ends

    answering(monkeypatch, "End at 19:26, when the last item ended")
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    assert AgendaStore(conn).run(meeting.key).ended_ms == ms(21, 19, 26)
    assert runner.meeting_label.text() == "Ended at 19:26 after 16\u00a0min."


def test_end_now_is_still_there_for_a_room_that_stayed_on(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    meeting: Meeting,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_every_item(conn, meeting, clock)
    window = make_window()
    runner_of(window, meeting)
    clock.advance(10 * 60)
    answering(monkeypatch, "End now")
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    assert AgendaStore(conn).run(meeting.key).ended_ms == ms(21, 19, 36)


def test_a_meeting_left_open_days_ago_is_shown_as_it_was_and_offered_its_end_then(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    meeting: Meeting,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_every_item(conn, meeting, clock)
    clock.advance(3 * 24 * 3600)  # opened on Tuesday
    window = make_window()
    runner = runner_of(window, meeting)
    assert runner.left_open_banner.isVisibleTo(window)
    assert runner.left_open_label.text() == (
        "This meeting was left open: End meeting was never pressed. The last thing recorded "
        "is at 19:26 on Sat 21 Nov, when the last item ended, and the agenda is shown as it "
        "was then."
    )
    assert runner.meeting_label.text() == "Started 19:10 on Sat 21 Nov · left open since 19:26"
    assert "so far" not in runner.meeting_label.text()  # not "72 h 34 min so far"
    assert not runner.resume_banner.isVisibleTo(window)
    assert not runner.timer.isActive()
    assert runner.act_end_meeting.isEnabled()

    asked = answering(monkeypatch, "End at 19:26")
    assert runner.left_open_button.text() == "End at 19:26…"
    runner.left_open_button.click()
    [(_title, text, buttons, default)] = asked
    assert text == (
        "This meeting was left open. The last thing recorded is at 19:26 on Sat 21 Nov, when "
        "the last item ended. Ended then, it is recorded as lasting 16\u00a0min (19:10–19:26). "
        "The clocks stop, and the meeting cannot be started again."
    )
    assert buttons == ["End at 19:26", "Cancel"]  # not "End now": 72 hours
    assert default == "End at 19:26"
    assert AgendaStore(conn).run(meeting.key).ended_ms == ms(21, 19, 26)
    assert not runner.left_open_banner.isVisibleTo(window)
    assert runner.meeting_label.text() == "Ended at 19:26 after 16\u00a0min."


def test_a_meeting_left_running_mid_item_days_ago_ends_when_last_recorded(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    meeting: Meeting,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The laptop closed during the survey; opened days later, the survey is not 'over by 71
    hours', F6/F7/F8 would count those days, and End meeting ends at the survey's start."""
    session = AgendaSession(meeting, conn, clock)
    session.start_meeting()
    clock.advance(5 * 60)
    session.advance()  # the survey from 19:15
    clock.advance(3 * 24 * 3600)
    window = make_window()
    runner = runner_of(window, meeting)
    assert runner.left_open_banner.isVisibleTo(window)
    assert "19:15 on Sat 21 Nov, when “Survey” started" in runner.left_open_label.text()
    assert runner.countdown_label.text() == "10:00"  # as it was then
    assert not runner.act_next.isEnabled()
    assert not runner.act_pause.isEnabled()
    assert not runner.resume_banner.isVisibleTo(window)

    answering(monkeypatch, "End at 19:15")
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    record = AgendaStore(conn).run(meeting.key)
    assert record.ended_ms == ms(21, 19, 15)
    assert record.segments[-1].end_ms == ms(21, 19, 15)


def test_a_meeting_crashed_the_same_evening_still_resumes_as_before(
    conn: sqlite3.Connection,
    meeting: Meeting,
    clock: ManualClock,
    make_window: MakeWindow,
) -> None:
    session = AgendaSession(meeting, conn, clock)
    session.start_meeting()
    clock.advance(3 * 60)
    window = make_window()
    runner = runner_of(window, meeting)
    assert not runner.left_open_banner.isVisibleTo(window)
    assert runner.timer.isActive()
    assert runner.act_next.isEnabled()
    assert runner.countdown_label.text() == "2:00"
