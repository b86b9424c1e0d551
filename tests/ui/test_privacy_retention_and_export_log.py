"""The Privacy page after a year: retention set for several meetings at once (asked first, with
the count and the meetings it leaves due at once), what new meetings start with, and the export
log — the files of people's data that left the app — beside it."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.settings import Settings
from meetingkit.services.data_dir import database_path
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.export_log_table import ExportLogModel
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.privacy_page import PrivacyPage, RetentionChoice, RetentionDialog
from tests.services.privacy_scene import build
from tests.ui.test_privacy_screen import answer

TODAY = dt.date(2026, 11, 21)  # the scene's meetings: 1 October (1) and 31 October (2)


def make_page(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, **kw: object) -> PrivacyPage:
    page = PrivacyPage(conn, database_path(data_dir), None, ManualClock(0), TODAY, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> PrivacyPage:
    build(conn)
    return make_page(qtbot, conn, data_dir)


def test_retention_is_set_for_every_selected_meeting_after_one_question(
    qtbot: QtBot, page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert [r.meeting_id for r in page.selected_meetings()] == [2, 1]
    assert not page.purge_button.isEnabled()  # a purge is one meeting's, said by name
    assert page.retention_button.isEnabled()
    asked_days = answer(monkeypatch, RetentionDialog, RetentionChoice(30))
    asked = answer(monkeypatch, Confirm, False)
    page.retention_button.click()
    assert len(asked_days[0][1]) == 2  # the dialog is told about both
    question = asked[0][2]
    assert "Keep the personal data of the 2 selected meetings until 30 days" in question
    # 1 October + 30 days is past (the English plural forms may or may not be loaded)
    assert "1 of them are older than that" in question or "One of them is older" in question
    store = RetentionStore(conn)
    assert [store.get(m).days for m in (1, 2)] == [None, None]  # declined: nothing set

    answer(monkeypatch, Confirm, True)
    page.retention_button.click()
    assert [store.get(m).days for m in (1, 2)] == [30, 30]
    assert [r.meeting_id for r in page.selected_meetings()] == [2, 1]  # still selected
    assert page.model.data(page.model.index(0, 2)) == "Kept until 30 Nov 2026 (30 days after)"


def test_a_purged_meeting_in_the_selection_is_left_as_it_is(
    page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    RetentionStore(conn).mark_purged(1, "2026-11-01T00:00:00+00:00")
    page.refresh()
    page.select_meetings([1, 2])
    answer(monkeypatch, RetentionDialog, RetentionChoice(365))
    asked = answer(monkeypatch, Confirm, True)
    page.retention_button.click()
    assert asked == []  # one meeting to set, none due at once: nothing to ask
    assert RetentionStore(conn).get(2).days == 365
    assert RetentionStore(conn).get(1).days is None


def test_one_meeting_that_would_be_purged_at_the_next_start_is_asked_about(
    page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select_meeting(1)
    answer(monkeypatch, RetentionDialog, RetentionChoice(30))
    asked = answer(monkeypatch, Confirm, False)
    page.retention_button.click()
    assert "It is older than that: meetingkit purges its personal data" in asked[0][2]
    assert RetentionStore(conn).get(1).days is None


def test_the_page_says_what_new_meetings_start_with(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path
) -> None:
    build(conn)
    plain = make_page(qtbot, conn, data_dir)
    assert "2 meetings are kept until you purge them" in plain.retention_label.text()
    assert "Edit › Settings… can give them a number of days" in plain.retention_label.text()
    kept = make_page(qtbot, conn, data_dir, settings=lambda: Settings(retention_days=365))
    assert "New meetings keep it 365 days after their date" in kept.retention_label.text()


def test_the_export_log_lists_every_file_with_people_s_data(
    qtbot: QtBot, page: PrivacyPage, conn: sqlite3.Connection
) -> None:
    assert page.tabs.tabText(1) == "E&xport log (0)"
    assert "Nothing has been exported yet" in page.exports_label.text()
    log = ExportLog(conn)
    at = int(dt.datetime(2026, 10, 2, 9, 30).timestamp() * 1000)
    log.record(
        ExportKind.ATTENDANCE,
        meeting_id=1,
        exported_ms=at,
        file_name="/home/org/Desktop/safe-staffing-attendance.csv",
        columns=("first_name", "last_name", "phone"),
        rows=12,
        left_out=3,
    )
    log.record(
        ExportKind.FOLLOW_UPS,
        meeting_id=None,
        exported_ms=at + 60_000,
        file_name="follow-ups.ics",
        columns=("person", "phone"),
        rows=7,
    )
    page.refresh()
    assert page.tabs.tabText(1) == "E&xport log (2)"
    model = page.exports_model
    shown = [
        [model.data(model.index(row, col)) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert shown == [
        [
            "2 Oct 2026 09:31",
            "Follow-ups calendar",
            "Across meetings",
            "follow-ups.ics",
            "7 appointments",
        ],
        [
            "2 Oct 2026 09:30",
            "Attendance list",
            "Safe staffing",
            "safe-staffing-attendance.csv",
            "12 people",
        ],
    ]
    tip = model.data(model.index(1, ExportLogModel.COL_FILE), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Columns: First name, Last name, Phone\n3 left out of it"
    said = page.exports_label.text()
    assert "The log itself keeps no names" in said
    assert "When someone asks to be forgotten" in said
