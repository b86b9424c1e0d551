"""The printed agenda and minutes: what a facilitator hands out must be complete and readable.

PDFs are checked through poppler's `pdftotext` and `pdfinfo`, i.e. by what a reader gets out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import CheckKind, Decision, Objections, Outcome, TemperatureCheck
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.meeting import Meeting, Role, RoleAssignment
from meetingkit.services import file_output
from meetingkit.services.printing.agenda_pdf import render_agenda, render_minutes
from meetingkit.services.printing.fonts import para_text
from tests.pdf_reading import needs
from tests.pdf_reading import pdf_text as _text

needs_poppler = needs("pdftotext", "pdfinfo", "pdffonts")

HOSTILE = "<b>bold</b> & <script>alert(1)</script> ]]> &amp; <font size=90>"

MEETING = Meeting(
    "Safe Staffing Working Group — November",
    dt.date(2026, 11, 21),
    dt.time(18, 30),
    place="Union hall, 2nd floor",
    planned_minutes=90,
    id=1,
)
ROLES = [
    RoleAssignment(Role.FACILITATOR, 1, "Nguyễn Thị Lan"),
    RoleAssignment(Role.STACK_KEEPER, 2, "Ольга Петренко"),
    RoleAssignment(Role.TIMEKEEPER, 3, "Dele Okafor"),
    RoleAssignment(Role.NOTE_TAKER, 4, "Γιώργος Παπαδόπουλος"),
]
ITEMS = [
    AgendaItem(
        "Welcome and agreements",
        10,
        ItemKind.WELCOME,
        1,
        "Nguyễn Thị Lan",
        notes="Read the agreements.\nOne-word check-in.",
        id=11,
    ),
    AgendaItem("Report-backs from units", 15, ItemKind.REPORT_BACK, 3, "Dele Okafor", id=12),
    AgendaItem("Staffing survey results", 20, ItemKind.DISCUSSION, 2, "Ольга Петренко", id=13),
    AgendaItem("Proposal: staffing vigil", 25, ItemKind.PROPOSAL, 3, "Dele Okafor", id=14),
    AgendaItem("Announcements", 5, ItemKind.ANNOUNCEMENT, id=15),
    AgendaItem("Evaluation: plus / delta", 10, ItemKind.EVALUATION, id=16),
]


def _ms(hour: int, minute: int, second: int = 0) -> int:
    return int(dt.datetime(2026, 11, 21, hour, minute, second).timestamp() * 1000)


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


def _minutes(out: Path, items: list[AgendaItem] = ITEMS) -> str:
    actual = {
        11: 9 * 60_000 + 40_000,
        12: 15 * 60_000,
        13: 23 * 60_000 + 10_000,
        14: 31 * 60_000,
        15: 4 * 60_000 + 50_000,
        16: 0,
    }
    decisions = {
        14: Decision(
            "Hold a staffing vigil at the December board meeting.",
            Outcome.MODIFIED_CONSENSUS,
            21,
            1,
            1,
            90,
            Objections(("Sam Ortiz",)),
        )
    }
    checks = {13: [TemperatureCheck(CheckKind.TWINKLES, (17, 4, 2), "Share results now?")]}
    render_minutes(
        out, MEETING, ROLES, items, actual, decisions, checks, _ms(18, 34), _ms(20, 7, 20)
    )
    return _text(out)


def test_para_text_escapes_markup_and_keeps_line_breaks() -> None:
    assert para_text("a <b> & c\nd") == "a &lt;b&gt; &amp; c<br/>d"
    assert para_text("x\r\ny\x00z") == "x<br/>yz"


@needs_poppler
def test_agenda_shows_items_with_computed_start_times_and_owners(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, ITEMS)
    text = _text(pdf)
    for item in ITEMS:
        assert item.title in text
    for start in ("18:30", "18:40", "18:55", "19:15", "19:40", "19:45", "20:00"):
        assert start in text
    assert "Dele Okafor" in text
    assert "Union hall, 2nd floor" in text
    assert "Read the agreements. One-word check-in." in text
    assert "Welcome & agreements" in text  # the kind label, escaped but printed as typed
    assert "meetingkit · printed" in text
    assert "page 1 of 1" in text
    assert _info(pdf)["Title"] == "Agenda — Safe Staffing Working Group — November"


@needs_poppler
def test_agenda_prints_names_in_any_script(tmp_path: Path) -> None:
    """Vietnamese, Cyrillic and Greek names come out as typed, not as boxes."""
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, ITEMS)
    text = _text(pdf)
    for name in ("Nguyễn Thị Lan", "Ольга Петренко", "Γιώργος Παπαδόπουλος"):
        assert name in text


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:]]


def _words(pdf: Path) -> list[tuple[float, str]]:
    """Each word on the first page with its left edge, as poppler finds it."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    box = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
    return [(float(x), word) for x, word in re.findall(box, out)]


