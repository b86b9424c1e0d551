"""The sign-in list's ★ marks the people its count counts as here for the first time
(storage.first_timers), not whatever each sign-in was flagged with when it arrived."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.signin_tab import ArrivalsModel, SignInTab
from tests.storage.test_first_timers import here, meeting, person, signs_in


@pytest.fixture
def session(conn: sqlite3.Connection, data_dir: Path) -> Iterator[SignInSession]:
    """Carmen came in October, yet her phone sign-in says "first time"; Dora, new to the
    directory, says she came before; Eli really is new."""
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    carmen = person(conn, "Carmen", phone="312 555 0104")
    here(conn, october, carmen)
    signs_in(conn, november, "Carmen", phone="(312) 555-0104", first_time="yes")
    signs_in(conn, november, "Dora", first_time="no")
    signs_in(conn, november, "Eli", first_time="yes")
    found = MeetingStore(conn).get(november)
    signin = SignInSession(found, conn, database_path(data_dir), ManualClock(0), None)
    yield signin
    signin.close()


def test_the_star_and_the_count_agree(qtbot: QtBot, session: SignInSession) -> None:
    tab = SignInTab()
    qtbot.addWidget(tab)
    tab.set_session(session)
    model = tab.model
    name, first = ArrivalsModel.COL_NAME, ArrivalsModel.COL_FIRST
    rows = range(model.rowCount())
    marks = {model.index(r, name).data(): model.index(r, first).data() for r in rows}
    assert marks == {
        "Carmen Example": "",
        "Dora Example": "",
        "Eli Example": model.first_time_mark(),
    }
    assert "1 first time" in tab.count_label.text().replace("\xa0", " ")
