"""The timekeeper's times are read standing, at a glance, in a dim room: printed in 10-point
type or larger, whatever the agenda's length (qa14a: they were in 6 to 8 points, where the
other cards' type is large). Where they do not fit on the timekeeper's card, they go on a card
of their own after it, or a few; the card's first line then says where they are. Read back
from the PDF with poppler: a word's box is as tall as its type's size."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.role_card import Holder, RoleCard, role_cards
from meetingkit.core.stack_entry import Vocabulary
from meetingkit.services.printing.role_cards import TIMES_CARDS, TIMES_LEAST, write_role_cards
from tests.pdf_reading import needs, page_texts, pdf_text

pytestmark = needs("pdftotext")

# In the morning: no agenda here runs past midnight, so no time is printed twice.
MEETING = Meeting("Safe staffing — November", dt.date(2026, 11, 21), dt.time(8, 0), id=1)
FLOOR = FloorSettings(Policy.LEAST_AIRTIME_MEETING, Vocabulary.PARLIAMENTARY)
TITLES = (
    "Welcome, agreements and roles",
    "Report-backs from each unit",
    "Staffing survey results",
    "Proposal: a safe-staffing vigil on December 5",
    "Announcements",
    "Mandatory overtime: stories from the night shift",
    "Commitments for the next four weeks",
    "Evaluation: plus / delta",
)
CLOCK = re.compile(r"^\d\d:\d\d$")


def _timekeeper(
    count: int, *, holder: str = "Omar", minutes: tuple[int, ...] = (10, 15, 5, 25)
) -> RoleCard:
    items = [AgendaItem(TITLES[n % len(TITLES)], minutes[n % len(minutes)]) for n in range(count)]
    holders = [Holder(Role.TIMEKEEPER, 1, holder)] if holder else []
    [card] = [c for c in role_cards(MEETING, holders, items, FLOOR) if c.role is Role.TIMEKEEPER]
    return card


def _clock_words(pdf: Path) -> list[tuple[str, float]]:
    """Each word that reads as a clock time ("19:25"), with the size of its type."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', out)
    return [(word, float(y1) - float(y0)) for y0, y1, word in found if CLOCK.match(word)]


@pytest.mark.parametrize("count", [1, 3, 7, 15, 30])
def test_every_call_time_and_end_prints_in_10_point_type_or_larger(
    count: int, tmp_path: Path
) -> None:
    card = _timekeeper(count)
    out = tmp_path / "timekeeper.pdf"
    write_role_cards(out, [card])
    wanted = {t.call for t in card.times if t.call} | {t.ends for t in card.times}
    printed = [(word, size) for word, size in _clock_words(out) if word in wanted]
    assert {word for word, _ in printed} == wanted  # every one of them, on some card
    smallest = min(size for _, size in printed)
    assert smallest >= TIMES_LEAST - 0.01, (count, smallest)
    assert "more: see the agenda" not in pdf_text(out)


def test_the_demo_agendas_times_go_on_a_card_of_their_own_that_says_whose(
    tmp_path: Path,
) -> None:
    card = _timekeeper(7)
    out = tmp_path / "timekeeper.pdf"
    write_role_cards(out, [card])
    [page] = page_texts(out)  # two cards on one sheet
    assert "Call time 5 minutes before each item ends, at the times on the next card." in page
    assert "at the times below" not in page
    assert "Timekeeper · Omar CALL TIME" in page  # the second card: whose times they are
    assert min(size for word, size in _clock_words(out) if word != "08:00") >= 12  # roomier


def test_a_short_agenda_keeps_its_times_under_the_first_line(tmp_path: Path) -> None:
    card = _timekeeper(3)
    out = tmp_path / "timekeeper.pdf"
    write_role_cards(out, [card])
    text = pdf_text(out)
    assert "Call time 5 minutes before each item ends, at the times below." in text
    assert "Timekeeper · Omar" not in text  # one card


def test_a_long_agenda_shares_its_times_over_cards_numbered_in_turn(tmp_path: Path) -> None:
    card = _timekeeper(15, holder="")  # a card to fill in: its times say only the role
    out = tmp_path / "timekeeper.pdf"
    write_role_cards(out, [card])
    text = pdf_text(out)
    assert "Timekeeper (1/2)" in text
    assert "Timekeeper (2/2)" in text
    assert "(3/" not in text


def test_an_agenda_too_long_for_a_sheet_of_times_cards_says_how_many_more(
    tmp_path: Path,
) -> None:
    card = _timekeeper(80, minutes=(5, 10))
    out = tmp_path / "timekeeper.pdf"
    write_role_cards(out, [card])
    text = pdf_text(out)
    assert f"Timekeeper · Omar ({TIMES_CARDS}/{TIMES_CARDS})" in text
    more = re.search(r"…and (\d+) more: see the agenda", text)
    assert more is not None
    ends = {t.ends for t in card.times}
    shown = [word for word, _ in _clock_words(out) if word in ends]
    assert shown == [t.ends for t in card.times[: len(shown)]]  # the first ones, in order
    assert len(shown) + int(more.group(1)) == len(card.times)
    assert min(size for word, size in _clock_words(out) if word != "08:00") >= TIMES_LEAST - 0.01
