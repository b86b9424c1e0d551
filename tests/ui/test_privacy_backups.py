"""The Privacy page's backups after a year: the ones in the data folder as it is now (not the
paths the log kept from before it moved), what meetingkit keeps of them; and, once the data
is encrypted, the offer to delete the unencrypted ones made before — as encryption is turned
on at the next start, and from the page."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.backup import backup_folder, make_backup
from meetingkit.services.backup_folder import KEEP_BACKUPS, KEEP_SAFETY_DAYS
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import change_encryption, request_change
from meetingkit.storage import open_db
from meetingkit.storage.database import is_encrypted
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog
from meetingkit.ui.privacy_page import Notice, PrivacyPage
from meetingkit.ui.unlock import unlock_at_start
from tests.services.privacy_scene import build
from tests.ui.test_privacy_screen import answer

KEY = "correct horse battery staple"
TODAY = dt.date(2026, 11, 21)
MONTHLY = [dt.datetime(2026, m, 23, 21, 30) for m in range(1, 4)]


def monthly_backups(data_dir: Path) -> list[Path]:
    conn = open_db(database_path(data_dir))
    try:
        build(conn)
        return [make_backup(conn, backup_folder(data_dir), None, now=t).path for t in MONTHLY]
    finally:
        conn.close()


def privacy_page(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, key: str | None
) -> PrivacyPage:
    page = PrivacyPage(conn, database_path(data_dir), key, ManualClock(0), TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_after_the_data_folder_moved_the_page_names_the_backups_where_it_is_now(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    monthly_backups(data_dir)
    moved = tmp_path / "new laptop"
    shutil.move(data_dir, moved)
    conn = open_db(database_path(moved))
    try:
        page = privacy_page(qtbot, conn, moved, None)
        text = page.backups_label.text()
        assert str(data_dir) not in text  # where the log says they were: not there any more
        newest = str(Path("backups") / "meetingkit-backup-2026-03-23-2130.sqlite")
        assert "Backups in the data folder's backups folder: 3, " in text
        assert f"The newest: {newest}, made 23 Mar 2026 21:30 (not encrypted)." in text
        assert f"keeps the newest {KEEP_BACKUPS} backups" in text
        assert f"for {KEEP_SAFETY_DAYS} days" in text
        assert not page.unencrypted_button.isVisible()  # the data is not encrypted
    finally:
        conn.close()


def test_turning_encryption_on_offers_to_delete_the_unencrypted_backups(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    plain = monthly_backups(data_dir)
    request_change(data_dir, encrypt=True)
    answer(monkeypatch, NewPassphraseDialog, KEY)
    asked = answer(monkeypatch, Confirm, True)
    unlocked = unlock_at_start(database_path(data_dir))
    assert unlocked is not None
    assert unlocked.key == KEY
    assert "3 backups in the data folder's backups folder were made before" in asked[0][2]
    assert not any(p.exists() for p in plain)
    [left] = (data_dir / "backups").iterdir()
    assert is_encrypted(left)  # made first: a backup is left, encrypted
    assert "3 unencrypted backups deleted" in unlocked.message


def test_the_page_offers_it_again_while_unencrypted_backups_are_left(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3")
    plain = monthly_backups(data_dir)
    path = database_path(data_dir)
    change_encryption(path, None, KEY)  # `meetingkit encryption on`: nothing deleted
    conn = open_db(path, KEY)
    try:
        page = privacy_page(qtbot, conn, data_dir, KEY)
        assert "3 of them were made before encryption was turned on" in page.backups_label.text()
        assert page.unencrypted_button.isVisible()
        asked = answer(monkeypatch, Confirm, False)
        page.unencrypted_button.click()
        assert "3 backups" in asked[0][2]
        assert all(p.exists() for p in plain)  # declined: nothing deleted
        answer(monkeypatch, Confirm, True)
        told = answer(monkeypatch, Notice, None, "show")
        page.unencrypted_button.click()
        assert not any(p.exists() for p in plain)
        assert "3 unencrypted backups deleted" in told[0][2]
        assert not page.unencrypted_button.isVisible()
        assert "(encrypted)" in page.backups_label.text()
    finally:
        conn.close()
