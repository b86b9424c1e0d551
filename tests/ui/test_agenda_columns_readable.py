"""On a laptop screen, in English and in Spanish, the agenda's item title keeps a readable
width: it is what the facilitator reads. The other columns give way to it in turn: the time
used leaves out its time over, then the owner's name is cut short (down to the first name,
whole in its tooltip), then the kind is hidden (it shows whole or not at all); only then is
the title cut short. At 1366x768 every column but a long title shows whole.

At 1024x768 the agenda cut "Welcome & agreements" to "Welcom…", "Discussion" to "Discussi…"
and the time over to "11 min 20 s (…"; then, with those whole, the title to "▶ Staffing …"
(85 px of a 483 px table). At 1093x614 the title, the kind and the owner were all cut short
at once ("Welcome & a…", "Dele …"): the kind was hidden only once cut down to its header,
which at a laptop's width it never was."""

import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.i18n import fill
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_editor import (
    GIVE_WAY,
    HIDE_FOR_ROOM,
    TITLE_ROOM,
    TITLE_SHARE,
    AgendaEditor,
)
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.table_columns import cells_width, column_cells, header_width


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


def _title_needs(window: MainWindow) -> int:
    """How wide the title column must be to show its longest title whole."""
    table = _editor(window).table
    cells = column_cells(table, AgendaModel.COL_TITLE)
    return max(cells_width(table, cells), header_width(table, AgendaModel.COL_TITLE))


def _time_over_fits(window: MainWindow) -> bool | None:
    """Whether, measured in the table's font, every column whole with the times over leaves
    the title its room (TITLE_ROOM, or TITLE_SHARE of the table, no more than it needs); None
    when a few pixels either way would change the answer. In the usual font it does at
    1366x768 (710 px of table); in a font a few percent wider it does not, and the time over
    rightly gives way first."""
    editor = _editor(window)
    table, model = editor.table, editor.model
    available = table.viewport().width()
    needed = 0
    for column in range(model.columnCount()):
        if column == AgendaModel.COL_TITLE:
            continue
        if column == AgendaModel.COL_TIME:
            cells = model.time_cells(over=True)
        else:
            cells = column_cells(table, column)
        needed += max(cells_width(table, cells), header_width(table, column))
    room = min(max(TITLE_ROOM, round(TITLE_SHARE * available)), _title_needs(window))
    spare = available - needed - room
    return None if abs(spare) <= 3 else spare > 0


def test_at_1366_every_column_but_a_long_title_shows_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """And the time over too, where the font leaves the title its room beside it."""
    window = _agenda_at(1366, qtbot, make_window, demo)
    table = _editor(window).table
    model = table.model()
    kinds = {model.index(r, AgendaModel.COL_KIND).data() for r in range(model.rowCount())}
    assert len(kinds) > 3  # "Welcome & agreements", "Discussion" in bold, ...
    over = _time_over_fits(window)
    if over is not None:
        assert ("(+" in model.index(0, AgendaModel.COL_TIME).data()) == over, spoken
    assert _cut(window) == [], spoken  # none hidden, none cut short
    assert table.columnWidth(AgendaModel.COL_TITLE) >= TITLE_ROOM
    assert table.horizontalScrollBar().maximum() == 0


