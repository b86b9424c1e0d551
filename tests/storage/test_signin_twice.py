"""Someone signed in twice (a second phone, the kiosk after the phone, or someone else who
knew their name and number): counted once, and taking back one sign-in takes back only it.
Each sign-in keeps what it gave, and only while it needs to."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import EDIT_WINDOW_MS, FormSettings, check_submission
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage import schema
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore
from meetingkit.storage.signin_commitments import Gave, SignInCommitments

FORM = FormSettings(("first_name", "last_name", "phone", "email", "first_time"))
NOW = 1_795_000_000_000


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(18)))


def sign(
    conn: sqlite3.Connection, meeting: Meeting, nonce: str, at: int = NOW, **answers: str
) -> SignedIn:
    submission = check_submission(answers, FORM)
    signed, _ = SignInStore(conn).record(
        meeting.key, submission, nonce, source="phone", language="en", now_ms=at
    )
    return signed


def arrival(conn: sqlite3.Connection, meeting: Meeting, person_id: int) -> tuple[int, str] | None:
    row = conn.execute(
        "SELECT arrived_ms, source FROM attendance WHERE meeting_id = ? AND person_id = ?",
        [meeting.key, person_id],
    ).fetchone()
    return None if row is None else (row[0], row[1])


def test_someone_signed_in_twice_is_counted_once(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    """ "24 here · 26 signed in": more people signed in than were here."""
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(NOW / 1000))
    sign(conn, meeting, "n1", first_name="Rosa", phone="312 555 0104", first_time="yes")
    sign(conn, meeting, "n2", first_name="ROSA", phone="+1 312 555 0104", first_time="yes")
    session.kiosk_sign_in({"first_name": "Rosa", "phone": "3125550104"})
    PeopleStore(conn).add(Person("Ana", phone="3125550100"))
    # Known, and she says she came before: not a first-timer (storage.first_timers).
    sign(conn, meeting, "n3", first_name="Ana", phone="312 555 0100", first_time="no")
    room = session.room()
    assert (len(session.signed_in()), room.present, room.signed_in, room.first_timers) == (
        4,
        2,
        2,
        1,
    )


def test_taking_back_one_of_two_sign_ins_keeps_them_present(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    first = sign(conn, meeting, "n1", first_name="Rosa", phone="312 555 0104")
    second = sign(conn, meeting, "n2", NOW + 60_000, first_name="Rosa", phone="312-555-0104")
    SignInStore(conn).withdraw(first)
    assert arrival(conn, meeting, first.person_id) == (NOW + 60_000, "phone")  # as of the other
    SignInStore(conn).withdraw(second)
    assert arrival(conn, meeting, first.person_id) is None


@pytest.mark.parametrize("source", ["manual", "stack"])
def test_a_sign_in_taken_back_leaves_a_mark_from_the_laptop_or_the_stack(
    conn: sqlite3.Connection, meeting: Meeting, source: str
) -> None:
    rosa = PeopleStore(conn).add(Person("Rosa", phone="3125550104"))
    AttendanceStore(conn).mark_present(meeting.key, rosa.key, NOW - 5_000, source)
    signed = sign(conn, meeting, "n", first_name="Rosa", phone="312 555 0104")
    SignInStore(conn).withdraw(signed)
    assert arrival(conn, meeting, rosa.key) == (NOW - 5_000, source)


def test_on_the_stack_after_signing_in_they_stay_present_as_of_the_stack(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    signed = sign(conn, meeting, "n", first_name="Rosa", phone="312 555 0104")
    conn.execute(
        "INSERT INTO stack_entries (meeting_id, id, person_id, name, kind, added_ms, state)"
        " VALUES (?, 1, ?, 'Rosa', 'speak', ?, 'waiting')",
        [meeting.key, signed.person_id, NOW + 9_000],
    )
    SignInStore(conn).withdraw(signed)
    assert arrival(conn, meeting, signed.person_id) == (NOW + 9_000, "stack")


def _options(conn: sqlite3.Connection, meeting: Meeting) -> list[CommitmentOption]:
    return CommitmentStore(conn).save_options(
        meeting.key, [CommitmentOption(meeting.key, t) for t in ("Bring two", "Call Ana")]
    )


def test_a_commitment_both_sign_ins_ticked_passes_to_the_other(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    bring, call = _options(conn, meeting)
    desk = CommitmentDesk(meeting, conn, ManualClock(NOW / 1000))
    first = sign(conn, meeting, "n1", first_name="Rosa", phone="312 555 0104")
    second = sign(conn, meeting, "n2", NOW + 1, first_name="Rosa", phone="312 555 0104")
    desk.record_from_signin(first.id, [bring.key], hours=4)
    desk.record_from_signin(second.id, [bring.key, call.key], hours=6)
    kept = CommitmentStore(conn).for_person(meeting.key, first.person_id)
    assert sorted((c.option_id or 0, c.hours) for c in kept) == [
        (0, 4),
        (bring.key, None),
        (call.key, None),
    ]  # one commitment an option; the first hours given stand
    SignInStore(conn).withdraw(first)
    kept = CommitmentStore(conn).for_person(meeting.key, first.person_id)
    assert sorted((c.option_id or 0, c.hours, c.text) for c in kept) == [
        (0, 6, "Give 6 hours a week"),
        (bring.key, None, "Bring two"),
        (call.key, None, "Call Ana"),
    ]  # what the other sign-in gave too
    assert SignInCommitments(conn).given(second.id) == Gave(frozenset({bring.key, call.key}), 6)


def test_what_a_card_records_afterwards_is_the_cards(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    """A commitment ticked on the phone and then on the paper card recorded on the laptop
    is no longer the phone's to take back."""
    bring, _ = _options(conn, meeting)
    desk = CommitmentDesk(meeting, conn, ManualClock(NOW / 1000))
    signed = sign(conn, meeting, "n", first_name="Rosa", phone="312 555 0104")
    desk.record_from_signin(signed.id, [bring.key], hours=None)
    desk.record(signed.person_id, [bring.key], source="card")
    desk.record_from_signin(signed.id, [], hours=None)
    SignInStore(conn).withdraw(signed)
    assert [c.option_id for c in desk.recorded()] == [bring.key]


