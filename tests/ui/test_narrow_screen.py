"""A 1024-pixel laptop screen holds the meeting screen, in English and in Spanish: no tab makes
the window wider than the screen, and the agenda's and the floor's column headers show whole.

In Spanish the floor's buttons ("Cuestión técnica / de idioma (T)") kept the window 1071
pixels wide, and the agenda cut "Responsable" to "esponsabl"."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.ui.floor_models import StackModel
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_view import MeetingView
from meetingkit.ui.table_columns import text_width

SCREEN_WIDTH = 1024
WIDEST_WINDOW = 1000  # the screen, less a little for the window's frame and a side panel
TABS = ("agenda", "floor", "signin", "commitments", "roles", "report", "path")


def _laid_out(window: MainWindow) -> None:
    """Every layout request handled, up to the window (each level posts its own)."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    window_layout = window.layout()
    assert window_layout is not None
    window_layout.activate()


def _show_tab(view: MeetingView, tab: str) -> None:
    shows: dict[str, Callable[[], None]] = {
        "agenda": view.show_agenda,
        "floor": view.show_floor,
        "signin": view.show_signin,
        "commitments": view.show_commitments,
        "roles": view.show_roles,
        "report": view.show_report,
        "path": view.show_path,
    }
    shows[tab]()


def _meeting_window(make_window: Callable[..., MainWindow], demo: Demo) -> MainWindow:
    """Tonight's demo meeting, running: an item over time, people waiting to speak."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    return window


@pytest.mark.parametrize("tab", TABS)
def test_no_tab_of_a_meeting_makes_the_window_wider_than_a_laptop_screen(
    tab: str, spoken: str, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = _meeting_window(make_window, demo)
    _show_tab(window.meetings_page.view, tab)
    _laid_out(window)
    assert window.minimumSizeHint().width() <= WIDEST_WINDOW, (tab, spoken)
    assert window.minimumSize().width() <= WIDEST_WINDOW, (tab, spoken)


def _header_cut(table: QTableView) -> list[str]:
    """The headers of `table` narrower than their text: drawn bold (as while a row is
    selected), with the style's margins on either side."""
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = table.model()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, header.orientation()))
        needed = QFontMetrics(bold).horizontalAdvance(text) + margins
        if header.sectionSize(column) < needed:
            cut.append(f"{text}: {header.sectionSize(column)} < {needed} px")
    return cut


def test_on_a_laptop_screen_the_agenda_and_the_stack_show_their_headers_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = _meeting_window(make_window, demo)
    view = window.meetings_page.view
    for tab, table in (
        ("agenda", view.agenda_tab.editor.table),
        ("floor", view.floor_tab.stack_table),
    ):
        _show_tab(view, tab)
        window.resize(SCREEN_WIDTH, 700)
        _laid_out(window)
        qtbot.waitUntil(lambda: window.width() == SCREEN_WIDTH)
        assert table.model().rowCount() > 0  # a row in bold, a kind that jumps the queue
        assert _header_cut(table) == [], (tab, spoken)


def test_at_1280_pixels_the_stack_shows_what_each_person_asks_for_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """ "Pregunta aclaratoria", in bold as a kind that jumps the queue, was cut to
    "Pregunta aclarato…" on a 1280-pixel screen."""
    window = _meeting_window(make_window, demo)
    window.show_floor()
    window.resize(1280, 800)
    _laid_out(window)
    table = window.meetings_page.view.floor_tab.stack_table
    qtbot.waitUntil(lambda: window.width() == 1280)
    model = table.model()
    kinds = [model.index(row, StackModel.COL_KIND) for row in range(model.rowCount())]
    assert any(k.data(Qt.ItemDataRole.FontRole) is not None for k in kinds)  # one in bold
    for kind in kinds:
        bold = kind.data(Qt.ItemDataRole.FontRole) is not None
        needed = text_width(table, kind.data(), bold=bold)
        assert table.columnWidth(StackModel.COL_KIND) >= needed, (kind.data(), spoken)


