"""Retention after a year of meetings: new meetings start with the settings' retention, a copy
keeps its source's when it has one, and several meetings are set at once, all or nothing."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore, due_at_once

TODAY = dt.date(2026, 11, 22)


def meeting(title: str, day: dt.date) -> Meeting:
    return Meeting(title=title, date=day, start=dt.time(18), planned_minutes=60)


@pytest.fixture
def year(conn: sqlite3.Connection) -> list[int]:
    """Four monthly meetings, 120 to 30 days ago, the oldest first; the second keeps its data
    30 days."""
    meetings = MeetingStore(conn)
    made = [
        meetings.create(meeting(f"Meeting {n}", TODAY - dt.timedelta(days=30 * (4 - n)))).key
        for n in range(4)
    ]
    RetentionStore(conn).set_days(made[1], 30)
    return made


def test_a_new_meeting_starts_with_the_retention_it_is_given(conn: sqlite3.Connection) -> None:
    meetings, retention = MeetingStore(conn), RetentionStore(conn)
    kept = meetings.create(meeting("Kept", TODAY), retention_days=365)
    by_hand = meetings.create(meeting("By hand", TODAY))
    assert retention.get(kept.key).days == 365
    assert retention.get(by_hand.key).days is None


def test_a_copy_keeps_its_source_s_retention_and_gets_the_default_when_it_had_none(
    conn: sqlite3.Connection, year: list[int]
) -> None:
    meetings, retention = MeetingStore(conn), RetentionStore(conn)
    later = meeting("Copy", TODAY + dt.timedelta(days=7))
    from_kept = meetings.duplicate(year[1], later, retention_days=365)
    from_by_hand = meetings.duplicate(year[0], later, retention_days=365)
    without_default = meetings.duplicate(year[0], later)
    assert retention.get(from_kept.key).days == 30  # the organizer's choice for the series
    assert retention.get(from_by_hand.key).days == 365  # the settings' for new meetings
    assert retention.get(without_default.key).days is None


def test_several_meetings_are_set_at_once_and_a_purged_one_is_left_alone(
    conn: sqlite3.Connection, year: list[int]
) -> None:
    retention = RetentionStore(conn)
    retention.mark_purged(year[0], "2026-01-01T00:00:00+00:00")
    assert retention.set_days_for(year, 365) == 3
    assert [retention.get(m).days for m in year] == [None, 365, 365, 365]
    assert retention.set_days_for(year[1:3], None) == 2
    assert [r.meeting_id for r in retention.without_retention()] == [year[2], year[1]]


def test_a_meeting_gone_or_a_bad_number_of_days_sets_none_of_them(
    conn: sqlite3.Connection, year: list[int]
) -> None:
    retention = RetentionStore(conn)
    with pytest.raises(NotFoundError):
        retention.set_days_for([year[2], year[3], 999], 365)
    with pytest.raises(ValidationError):
        retention.set_days_for(year, 0)
    assert [retention.get(m).days for m in year] == [None, 30, None, None]


def test_the_meetings_a_retention_would_leave_due_at_once(
    conn: sqlite3.Connection, year: list[int]
) -> None:
    rows = RetentionStore(conn).all()  # dated 30, 60, 90 and 120 days ago
    assert [r.meeting_id for r in due_at_once(rows, 60, TODAY)] == [year[2], year[1], year[0]]
    assert [r.meeting_id for r in due_at_once(rows, 61, TODAY)] == [year[1], year[0]]
    assert due_at_once(rows, 365, TODAY) == []
    assert due_at_once(rows, None, TODAY) == []
