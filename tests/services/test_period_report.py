"""The figures for a period, gathered and printed (services.period_report): a purged meeting
still counts, through its kept counts; the PDF names nobody and shows no profession of fewer
than three people; curricula are named by their titles."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.errors import NotFoundError, ValidationError
from meetingkit.core.group import Group
from meetingkit.core.meeting import MeetingKind
from meetingkit.core.period_figures import (
    PeriodFigures,
    PeriodInputs,
    PeriodMeeting,
    Pledge,
    Spoken,
    Visit,
    period_figures,
)
from meetingkit.core.person import Person
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.curriculum_library import CurriculumLibrary
from meetingkit.services.period_report import PeriodReports, suggested_filename
from meetingkit.services.printing.period_pdf import render_period_pdf
from meetingkit.services.privacy import purge_meeting
from meetingkit.services.training import create_training
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.people import PeopleStore
from tests.pdf_reading import needs, page_texts, pdf_text
from tests.services.privacy_scene import START, TRACES, Scene, build

SINCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
LATER = ManualClock(dt.datetime(2026, 11, 21, 19, 10).timestamp())  # both meetings held
LATER_DAY = dt.date(2026, 11, 21)


@pytest.fixture
def scene(conn: sqlite3.Connection) -> Scene:
    """Five at the first meeting (four nurses, one physician), the regular at the second."""
    return build(conn)


def test_a_purged_meeting_still_counts(conn: sqlite3.Connection, scene: Scene) -> None:
    # In the directory since the first meeting, as they would be (not since the test ran):
    # the regular is no first-timer at the second, before the purge or after.
    conn.execute("UPDATE people SET created_at = ?", [START.astimezone(dt.UTC).isoformat()])
    reports = PeriodReports(conn, LATER)
    before = reports.figures(SINCE, UNTIL)
    purge_meeting(conn, scene.meeting_id, scene.clock)
    after = reports.figures(SINCE, UNTIL)
    assert (after.meetings, after.attendance, after.first_timers) == (
        before.meetings,
        before.attendance,
        before.first_timers,
    )
    assert after.purged == 1
    assert after.airtime.total_ms == before.airtime.total_ms == (95 + 40 + 30) * 1000
    assert after.commitments.made == before.commitments.made == 3
    assert after.commitments.unknown == 3  # how they were followed up went with the names
    # the regular, at the meeting that still holds who came, or the purged meeting's
    # first-timers if more: they were different people too
    assert after.people == max(1, after.first_timers) == 4
    assert [(p.label, p.attendance) for p in after.professions] == [
        ("Registered nurse (RN)", 5),
        ("Other professions", 1),
    ]


@needs("pdftotext")
def test_the_pdf_names_nobody_and_no_profession_of_one(
    conn: sqlite3.Connection, scene: Scene, tmp_path: Path
) -> None:
    out = tmp_path / "figures.pdf"
    figures = PeriodReports(conn, LATER).render(SINCE, UNTIL, out)
    text = pdf_text(out)
    assert not [t for t in TRACES if t in text.lower()]
    assert "Adeyemi" not in text
    assert "Persephone" not in text
    assert "Physician" not in text  # one physician: combined
    assert "1 Jan 2026 – 31 Dec 2026" in text
    assert "Registered nurse (RN)" in text
    assert "Other professions" in text
    assert figures.attendance == 6
    assert "attended, meeting by meeting" in text
    assert "Counts only: nobody is named." in text
    assert "3 commitments were made." in text
    assert "Not counted" not in text  # both meetings were held, before today


def test_one_groups_figures_and_a_group_by_name_or_id(
    conn: sqlite3.Connection, scene: Scene, tmp_path: Path
) -> None:
    groups = GroupStore(conn)
    staffing = groups.create(Group("Safe Staffing")).key
    groups.set_meeting_group(scene.other_meeting_id, staffing)
    reports = PeriodReports(conn, LATER)
    assert reports.group_called("safe staffing") == staffing
    assert reports.group_called(str(staffing)) == staffing
    with pytest.raises(NotFoundError, match=f"The groups are: {staffing} Safe Staffing"):
        reports.group_called("Night shift")
    figures = reports.figures(SINCE, UNTIL, staffing)
    assert (figures.group, figures.meetings, figures.attendance) == ("Safe Staffing", 1, 1)
    assert figures.by_group == ()
    with pytest.raises(NotFoundError):
        reports.figures(SINCE, UNTIL, staffing + 1)


def test_a_period_that_ends_before_it_starts_is_refused(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    with pytest.raises(ValidationError, match="swap the two days"):
        PeriodReports(conn, LATER).figures(UNTIL, SINCE)


def test_curricula_are_named_by_their_titles(
    conn: sqlite3.Connection, scene: Scene, data_dir: Path
) -> None:
    library = CurriculumLibrary(data_dir)
    curriculum, _ = load_curriculum(library.find("one-on-ones"))
    assert curriculum is not None
    training = create_training(conn, curriculum, dt.date(2026, 10, 20), dt.time(18, 0))
    ana = PeopleStore(conn).add(Person("Ana", "Lima")).key
    AttendanceStore(conn).mark_present(training.key, ana, 0, "manual")
    figures = PeriodReports(conn, LATER, library).figures(SINCE, UNTIL)
    assert [(c.title, c.trainings, c.attendance) for c in figures.curricula] == [
        (curriculum.title, 1, 1)
    ]
    without = PeriodReports(conn, LATER).figures(SINCE, UNTIL)
    assert [c.title for c in without.curricula] == ["one-on-ones"]  # its folder's name


def test_the_suggested_file_name_says_the_days() -> None:
    assert suggested_filename(SINCE, UNTIL) == "figures-2026-01-01-to-2026-12-31.pdf"


def _riverside(professions: int, *, commitments: bool, speaking: bool = True) -> PeriodFigures:
    """A group's one meeting, three people of each of `professions`, no training: the more
    professions, the further down the page each section ends."""
    day = dt.date(2026, 3, 1)
    held = [PeriodMeeting(1, day, MeetingKind.MEETING, group="Riverside", recorded=True)]
    room = [Visit(1, p * 3 + k, f"Trade {p:02d}") for p in range(professions) for k in range(3)]
    spoken = [Spoken(1, v.person_id, 10_000) for v in room[::2]] if speaking else []
    statuses = list(FollowUpStatus) * len(room)
    pledges = [Pledge(1, v.person_id, s) for v, s in zip(room, statuses, strict=False)]
    return period_figures(
        PeriodInputs(
            day, day, LATER_DAY, held, room, spoken, pledges if commitments else [], "Riverside"
        )
    )


EMPTY_SECTIONS = (
    "Trainings and curricula No training was held in this period.",
    "Commitments and their follow-up No commitments were made in this period.",
)


@needs("pdftotext")
@pytest.mark.parametrize(
    ("commitments", "professions"),
    [(True, n) for n in range(10, 28)] + [(False, n) for n in range(14, 32)],
)
def test_no_page_holds_only_sections_with_nothing_to_show(
    commitments: bool, professions: int, tmp_path: Path
) -> None:
    """Riverside chapter's PDF had a page 3 holding only "Trainings and curricula / No training
    was held in this period.": the empty sections at the end share a page with the end of the
    section before them (which moves along, or gives them its last rows)."""
    out = tmp_path / "riverside.pdf"
    render_period_pdf(out, _riverside(professions, commitments=commitments))
    last = page_texts(out)[-1]
    assert "No training was held in this period." in last
    for empty in EMPTY_SECTIONS:
        last = last.replace(empty, "")
    assert re.sub(r"meetingkit · printed .*$", "", last).strip()


@needs("pdftotext")
def test_the_airtime_section_speaks_of_professions(tmp_path: Path) -> None:
    """The line "Groups too small to show had 36% of the speaking time" was the meeting
    report's sentence, where groups people name themselves count too: the chart here is of
    professions. Three are left out of it: one alone would have their time told by the line
    (core.differencing)."""
    day = dt.date(2026, 3, 1)
    held = [PeriodMeeting(1, day, MeetingKind.MEETING, recorded=True)]
    three = [Visit(1, n, "Trade A") for n in range(3)]
    three += [Visit(1, 9, "Trade B"), Visit(1, 10, "Trade C"), Visit(1, 11, "Trade D")]
    out = tmp_path / "figures.pdf"
    for room, said, unsaid in (
        (three, "Professions left out of the chart had 50% of the speaking time.", "Groups"),
        (
            three[1:],
            "No profession had enough people at these meetings to show in a chart",
            "Every group",
        ),
    ):
        spoken = [Spoken(1, 1, 10_000), Spoken(1, 9, 10_000)]
        render_period_pdf(
            out, period_figures(PeriodInputs(day, day, LATER_DAY, held, room, spoken))
        )
        text = pdf_text(out)
        assert said in text
        assert unsaid not in text
