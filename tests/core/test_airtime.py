"""Airtime is exact: a simulated 3-hour meeting of 2,000 turns adds up to the millisecond."""

import random

from meetingkit.core.airtime import GroupShare, shareable
from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import Floor, FloorSettings, Policy, groups_from
from meetingkit.core.stack_entry import EntryKind

T0 = 1_795_000_000.0


def test_a_three_hour_meeting_of_2000_turns_adds_up_to_the_millisecond() -> None:
    rng = random.Random(20261121)
    clock = ManualClock(T0)
    professions = {p: rng.choice(["RN", "MD", "CNA", "PT", "SW", "EVS"]) for p in range(1, 81)}
    categories = {p: frozenset({"First-generation"}) for p in range(1, 81, 7)}
    floor = Floor(
        clock,
        FloorSettings(Policy.LEAST_AIRTIME_MEETING),
        groups_of=groups_from(professions, categories),
    )
    items = [101, 102, 103, 104, 105, 106]
    floor.set_item(items[0])
    expected_person: dict[int, int] = {}
    expected_item: dict[int, int] = {}
    elapsed_ms = 0
    kinds = list(EntryKind)
    for turn_number in range(2000):
        if turn_number % 350 == 349:  # the agenda moves on now and then
            floor.set_item(items[turn_number // 350 + 1])
        person = rng.randint(1, 80)
        floor.add(person, f"P{person}", rng.choice(kinds))
        gap = rng.randint(0, 2500)  # ms between turns, not airtime
        clock.advance(gap / 1000)
        elapsed_ms += gap
        turn = floor.next_speaker()
        assert turn is not None
        spoken = 0
        for _ in range(rng.randint(1, 3)):  # speak, maybe pause and resume
            chunk = rng.randint(1, 4000)
            clock.advance(chunk / 1000)
            elapsed_ms += chunk
            spoken += chunk
            if rng.random() < 0.3:
                floor.toggle_pause()
                pause = rng.randint(1, 9000)
                clock.advance(pause / 1000)
                elapsed_ms += pause
                floor.toggle_pause()
        floor.end_turn()
        expected_person[turn.person_id] = expected_person.get(turn.person_id, 0) + spoken
        expected_item[turn.item_id] = expected_item.get(turn.item_id, 0) + spoken  # type: ignore[index]
    now = floor.now_ms()
    assert elapsed_ms > 3 * 3600_000 // 2  # a long meeting (speaking plus gaps and pauses)
    assert floor.ledger.by_person(now) == expected_person
    for item, ms in expected_item.items():
        assert floor.ledger.item_ms(item, now) == ms
    assert floor.ledger.meeting_ms(now) == sum(expected_person.values())
    groups = groups_from(professions, categories)
    by_group: dict[str, int] = {}
    for person, ms in expected_person.items():
        for group in groups(person):
            by_group[group] = by_group.get(group, 0) + ms
    shares = floor.ledger.group_shares(range(1, 81), {p: groups(p) for p in range(1, 81)}, now)
    assert {s.group: s.airtime_ms for s in shares if s.airtime_ms} == by_group


def test_group_shares_sit_beside_room_shares() -> None:
    """ "RNs are 55% of the room and had 20% of the time"."""
    clock = ManualClock(T0)
    professions = {
        **{p: "RN" for p in range(1, 12)},
        **{p: "MD" for p in range(12, 16)},
        **{p: "CNA" for p in range(16, 21)},
    }
    floor = Floor(clock, groups_of=groups_from(professions, {}))
    for person, seconds in ((1, 20), (12, 50), (13, 30)):
        floor.add(person, str(person))
        floor.next_speaker()
        clock.advance(seconds)
        floor.end_turn()
    shares = {
        s.group: s
        for s in floor.ledger.group_shares(
            range(1, 21), {p: {g} for p, g in professions.items()}, floor.now_ms()
        )
    }
    assert (shares["RN"].people_present, shares["RN"].room_share) == (11, 0.55)
    assert shares["RN"].airtime_share == 0.2
    assert shares["MD"].airtime_share == 0.8
    assert shares["MD"].gap > 0 > shares["RN"].gap
    assert shares["CNA"].airtime_ms == 0


def test_the_live_turn_counts_as_it_runs() -> None:
    clock = ManualClock(T0)
    floor = Floor(clock)
    floor.add(1, "Ana")
    floor.next_speaker()
    clock.advance(1.001)
    assert floor.ledger.person_ms(1, floor.now_ms()) == 1001
    assert floor.ledger.meeting_ms(floor.now_ms()) == 1001


def test_small_groups_are_hidden_from_shared_screens() -> None:
    shares = [
        GroupShare("RN", 9, 1, 0.6, 0.3),
        GroupShare("Pharmacist", 2, 5, 0.13, 0.5),
        GroupShare("Not given", 4, 0, 0.27, 0.0),
        GroupShare("MD", 3, 4, 0.2, 0.2),
    ]
    assert [s.group for s in shareable(shares, min_size=3)] == ["RN", "MD"]
