"""A meeting moved to another day takes its cards' due dates with it, as a duplicate's do:
"by {date}" stays as long after the meeting (QA 15a, finding 2: a training moved from 5 to
19 December offered cards due on 15 December). Commitments people already made keep the
date they committed to."""

import datetime as dt
import sqlite3
from dataclasses import replace

from meetingkit.core.commitment import CommitmentOption
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import DueDatesMoved, MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.print_log import PrintLog

DEC_5, DEC_19 = dt.date(2026, 12, 5), dt.date(2026, 12, 19)
TWO_WEEKS = dt.timedelta(days=14)


def test_moving_a_training_moves_its_cards_due_dates_by_as_many_days(
    conn: sqlite3.Connection,
) -> None:
    curriculum, problems = load_curriculum(curricula_dir() / "across-professions")
    assert curriculum is not None, problems
    training = create_training(conn, curriculum, DEC_5, dt.time(9, 30))
    cards, meetings = CommitmentStore(conn), MeetingStore(conn)
    before = cards.options(training.key)
    assert any(o.due is not None for o in before)

    moved = replace(training, date=DEC_19)
    assert meetings.due_dates_moving(moved) == DueDatesMoved(
        14, sum(o.due is not None for o in before), kept=0, cards_printed=False
    )
    meetings.update(moved)

    after = cards.options(training.key)
    assert [(o.id, o.text, o.due) for o in after] == [
        (o.id, o.text, o.due + TWO_WEEKS if o.due else None) for o in before
    ]
    # each as long after the training as the curriculum says
    assert [o.due for o in after] == [
        DEC_19 + dt.timedelta(days=o.due_days) for o in curriculum.commitment.options[:5]
    ]
    assert meetings.due_dates_moving(meetings.get(training.key)) is None  # it stays now


def test_commitments_already_made_keep_their_date_and_undated_options_stay_undated(
    conn: sqlite3.Connection,
) -> None:
    meetings, cards = MeetingStore(conn), CommitmentStore(conn)
    meeting = meetings.create(Meeting("Staffing", DEC_5, dt.time(18, 30)))
    options = cards.save_options(
        meeting.key,
        [
            CommitmentOption(meeting.key, "Bring 2 coworkers", DEC_5 + TWO_WEEKS),
            CommitmentOption(meeting.key, "Join the staffing committee"),
        ],
    )
    ana = PeopleStore(conn).add(Person("Ana", "Reyes"))
    follow_up = dt.datetime(2026, 12, 7, 18, 30)
    [made] = cards.record(
        meeting.key,
        ana.key,
        options[:1],
        hours=None,
        contact_ok=True,
        follow_up_due=follow_up,
        organizer_id=None,
        source="card",
        now_ms=0,
    )
    PrintLog(conn).record(meeting.key, "cards", 0)

    earlier = replace(meeting, date=DEC_5 - dt.timedelta(days=3))
    assert meetings.due_dates_moving(earlier) == DueDatesMoved(
        -3, options=1, kept=1, cards_printed=True
    )
    meetings.update(earlier)

    assert [o.due for o in cards.options(meeting.key)] == [dt.date(2026, 12, 16), None]
    [kept] = cards.for_meeting(meeting.key)
    assert kept.due == made.due == DEC_5 + TWO_WEEKS  # what Ana committed to


def test_a_meeting_without_dated_options_has_nothing_to_move(conn: sqlite3.Connection) -> None:
    meetings = MeetingStore(conn)
    meeting = meetings.create(Meeting("Staffing", DEC_5, dt.time(18, 30)))
    assert meetings.due_dates_moving(replace(meeting, date=DEC_19)) is None
    meetings.update(replace(meeting, date=DEC_19))
    assert meetings.get(meeting.key).date == DEC_19
