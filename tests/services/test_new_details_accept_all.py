"""At a first assembly everyone imported from a roster has agreed to nothing yet: each
regular's first sign-in leaves two to four consents waiting, and maybe a detail. The
organizer who knows it was them accepts all of a person's at once: the consents count, the
details go into the record. Where their sign-ins gave one detail two different values, which
is theirs stays for the organizer to choose."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.new_details_review import NewDetailsReview, accept_all
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

FORM = FormSettings(("first_name", "phone", "email"))


def _signs_in(conn: sqlite3.Connection, meeting_id: int, nonce: str, **answers: str) -> None:
    SignInStore(conn).record(
        meeting_id,
        check_submission(answers, FORM),
        nonce,
        source="phone",
        language="en",
        now_ms=len(nonce),
    )


def _meeting(conn: sqlite3.Connection, title: str, day: int) -> int:
    return MeetingStore(conn).create(Meeting(title, dt.date(2026, 11, day), dt.time(19))).key


def test_all_of_a_persons_consents_count_and_their_details_go_in(
    conn: sqlite3.Connection,
) -> None:
    meeting = _meeting(conn, "First assembly", 21)
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    ana = PeopleStore(conn).add(Person("Ana", "Lima", phone="(312) 555-0100"))
    _signs_in(
        conn,
        meeting,
        "rosa-nonce-xxxxx",
        first_name="Rosa",
        phone="312.555.0104",
        email="rosa@example.org",
        consent_contact_email="yes",
        consent_photo="yes",
        consent_show_name="yes",
    )
    _signs_in(
        conn, meeting, "ana-nonce-xxxxxx", first_name="Ana", phone="3125550100", consent_photo="yes"
    )
    review = NewDetailsReview(conn)
    assert review.count() == 2
    [waiting] = [p for p in review.new_details() if p.person.key == rosa.key]
    accept_all(review, waiting)
    assert PeopleStore(conn).get(rosa.key).email == "rosa@example.org"
    records = {r.person.key: r for r in AttendeeRecords(conn).for_meeting(meeting)}
    assert records[rosa.key].consents == {"contact_email", "photo", "show_name"}
    assert records[ana.key].consents == set()  # hers still wait
    assert [p.person.key for p in review.new_details()] == [ana.key]
    assert review.count() == 1


def test_two_values_for_one_detail_stay_for_the_organizer_to_choose(
    conn: sqlite3.Connection,
) -> None:
    october = _meeting(conn, "October assembly", 1)
    november = _meeting(conn, "November assembly", 21)
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    _signs_in(
        conn,
        october,
        "oct-nonce-xxxxxx",
        first_name="Rosa",
        phone="3125550104",
        email="rosa@old.org",
        consent_photo="yes",
    )
    _signs_in(
        conn,
        november,
        "nov-nonce-xxxxxxx",
        first_name="Rosa",
        phone="3125550104",
        email="rosa@new.org",
        consent_photo="yes",
    )
    review = NewDetailsReview(conn)
    [waiting] = review.new_details()
    assert [d.value for d in waiting.details] == ["rosa@old.org", "rosa@new.org"]
    accept_all(review, waiting)
    assert PeopleStore(conn).get(rosa.key).email == ""
    [still] = review.new_details()
    assert [d.value for d in still.details] == ["rosa@old.org", "rosa@new.org"]
    assert still.consents == ()
