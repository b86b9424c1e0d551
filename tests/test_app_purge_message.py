"""The start-up purge says how many meetings it purged in words for that count, not
"meeting(s)" (QA round 8). translate() outside self.tr gets no plural forms from lupdate,
so the code chooses the sentence by the count (English and Spanish agree on one vs many)."""

import datetime as dt
import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.app import _purge_due
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore


def _due(conn: sqlite3.Connection, count: int) -> None:
    meetings, retention = MeetingStore(conn), RetentionStore(conn)
    for n in range(count):
        meeting = meetings.create(Meeting(f"Meeting {n}", dt.date(2025, 1, 10 + n), dt.time(18)))
        retention.set_days(meeting.key, 30)


def test_one_purged_meeting_is_one_meeting(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    _due(conn, 1)
    assert _purge_due(conn) == (
        "Purged the personal data of one meeting whose retention period ended; its anonymous "
        "counts are kept."
    )
    _due(conn, 2)
    assert _purge_due(conn) == (
        "Purged the personal data of 2 meetings whose retention period ended; their anonymous "
        "counts are kept."
    )
    assert _purge_due(conn) == ""  # none due


def test_a_meeting_still_running_is_not_purged_at_start_up(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    """Started yesterday, kept a day, and still on (the app started again after midnight,
    mid-meeting): the start-up purge holds it, as it would while the app runs."""
    import time

    from meetingkit.core.agenda import AgendaItem
    from meetingkit.core.agenda_run import RunRecord
    from meetingkit.core.clock import to_ms
    from meetingkit.storage.agenda import AgendaStore

    yesterday = dt.date.today() - dt.timedelta(days=1)
    late = MeetingStore(conn).create(Meeting("Late", yesterday, dt.time(21)))
    RetentionStore(conn).set_days(late.key, 1)
    agenda = AgendaStore(conn)
    agenda.add_item(late.key, AgendaItem("Discussion", planned_minutes=30))
    agenda.save_run(late.key, RunRecord(started_ms=to_ms(time.time() - 1800)), None)
    assert _purge_due(conn) == ""
    assert RetentionStore(conn).get(late.key).purged_at is None