RTL_ROLES = [
    RoleAssignment(Role.FACILITATOR, 1, "فاطمة الزهراء"),
    RoleAssignment(Role.NOTE_TAKER, 2, "李明"),
]
RTL_ITEMS = [
    AgendaItem("ترحيب واتفاقات", 10, ItemKind.WELCOME, 3, "שרה כהן", notes="נקרא את ההסכמות", id=1),
    AgendaItem("Report-backs", 15, ItemKind.REPORT_BACK, 2, "李明", id=2),
]


@needs_poppler
def test_agenda_draws_arabic_hebrew_and_chinese_in_fonts_that_have_them(tmp_path: Path) -> None:
    """A Paragraph in DejaVu Sans printed 李明 as boxes and Hebrew and Arabic backwards."""
    pdf = tmp_path / "agenda.pdf"
    meeting = Meeting(
        "اجتماع التوظيف الآمن", dt.date(2026, 11, 21), dt.time(18, 30), place="מחלקה 4"
    )
    render_agenda(pdf, meeting, RTL_ROLES, RTL_ITEMS)
    fonts = _fonts(pdf)
    assert any("NotoSansArabic" in f for f in fonts)
    assert any("DroidSansFallback" in f for f in fonts)
    text = _text(pdf)
    assert "李明" in text
    # Drawn right to left: each word's letters in visual order, the first word (שרה) to the
    # right of the second (כהן).
    left = {word[::-1]: x for x, word in _words(pdf)}
    assert left["שרה"] > left["כהן"]
    assert left["נקרא"] > left["ההסכמות"]


@needs_poppler
def test_minutes_in_arabic_flow_across_pages(tmp_path: Path) -> None:
    """Typed minutes of any length in a script drawn letter by letter: every line printed,
    split across pages where they run long, never cut short."""
    pdf = tmp_path / "minutes.pdf"
    minutes = "\n".join(f"السطر {n} من المحضر الطويل جدا" for n in range(1, 151))
    items = [dataclasses.replace(RTL_ITEMS[0], minutes=minutes)]
    render_minutes(pdf, MEETING, RTL_ROLES, items, {1: 60_000}, {}, {}, _ms(18, 34), None)
    assert int(_info(pdf)["Pages"]) >= 3
    assert any("NotoSansArabic" in f for f in _fonts(pdf))
    last = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "3", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "150" in last


@needs_poppler
def test_all_text_is_set_in_the_embedded_dejavu_font(tmp_path: Path) -> None:
    """No fallback to an unembedded base font that would drop non-Latin names."""
    agenda, minutes = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf"
    render_agenda(agenda, MEETING, ROLES, ITEMS)
    _minutes(minutes)
    for pdf in (agenda, minutes):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        fonts = [line.split()[0] for line in out.stdout.splitlines()[2:]]
        assert fonts
        assert all("DejaVuSans" in font for font in fonts), fonts


@needs_poppler
def test_agenda_lists_assigned_roles_only(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, ITEMS)
    text = _text(pdf)
    assert "Stack keeper Ольга Петренко" in text
    assert "Vibes watcher" not in text
    assert "Greeter" not in text


@needs_poppler
def test_attendee_text_prints_literally_and_cannot_inject_markup(tmp_path: Path) -> None:
    items = [AgendaItem(HOSTILE, 10, owner_name=HOSTILE, notes=HOSTILE, id=1)]
    meeting = Meeting(HOSTILE, MEETING.date, MEETING.start, place=HOSTILE, id=1)
    roles = [RoleAssignment(Role.FACILITATOR, 1, HOSTILE)]
    agenda, minutes = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf"
    render_agenda(agenda, meeting, roles, items)
    render_minutes(
        minutes,
        meeting,
        roles,
        [AgendaItem(HOSTILE, 10, minutes=HOSTILE, id=1)],
        {1: 60_000},
        {1: Decision(HOSTILE, Outcome.CONSENSUS)},
        {1: [TemperatureCheck(CheckKind.TWINKLES, (1, 0, 0), HOSTILE)]},
        None,
        None,
    )
    # Title, place, role holder, item title, notes; the narrow owner column may break the
    # long "<script>…" word, so it is not counted. Markup would have changed size or vanished.
    assert _text(agenda).count(HOSTILE) >= 5
    assert _text(minutes).count(HOSTILE) >= 7
    assert _info(agenda)["Pages"] == "1"


