"""Making the next meeting from this one: it carries the unfinished items, the parking lot, the
commitments to check on and the roles passed round, all or nothing."""

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.carry_over import CHECK_IN_TITLE, PARKING_LOT_TITLE, CarryPlan
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.errors import ValidationError
from meetingkit.core.floor import EntryState, StackEntry
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.next_meeting import create_next, draft_next, plan_next
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

HELD = dt.datetime(2026, 11, 19, 18, 30)  # the third Thursday of November


@pytest.fixture
def people(conn: sqlite3.Connection) -> dict[str, int]:
    store = PeopleStore(conn)
    names = ["Ana", "Dele", "Grace", "Lan", "Rosa"]
    return {n: store.add(Person(n, "Example")).key for n in names}


@pytest.fixture
def held(conn: sqlite3.Connection, people: dict[str, int]) -> Meeting:
    """November's meeting: ran out of time on two items, parked one speaker, Dele facilitated
    and Lan took notes; Grace facilitated in October."""
    meetings, agenda = MeetingStore(conn), AgendaStore(conn)
    october = meetings.create(
        Meeting("Working Group — October", dt.date(2026, 10, 15), HELD.time())
    )
    meetings.assign(october.key, Role.FACILITATOR, people["Grace"])
    meeting = meetings.create(
        Meeting("Working Group — November", HELD.date(), HELD.time(), place="Union hall")
    )
    items = agenda.add_items(
        meeting.key,
        [
            AgendaItem("Check-in", 10, ItemKind.WELCOME),
            AgendaItem("Survey results", 20, owner_id=people["Ana"], notes="Hand out the summary"),
            AgendaItem("Vigil proposal", 25, ItemKind.PROPOSAL),
            AgendaItem("Plus / delta", 10, ItemKind.EVALUATION),
        ],
    )
    agenda.save_run(
        meeting.key, RunRecord(started_ms=1, ended_ms=2, done=frozenset({items[0].key})), 2
    )
    agenda.set_minutes(items[2].key, "We ran out of time.")
    FloorStore(conn).save(
        meeting.key,
        [
            StackEntry(
                1, people["Rosa"], "Rosa", EntryKind.GENERAL, items[2].key, 5, EntryState.PARKED
            ),
            StackEntry(
                2, people["Ana"], "Ana", EntryKind.GENERAL, items[2].key, 6, EntryState.HEARD
            ),
        ],
    )
    meetings.assign(meeting.key, Role.FACILITATOR, people["Dele"])
    meetings.assign(meeting.key, Role.NOTE_TAKER, people["Lan"])
    attendance = AttendanceStore(conn)
    for name in ("Ana", "Dele", "Grace", "Lan", "Rosa"):
        attendance.mark_present(meeting.key, people[name], 1, "manual")
    return meeting


def test_the_plan_carries_each_kind_of_thing(
    conn: sqlite3.Connection, held: Meeting, people: dict[str, int]
) -> None:
    desk = CommitmentDesk(held, conn, ManualClock(HELD.timestamp()))
    desk.save_options([CommitmentOption(held.key, "Hold three one-on-ones")])
    (option,) = desk.options()
    desk.record(people["Rosa"], [option.key])
    desk.record(people["Ana"], [option.key])
    (_, ana) = sorted(desk.recorded(), key=lambda c: c.person_id != people["Rosa"])
    desk.store.update_follow_up(
        ana.key,
        status=FollowUpStatus.DONE,
        notes="",
        organizer_id=None,
        follow_up_due=ana.follow_up_due,
        now_ms=1,
    )
    plan = plan_next(conn, held)
    assert [i.title for i in plan.agenda()] == [
        CHECK_IN_TITLE,
        "Survey results",
        "Vigil proposal",
        PARKING_LOT_TITLE,
    ]
    assert plan.check_in is not None
    assert "Rosa Example: Hold three one-on-ones (open)" in plan.check_in.notes
    assert "Ana Example" not in plan.check_in.notes  # done: nothing to check on
    assert plan.parking_lot is not None
    assert plan.parking_lot.notes.splitlines()[1:] == ["• Rosa — on “Vigil proposal”"]
    survey = plan.unfinished[0]
    assert survey.owner_id == people["Ana"]
    assert survey.notes.startswith("Hand out the summary")
    assert plan.unfinished[1].minutes == ""
    roles = {s.role: s.name for s in plan.roles}
    # Grace facilitated in October and Dele in November; Ana and Rosa never did: Ana by name.
    # Then the note taker: Lan just was; of the others Rosa holds no role at all so far.
    assert roles == {Role.FACILITATOR: "Ana Example", Role.NOTE_TAKER: "Rosa Example"}


def test_creating_the_next_meeting_adds_the_chosen_items_and_assigns_the_roles(
    conn: sqlite3.Connection, held: Meeting
) -> None:
    plan = plan_next(conn, held)
    chosen = replace(plan, unfinished=plan.unfinished[:1], roles=plan.roles[:1])
    draft = draft_next(held, HELD.date())
    assert draft.date == dt.date(2026, 12, 17)
    assert draft.title == "Working Group — December"
    assert draft.place == "Union hall"
    assert draft.start == held.start

    made = create_next(conn, held, draft, chosen)

    assert made.meeting.id is not None
    assert made.meeting.id != held.id
    items = AgendaStore(conn).items(made.meeting.key)
    assert [i.title for i in items] == ["Survey results", PARKING_LOT_TITLE]
    roles = MeetingStore(conn).roles(made.meeting.key)
    assert [(r.role, r.person_name) for r in roles] == [(Role.FACILITATOR, "Ana Example")]
    assert made.summary == "Carried 1 unfinished item, the parking lot and 1 role."
    # The source meeting is left as it was.
    assert len(AgendaStore(conn).items(held.key)) == 4


def test_a_next_meeting_that_cannot_be_saved_leaves_nothing_behind(
    conn: sqlite3.Connection, held: Meeting
) -> None:
    before = len(MeetingStore(conn).all())
    with pytest.raises(ValidationError):
        create_next(conn, held, replace(draft_next(held, HELD.date()), title=" "), CarryPlan())
    assert len(MeetingStore(conn).all()) == before


def test_a_meeting_never_run_carries_its_roles_but_no_agenda(
    conn: sqlite3.Connection, people: dict[str, int]
) -> None:
    meetings = MeetingStore(conn)
    planned = meetings.create(Meeting("Planning", HELD.date(), HELD.time()))
    AgendaStore(conn).add_item(planned.key, AgendaItem("Anything", 10))
    meetings.assign(planned.key, Role.FACILITATOR, people["Dele"])
    meetings.assign(planned.key, Role.TIMEKEEPER, people["Lan"])
    plan = plan_next(conn, planned)
    assert plan.agenda() == []
    # Only the two role holders are candidates: they swap, and the note taker stays open.
    assert [(s.role, s.name) for s in plan.roles] == [
        (Role.FACILITATOR, "Lan Example"),
        (Role.TIMEKEEPER, "Dele Example"),
    ]
