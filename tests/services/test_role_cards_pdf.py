"""Role cards on paper (services/printing/role_cards.py), read back with poppler as a reader
gets them: each holder's first name under the role, the duty, the timekeeper's call times;
a name typed as markup prints as typed; nothing past a card's edge, however long the agenda;
the cards that name people are in the export log, by count, never by name."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.card_layout import LAYOUTS, Rect
from meetingkit.core.clock import ManualClock
from meetingkit.core.errors import ValidationError
from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.person import Person
from meetingkit.core.role_card import role_cards
from meetingkit.core.stack_entry import Vocabulary
from meetingkit.services.printing.role_cards import RoleCards, write_role_cards
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from tests.pdf_reading import needs, page_texts, pdf_text
from tests.services.test_cards_pdf import _words

pytestmark = needs("pdftotext", "pdfinfo")

NOW = dt.datetime(2026, 11, 21, 17, 0)
HOSTILE = "<b>Dele</b> <font size=40 color=red>&amp;"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW.timestamp())


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    meeting = MeetingStore(conn).create(
        Meeting("Safe staffing — November", dt.date(2026, 11, 21), dt.time(18, 30))
    )
    AgendaStore(conn).add_items(
        meeting.key,
        [
            AgendaItem("Welcome, agreements and roles", 10),
            AgendaItem("Report-backs from each unit", 15),
            AgendaItem("Announcements", 5),
            AgendaItem("Proposal: a safe-staffing vigil on December 5", 25),
        ],
    )
    return meeting


def _assign(conn: sqlite3.Connection, meeting: Meeting, role: Role, first: str, last: str) -> int:
    person = PeopleStore(conn).add(Person(first, last)).key
    MeetingStore(conn).assign(meeting.key, role, person)
    return person


def test_each_holder_gets_their_role_name_duty_and_the_meetings_day(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    _assign(conn, meeting, Role.FACILITATOR, "Dele", "Okonkwo")
    _assign(conn, meeting, Role.TIMEKEEPER, "Omar", "Haddad")
    _assign(conn, meeting, Role.STACK_KEEPER, "Keisha", "Washington")
    out = tmp_path / "roles.pdf"
    printed = RoleCards(conn, clock).print(meeting.key, out, unassigned=False)
    assert (printed.cards, printed.named) == (3, 3)
    pages = page_texts(out)
    assert len(pages) == 1  # three index cards to a sheet
    text = pages[0]
    for words in (
        "Facilitator Dele Guides the room through the agenda and keeps the process fair.",
        "Timekeeper Omar Watches the clock and calls time about five minutes early.",
        "Stack keeper Keisha Keeps the list of who is waiting to speak.",
        "Safe staffing — November · Sat 21 Nov 2026 · 18:30",
    ):
        assert words in text
    assert "Okonkwo" not in text  # first names, as the room's screens show them
    # The timekeeper's times: call 5 minutes before each end; none on a 5-minute item. A row
    # at a time, as the PDF holds it (poppler's layout analysis reads the table by columns).
    text = _raw_text(out)
    assert "18:35 18:40 Welcome, agreements and roles" in text
    assert "18:50 18:55 Report-backs from each unit" in text
    assert "— 19:00 Announcements" in text
    assert "19:20 19:25 Proposal: a safe-staffing vigil on December 5" in text
    # The stack keeper's keys, in the Floor tab's order, with the hand signals.
    assert "A Stack" in text
    assert "P Point of process (triangle)" in text
    assert "The stack's order: First come, first served." in text


def test_a_role_nobody_holds_gets_a_card_with_a_line_for_the_name(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    _assign(conn, meeting, Role.FACILITATOR, "Dele", "Okonkwo")
    out = tmp_path / "roles.pdf"
    printed = RoleCards(conn, clock).print(meeting.key, out)
    assert (printed.cards, printed.named) == (len(Role), 1)
    text = pdf_text(out)
    assert text.count("Name") == len(Role) - 1
    assert "Timekeeper Name Watches the clock" in text
    assert len(page_texts(out)) == 3  # seven cards, three to a sheet


def test_a_name_typed_as_markup_prints_as_typed(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    _assign(conn, meeting, Role.NOTE_TAKER, HOSTILE, "<i>x</i>")
    titled = MeetingStore(conn).update(
        Meeting("<u>Vigil</u> & <br/>", meeting.date, meeting.start, id=meeting.id)
    )
    out = tmp_path / "roles.pdf"
    RoleCards(conn, clock).print(titled.key, out, unassigned=False)
    text = pdf_text(out)
    assert HOSTILE in text
    assert "<u>Vigil</u> & <br/>" in text


def test_nothing_prints_past_a_cards_edge_however_long_the_agenda(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    meeting = Meeting("Annual assembly", dt.date(2026, 11, 21), dt.time(9), id=1)
    sheet = LAYOUTS["index"]
    boxes = [sheet.content_box(cell) for cell in sheet.cells]
    for count in (3, 14, 30, 80):
        items = [
            AgendaItem(f"Item {n}: report-backs from unit {n} and the floor", 15)
            for n in range(count)
        ]
        floor = FloorSettings(Policy.LEAST_AIRTIME_MEETING, Vocabulary.PARLIAMENTARY)
        cards = role_cards(meeting, [], items, floor)
        out = tmp_path / f"roles-{count}.pdf"
        write_role_cards(out, cards)
        for page, word, box in _words(out):
            assert any(_inside(box, b) for b in boxes), (count, page, word, box)
        text = pdf_text(out)
        if count == 80:  # two columns of small type cannot hold eighty: it says how many more
            assert "more: see the agenda" in text
        else:
            assert f"Item {count - 1}:" in text


def _raw_text(pdf: Path) -> str:
    """The PDF's text in the order it was drawn, whitespace folded."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(out.stdout.split())


