"""A sign-in matched to a known person never changes their record by itself: anyone who
knows a coworker's first name and phone can sign in as them, and an email written into the
record would send the follow-ups to whoever signed in. What it adds waits, with the
sign-in, for the organizer to add to the record or leave out."""

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, Match, check_submission
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.new_details import NewDetailsStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore

FORM = FormSettings(("first_name", "last_name", "phone", "email", "profession", "workplace"))
NOW = 1_795_000_000_000


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    return MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18))).key


@pytest.fixture
def rosa(conn: sqlite3.Connection) -> Person:
    return PeopleStore(conn).add(
        Person("Rosa", "Delgado", phone="(312) 555-0104", workplace="St. Brigid")
    )


def sign(conn: sqlite3.Connection, meeting_id: int, nonce: str, **answers: str) -> SignedIn:
    submission = check_submission(answers, FORM)
    signed, _ = SignInStore(conn).record(
        meeting_id, submission, nonce, source="phone", language="en", now_ms=NOW
    )
    return signed


def waiting(conn: sqlite3.Connection, meeting_id: int | None = None) -> dict[str, list]:
    """Who has new details waiting, and which: {"Rosa Delgado": [("email", "…"), …]}."""
    return {
        p.person.display_name: [(d.field, d.value) for d in p.details]
        for p in NewDetailsStore(conn).waiting(meeting_id)
    }


