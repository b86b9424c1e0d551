"""The selected person's history under the People list (QA round 8, finding 9: selecting a
person showed one line, and their story had to be pieced together group by group). It opens
with the selection, follows it from the keyboard, hides and shows with Ctrl+I, shows typed
text as typed, goes under the lock with the rest, and shows nothing of a forgotten person."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.app import build_main_window
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.services.demo import Demo
from meetingkit.services.settings_file import Preferences
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.ui import feedback
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.people_page import PeoplePage
from meetingkit.ui.person_history_view import history_html
from meetingkit.ui.tones import tones

from .conftest import NOW, TODAY

DELE = "Dele Okonkwo"  # at 7 of the demo's meetings, and organizes others' follow-ups


def person_id(conn: sqlite3.Connection, name: str) -> int:
    first, last = name.split(" ", 1)
    row = conn.execute(
        "SELECT id FROM people WHERE first_name = ? AND last_name = ?", [first, last]
    ).fetchone()
    return int(row[0])


def people(window: MainWindow) -> PeoplePage:
    window.show_people()
    return window.people_page


def select(page: PeoplePage, person: int) -> None:
    page.search_edit.clear()
    page.table.selectRow(page.model.row_of(person))
    assert page.current_person() is not None
    assert page.current_person().id == person  # type: ignore[union-attr]


def test_selecting_a_person_shows_their_history_with_its_counts(
    demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    page = people(make_window())
    dele = person_id(conn, DELE)
    select(page, dele)
    meetings, commitments, still_open = conn.execute(
        "SELECT (SELECT count(*) FROM attendance WHERE person_id = ?),"
        " (SELECT count(*) FROM commitments WHERE person_id = ?),"
        " (SELECT count(*) FROM commitments WHERE person_id = ? AND status IN ('open', 'reached'))",
        [dele, dele, dele],
    ).fetchone()
    assert meetings == 7

    assert page.history_view.isVisible()
    text = page.history_view.toPlainText()
    assert text.startswith(f"Came to 7 meetings, last 21 Nov; {commitments} commitment")
    assert ("none open" if not still_open else f"{still_open} open follow-up") in text
    assert text.count("Safe Staffing Working Group —") >= 1
    for heading in ("Meetings", "Groups and ladder"):
        assert f"\n{heading}\n" in text
    assert page.detail_label.text().startswith(f"{DELE} · Registered nurse (RN)")


def test_the_keyboard_moves_through_people_hides_the_history_and_reaches_it(
    qtbot: QtBot, demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    page = people(make_window())
    select(page, person_id(conn, DELE))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    below = page.current_person()
    assert below is not None
    assert below.display_name != DELE
    history = page.history_view.history
    assert history is not None
    assert history.person.id == below.id

    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not page.history_view.isVisible()
    assert not page.history_button.isChecked()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # hidden, it reads nobody's
    assert page.history_view.history is None
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert page.history_view.isVisible()
    assert page.history_button.isChecked()
    history = page.history_view.history
    assert history is not None
    assert history.person.display_name == DELE

    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # on from the list into the history…
    assert QApplication.focusWidget() is page.history_view
    qtbot.keyClick(page.history_view, Qt.Key.Key_Tab)  # …and on out of it
    assert QApplication.focusWidget() is not page.history_view


def test_the_history_button_hides_and_shows_it(
    qtbot: QtBot, demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    page = people(make_window())
    select(page, person_id(conn, DELE))
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert not page.history_view.isVisible()
    assert not page.act_history.isChecked()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert page.history_view.isVisible()


def test_the_history_opens_at_its_top(
    qtbot: QtBot, demo: Demo, conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> None:
    """The window opened on the People page (as `meetingkit screenshot --view people` does):
    the history was laid out at no height first, and kept its text cursor in view by
    scrolling its first line away."""
    window = build_main_window(
        conn, data_dir, today=TODAY, clock=clock, preferences=Preferences.load()
    )
    qtbot.addWidget(window)
    window.show_people()
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    page = window.people_page
    assert page.history_view.isVisible()
    assert page.history_view.verticalScrollBar().value() == 0
    assert page.history_view.toPlainText().startswith("Came to ")
    window.close()


def test_typed_notes_show_as_typed(
    demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    store = CommitmentStore(conn)
    follow_up = store.follow_ups()[0]
    c = follow_up.commitment
    store.update_follow_up(
        c.key,
        status=FollowUpStatus.REACHED,
        notes='<b>Not bold</b> & <img src="x">',
        organizer_id=c.organizer_id,
        follow_up_due=c.follow_up_due,
        now_ms=1,
    )
    page = people(make_window())
    select(page, c.person_id)
    assert '<b>Not bold</b> & <img src="x">' in page.history_view.toPlainText()


def test_the_lock_hides_the_history(
    demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    page = people(window)
    select(page, person_id(conn, DELE))
    window.lock_screen.lock()
    assert not page.history_view.isVisible()
    page.refresh()  # someone signs in meanwhile: the directory is read again, no history
    assert page.history_view.history is None
    assert window.lock_screen.try_unlock()  # not encrypted: anyone can
    assert page.history_view.isVisible()


def test_a_forgotten_person_leaves_nothing_in_anyone_s_history(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forgetting Dele, who organizes follow-ups: the page moves to someone else, whose
    history (like everyone's) no longer names him."""
    window = make_window()
    page = people(window)
    dele = person_id(conn, DELE)
    organized = {
        f.commitment.person_id
        for f in CommitmentStore(conn).follow_ups(include_closed=True)
        if f.commitment.organizer_id == dele
    }
    assert organized
    select(page, dele)
    monkeypatch.setattr(feedback.Confirm, "ask", classmethod(lambda *_: True))
    window.forget_person()

    history = page.history_view.history
    assert history is not None
    assert history.person.id != dele
    for someone in organized:
        select(page, someone)
        assert "Okonkwo" not in page.history_view.toPlainText()


def test_a_follow_up_past_its_day_is_in_red(
    demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    """Only the follow-up's own cell: "Open, call by …" in the palette's danger colour."""
    late = next(
        f for f in CommitmentStore(conn).follow_ups() if f.commitment.overdue(NOW)
    ).commitment
    page = people(make_window())
    select(page, late.person_id)
    history = page.history_view.history
    assert history is not None
    html = history_html(history, tones(page.history_view.palette()))
    red = tones(page.history_view.palette()).danger.name()
    assert f'<td style="color:{red}">Open, call by ' in html or (
        f'<td style="color:{red}">Reached, call by ' in html
    )
    assert html.count(f"color:{red}") == sum(c.overdue(NOW) for c in history.commitments)
