import datetime as dt
import sqlite3

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import AgendaRun
from meetingkit.core.clock import ManualClock
from meetingkit.core.decision import CheckKind, Decision, Objections, Outcome, TemperatureCheck
from meetingkit.core.errors import ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore


@pytest.fixture
def meeting_id(conn: sqlite3.Connection) -> int:
    return (
        MeetingStore(conn).create(Meeting("Staffing", dt.date(2026, 11, 21), dt.time(18, 30))).key
    )


@pytest.fixture
def agenda(conn: sqlite3.Connection) -> AgendaStore:
    return AgendaStore(conn)


def titles(agenda: AgendaStore, meeting_id: int) -> list[str]:
    return [i.title for i in agenda.items(meeting_id)]


def test_items_keep_their_fields_and_owner(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    ana = PeopleStore(conn).add(Person("Ana", "Lima"))
    added = agenda.add_item(
        meeting_id,
        AgendaItem(
            "Vigil proposal", 30, ItemKind.PROPOSAL, owner_id=ana.id, notes="Bring the survey"
        ),
    )
    assert agenda.items(meeting_id) == [added]
    assert (added.owner_name, added.kind, added.notes) == (
        "Ana Lima",
        ItemKind.PROPOSAL,
        "Bring the survey",
    )


def test_inserting_at_a_position_and_reordering(agenda: AgendaStore, meeting_id: int) -> None:
    a, b = (agenda.add_item(meeting_id, AgendaItem(t, 10)) for t in ("A", "B"))
    c = agenda.add_item(meeting_id, AgendaItem("C", 10), position=1)
    assert titles(agenda, meeting_id) == ["A", "C", "B"]
    agenda.reorder(meeting_id, [b.key, a.key, c.key])
    assert titles(agenda, meeting_id) == ["B", "A", "C"]
    with pytest.raises(ValidationError, match="changed meanwhile"):
        agenda.reorder(meeting_id, [b.key, a.key])


def test_deleted_items_can_be_restored_with_everything_they_had(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    item = agenda.add_item(meeting_id, AgendaItem("Proposal", 30, ItemKind.PROPOSAL))
    decisions = DecisionStore(conn)
    decisions.record(item.key, Decision("Vigil", Outcome.CONSENSUS), 1)
    agenda.set_minutes(item.key, "Agreed to hold it on the 5th.")
    agenda.delete_item(item.key)
    assert agenda.items(meeting_id) == []
    assert decisions.decisions(meeting_id) == {}
    agenda.restore_item(item.key)
    [restored] = agenda.items(meeting_id)
    assert restored.minutes == "Agreed to hold it on the 5th."
    assert decisions.decisions(meeting_id)[item.key].proposal == "Vigil"


def test_a_restored_item_goes_back_in_the_row_it_is_given_whatever_moved_since(
    agenda: AgendaStore, meeting_id: int
) -> None:
    """Moves after a deletion renumber the other items: the deleted item's old position
    number means nothing by then, so undo says which row it goes back to."""
    a, b, c, d = agenda.add_items(meeting_id, [AgendaItem(t, 10) for t in "ABCD"])
    agenda.reorder(meeting_id, [d.key, a.key, b.key, c.key])  # D to the top (position 0)
    agenda.delete_item(d.key)
    agenda.reorder(meeting_id, [a.key, c.key, b.key])  # A is at position 0 too now
    agenda.reorder(meeting_id, [a.key, b.key, c.key])  # (undone)
    agenda.restore_item(d.key, 0)
    assert titles(agenda, meeting_id) == list("DABC")
    agenda.delete_item(b.key)
    agenda.restore_item(b.key, 2)
    assert titles(agenda, meeting_id) == list("DABC")
    agenda.delete_item(a.key)
    agenda.restore_item(a.key)  # no row given: at the end
    assert titles(agenda, meeting_id) == list("DBCA")


def test_items_deleted_in_an_earlier_session_are_purged(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    item = agenda.add_item(meeting_id, AgendaItem("Gone", 10))
    agenda.delete_item(item.key)
    assert agenda.purge_deleted() == 1
    assert conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0
    assert agenda.purge_deleted() == 0  # nothing left to purge: nothing written


def test_people_waiting_on_a_purged_item_go_to_the_parking_lot(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    """No floor shows a deleted item again: its stack would wait for ever, unseen."""
    from meetingkit.core.floor import EntryState, StackEntry
    from meetingkit.storage.carry_over import CarryOverStore
    from meetingkit.storage.floor import FloorStore

    kept, gone = agenda.add_items(meeting_id, [AgendaItem("Kept", 10), AgendaItem("Gone", 5)])
    rosa = PeopleStore(conn).add(Person("Rosa", "Diaz"))
    mei = PeopleStore(conn).add(Person("Mei", "Chen"))
    FloorStore(conn).save(
        meeting_id,
        [
            StackEntry(1, rosa.key, "Rosa", EntryKind.GENERAL, gone.key, 1),
            StackEntry(2, mei.key, "Mei", EntryKind.GENERAL, kept.key, 2),
            StackEntry(3, mei.key, "Mei", EntryKind.GENERAL, gone.key, 3, EntryState.HEARD),
        ],
    )
    agenda.delete_item(gone.key)
    agenda.purge_deleted()
    states = {e.id: e.state for e in FloorStore(conn).load(meeting_id).entries}
    assert states == {1: EntryState.PARKED, 2: EntryState.WAITING, 3: EntryState.HEARD}
    assert [p.name for p in CarryOverStore(conn).parked(meeting_id)] == ["Rosa"]


def test_the_run_record_round_trips_exactly(agenda: AgendaStore, meeting_id: int) -> None:
    """What a killed app saved is exactly what the restarted app reads back."""
    items = agenda.add_items(
        meeting_id, [AgendaItem("A", 10), AgendaItem("B", 20), AgendaItem("C", 5)]
    )
    clock = ManualClock(1_795_000_000.0)
    run = AgendaRun(items, clock)
    run.start_meeting()
    clock.advance(61.001)
    run.pause()
    clock.advance(5)
    run.resume()
    clock.advance(2)
    run.advance()
    clock.advance(3.5)
    agenda.save_run(meeting_id, run.record, seen_ms=run.now_ms())
    assert agenda.run(meeting_id) == run.record
    assert agenda.seen_ms(meeting_id) == run.now_ms()
    run.end_meeting()
    agenda.save_run(meeting_id, run.record, seen_ms=run.now_ms())
    assert agenda.run(meeting_id) == run.record


def test_a_meeting_never_run_has_an_empty_record(agenda: AgendaStore, meeting_id: int) -> None:
    record = agenda.run(meeting_id)
    assert (record.started_ms, record.segments, record.done) == (None, (), frozenset())


def test_saved_templates_keep_the_plan_but_not_the_people(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    ana = PeopleStore(conn).add(Person("Ana"))
    items = agenda.add_items(
        meeting_id,
        [
            AgendaItem("Check-in", 10, ItemKind.WELCOME, owner_id=ana.id, notes="One word each"),
            AgendaItem("Vigil", 25, ItemKind.PROPOSAL),
        ],
    )
    agenda.save_template("  Monthly   WG ", items)
    [template] = agenda.templates()
    assert template.name == "Monthly WG"
    assert [(i.title, i.planned_minutes, i.kind, i.notes, i.owner_id) for i in template.items] == [
        ("Check-in", 10, ItemKind.WELCOME, "One word each", None),
        ("Vigil", 25, ItemKind.PROPOSAL, "", None),
    ]
    agenda.save_template("Monthly WG", items[:1])  # saving again under a name replaces it
    assert len(agenda.templates()[0].items) == 1
    with pytest.raises(ValidationError, match="name"):
        agenda.save_template(" ", items)


def test_decisions_and_temperature_checks_round_trip(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    item = agenda.add_item(meeting_id, AgendaItem("Proposal", 30, ItemKind.PROPOSAL))
    store = DecisionStore(conn)
    decision = Decision(
        "Vigil on the 5th",
        Outcome.MODIFIED_CONSENSUS,
        votes_for=18,
        votes_against=1,
        abstentions=2,
        threshold_percent=90,
        stand_asides=Objections(("Mei", "Dele"), 1),
    )
    store.record(item.key, decision, recorded_ms=5)
    assert store.decision(item.key) == decision
    check = TemperatureCheck(CheckKind.FIST_TO_FIVE, (0, 1, 2, 3, 4, 5), "Date?")
    store.add_check(item.key, check, taken_ms=6)
    assert store.checks(meeting_id) == {item.key: [check]}
    with pytest.raises(ValidationError):
        store.record(item.key, Decision("X", Outcome.MAJORITY, votes_for=1, votes_against=2), 7)
    assert store.decision(item.key) == decision
    store.clear(item.key)
    assert store.decision(item.key) is None


def test_deleting_the_meeting_takes_its_agenda(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    item = agenda.add_item(meeting_id, AgendaItem("A", 10))
    DecisionStore(conn).add_check(item.key, TemperatureCheck(CheckKind.TWINKLES, (1, 0, 0)), 1)
    MeetingStore(conn).delete(meeting_id)
    for table in ("agenda_items", "temperature_checks", "agenda_runs", "agenda_segments"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_forgetting_an_owner_keeps_the_item(
    conn: sqlite3.Connection, agenda: AgendaStore, meeting_id: int
) -> None:
    people = PeopleStore(conn)
    ana = people.add(Person("Ana"))
    agenda.add_item(meeting_id, AgendaItem("Report", 10, owner_id=ana.id))
    people.forget(ana.key)
    [item] = agenda.items(meeting_id)
    assert (item.owner_id, item.owner_name) == (None, "")
