"""The printed meeting report: what an organizer hands out, and the facilitator's own copy.

PDFs are checked through poppler's `pdftotext`, `pdfinfo` and `pdffonts`, i.e. by what a
reader gets out of them.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.airtime import Turn
from meetingkit.core.airtime_equity import ReportPerson
from meetingkit.core.clock import ManualClock
from meetingkit.core.commitment import Commitment, CommitmentOption
from meetingkit.core.decision import CheckKind, Decision, Objections, Outcome, TemperatureCheck
from meetingkit.core.floor import LogKind, LogLine
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.demo import write_demo
from meetingkit.services.meeting_report import MeetingReports, render_report
from meetingkit.services.printing.report_pdf import render_report_pdf
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.first_timers import first_timers
from meetingkit.storage.floor import FloorStore
from tests.pdf_reading import needs
from tests.pdf_reading import pdf_text as _text

pytestmark = needs("pdftotext", "pdfinfo", "pdffonts")

HOSTILE = "<b>bold</b> & <script>alert(1)</script> ]]> &amp; <font size=90>"
MEETING = Meeting(
    "Safe Staffing Working Group — November",
    dt.date(2026, 11, 21),
    dt.time(18, 30),
    place="Union hall",
    id=3,
)
MIN = 60_000
RN, MD = "Registered nurse (RN)", "Physician (MD/DO)"
AT_19_05 = round(dt.datetime(2026, 11, 21, 19, 5).timestamp() * 1000)  # local time
NAMES = ("Nguyễn Thị Lan", "Ольга Петренко", "李明", "Dele Okafor", "Γιώργος Παπαδόπουλος")


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:]]


def _inputs() -> ReportInputs:
    """Five in the room who spoke (names in four scripts), five RNs who did not."""
    people = [
        ReportPerson(i, name, MD if i <= 3 else RN, True, i == 4) for i, name in enumerate(NAMES, 1)
    ]
    people += [ReportPerson(10 + i, f"Quiet Nurse {i}", RN) for i in range(5)]
    turns = [
        Turn(i, i, EntryKind.GENERAL, None, ((0, (6 - i) * MIN),), ended=True) for i in range(1, 6)
    ]
    items = (
        AgendaItem("Welcome", 10, ItemKind.WELCOME, id=1),
        AgendaItem(f"Vigil {HOSTILE}", 25, ItemKind.PROPOSAL, id=2),
        AgendaItem("Evaluation", 5, ItemKind.EVALUATION, id=3),
    )
    option = CommitmentOption(3, "Bring two coworkers to the vigil", id=1)
    due = dt.datetime(2026, 11, 23, 18, 30)
    return ReportInputs(
        meeting=MEETING,
        people=people,
        items=items,
        actual_ms={1: 12 * MIN, 2: 31 * MIN + 20_000},
        started_ms=0,
        ended_ms=50 * MIN,
        elapsed_ms=50 * MIN,
        decisions={
            2: Decision(
                f"Hold a vigil {HOSTILE}",
                Outcome.MAJORITY,
                8,
                1,
                1,
                stand_asides=Objections(unnamed=1),
            )
        },
        turns=turns,
        now_ms=50 * MIN,
        commitments=[
            Commitment(3, 1, option.printed, due, option_id=1),
            Commitment(3, 2, option.printed, due, option_id=1),
            Commitment(3, 2, "Give 3 hours a week", due, hours=3),
        ],
        options=[option],
        stack_log=[
            LogLine(AT_19_05, "Stack rule set to: First-time speakers first", LogKind.RULE),
            LogLine(AT_19_05 + 7 * MIN, f"Moved {NAMES[1]} from 3 to 1 on the stack", LogKind.MOVE),
            LogLine(
                AT_19_05 + 9 * MIN, f"Refused a direct response from {NAMES[2]}", LogKind.REFUSE
            ),
        ],
    )


def test_the_report_has_every_section_and_its_figures(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(_inputs()))
    text = _text(pdf)
    for heading in (
        "MEETING REPORT",
        "Attendance",
        "Agenda: planned and actual time",
        "Decisions",
        "Airtime by profession",
        "The stack: its rule and changes by hand",
        "Commitments",
    ):
        assert heading in text
    assert "Changes to the stack by hand: 1 move on the stack, 1 direct response refused." in text
    assert "19:05 Stack rule set to: First-time speakers first" in text
    assert "Moved" not in text  # the lines that name people: the facilitator's copy only
    assert "10 people attended; 1 came for the first time (10%)." in text
    assert "Physician (MD/DO) 3 30%" in text  # attendance by profession
    assert "12 min +2 min" in text  # Welcome: planned 10, ran 12
    assert "31 min 20 s +6 min 20 s" in text
    assert "not reached" in text
    assert "Majority vote" in text
    assert "8 for, 1 against, 1 abstaining" in text
    assert "Stand-asides: 1" in text
    assert "share of the people in the room" in text
    assert "share of speaking time" in text  # the chart's legend
    beyond = "Spoke well beyond their share of the room: Physician (MD/DO) (30% of the room, 80%"
    assert beyond in text
    assert "2 people made 3 commitments." in text
    assert re.search(r"Bring two coworkers to the vigil (PEOPLE )?2 ", text)
    assert "Hours a week offered: 3 in all, from 1 person." in text
    assert "Follow-ups: 3 open, 0 reached, 0 done, 0 declined." in text
    assert "meetingkit · printed" in text


def test_the_shared_report_names_nobody_and_the_facilitator_copy_does(tmp_path: Path) -> None:
    shared, own = tmp_path / "report.pdf", tmp_path / "facilitator.pdf"
    render_report_pdf(shared, build_report(_inputs()))
    render_report_pdf(own, build_report(_inputs(), facilitator_copy=True))
    text, own_text = _text(shared), _text(own)
    for name in [*NAMES, "Quiet Nurse"]:
        assert name not in text
        assert name in own_text
    assert "facilitator" not in text.casefold()
    assert "Airtime per person (facilitator copy)" in own_text
    assert "Who committed to what (facilitator copy)" in own_text
    assert f"19:12 Moved {NAMES[1]} from 3 to 1 on the stack" in own_text
    pages = _pages(own)
    assert own_text.count("FACILITATOR COPY — DO NOT SHARE") == pages  # atop every page
    assert own_text.count("Facilitator copy — do not share · meetingkit · printed") == pages


def test_names_in_any_script_are_drawn_in_a_font_that_has_them(tmp_path: Path) -> None:
    pdf = tmp_path / "facilitator.pdf"
    inputs = _inputs()
    people = [*inputs.people, ReportPerson(30, "محمد علي", "ممرض", True)]
    render_report_pdf(
        pdf,
        build_report(ReportInputs(**{**inputs.__dict__, "people": people}), facilitator_copy=True),
    )
    fonts = _fonts(pdf)
    assert any("DroidSansFallback" in f for f in fonts)  # 李明
    assert any("NotoSansArabic" in f for f in fonts)


def test_an_emoji_no_font_has_is_left_out_of_names(tmp_path: Path) -> None:
    pdf = tmp_path / "facilitator.pdf"
    inputs = _inputs()
    rosa = ReportPerson(30, "🌹 Rosa 👩\u200d⚕\ufe0f Delgado", "Registered nurse 💉", True)
    people = [*inputs.people, rosa]
    render_report_pdf(
        pdf,
        build_report(ReportInputs(**{**inputs.__dict__, "people": people}), facilitator_copy=True),
    )
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Rosa Delgado" in out
    assert not {"\u200d", "\ufe0f", "⚕", "🌹", "💉"} & set(out)


def test_temperature_checks_print_in_the_script_they_were_typed_in(tmp_path: Path) -> None:
    """A check's question (or its item's title) in Hebrew printed backwards, in Chinese as
    boxes; now drawn, the line's words in reading order. A Latin one prints as it did."""
    pdf = tmp_path / "report.pdf"
    items = (*_inputs().items, AgendaItem("现在", 5, id=4))
    checks = {
        1: [TemperatureCheck(CheckKind.TWINKLES, (9, 1, 0), "האם אנחנו מוכנים?")],
        3: [TemperatureCheck(CheckKind.TWINKLES, (3, 4, 5), "Again next month?")],
        4: [TemperatureCheck(CheckKind.TWINKLES, (10, 2, 1), "分享结果吗")],
    }
    inputs = ReportInputs(**{**_inputs().__dict__, "items": items, "checks": checks})
    render_report_pdf(pdf, build_report(inputs))
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e]", "", out)).split())
    assert "• Welcome — Twinkles on" in text
    assert "האם אנחנו מוכנים" in text
    assert "• 现在 — Twinkles on “分享结果吗”: up: 10 · flat: 2 · down: 1" in text
    assert "• Evaluation — Twinkles on “Again next month?”: up: 3 · flat: 4 · down: 5" in text


