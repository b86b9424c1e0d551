"""Set from the Privacy page, a retention can leave meetings due at once: they are purged the
next time meetingkit starts, and the page says so after "Next purge: … on" a day gone by."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.ui.feedback import Confirm
from meetingkit.ui.retention_table import RetentionChoice, RetentionDialog
from tests.services.privacy_scene import build
from tests.ui.test_privacy_retention_and_export_log import make_page
from tests.ui.test_privacy_screen import answer


def test_meetings_past_their_retention_go_at_the_next_start(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(conn)  # 1 and 31 October; today 21 November
    page = make_page(qtbot, conn, data_dir)
    page.select_meetings([1, 2])
    answer(monkeypatch, RetentionDialog, RetentionChoice(20))  # 21 Oct and 20 Nov: both gone
    answer(monkeypatch, Confirm, True)
    page.retention_button.click()
    text = page.retention_label.text()
    assert "2 meetings are past their retention: meetingkit purges them the next time" in text
    assert "Next purge: “Safe staffing” on 21 Oct 2026." in text  # gone by: hence the above
    answer(monkeypatch, RetentionDialog, RetentionChoice(60))  # 30 Nov and 30 Dec: ahead
    page.retention_button.click()
    text = page.retention_label.text()
    assert "Next purge: “Safe staffing” on 30 Nov 2026." in text
    assert "past their retention" not in text