@pytest.mark.parametrize(("width", "hidden"), [(SCREEN_WIDTH, True), (1366, False)])
def test_the_arrivals_list_gives_up_columns_rather_than_scroll_sideways(
    width: int,
    hidden: bool,
    spoken: str,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    demo: Demo,
) -> None:
    """On a 1024-pixel screen, in Spanish, the arrivals scrolled sideways with the names cut.
    Now how people signed in, then their profession, step aside, and come back with room."""
    from meetingkit.ui.signin_tab import ArrivalsModel

    window = _meeting_window(make_window, demo)
    view = window.meetings_page.view
    _show_tab(view, "signin")
    table = view.signin_tab.table
    window.resize(width, 700)
    _laid_out(window)
    qtbot.waitUntil(lambda: window.width() == width)
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width(), spoken
    assert _header_cut(table) == [], spoken
    assert not header.isSectionHidden(ArrivalsModel.COL_NAME)
    if hidden:
        assert header.isSectionHidden(ArrivalsModel.COL_HOW), spoken
    else:
        assert shown == list(range(header.count())), spoken


def test_a_title_without_spaces_wraps_instead_of_widening_the_window(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """A pasted link or a word repeated as a title: a wrapped label is as wide as its
    longest word, and this one kept the window 1220 pixels wide."""
    from dataclasses import replace

    from meetingkit.services.agenda_session import AgendaSession
    from meetingkit.storage.meetings import MeetingStore

    meetings = MeetingStore(conn)
    meeting = meetings.update(replace(meetings.get(demo.meeting_id), title="Staffing" * 15))
    agenda = AgendaSession(meeting, conn, ManualClock(0))
    current = agenda.run.current_item
    assert current is not None
    agenda.update_item(replace(current, title="Survey" * 20))
    window = make_window(start=True)
    _laid_out(window)
    assert window.minimumSizeHint().width() <= WIDEST_WINDOW  # the start screen's next meeting
    window.open_meeting(demo.meeting_id)
    _laid_out(window)
    assert window.minimumSizeHint().width() <= WIDEST_WINDOW
    view = window.meetings_page.view
    assert view.title_label.text().replace("\u200b", "") == "Staffing" * 15
    assert view.agenda_tab.runner.item_label.text().replace("\u200b", "") == "Survey" * 20


def test_breakable_only_touches_runs_too_long_to_wrap() -> None:
    from meetingkit.ui.labels import breakable

    assert breakable("Safe Staffing Working Group") == "Safe Staffing Working Group"
    assert breakable("a" * 24) == "a" * 24
    assert breakable("x " + "b" * 50) == "x " + "b" * 24 + "\u200b" + "b" * 24 + "\u200b" + "bb"


def test_on_a_short_screen_the_minutes_and_the_stack_keep_room_to_work(
    spoken: str,
    qtbot: QtBot,
    clock: ManualClock,
    make_window: Callable[..., MainWindow],
    demo: Demo,
) -> None:
    """1024x700 in Spanish with the restart banner up: the minutes box was one clipped line
    and the stack showed one person of five; now their columns scroll instead."""
    _meeting_window(make_window, demo).close()
    clock.advance(10 * 60)  # the app was closed for ten minutes: the banners show
    window = _meeting_window(make_window, demo)
    window.resize(SCREEN_WIDTH, 700)
    view = window.meetings_page.view
    runner = view.agenda_tab.runner
    _laid_out(window)
    qtbot.waitUntil(lambda: window.height() == 700)
    assert runner.resume_banner.isVisibleTo(window)
    lines = runner.minutes_edit.fontMetrics().lineSpacing()
    assert runner.minutes_edit.height() >= 4 * lines, spoken
    view.show_floor()
    _laid_out(window)
    table = view.floor_tab.stack_table
    assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize(), spoken
