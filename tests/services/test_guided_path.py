"""The guided path read from the database: printing, sign-in and follow-ups tick their steps,
hand ticks persist, and the steps the app checks cannot be ticked by hand."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import CommitmentOption, FollowUpStatus
from meetingkit.core.decision import Decision, Outcome
from meetingkit.core.errors import ValidationError
from meetingkit.core.guided_path import Phase
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.path_progress import ItemStatus
from meetingkit.core.person import Person
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.data_dir import database_path
from meetingkit.services.guided_path import GuidedPath
from meetingkit.services.printing.meeting_documents import MeetingDocuments
from meetingkit.services.signin_server import NoEvents
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage import open_db
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.guided_path import PathStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

START = dt.datetime(2026, 11, 21, 18, 0)
WEEK_BEFORE = START - dt.timedelta(days=7)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(WEEK_BEFORE.timestamp())


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(Meeting("Working group", START.date(), START.time()))
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 10), AgendaItem("Plan", 50)])
    return meeting


@pytest.fixture
def path(conn: sqlite3.Connection, clock: ManualClock) -> GuidedPath:
    return GuidedPath(conn, clock)


def step(path: GuidedPath, meeting: Meeting, key: str) -> ItemStatus:
    return next(s for s in path.progress(meeting).items if s.item.key == key)


def person(conn: sqlite3.Connection, first: str) -> int:
    return PeopleStore(conn).add(Person(first, "Example")).key


def test_printing_the_agenda_ticks_agenda_printed(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting, path: GuidedPath, tmp_path: Path
) -> None:
    assert not step(path, meeting, "printed_agenda").done
    MeetingDocuments(conn, clock).agenda(meeting.key, tmp_path / "agenda.pdf")
    assert step(path, meeting, "printed_agenda").done
    assert not step(path, meeting, "printed_poster").done
    assert path.progress(meeting).phase(Phase.PREPARE).done == 1


def test_printing_the_minutes_counts_as_the_report(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting, path: GuidedPath, tmp_path: Path
) -> None:
    MeetingDocuments(conn, clock).minutes(meeting.key, tmp_path / "minutes.pdf")
    assert not step(path, meeting, "report").done  # a week ahead, they report nothing yet
    clock.advance(7 * 24 * 3600 + 3 * 3600)  # after the meeting
    MeetingDocuments(conn, clock).minutes(meeting.key, tmp_path / "minutes.pdf")
    assert step(path, meeting, "report").done


def test_printing_commitment_cards_ticks_cards_printed(
    conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting, path: GuidedPath, tmp_path: Path
) -> None:
    assert not step(path, meeting, "printed_cards").applicable
    desk = CommitmentDesk(meeting, conn, clock)
    desk.save_options([CommitmentOption(meeting.key, "Bring two coworkers")])
    assert not step(path, meeting, "printed_cards").done
    desk.print_cards(tmp_path / "cards.pdf", personalized=False, blank=3)
    assert step(path, meeting, "printed_cards").done


def test_a_phone_reaching_the_form_and_a_kiosk_sign_in_tick_their_steps(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock, meeting: Meeting, path: GuidedPath
) -> None:
    session = SignInSession(meeting, conn, database_path(data_dir), clock)
    assert not step(path, meeting, "phone_tested").done
    session.note_visit()
    session.note_visit()
    assert step(path, meeting, "phone_tested").done
    assert not step(path, meeting, "signin_opened").done
    session.kiosk_sign_in({"first_name": "Rosa"})
    assert step(path, meeting, "signin_opened").done


def test_opening_sign_in_is_remembered_after_it_closes(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock, meeting: Meeting, path: GuidedPath
) -> None:
    session = SignInSession(meeting, conn, database_path(data_dir), clock)
    session.open("127.0.0.1", 0, NoEvents())
    session.close()
    assert step(path, meeting, "signin_opened").done


def test_hand_ticks_persist_and_can_be_taken_back(
    data_dir: Path, conn: sqlite3.Connection, clock: ManualClock, meeting: Meeting, path: GuidedPath
) -> None:
    path.set_ticked(meeting.key, "printed_poster", True)
    reopened = open_db(database_path(data_dir))
    try:
        again = GuidedPath(reopened, clock)
        assert step(again, meeting, "printed_poster").done
        again.set_ticked(meeting.key, "printed_poster", False)
        assert not step(again, meeting, "printed_poster").done
    finally:
        reopened.close()
    assert not step(path, meeting, "printed_poster").done


@pytest.mark.parametrize("key", ["agenda_fits", "roles", "phone_tested", "agenda_run"])
def test_a_step_the_app_checks_cannot_be_ticked_by_hand(
    conn: sqlite3.Connection, meeting: Meeting, path: GuidedPath, key: str
) -> None:
    MeetingStore(conn).assign(meeting.key, Role.FACILITATOR, person(conn, "Dele"))
    before = step(path, meeting, key).done
    with pytest.raises(ValidationError, match="checked by meetingkit itself"):
        path.set_ticked(meeting.key, key, True)
    PathStore(conn).tick(meeting.key, key, 1)  # even a tick written behind its back
    assert step(path, meeting, key).done == before
    with pytest.raises(ValidationError):
        path.set_ticked(meeting.key, "no_such_step", True)


def test_auto_steps_follow_the_meeting_both_ways(
    conn: sqlite3.Connection, meeting: Meeting, path: GuidedPath
) -> None:
    meetings = MeetingStore(conn)
    dele, lan = person(conn, "Dele"), person(conn, "Lan")
    meetings.assign(meeting.key, Role.FACILITATOR, dele)
    assert not step(path, meeting, "roles").done
    meetings.assign(meeting.key, Role.NOTE_TAKER, lan)
    assert step(path, meeting, "roles").done
    assert path.progress(meeting).current is Phase.PREPARE
    meetings.unassign(meeting.key, Role.NOTE_TAKER, lan)
    assert not step(path, meeting, "roles").done
    assert path.progress(meeting).summary == "Plan 1/2"


def test_follow_up_steps_follow_the_commitments_and_first_timers(
    conn: sqlite3.Connection, data_dir: Path, clock: ManualClock, meeting: Meeting, path: GuidedPath
) -> None:
    session = SignInSession(meeting, conn, database_path(data_dir), clock)
    rosa = session.kiosk_sign_in({"first_name": "Rosa", "first_time": "yes"}).person_id
    desk = CommitmentDesk(meeting, conn, clock)
    desk.save_options([CommitmentOption(meeting.key, "Bring two coworkers")])
    (option,) = desk.options()
    desk.record(rosa, [option.key], source="app")
    assert not step(path, meeting, "organizers").done
    assert not step(path, meeting, "welcomed").done
    (made,) = desk.recorded()
    desk.store.update_follow_up(
        made.key,
        status=FollowUpStatus.REACHED,
        notes="",
        organizer_id=person(conn, "Dele"),
        follow_up_due=made.follow_up_due,
        now_ms=1,
    )
    assert step(path, meeting, "organizers").done
    assert step(path, meeting, "followed_up").done
    assert step(path, meeting, "welcomed").done


def test_a_guide_printed_for_a_training_ticks_that_training_only(
    conn: sqlite3.Connection, meeting: Meeting, path: GuidedPath
) -> None:
    meetings = MeetingStore(conn)
    other = meetings.create(Meeting("Next training", dt.date(2026, 12, 10), START.time()))
    for m in (meeting, other):
        meetings.set_curriculum(m.key, "one-on-ones")
    assert step(path, meeting, "printed_guide").applicable
    path.record_printed(meeting.key, "guide")
    assert step(path, meeting, "printed_guide").done
    assert not step(path, other, "printed_guide").done
    assert not step(path, meeting, "printed_handouts").done


def test_the_meetings_list_gets_one_line_per_meeting(
    conn: sqlite3.Connection, meeting: Meeting, path: GuidedPath
) -> None:
    other = MeetingStore(conn).create(Meeting("Past", dt.date(2026, 10, 1), START.time()))
    assert path.progress(other.key).summary == "Follow up 0/1"
    assert path.summaries([meeting, other]) == {
        meeting.key: "Plan 1/2",
        other.key: "Follow up 0/1",
    }


def test_a_recorded_decision_ticks_decisions_until_its_item_is_deleted(
    conn: sqlite3.Connection, meeting: Meeting, path: GuidedPath
) -> None:
    agenda = AgendaStore(conn)
    vote = agenda.add_item(
        meeting.key, AgendaItem("Adopt the staffing letter", 20, ItemKind.PROPOSAL)
    )
    assert step(path, meeting, "decisions").applicable
    assert not step(path, meeting, "decisions").done
    decision = Decision("Send the letter on Monday", Outcome.CONSENSUS)
    DecisionStore(conn).record(vote.id, decision, 0)
    assert path.facts(meeting).decided_item_ids == {vote.id}
    assert step(path, meeting, "decisions").done
    agenda.delete_item(vote.id)
    assert path.facts(meeting).decided_item_ids == frozenset()
