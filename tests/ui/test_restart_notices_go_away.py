"""The notices "Resumed after a restart" go away: the agenda's once another item is on (or
the meeting ends) or Hide is pressed, the floor's once its turn is resumed or Hide is
pressed. QA round 15c: the agenda's four lines sat over the item's clock for the whole
meeting, and pushed the minutes below the fold of a laptop screen."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def _restarted(make_window: MakeWindow, clock: ManualClock, qtbot: QtBot) -> MainWindow:
    first = make_window()
    qtbot.keyClick(first, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    first.close()
    clock.advance(10 * 60)  # the laptop died; ten minutes later meetingkit is open again
    return make_window()


def test_the_agenda_s_notice_goes_when_the_next_item_is_on(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.unheard_choice import Unheard, UnheardChoice

    monkeypatch.setattr(UnheardChoice, "ask", classmethod(lambda *_a: Unheard.KEEP))
    window = _restarted(make_window, clock, qtbot)
    runner = window.meetings_page.view.agenda_tab.runner
    assert runner.resume_banner.isVisibleTo(window)
    for _ in range(5):  # the clock ticks on the same item: it stays
        clock.advance(60)
        runner.refresh()
    assert runner.resume_banner.isVisibleTo(window)
    runner.act_next.trigger()  # F8
    assert not runner.resume_banner.isVisibleTo(window)


def test_the_agenda_s_notice_is_put_away_with_hide_and_stays_away(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _restarted(make_window, clock, qtbot)
    runner = window.meetings_page.view.agenda_tab.runner
    banner = runner.resume_banner
    assert banner.isVisibleTo(window)
    assert "Resumed after a restart" in banner.text()
    assert banner.hide_button.isVisibleTo(window)
    assert banner.hide_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached by Tab
    banner.hide_button.setFocus()
    qtbot.keyClick(banner.hide_button, Qt.Key.Key_Space)
    assert not banner.isVisibleTo(window)

    # The meeting edited: its session is read again, the notice is not said again
    from meetingkit.ui.meeting_dialog import MeetingDialog

    def ask(_cls: type, _parent: object, current: Meeting, *_a: object, **kw: object) -> Meeting:
        kw["save"](current)  # type: ignore[operator]
        return current

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(ask))
    window.act_edit_meeting.trigger()
    assert not banner.isVisibleTo(window)


def test_the_floor_s_notice_is_put_away_with_hide(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    clock: ManualClock,
    conn: sqlite3.Connection,
) -> None:
    window = _restarted(make_window, clock, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.meetings_page.view.floor_tab
    assert tab.resume_banner.isVisible()
    assert "Press Space to resume it" in tab.resume_banner.text()
    qtbot.mouseClick(tab.resume_banner.hide_button, Qt.MouseButton.LeftButton)
    assert not tab.resume_banner.isVisible()
    tab.refresh()
    tab.tick()
    assert not tab.resume_banner.isVisible()
    assert tab.session is not None
    assert tab.session.floor.current_turn is not None
    assert tab.session.floor.current_turn.paused  # put away, the turn is still paused
