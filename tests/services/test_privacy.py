"""Retention purges and "forget this person", checked against the database files' bytes."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.services.data_dir import database_path
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.privacy import due_purges, meeting_counts, purge_meeting, run_due_purges
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import Count, RetentionStore
from meetingkit.storage.signin import SignInStore
from tests.services.privacy_scene import EMAIL, FIRST, LAST, TRACES, Scene, build, database_bytes


@pytest.fixture
def scene(conn: sqlite3.Connection) -> Scene:
    return build(conn)


def _traces_left(path: Path) -> dict[str, list[str]]:
    return {
        name: [t for t in TRACES if t.encode() in data]
        for name, data in database_bytes(path).items()
        if any(t.encode() in data for t in TRACES)
    }


def test_forgetting_a_person_leaves_no_trace_in_the_files(
    conn: sqlite3.Connection, data_dir: Path, scene: Scene
) -> None:
    """Signed in, spoke, was moved on the stack, committed, stood aside by name, named in
    minutes, notes and another's answers: after forgetting, not one byte of the name, email
    or phone is in the database, its -wal or its -shm."""
    path = database_path(data_dir)
    assert _traces_left(path), "the scene must put the name in the files to begin with"
    PeopleStore(conn).forget(scene.zebulon)
    assert _traces_left(path) == {}
    # What others did is still there, and counts stay true.
    [decision] = DecisionStore(conn).decisions(scene.meeting_id).values()
    assert decision.stand_asides.names == ("Someone Else",)
    assert decision.stand_asides.count == 3
    [other] = SignInStore(conn).signed_in(scene.meeting_id)
    assert other.answers["heard_from"] == "[removed] invited me"
    assert PeopleStore(conn).get(scene.regular).notes == "Carpools with [removed]."
    minutes = AgendaStore(conn).items(scene.meeting_id)[0].minutes
    assert minutes == "[removed] presented the survey; [removed] will follow up."
    assert PeopleStore(conn).search("zebulon").total == 0


def test_forgetting_keeps_a_name_another_person_also_has(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    """Two people with one name: forgetting one must not scrub the other from the minutes."""
    from meetingkit.core.person import Person

    people = PeopleStore(conn)
    twin = people.add(Person(FIRST, LAST, email="the.other.one@example.org")).key
    people.forget(scene.zebulon)
    assert f"{FIRST} {LAST}" in AgendaStore(conn).items(scene.meeting_id)[0].minutes
    assert people.get(twin).display_name == f"{FIRST} {LAST}"


def test_forgetting_someone_unknown_says_so(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError):
        PeopleStore(conn).forget(999)


def _live_counts(conn: sqlite3.Connection, scene: Scene) -> list[Count]:
    meeting = MeetingStore(conn).get(scene.meeting_id)
    return meeting_counts(conn, meeting, scene.clock)


def test_a_purge_keeps_the_counts_and_removes_the_contacts(
    conn: sqlite3.Connection, data_dir: Path, scene: Scene
) -> None:
    meeting = MeetingStore(conn).get(scene.meeting_id)
    before = _live_counts(conn, scene)
    shares_before = FloorSession(meeting, conn, scene.clock).shares()
    result = purge_meeting(conn, scene.meeting_id, scene.clock)

    kept = RetentionStore(conn).counts(scene.meeting_id)
    assert sorted(kept, key=repr) == sorted(before, key=repr)
    by = {(c.measure, c.label): c for c in kept}
    assert by[("attendance", "")].people == 5
    assert by[("signins", "")].people == 2
    # Zebulon and the three walk-ins marked by hand; the regular said it was not her first
    # time. As the report and the sign-in's room count say (storage.first_timers).
    assert by[("first_timers", "")].people == 4
    assert by[("profession", "Registered nurse (RN)")].people == 4
    assert by[("airtime", "")].ms == (95 + 40 + 30) * 1000
    assert by[("commitment", "Bring two coworkers")].people == 2
    assert by[("consent", "contact_email")].people == 1
    # No group's airtime is kept: the one person of another profession is too few, and the
    # whole meeting's time less the four nurses' would be theirs (core.differencing).
    assert {share.people_present for share in shares_before} == {4, 1}
    assert not [c for c in kept if c.measure == "group"]

    # Contacts gone: the meeting-only people are deleted, and their details with them.
    people = PeopleStore(conn)
    assert (result.people_deleted, result.people_kept) == (4, 1)
    for person_id in [scene.zebulon, *scene.walk_ins]:
        with pytest.raises(NotFoundError):
            people.get(person_id)
    assert _traces_left(database_path(data_dir)) == {}
    # The regular, still linked to the later meeting, keeps their entry and that meeting.
    assert people.get(scene.regular).first_name == "Persephone"
    assert len(SignInStore(conn).signed_in(scene.other_meeting_id)) == 1
    # Nothing personal is left on the purged meeting; its agenda and decision stay.
    assert SignInStore(conn).signed_in(scene.meeting_id) == []
    assert FloorSession(meeting, conn, scene.clock).present() == []
    assert MeetingStore(conn).roles(scene.meeting_id) == []
    [decision] = DecisionStore(conn).decisions(scene.meeting_id).values()
    assert (decision.stand_asides.names, decision.stand_asides.count) == ((), 3)
    assert [i.title for i in AgendaStore(conn).items(scene.meeting_id)] == [
        "Staffing survey",
        "Petition",
    ]
    assert "Persephone" not in repr(conn.execute("SELECT * FROM floor_log").fetchall())


def test_a_second_purge_keeps_the_first_counts(conn: sqlite3.Connection, scene: Scene) -> None:
    purge_meeting(conn, scene.meeting_id, scene.clock)
    first = RetentionStore(conn).counts(scene.meeting_id)
    FloorSession(MeetingStore(conn).get(scene.meeting_id), conn, scene.clock).mark_present(
        scene.regular
    )
    purge_meeting(conn, scene.meeting_id, scene.clock)
    assert RetentionStore(conn).counts(scene.meeting_id) == first
    assert (
        conn.execute(
            "SELECT count(*) FROM attendance WHERE meeting_id = ?", [scene.meeting_id]
        ).fetchone()[0]
        == 0
    )


def test_due_purges_follow_each_meetings_retention(conn: sqlite3.Connection, scene: Scene) -> None:
    retention = RetentionStore(conn)
    held = dt.date(2026, 10, 1)
    retention.set_days(scene.meeting_id, 30)
    assert due_purges(conn, held + dt.timedelta(days=29)) == []
    assert [r.meeting_id for r in due_purges(conn, held + dt.timedelta(days=30))] == [
        scene.meeting_id
    ]
    assert retention.get(scene.other_meeting_id).purge_on is None  # kept until purged by hand
    [result] = run_due_purges(conn, held + dt.timedelta(days=31), scene.clock)
    assert result.meeting_id == scene.meeting_id
    assert retention.get(scene.meeting_id).purged_at is not None
    assert due_purges(conn, held + dt.timedelta(days=400)) == []


def test_retention_must_be_at_least_a_day(conn: sqlite3.Connection, scene: Scene) -> None:
    """A purge at start-up must never land in the middle of the meeting."""
    with pytest.raises(ValidationError):
        RetentionStore(conn).set_days(scene.meeting_id, 0)


def test_the_scene_really_names_the_person_everywhere(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    """Guards the tests above: each free-text place holds the name before forgetting."""
    dump = "\n".join(conn.iterdump())
    for place in ("floor_log", "stand_aside_names", "heard_from", "Carpools", "Called"):
        assert place in dump
    assert f"Moved {FIRST}" in dump
    assert EMAIL in dump
    assert f"{FIRST} {LAST}" in dump


def test_kept_profession_counts_group_what_people_typed_as_the_room_counts_do(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    """Someone saved as "rn" (before professions were tidied on saving) is counted with the
    registered nurses in the counts a purge keeps, as on the airtime bars, not on their own."""

    def professions() -> dict[str, int]:
        return {c.label: c.people for c in _live_counts(conn, scene) if c.measure == "profession"}

    before = professions()
    people = PeopleStore(conn)
    ids = [scene.zebulon, scene.regular, *scene.walk_ins]
    nurse = next(p for p in map(people.get, ids) if p.profession == "Registered nurse (RN)")
    # as saved before professions were tidied on the way in (Person.validated)
    conn.execute("UPDATE people SET profession = 'rn' WHERE id = ?", [nurse.id])
    assert professions() == before