def test_what_was_typed_is_kept_only_while_it_can_be_fixed(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    """Each sign-in keeps the directory answers it was given, to show them again on "Fix
    my answers"; a copy of someone's phone number beside the directory is not kept after."""
    store = SignInStore(conn)
    early = sign(conn, meeting, "n1", first_name="Ana", last_name="Lima", phone="312 555 0100")
    assert store.given(early)[0] == {
        "first_name": "Ana",
        "last_name": "Lima",
        "phone": "312 555 0100",
    }
    sign(conn, meeting, "n2", NOW + EDIT_WINDOW_MS + 1, first_name="Bo")
    assert store.given(early)[0] == {"first_name": "Ana"}
    assert conn.execute("SELECT count(*) FROM signins WHERE given IS NOT NULL").fetchone()[0] == 1


def test_sign_ins_and_commitments_from_before_the_upgrade_are_nobodys_phones(
    tmp_path: Path,
) -> None:
    """Before m017 nothing said which sign-in made a commitment: none is shown on a phone,
    and a sign-in shows its person's first name only."""
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before="m017_what_each_signin_gave")
    raw.execute(
        "INSERT INTO meetings (id, title, date, start, planned_minutes)"
        " VALUES (1, 'Old', '2025-01-09', '18:00', 60)"
    )
    raw.execute("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Rosa', 'Delgado')")
    raw.execute(
        "INSERT INTO signins (id, meeting_id, person_id, nonce, edit_key, submitted_ms, source,"
        " answers, first_time, created_person, match) VALUES (1, 1, 1, 'n', 'k', 0, 'phone',"
        " '{}', 0, 0, 'returning')"
    )
    raw.execute(
        "INSERT INTO commitments (meeting_id, person_id, text, follow_up_due, source,"
        " created_ms, updated_ms) VALUES (1, 1, 'Bring two', '2025-01-11T18:00', 'phone', 0, 0)"
    )
    schema.apply_migrations(raw)
    store = SignInStore(raw)
    signed = store.by_edit_key("k")
    assert signed is not None
    assert store.given(signed)[0] == {"first_name": "Rosa"}
    assert SignInCommitments(raw).given(1) == Gave()
    store.withdraw(signed)
    assert raw.execute("SELECT text FROM commitments").fetchall() == [("Bring two",)]
    raw.close()
