"""Another program holds the database (a database browser, a sync or backup tool) while
sign-in is open: the phone is told it is not signed in, the Sign-in tab says why, a phone
opening the form raises no box, and once the lock is gone phones sign in again."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.services import signin_writer
from meetingkit.services.data_dir import database_path
from meetingkit.storage.guided_path import Mark, PathStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Alert
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab
from tests.ui.test_signin_screen import open_signin, phone_signs_in

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, *a: shown.append(a)))
    return shown


@pytest.fixture
def quick(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    """The waits for a lock, short for these tests: the phone's (the sign-in writer's) and
    the app's own."""
    monkeypatch.setattr(signin_writer, "BUSY_WAIT_S", 0.5, raising=False)
    conn.execute("PRAGMA busy_timeout = 200")


@pytest.fixture
def tab(
    qtbot: QtBot, meeting: Meeting, make_window: MakeWindow, quick: None
) -> Iterator[SignInTab]:
    """The meeting's Sign-in tab, open on this laptop with the short waits (`quick`: set
    before the writer starts); closed when the test ends."""
    tab = open_signin(make_window(), qtbot)
    yield tab
    tab.close_serving()


@contextmanager
def held(data_dir: Path) -> Iterator[None]:
    """Another program takes the database's write lock and keeps it, until the block ends."""
    other = sqlite3.connect(database_path(data_dir), isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        other.execute("CREATE TABLE IF NOT EXISTS zz (x)")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_locked_database_is_shown_until_a_sign_in_is_saved_and_visits_raise_no_box(
    qtbot: QtBot,
    meeting: Meeting,
    tab: SignInTab,
    data_dir: Path,
    conn: sqlite3.Connection,
    alerts: list[tuple[object, ...]],
) -> None:
    """The writer's thread died on "database is locked": the tab never heard, and the
    phone's visit to the form raised the "Something went wrong" box."""
    url = tab.session.url()  # type: ignore[union-attr]
    with held(data_dir):
        assert phone_signs_in(url, first_name="Locked", last_name="Out") == 503
        qtbot.waitUntil(lambda: "could not be saved" in tab.status_label.text(), timeout=3000)
        status = tab.status_label.text()
        assert "Another program is holding the database file" in status
        assert "paper sheet" in status
        assert alerts == []  # the visit's tick waited, without a word
        assert Mark.PHONE_REACHED not in PathStore(conn).marks(meeting.key)
    assert phone_signs_in(url, first_name="After", last_name="Lock") == 303
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert "could not be saved" not in tab.status_label.text()
    assert alerts == []


def test_a_visit_the_database_refused_to_note_is_noted_at_a_later_one(
    qtbot: QtBot,
    meeting: Meeting,
    tab: SignInTab,
    data_dir: Path,
    conn: sqlite3.Connection,
    alerts: list[tuple[object, ...]],
) -> None:
    with held(data_dir):
        tab.signals.visited()
        qtbot.wait(50)
    tab.signals.visited()  # within the minute: not tried again (each try waits)
    qtbot.wait(50)
    assert Mark.PHONE_REACHED not in PathStore(conn).marks(meeting.key)
    tab._visit_retry_at = 0.0  # the minute has passed
    tab.signals.visited()
    qtbot.waitUntil(lambda: Mark.PHONE_REACHED in PathStore(conn).marks(meeting.key))
    assert alerts == []