@needs_poppler
def test_twelve_items_with_notes_fit_on_two_pages(tmp_path: Path) -> None:
    items = [
        AgendaItem(
            f"Item {n}: report-back from the {n}th floor units and the float pool",
            10,
            ItemKind.REPORT_BACK,
            n,
            f"Owner {n}",
            notes="Two minutes per unit: what changed, who is new, one concern. "
            "Questions go on the stack; the timekeeper calls time.",
            id=n,
        )
        for n in range(1, 13)
    ]
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, items)
    assert int(_info(pdf)["Pages"]) <= 2
    assert "Item 12: report-back" in _text(pdf)


@needs_poppler
def test_long_notes_wrap_and_flow_onto_the_next_page(tmp_path: Path) -> None:
    """A very long plan, or one unbroken word, still prints in full instead of failing."""
    notes = "Walk the room through every unit's staffing grid. " * 120 + "x" * 300
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, [AgendaItem("Staffing grids", 30, notes=notes, id=1)])
    assert int(_info(pdf)["Pages"]) >= 2
    assert "Staffing grids" in _text(pdf)


@needs_poppler
def test_agenda_warns_when_items_run_over_the_planned_length(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, [*ITEMS, AgendaItem("Open floor", 15, id=17)])
    text = _text(pdf)
    assert "1 h 40 min — 10 min more than the planned time (1 h 30 min)" in text
    assert "would end at 20:10, not 20:00" in text


@needs_poppler
def test_agenda_that_fits_has_no_overrun_warning(tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, ITEMS[:-1])
    text = _text(pdf)
    assert "more than the planned" not in text
    assert "items fill 1 h 15 min of the planned time (1 h 30 min); 15 min spare" in text


@needs_poppler
@pytest.mark.parametrize(
    ("minutes", "end"),
    [
        (90, "items fill all the planned time (1 h 30 min)"),
        (100, "items run 10 min over the planned time (1 h 30 min)"),
        (75, "items fill 1 h 15 min of the planned time (1 h 30 min); 15 min spare"),
    ],
)
def test_the_agenda_end_row_says_the_meetings_length_apart(
    minutes: int, end: str, tmp_path: Path
) -> None:
    """The length stands in brackets, after words that need no article for it: Spanish read
    "los puntos ocupan los 1 h 30 min previstos", wrong for any length in hours."""
    items = [AgendaItem("Everything", minutes, id=1)]
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, ROLES, items)
    assert end in _text(pdf)


@needs_poppler
def test_minutes_show_planned_against_actual_time(tmp_path: Path) -> None:
    text = _minutes(tmp_path / "minutes.pdf")
    assert "Actual: 18:34–20:07 (1 h 33 min 20 s)" in text
    assert "planned 20 min · actual 23 min 10 s (+3 min 10 s)" in text
    assert "planned 10 min · actual 9 min 40 s (−20 s)" in text
    assert "planned 15 min · actual 15 min (on time)" in text
    assert "planned 10 min · not reached" in text
    # The summary's total row: over or under on the items reached, as the report counts it
    # (the 10 minutes not reached are not 10 minutes saved)
    assert "1 h 25 min 1 h 23 min 40 s +8 min 40 s Total" in text


@needs_poppler
def test_minutes_of_a_meeting_never_run_have_no_actual_total(tmp_path: Path) -> None:
    """As in the report: nothing reached is no time spent and not "on time"."""
    pdf = tmp_path / "minutes.pdf"
    render_minutes(pdf, MEETING, ROLES, ITEMS, {}, {}, {}, None, None)
    text = _text(pdf)
    assert "Not started." in text
    assert "1 h 25 min — — Total" in text
    assert "on time" not in text
    assert "0 s" not in text


@needs_poppler
def test_minutes_of_a_meeting_not_started_list_the_planned_items_none_not_reached(
    tmp_path: Path,
) -> None:
    """A meeting still to come: every item was marked "not reached", words for an item passed
    over in a meeting that ran. Each shows what is planned; its actual time is a dash."""
    pdf = tmp_path / "minutes.pdf"
    render_minutes(pdf, MEETING, ROLES, ITEMS, {}, {}, {}, None, None)
    text = _text(pdf)
    assert "not reached" not in text
    assert "Welcome & agreements · owner Nguyễn Thị Lan · planned 10 min 2. Report-backs" in text
    assert "Evaluation · planned 10 min Planned and actual time" in text
    assert "1 Welcome and agreements 10 min — —" in text


