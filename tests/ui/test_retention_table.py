"""The retention table has a module of its own (ui.retention_table); on the Privacy page it
is where it was: under its tab, the purge button first in its row, on screen and on Tab, and
the page's buttons follow the selection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meetingkit.ui.retention_table import RetentionTable
from tests.services.privacy_scene import build
from tests.ui.test_privacy_retention_and_export_log import make_page


def _next_focus(widget: QWidget) -> QWidget:
    """The next widget Tab reaches after `widget`."""
    after = widget.nextInFocusChain()
    while not (after.focusPolicy().value & 0x1 and after.isVisible() and after.isEnabled()):
        after = after.nextInFocusChain()
    return after


def test_the_table_sits_under_its_tab_with_the_purge_button_first(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    build(conn)
    page = make_page(qtbot, conn, data_dir)
    [table] = page.findChildren(RetentionTable)
    assert page.tabs.widget(0) is table
    assert (page.model, page.table, page.retention_button) == (
        table.model,
        table.table,
        table.retention_button,
    )
    row = [table.buttons.itemAt(n).widget() for n in range(2)]
    assert row == [page.purge_button, page.retention_button]
    assert _next_focus(page.table) is page.purge_button
    assert _next_focus(page.purge_button) is page.retention_button
    page.select_meetings([1, 2])
    assert not page.purge_button.isEnabled()  # one meeting's, said by name
    assert page.retention_button.isEnabled()
    page.select_meeting(1)
    assert page.purge_button.isEnabled()
    assert [r.meeting_id for r in page.selected_meetings()] == [1]
