"""Recording a card again touches only what the card shows: the ticked options and the hours."""

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.commitment import Commitment, CommitmentOption, FollowUpStatus
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.commitments import CommitmentStore, hours_commitment
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

START = dt.datetime(2026, 11, 21, 18, 0)
DUE = START + dt.timedelta(hours=48)


@pytest.fixture
def store(conn: sqlite3.Connection) -> CommitmentStore:
    return CommitmentStore(conn)


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("Night shift assembly", START.date(), START.time()))


@pytest.fixture
def options(store: CommitmentStore, meeting: Meeting) -> list[CommitmentOption]:
    return store.save_options(
        meeting.key,
        [
            CommitmentOption(meeting.key, "Bring two coworkers to the next meeting"),
            CommitmentOption(meeting.key, "Hold three one-on-ones by {date}", dt.date(2026, 12, 5)),
            CommitmentOption(meeting.key, "Join the staffing committee"),
        ],
    )


@pytest.fixture
def tomas(conn: sqlite3.Connection) -> int:
    return PeopleStore(conn).add(Person("Tomás", "Reyes")).key


def record(
    store: CommitmentStore,
    meeting: Meeting,
    person_id: int,
    ticked: list[CommitmentOption],
    hours: int | None,
    now_ms: int,
) -> list[Commitment]:
    return store.record(
        meeting.key,
        person_id,
        ticked,
        hours=hours,
        contact_ok=True,
        follow_up_due=DUE,
        organizer_id=None,
        source="card",
        now_ms=now_ms,
    )


def followed_up(store: CommitmentStore, c: Commitment, status: FollowUpStatus, notes: str) -> None:
    store.update_follow_up(
        c.key,
        status=status,
        notes=notes,
        organizer_id=None,
        follow_up_due=c.follow_up_due,
        now_ms=2_000,
    )


