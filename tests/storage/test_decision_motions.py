"""Who moved and who seconded a decision's motion, saved (m031): someone in the directory by
their record, whose name follows it (a corrected spelling, a merge) and goes with it when
they are forgotten; or a name typed for someone who is not in it."""

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import Decision, Objections, Outcome, Someone
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage import erasure, schema
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.people_merge import merge_people

DAY = dt.date(2026, 3, 5)


def _meeting_with_a_proposal(conn: sqlite3.Connection, title: str = "Local 12 general") -> int:
    meeting = MeetingStore(conn).create(Meeting(title, DAY, dt.time(18, 0)))
    [item] = AgendaStore(conn).add_items(meeting.key, [AgendaItem("Dues", 20, ItemKind.PROPOSAL)])
    return item.key


def _people(conn: sqlite3.Connection, *names: str) -> list[Person]:
    people = PeopleStore(conn)
    return [people.add(Person(*name.split(" ", 1))) for name in names]


def test_a_mover_in_the_directory_is_read_by_their_record_and_a_typed_name_as_typed(
    conn: sqlite3.Connection,
) -> None:
    item = _meeting_with_a_proposal(conn)
    [dele] = _people(conn, "Dele Okafor")
    store = DecisionStore(conn)
    decision = Decision(
        "Raise dues by $2",
        Outcome.MAJORITY,
        31,
        4,
        2,
        moved_by=Someone("Dele Okafor", dele.key),
        seconded_by=Someone("Wren (retiree chapter)"),
    )
    assert store.record(item, decision, 1) == decision
    assert store.decision(item) == decision
    row = conn.execute(
        "SELECT moved_by_id, moved_by_name, seconded_by_id, seconded_by_name FROM decisions"
    ).fetchone()
    assert tuple(row) == (dele.key, "", None, "Wren (retiree chapter)")
    # The directory's spelling, corrected, reaches the decision
    PeopleStore(conn).update(dataclasses.replace(dele, last_name="Okafor-Eze"))
    [read] = DecisionStore(conn).decisions(_meeting_of(conn, item)).values()
    assert read.moved_by == Someone("Dele Okafor-Eze", dele.key)
    # Recorded again without them: nobody
    store.record(item, Decision("Raise dues by $2", Outcome.MAJORITY, 31, 4, 2), 2)
    again = store.decision(item)
    assert again is not None
    assert (again.moved_by, again.seconded_by) == (None, None)


def _meeting_of(conn: sqlite3.Connection, item_id: int) -> int:
    return int(
        conn.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()[0]
    )