@needs_poppler
def test_minutes_of_a_meeting_that_ran_still_mark_an_item_passed_over(tmp_path: Path) -> None:
    text = _minutes(tmp_path / "minutes.pdf")
    assert "Evaluation · planned 10 min · not reached" in text
    assert "6 Evaluation: plus / delta 10 min not reached —" in text


@needs_poppler
def test_minutes_of_a_meeting_still_running_say_the_items_ahead_are_not_reached_yet(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "minutes.pdf"
    actual = {11: 9 * 60_000, 12: 4 * 60_000}
    render_minutes(pdf, MEETING, ROLES, ITEMS, actual, {}, {}, _ms(18, 34), None)
    text = _text(pdf)
    assert "Evaluation · planned 10 min · not reached yet" in text
    assert "not reached —" not in text
    assert "6 Evaluation: plus / delta 10 min not reached yet —" in text


@needs_poppler
def test_minutes_record_the_decision_and_temperature_checks(tmp_path: Path) -> None:
    text = _minutes(tmp_path / "minutes.pdf")
    assert (
        "Decision: Adopted by modified consensus; 95% support, threshold 90%; "
        "21 for, 1 against, 1 abstaining; stand-asides: Sam Ortiz"
    ) in text
    assert "Proposal: Hold a staffing vigil at the December board meeting." in text
    assert "Twinkles on “Share results now?”: up: 17 · flat: 4 · down: 2" in text


@needs_poppler
def test_minutes_include_what_the_note_taker_typed(tmp_path: Path) -> None:
    items = [
        ITEMS[0],
        AgendaItem("Report-backs", 15, minutes="ICU: overtime.\nED: boarding.", id=12),
    ]
    text = _minutes(tmp_path / "minutes.pdf", items)
    assert "ICU: overtime. ED: boarding." in text
    assert "Ольга Петренко" in text
    assert _info(tmp_path / "minutes.pdf")["Title"].startswith("Minutes — Safe Staffing")


def test_an_unwritable_folder_raises_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "agenda-folder"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(MeetingkitError, match=r"agenda-folder is a file, not a folder\."):
        render_agenda(not_a_folder / "agenda.pdf", MEETING, ROLES, ITEMS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda-folder"]


def test_a_folder_that_does_not_exist_is_named(tmp_path: Path) -> None:
    """Printing says the same as every other save: which folder is missing, not just
    "No such file or directory" about the file's bare name."""
    missing = tmp_path / "USB stick" / "agendas"
    with pytest.raises(MeetingkitError, match=r"The folder .*USB stick/agendas does not exist"):
        render_agenda(missing / "agenda.pdf", MEETING, ROLES, ITEMS)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_keeps_the_previous_file_and_leaves_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(b"the agenda printed yesterday")

    def disk_full(src: str, dst: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(file_output.os, "replace", disk_full)
    with pytest.raises(
        MeetingkitError,
        match=r"Could not write agenda\.pdf: the disk is full\. Nothing was written",
    ):
        render_agenda(pdf, MEETING, ROLES, ITEMS)
    assert pdf.read_bytes() == b"the agenda printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]


def test_importing_the_printing_package_does_not_load_reportlab() -> None:
    """The app imports `services.printing` freely; reportlab loads only when printing."""
    code = "import sys, meetingkit.services.printing; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@needs_poppler
def test_an_agenda_past_midnight_names_the_day_of_later_times(tmp_path: Path) -> None:
    """Start times went 20:58, 04:58, 12:58 with no day, and the overrun warning read "would
    end at 21:28, not 22:18", as if it ended early."""
    pdf = tmp_path / "agenda.pdf"
    meeting = dataclasses.replace(MEETING, start=dt.time(20, 58))
    items = [dataclasses.replace(item, planned_minutes=480) for item in ITEMS[:4]]
    render_agenda(pdf, meeting, ROLES, items)
    text = _text(pdf)
    assert "20:58 480 Welcome" in text
    assert "Sun 04:58 480 Report-backs" in text
    assert "Sun 12:58 480 Staffing" in text
    assert "Sun 20:58 480 Proposal" in text
    assert "would end at Mon 04:58, not 22:28" in text
    assert "Mon 04:58 1920 End" in text  # four digits of minutes on one line
