"""Consents a sign-in matched to a known person gives beyond what they had agreed to wait
for the organizer, and count nowhere until accepted (storage.signin_consents); the end to
end story is tests/services/test_signin_consents_from_an_impostor.py."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.storage import open_db, schema
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import Count, RetentionStore
from meetingkit.storage.signin import SignedIn, SignInStore

FORM = FormSettings(("first_name", "phone"))
NOW = 1_795_000_000_000


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))
    SignInStore(conn).settings(meeting.key)  # its form: every consent asked
    return meeting.key


@pytest.fixture
def rosa(conn: sqlite3.Connection) -> int:
    """In the directory from the member list: she has agreed to nothing."""
    return PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312 555 0104")).key


def sign(conn: sqlite3.Connection, meeting_id: int, nonce: str, *consents: str) -> SignedIn:
    answers = {"first_name": "Rosa", "phone": "3125550104"}
    answers |= {f"consent_{c}": "yes" for c in consents}
    signed, _ = SignInStore(conn).record(
        meeting_id, check_submission(answers, FORM), nonce, source="phone", language="en",
        now_ms=NOW,
    )  # fmt: skip
    return signed


def counted(conn: sqlite3.Connection, meeting_id: int) -> frozenset[str]:
    [attendee] = AttendeeRecords(conn).for_meeting(meeting_id)
    return attendee.consents


def test_one_decision_for_every_sign_in_of_theirs_at_the_meeting(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    """Rosa signed in twice (phone, then kiosk), ticking photos both times: the organizer
    is asked once, and accepting it makes it count at the meeting."""
    sign(conn, meeting_id, "n1", "photo")
    sign(conn, meeting_id, "n2", "photo", "show_name")
    review = NewDetailsReview(conn, meeting_id)
    [waiting] = review.new_details()
    assert [c.key for c in waiting.consents] == ["photo", "show_name"]
    photo = waiting.consents[0]
    review.accept_consent(photo)
    assert counted(conn, meeting_id) == {"photo"}
    assert rosa in SignInStore(conn).names_withheld(meeting_id)  # show_name still waits
    review.leave_out_consent(review.new_details()[0].consents[0])
    assert review.count() == 0
    assert rosa in SignInStore(conn).names_withheld(meeting_id)


def test_accepted_once_it_is_what_she_agreed_to_next_time(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "n1", "contact_email")
    review = NewDetailsReview(conn)
    review.accept_consent(review.new_details()[0].consents[0])
    later = MeetingStore(conn).create(Meeting("Vigil", dt.date(2026, 12, 5), dt.time(18))).key
    sign(conn, later, "n2", "contact_email")
    assert counted(conn, later) == {"contact_email"}
    assert review.count() == 0


def test_fixing_the_answers_keeps_what_the_organizer_accepted(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    signed = sign(conn, meeting_id, "n1", "photo")
    review = NewDetailsReview(conn)
    review.accept_consent(review.new_details()[0].consents[0])
    fixed = check_submission(
        {"first_name": "Rosa", "phone": "3125550104", "consent_photo": "yes",
         "consent_contact_text": "yes"},
        FORM,
    )  # fmt: skip
    SignInStore(conn).correct(signed, fixed, NOW + 60_000)
    assert counted(conn, meeting_id) == {"photo"}
    assert [c.key for c in review.new_details()[0].consents] == ["contact_text"]
    unticked = check_submission({"first_name": "Rosa", "phone": "3125550104"}, FORM)
    SignInStore(conn).correct(signed, unticked, NOW + 120_000)
    assert counted(conn, meeting_id) == frozenset()  # taken back, at once
    assert review.count() == 0


def test_taking_the_sign_in_back_takes_what_waits_with_it(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    SignInStore(conn).withdraw(sign(conn, meeting_id, "n1", "photo"))
    assert NewDetailsReview(conn).count() == 0


def test_a_purge_keeps_a_count_of_the_consents_that_counted_only(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "n1", "photo")
    SignInStore(conn).record(
        meeting_id,
        check_submission({"first_name": "Wren", "consent_photo": "yes"}, FORM),
        "n2",
        source="kiosk",
        language="en",
        now_ms=NOW,
    )
    assert RetentionStore(conn).record_counts(meeting_id) == [Count("consent", "photo", 1)]


def test_consents_given_before_the_upgrade_still_count(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    schema.apply_migrations(raw, stop_before="m027_consents_waiting")
    raw.execute(
        "INSERT INTO meetings (title, date, start, planned_minutes)"
        " VALUES ('A', '2026-10-01', '18:00', 90)"
    )
    raw.execute("INSERT INTO people (first_name, sort_name) VALUES ('Rosa', 'rosa')")
    raw.execute(
        "INSERT INTO signins (meeting_id, person_id, nonce, edit_key, submitted_ms, source,"
        " match) VALUES (1, 1, 'n', 'k', 0, 'phone', 'returning')"
    )
    raw.execute(
        "INSERT INTO consents (signin_id, person_id, key, wording, given_ms)"
        " VALUES (1, 1, 'photo', 'You may take and share photos…', 0)"
    )
    raw.execute(
        "INSERT INTO attendance (meeting_id, person_id, arrived_ms, source)"
        " VALUES (1, 1, 0, 'phone')"
    )
    raw.close()
    conn = open_db(tmp_path / "old.sqlite3")
    try:
        assert counted(conn, 1) == {"photo"}
        assert NewDetailsReview(conn).count() == 0
    finally:
        conn.close()