def test_a_matched_sign_in_leaves_the_record_as_it_was_and_keeps_what_it_adds(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    """Someone who knows Rosa's first name and phone signs in as her with their own email:
    the record does not take it (it did: the follow-ups went to them). What the sign-in
    says otherwise (a last name, a workplace) waits too; what it says in another way (the
    phone written with dots) is not new."""
    signed = sign(
        conn,
        meeting_id,
        "n",
        first_name="rosa",
        phone="312.555.0104",
        email="Stranger@Example.org",
        last_name="D.",
        workplace="st. brigid",
    )
    assert (signed.person_id, signed.match) == (rosa.id, Match.RETURNING)
    assert PeopleStore(conn).get(rosa.key) == rosa
    assert waiting(conn) == {
        "Rosa Delgado": [("last_name", "D."), ("email", "stranger@example.org")]
    }
    assert waiting(conn, meeting_id) == waiting(conn)
    assert NewDetailsReview(conn).count() == 1


def test_a_person_the_sign_in_created_has_their_details_in_their_record(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    signed = sign(conn, meeting_id, "n", first_name="Wren", email="wren@example.org")
    assert PeopleStore(conn).get(signed.person_id).email == "wren@example.org"
    assert waiting(conn) == {}


def test_adding_a_detail_writes_it_into_the_record(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    """Twice the same email from two sign-ins is asked about once, and added once."""
    sign(conn, meeting_id, "n1", first_name="Rosa", phone="3125550104", email="rosa@example.org")
    sign(conn, meeting_id, "n2", first_name="Rosa", phone="3125550104", email="ROSA@example.org")
    review = NewDetailsReview(conn)
    [(person, [email])] = [(p.person, list(p.details)) for p in review.new_details()]
    assert person == rosa
    review.add_to_record(email)
    assert PeopleStore(conn).get(rosa.key) == replace(rosa, email="rosa@example.org")
    assert review.new_details() == []
    assert conn.execute("SELECT count(*) FROM signin_details").fetchone()[0] == 0


def test_adding_a_different_phone_replaces_the_old_one_and_the_other_details_still_wait(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", email="ana@example.org", phone="312 555 0100"))
    sign(
        conn, meeting_id, "n", first_name="Ana", email="ana@example.org", phone="773 555 0199",
        profession="RN",
    )  # fmt: skip
    review = NewDetailsReview(conn, meeting_id)
    [details] = review.new_details()
    phone = next(d for d in details.details if d.field == "phone")
    review.add_to_record(phone)
    assert people.get(ana.key) == replace(ana, phone="773 555 0199")
    assert waiting(conn) == {"Ana": [("profession", "RN")]}


def test_leaving_a_detail_out_forgets_it(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", email="x@example.org")
    review = NewDetailsReview(conn)
    [details] = review.new_details()
    review.leave_out(details.details[0])
    assert PeopleStore(conn).get(rosa.key) == rosa
    assert review.count() == 0
    assert conn.execute("SELECT count(*) FROM signin_details").fetchone()[0] == 0


def test_a_detail_the_record_has_come_to_say_is_not_asked_about(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    """The organizer typed the email in on the laptop meanwhile."""
    sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", email="rosa@example.org")
    PeopleStore(conn).update(replace(rosa, email="rosa@example.org"))
    assert waiting(conn) == {}
    assert NewDetailsStore(conn).count() == 0


def test_fixing_the_answers_of_a_matched_sign_in_changes_what_waits_not_the_record(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    signed = sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", email="r@x.org")
    fixed = check_submission(
        {"first_name": "Rosa", "phone": "3125550104", "email": "rosa@example.org"}, FORM
    )
    SignInStore(conn).correct(signed, fixed, NOW + 60_000)
    assert PeopleStore(conn).get(rosa.key) == rosa
    assert waiting(conn) == {"Rosa Delgado": [("email", "rosa@example.org")]}


def test_taking_the_sign_in_back_takes_its_details_with_it(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    signed = sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", email="r@x.org")
    SignInStore(conn).withdraw(signed)
    assert waiting(conn) == {}
    assert conn.execute("SELECT count(*) FROM signin_details").fetchone()[0] == 0


def test_forgetting_the_person_forgets_the_details_their_sign_ins_gave(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    """And a detail naming them on someone else's sign-in (Rosa's email given under
    Ana's name and number) goes too."""
    ana = PeopleStore(conn).add(Person("Ana", phone="312 555 0100"))
    PeopleStore(conn).update(replace(rosa, email="rosa@example.org"))
    sign(conn, meeting_id, "n1", first_name="Rosa", phone="3125550104", last_name="Delgado Ruiz")
    sign(conn, meeting_id, "n2", first_name="Ana", phone="3125550100", email="rosa@example.org")
    sign(conn, meeting_id, "n3", first_name="Ana", phone="3125550100", profession="CNA")
    PeopleStore(conn).forget(rosa.key)
    assert waiting(conn) == {"Ana": [("profession", "CNA")]}
    assert conn.execute("SELECT count(*) FROM signin_details").fetchone()[0] == 1
    assert PeopleStore(conn).get(ana.key) == ana


def test_purging_the_meeting_forgets_the_details_its_sign_ins_gave(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    from meetingkit.storage.erasure import erase_meeting

    sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", email="r@x.org")
    erase_meeting(conn, meeting_id)
    assert conn.execute("SELECT count(*) FROM signin_details").fetchone()[0] == 0


def test_the_meeting_counts_them_under_the_profession_given_at_sign_in(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    """The meeting's own record of who came keeps the profession given tonight when the
    directory has none, as before; the directory waits for the organizer."""
    sign(conn, meeting_id, "n", first_name="Rosa", phone="3125550104", profession="RN")
    [present] = AttendanceStore(conn).present(meeting_id)
    assert present.profession == "RN"
    assert PeopleStore(conn).get(rosa.key).profession == ""


def test_one_meeting_reviews_only_what_its_sign_ins_gave(
    conn: sqlite3.Connection, meeting_id: int, rosa: Person
) -> None:
    other = MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 11, 22), dt.time(18))).key
    sign(conn, other, "n", first_name="Rosa", phone="3125550104", email="r@x.org")
    assert NewDetailsReview(conn, meeting_id).count() == 0
    assert NewDetailsReview(conn, other).count() == 1
    assert NewDetailsReview(conn).count() == 1
