"""One count of first-timers everywhere (storage.first_timers): the report on screen and on
paper, the guided path's "First-timers welcomed", the sign-in's room count, the Start page's
"New this month" and the counts a purge keeps. People marked present by hand or from a paper
sheet count as the phone's do (QA round 8: an assembly of 288 reported "nobody")."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.report_wording import attendance_line
from meetingkit.services.data_dir import database_path
from meetingkit.services.guided_path import GuidedPath
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.privacy import run_due_purges
from meetingkit.services.signin_session import SignInSession
from meetingkit.services.whats_next import whats_next
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import RetentionStore
from tests.pdf_reading import needs, pdf_text
from tests.storage.test_first_timers import here, meeting, person, signs_in

NOVEMBER = dt.datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOVEMBER.timestamp())


@pytest.fixture
def november(conn: sqlite3.Connection) -> tuple[int, set[int]]:
    """November's meeting and who came to it for the first time: Bilal, Eli and Fay, marked
    present by hand. Ana came in October too; Carmen as well, though her sign-in says "first
    time"; Dora says she came before."""
    october, november = meeting(conn, "2026-10-15"), meeting(conn, "2026-11-12")
    ana, bilal, eli, fay = (person(conn, n) for n in ("Ana", "Bilal", "Eli", "Fay"))
    carmen = person(conn, "Carmen", phone="312 555 0104")
    here(conn, october, ana, carmen)
    here(conn, november, ana, bilal, eli, fay)
    signed = signs_in(conn, november, "Carmen", phone="(312) 555-0104", first_time="yes")
    assert signed == carmen
    signs_in(conn, november, "Dora", first_time="no")
    return november, {bilal, eli, fay}


def test_the_report_counts_people_marked_present_by_hand(
    conn: sqlite3.Connection, clock: ManualClock, november: tuple[int, set[int]]
) -> None:
    meeting_id, new = november
    reports = MeetingReports(conn, clock)
    assert {p.person_id for p in reports.inputs(meeting_id).people if p.first_time} == new
    report = reports.report(meeting_id)
    assert attendance_line(report.attendance) == (
        "6 people attended; 3 came for the first time (50%)."
    )


@needs("pdftotext")
def test_the_printed_report_says_the_same(
    conn: sqlite3.Connection, clock: ManualClock, november: tuple[int, set[int]], tmp_path: Path
) -> None:
    meeting_id, _ = november
    out = tmp_path / "report.pdf"
    MeetingReports(conn, clock).render(meeting_id, out)
    assert "3 came for the first time (50%)" in " ".join(pdf_text(out).split())


def test_the_guided_path_welcomes_the_same_people(
    conn: sqlite3.Connection, clock: ManualClock, november: tuple[int, set[int]]
) -> None:
    meeting_id, new = november
    meeting = MeetingStore(conn).get(meeting_id)
    assert GuidedPath(conn, clock).facts(meeting).first_timer_ids == new


def test_the_sign_in_counts_the_same_people(
    conn: sqlite3.Connection,
    clock: ManualClock,
    data_dir: Path,
    november: tuple[int, set[int]],
) -> None:
    meeting_id, new = november
    meeting = MeetingStore(conn).get(meeting_id)
    room = SignInSession(meeting, conn, database_path(data_dir), clock).room()
    assert (room.present, room.first_timers) == (6, len(new))


def test_new_this_month_on_the_start_page_is_the_same_people(
    conn: sqlite3.Connection, clock: ManualClock, november: tuple[int, set[int]]
) -> None:
    _, new = november
    assert {n.person_id for n in whats_next(conn, clock).newcomers} == new


def test_a_purge_keeps_the_number_the_report_showed_even_when_earlier_meetings_go_too(
    conn: sqlite3.Connection, clock: ManualClock
) -> None:
    """September and October are both due. Bo, on the roster since summer, first came in
    October, marked present by hand; Ana came to both. October's report counts Bo. Purging
    September first would leave October unable to tell Bo from a regular whose September
    visit was purged, so October is purged first and keeps Bo."""
    september, october = meeting(conn, "2026-09-10"), meeting(conn, "2026-10-15")
    ana, bo = person(conn, "Ana", created="2026-08-01"), person(conn, "Bo", created="2026-06-01")
    here(conn, september, ana)
    here(conn, october, ana, bo)
    reports = MeetingReports(conn, clock)
    assert reports.report(october).attendance.first_timers == 1
    retention = RetentionStore(conn)
    for meeting_id in (september, october):
        retention.set_days(meeting_id, 30)

    purged = run_due_purges(conn, NOVEMBER.date() + dt.timedelta(days=1), clock)

    assert [r.meeting_id for r in purged] == [october, september]
    kept = reports.report(october)
    assert kept.purged is not None
    assert (kept.attendance.total, kept.attendance.first_timers) == (2, 1)
