"""Selecting many meetings at once on the retention table (a year of them, after setting their
retention, or Ctrl+A) is one change of selection, not one per row: each change makes the
table and the Privacy page read the whole selection again, which for hundreds of meetings
took seconds."""

from __future__ import annotations

import datetime as dt
import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.settings import Settings
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.retention_table import RetentionTable

START = dt.date(2025, 1, 7)


def test_many_meetings_are_selected_in_one_change(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    store = MeetingStore(conn)
    ids = [
        store.create(
            Meeting(
                title=f"Week {n}",
                date=START + dt.timedelta(weeks=n),
                start=dt.time(18),
                planned_minutes=90,
            )
        ).key
        for n in range(60)
    ]
    table = RetentionTable(conn, dt.date(2026, 6, 1), Settings)
    qtbot.addWidget(table)
    table.refresh()
    told: list[None] = []
    table.selection_changed.connect(lambda: told.append(None))

    wanted = [i for i in ids if i not in (ids[10], ids[11], ids[40])]  # three runs of rows
    table.select_meetings(wanted, current=ids[30])

    assert len(told) <= 3  # the selection, and the cursor: not one per row
    assert sorted(r.meeting_id for r in table.selected_meetings()) == sorted(wanted)
    current = table.current_meeting()
    assert current is not None
    assert current.meeting_id == ids[30]

    told.clear()
    table.refresh()  # keeps the selection, again at once
    assert len(told) <= 4
    assert sorted(r.meeting_id for r in table.selected_meetings()) == sorted(wanted)

    table.select_meetings([])
    assert table.selected_meetings() == []
