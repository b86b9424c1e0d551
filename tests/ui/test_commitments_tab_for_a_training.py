"""The Commitments tab of a training, as a trainer uses it (QA 15a): the curriculum's long
options wrap in the list instead of hiding behind a sideways scrollbar (its window on a
1440×900 screen), and a walk-in's blank card marks them present, saying so."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.commitment_dialogs import RecordCardDialog, ReturnedCard
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def training(conn: sqlite3.Connection) -> int:
    curriculum, problems = load_curriculum(curricula_dir() / "across-professions")
    assert curriculum is not None, problems
    return create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19)).key


@pytest.mark.parametrize("size", [(1180, 760), (1024, 640)])
def test_the_curriculums_long_options_wrap_whole_without_a_sideways_scrollbar(
    qtbot: QtBot, training: int, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    window = make_window()
    window.resize(*size)
    window.meetings_page.reload(select_id=training)
    view = window.meetings_page.view
    view.show_commitments()
    listed = view.commitments_tab.options_list
    count = listed.count()
    assert count == 5
    widths = [listed.fontMetrics().horizontalAdvance(listed.item(n).text()) for n in range(count)]
    assert max(widths) > listed.viewport().width()  # the longest is wider than the list

    def settled() -> bool:
        last = listed.visualItemRect(listed.item(count - 1))
        return 0 < last.bottom() <= listed.viewport().height()

    qtbot.waitUntil(settled)  # every option whole, one under the other, none scrolled to
    assert not listed.horizontalScrollBar().isVisible()
    assert not listed.verticalScrollBar().isVisible()
    for n in range(count):
        rect = listed.visualItemRect(listed.item(n))
        assert rect.width() <= listed.viewport().width()
    assert any(
        listed.visualItemRect(listed.item(n)).height() > listed.sizeHintForRow(0) // 2 * 3
        for n in range(count)
    )  # some wrapped onto a second line


def test_a_walk_ins_blank_card_marks_them_present_and_says_so(
    conn: sqlite3.Connection,
    training: int,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    carmen = PeopleStore(conn).add(Person("Carmen", "Ruiz"))
    window = make_window()
    window.meetings_page.reload(select_id=training)
    view = window.meetings_page.view
    view.show_commitments()
    tab = view.commitments_tab
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda *_a, **_k: carmen))

    def tick_two(_cls: object, _parent: object, _holder: object, options: list) -> ReturnedCard:
        return ReturnedCard([options[0].key, options[3].key], None, True)

    monkeypatch.setattr(RecordCardDialog, "ask", classmethod(tick_two))
    tab.record_walk_in()

    assert [p.person_id for p in AttendanceStore(conn).present(training)] == [carmen.key]
    assert window.statusBar().currentMessage() == (
        "Carmen Ruiz is now marked present: their card was returned at the meeting."
    )
    assert tab.recorded_model.rowCount() == 2

    window.statusBar().clearMessage()
    tab.record_walk_in()  # her card again: she is already present, nothing to say
    assert window.statusBar().currentMessage() == ""
    assert len(AttendanceStore(conn).present(training)) == 1
