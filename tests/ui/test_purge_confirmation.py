"""The purge's confirmation says whom the purge deletes from the directory and whom it keeps,
before anything goes (QA round 8, #5): on the Privacy page and in `meetingkit purge`."""

import argparse
import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.cli import _data_dir_option
from meetingkit.cli_privacy import register
from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.data_dir import database_path
from meetingkit.storage import open_db
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.privacy_page import Notice, PrivacyPage
from tests.services.privacy_scene import build


def _with_a_steward(conn: sqlite3.Connection) -> int:
    """The scene's first meeting (four who came in at it and were at no other, the regular
    who comes to the next), and a steward from the directory marked present at it."""
    scene = build(conn)
    steward = PeopleStore(conn).add(Person("Marta", "Quiñones", notes="Shop steward")).key
    AttendanceStore(conn).mark_present(scene.meeting_id, steward, 0, "manual")
    return steward


def _answer(
    monkeypatch: pytest.MonkeyPatch, cls: type, value: object, method: str
) -> list[tuple[object, ...]]:
    asked: list[tuple[object, ...]] = []

    def ask(_cls: type, *args: object) -> object:
        asked.append(args)
        return value

    monkeypatch.setattr(cls, method, classmethod(ask))
    return asked


def test_the_page_says_who_goes_and_who_stays_before_purging(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steward = _with_a_steward(conn)
    page = PrivacyPage(conn, database_path(data_dir), None, ManualClock(0), dt.date(2026, 11, 21))
    qtbot.addWidget(page)
    page.select_meeting(1)
    asked = _answer(monkeypatch, Confirm, False, "ask")
    page.purge_button.click()
    text = str(asked[0][2])
    assert "4 people who came into your directory at a meeting" in text
    # "was ... stays" where English plurals are loaded (earlier tests load them), else "were"
    assert re.search(r"\b1 who (was|were) in your directory on their own", text)
    assert re.search(r"\b1 linked to other meetings, groups or follow-ups stays? too", text)
    assert RetentionStore(conn).get(1).purged_at is None  # said no: nothing changed
    assert len(AttendanceStore(conn).present(1)) == 6

    _answer(monkeypatch, Confirm, True, "ask")
    told = _answer(monkeypatch, Notice, None, "show")
    page.purge_button.click()
    assert "4 people were deleted" in str(told[0][2])
    assert PeopleStore(conn).get(steward).notes == "Shop steward"


def meetingkit(*words: str) -> int:
    parser = argparse.ArgumentParser(prog="meetingkit")
    register(parser.add_subparsers(dest="command"), _data_dir_option())
    args = parser.parse_args(words)
    return int(args.handler(args))


def test_the_command_asks_with_the_same_numbers(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_db(database_path(data_dir))
    steward = _with_a_steward(conn)
    conn.close()
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr("meetingkit.cli_privacy._confirm", confirm)
    assert meetingkit("purge", "--meeting", "1", "--data-dir", str(data_dir)) == 0
    assert "4 people who came into the directory at a meeting" in asked[0]
    assert "1 who were in it on their own" in asked[0]
    out = capsys.readouterr().out
    assert "4 people deleted from the directory, 2 kept (1 in it on their own" in out
    conn = open_db(database_path(data_dir))
    try:
        assert PeopleStore(conn).get(steward).first_name == "Marta"
    finally:
        conn.close()
