"""Self-identified groups given at sign-in (storage.signin_groups): kept as the groups the
person gives, where the People page keeps them, so the meeting counts them; on a sign-in
matched to a known person, a group their record lacks waits for the organizer, as a consent
does (m027), because anyone who knows a coworker's first name and phone can sign in as her."""

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission, group_field
from meetingkit.services.new_details_review import NewDetailsReview, accept_all
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignedIn, SignInStore
from meetingkit.storage.signin_groups import SignInGroups

OFFER = ("Night shift", "Spanish speaking", "First generation")
FORM = FormSettings(("first_name", "phone"), (), OFFER)
DAY = dt.date(2026, 11, 21)
NOW = int(dt.datetime(2026, 11, 21, 18, 50).timestamp() * 1000)


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    meeting = MeetingStore(conn).create(Meeting("Assembly", DAY, dt.time(19)))
    store = SignInStore(conn)
    store.save_settings(replace(store.settings(meeting.key), form=FORM))
    return meeting.key


@pytest.fixture
def rosa(conn: sqlite3.Connection) -> int:
    """From the member list; the facilitator typed in that she works nights."""
    people = PeopleStore(conn)
    key = people.add(Person("Rosa", "Delgado", phone="312 555 0104")).key
    people.set_categories(key, ["Night shift"], today=DAY)
    return key


def sign(
    conn: sqlite3.Connection, meeting_id: int, first: str, phone: str, *groups: str, nonce: str
) -> SignedIn:
    answers = {"first_name": first, "phone": phone}
    answers |= {group_field(OFFER.index(g) + 1): g for g in groups}
    signed, _ = SignInStore(conn).record(
        meeting_id, check_submission(answers, FORM), nonce, source="phone", language="en",
        now_ms=NOW,
    )  # fmt: skip
    return signed


def record(conn: sqlite3.Connection, person_id: int) -> frozenset[str]:
    return PeopleStore(conn).categories([person_id]).get(person_id, frozenset())


def tonight(conn: sqlite3.Connection, meeting_id: int, person_id: int) -> frozenset[str]:
    [present] = [p for p in AttendanceStore(conn).present(meeting_id) if p.person_id == person_id]
    return present.categories


