import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.errors import NotFoundError
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, Match, check_submission
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore

FORM = FormSettings(("first_name", "last_name", "phone", "email", "first_time"))
NOW = 1_795_000_000_000


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    return MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18))).key


def sign(store: SignInStore, meeting_id: int, nonce: str, **answers: str) -> tuple:
    submission = check_submission(answers, FORM)
    return store.record(meeting_id, submission, nonce, source="phone", language="en", now_ms=NOW)


def test_a_token_has_128_bits_and_rotates(conn: sqlite3.Connection, meeting_id: int) -> None:
    store = SignInStore(conn)
    first = store.settings(meeting_id)
    assert len(first.token) >= 22  # 16 random bytes, URL-safe base64
    assert store.meeting_for_token(first.token) == meeting_id
    rotated = store.rotate_token(meeting_id)
    assert rotated.token != first.token
    assert store.meeting_for_token(first.token) is None
    assert store.meeting_for_token(rotated.token) == meeting_id


def test_a_retried_post_with_the_same_nonce_signs_in_once(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    store = SignInStore(conn)
    first, new = sign(
        store, meeting_id, "n1", first_name="Ana", phone="312 555 0100", consent_contact_text="yes"
    )
    again, new_again = sign(store, meeting_id, "n1", first_name="Ana", phone="312 555 0100")
    assert (new, new_again) == (True, False)
    assert again == first
    assert len(store.signed_in(meeting_id)) == 1
    assert PeopleStore(conn).count() == 1
    assert [p.person_id for p in AttendanceStore(conn).present(meeting_id)] == [first.person_id]
    wording = [tuple(r) for r in conn.execute("SELECT key, wording FROM consents")]
    assert wording == [
        (
            "contact_text",
            "You may text me about this group's work (up to 4 "
            "messages a month; reply STOP to stop).",
        )
    ]


def test_a_returning_person_is_recognised_and_their_record_left_as_it_is(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    """Their blanks used to be filled from the sign-in, whoever made it: what it adds now
    waits for the organizer (tests/storage/test_signin_new_details.py)."""
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", phone="(312) 555-0104", workplace="St. Brigid"))
    store = SignInStore(conn)
    signed, _ = sign(
        store,
        meeting_id,
        "n",
        first_name="rosa",
        phone="312.555.0104",
        email="rosa@example.org",
        last_name="D.",
    )
    assert (signed.person_id, signed.match) == (rosa.id, Match.RETURNING)
    assert people.get(rosa.key) == rosa


def test_a_possible_duplicate_is_a_new_person_flagged_for_review(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", email="delgados@example.org"))
    store = SignInStore(conn)
    tomas, _ = sign(store, meeting_id, "n", first_name="Tomás", email="delgados@example.org")
    assert tomas.person_id != rosa.id
    assert tomas.match == Match.POSSIBLE_DUPLICATE
    [flag] = store.flags(meeting_id)
    assert (flag.new.first_name, flag.existing.first_name) == ("Tomás", "Rosa")
    store.dismiss(flag.id)
    assert store.flags(meeting_id) == []


def test_merging_a_duplicate_moves_everything_to_the_existing_person(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    people, meetings = PeopleStore(conn), MeetingStore(conn)
    lan = people.add(Person("Lan", "Nguyen", phone="3125550199"))
    meetings.assign(meeting_id, Role.NOTE_TAKER, lan.key)
    store = SignInStore(conn)
    copy, _ = sign(
        store, meeting_id, "n", first_name="Lan", last_name="Nguyen", email="lan@example.org"
    )
    meetings.assign(meeting_id, Role.NOTE_TAKER, copy.person_id)
    [flag] = store.flags(meeting_id)
    store.merge(flag)
    assert people.count() == 1
    assert people.get(lan.key).email == "lan@example.org"
    assert [s.person_id for s in store.signed_in(meeting_id)] == [lan.id]
    assert [a.person_id for a in meetings.roles(meeting_id)] == [lan.id]


def test_withdrawing_removes_the_sign_in_and_the_person_it_created(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    store = SignInStore(conn)
    signed, _ = sign(
        store, meeting_id, "n", first_name="Zenobia", phone="312 555 0199", consent_photo="yes"
    )
    store.withdraw(signed)
    assert store.signed_in(meeting_id) == []
    assert PeopleStore(conn).count() == 0
    for table in ("consents", "attendance", "signins"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_withdrawing_keeps_a_returning_person(conn: sqlite3.Connection, meeting_id: int) -> None:
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", phone="3125550100"))
    store = SignInStore(conn)
    signed, _ = sign(store, meeting_id, "n", first_name="Ana", phone="3125550100")
    store.withdraw(signed)
    assert people.get(ana.key) == ana


def test_withdrawing_takes_back_the_commitments_made_on_the_phone_only(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    """Someone already in the directory keeps their record, but what they ticked on the
    phone goes with the sign-in; a card recorded on the laptop stays, and so does what they
    ticked on another phone's sign-in."""
    people = PeopleStore(conn)
    ana = people.add(Person("Ana", phone="3125550100"))
    store = SignInStore(conn)
    signed, _ = sign(store, meeting_id, "n", first_name="Ana", phone="3125550100")
    for text, source, signin_id in (
        ("Bring two coworkers", "phone", signed.id),
        ("Give 2 hours a week", "card", None),
        ("Join the committee", "phone", None),
    ):
        conn.execute(
            "INSERT INTO commitments (meeting_id, person_id, text, follow_up_due, source,"
            " created_ms, updated_ms, signin_id)"
            " VALUES (?, ?, ?, '2026-11-23T18:00', ?, 0, 0, ?)",
            [meeting_id, ana.key, text, source, signin_id],
        )
    store.withdraw(signed)
    rows = conn.execute("SELECT text FROM commitments ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["Give 2 hours a week", "Join the committee"]


def test_fixing_answers_changes_only_what_the_form_asks(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    """A person the sign-in created, then corrected within the edit window: the fields the
    form asks take the new answers (a blank clears one); what it does not ask stays."""
    store = SignInStore(conn)
    signed, _ = sign(store, meeting_id, "n", first_name="Zoe", phone="312 555 0111")
    people = PeopleStore(conn)
    added = people.get(signed.person_id)
    people.update(replace(added, workplace="4 West", notes="Met at the vigil"))  # on the laptop
    fixed = check_submission({"first_name": "Zoé", "email": "zoe@example.org"}, FORM)
    store.correct(signed, fixed, NOW + 60_000)
    after = people.get(signed.person_id)
    assert (after.first_name, after.email, after.phone) == ("Zoé", "zoe@example.org", "")
    assert (after.workplace, after.notes) == ("4 West", "Met at the vigil")


def test_a_correction_replaces_the_answers_and_consents(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    store = SignInStore(conn)
    signed, _ = sign(store, meeting_id, "n", first_name="Ana", last_name="Lma", consent_photo="yes")
    fixed = check_submission(
        {"first_name": "Ana", "last_name": "Lima", "first_time": "yes", "consent_show_name": "yes"},
        FORM,
    )
    corrected = store.correct(signed, fixed, NOW + 60_000)
    assert (corrected.last_name, corrected.answers) == ("Lima", {"first_time": "yes"})
    assert [tuple(r) for r in conn.execute("SELECT key FROM consents")] == [("show_name",)]


def test_a_first_timer_is_marked(conn: sqlite3.Connection, meeting_id: int) -> None:
    store = SignInStore(conn)
    signed, _ = sign(store, meeting_id, "n", first_name="Wren")
    assert signed.first_time


def test_merging_a_duplicate_keeps_the_commitments_it_made(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    """Every table pointing at people moves to the kept record, including ones added after
    the merge was written (commitments): merging must never lose what someone took on."""
    people = PeopleStore(conn)
    lan = people.add(Person("Lan", "Nguyen", phone="3125550199"))
    store = SignInStore(conn)
    copy, _ = sign(
        store, meeting_id, "n", first_name="Lan", last_name="Nguyen", email="lan@example.org"
    )
    conn.execute(
        "INSERT INTO commitments (meeting_id, person_id, text, follow_up_due, source,"
        " created_ms, updated_ms) VALUES (?, ?, 'Bring two coworkers', '2026-11-23T18:00',"
        " 'card', 0, 0)",
        [meeting_id, copy.person_id],
    )
    [flag] = store.flags(meeting_id)
    store.merge(flag)
    rows = conn.execute("SELECT person_id, text FROM commitments").fetchall()
    assert [tuple(r) for r in rows] == [(lan.key, "Bring two coworkers")]


def test_settings_of_a_meeting_that_does_not_exist_say_so(conn: sqlite3.Connection) -> None:
    """`print poster --meeting 99` said "The database refused the change (FOREIGN KEY…)"."""
    with pytest.raises(NotFoundError, match="There is no meeting 99"):
        SignInStore(conn).settings(99)


def test_a_second_sign_in_under_the_same_name_cannot_give_away_a_consent(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    """Anyone who knows a coworker's first name and number can sign in as them: that sign-in
    must not show their name on the projector, or export them as agreeing, when they declined
    at their own sign-in."""
    from meetingkit.storage.attendee_records import AttendeeRecords

    store = SignInStore(conn)
    store.settings(meeting_id)  # the form asks every consent, the name among them
    rosa, _ = sign(store, meeting_id, "n1", first_name="Rosa", phone="312 555 0104")
    other, _ = sign(
        store, meeting_id, "n2", first_name="Rosa", phone="(312) 555-0104",
        consent_show_name="yes", consent_photo="yes",
    )  # fmt: skip
    assert other.person_id == rosa.person_id
    assert rosa.person_id in store.names_withheld(meeting_id)
    (attendee,) = AttendeeRecords(conn).for_meeting(meeting_id)
    assert attendee.consents == frozenset()
