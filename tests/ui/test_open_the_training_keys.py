"""Open the training is one Alt+letter away on the Curricula page, as its underlined letter
says (QA round 11: its tool button showed the action's text without the "&", so Alt+O, and
Alt+B in Spanish, did nothing). It shows the training selected in the Meetings list even
when a search there hid it."""

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import MeetingKind
from meetingkit.services.demo import Demo
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow

LETTER = {"en": Qt.Key.Key_O, "es": Qt.Key.Key_B}  # Open the training's, by language


def test_alt_and_its_letter_open_the_training_hidden_by_a_search(
    spoken: str,
    qtbot: QtBot,
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    meetings = window.meetings_page
    [training] = [m for m in MeetingStore(conn).all() if m.kind is MeetingKind.TRAINING]
    meetings.focus_search()
    qtbot.keyClicks(meetings.search_edit, "safe staffing")
    assert not meetings.model.meeting_index(training.key).isValid()  # hidden by the search
    window.show_curricula()
    page = window.curricula_page
    [slug] = conn.execute("SELECT curriculum FROM meetings WHERE id = ?", [training.key]).fetchone()
    for row in range(page.list.count()):  # the curriculum it was made from
        page.list.setCurrentRow(row)
        if page.current_entry().slug == slug:  # type: ignore[union-attr]
            break
    page.list.setFocus()
    assert page.runs_panel.selected_training() == training.key
    qtbot.keyClick(page.list, LETTER[spoken], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is meetings)  # a button's click
    assert meetings.current_meeting() == training  # is animated: it comes a moment later
    assert meetings.search_edit.text() == ""
    [selected] = meetings.tree.selectionModel().selectedRows()
    assert meetings.model.meeting(selected) == training
