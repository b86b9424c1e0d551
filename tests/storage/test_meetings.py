import datetime as dt
import sqlite3

import pytest

from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.meeting import Meeting, MeetingKind, Role
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

NOV_21 = dt.date(2026, 11, 21)


@pytest.fixture
def meetings(conn: sqlite3.Connection) -> MeetingStore:
    return MeetingStore(conn)


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    return PeopleStore(conn)


def plan(title: str = "Working group", **changes: object) -> Meeting:
    fields: dict[str, object] = {"title": title, "date": NOV_21, "start": dt.time(18, 30)}
    return Meeting(**(fields | changes))  # type: ignore[arg-type]


def test_a_created_meeting_reads_back_identically(meetings: MeetingStore) -> None:
    created = meetings.create(plan(kind=MeetingKind.TRAINING, place="Room 4", planned_minutes=150))
    assert created.id is not None
    assert meetings.get(created.key) == created


def test_invalid_meetings_are_not_saved(meetings: MeetingStore) -> None:
    with pytest.raises(ValidationError):
        meetings.create(plan(title=" "))
    assert meetings.all() == []


def test_meetings_list_in_date_order(meetings: MeetingStore) -> None:
    later = meetings.create(plan("Later", date=NOV_21 + dt.timedelta(days=1)))
    earlier = meetings.create(plan("Earlier", start=dt.time(9, 0)))
    assert [m.id for m in meetings.all()] == [earlier.id, later.id]


def test_editing_a_meeting_saves_every_field(meetings: MeetingStore) -> None:
    m = meetings.create(plan())
    edited = Meeting(
        id=m.id,
        title="Renamed",
        kind=MeetingKind.ASSEMBLY,
        date=NOV_21,
        start=dt.time(10, 0),
        place="Library",
        planned_minutes=45,
    )
    meetings.update(edited)
    assert meetings.get(m.key) == edited


def test_editing_a_deleted_meeting_says_so(meetings: MeetingStore) -> None:
    m = meetings.create(plan())
    meetings.delete(m.key)
    with pytest.raises(NotFoundError):
        meetings.update(m)


def test_roles_are_assigned_listed_in_role_order_and_removed(
    meetings: MeetingStore, people: PeopleStore
) -> None:
    m = meetings.create(plan())
    zoe, ana = people.add(Person("Zoe")), people.add(Person("Ana"))
    meetings.assign(m.key, Role.GREETER, zoe.key)
    meetings.assign(m.key, Role.GREETER, ana.key)
    meetings.assign(m.key, Role.FACILITATOR, zoe.key)
    meetings.assign(m.key, Role.FACILITATOR, zoe.key)  # twice is once
    assert [(a.role, a.person_name) for a in meetings.roles(m.key)] == [
        (Role.FACILITATOR, "Zoe"),
        (Role.GREETER, "Ana"),
        (Role.GREETER, "Zoe"),
    ]
    meetings.unassign(m.key, Role.GREETER, zoe.key)
    assert [(a.role, a.person_name) for a in meetings.roles(m.key)] == [
        (Role.FACILITATOR, "Zoe"),
        (Role.GREETER, "Ana"),
    ]


def test_duplicating_carries_the_roles_to_the_new_date(
    meetings: MeetingStore, people: PeopleStore
) -> None:
    source = meetings.create(plan())
    ana = people.add(Person("Ana"))
    meetings.assign(source.key, Role.TIMEKEEPER, ana.key)
    copy = meetings.duplicate(source.key, source.as_template_for(NOV_21 + dt.timedelta(days=7)))
    assert copy.id != source.id
    assert meetings.get(copy.key).date == dt.date(2026, 11, 28)
    assert [(a.role, a.person_name) for a in meetings.roles(copy.key)] == [(Role.TIMEKEEPER, "Ana")]


def test_duplicating_a_training_keeps_its_curriculum_and_rotations(
    conn: sqlite3.Connection, meetings: MeetingStore
) -> None:
    """The copy lost both: no rotation panel, and the path could not print the guide."""
    from meetingkit.paths import curricula_dir
    from meetingkit.services.curricula import load_curriculum
    from meetingkit.services.training import create_training
    from meetingkit.storage.agenda import AgendaStore

    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    source = create_training(conn, curriculum, NOV_21, dt.time(10))
    copy = meetings.duplicate(source.key, source.as_template_for(NOV_21 + dt.timedelta(days=7)))
    assert meetings.curriculum(copy.key) == curriculum.slug
    rotations = [i.rotation for i in AgendaStore(conn).items(source.key)]
    assert any(rotations)
    assert [i.rotation for i in AgendaStore(conn).items(copy.key)] == rotations


def test_deleting_a_meeting_takes_its_roles_but_not_the_people(
    conn: sqlite3.Connection, meetings: MeetingStore, people: PeopleStore
) -> None:
    m = meetings.create(plan())
    ana = people.add(Person("Ana"))
    meetings.assign(m.key, Role.NOTE_TAKER, ana.key)
    meetings.delete(m.key)
    assert conn.execute("SELECT count(*) FROM meeting_roles").fetchone()[0] == 0
    assert people.get(ana.key) == ana
    with pytest.raises(NotFoundError):
        meetings.get(m.key)


def test_assigning_someone_forgotten_is_a_clear_error(
    meetings: MeetingStore, people: PeopleStore
) -> None:
    m = meetings.create(plan())
    ana = people.add(Person("Ana"))
    people.forget(ana.key)
    with pytest.raises(NotFoundError, match="no longer exists"):
        meetings.assign(m.key, Role.GREETER, ana.key)
