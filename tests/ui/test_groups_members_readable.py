"""The Groups page on a small laptop screen (1093x614: 1366x768 at 125 %), in English and in
Spanish: the selected group's members read whole beside the group list, and nothing scrolls
sideways; on wider screens the list shows every group on one line.

At 1093x614 the group list kept 430 px (a fixed share of the splitter) and the Members table,
its columns as wide as their contents, squeezed the Ladder to a sliver ("ad", "L…") with a
horizontal scroll bar; in Spanish the page could not be narrower than 1082 px."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.group_models import GroupsModel, MembersModel
from meetingkit.ui.groups_page import LIST_SHARE, GroupsPage
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.table_columns import cells_width, column_cells, header_width


def _laid_out() -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _groups_at(
    size: tuple[int, int], qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> GroupsPage:
    """The Groups page, the demo's committee selected (its long name, its members' rungs)."""
    window = make_window()
    window.show_groups()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    page = window.groups_page
    page.refresh()
    qtbot.waitUntil(lambda: page.overview() is not None)
    _laid_out()
    return page


def _needs(table: QTableView, column: int) -> int:
    return max(cells_width(table, column_cells(table, column)), header_width(table, column))


def _shown(table: QTableView) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def test_at_1093_the_members_read_whole_beside_the_list(
    spoken: str, demo: Demo, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    page = _groups_at((1093, 614), qtbot, make_window)
    table, m = page.members_tab.table, MembersModel
    assert table.model().rowCount() > 3
    assert table.horizontalScrollBar().maximum() == 0, spoken  # it scrolled sideways
    assert sum(table.columnWidth(c) for c in _shown(table)) <= table.viewport().width()
    rung = table.columnWidth(m.COL_RUNG)
    assert rung >= _needs(table, m.COL_RUNG), f"{spoken}: the rung cut to {rung} px"
    for column in (m.COL_NAME, m.COL_ATTENDANCE):  # never cut short, never hidden
        assert table.columnWidth(column) >= _needs(table, column), (spoken, column)
    for column in m.WHOLE_COLUMNS:  # the counts are whole, or hidden for the rung's room
        assert table.isColumnHidden(column) or table.columnWidth(column) >= _needs(table, column), (
            spoken,
            column,
        )
    hidden = [c for c in m.GIVE_WAY if table.isColumnHidden(c)]
    assert hidden == list(m.GIVE_WAY[: len(hidden)]), spoken  # in their order
    assert m.COL_PROFESSION not in hidden, spoken
    for row in range(table.model().rowCount()):  # a profession cut short reads whole here
        for column in (m.COL_PROFESSION, m.COL_RUNG):
            cell = table.model().index(row, column)
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
    # The list takes no more than its share, and each group's name wraps rather than is cut.
    splitter = page.splitter
    room = splitter.width() - splitter.handleWidth()
    least = splitter.widget(0).minimumSizeHint().width()
    assert splitter.sizes()[0] <= max(least, round(LIST_SHARE * room)) + 1, spoken
    groups = page.groups_table
    for row in range(page.groups_model.rowCount()):
        assert groups.rowHeight(row) >= groups.sizeHintForRow(row), spoken


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_on_wider_screens_every_column_and_every_group_name_shows_whole(
    size: tuple[int, int],
    spoken: str,
    demo: Demo,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
) -> None:
    page = _groups_at(size, qtbot, make_window)
    table = page.members_tab.table
    assert _shown(table) == list(range(table.model().columnCount())), (spoken, size)
    for column in range(table.model().columnCount()):
        assert table.columnWidth(column) >= _needs(table, column), (spoken, size, column)
    assert table.horizontalScrollBar().maximum() == 0
    groups = page.groups_table
    if size[0] >= 1920:  # room for the names on one line
        name = GroupsModel.COL_NAME
        assert groups.columnWidth(name) >= _needs(groups, name), spoken


def test_in_spanish_the_page_fits_a_1024_screen(
    spoken: str, demo: Demo, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    """The hint under the members ("✓ vino · – faltó: una marca por reunión realizada, la más
    antigua primero.") wraps rather than widening the page."""
    page = _groups_at((1024, 768), qtbot, make_window)
    window = page.window()
    assert window.minimumSizeHint().width() <= 1000, spoken
    assert window.width() == 1024, spoken
    assert page.members_tab.table.horizontalScrollBar().maximum() == 0, spoken


def test_a_handle_the_organizer_dragged_stays_where_they_put_it(
    demo: Demo, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    page = _groups_at((1366, 768), qtbot, make_window)
    splitter = page.splitter
    splitter.moveSplitter(500, 1)  # as dragging the handle does (it says splitterMoved)
    _laid_out()
    dragged = splitter.sizes()[0]
    page.window().resize(1500, 768)
    qtbot.waitUntil(lambda: page.window().width() == 1500)
    _laid_out()
    assert splitter.sizes()[0] == dragged
