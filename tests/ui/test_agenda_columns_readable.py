"""On a laptop screen, in English and in Spanish, every column of the agenda but the title
shows its header and its cells whole; the title gives way, cut short with "…", and is whole in
its tooltip.

At 1024x768 the agenda cut "Welcome & agreements" to "Welcom…", "Discussion" to "Discussi…"
and the time over to "11 min 20 s (…"."""

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import language
from meetingkit.ui.agenda_editor import OWNER_FLOOR
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.table_columns import header_width


@pytest.fixture(params=["en", "es"])
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, "en")


def _laid_out() -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _agenda_at(
    width: int, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> MainWindow:
    window = make_window()
    window.open_meeting(demo.meeting_id)  # tonight's, running: an item over time, in bold
    window.resize(width, 768)
    qtbot.waitUntil(lambda: window.width() == width)
    _laid_out()
    return window


def _cut(window: MainWindow) -> list[str]:
    """The columns but the title narrower than their header or their widest cell."""
    table = window.meetings_page.view.agenda_tab.editor.table
    cut = []
    for column in range(table.model().columnCount()):
        if column == AgendaModel.COL_TITLE:
            continue
        needed = max(header_width(table, column), table.sizeHintForColumn(column))
        if table.columnWidth(column) < needed:
            cut.append(f"{column}: {table.columnWidth(column)} < {needed} px")
    return cut


@pytest.mark.parametrize("width", [1024, 1366])
def test_every_column_but_the_title_shows_whole(
    width: int, spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = _agenda_at(width, qtbot, make_window, demo)
    table = window.meetings_page.view.agenda_tab.editor.table
    model = table.model()
    kinds = {model.index(r, AgendaModel.COL_KIND).data() for r in range(model.rowCount())}
    assert len(kinds) > 3  # "Welcome & agreements", "Discussion" in bold, ...
    assert _cut(window) == [], spoken
    assert table.horizontalScrollBar().maximum() == 0  # the title gave way, not the table


def test_the_time_column_widens_as_the_item_on_runs_over(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo, clock: ManualClock
) -> None:
    """The item on counts up from "9 min 59 s" to "1 h 0 min 1 s (+50 min 1 s)": its column
    follows, tick by tick."""
    window = _agenda_at(1024, qtbot, make_window, demo)
    agenda = window.meetings_page.view.agenda_tab
    before = agenda.editor.table.columnWidth(AgendaModel.COL_TIME)
    clock.advance(60 * 60)
    agenda.runner.refresh()
    _laid_out()
    assert agenda.editor.table.columnWidth(AgendaModel.COL_TIME) > before
    assert _cut(window) == []


def test_at_1024_the_time_over_is_left_to_the_tooltip_and_comes_back_with_room(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """The time over would leave the title no room on a laptop screen: the time used shows
    whole, in red, and its tooltip says by how much; on a wider screen the cell says it too."""
    window = _agenda_at(1024, qtbot, make_window, demo)
    model = window.meetings_page.view.agenda_tab.editor.model
    welcome = model.index(0, AgendaModel.COL_TIME)
    assert welcome.data() == "11 min 20 s"
    assert welcome.data(Qt.ItemDataRole.ToolTipRole) == (
        "11 min 20 s used: 1 min 20 s over the planned 10 min"
    )
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: welcome.data() == "11 min 20 s (+1 min 20 s)")
    _laid_out()
    assert _cut(window) == []


def test_the_title_is_whole_in_its_tooltip_notes_and_all(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = _agenda_at(1024, qtbot, make_window, demo)
    model = window.meetings_page.view.agenda_tab.editor.model
    noted = 0
    for row in range(model.rowCount()):
        item = model.item(row)
        assert item is not None
        tip = model.index(row, AgendaModel.COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "\n\n".join(t for t in (item.title, item.notes) if t)
        noted += bool(item.notes)
    assert noted  # a title with notes: the notes used to be its tooltip, and the title not


def test_a_long_owner_name_gives_way_after_the_title_and_says_itself_in_its_tooltip(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo, conn: sqlite3.Connection
) -> None:
    """Only a name longer than OWNER_FLOOR is cut short, and never sideways scrolling."""
    long_name = "María Guadalupe Hernández-Villanueva de la Cruz"
    owner = PeopleStore(conn).add(Person(long_name))
    agenda = AgendaStore(conn)
    item = agenda.items(demo.meeting_id)[-1]
    agenda.update_item(replace(item, owner_id=owner.key))
    window = _agenda_at(1920, qtbot, make_window, demo)  # room for it whole
    table = window.meetings_page.view.agenda_tab.editor.table
    row = table.model().rowCount() - 1
    cell = table.model().index(row, AgendaModel.COL_OWNER)
    assert cell.data() == long_name
    assert table.columnWidth(AgendaModel.COL_OWNER) >= table.sizeHintForColumn(
        AgendaModel.COL_OWNER
    )
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: table.columnWidth(AgendaModel.COL_OWNER) == OWNER_FLOOR)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert table.horizontalScrollBar().maximum() == 0
