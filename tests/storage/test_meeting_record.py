"""A meeting's record, counted: what Delete meeting says it takes, and takes."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import write_demo
from meetingkit.storage.meetings import MeetingRecord, MeetingStore

NOW = dt.datetime(2026, 11, 21, 19, 10)
TABLES = ("signins", "attendance", "turns", "cards", "commitments")


def totals(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_the_record_counts_what_deleting_the_meeting_takes(conn: sqlite3.Connection) -> None:
    demo = write_demo(conn, NOW)
    meetings = MeetingStore(conn)
    record = meetings.record(demo.meeting_id)  # tonight's, running
    assert record == MeetingRecord(
        signins=22, attendees=23, turns=16, cards=3, commitments=5, minutes=3, started=True
    )
    assert (record.running, record.held, record.empty) == (True, False, False)
    before = totals(conn)
    meetings.delete(demo.meeting_id)
    taken = {t: n - totals(conn)[t] for t, n in before.items()}
    assert taken == {"signins": 22, "attendance": 23, "turns": 16, "cards": 3, "commitments": 5}


def test_a_held_meeting_a_plan_and_a_purged_meeting(conn: sqlite3.Connection) -> None:
    demo = write_demo(conn, NOW)
    meetings = MeetingStore(conn)
    october = meetings.record(demo.meeting_ids[0])
    assert (october.running, october.held, october.decisions, october.checks) == (
        False,
        True,
        1,
        1,
    )
    plan = meetings.create(Meeting("Planning", dt.date(2026, 12, 3), dt.time(18, 0)))
    assert meetings.record(plan.key) == MeetingRecord()
    assert meetings.record(plan.key).empty
    conn.execute("UPDATE meetings SET purged_at = '2026-11-30' WHERE id = ?", [plan.key])
    purged = meetings.record(plan.key)
    assert (purged.purged, purged.held, purged.empty) == (True, True, False)


def test_meetings_of_a_day(conn: sqlite3.Connection) -> None:
    meetings = MeetingStore(conn)
    day = dt.date(2026, 12, 19)
    late = meetings.create(Meeting("Late", day, dt.time(19, 0)))
    early = meetings.create(Meeting("Early", day, dt.time(8, 0)))
    meetings.create(Meeting("Next day", day + dt.timedelta(days=1), dt.time(8, 0)))
    assert meetings.on(day) == [early, late]
