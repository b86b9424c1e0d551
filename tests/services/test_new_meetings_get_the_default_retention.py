"""Next meeting and a new training start with the settings' retention, as any new meeting; a
next meeting keeps its source's when the source has one."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.next_meeting import create_next, draft_next, plan_next
from meetingkit.services.training import create_training
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore

TODAY = dt.date(2026, 11, 22)


def test_the_next_meeting_keeps_its_source_s_retention_or_gets_the_default(
    conn: sqlite3.Connection,
) -> None:
    retention = RetentionStore(conn)
    source = MeetingStore(conn).create(
        Meeting(title="Chapter", date=TODAY, start=dt.time(18), planned_minutes=60)
    )

    def next_one() -> int:
        draft = draft_next(source, TODAY)
        return create_next(
            conn, source, draft, plan_next(conn, source), retention_days=365
        ).meeting.key

    assert retention.get(next_one()).days == 365
    retention.set_days(source.key, 90)
    assert retention.get(next_one()).days == 90


def test_a_new_training_starts_with_the_default(conn: sqlite3.Connection) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    made = create_training(conn, curriculum, TODAY, dt.time(10), retention_days=180)
    assert RetentionStore(conn).get(made.key).days == 180
    plain = create_training(conn, curriculum, TODAY, dt.time(14))
    assert RetentionStore(conn).get(plain.key).days is None
