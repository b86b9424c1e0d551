"""A phone that signs in under a known person's first name and number agrees for them to no
more than they had agreed to. A stranger who knows Rosa's first name and phone signed in as
her and ticked every box: the meeting counted her as agreeing to emails (her address went to
the CRM), to photos and to her name on the projector. What it ticks beyond what she had
agreed to now waits for the organizer, with its new details; what it leaves unticked counts
at once (withdrawing is always safe); a new person's own sign-in counts as ticked.

Through the sign-in server over a socket, so through its writer (services.signin_writer)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.exports import ExportFormat, Exports
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.services.signin_server import RateLimit
from meetingkit.storage import open_db
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from tests.services.test_signin_server import Site, _fields_of, _site

EVERY_BOX = {
    "consent_contact_email": "yes",
    "consent_contact_text": "yes",
    "consent_photo": "yes",
    "consent_show_name": "yes",
}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    yield from _site(tmp_path, RateLimit(per_minute=0))


def rosa_came_in_october(site: Site, *consents: str) -> int:
    """Rosa Delgado, who signed in at October's meeting on her own phone, agreeing to
    `consents` ("contact_text"…)."""
    conn = open_db(site.db)
    try:
        october = (
            MeetingStore(conn)
            .create(Meeting("October assembly", dt.date(2026, 10, 17), dt.time(18, 30)))
            .key
        )
        form = FormSettings(("first_name", "last_name", "phone", "email"))
        answers = {"first_name": "Rosa", "last_name": "Delgado", "phone": "312-555-0104"}
        answers |= {"email": "rosa@example.org"} | {f"consent_{c}": "yes" for c in consents}
        signed, _ = SignInStore(conn).record(
            october, check_submission(answers, form), "oct", source="phone", language="en", now_ms=0
        )
        return signed.person_id
    finally:
        conn.close()


def counted(site: Site, person_id: int) -> frozenset[str]:
    """What tonight's meeting (1) counts the person as agreeing to."""
    conn = open_db(site.db)
    try:
        [attendee] = [a for a in AttendeeRecords(conn).for_meeting(1) if a.person.id == person_id]
        return attendee.consents
    finally:
        conn.close()


def test_a_stranger_ticking_every_box_for_rosa_agrees_to_nothing_more_for_her(
    site: Site, tmp_path: Path
) -> None:
    rosa = rosa_came_in_october(site, "contact_text")
    status, headers, _ = site.sign_in(first_name="rosa", phone="312 555 0104", **EVERY_BOX)
    assert status == 303
    [signed] = site.events.signed
    assert signed.person_id == rosa
    assert counted(site, rosa) == {"contact_text"}  # what she had agreed to, no more
    conn = open_db(site.db)
    try:
        assert rosa in SignInStore(conn).names_withheld(1)  # initials on the projector
        upload = Exports(conn, site.clock).table(1, ExportFormat.ACTION_NETWORK)
        assert upload.rows == ()  # her email does not go up: she never agreed to emails
        review = NewDetailsReview(conn, 1)
        assert review.count() == 1
        [waiting] = review.new_details()
        assert (waiting.person.key, waiting.details) == (rosa, ())
        assert [(c.key, c.meeting_title) for c in waiting.consents] == [
            ("contact_email", "Safe Staffing — November"),
            ("photo", "Safe Staffing — November"),
            ("show_name", "Safe Staffing — November"),
        ]
    finally:
        conn.close()
    # The phone learns nothing of it: "Fix my answers" shows every box as it ticked them.
    key = headers["location"].split("/done/")[1].split("?")[0]
    _, _, edit = site.request("GET", f"/s/{site.token}/edit/{key}")
    shown = _fields_of(edit)
    assert {k: v for k, v in shown.items() if k.startswith("consent_")} == EVERY_BOX


def test_accepting_makes_it_count_and_leaving_out_forgets_it(site: Site) -> None:
    rosa = rosa_came_in_october(site)  # agreed to nothing
    site.sign_in(
        first_name="Rosa", phone="3125550104", consent_contact_email="yes", consent_photo="yes"
    )
    conn = open_db(site.db)
    try:
        review = NewDetailsReview(conn)
        [waiting] = review.new_details()
        email, photo = waiting.consents
        review.accept_consent(email)
        review.leave_out_consent(photo)
        assert review.count() == 0
        assert [a.person.email for a in AttendeeRecords(conn).for_meeting(1)] == [
            "rosa@example.org"
        ]
        [row] = Exports(conn, site.clock).table(1, ExportFormat.ACTION_NETWORK).rows
        assert row[:3] == ("Rosa", "Delgado", "rosa@example.org")
        kept = conn.execute(
            "SELECT c.key, c.waiting FROM consents c JOIN signins s ON s.id = c.signin_id"
            " WHERE s.meeting_id = 1"
        ).fetchall()
        assert [tuple(k) for k in kept] == [("contact_email", 0)]  # the photo's is forgotten
    finally:
        conn.close()
    assert counted(site, rosa) == {"contact_email"}


def test_agreeing_to_less_counts_at_once(site: Site) -> None:
    """Rosa said yes to emails and photos in October; tonight, to emails only: no photos of
    her tonight, and nothing for the organizer to decide."""
    rosa = rosa_came_in_october(site, "contact_email", "photo")
    site.sign_in(first_name="Rosa", phone="3125550104", consent_contact_email="yes")
    assert counted(site, rosa) == {"contact_email"}
    conn = open_db(site.db)
    try:
        assert NewDetailsReview(conn).count() == 0
    finally:
        conn.close()


def test_a_new_persons_own_sign_in_counts_as_ticked(site: Site) -> None:
    site.sign_in(first_name="Wren", last_name="Ito", phone="773 555 0199", **EVERY_BOX)
    [signed] = site.events.signed
    assert counted(site, signed.person_id) == {
        "contact_email",
        "contact_text",
        "photo",
        "show_name",
    }
    conn = open_db(site.db)
    try:
        assert NewDetailsReview(conn).count() == 0
        assert SignInStore(conn).names_withheld(1) == frozenset()
    finally:
        conn.close()


def test_someone_in_the_directory_who_never_signed_in_had_agreed_to_nothing(
    site: Site,
) -> None:
    """Imported from the member list: a sign-in under their name and number agrees to
    nothing for them until the organizer says it was them."""
    conn = open_db(site.db)
    try:
        dee = PeopleStore(conn).add(Person("Dee", "Okafor", phone="312 555 0177")).key
    finally:
        conn.close()
    site.sign_in(first_name="Dee", phone="312-555-0177", consent_contact_text="yes")
    assert counted(site, dee) == frozenset()
    conn = open_db(site.db)
    try:
        [waiting] = NewDetailsReview(conn).new_details()
        assert [c.key for c in waiting.consents] == ["contact_text"]
    finally:
        conn.close()
