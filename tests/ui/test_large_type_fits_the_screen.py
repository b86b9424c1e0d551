"""At a large system font (11 to 14 points) and the display scaled to 150 or 200 %, the window
and its dialogs fit the screen, and what needs more room scrolls (QA round 16a).

English dark at 12 pt on a 960x540 screen (1920x1080 at 200 %) needed a window 1007 pixels
wide; Spanish at 14 pt on 1280x720 (150 %) 1350 to 1536; at 11 pt and 200 % the Sign-in tab
made it 601 pixels tall. The floor's stack showed one person of five, "Why here" cut to
"/hy her"; File › Export attendees… was 829 pixels tall on a 720-pixel screen, Save and Cancel
below its edge; the Settings' note on the data folder stopped mid-sentence; the Privacy
page's retention table shrank to its header. Offscreen, the screen is as `screen_room`
(tests/ui/conftest.py) says."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.settings import Settings
from meetingkit.services.demo import Demo
from meetingkit.services.exports import Exports
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.export_dialog import ExportDialog
from meetingkit.ui.floor_models import StackModel
from meetingkit.ui.form_dialog import FormDialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.screen_fit import FRAME
from meetingkit.ui.settings_dialog import SettingsDialog
from meetingkit.ui.table_columns import header_width
from tests.ui.laid_out import laid_out
from tests.ui.test_floor_columns_readable import _cut

MakeWindow = Callable[..., MainWindow]
Room = Callable[[int, int], None]


def _on_page(window: MainWindow, demo: Demo, page: str) -> None:
    if page == "curricula":
        window.show_curricula()
        return
    if page == "privacy":
        window.show_privacy()
        return
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    {"floor": view.show_floor, "signin": view.show_signin, "agenda": view.show_agenda}[page]()


def _window_on(
    make_window: MakeWindow, demo: Demo, qtbot: QtBot, page: str, room: QSize
) -> MainWindow:
    """The window on `page`, as large as the screen leaves it (maximized)."""
    window = make_window()
    _on_page(window, demo, page)
    window.resize(room)
    laid_out(qtbot)
    return window


@pytest.mark.parametrize(
    ("spoken", "points", "screen", "page"),
    [
        ("en", 12, (960, 540), "floor"),
        ("es", 14, (1280, 720), "floor"),
        ("es", 14, (1280, 720), "curricula"),
        ("en", 11, (960, 540), "signin"),
    ],
)
def test_at_a_large_font_the_window_fits_the_screen_and_the_page_scrolls(
    spoken: str,
    points: float,
    screen: tuple[int, int],
    page: str,
    large_type: Callable[[str, float], None],
    screen_room: Room,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    large_type(spoken, points)
    screen_room(*screen)
    room = QSize(*screen) - FRAME
    window = _window_on(make_window, demo, qtbot, page, room)
    hint = window.minimumSizeHint()
    assert hint.width() <= room.width(), (hint, room)
    assert hint.height() <= room.height(), (hint, room)
    assert window.size() == room
    # The page keeps its minimum, and what the window has no room for scrolls into view
    area = window.pages_area
    shown = window.pages.currentWidget()
    least = shown.minimumSizeHint()
    assert least.width() > area.viewport().width() or least.height() > area.viewport().height()
    assert shown.width() >= least.width()
    assert shown.height() >= least.height()
    across, down = area.horizontalScrollBar(), area.verticalScrollBar()
    assert across.maximum() == max(shown.width() - area.viewport().width(), 0)
    assert down.maximum() == max(shown.height() - area.viewport().height(), 0)


@pytest.mark.parametrize("size", [(1093, 614), (1366, 768)])
@pytest.mark.parametrize("page", ["floor", "signin", "privacy"])
def test_at_the_usual_font_the_page_fills_the_window_and_nothing_scrolls(
    size: tuple[int, int],
    page: str,
    spoken: str,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    window = _window_on(make_window, demo, qtbot, page, QSize(*size))
    area = window.pages_area
    assert window.pages.size() == area.size() == area.viewport().size(), spoken
    assert area.horizontalScrollBar().maximum() == area.verticalScrollBar().maximum() == 0


def _three_rows_whole(window: MainWindow) -> list[str]:
    table = window.meetings_page.view.floor_tab.stack_table
    three = sum(table.rowHeight(row) for row in range(3))
    problems = []
    if table.viewport().height() < three:
        problems.append(f"the stack shows {table.viewport().height()} px of {three}")
    reason = StackModel.COL_REASON
    if table.columnWidth(reason) < header_width(table, reason):
        problems.append(f"'Why here' cut to {table.columnWidth(reason)} px")
    columns = (StackModel.COL_NAME, StackModel.COL_KIND, reason)
    return problems + _cut(table, columns)


@pytest.mark.parametrize("spoken", ["en", "es"])
def test_at_a_large_font_the_stack_shows_three_people_whole(
    spoken: str,
    large_type: Callable[[str, float], None],
    screen_room: Room,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    """960x540 at 12 pt: rows of two or three lines ("Goes before the / general stack"),
    three of them in view once the column is scrolled to the stack."""
    large_type(spoken, 12)
    screen_room(960, 540)
    window = _window_on(make_window, demo, qtbot, "floor", QSize(960, 540) - FRAME)
    assert window.meetings_page.view.floor_tab.stack_model.rowCount() >= 3
    assert _three_rows_whole(window) == [], spoken


def test_at_200_percent_the_stack_reads_whole_with_its_buttons_in_view(
    spoken: str, screen_room: Room, qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    """960x540 at the usual font (a 1080p screen at 200 %): "Why here" wrapped onto three
    lines, "Goes / before the / general stack"; where the time waited makes way, its rows
    read on one or two lines, and two people show whole above the buttons."""
    screen_room(960, 540)
    window = _window_on(make_window, demo, qtbot, "floor", QSize(960, 540) - FRAME)
    tab = window.meetings_page.view.floor_tab
    table = tab.stack_table
    assert table.viewport().height() >= table.rowHeight(0) + table.rowHeight(1), spoken
    assert _cut(table, (StackModel.COL_NAME, StackModel.COL_KIND, StackModel.COL_REASON)) == []
    usual = table.verticalHeader().defaultSectionSize()
    assert max(table.rowHeight(row) for row in range(3)) < 2.5 * usual, spoken


def test_at_a_large_font_the_privacy_tables_keep_rows_and_the_page_scrolls(
    large_type: Callable[[str, float], None],
    screen_room: Room,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    large_type("es", 14)
    screen_room(960, 540)
    window = _window_on(make_window, demo, qtbot, "privacy", QSize(960, 540) - FRAME)
    page = window.privacy_page
    table = page.table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 3 * rows
    for button in (page.purge_button, page.retention_button, page.backup_button):
        assert button.height() >= button.minimumSizeHint().height(), button.text()
    for label in (page.stored_label, page.encryption_label, page.retention_label):
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    assert window.pages_area.verticalScrollBar().maximum() > 0


def _in_view(widget: QWidget, dialog: QWidget) -> bool:
    """Whether `widget` shows whole in `dialog`: within it, and within every view around it."""
    seen = QRect(dialog.rect())
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        seen = seen.intersected(QRect(parent.mapTo(dialog, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return seen.contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))


def test_export_attendees_fits_a_small_screen_with_save_in_view(
    large_type: Callable[[str, float], None],
    screen_room: Room,
    qtbot: QtBot,
    conn: sqlite3.Connection,
    demo: Demo,
) -> None:
    large_type("es", 14)
    screen_room(1280, 720)
    room = QSize(1280, 720) - FRAME
    meeting = MeetingStore(conn).get(demo.meeting_id)
    dialog = ExportDialog(Exports(conn, ManualClock(0)), meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    laid_out(qtbot)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    assert _in_view(dialog.save_button, dialog)
    [buttons] = dialog.findChildren(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert _in_view(cancel, dialog)


def test_a_form_taller_than_the_screen_scrolls_with_ok_in_view(
    screen_room: Room, qtbot: QtBot
) -> None:
    screen_room(960, 540)
    dialog = FormDialog("Many fields")
    qtbot.addWidget(dialog)
    fields = [QLineEdit() for _ in range(40)]
    for n, field in enumerate(fields):
        dialog.form.addRow(f"Field {n}:", field)
    dialog.add_buttons()
    assert dialog.minimumSizeHint().height() > 540
    dialog.show()
    laid_out(qtbot)
    assert dialog.height() <= 540 - FRAME.height()
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "OK")
    assert _in_view(ok, dialog)
    fields[-1].setFocus()  # Tab to a field below the fold brings it into view
    laid_out(qtbot)
    assert _in_view(fields[-1], dialog)


@pytest.mark.parametrize(("spoken", "points"), [("es", 14), ("es", 11), ("en", 12)])
def test_the_settings_note_on_the_data_folder_shows_whole(
    spoken: str,
    points: float,
    large_type: Callable[[str, float], None],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """ "…Tus reuniones se" and no more: Qt sizes a new dialog's height for its preferred
    width, and its minimum width was wider, so the note took more lines than it had room."""
    large_type(spoken, points)
    dialog = SettingsDialog(Settings(data_dir=str(tmp_path / "elsewhere")), tmp_path, True)
    qtbot.addWidget(dialog)
    dialog.show()
    laid_out(qtbot)
    note = dialog.folder_note
    assert note.text().count("\n") == 1  # given by --data-dir, and another folder chosen
    assert note.height() >= note.heightForWidth(note.width()), (note.size(), spoken)


def test_at_a_large_font_the_meeting_list_is_wider(
    large_type: Callable[[str, float], None],
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    """Its usual width in letters of its font: at 12 pt "Safe S…vember" was all of a title."""
    usual = _window_on(make_window, demo, qtbot, "agenda", QSize(1366, 768))
    usual_width = usual.meetings_page.list_panel.width()
    usual.close()
    large_type("en", 12)
    window = _window_on(make_window, demo, qtbot, "agenda", QSize(1366, 768))
    tree = window.meetings_page.tree
    assert window.meetings_page.list_panel.width() > usual_width
    title = "Safe Staffing Working Group — November"
    assert tree.fontMetrics().horizontalAdvance(title) < tree.viewport().width() - 40


def test_the_window_s_room_is_the_screen_s_less_its_bars(
    screen_room: Room, make_window: MakeWindow
) -> None:
    """The pages may ask for what the screen leaves once the menus, the toolbar and the
    status bar have theirs."""
    from meetingkit.ui.screen_fit import main_window_room

    screen_room(1000, 700)
    window = make_window()
    room = main_window_room(window)()
    bars = window.menuBar().sizeHint().height() + window.statusBar().sizeHint().height()
    assert room.width() == 1000 - FRAME.width()
    assert room.height() < 700 - FRAME.height() - bars


def test_dialogs_of_a_set_size_shrink_to_a_short_screen(
    screen_room: Room, qtbot: QtBot, make_window: MakeWindow
) -> None:
    """The keyboard shortcuts (460x520) and the hotspot code (460x640) opened at their size,
    taller than a 960x540 screen: their lists scroll instead."""
    from meetingkit.ui.hotspot_dialog import HotspotDialog
    from meetingkit.ui.shortcut_sheet import ShortcutSheet

    screen_room(960, 540)
    window = make_window()
    for dialog in (ShortcutSheet(window.shortcut_actions(), window), HotspotDialog(window)):
        dialog.show()
        laid_out(qtbot)
        assert dialog.height() <= 540 - FRAME.height(), type(dialog).__name__
        [buttons] = dialog.findChildren(QDialogButtonBox)
        assert _in_view(buttons, dialog), type(dialog).__name__
        dialog.close()
