"""The meetings list's one query (`storage.meeting_listing`) says which meetings were ended:
those are listed under Past at once, whatever their day (`Meeting.is_upcoming`)."""

import datetime as dt
import sqlite3

from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meeting_listing import listings
from meetingkit.storage.meetings import MeetingStore

DAY = dt.date(2026, 11, 21)


def test_listings_say_which_meetings_were_ended(conn: sqlite3.Connection) -> None:
    store, agenda = MeetingStore(conn), AgendaStore(conn)
    planned = store.create(Meeting("Planned", DAY, dt.time(19)))
    running = store.create(Meeting("Running", DAY, dt.time(13)))
    ended = store.create(Meeting("Ended", DAY, dt.time(10)))
    agenda.save_run(running.key, RunRecord(started_ms=1_000), seen_ms=None)
    agenda.save_run(ended.key, RunRecord(started_ms=1_000, ended_ms=2_000), seen_ms=None)
    read = listings(conn)
    assert [read[m.key].ended for m in (planned, running, ended)] == [False, False, True]