def test_typed_text_prints_exactly_as_typed(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    inputs = _inputs()
    people = [*inputs.people, *(ReportPerson(40 + i, "x", HOSTILE) for i in range(3))]
    render_report_pdf(pdf, build_report(ReportInputs(**{**inputs.__dict__, "people": people})))
    text = _text(pdf)
    assert f"Hold a vigil {HOSTILE}" in text
    assert f"Vigil {HOSTILE}" in text
    assert HOSTILE in text.replace(f"Vigil {HOSTILE}", "").replace(f"vigil {HOSTILE}", "")


def test_no_text_is_smaller_than_eight_points(tmp_path: Path) -> None:
    """The chart's scale and its percentages too: a report is read on a photocopy."""
    pdf = tmp_path / "facilitator.pdf"
    render_report_pdf(pdf, build_report(_inputs(), facilitator_copy=True))
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    box = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    small = [t for y0, y1, t in re.findall(box, out.stdout) if float(y1) - float(y0) < 7.95]
    assert small == []


def test_an_empty_meeting_says_nothing_was_recorded(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(ReportInputs(MEETING)))
    text = _text(pdf)
    for line in (
        "Nobody was marked present at this meeting.",
        "No agenda was recorded for this meeting.",
        "No decisions were recorded.",
        "No speaking time was recorded.",
        "No commitments were recorded.",
    ):
        assert line in text
    assert "share of speaking time" not in text  # no empty chart
    assert _pages(pdf) == 1


def test_a_chart_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    """Forty professions of one person each, in the facilitator's copy."""
    people = [ReportPerson(i, f"P{i}", f"Profession number {i:02d}") for i in range(1, 41)]
    turns = [
        Turn(i, i, EntryKind.GENERAL, None, ((0, i * 1000),), ended=True) for i in range(1, 41)
    ]
    inputs = ReportInputs(MEETING, people=people, turns=turns, now_ms=0)
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(inputs, facilitator_copy=True))
    text = _text(pdf)
    assert all(f"Profession number {i:02d}" in text for i in range(1, 41))
    assert text.count("share of speaking time") == 2  # the legend atop each part