def test_an_older_database_keeps_its_decisions_with_nobody_moving_them(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    raw.row_factory = sqlite3.Row
    raw.execute("PRAGMA foreign_keys = ON")
    schema.apply_migrations(raw, stop_before="m031_motions")
    raw.execute(
        "INSERT INTO meetings (id, title, date, start, planned_minutes)"
        " VALUES (1, 'Old', '2025-01-09', '18:00', 60)"
    )
    raw.execute(
        "INSERT INTO agenda_items (id, meeting_id, position, title, planned_minutes, kind)"
        " VALUES (1, 1, 0, 'Strike vote', 30, 'proposal')"
    )
    raw.execute(
        "INSERT INTO decisions (item_id, proposal, outcome, votes_for, votes_against,"
        " abstentions, threshold_percent, stand_aside_names, stand_aside_unnamed, block_names,"
        " block_unnamed, recorded_ms) VALUES (1, 'Authorize a strike', 'majority', 88, 9, 3,"
        " 0, '[]', 0, '[]', 0, 5)"
    )
    schema.apply_migrations(raw)
    assert schema.applied_migrations(raw)[-1] == schema.MIGRATION_NAMES[-1]
    old = DecisionStore(raw).decision(1)
    assert old == Decision("Authorize a strike", Outcome.MAJORITY, 88, 9, 3)
    assert old is not None
    assert old.motion() == ""
    assert ("decisions", "moved_by_id") in erasure.person_references(raw)
    raw.execute("INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ana', 'Lima')")
    moved = dataclasses.replace(old, moved_by=Someone("Ana Lima", 1))
    DecisionStore(raw).record(1, moved, 6)
    assert DecisionStore(raw).decision(1) == moved


def test_a_merge_gives_the_motions_to_the_record_kept(conn: sqlite3.Connection) -> None:
    """The duplicate made at the door moved one motion and seconded another: both are the
    regular's now, by the regular's name."""
    first, second = _meeting_with_a_proposal(conn), _meeting_with_a_proposal(conn, "Next")
    regular, duplicate, carmen = _people(conn, "Ana Lima", "Anna Lima", "Carmen Ruiz")
    store = DecisionStore(conn)
    store.record(
        first,
        Decision(
            "Dues",
            Outcome.CONSENSUS,
            moved_by=Someone("Anna Lima", duplicate.key),
            seconded_by=Someone("Carmen Ruiz", carmen.key),
        ),
        1,
    )
    store.record(
        second,
        Decision(
            "Vigil",
            Outcome.CONSENSUS,
            moved_by=Someone("Carmen Ruiz", carmen.key),
            seconded_by=Someone("Anna Lima", duplicate.key),
        ),
        1,
    )
    merge_people(conn, drop=duplicate.key, keep=regular.key, today=DAY)
    one, two = store.decision(first), store.decision(second)
    assert one is not None
    assert two is not None
    assert one.moved_by == two.seconded_by == Someone("Ana Lima", regular.key)
    assert one.motion() == "Moved by Ana Lima, seconded by Carmen Ruiz"


def test_forgetting_the_mover_takes_them_off_every_motion_and_leaves_the_vote(
    conn: sqlite3.Connection,
) -> None:
    """Picked from the directory or typed by name, the person forgotten moves and seconds
    nothing any more; the proposal, the counts and the other person stay."""
    first, second = _meeting_with_a_proposal(conn), _meeting_with_a_proposal(conn, "Next")
    zeb, carmen = _people(conn, "Zebulon Quartermaine", "Carmen Ruiz")
    meeting = _meeting_of(conn, first)
    AttendanceStore(conn).mark_present(meeting, zeb.key, 1, "manual")
    store = DecisionStore(conn)
    store.record(
        first,
        Decision(
            "Dues",
            Outcome.MAJORITY,
            12,
            3,
            1,
            moved_by=Someone("Zebulon Quartermaine", zeb.key),
            seconded_by=Someone("Carmen Ruiz", carmen.key),
        ),
        1,
    )
    store.record(
        second,
        Decision(
            "Vigil",
            Outcome.CONSENSUS,
            moved_by=Someone("Carmen Ruiz", carmen.key),
            seconded_by=Someone("zebulon quartermaine"),  # typed, not picked
            stand_asides=Objections(("Zebulon",)),
        ),
        1,
    )
    PeopleStore(conn).forget(zeb.key)
    one, two = store.decision(first), store.decision(second)
    assert one == Decision(
        "Dues", Outcome.MAJORITY, 12, 3, 1, seconded_by=Someone("Carmen Ruiz", carmen.key)
    )
    assert two is not None
    assert (two.moved_by, two.seconded_by) == (Someone("Carmen Ruiz", carmen.key), None)
    left = conn.execute(
        "SELECT moved_by_id, moved_by_name, seconded_by_id, seconded_by_name FROM decisions"
    ).fetchall()
    assert zeb.key not in {v for row in left for v in row}
    assert not any("zebulon" in str(v).lower() for row in left for v in row)


def test_someone_who_only_moved_a_motion_there_was_at_that_meeting(
    conn: sqlite3.Connection,
) -> None:
    """A mover not marked present is still linked to the meeting: its purge unlinks them,
    and forgetting them scrubs their first name from that meeting's minutes."""
    item = _meeting_with_a_proposal(conn)
    meeting = _meeting_of(conn, item)
    [sam] = _people(conn, "Samuel Osei")
    DecisionStore(conn).record(
        item, Decision("Dues", Outcome.CONSENSUS, moved_by=Someone("Samuel Osei", sam.key)), 1
    )
    assert erasure.people_of_meeting(conn, meeting) == {sam.key}
    AgendaStore(conn).set_minutes(item, "Samuel explained the dues table.")
    PeopleStore(conn).forget(sam.key)
    [minutes] = conn.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item]).fetchone()
    assert minutes == "[removed] explained the dues table."


def test_a_merge_of_the_mover_and_the_seconder_leaves_the_motion_moved_not_seconded(
    conn: sqlite3.Connection,
) -> None:
    """Two records of one person moved and seconded one motion: merged, the minutes must not
    say she seconded her own motion (the dialog would refuse it on the next save)."""
    meeting_item = _meeting_with_a_proposal(conn)
    regular, duplicate = _people(conn, "Ana Lima", "Anna Lima")
    store = DecisionStore(conn)
    store.record(
        meeting_item,
        Decision(
            "Dues",
            Outcome.CONSENSUS,
            moved_by=Someone("Ana Lima", regular.key),
            seconded_by=Someone("Anna Lima", duplicate.key),
        ),
        1,
    )
    merge_people(conn, drop=duplicate.key, keep=regular.key, today=DAY)
    merged = store.decision(meeting_item)
    assert merged is not None
    assert merged.moved_by == Someone("Ana Lima", regular.key)
    assert merged.seconded_by is None
    assert merged.motion() == "Moved by Ana Lima"
