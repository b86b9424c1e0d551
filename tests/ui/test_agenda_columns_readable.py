"""On a laptop screen, in English and in Spanish, the agenda's item title keeps a readable
width: it is what the facilitator reads. The other columns give way to it in turn: the time
used leaves out its time over, then the owner's name is cut short (down to the first name),
then the kind (down to its header), each whole in its tooltip; only then is the title cut
short. At 1366x768 every column but a long title shows whole.

At 1024x768 the agenda cut "Welcome & agreements" to "Welcom…", "Discussion" to "Discussi…"
and the time over to "11 min 20 s (…"; then, with those whole, the title to "▶ Staffing …"
(85 px of a 483 px table)."""

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
from meetingkit.ui.agenda_editor import GIVE_WAY, TITLE_ROOM, AgendaEditor
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.table_columns import cells_width, header_width


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


def _editor(window: MainWindow) -> AgendaEditor:
    return window.meetings_page.view.agenda_tab.editor


def _cut(window: MainWindow, columns: tuple[int, ...] | None = None) -> list[str]:
    """The `columns` (all but the title) narrower than their header or their widest cell."""
    table = _editor(window).table
    cut = []
    for column in columns or range(table.model().columnCount()):
        if column == AgendaModel.COL_TITLE:
            continue
        needed = max(header_width(table, column), table.sizeHintForColumn(column))
        if table.columnWidth(column) < needed:
            cut.append(f"{column}: {table.columnWidth(column)} < {needed} px")
    return cut


def test_at_1366_every_column_but_a_long_title_shows_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = _agenda_at(1366, qtbot, make_window, demo)
    table = _editor(window).table
    model = table.model()
    kinds = {model.index(r, AgendaModel.COL_KIND).data() for r in range(model.rowCount())}
    assert len(kinds) > 3  # "Welcome & agreements", "Discussion" in bold, ...
    assert "(+" in model.index(0, AgendaModel.COL_TIME).data()  # the time over too
    assert _cut(window) == [], spoken
    assert table.columnWidth(AgendaModel.COL_TITLE) >= TITLE_ROOM
    assert table.horizontalScrollBar().maximum() == 0


def test_at_1024_the_title_keeps_its_room_and_the_others_give_way(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """The title keeps two fifths of the table; the start and the minutes stay whole, the
    time used without its time over; the owner and the kind are cut short, each whole in its
    tooltip, and an owner's first name shows whole."""
    window = _agenda_at(1024, qtbot, make_window, demo)
    table, model = _editor(window).table, _editor(window).model
    title = table.columnWidth(AgendaModel.COL_TITLE)
    assert title >= TITLE_ROOM, spoken  # it was 85 px: "▶ Staffing …"
    assert title >= 0.4 * table.viewport().width(), spoken
    assert table.horizontalScrollBar().maximum() == 0  # nor does the table scroll sideways
    whole = (AgendaModel.COL_START, AgendaModel.COL_MINUTES, AgendaModel.COL_TIME)
    assert _cut(window, whole) == [], spoken
    assert _cut(window, (AgendaModel.COL_OWNER, AgendaModel.COL_KIND))  # they gave way
    owners = [model.index(r, AgendaModel.COL_OWNER).data() for r in range(model.rowCount())]
    first_names = cells_width(table, [(o.split()[0] + "…", False) for o in owners if o])
    assert table.columnWidth(AgendaModel.COL_OWNER) >= first_names
    for column in (AgendaModel.COL_OWNER, AgendaModel.COL_KIND):
        assert table.columnWidth(column) >= header_width(table, column)
    for row in range(model.rowCount()):
        item = model.item(row)
        assert item is not None
        kind = model.index(row, AgendaModel.COL_KIND)
        assert kind.data(Qt.ItemDataRole.ToolTipRole) == item.kind.label == kind.data()
        owner = model.index(row, AgendaModel.COL_OWNER)
        assert owner.data(Qt.ItemDataRole.ToolTipRole) == item.owner_name == owner.data()


def test_the_others_give_way_in_turn_before_the_title_goes_below_its_room(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """Narrower and narrower: the time over goes first, whole; then the owner's name shrinks
    to its floor, then the kind to its; only then does the title get less than its room."""
    window = _agenda_at(1366, qtbot, make_window, demo)
    columns = _editor(window).columns
    wanted, floors = columns.widths(), columns.floors()
    time, owner, kind = GIVE_WAY
    assert (time, owner, kind) == (
        AgendaModel.COL_TIME,
        AgendaModel.COL_OWNER,
        AgendaModel.COL_KIND,
    )
    for column in GIVE_WAY:
        assert floors[column] < wanted[column]  # each has something to give
    gave: dict[str, int] = {}
    for available in range(900, 200, -1):
        widths = columns.widths_for(available)
        title = available - sum(widths.values())
        assert widths[time] in (wanted[time], floors[time]), available  # its time over, whole
        if widths[owner] < wanted[owner]:
            assert widths[time] == floors[time], available
            gave.setdefault("owner", available)
        if widths[kind] < wanted[kind]:
            assert widths[owner] == floors[owner], available
            gave.setdefault("kind", available)
        if title < columns.main_room(available):
            assert widths[kind] == floors[kind], available
            gave.setdefault("title", available)
        assert all(widths[c] == wanted[c] for c in widths if c not in GIVE_WAY)  # start, min
    assert gave["owner"] > gave["kind"] > gave["title"]


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
    assert _cut(window, (AgendaModel.COL_TIME,)) == []


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


def test_a_long_owner_name_gives_way_before_the_title_and_says_itself_in_its_tooltip(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo, conn: sqlite3.Connection
) -> None:
    """Whole where there is room; cut short to "María…" on a laptop screen, never sideways
    scrolling; and a wide table keeps its share for the title."""
    long_name = "María Guadalupe Hernández-Villanueva de la Cruz"
    owner = PeopleStore(conn).add(Person(long_name))
    agenda = AgendaStore(conn)
    item = agenda.items(demo.meeting_id)[-1]
    agenda.update_item(replace(item, owner_id=owner.key))
    window = _agenda_at(1920, qtbot, make_window, demo)  # room for it whole
    table = _editor(window).table
    row = table.model().rowCount() - 1
    cell = table.model().index(row, AgendaModel.COL_OWNER)
    assert cell.data() == long_name
    assert table.columnWidth(AgendaModel.COL_OWNER) >= table.sizeHintForColumn(
        AgendaModel.COL_OWNER
    )
    assert table.columnWidth(AgendaModel.COL_TITLE) >= 0.3 * table.viewport().width()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: table.columnWidth(AgendaModel.COL_TITLE) >= TITLE_ROOM)
    shown = table.columnWidth(AgendaModel.COL_OWNER)
    assert (
        cells_width(table, [("María…", False)])
        <= shown
        < table.sizeHintForColumn(AgendaModel.COL_OWNER)
    )
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert table.horizontalScrollBar().maximum() == 0
