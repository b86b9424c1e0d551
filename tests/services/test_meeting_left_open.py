"""A meeting never ended, opened days later: its end is the last thing recorded, on its agenda
or its floor, and it is not "resumed" with the days in between counted."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core import report_wording as words
from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import Recorded
from meetingkit.core.clock import ManualClock, to_ms
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.floor_session import FloorSession
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.printing.meeting_documents import MeetingDocuments
from meetingkit.services.sessions import Sessions
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.pdf_reading import needs, pdf_text


def at(day: int, hour: int, minute: int) -> float:
    return dt.datetime(2026, 11, day, hour, minute).timestamp()


def ms(day: int, hour: int, minute: int) -> int:
    return to_ms(at(day, hour, minute))


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Safe staffing", dt.date(2026, 11, 3), dt.time(18, 30), planned_minutes=90)
    )


def speak(conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, seconds: float) -> None:
    """Someone takes the floor now and speaks for `seconds`."""
    rosa = PeopleStore(conn).add(Person("Rosa", "Díaz"))
    floor = FloorSession(meeting, conn, clock)
    floor.add(rosa.key, rosa.first_name, rosa.last_name)
    floor.next_speaker()
    clock.advance(seconds)
    floor.end_turn()


def test_every_item_done_and_a_last_word_on_the_floor_ends_at_the_last_turn(
    conn: sqlite3.Connection, meeting: Meeting
) -> None:
    clock = ManualClock(at(3, 18, 33))
    session = AgendaSession(meeting, conn, clock)
    session.add_item(AgendaItem("Report-backs", 40))
    session.add_item(AgendaItem("Closing", 30))
    session.start_meeting()
    clock.advance(40 * 60)
    session.advance()
    clock.advance(42 * 60)
    session.advance()  # 19:55: every item done
    clock.advance(60)
    speak(conn, meeting, clock, 4 * 60)  # 19:56-20:00, a last word; End meeting forgotten
    assert FloorStore(conn).last_spoken(meeting.key) == (ms(3, 19, 56), ms(3, 20, 0))

    opened = AgendaSession(meeting, conn, ManualClock(at(22, 2, 36)))
    last = opened.left_open()
    assert last is not None
    assert (last.at_ms, last.what) == (ms(3, 20, 0), Recorded.TURN_ENDED)
    assert opened.resumed is None
    (choice,) = opened.end_choices()
    assert choice.length_ms == 87 * 60_000
    opened.end_meeting(choice.at_ms)
    assert AgendaStore(conn).run(meeting.key).ended_ms == ms(3, 20, 0)
    assert opened.left_open() is None


def test_a_meeting_left_mid_item_days_ago_is_not_resumed_but_one_crashed_today_is(
    conn: sqlite3.Connection, meeting: Meeting, data_dir: Path
) -> None:
    clock = ManualClock(at(3, 18, 33))
    sessions = Sessions(conn, clock, data_dir / "meetingkit.db")
    session = sessions.agenda(meeting)
    session.add_item(AgendaItem("Discussion", 60))
    session.start_meeting()
    clock.advance(20 * 60)
    sessions.note_alive()  # 18:53: the laptop's lid closed, the app with it

    same_evening = AgendaSession(meeting, conn, ManualClock(at(3, 19, 1)))
    assert same_evening.left_open() is None
    assert same_evening.resumed is not None  # the crash resume, as before
    assert same_evening.resumed.gap_ms == 8 * 60_000
    assert same_evening.run.elapsed_ms(session.items[0].key) == 28 * 60_000

    days_later = AgendaSession(meeting, conn, ManualClock(at(6, 9, 0)))
    last = days_later.left_open()
    assert last is not None
    assert (last.at_ms, last.what) == (ms(3, 18, 33), Recorded.ITEM_STARTED)
    assert days_later.resumed is None  # not "closed for about 62 h… counted"


@needs("pdftotext")
def test_the_report_and_minutes_of_a_meeting_left_open_count_to_its_last_record(
    conn: sqlite3.Connection, meeting: Meeting, tmp_path: Path
) -> None:
    """Not "440 h meeting time so far", nor an item 'actual 440 h': the laptop closed during
    the report-backs, after a last turn ending at 19:09; printed three days later."""
    clock = ManualClock(at(3, 18, 33))
    session = AgendaSession(meeting, conn, clock)
    session.add_item(AgendaItem("Welcome", 10))
    session.add_item(AgendaItem("Report-backs", 30))
    session.start_meeting()
    clock.advance(12 * 60)
    session.advance()  # the report-backs from 18:45
    clock.advance(20 * 60)
    speak(conn, meeting, clock, 4 * 60)  # 19:05-19:09
    later = ManualClock(at(6, 9, 0))

    report = MeetingReports(conn, later).report(meeting.key)
    agenda = report.agenda
    assert agenda.elapsed_ms == 36 * 60_000
    assert [i.actual_ms for i in agenda.items] == [12 * 60_000, 24 * 60_000]
    assert words.headline(report)[2] == (
        "36 min",
        "meeting time until it was left open (planned 1\u00a0h\u00a030\u00a0min)",
    )
    assert words.agenda_note(agenda) == (
        "The meeting was never ended: from its start to the last thing recorded, at 19:09, it "
        "took 36 min (planned: 1 h 30 min); the table counts time on items only."
    )
    pdf = tmp_path / "report.pdf"
    MeetingReports(conn, later).render(meeting.key, pdf)
    assert "Actual: started 18:33, left open after 19:09, never ended." in pdf_text(pdf)
    minutes = tmp_path / "minutes.pdf"
    MeetingDocuments(conn, later).minutes(meeting.key, minutes)
    text = pdf_text(minutes)
    assert "Actual: started 18:33, left open after 19:09, never ended." in text
    assert "planned 30 min · actual 24 min (−6 min)" in text

    opened = AgendaSession(meeting, conn, later)
    (choice,) = opened.end_choices()
    opened.end_meeting(choice.at_ms)  # ended as offered: the same times, now final
    MeetingReports(conn, later).render(meeting.key, pdf)
    assert "Actual: 18:33–19:09 (36 min)" in pdf_text(pdf)
