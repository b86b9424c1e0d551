"""The start screen reads which meetings are running once (`AgendaStore.running_meetings`, for
the note about a meeting interrupted by a crash), and that same list says whether a meeting
planned across last midnight still runs: its run is not read again on its own."""

import datetime as dt
import sqlite3

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.whats_next import whats_next
from meetingkit.storage.meetings import MeetingStore

AFTER_MIDNIGHT = dt.datetime(2026, 11, 22, 0, 20)


def test_whats_next_reads_the_agenda_runs_once(conn: sqlite3.Connection) -> None:
    night = Meeting("Night shift", dt.date(2026, 11, 21), dt.time(23, 30), planned_minutes=90)
    MeetingStore(conn).create(night)  # never started: past after midnight
    clock = ManualClock(AFTER_MIDNIGHT.timestamp())
    asked: list[str] = []
    conn.set_trace_callback(lambda sql: asked.append(sql) if "agenda_runs" in sql else None)
    try:
        news = whats_next(conn, clock)
    finally:
        conn.set_trace_callback(None)
    assert news.next_meeting is None
    assert news.interrupted is None
    assert len(asked) == 1
