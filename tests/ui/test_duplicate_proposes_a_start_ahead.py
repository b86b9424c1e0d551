"""Duplicate proposes the next in the series whose start is still ahead: it proposed today at
07:30 at noon, a meeting that then counted as held by nobody."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog


@pytest.mark.parametrize(
    ("start", "proposed"),
    [
        (dt.time(7, 30), dt.date(2026, 11, 28)),  # this morning's time is past: next week
        (dt.time(21, 0), dt.date(2026, 11, 21)),  # tonight's is still ahead: today
    ],
)
def test_duplicate_proposes_a_start_still_ahead(
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    start: dt.time,
    proposed: dt.date,
) -> None:
    """It is Saturday 21 November, 19:10; the source met on a Saturday three weeks ago."""
    source = MeetingStore(conn).create(Meeting("Early shift", dt.date(2026, 10, 31), start))
    window = make_window()
    window.open_meeting(source.key)
    drafts: list[Meeting] = []
    monkeypatch.setattr(
        MeetingDialog, "ask", classmethod(lambda _c, _p, draft, *_a, **_k: drafts.append(draft))
    )
    window.act_duplicate_meeting.trigger()
    assert [(d.date, d.start) for d in drafts] == [(proposed, start)]
