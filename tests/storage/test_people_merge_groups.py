"""Merging two records of one person keeps what each meeting knew of their self-identified
groups (attendance.categories, m021): a meeting both records were at counts the person once,
in the groups given under either; a meeting not yet ended follows the merged record; a
finished meeting only one record was at keeps what was given there."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people

TONIGHT = dt.date(2026, 11, 21)


def _meeting(conn: sqlite3.Connection, day: dt.date) -> int:
    return MeetingStore(conn).create(Meeting(f"Meeting {day}", day, dt.time(18))).key


def _groups(conn: sqlite3.Connection, meeting_id: int) -> dict[str, set[str]]:
    """Who the meeting counts, once each, and in which groups."""
    present = AttendanceStore(conn).present(meeting_id)
    assert len({p.person_id for p in present}) == len(present)
    return {p.display_name: set(p.categories) for p in present}


def test_a_duplicate_merged_mid_meeting_counts_once_in_the_groups_of_both(
    conn: sqlite3.Connection,
) -> None:
    """Rosa is on the stack; the phone at the door did not know her new number and made a
    second Rosa, who said she is in the Spanish speakers' group. Merged, tonight counts one
    Rosa, in both her groups (the second record's went with it)."""
    people, attendance = PeopleStore(conn), AttendanceStore(conn)
    tonight = _meeting(conn, TONIGHT)
    rosa = people.add(Person("Rosa", "Delgado", phone="312 555 0104")).key
    people.set_categories(rosa, ["Night shift"], TONIGHT)
    attendance.mark_present(tonight, rosa, 1, "stack")
    again = people.add(Person("Rosa", "Delgado", phone="773 555 0199")).key
    attendance.mark_present(tonight, again, 2, "phone")
    people.set_categories(again, ["Spanish speakers"], TONIGHT)
    assert len(attendance.present(tonight)) == 2  # two records: two people, until merged
    merge_people(conn, drop=again, keep=rosa, today=TONIGHT)
    assert _groups(conn, tonight) == {"Rosa Delgado": {"Night shift", "Spanish speakers"}}
    assert people.categories([rosa])[rosa] == {"Night shift", "Spanish speakers"}


def test_a_merge_after_the_meetings_keeps_what_each_was_told_there(
    conn: sqlite3.Connection,
) -> None:
    """Both records came in October, each with its own group; only the second came in
    September. Merged in November, after the second record took up a group since: October
    counts the groups either gave there, September what the second gave there, and neither
    takes the group given since."""
    people, attendance = PeopleStore(conn), AttendanceStore(conn)
    september = _meeting(conn, dt.date(2026, 9, 17))
    october = _meeting(conn, dt.date(2026, 10, 15))
    rosa = people.add(Person("Rosa", "Delgado", phone="312 555 0104")).key
    again = people.add(Person("Rosa", "Delgado", phone="773 555 0199")).key
    people.set_categories(rosa, ["Night shift"], dt.date(2026, 9, 1))
    people.set_categories(again, ["Spanish speakers"], dt.date(2026, 9, 1))
    attendance.mark_present(september, again, 1, "phone")
    attendance.mark_present(october, rosa, 1, "phone")
    attendance.mark_present(october, again, 2, "kiosk")
    people.set_categories(again, ["Spanish speakers", "Stewards"], TONIGHT)
    merge_people(conn, drop=again, keep=rosa, today=TONIGHT)
    assert _groups(conn, october) == {"Rosa Delgado": {"Night shift", "Spanish speakers"}}
    assert _groups(conn, september) == {"Rosa Delgado": {"Spanish speakers"}}
    assert people.categories([rosa])[rosa] == {"Night shift", "Spanish speakers", "Stewards"}