def test_a_newcomers_ticks_are_their_groups_and_count_tonight(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    signed = sign(conn, meeting_id, "Lan", "3125550199", "Spanish speaking", nonce="n1")
    assert record(conn, signed.person_id) == {"Spanish speaking"}
    assert tonight(conn, meeting_id, signed.person_id) == {"Spanish speaking"}
    assert NewDetailsReview(conn, meeting_id).count() == 0  # hers: nothing to review


def test_a_matched_sign_in_adds_no_group_to_the_record_until_the_organizer_accepts(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    signed = sign(conn, meeting_id, "Rosa", "3125550104", "First generation", nonce="n1")
    assert signed.person_id == rosa
    assert record(conn, rosa) == {"Night shift"}  # nothing unticked is taken away either
    assert tonight(conn, meeting_id, rosa) == {"Night shift"}  # not counted tonight yet
    review = NewDetailsReview(conn, meeting_id)
    assert review.count() == 1
    [person] = review.new_details()
    assert [g.category for g in person.groups] == ["First generation"]
    review.accept_group(person.groups[0])
    assert record(conn, rosa) == {"Night shift", "First generation"}
    assert tonight(conn, meeting_id, rosa) == {"Night shift", "First generation"}
    assert review.count() == 0


def test_left_out_the_group_is_forgotten(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n1")
    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n2")  # the kiosk too
    review = NewDetailsReview(conn, meeting_id)
    [person] = review.new_details()
    assert len(person.groups) == 1  # asked once for both sign-ins
    review.leave_out_group(person.groups[0])
    assert review.new_details() == []
    assert record(conn, rosa) == {"Night shift"}
    assert conn.execute("SELECT count(*) FROM signin_groups WHERE waiting = 1").fetchone()[0] == 0


def test_accept_all_takes_the_groups_too(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", "Night shift", nonce="n1")
    review = NewDetailsReview(conn, meeting_id)
    [person] = review.new_details()
    assert [g.category for g in person.groups] == ["Spanish speaking"]  # she had Night shift
    accept_all(review, person)
    assert record(conn, rosa) == {"Night shift", "Spanish speaking"}


def test_a_group_typed_in_meanwhile_no_longer_waits(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n1")
    PeopleStore(conn).set_categories(rosa, ["Night shift", "Spanish speaking"], today=DAY)
    assert NewDetailsReview(conn, meeting_id).count() == 0


def test_the_fix_page_shows_the_same_ticks_whether_or_not_a_record_matched(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    """Rosa's ticks wait, Lan's count: their phones' "Fix my answers" cannot tell."""
    store = SignInStore(conn)
    matched = sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n1")
    new = sign(conn, meeting_id, "Lan", "3125550199", "Spanish speaking", nonce="n2")
    assert store.given(matched)[0]["group_2"] == "Spanish speaking"
    assert {k: v for k, v in store.given(new)[0].items() if k.startswith("group_")} == {
        k: v for k, v in store.given(matched)[0].items() if k.startswith("group_")
    }
    assert "group_1" not in store.given(matched)[0]  # her record's Night shift: not shown


def test_a_fix_changes_a_newcomers_groups_and_only_what_waits_for_someone_matched(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    store = SignInStore(conn)
    new = sign(conn, meeting_id, "Lan", "3125550199", "Spanish speaking", nonce="n1")
    PeopleStore(conn).set_categories(
        new.person_id, ["Spanish speaking", "Interpreters"], today=DAY
    )  # the organizer added one
    fixed = {"first_name": "Lan", "phone": "3125550199", "group_1": "Night shift"}
    store.correct(new, check_submission(fixed, FORM), NOW + 60_000)
    assert record(conn, new.person_id) == {"Night shift", "Interpreters"}
    assert tonight(conn, meeting_id, new.person_id) == {"Night shift", "Interpreters"}

    matched = sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n2")
    unticked = {"first_name": "Rosa", "phone": "3125550104"}
    store.correct(matched, check_submission(unticked, FORM), NOW + 60_000)
    assert record(conn, rosa) == {"Night shift"}
    assert NewDetailsReview(conn, meeting_id).count() == 0


def test_withdrawing_a_group_takes_it_from_the_sign_ins_too(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", "Night shift", nonce="n1")
    PeopleStore(conn).withdraw_categories(rosa, ["Spanish speaking", "Night shift"])
    assert conn.execute("SELECT count(*) FROM signin_groups").fetchone()[0] == 0
    assert NewDetailsReview(conn, meeting_id).count() == 0


def test_taking_the_sign_in_back_takes_its_groups(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    signed = sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n1")
    SignInStore(conn).withdraw(signed, NOW)
    assert conn.execute("SELECT count(*) FROM signin_groups").fetchone()[0] == 0
    assert SignInGroups(conn).waiting() == {}


def test_the_default_offer_is_the_floors_priority_groups_then_the_groups_last_meeting(
    conn: sqlite3.Connection,
) -> None:
    meetings, store, groups = MeetingStore(conn), SignInStore(conn), GroupStore(conn)
    union = groups.create(Group("Mercy nurses"))
    october = meetings.create(Meeting("October", dt.date(2026, 10, 17), dt.time(19)))
    november = meetings.create(Meeting("November", DAY, dt.time(19)))
    for m in (october, november):
        groups.set_meeting_group(m.key, union.key)
    assert store.settings(november.key).form.groups == ()
    FloorStore(conn).save_settings(
        november.key,
        FloorSettings(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Spanish speaking"})),
    )
    assert store.settings(november.key).form.groups == ("Spanish speaking",)
    # saving the form unchanged keeps it the default: it follows the floor's choice
    store.save_settings(store.settings(november.key))
    FloorStore(conn).save_settings(november.key, FloorSettings())
    assert store.settings(november.key).form.groups == ()
    # what the group's last meeting offered
    saved = store.settings(october.key)
    store.save_settings(replace(saved, form=replace(saved.form, groups=("Night shift",))))
    assert store.settings(november.key).form.groups == ("Night shift",)
    # the organizer's own choice wins, none included
    mine = store.settings(november.key)
    store.save_settings(replace(mine, form=replace(mine.form, groups=())))
    assert store.settings(november.key).form.groups == ()


def test_the_form_knows_the_meetings_smallest_group_shown(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    assert SignInStore(conn).settings(meeting_id).form.group_floor == 3
    FloorStore(conn).save_settings(meeting_id, FloorSettings(min_group_size=5))
    assert SignInStore(conn).settings(meeting_id).form.group_floor == 5


def test_a_copy_of_the_meeting_offers_the_same_groups(
    conn: sqlite3.Connection, meeting_id: int
) -> None:
    meetings = MeetingStore(conn)
    source = meetings.get(meeting_id)
    copy = meetings.duplicate(meeting_id, source.as_template_for(DAY + dt.timedelta(days=7)))
    assert SignInStore(conn).settings(copy.key).form.groups == OFFER


def test_a_purge_takes_what_the_sign_ins_ticked(
    conn: sqlite3.Connection, meeting_id: int, rosa: int
) -> None:
    from meetingkit.services.privacy import purge_meeting

    sign(conn, meeting_id, "Rosa", "3125550104", "Spanish speaking", nonce="n1")
    sign(conn, meeting_id, "Lan", "3125550199", "Night shift", nonce="n2")
    purge_meeting(conn, meeting_id)
    assert conn.execute("SELECT count(*) FROM signin_groups").fetchone()[0] == 0
