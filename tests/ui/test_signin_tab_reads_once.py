"""The Sign-in tab reads what it shows once per refresh: it runs after every burst of
sign-ins, and the first-timers are a query over every earlier meeting's attendance. Its
status line, read again every 15 seconds, asks the meeting's state in one query."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.signin_tab import SignInTab
from tests.storage.test_first_timers import meeting, signs_in


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> Iterator[SignInSession]:
    november = meeting(conn, "2026-11-12")
    signs_in(conn, november, "Eli", first_time="yes")
    signs_in(conn, november, "Dora", first_time="no")
    found = MeetingStore(conn).get(november)
    signin = SignInSession(found, conn, database_path(data_dir), ManualClock(0), None)
    yield signin
    signin.close()


def test_a_refresh_reads_the_sign_ins_and_first_timers_once(
    qtbot: QtBot, session: SignInSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = SignInTab()
    qtbot.addWidget(tab)
    tab.set_session(session)
    calls: list[str] = []
    for name in ("signed_in", "first_timers"):
        real = getattr(session, name)

        def counted(real=real, name=name):  # type: ignore[no-untyped-def]
            calls.append(name)
            return real()

        monkeypatch.setattr(session, name, counted)
    tab.refresh()
    assert sorted(calls) == ["first_timers", "signed_in"]
    assert "2 signed in" in tab.count_label.text().replace("\xa0", " ")
    assert "1 first time" in tab.count_label.text().replace("\xa0", " ")


def test_the_status_asks_the_meeting_s_state_once(
    qtbot: QtBot, session: SignInSession, conn: sqlite3.Connection
) -> None:
    tab = SignInTab()
    qtbot.addWidget(tab)
    tab.set_session(session)
    tab.serve("127.0.0.1", 0)
    try:
        asked: list[str] = []
        conn.set_trace_callback(lambda sql: asked.append(sql) if "agenda_runs" in sql else None)
        try:
            tab._show_status()
        finally:
            conn.set_trace_callback(None)
        assert len(asked) == 1
    finally:
        tab.close_serving()