def _inside(word: Rect, box: Rect) -> bool:
    return Rect(box.x - 1, box.y - 1, box.width + 2, box.height + 2).contains(word)


def test_printed_cards_naming_people_are_logged_without_names(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    ana = _assign(conn, meeting, Role.FACILITATOR, "Zyxwerta", "Qolmbrick")
    MeetingStore(conn).assign(meeting.key, Role.NOTE_TAKER, ana)  # one person, two roles
    _assign(conn, meeting, Role.GREETER, "Marisol", "Peña")
    out = tmp_path / "role cards for tonight.pdf"
    RoleCards(conn, clock).print(meeting.key, out)
    [entry] = ExportLog(conn).entries()
    assert (entry.kind, entry.meeting_id, entry.file_name) == (
        ExportKind.ROLE_CARDS,
        meeting.key,
        out.name,
    )
    assert (entry.rows, entry.columns) == (2, ("first_name",))  # people, not cards
    assert entry.exported_ms == int(clock.now() * 1000)
    assert ExportKind.ROLE_CARDS.label == "Role cards (PDF)"
    logged = conn.execute("SELECT * FROM export_log").fetchall()
    assert "Zyxwerta" not in repr([tuple(r) for r in logged])


def test_blank_cards_alone_name_nobody_and_are_not_logged(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    printed = RoleCards(conn, clock).print(meeting.key, tmp_path / "blank.pdf")
    assert (printed.cards, printed.named) == (len(Role), 0)
    assert ExportLog(conn).entries() == []


def test_nobody_holding_a_role_and_no_blanks_asked_for_is_said_and_writes_nothing(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    out = tmp_path / "roles.pdf"
    with pytest.raises(ValidationError, match="Nobody holds a role in this meeting yet"):
        RoleCards(conn, clock).print(meeting.key, out, unassigned=False)
    assert not out.exists()


def test_the_groups_rule_and_words_come_from_its_floor(
    conn: sqlite3.Connection, meeting: Meeting, clock: ManualClock, tmp_path: Path
) -> None:
    FloorStore(conn).save_settings(
        meeting.key, FloorSettings(Policy.FIRST_TIME, Vocabulary.PARLIAMENTARY)
    )
    _assign(conn, meeting, Role.STACK_KEEPER, "Keisha", "Washington")
    out = tmp_path / "roles.pdf"
    RoleCards(conn, clock).print(meeting.key, out, unassigned=False)
    text = pdf_text(out)
    assert "P Point of order" in text
    assert "triangle" not in text
    assert "The stack's order: First-time speakers first." in text
