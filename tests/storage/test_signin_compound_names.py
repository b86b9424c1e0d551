"""Signing in from a phone with one of two first names, or with an invisible character after
it, finds the person already there (qa4 §3): no new person each time."""

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore


def test_signing_in_from_a_phone_as_maria_makes_no_new_person(conn: sqlite3.Connection) -> None:
    """The form's whole path: checked, matched against the directory, recorded."""
    people = PeopleStore(conn)
    maria = people.add(
        Person("Maria José", "Alvarez", "mariajose.alvarez@example.org", "(312) 555-0100")
    )
    ana = people.add(Person("Ana", "Lima", phone="(312) 555-0117"))
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    store = SignInStore(conn)
    form = FormSettings(("first_name", "last_name", "phone", "email"))
    for nonce, answers in (
        ("a", {"first_name": "Maria", "phone": "(312) 555-0100"}),
        ("b", {"first_name": "María", "email": "mariajose.alvarez@example.org"}),
        ("c", {"first_name": "Ana\u200b", "phone": "(312) 555-0117"}),
    ):
        submission = check_submission(answers, form)
        store.record(meeting.key, submission, nonce, source="phone", language="en", now_ms=1)
    assert [s.person_id for s in store.signed_in(meeting.key)] == [maria.key, maria.key, ana.key]
    assert people.count() == 2
