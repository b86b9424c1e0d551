"""A meeting ended (End meeting) is listed under Past at once; one planned for today and not
ended yet, or running, stays under Upcoming until its day is over. QA (Spanish, 125%): tonight's
meeting, ended, sat under "Upcoming" beside its "Follow up" until midnight."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meeting_listing import Listing
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_list_model import MeetingListModel

TODAY = dt.date(2026, 11, 21)


def _titles(model: MeetingListModel, branch: int) -> list[str]:
    heading = model.branch_index(branch)
    return [str(model.index(row, 0, heading).data()) for row in range(model.rowCount(heading))]


def test_the_model_lists_an_ended_meeting_as_past_and_one_not_ended_as_upcoming(
    qtbot: QtBot,
) -> None:
    tonight = Meeting("Tonight", TODAY, dt.time(19), id=1)
    running = Meeting("Running", TODAY, dt.time(13), id=2)
    next_week = Meeting("Next week", TODAY + dt.timedelta(days=7), dt.time(19), id=3)
    last_week = Meeting("Last week", TODAY - dt.timedelta(days=7), dt.time(19), id=4)
    model = MeetingListModel()
    meetings = [tonight, running, next_week, last_week]
    model.set_meetings(meetings, TODAY, listings={1: Listing(ended=True)})
    assert _titles(model, model.UPCOMING) == ["Running", "Next week"]
    assert _titles(model, model.PAST) == ["Tonight", "Last week"]  # the latest first
    assert model.branch_index(model.UPCOMING).data() == "Upcoming (2)"
    # Read again without its end: back under Upcoming, in its place by time
    assert model.set_listings({})
    assert _titles(model, model.UPCOMING) == ["Running", "Tonight", "Next week"]
    assert _titles(model, model.PAST) == ["Last week"]


def test_a_search_counts_an_ended_meeting_among_the_past(qtbot: QtBot) -> None:
    meetings = [
        Meeting("Staffing tonight", TODAY, dt.time(19), id=1),
        Meeting("Staffing next week", TODAY + dt.timedelta(days=7), dt.time(19), id=2),
    ]
    model = MeetingListModel()
    model.set_meetings(meetings, TODAY, listings={1: Listing(ended=True)})
    model.set_filter("tonight")
    assert model.branch_index(model.PAST).data() == "Past (1 of 1)"
    assert not model.branch_index(model.UPCOMING).isValid()  # nothing found there


def test_ending_tonights_meeting_moves_it_to_past_at_once_still_selected(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = MeetingStore(conn)
    meeting = store.create(Meeting("Tonight", TODAY, dt.time(19)))
    store.create(Meeting("Next week", TODAY + dt.timedelta(days=7), dt.time(19)))
    AgendaStore(conn).add_item(meeting.key, AgendaItem("Discussion", planned_minutes=30))
    window = make_window()
    window.open_meeting(meeting.key)
    page = window.meetings_page
    model = page.model
    assert _titles(model, model.UPCOMING) == ["Tonight", "Next week"]
    runner = page.view.agenda_tab.runner
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert runner.session is not None
    assert runner.session.run.started
    assert _titles(model, model.UPCOMING) == ["Tonight", "Next week"]  # running: upcoming
    clock.advance(600)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: True))
    runner.end_meeting()
    assert runner.session.run.ended
    assert _titles(model, model.UPCOMING) == ["Next week"]
    assert _titles(model, model.PAST) == ["Tonight"]
    index = model.meeting_index(meeting.key)
    assert index.parent() == model.branch_index(model.PAST)
    assert page.tree.currentIndex() == index  # still the one selected, and on screen
    assert page.current_meeting() == meeting
    assert " · Follow up " in str(index.data(model.DetailRole))
    # Read again from scratch (another page and back, a restart): still past
    page.reload()
    assert _titles(model, model.PAST) == ["Tonight"]