def test_at_1024_the_title_keeps_its_room_and_the_others_give_way(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """The title keeps its room (200 px: two fifths of the table, in the usual font); the
    start and the minutes stay whole, the time used without its time over; the owner is cut
    short, whole in its tooltip, an owner's first name whole; the kind is hidden."""
    window = _agenda_at(1024, qtbot, make_window, demo)
    table, model = _editor(window).table, _editor(window).model
    title = table.columnWidth(AgendaModel.COL_TITLE)
    assert title >= TITLE_ROOM, spoken  # it was 85 px: "▶ Staffing …"
    # Not "two fifths" itself: the panels beside the table are narrower in a narrower font,
    # and 200 px is then a little less (200 of 505 px).
    assert title >= min(TITLE_SHARE * table.viewport().width(), _title_needs(window)), spoken
    assert table.horizontalScrollBar().maximum() == 0  # nor does the table scroll sideways
    whole = (AgendaModel.COL_START, AgendaModel.COL_MINUTES, AgendaModel.COL_TIME)
    assert _cut(window, whole) == [], spoken
    assert _cut(window, (AgendaModel.COL_OWNER, AgendaModel.COL_KIND))  # they gave way
    # The kind is hidden rather than cut short; in a font wider than the usual one (or in
    # Spanish, with its long headers, in one a little wider) the owner too, rather than the
    # title given less.
    hidden = [c for c in HIDE_FOR_ROOM if table.isColumnHidden(c)]
    assert hidden == list(HIDE_FOR_ROOM[: len(hidden)]), spoken
    assert _kind_whole_or_hidden(window), spoken
    owners = [model.index(r, AgendaModel.COL_OWNER).data() for r in range(model.rowCount())]
    first_names = cells_width(table, [(o.split()[0] + "…", False) for o in owners if o])
    if AgendaModel.COL_OWNER not in hidden:
        assert table.columnWidth(AgendaModel.COL_OWNER) >= first_names
    for column in (AgendaModel.COL_OWNER, AgendaModel.COL_KIND):
        if column not in hidden:
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
    to its floor; only then does the title get less than its room (where the kind is not
    hidden first: `test_the_kind_then_the_owner_are_hidden_…`). The kind never shrinks."""
    window = _agenda_at(1366, qtbot, make_window, demo)
    columns = _editor(window).columns
    wanted, floors = columns.widths(), columns.floors()
    time, owner = GIVE_WAY
    assert (time, owner) == (AgendaModel.COL_TIME, AgendaModel.COL_OWNER)
    for column in GIVE_WAY:
        assert floors[column] < wanted[column]  # each has something to give
    assert floors[AgendaModel.COL_KIND] == wanted[AgendaModel.COL_KIND]  # whole, or hidden
    gave: dict[str, int] = {}
    for available in range(900, 200, -1):
        widths = columns.widths_for(available)
        title = available - sum(widths.values())
        assert widths[time] in (wanted[time], floors[time]), available  # its time over, whole
        if widths[owner] < wanted[owner]:
            assert widths[time] == floors[time], available
            gave.setdefault("owner", available)
        if title < columns.main_room(available):
            assert widths[owner] == floors[owner], available
            gave.setdefault("title", available)
        assert all(widths[c] == wanted[c] for c in widths if c not in GIVE_WAY)  # the rest
    assert gave["owner"] > gave["title"]


def _kind_whole_or_hidden(window: MainWindow) -> bool:
    table = _editor(window).table
    return table.isColumnHidden(AgendaModel.COL_KIND) or not _cut(window, (AgendaModel.COL_KIND,))


@pytest.mark.parametrize("width", [1024, 1093, 1180, 1280, 1366, 1920])
def test_the_kind_shows_whole_or_not_at_all(
    width: int,
    spoken: str,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    demo: Demo,
) -> None:
    """Cut short ("Welcome & a…", "Proposal / de…", "Bienve…") the kind says little; it was
    cut beside a title and an owner cut short too. Hidden, it leaves them its room."""
    window = _agenda_at(width, qtbot, make_window, demo)
    table = _editor(window).table
    assert _kind_whole_or_hidden(window), (spoken, width, table.columnWidth(AgendaModel.COL_KIND))
    assert table.columnWidth(AgendaModel.COL_TITLE) >= TITLE_ROOM, (spoken, width)
    assert table.horizontalScrollBar().maximum() == 0, (spoken, width)


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
    whole, in red, and its tooltip says by how much; on a wider screen the cell says it too
    (at 1366x768 in the usual font; on a 1920 one in a wider font too)."""
    window = _agenda_at(1024, qtbot, make_window, demo)
    model = window.meetings_page.view.agenda_tab.editor.model
    welcome = model.index(0, AgendaModel.COL_TIME)
    assert welcome.data() == "11 min 20 s"
    assert welcome.data(Qt.ItemDataRole.ToolTipRole) == (
        "11 min 20 s used: 1 min 20 s over the planned 10 min"
    )
    window.resize(1920, 768)
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
        hidden = "\n".join(  # what the narrow table hides: its kind, at 1024
            fill(label, cell)
            for column, label, cell in (
                (AgendaModel.COL_KIND, "Kind: %1", item.kind.label),
                (AgendaModel.COL_OWNER, "Owner: %1", item.owner_name),
            )
            if cell and window.meetings_page.view.agenda_tab.editor.table.isColumnHidden(column)
        )
        assert tip == "\n\n".join(t for t in (item.title, hidden, item.notes) if t)
        noted += bool(item.notes)
    assert noted  # a title with notes: the notes used to be its tooltip, and the title not


def test_a_long_owner_name_gives_way_before_the_title_and_says_itself_in_its_tooltip(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo, conn: sqlite3.Connection
) -> None:
    """Whole where there is room; cut short to "María…" on a laptop screen, never sideways
    scrolling; and a wide table keeps its share for the title (or what it needs to show its
    longest title whole, where that is less: in a wider font the long name takes the rest)."""
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
    share = TITLE_SHARE * table.viewport().width()
    assert table.columnWidth(AgendaModel.COL_TITLE) >= min(share, _title_needs(window))
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


def _viewport(window: MainWindow, qtbot: QtBot, wanted: int) -> None:
    """Resize the window until the agenda's table is `wanted` pixels wide (or a pixel more:
    the splitters share out a window's width in steps)."""
    table = _editor(window).table
    for _ in range(12):
        have = table.viewport().width()
        if wanted <= have <= wanted + 1:
            return
        width = window.width() + round((wanted - have) / 0.75)  # the table's share, about
        window.resize(max(width, window.minimumWidth()), 768)
        qtbot.waitUntil(lambda: window.width() == max(width, window.minimumWidth()))  # noqa: B023
        _laid_out()
    raise AssertionError(f"the table is {table.viewport().width()} px, not {wanted}")


def test_the_kind_then_the_owner_are_hidden_before_the_title_goes_below_its_room(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """In Spanish, in a font a little wider than the usual one, the headers ("Responsable",
    "Tiempo usado") left the title 182 px at 1024x768: less than its room, with the kind cut
    to "Di…". Measured in the table's font: a table a little narrower than the others'
    narrowest and the title's room hides the kind; narrower still, the owner; the title keeps
    its room, nothing scrolls sideways, and they come back with the room."""
    window = _agenda_at(1920, qtbot, make_window, demo)
    table, columns = _editor(window).table, _editor(window).columns
    floors = columns.floors()
    assert set(floors) == set(range(AgendaModel.COL_TIME + 1)) - {AgendaModel.COL_TITLE}
    kind, owner = HIDE_FOR_ROOM
    least = sum(floors.values()) + TITLE_ROOM  # everything at its narrowest
    for hidden, wanted in (
        ((), least),
        ((kind,), least - 4),
        ((kind,), least - floors[kind]),
        ((kind, owner), least - floors[kind] - 4),
    ):
        _viewport(window, qtbot, wanted)
        shown = [c for c in range(AgendaModel.COL_TIME + 1) if not table.isColumnHidden(c)]
        assert [c for c in HIDE_FOR_ROOM if c not in shown] == list(hidden), wanted
        assert table.columnWidth(AgendaModel.COL_TITLE) >= TITLE_ROOM, wanted
        assert table.horizontalScrollBar().maximum() == 0, wanted
        assert _cut(window, (AgendaModel.COL_START, AgendaModel.COL_MINUTES)) == []


def test_a_hidden_kind_and_owner_are_said_in_the_titles_tooltip(
    qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """Hidden for room, the kind and the owner are still a hover away: the title's tooltip
    says them (and says nothing of them while their columns show)."""
    window = _agenda_at(1920, qtbot, make_window, demo)
    editor = _editor(window)
    table, model, columns = editor.table, editor.model, editor.columns
    owned = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), model.ItemRole).owner_name
    )
    item = model.data(model.index(owned, 0), model.ItemRole)

    def tip() -> str:
        return str(
            model.data(model.index(owned, AgendaModel.COL_TITLE), Qt.ItemDataRole.ToolTipRole)
        )

    assert item.kind.label not in tip()
    assert item.owner_name not in tip()
    floors = columns.floors()
    kind, owner = HIDE_FOR_ROOM
    _viewport(window, qtbot, sum(floors.values()) + TITLE_ROOM - floors[kind] - 4)
    assert table.isColumnHidden(kind)
    assert table.isColumnHidden(owner)
    assert f"Kind: {item.kind.label}" in tip()
    assert f"Owner: {item.owner_name}" in tip()