def rows(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    commitments = conn.execute("SELECT * FROM commitments ORDER BY id").fetchall()
    cards = conn.execute("SELECT * FROM cards ORDER BY card_id").fetchall()
    return [tuple(r) for r in commitments], [tuple(r) for r in cards]


def test_recording_a_card_again_unchanged_changes_nothing(
    conn: sqlite3.Connection,
    store: CommitmentStore,
    meeting: Meeting,
    options: list[CommitmentOption],
    tomas: int,
) -> None:
    bring, one_on_ones, _ = options
    first = record(store, meeting, tomas, [bring, one_on_ones], 2, 1_000)
    followed_up(store, first[0], FollowUpStatus.DONE, "Brought Lan and Ana.")
    followed_up(store, first[2], FollowUpStatus.REACHED, "Tuesdays after shift.")
    store.save_options(meeting.key, options[1:])  # "Bring two coworkers" is removed
    before = rows(conn)
    again = record(store, meeting, tomas, [one_on_ones], 2, 9_000)
    assert rows(conn) == before  # not even the time the card came back, nor updated_ms
    assert [c.text for c in again] == [
        "Bring two coworkers to the next meeting",
        "Hold three one-on-ones by Sat 5 Dec",
        "Give 2 hours a week",
    ]


def test_commitments_of_a_removed_option_survive_recording_the_card_again(
    store: CommitmentStore, meeting: Meeting, options: list[CommitmentOption], tomas: int
) -> None:
    bring, one_on_ones, committee = options
    first = record(store, meeting, tomas, [bring, one_on_ones], None, 1_000)
    followed_up(store, first[0], FollowUpStatus.DONE, "Brought Lan and Ana.")
    followed_up(store, first[1], FollowUpStatus.DECLINED, "Schedule changed.")
    store.save_options(meeting.key, [committee])  # both ticked options are removed
    record(store, meeting, tomas, [committee], None, 5_000)  # no hours: none to remove
    record(store, meeting, tomas, [committee], 3, 6_000)  # hours: a new commitment for them
    after = store.for_person(meeting.key, tomas)
    assert [(c.id, c.option_id, c.text, c.hours, c.status, c.notes) for c in after[:2]] == [
        (
            first[0].id,
            None,
            "Bring two coworkers to the next meeting",
            None,
            FollowUpStatus.DONE,
            "Brought Lan and Ana.",
        ),
        (
            first[1].id,
            None,
            "Hold three one-on-ones by Sat 5 Dec",
            None,
            FollowUpStatus.DECLINED,
            "Schedule changed.",
        ),
    ]
    assert [(c.option_id, c.text, c.hours) for c in after[2:]] == [
        (committee.key, "Join the staffing committee", None),
        (None, "Give 3 hours a week", 3),
    ]


def test_the_hours_commitment_is_updated_in_place_not_a_removed_option_s(
    store: CommitmentStore, meeting: Meeting, options: list[CommitmentOption], tomas: int
) -> None:
    _, one_on_ones, committee = options
    first = record(store, meeting, tomas, [one_on_ones], 2, 1_000)
    one_on_ones_c, hours_c = first
    followed_up(store, one_on_ones_c, FollowUpStatus.REACHED, "Two of three done.")
    followed_up(store, hours_c, FollowUpStatus.REACHED, "Tuesdays after shift.")
    # Removed, the one-on-ones commitment has no option and comes before the hours one.
    store.save_options(meeting.key, [committee])
    changed = record(store, meeting, tomas, [], 4, 3_000)
    assert hours_commitment(changed) == Commitment(
        meeting.key,
        tomas,
        "Give 4 hours a week",
        DUE,
        hours=4,
        status=FollowUpStatus.REACHED,
        notes="Tuesdays after shift.",
        id=hours_c.id,
    )
    assert changed[0] == store.get(one_on_ones_c.key)
    assert (changed[0].text, changed[0].hours, changed[0].notes) == (
        "Hold three one-on-ones by Sat 5 Dec",
        None,
        "Two of three done.",
    )
    # No hours given: the hours commitment goes, and only it.
    left = record(store, meeting, tomas, [], None, 4_000)
    assert [c.id for c in left] == [one_on_ones_c.id]
    assert hours_commitment(left) is None


def test_un_ticking_an_option_still_on_the_card_removes_its_commitment(
    store: CommitmentStore, meeting: Meeting, options: list[CommitmentOption], tomas: int
) -> None:
    bring, one_on_ones, _ = options
    record(store, meeting, tomas, [bring, one_on_ones], None, 1_000)
    left = record(store, meeting, tomas, [one_on_ones], None, 2_000)
    assert [c.option_id for c in left] == [one_on_ones.key]


def test_a_card_whose_date_falls_in_the_next_year_records_the_year(
    store: CommitmentStore, conn: sqlite3.Connection, tomas: int
) -> None:
    """December's "by Fri 8 Jan" was kept as typed, and read a year on as the coming January."""
    december = MeetingStore(conn).create(
        Meeting("Night shift", dt.date(2026, 12, 18), START.time())
    )
    [option] = store.save_options(
        december.key,
        [CommitmentOption(december.key, "Hold three one-on-ones by {date}", dt.date(2027, 1, 8))],
    )
    [made] = record(store, december, tomas, [option], None, 1_000)
    assert made.text == "Hold three one-on-ones by Fri 8 Jan 2027"


def test_marking_follow_ups_lapsed_closes_only_open_ones_and_can_be_undone(
    store: CommitmentStore,
    conn: sqlite3.Connection,
    meeting: Meeting,
    options: list[CommitmentOption],
    tomas: int,
) -> None:
    bring, one_on_ones, join = options
    made = record(store, meeting, tomas, [bring, one_on_ones, join], None, 1_000)
    followed_up(store, made[1], FollowUpStatus.REACHED, "Two of three done.")
    followed_up(store, made[2], FollowUpStatus.DONE, "Joined.")
    lapsed = store.lapse([c.key for c in made], now_ms=5_000)
    assert [(b.commitment_id, b.status) for b in lapsed] == [
        (made[0].key, FollowUpStatus.OPEN),
        (made[1].key, FollowUpStatus.REACHED),
    ]
    statuses = [store.get(c.key).status for c in made]
    assert statuses == [FollowUpStatus.LAPSED, FollowUpStatus.LAPSED, FollowUpStatus.DONE]
    assert store.follow_ups() == []  # closed: off the list
    assert store.get(made[1].key).notes == "Two of three done."  # the notes stay
    # Reopened by hand in between: the undo leaves that one as it was set.
    followed_up(store, store.get(made[0].key), FollowUpStatus.DONE, "Came to the meeting.")
    assert store.unlapse(lapsed) == 1
    statuses = [store.get(c.key).status for c in made]
    assert statuses == [FollowUpStatus.DONE, FollowUpStatus.REACHED, FollowUpStatus.DONE]
    updated = conn.execute("SELECT updated_ms FROM commitments WHERE id = ?", [made[1].key])
    assert updated.fetchone()[0] == 2_000  # as before the marking


def test_a_follow_up_names_the_group_its_meeting_belongs_to(
    store: CommitmentStore,
    conn: sqlite3.Connection,
    meeting: Meeting,
    options: list[CommitmentOption],
    tomas: int,
) -> None:
    from meetingkit.core.group import Group, GroupKind
    from meetingkit.storage.groups import GroupStore

    record(store, meeting, tomas, [options[0]], None, 1_000)
    assert [r.group_name for r in store.follow_ups()] == [""]
    groups = GroupStore(conn)
    group = groups.create(Group("Night shift CNAs", GroupKind.WORKING_GROUP))
    groups.set_meeting_group(meeting.key, group.id)
    assert [r.group_name for r in store.follow_ups()] == ["Night shift CNAs"]
