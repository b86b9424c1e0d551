"""The person's history under the People list breaks its lines between words only, in English
and in Spanish, on a small laptop's screen and wider: in Spanish at 1093x614 the Meetings
table's "Registro" heading read "Registr" over "o" (its column a hair narrower than the bold
word). Text typed into a note without a space, too long to wrap, still wraps."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.commitment import FollowUpStatus
from meetingkit.services.demo import Demo
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_history_view import PersonHistoryView

RUN = "Staffing" * 15  # typed without a space or a hyphen: nowhere to break a line


def _laid_out() -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _people_at(
    size: tuple[int, int], qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> MainWindow:
    window = make_window()
    window.show_people()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    return window


def _history_of(window: MainWindow, person: int, qtbot: QtBot) -> PersonHistoryView:
    page = window.people_page
    page.search_edit.clear()
    page.table.selectRow(page.model.row_of(person))
    view = page.history_view
    qtbot.waitUntil(lambda: view.history is not None and view.history.person.id == person)
    _laid_out()
    return view


def _words_broken(view: PersonHistoryView) -> list[str]:
    """The one-word texts (headings, cells) laid out on more than one line."""
    broken = []
    block = view.document().begin()
    while block.isValid():
        layout = block.layout()
        if len(block.text().split()) == 1 and layout is not None and layout.lineCount() > 1:
            broken.append(block.text())
        block = block.next()
    return broken


def _most_visits(conn: sqlite3.Connection) -> list[int]:
    rows = conn.execute(
        "SELECT person_id FROM attendance GROUP BY person_id ORDER BY count(*) DESC, person_id"
    ).fetchall()
    return [int(r[0]) for r in rows[:4]]


@pytest.mark.parametrize("size", [(1093, 614), (1366, 768), (1920, 1080)])
def test_headings_and_cells_break_between_words_only(
    size: tuple[int, int],
    spoken: str,
    demo: Demo,
    conn: sqlite3.Connection,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
) -> None:
    first = conn.execute("SELECT id FROM people ORDER BY first_name, last_name").fetchone()[0]
    window = _people_at(size, qtbot, make_window)
    for person in [int(first), *_most_visits(conn)]:  # Aisha Bello, the list's first, too
        view = _history_of(window, person, qtbot)
        assert view.history is not None
        assert view.history.visits
        assert _words_broken(view) == [], (spoken, size, person)
        assert view.horizontalScrollBar().maximum() == 0, (spoken, size, person)


def test_a_run_too_long_to_wrap_still_wraps(
    demo: Demo, conn: sqlite3.Connection, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    store = CommitmentStore(conn)
    c = store.follow_ups()[0].commitment
    store.update_follow_up(
        c.key,
        status=FollowUpStatus.REACHED,
        notes=RUN,
        organizer_id=c.organizer_id,
        follow_up_due=c.follow_up_due,
        now_ms=1,
    )
    view = _history_of(_people_at((1093, 614), qtbot, make_window), c.person_id, qtbot)
    assert RUN in view.toPlainText().replace("\u200b", "")
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().idealWidth() <= view.viewport().width()
