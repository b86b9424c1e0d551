"""What Forget person, Purge and Delete meeting cannot reach, said alike by all three (one
source of words, core.copies_outside, which `meetingkit purge` says too): backups made
before, and the files already exported or printed — for a meeting, with how many the export
log lists and where. Delete meeting also says what its own safety backup keeps, and for how
long. And the Privacy page counts the unencrypted copies a killed backup or restore left among
the unencrypted backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core import copies_outside
from meetingkit.core.clock import ManualClock
from meetingkit.services.backup_folder import KEEP_SAFETY_DAYS
from meetingkit.services.demo import Demo
from meetingkit.storage import open_db
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_deletion import MeetingDeletion
from meetingkit.ui.privacy_page import Notice, PrivacyPage, UnencryptedBackups
from tests.killed_writers import dead_pid, encrypted_data, posix_only
from tests.ui import test_privacy_screen
from tests.ui.test_privacy_screen import answer

KEY = "correct horse battery staple"
TODAY = dt.date(2026, 11, 21)
OUTSIDE = "Backups made before now still contain its personal data, as do files already exported"
page = test_privacy_screen.page  # the fixture: the Privacy page, on the privacy scene's data


def _exported(conn: sqlite3.Connection, meeting_id: int, *names: str) -> None:
    for name in names:
        ExportLog(conn).record(
            ExportKind.CALL_LIST if "call" in name else ExportKind.ATTENDANCE,
            meeting_id=meeting_id,
            exported_ms=0,
            file_name=name,
            columns=("name",),
            rows=3,
        )


def test_the_purge_question_and_notice_say_backups_and_exports_keep_the_names(
    page: PrivacyPage, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exported(conn, 1, "attendance.csv", "call-list.pdf")
    _exported(conn, 2, "other.csv")  # another meeting's: not counted
    page.select_meeting(1)
    asked = answer(monkeypatch, Confirm, True)
    told = answer(monkeypatch, Notice, None, "show")
    page.purge_button.click()
    outside = copies_outside.of_meeting(2)
    assert asked[0][2].endswith("\n\n" + outside)
    assert told[0][2].endswith("\n\n" + outside)
    assert outside == (
        f"{OUTSIDE} or printed. 2 files with people's names were saved from this meeting: the "
        "Privacy page's Export log tab lists them. Delete those you no longer need."
    )


def test_with_nothing_exported_the_purge_says_only_backups_and_files(
    page: PrivacyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select_meeting(1)
    asked = answer(monkeypatch, Confirm, False)
    page.purge_button.click()
    assert asked[0][2].endswith(f"\n\n{OUTSIDE} or printed.")


def test_forget_says_it_from_the_same_source(
    make_window: Callable[[], MainWindow], demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, Confirm, False)
    window = make_window()
    window.find_people()
    window.people_page.search_edit.setText("dele")
    window.act_forget_person.trigger()
    assert asked[0][2].endswith("\n\n" + copies_outside.of_person())
    assert copies_outside.of_person() == (
        "Backups made before now still contain them, as do files already exported or printed."
    )


def test_delete_meeting_says_what_its_backup_keeps_and_what_the_files_keep(
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _exported(conn, demo.meeting_id, "call-list.pdf")
    window = make_window()
    window.open_meeting(demo.meeting_id)
    asked = answer(monkeypatch, Confirm, True)
    window.delete_meeting()
    text = asked[0][2]
    backup = (
        "A backup of all your data is saved in the backups folder first. It is not encrypted, "
        "and keeps this meeting and everyone recorded at it — those deleted now too — for "
        f"{KEEP_SAFETY_DAYS} days: anyone who gets the file can read them. To remove it "
        "sooner, delete it from the backups folder yourself (Privacy page, Open data folder)."
    )
    assert text.endswith("\n\n" + copies_outside.of_meeting(1) + "\n\n" + backup)
    assert "1 file" in text
    assert "saved from this meeting" in text
    assert demo.meeting_id not in [m.key for m in MeetingStore(conn).all()]
    [made] = (data_dir / "backups").glob("*.sqlite")
    assert window.statusBar().currentMessage().endswith(f"{made}.")


def test_an_encrypted_backup_before_deleting_is_said_so() -> None:
    words = MeetingDeletion()
    said = words.safety_backup(encrypted=True)
    assert said.startswith(
        "A backup of all your data, encrypted with your passphrase, is saved in the backups "
        "folder first. It keeps this meeting and everyone recorded at it"
    )
    assert "not encrypted" not in said


@posix_only
def test_a_killed_backups_unencrypted_copy_counts_on_the_page_and_goes_when_asked(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = encrypted_data(data_dir, KEY)
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    left = folder / f".meetingkit-backup-2026-11-22-1101.sqlite.{dead_pid()}-83292b22.partial"
    left.write_bytes(b"SQLite format 3\x00" + b"Zyxwarbler Quenthorpe " * 50)
    conn = open_db(path, KEY)
    try:
        page = PrivacyPage(conn, path, KEY, ManualClock(0), TODAY)
        qtbot.addWidget(page)
        page.show()
        text = page.backups_label.text()
        assert "There is no backup in the data folder's backups folder." in text
        assert "The backups folder also holds 1 unfinished cop" in text  # one form, or many
        assert "left hidden by a backup or restore that was stopped half-way" in text
        assert page.unencrypted_button.isVisible()
        asked = answer(monkeypatch, Confirm, True)
        told = answer(monkeypatch, Notice, None, "show")
        page.unencrypted_button.click()
        assert asked[0][2].startswith("One backup in the data folder's backups folder")
        assert told[0][2].startswith("One unencrypted backup deleted")
        assert not left.exists()
        assert "unfinished" not in page.backups_label.text()
        assert not page.unencrypted_button.isVisible()
        assert UnencryptedBackups.offer(page, conn, data_dir, KEY) == ""  # nothing left
    finally:
        conn.close()
