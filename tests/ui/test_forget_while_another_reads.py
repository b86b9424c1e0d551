"""Forget person while another program is reading the data: the name stays in the database
file until that read ends. The window says so plainly instead of "was forgotten" alone, and
takes the name out as soon as it can, saying so."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import Demo
from meetingkit.storage import open_db
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.pending_wipe import PendingWipe
from tests.ui.test_privacy_screen import answer


def _files(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())


def test_forgetting_while_another_program_reads_says_the_name_is_still_in_the_file(
    qtbot: QtBot,
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Okonkwo" in database_path(data_dir).read_bytes()
    monkeypatch.setattr(PendingWipe, "RETRY_MS", 50)
    reader = open_db(database_path(data_dir))
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM people").fetchone()
        window = make_window()
        window.find_people()
        window.people_page.search_edit.setText("okonkwo")
        answer(monkeypatch, Confirm, True)
        told = answer(monkeypatch, Alert, None, "show")
        window.act_forget_person.trigger()
        [(_, title, text)] = told
        assert title == "The name is still in the database file"
        assert text.startswith(
            "Dele Okonkwo was forgotten: meetingkit no longer shows or uses anything about "
            "them. But another program is reading meetingkit's data right now"
        )
        assert "their name stays in the database file until it stops" in text
        assert b"Okonkwo" in database_path(data_dir).read_bytes()
        qtbot.wait(200)  # tried again: still reading
        assert b"Okonkwo" in database_path(data_dir).read_bytes()
        reader.execute("COMMIT")
        qtbot.waitUntil(lambda: b"Okonkwo" not in _files(data_dir), timeout=3000)
        assert window.statusBar().currentMessage() == (
            "The names forgotten are now gone from the database file too."
        )
    finally:
        reader.close()
