"""The printed report shows airtime by the groups people gave for themselves, as the floor's
panel and the projector did during the meeting: read back with poppler's `pdftotext`, in
English and in Spanish, in the shared and the facilitator's copy, and after a purge."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core import given_groups_wording as given_words
from meetingkit.core.airtime import Turn
from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.clock import ManualClock
from meetingkit.core.i18n import translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.demo import write_demo
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.printing.report_pdf import render_report_pdf
from meetingkit.services.privacy import purge_meeting
from meetingkit.ui import language
from tests.pdf_reading import needs, pdf_text

pytestmark = needs("pdftotext")

NOW = dt.datetime(2026, 11, 21, 18, 0)  # a Saturday: the demo meeting is tonight
MEETING = Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19), id=7)
MIN = 60_000
RN = "Registered nurse (RN)"
HEADING = "Airtime by the groups people gave"


def _section(text: str, heading: str, after: str) -> str:
    """The text from `heading` to the next section's heading `after`."""
    start = text.index(heading)
    return text[start : text.index(after, start)]


def _inputs() -> ReportInputs:
    """Nine RNs: four night-shift nurses, three who speak Spanish (one does both), and a
    lone chaplain; a night nurse and the chaplain spoke."""
    groups: dict[int, frozenset[str]] = {
        1: frozenset({"Night shift"}),
        2: frozenset({"Night shift"}),
        3: frozenset({"Night shift", "Spanish speaking"}),
        4: frozenset({"Night shift"}),
        5: frozenset({"Spanish speaking"}),
        6: frozenset({"Spanish speaking"}),
        7: frozenset({"Chaplaincy"}),
    }
    people = [
        ReportPerson(i, f"Nurse {i}", RN, given_groups=groups.get(i, frozenset()))
        for i in range(1, 10)
    ]
    turns = [
        Turn(1, 3, EntryKind.GENERAL, None, ((0, 6 * MIN),), ended=True),
        Turn(2, 7, EntryKind.GENERAL, None, ((6 * MIN, 10 * MIN),), ended=True),
    ]
    return ReportInputs(MEETING, people=people, turns=turns, now_ms=10 * MIN)


def test_the_report_charts_the_groups_people_gave_and_says_they_overlap(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(_inputs()))
    section = _section(pdf_text(pdf), HEADING, "The stack: its rule")
    assert "Someone can be in several of these groups, or in none, so the shares do not add up" in (
        section
    )
    # largest first, each with its share of the room and of the time
    assert section.index("Night shift") < section.index("Spanish speaking")
    assert "44%" in section
    assert "60%" in section
    assert "33%" in section  # Spanish speakers: 3 of 9, and the same 6 minutes (60%)
    assert "A group is shown only when at least 3 people present gave it" in section
    assert "1 smaller group is left out." in section


@pytest.mark.parametrize("facilitator_copy", [False, True])
def test_a_group_of_one_is_printed_in_no_copy(tmp_path: Path, facilitator_copy: bool) -> None:
    """The lone chaplain's 4 minutes would be theirs alone: "Chaplaincy" is nowhere on the
    page, not in the facilitator's copy either, which says it keeps the rule."""
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(_inputs(), facilitator_copy=facilitator_copy))
    text = pdf_text(pdf)
    assert "Chaplaincy" not in text
    assert ("The facilitator copy keeps this rule" in text) is facilitator_copy


def test_a_meeting_where_nobody_gave_a_group_prints_no_such_section(tmp_path: Path) -> None:
    inputs = _inputs()
    people = [ReportPerson(p.person_id, p.name, RN) for p in inputs.people]
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(ReportInputs(MEETING, people=people, turns=inputs.turns)))
    text = pdf_text(pdf)
    assert "Airtime by profession" in text
    assert HEADING not in text


@pytest.fixture
def demo(conn: sqlite3.Connection) -> tuple[MeetingReports, int]:
    meeting_id = write_demo(conn, NOW).meeting_id
    return MeetingReports(conn, ManualClock(NOW.timestamp() + 3600)), meeting_id


def test_the_demo_meetings_report_shows_its_groups(
    tmp_path: Path, demo: tuple[MeetingReports, int]
) -> None:
    """Tonight's demo meeting: the floor showed "Spanish speaking — room 17%, airtime 0%" and
    the night shift; the report after it shows them too, apart from the professions."""
    reports, meeting_id = demo
    pdf = tmp_path / "report.pdf"
    report = reports.render(meeting_id, pdf)
    assert {s.group for s in report.given_groups.groups} == {"Spanish speaking", "Night shift"}
    text = pdf_text(pdf)
    given = _section(text, HEADING, "The stack: its rule")
    assert "Spanish speaking (17% of the room, 0% of the time)" in given
    assert "Night shift" in given
    professions = _section(text, "Airtime by profession", HEADING)
    assert "Spanish speaking" not in professions
    assert "Night shift" not in professions


def test_a_purged_meeting_still_prints_the_groups_its_purge_kept(
    tmp_path: Path, conn: sqlite3.Connection, demo: tuple[MeetingReports, int]
) -> None:
    reports, meeting_id = demo
    before = reports.report(meeting_id).given_groups.groups
    purge_meeting(conn, meeting_id, ManualClock(NOW.timestamp() + 3600))
    pdf = tmp_path / "report.pdf"
    report = reports.render(meeting_id, pdf)
    assert report.purged is not None
    assert [(s.group, s.people_present) for s in report.given_groups.groups] == [
        (s.group, s.people_present) for s in before
    ]
    text = pdf_text(pdf)
    given = _section(text, HEADING, "The stack: its rule")
    assert "Spanish speaking" in given
    assert "Groups of at least 3 people, as counted when the names were purged." in given
    professions = _section(text, "Airtime by profession", HEADING)
    assert "Spanish speaking" not in professions
    assert "Professions of at least 3 people, as counted when the names were purged." in (
        professions
    )


def test_the_spanish_report_says_it_in_spanish(
    tmp_path: Path, qapp: QApplication, demo: tuple[MeetingReports, int]
) -> None:
    """The section's words come from the app's translation; the groups' names stay as
    people gave them."""
    reports, meeting_id = demo
    pdf = tmp_path / "informe.pdf"
    language.install(qapp, "es")
    try:
        heading = translate("Report", given_words.HEADING)
        reports.render(meeting_id, pdf)
    finally:
        language.install(qapp, "en")
    text = pdf_text(pdf)
    given = _section(text, heading, "La lista de palabra")
    assert "Hablaron mucho menos que su parte de la sala: Spanish speaking (17% de la sala" in given
    assert "Night shift" in given
    assert "Spoke well" not in given
