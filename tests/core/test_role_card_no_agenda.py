"""A timekeeper's card printed before the agenda has items: it does not point at times
"below" that are not there (QA s21: the card read "Call time 5 minutes before each item
ends, at the times below." over nothing)."""

from __future__ import annotations

import datetime as dt

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.floor import FloorSettings
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.role_card import Holder, role_cards

MEETING = Meeting("Vigil planning", dt.date(2026, 12, 10), dt.time(18), id=5)
HOLDERS = [Holder(Role.TIMEKEEPER, 2, "Omar", "Haddad")]


def _timekeeper(items: list[AgendaItem]) -> tuple[str, ...]:
    cards = role_cards(MEETING, HOLDERS, items, FloorSettings(), unassigned=False)
    [card] = cards
    return card.steps


def test_with_no_agenda_the_timekeepers_card_points_at_no_times_below() -> None:
    steps = _timekeeper([])
    assert not any("below" in step for step in steps)
    assert steps[0] == (
        "Call time 5 minutes before each item ends (the agenda had no items when this card "
        "was printed)."
    )
    assert steps[1:] == _timekeeper([AgendaItem("Welcome", 10)])[1:]  # the rest as ever


def test_with_an_agenda_the_times_are_below() -> None:
    steps = _timekeeper([AgendaItem("Welcome", 10)])
    assert steps[0] == "Call time 5 minutes before each item ends, at the times below."