# Gathered from the database


NOW = dt.datetime(2026, 11, 21, 19, 10)


@pytest.fixture
def demo_reports(conn: sqlite3.Connection) -> tuple[MeetingReports, int]:
    demo = write_demo(conn, NOW)
    return MeetingReports(conn, ManualClock(NOW.timestamp())), demo.meeting_id


def test_the_demo_meeting_is_gathered_from_every_store(
    conn: sqlite3.Connection, demo_reports: tuple[MeetingReports, int]
) -> None:
    reports, meeting_id = demo_reports
    report = reports.report(meeting_id)
    present = AttendanceStore(conn).present(meeting_id)
    assert report.attendance.total == len(present) > 0
    assert report.attendance.first_timers == len(first_timers(conn, meeting_id)) > 0
    assert report.airtime.turns == len(FloorStore(conn).load(meeting_id).turns) > 0
    assert report.airtime.people == ()
    assert report.agenda.started_ms is not None
    assert report.agenda.ended_ms is None
    assert report.commitments.people > 0
    facilitator = reports.report(meeting_id, per_person=True)
    assert {p.name for p in facilitator.airtime.people} >= {p.display_name for p in present}


def test_render_report_writes_the_shared_report_by_default(
    conn: sqlite3.Connection, demo_reports: tuple[MeetingReports, int], tmp_path: Path
) -> None:
    _, meeting_id = demo_reports
    clock = ManualClock(NOW.timestamp())
    shared, own = tmp_path / "report.pdf", tmp_path / "own.pdf"
    render_report(conn, clock, meeting_id, shared)
    render_report(conn, clock, meeting_id, own, per_person=True)
    names = [p.display_name for p in AttendanceStore(conn).present(meeting_id)]
    text, own_text = _text(shared), _text(own)
    assert not [n for n in names if n in text]
    assert all(n in own_text for n in names)


