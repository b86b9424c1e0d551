"""Forgetting a person scrubs them from free text as people actually write them: any accents
or case, the phone in any format, the last name alone where they were, and the recruiter's
follow-up note on the meeting before the one they came to."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.demo import write_demo
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

GONE = "[removed]"
DAY = dt.date(2026, 9, 1)


def _meeting(conn: sqlite3.Connection, days: int, group_id: int | None = None) -> int:
    meeting = MeetingStore(conn).create(
        Meeting(
            title=f"Meeting {days}",
            date=DAY + dt.timedelta(days=days),
            start=dt.time(18, 30),
            planned_minutes=60,
        )
    )
    if group_id is not None:
        GroupStore(conn).set_meeting_group(meeting.key, group_id)
    return meeting.key


def _person(conn: sqlite3.Connection, first: str, last: str = "", phone: str = "") -> int:
    return PeopleStore(conn).add(Person(first, last, phone=phone)).key


def _attend(conn: sqlite3.Connection, meeting_id: int, *people: int) -> None:
    for person_id in people:
        AttendanceStore(conn).mark_present(meeting_id, person_id, 0, "manual")


def _minutes(conn: sqlite3.Connection, meeting_id: int, text: str) -> int:
    [item] = AgendaStore(conn).add_items(meeting_id, [AgendaItem("Reports", 10)])
    AgendaStore(conn).set_minutes(item.key, text)
    return item.key


def _minutes_of(conn: sqlite3.Connection, item_id: int) -> str:
    return str(
        conn.execute("SELECT minutes FROM agenda_items WHERE id = ?", [item_id]).fetchone()[0]
    )


def _follow_up(conn: sqlite3.Connection, meeting_id: int, person_id: int, notes: str) -> int:
    store = CommitmentStore(conn)
    [option] = store.save_options(meeting_id, [CommitmentOption(meeting_id, "Bring two")])
    due = dt.datetime.combine(DAY, dt.time(12))
    [commitment] = store.record(
        meeting_id,
        person_id,
        [option],
        hours=None,
        contact_ok=True,
        follow_up_due=due,
        organizer_id=None,
        source="card",
        now_ms=0,
    )
    store.update_follow_up(
        commitment.key,
        status=FollowUpStatus.DONE,
        notes=notes,
        organizer_id=None,
        follow_up_due=due,
        now_ms=0,
    )
    return commitment.key


def _notes_of(conn: sqlite3.Connection, commitment_id: int) -> str:
    return str(
        conn.execute("SELECT notes FROM commitments WHERE id = ?", [commitment_id]).fetchone()[0]
    )


# --- Ordinary ways of writing a name or a phone -------------------------------------------


@pytest.fixture
def maria(conn: sqlite3.Connection) -> int:
    return _person(conn, "María José", "Alvarez", "(312) 555-0100")


def test_the_full_name_goes_everywhere_whatever_its_accents_and_case(
    conn: sqlite3.Connection, maria: int
) -> None:
    elsewhere = _meeting(conn, 0)  # she was never at this one
    item = _minutes(conn, elsewhere, "Maria Jose Alvarez raised 4 West. MARÍA JOSÉ ALVAREZ.")
    PeopleStore(conn).forget(maria)
    assert _minutes_of(conn, item) == f"{GONE} raised 4 West. {GONE}."


@pytest.mark.parametrize(
    "written", ["312-555-0100", "3125550100", "+1 312 555 0100", "312.555.0100", "(312) 555-0100"]
)
def test_the_phone_goes_everywhere_in_any_format(
    conn: sqlite3.Connection, maria: int, written: str
) -> None:
    elsewhere = _meeting(conn, 0)
    item = _minutes(conn, elsewhere, f"Call her at {written} after 6, not 312-555-0101.")
    PeopleStore(conn).forget(maria)
    assert _minutes_of(conn, item) == f"Call her at {GONE} after 6, not 312-555-0101."


def test_a_phone_someone_else_also_has_stays(conn: sqlite3.Connection, maria: int) -> None:
    _person(conn, "Tomás", "Alvarez", "312-555-0100")  # the family's landline
    item = _minutes(conn, _meeting(conn, 0), "Call 3125550100.")
    PeopleStore(conn).forget(maria)
    assert _minutes_of(conn, item) == "Call 3125550100."


def test_first_and_last_name_alone_go_from_the_meetings_she_was_at(
    conn: sqlite3.Connection, maria: int
) -> None:
    hers, other = _meeting(conn, 0), _meeting(conn, 7)
    _attend(conn, hers, maria)
    text = "Ms. Alvarez will talk to the manager. Maria Jose spoke. ALVAREZ agreed."
    at_hers, at_other = _minutes(conn, hers, text), _minutes(conn, other, text)
    PeopleStore(conn).forget(maria)
    assert _minutes_of(conn, at_hers) == (
        f"Ms. {GONE} will talk to the manager. {GONE} spoke. {GONE} agreed."
    )
    assert _minutes_of(conn, at_other) == text  # first or last name alone: not everywhere


def test_a_last_name_someone_else_there_has_stays(conn: sqlite3.Connection) -> None:
    rosa, tom = _person(conn, "Rosa", "Delgado"), _person(conn, "Tom", "Delgado")
    meeting = _meeting(conn, 0)
    _attend(conn, meeting, rosa, tom)
    item = _minutes(conn, meeting, "Rosa asked; Delgado will find out.")
    PeopleStore(conn).forget(rosa)
    assert _minutes_of(conn, item) == f"{GONE} asked; Delgado will find out."


def test_a_short_last_name_is_not_scrubbed_alone_nor_inside_words(
    conn: sqlite3.Connection,
) -> None:
    wei = _person(conn, "Wei", "Li")
    meeting = _meeting(conn, 0)
    _attend(conn, meeting, wei)
    item = _minutes(conn, meeting, "Wei Li and Lisa met Dr. Li; Wei will call Eli.")
    PeopleStore(conn).forget(wei)
    assert _minutes_of(conn, item) == f"{GONE} and Lisa met Dr. Li; {GONE} will call Eli."


def test_a_last_name_is_scrubbed_only_as_a_whole_word(conn: sqlite3.Connection) -> None:
    lin = _person(conn, "Grace", "Lin")
    meeting = _meeting(conn, 0)
    _attend(conn, meeting, lin)
    item = _minutes(conn, meeting, "Ms. Lin asked Linda about Lincoln; LIN agreed.")
    PeopleStore(conn).forget(lin)
    assert _minutes_of(conn, item) == f"Ms. {GONE} asked Linda about Lincoln; {GONE} agreed."


def test_a_first_name_is_scrubbed_only_as_a_whole_word(conn: sqlite3.Connection) -> None:
    ana = _person(conn, "Ana", "Lima")
    meeting = _meeting(conn, 0)
    _attend(conn, meeting, ana)
    item = _minutes(conn, meeting, "Ana brought banana bread; Anabel and ÁNA thanked Lima.")
    PeopleStore(conn).forget(ana)
    assert _minutes_of(conn, item) == (
        f"{GONE} brought banana bread; Anabel and {GONE} thanked {GONE}."
    )


# --- The recruiter's follow-up note on the meeting before -----------------------------------


@pytest.fixture
def group(conn: sqlite3.Connection) -> int:
    return GroupStore(conn).create(Group("Night shift", GroupKind.WORKING_GROUP)).key


def test_the_follow_up_note_of_the_meeting_before_hers_loses_her_name(
    conn: sqlite3.Connection, group: int
) -> None:
    recruiter, mei = _person(conn, "Priya", "Raman"), _person(conn, "Mei", "Chen")
    earlier, before, hers = (_meeting(conn, d, group) for d in (0, 30, 60))
    _attend(conn, earlier, recruiter)
    _attend(conn, before, recruiter)
    _attend(conn, hers, recruiter, mei)
    brought = _follow_up(conn, before, recruiter, "Brought Mei and Lupe; Chen may chair.")
    older = _follow_up(conn, earlier, recruiter, "Mei works nights.")
    minutes = _minutes(conn, before, "Mei from 4 West is coming next time.")
    PeopleStore(conn).forget(mei)
    assert _notes_of(conn, brought) == f"Brought {GONE} and Lupe; {GONE} may chair."
    # Only the follow-up notes, and only of the one meeting just before hers.
    assert _notes_of(conn, older) == "Mei works nights."
    assert _minutes_of(conn, minutes) == "Mei from 4 West is coming next time."


def test_a_meeting_of_another_group_is_not_the_meeting_before(
    conn: sqlite3.Connection, group: int
) -> None:
    committee = GroupStore(conn).create(Group("Committee", GroupKind.COMMITTEE)).key
    recruiter, mei = _person(conn, "Priya", "Raman"), _person(conn, "Mei", "Chen")
    before, between = _meeting(conn, 0, group), _meeting(conn, 10, committee)
    hers = _meeting(conn, 30, group)
    _attend(conn, hers, mei)
    in_group = _follow_up(conn, before, recruiter, "Brought Mei.")
    other_group = _follow_up(conn, between, recruiter, "Mei sends regards.")
    PeopleStore(conn).forget(mei)
    assert _notes_of(conn, in_group) == f"Brought {GONE}."
    assert _notes_of(conn, other_group) == "Mei sends regards."


def test_meetings_of_no_group_are_one_series(conn: sqlite3.Connection) -> None:
    recruiter, mei = _person(conn, "Priya", "Raman"), _person(conn, "Mei", "Chen")
    first, before, hers = _meeting(conn, 0), _meeting(conn, 10), _meeting(conn, 20)
    _attend(conn, hers, mei)
    older = _follow_up(conn, first, recruiter, "Mei?")
    brought = _follow_up(conn, before, recruiter, "Brought Mei.")
    PeopleStore(conn).forget(mei)
    assert _notes_of(conn, brought) == f"Brought {GONE}."
    assert _notes_of(conn, older) == "Mei?"


def test_a_first_name_someone_at_the_meeting_before_has_stays(
    conn: sqlite3.Connection, group: int
) -> None:
    recruiter, mei = _person(conn, "Priya", "Raman"), _person(conn, "Mei", "Chen")
    other_mei = _person(conn, "Mei", "Wong")
    before, hers = _meeting(conn, 0, group), _meeting(conn, 30, group)
    _attend(conn, before, recruiter, other_mei)
    _attend(conn, hers, mei)
    note = _follow_up(conn, before, recruiter, "Mei will drive; Chen too.")
    PeopleStore(conn).forget(mei)
    assert _notes_of(conn, note) == f"Mei will drive; {GONE} too."


# --- The demo ---------------------------------------------------------------------------


def _demo(conn: sqlite3.Connection) -> dict[str, int]:
    write_demo(conn, dt.datetime(2026, 11, 22, 0, 0))
    return {str(r[0]): int(r[1]) for r in conn.execute("SELECT first_name, id FROM people")}


def _note(conn: sqlite3.Connection, text: str) -> list[str]:
    rows = conn.execute("SELECT notes FROM commitments WHERE notes LIKE ?", [text])
    return [str(r[0]) for r in rows]


def test_forgetting_demo_recruits_scrubs_the_recruiters_notes(conn: sqlite3.Connection) -> None:
    """The demo's "Brought …" notes sit on the recruiter's commitment from the meeting before
    the one the recruits came to."""
    people = _demo(conn)
    assert _note(conn, "Brought Mei and Lupe.") == ["Brought Mei and Lupe."]
    store = PeopleStore(conn)
    store.forget(people["Mei"])
    assert _note(conn, "Brought %Lupe.") == [f"Brought {GONE} and Lupe."]
    for first in ("Hannah", "Yusuf", "Samuel", "Lupe", "Lan"):
        store.forget(people[first])
    dump = "\n".join(conn.iterdump())
    for first in ("Mei", "Hannah", "Yusuf", "Samuel", "Lupe", "Lan"):
        assert f"Brought {first}" not in dump
        assert f"and {first}." not in dump
    assert sorted(_note(conn, "Brought%")) == sorted(
        [
            f"Brought {GONE} and {GONE}.",  # Hannah and Yusuf
            f"Brought {GONE}.",  # Samuel
            f"Brought {GONE} and {GONE}.",  # Mei and Lupe
            f"Brought {GONE} and Tomás.",  # Lan (on two commitments)
            f"Brought {GONE} and Tomás.",
        ]  # Samuel's own "Brought 12 forms from Mercy." went with him
    )


def test_forgetting_in_the_demo_leaves_others_notes_alone(conn: sqlite3.Connection) -> None:
    """Forgetting Mei touches no follow-up note but the one of the meeting before hers."""
    people = _demo(conn)
    before = {
        r[0]: r[1] for r in conn.execute("SELECT id, notes FROM commitments WHERE notes != ''")
    }
    PeopleStore(conn).forget(people["Mei"])
    after = {
        r[0]: r[1] for r in conn.execute("SELECT id, notes FROM commitments WHERE notes != ''")
    }
    changed = {k for k in before if after.get(k) != before[k]}
    assert [before[k] for k in changed] == ["Brought Mei and Lupe."]


def test_forgetting_maria_jose_in_the_demo_takes_every_spelling(conn: sqlite3.Connection) -> None:
    """QA's minutes on tonight's meeting, which she is at (stored as "Maria José", phone
    "(312) 555-0100")."""
    tonight = write_demo(conn, dt.datetime(2026, 11, 22, 0, 0)).meeting_id
    maria = conn.execute("SELECT id FROM people WHERE first_name = 'Maria José'").fetchone()[0]
    item = AgendaStore(conn).items(tonight)[0].key
    AgendaStore(conn).set_minutes(
        item,
        "Maria Jose Alvarez (no accents) raised 4 West. Ms. Alvarez will talk to the manager. "
        "Call her at 312-555-0100 or 3125550100 or +1 312 555 0100. "
        "MARÍA JOSÉ ALVAREZ. MariaJose.Alvarez@Example.org. María José spoke.",
    )
    PeopleStore(conn).forget(maria)
    assert _minutes_of(conn, item) == (
        f"{GONE} (no accents) raised 4 West. Ms. {GONE} will talk to the manager. "
        f"Call her at {GONE} or {GONE} or {GONE}. {GONE}. {GONE}. {GONE} spoke."
    )
