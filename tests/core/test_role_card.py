"""What each role card says (core.role_card): a card per role holder in the Roles tab's order,
first names as the room sees them, a card to fill in for a role nobody holds, and the lines
written for this meeting — the timekeeper's call times, the stack keeper's keys in the group's
words, the greeter's time at the door."""

from __future__ import annotations

import datetime as dt

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.meeting import Meeting, Role
from meetingkit.core.role_card import (
    CallTime,
    Holder,
    call_times,
    first_names,
    role_cards,
    stack_keys,
    steps_for,
)
from meetingkit.core.stack_entry import Vocabulary

MEETING = Meeting("Safe staffing", dt.date(2026, 11, 21), dt.time(18, 30), id=3)
ITEMS = [
    AgendaItem("Welcome", 10),
    AgendaItem("Announcements", 5),  # too short for a time check
    AgendaItem("Proposal: a vigil", 25),
]
FLOOR = FloorSettings(policy=Policy.FIRST_TIME)


def test_a_card_for_each_holder_in_the_roles_tabs_order_and_to_fill_in_for_the_rest() -> None:
    holders = [
        Holder(Role.TIMEKEEPER, 2, "Omar", "Haddad"),
        Holder(Role.GREETER, 4, "Sofía", "Castillo"),
        Holder(Role.FACILITATOR, 1, "Dele", "Okonkwo"),
        Holder(Role.GREETER, 3, "Marisol", "Peña"),
    ]
    cards = role_cards(MEETING, holders, ITEMS, FLOOR)
    assert [(c.role, c.holder) for c in cards] == [
        (Role.FACILITATOR, "Dele"),
        (Role.CO_FACILITATOR, ""),
        (Role.STACK_KEEPER, ""),
        (Role.TIMEKEEPER, "Omar"),
        (Role.NOTE_TAKER, ""),
        (Role.VIBES_WATCHER, ""),
        (Role.GREETER, "Marisol"),  # two greeters, a card each
        (Role.GREETER, "Sofía"),
    ]
    assert [c.blank for c in cards].count(True) == 4
    assert cards[0].duty == Role.FACILITATOR.duty
    assert (cards[0].meeting_title, cards[0].meeting_date) == ("Safe staffing", MEETING.date)

    assigned = role_cards(MEETING, holders, ITEMS, FLOOR, unassigned=False)
    assert [c.holder for c in assigned] == ["Dele", "Omar", "Marisol", "Sofía"]
    assert role_cards(MEETING, [], ITEMS, FLOOR, unassigned=False) == []


def test_first_names_as_the_room_sees_them_with_an_initial_where_two_share_one() -> None:
    names = first_names(
        [
            Holder(Role.FACILITATOR, 1, "Ana", "Lima"),
            Holder(Role.GREETER, 2, "ana", "Morales"),
            Holder(Role.NOTE_TAKER, 1, "Ana", "Lima"),  # one person, two roles
            Holder(Role.TIMEKEEPER, 3, "  Omar ", "Haddad"),
            Holder(Role.STACK_KEEPER, 4, "", "Washington"),  # no first name on record
        ]
    )
    assert names == {1: "Ana L.", 2: "ana M.", 3: "Omar", 4: "Washington"}


def test_the_timekeeper_calls_time_five_minutes_before_each_end_not_on_short_items() -> None:
    assert call_times(MEETING, ITEMS) == (
        CallTime("Welcome", "18:40", "18:35"),
        CallTime("Announcements", "18:45", ""),
        CallTime("Proposal: a vigil", "19:10", "19:05"),
    )
    [card] = [c for c in role_cards(MEETING, [], ITEMS, FLOOR) if c.role is Role.TIMEKEEPER]
    assert card.times == call_times(MEETING, ITEMS)
    others = [c for c in role_cards(MEETING, [], ITEMS, FLOOR) if c.role is not Role.TIMEKEEPER]
    assert all(c.times == () for c in others)


def test_past_midnight_the_times_say_the_day() -> None:
    night = Meeting("Night shift", dt.date(2026, 11, 21), dt.time(23, 50), id=4)
    assert call_times(night, [AgendaItem("Report-backs", 30)]) == (
        CallTime("Report-backs", "Sun 00:20", "Sun 00:15"),
    )


def test_the_stack_keeper_gets_the_floor_keys_in_the_groups_words_and_its_order() -> None:
    assembly = stack_keys(Vocabulary.ASSEMBLY)
    assert assembly == (
        ("A", "Stack"),
        ("P", "Point of process (triangle)"),
        ("T", "Technical point / language (T)"),
        ("C", "Clarifying question (C)"),
        ("D", "Direct response (two fingers)"),
    )
    parliamentary = dict(stack_keys(Vocabulary.PARLIAMENTARY))
    assert parliamentary["P"] == "Point of order"  # no hand signals in Robert's Rules
    assert parliamentary["A"] == "Speaking list"

    floor = FloorSettings(policy=Policy.FEWEST_TURNS, vocabulary=Vocabulary.PARLIAMENTARY)
    [card] = [c for c in role_cards(MEETING, [], ITEMS, floor) if c.role is Role.STACK_KEEPER]
    assert card.keys == stack_keys(Vocabulary.PARLIAMENTARY)
    steps = " ".join(card.steps)
    assert "P, T, C, D go ahead of the stack, in that order." in steps
    assert "The stack's order: Fewest turns first." in steps
    assert "Floor tab" in steps


def test_each_role_has_three_or_four_lines_of_its_own() -> None:
    seen = set()
    for role in Role:
        steps = steps_for(role, MEETING, FLOOR)
        assert 3 <= len(steps) <= 4, role
        assert all(step.strip() for step in steps)
        seen.add(steps)
    assert len(seen) == len(Role)


def test_the_greeter_is_at_the_door_a_quarter_hour_early_and_the_facilitator_says_the_rule() -> (
    None
):
    assert steps_for(Role.GREETER, MEETING, FLOOR)[0] == (
        "Be at the door by 18:15, 15 minutes before the start."
    )
    facilitator = steps_for(Role.FACILITATOR, MEETING, FLOOR)
    assert "Tell the room the stack's order: First-time speakers first." in facilitator