# A temperature check's counts


def test_a_checks_counts_read_as_answer_and_count_each_held_together() -> None:
    """ "fist 0, 1 1, 2 1, 3 3" ran answers and counts together, and a line could break
    between "2" and its count."""
    check = TemperatureCheck(CheckKind.FIST_TO_FIVE, (0, 1, 1, 3, 8, 10), "Platform 1, 2 or 3?")
    text = check.summary()
    nbsp = "\u00a0"
    assert text.startswith("Fist to five on “Platform 1, 2 or 3?”: ")  # the question untouched
    assert f"fist:{nbsp}0{nbsp}· 1:{nbsp}1{nbsp}· 2:{nbsp}1{nbsp}· 3:{nbsp}3" in text
    assert text.endswith(f"5:{nbsp}10 (average 4.1)")
    twinkles = TemperatureCheck(CheckKind.TWINKLES, (3, 1, 0))
    assert twinkles.summary().replace(nbsp, " ") == ("Twinkles: up: 3 · flat: 1 · down: 0")


@needs("pdftotext")
def test_a_checks_counts_never_part_from_their_answers_at_a_line_break(tmp_path: Path) -> None:
    """In the demo assembly's report the line broke between "2" and its count, "1". Questions
    of every length put the line's end somewhere among the counts: never inside a pair."""
    title = "Proposal: adopt the staffing-ratios platform"
    items = (*_inputs().items, AgendaItem(title, 5, id=4))
    inside = 0  # lines that end among the counts
    for words in range(14):
        question = " ".join(["Platform", *["amended"] * words])
        check = TemperatureCheck(CheckKind.FIST_TO_FIVE, (0, 1, 1, 3, 8, 10), question)
        inputs = ReportInputs(**{**_inputs().__dict__, "items": items, "checks": {4: [check]}})
        pdf = tmp_path / f"report{words}.pdf"
        render_report_pdf(pdf, build_report(inputs))
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        paragraph = out[out.index(f"{title} — Fist to five") :].split("\n\n")[0]
        lines = [" ".join(line.split()) for line in paragraph.splitlines()]
        assert "fist: 0 · 1: 1 · 2: 1 · 3: 3 · 4: 8 · 5: 10" in " ".join(lines)
        for line in lines[:-1]:
            assert not re.search(r"(fist|\d):$", line), lines  # an answer without its count
            inside += bool(re.search(r"\d ·$", line))
        for line in lines[1:]:
            assert not re.match(r"^(\d+ ·|·)", line), lines  # a count without its answer
    assert inside  # the test saw lines end among the counts


@needs("pdftotext")
def test_the_report_of_a_meeting_not_started_marks_no_item_not_reached(tmp_path: Path) -> None:
    inputs = ReportInputs(
        **{**_inputs().__dict__, "actual_ms": {}, "started_ms": None, "ended_ms": None}
    )
    pdf = tmp_path / "report.pdf"
    render_report_pdf(pdf, build_report(inputs))
    text = _text(pdf)
    assert "not reached" not in text
    assert "1 Welcome Welcome & agreements 10 min — —" in text
