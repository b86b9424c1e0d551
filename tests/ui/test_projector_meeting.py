"""The projector shows the meeting it was opened for (QA round 16c).

Selecting another meeting in the list put that meeting on the room's screen; moving on the
agenda with people still waiting showed the new item's title and clock over the old item's
speaker and "Next:" while the facilitator was asked where they go."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow
from meetingkit.ui.unheard_choice import Unheard, UnheardChoice

ITEM = "Staffing survey results"  # the demo's live meeting's item on now
NEXT_ITEM = "Proposal: a safe-staffing vigil on December 5"


def opened(window: MainWindow, qtbot: QtBot) -> ProjectorWindow:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    qtbot.keyClick(window, Qt.Key.Key_F11)
    projector = window.projector.window
    assert projector is not None
    return projector


def title(projector: ProjectorWindow) -> str:
    return projector.item_title_label.text().replace("\n", " ")


def other_meeting(demo: Demo) -> int:
    return next(key for key in demo.meeting_ids if key != demo.meeting_id)


def test_the_projector_stays_on_its_meeting_while_another_is_selected(
    qtbot: QtBot,
    demo: Demo,
    clock: ManualClock,
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    projector = opened(window, qtbot)
    assert (projector.speaker_label.text(), title(projector)) == ("Samuel", ITEM)
    clock_before = projector.item_countdown_label.text()

    window.meetings_page.select_meeting(other_meeting(demo))
    clock.advance(10)
    window.projector.refresh()
    assert (projector.speaker_label.text(), title(projector)) == ("Samuel", ITEM)
    assert projector.timer_label.isVisible()
    assert projector.item_countdown_label.text() != clock_before  # its clocks run on
    assert window.projector.act_open.isEnabled()

    window.meetings_page.select_meeting(demo.meeting_id)  # back: what is done there shows
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.meetings_page.view.floor_tab.stack_table, Qt.Key.Key_N)
    window.projector.refresh()
    assert projector.speaker_label.text() == "Rosa"
    window.projector.close()


def test_with_no_meeting_selected_the_projector_stays_and_f11_closes_it(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    """With no meeting selected, the projector closed."""
    window = make_window()
    projector = opened(window, qtbot)
    window.meetings_page.select(QModelIndex())
    assert window.meetings_page.current_meeting() is None
    window.projector.refresh()
    assert window.projector.window is projector
    assert projector.speaker_label.text() == "Samuel"
    assert window.projector.act_open.isEnabled()
    window.projector.act_open.trigger()
    assert window.projector.window is None
    assert not window.projector.act_open.isEnabled()  # nothing left to open it for


def test_deleting_another_meeting_leaves_the_projector_and_its_own_closes_it(
    qtbot: QtBot,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    opened(window, qtbot)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    window.meetings_page.select_meeting(other_meeting(demo))
    window.act_delete_meeting.trigger()
    assert window.projector.window is not None
    window.meetings_page.select_meeting(demo.meeting_id)
    window.act_delete_meeting.trigger()
    assert window.projector.window is None


def test_someone_forgotten_leaves_the_projector_while_another_meeting_is_selected(
    qtbot: QtBot,
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
) -> None:
    """The projector's meeting, not on screen, is read again when people are forgotten: the
    room saw the first name of someone forgotten."""
    window = make_window()
    projector = opened(window, qtbot)
    assert "Rosa" in projector.next_label.text()
    window.meetings_page.select_meeting(other_meeting(demo))
    people = PeopleStore(conn)
    rosa = next(p for p in map(people.get, demo.person_ids) if p.first_name == "Rosa")
    people.forget(rosa.key)
    window._people_changed()
    assert projector.speaker_label.text() == "Samuel"
    assert "Rosa" not in projector.next_label.text()
    window.projector.close()


def test_moving_on_with_people_waiting_shows_the_new_item_once_answered(
    qtbot: QtBot,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    projector = opened(window, qtbot)
    while_asked: list[tuple[str, str, str]] = []

    def ask(_cls: type, *_args: object) -> Unheard:
        window.projector.refresh()  # the floor's clock ticks while the question is open
        while_asked.append(
            (title(projector), projector.speaker_label.text(), projector.next_label.text())
        )
        return Unheard.CARRY

    monkeypatch.setattr(UnheardChoice, "ask", classmethod(ask))
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next agenda item
    assert while_asked
    assert while_asked[0][:2] == (ITEM, "Samuel")
    assert "Rosa" in while_asked[0][2]
    window.projector.refresh()
    assert title(projector) == NEXT_ITEM
    window.projector.close()
