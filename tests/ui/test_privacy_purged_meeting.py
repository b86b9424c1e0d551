"""A purged meeting on the Privacy page: it says the day it was purged as the app says days,
on this computer's calendar, and it cannot be purged again (that only moved its purge date and
said "0 people were deleted")."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.privacy_page import Confirm, PrivacyPage
from tests.services.privacy_scene import build
from tests.ui.test_privacy_retention_and_export_log import make_page
from tests.ui.test_privacy_screen import answer


@pytest.fixture
def chicago() -> Iterator[None]:
    """This computer's clock in Chicago (UTC-6 in November)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Chicago"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_day_it_was_purged_is_a_local_day_in_words(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, chicago: None
) -> None:
    build(conn)
    # 8 pm in Chicago on 21 November is 2 am UTC on the 22nd
    RetentionStore(conn).mark_purged(1, "2026-11-22T02:00:00+00:00")
    page = make_page(qtbot, conn, data_dir)
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).meeting_id == 1)
    said = page.model.data(page.model.index(row, 2))
    assert said == "Purged 21 Nov 2026: only counts are kept"


def test_a_purged_meeting_cannot_be_purged_again(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(conn)
    RetentionStore(conn).mark_purged(1, "2026-11-01T00:00:00+00:00")
    page: PrivacyPage = make_page(qtbot, conn, data_dir)
    page.select_meeting(2)
    assert page.purge_button.isEnabled()
    page.select_meeting(1)
    assert not page.purge_button.isEnabled()
    asked = answer(monkeypatch, Confirm, True)
    page.purge_meeting()  # as a shortcut or a stale button would
    assert asked == []
    assert RetentionStore(conn).get(1).purged_at == "2026-11-01T00:00:00+00:00"
