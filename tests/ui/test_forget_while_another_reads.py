"""Forget person, Delete meeting and Purge while another program is reading the data: the
names stay in the database file until that read ends. The window says so plainly, the same way
for all three (ui.pending_wipe), instead of "was forgotten" alone, and takes the names out as
soon as it can, saying so."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import Demo
from meetingkit.storage import open_db
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.pending_wipe import PendingWipe
from meetingkit.ui.privacy_page import Notice
from tests.ui.test_privacy_screen import answer


def _files(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())


@pytest.fixture
def reading(
    demo: Demo, data_dir: Path, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a read of the demo's data, the file checkpointed
    before; it ends with `reader.execute("COMMIT")`."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    monkeypatch.setattr(PendingWipe, "RETRY_MS", 50)
    reader = open_db(database_path(data_dir))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()
    yield reader
    reader.close()


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every question answered Yes and every notice taken as read, none of them shown; what
    the alerts shown said, in turn, as (parent, title, text)."""
    answer(monkeypatch, Confirm, True)
    answer(monkeypatch, Notice, None, "show")
    return answer(monkeypatch, Alert, None, "show")


def _told_then_wiped(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    reader: sqlite3.Connection,
    told: list,
    title: str = "The names are still in the database file",
    name: bytes = b"tomdelgado",
) -> str:
    """What the window said, once, under `title`; the `name` that left (Tom Delgado came in
    at the meeting: his search key "tomdelgado") stays in the file until the reader stops,
    then goes, and the window says so."""
    [(_, said_title, text)] = told
    assert said_title == title
    assert name in database_path(data_dir).read_bytes()
    qtbot.wait(200)  # tried again: still reading
    assert name in database_path(data_dir).read_bytes()
    reader.execute("COMMIT")
    qtbot.waitUntil(lambda: name not in _files(data_dir), timeout=3000)
    assert window.statusBar().currentMessage() == (
        "The names that stayed in the database file are now gone from it too."
    )
    return str(text)


def test_forgetting_while_another_program_reads_says_the_name_is_still_in_the_file(
    qtbot: QtBot,
    data_dir: Path,
    reading: sqlite3.Connection,
    alerts: list,
    make_window: Callable[[], MainWindow],
) -> None:
    assert b"Okonkwo" in database_path(data_dir).read_bytes()
    window = make_window()
    window.find_people()
    window.people_page.search_edit.setText("okonkwo")
    window.act_forget_person.trigger()
    title = "The name is still in the database file"
    text = _told_then_wiped(qtbot, window, data_dir, reading, alerts, title, b"Okonkwo")
    assert text.startswith(
        "Dele Okonkwo was forgotten: meetingkit no longer shows or uses anything about "
        "them. But another program is reading meetingkit's data right now"
    )
    assert "their name stays in the database file until it stops" in text


def test_deleting_a_meeting_while_another_program_reads_says_so_and_wipes_later(
    qtbot: QtBot,
    demo: Demo,
    data_dir: Path,
    reading: sqlite3.Connection,
    alerts: list,
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.delete_meeting()
    text = _told_then_wiped(qtbot, window, data_dir, reading, alerts)
    assert text == (
        "“Safe Staffing Working Group — November” was deleted: meetingkit no longer shows or "
        "uses anything recorded at it. But another program is reading meetingkit's data right "
        "now (a sign-in server, a meetingkit command, a backup or file-sync program), so the "
        "names stay in the database file until it stops. meetingkit takes them out as soon as "
        "it can, and says so; closing both programs does it too."
    )


def test_purging_a_meeting_while_another_program_reads_says_so_and_wipes_later(
    qtbot: QtBot,
    demo: Demo,
    data_dir: Path,
    reading: sqlite3.Connection,
    alerts: list,
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    window.show_privacy()
    page = window.privacy_page
    page.select_meeting(demo.meeting_id)
    page.purge_button.click()
    text = _told_then_wiped(qtbot, window, data_dir, reading, alerts)
    assert text.startswith(
        "“Safe Staffing Working Group — November” was purged: meetingkit no longer shows or "
        "uses the personal data it held. But another program is reading meetingkit's data "
    )


def test_with_nobody_else_reading_nothing_more_is_said(
    demo: Demo, alerts: list, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.show_privacy()
    window.privacy_page.select_meeting(demo.meeting_id)
    window.privacy_page.purge_button.click()
    window.show_meetings()
    window.open_meeting(demo.meeting_id)
    window.delete_meeting()
    assert alerts == []
    assert window.findChild(PendingWipe) is None
