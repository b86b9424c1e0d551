"""The floor keeps the waiting entries of each agenda item (and the speaking and parked ones,
and each person's) indexed as entries change, so that what a clock tick asks costs what is
waiting on the current item, not every entry the meeting has ever had (soak test F3: at 2,600
entries idle CPU rose by half). The index must never disagree with a scan of all entries."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import pytest

from meetingkit.core.airtime import Turn
from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import (
    EntryState,
    Floor,
    FloorError,
    FloorSettings,
    Policy,
    StackEntry,
    groups_from,
)
from meetingkit.core.stack_entry import EntryKind

T0 = 1_795_000_000.0
PEOPLE = {1: "Ana", 2: "Bea", 3: "Cal", 4: "Dev", 5: "Eli", 6: "Fay", 7: "Gus"}
ITEMS = (None, 10, 20, 30)
GROUPS = groups_from({1: "RN", 2: "MD", 3: "CNA", 4: "RN", 5: "MD"}, {3: frozenset({"Night"})})


class Scanning(Floor):
    """The floor as it was before its index: every question answered by a scan of all the
    meeting's entries (and turns). The reference the indexed floor must agree with."""

    def waiting(self) -> list[StackEntry]:
        return [
            e for e in self.entries() if e.state == EntryState.WAITING and e.item_id == self.item_id
        ]

    def parked(self) -> list[StackEntry]:
        return [e for e in self.entries() if e.state == EntryState.PARKED]

    def entries_of(self, person_id: int) -> list[StackEntry]:
        return [e for e in self.entries() if e.person_id == person_id]

    def speaking_name(self, person_id: int) -> str:
        return next(
            (
                e.name
                for e in self.entries()
                if e.person_id == person_id and e.state == EntryState.SPEAKING
            ),
            "",
        )

    def _moved_on_from(self, turn_id: int) -> bool:
        return any(t.id > turn_id and t.kind == EntryKind.GENERAL for t in self.ledger.turns)


def restored(floor: Floor, cls: type[Floor], clock: ManualClock, order: list[int]) -> Floor:
    """`floor` as the store gives it back after a restart (its entries in the order given by
    `order`, a permutation of their ids, to show that nothing depends on the store's order)."""
    by_id = {e.id: e for e in floor.entries()}
    again = cls(
        clock,
        floor.settings,
        [by_id[i] for i in order],
        floor.ledger.turns,
        floor.manual_order,
        groups_of=GROUPS,
        moved_by_hand=floor.moved_by_hand,
    )
    again.set_item(floor.item_id)
    again.closed_items = set(floor.closed_items)
    again.log = list(floor.log)
    return again


def outcome(action: Callable[[Floor], object], floor: Floor) -> tuple[str, object]:
    try:
        return ("done", action(floor))
    except FloorError as error:
        return ("refused", str(error))
    except ValueError as error:  # moving an entry that waits on another item (not the UI's)
        return ("failed", str(error))


def random_action(floor: Floor, rng: random.Random) -> tuple[str, Callable[[Floor], object]]:
    """One thing a facilitator (or the agenda) may do to the floor, with random arguments:
    mostly on an entry waiting now, sometimes on any entry of the meeting, or on none."""
    person = rng.choice(list(PEOPLE))
    kind = rng.choice([EntryKind.GENERAL] * 4 + list(EntryKind))
    waiting = [e.id for e in floor.waiting()]
    ids = [e.id for e in floor.entries()]
    roll = rng.random()
    entry = rng.choice(waiting if waiting and roll < 0.7 else ids or [999])
    if roll > 0.97:
        entry = 999  # no such entry
    # what can be put back: mostly taken off this item's stack; a refusal: a direct response
    off = [e.id for e in floor.entries() if e.state in (EntryState.WITHDRAWN, EntryState.REFUSED)]
    here = [i for i in off if floor.entry(i).item_id == floor.item_id]
    taken_off = rng.choice(here if here and roll < 0.8 else off or [entry])
    responses = [e.id for e in floor.waiting() if e.kind == EntryKind.DIRECT_RESPONSE]
    response = rng.choice(responses if responses and roll < 0.8 else [entry])
    item = rng.choice(ITEMS)
    policy = rng.choice(list(Policy))
    position = rng.randint(1, 6)
    actions: list[tuple[str, Callable[[Floor], object]]] = [
        ("add", lambda f: f.add(person, PEOPLE[person], kind)),
        ("add", lambda f: f.add(person, PEOPLE[person], kind)),
        ("add", lambda f: f.add(person, PEOPLE[person], kind)),
        ("next_speaker", lambda f: f.next_speaker()),
        ("next_speaker", lambda f: f.next_speaker()),
        ("give_floor", lambda f: f.give_floor(entry)),
        ("end_turn", lambda f: f.end_turn()),
        ("toggle_pause", lambda f: f.toggle_pause()),
        ("withdraw", lambda f: f.withdraw(entry)),
        ("put_back", lambda f: f.put_back(taken_off)),  # Ctrl+Z of a withdrawal or refusal
        ("refuse", lambda f: f.refuse(response)),
        ("move", lambda f: f.move(entry, position)),
        ("resort", lambda f: f.resort()),
        ("set_item", lambda f: f.set_item(item)),
        ("set_item", lambda f: f.set_item(item)),
        ("move_unheard", lambda f: f.move_unheard(item)),
        ("park_unheard", lambda f: f.park_unheard()),
        ("close_stack", lambda f: f.close_stack()),
        ("reopen_stack", lambda f: f.reopen_stack()),
        ("change_settings", lambda f: f.change_settings(FloorSettings(policy))),
    ]
    return rng.choice(actions)


def assert_index_agrees(floor: Floor, twin: Floor) -> None:
    """Every indexed answer equals a scan of all the entries, and the scanning floor's."""
    everything = floor.entries()
    assert everything == twin.entries()
    assert floor.waiting() == [
        e for e in everything if e.state == EntryState.WAITING and e.item_id == floor.item_id
    ]
    assert floor.parked() == [e for e in everything if e.state == EntryState.PARKED]
    for person in [*PEOPLE, 999]:
        assert floor.entries_of(person) == [e for e in everything if e.person_id == person]
        assert floor.speaking_name(person) == twin.speaking_name(person)
    placements = floor.placements()
    assert placements == twin.placements()
    assert floor.room_explanation() == twin.room_explanation()
    assert floor.room_explanation(p.entry for p in placements) == twin.room_explanation()
    assert floor.placed_by_hand() == twin.placed_by_hand()
    current = floor.item_id
    for item in ITEMS:  # every item's stack, not only the current one's
        floor.item_id = twin.item_id = item
        assert floor.waiting() == twin.waiting()
        assert floor.placements() == twin.placements()
    floor.item_id = twin.item_id = current


@pytest.mark.parametrize("seed", range(40))
def test_the_index_agrees_with_a_scan_of_every_entry_after_every_step(seed: int) -> None:
    """A random run of the floor — adds of every kind, calls, turns ended and paused,
    withdrawals and their undo, refusals, moves and re-sorts, the agenda moving on, unheard
    entries carried or parked, the rule changed, and restarts that load the floor back from
    what is saved — checked after every step against a floor that scans every entry."""
    rng = random.Random(seed)
    clock = ManualClock(T0)
    floor: Floor = Floor(clock, FloorSettings(), groups_of=GROUPS)
    twin: Floor = Scanning(clock, FloorSettings(), groups_of=GROUPS)
    floor.set_item(10)
    twin.set_item(10)
    done: dict[str, int] = {}
    for _step in range(250):
        clock.advance(rng.uniform(0.5, 40))
        if rng.random() < 0.04:  # a restart: the floor comes back from the store
            order = [e.id for e in floor.entries()]
            rng.shuffle(order)
            floor = restored(floor, Floor, clock, order)
            twin = restored(twin, Scanning, clock, order)
        else:
            name, action = random_action(floor, rng)
            result = outcome(action, floor)
            assert result == outcome(action, twin), name
            if result[0] == "done":
                done[name] = done.get(name, 0) + 1
        assert_index_agrees(floor, twin)
    assert len(done) >= 14, done  # the run did exercise (nearly) every kind of change


class Counted(StackEntry):
    """A stack entry that counts every time anything of it is read."""

    reads = 0

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("__"):
            Counted.reads += 1
        return super().__getattribute__(name)


def history(items: Iterable[int], per_item: int) -> tuple[list[StackEntry], list[Turn]]:
    """A long meeting's past: on each earlier item, entries heard (each with its turn), some
    withdrawn or refused, a few parked — all of them counting every read."""
    entries: list[StackEntry] = []
    turns: list[Turn] = []
    at = 1_795_000_000_000
    for item in items:
        for n in range(per_item):
            at += 30_000
            person = 1 + n % 6
            state = (EntryState.HEARD,) * 7 + (EntryState.WITHDRAWN, EntryState.REFUSED)
            chosen = state[n % len(state)] if n < per_item - 1 else EntryState.PARKED
            kind = EntryKind.DIRECT_RESPONSE if chosen == EntryState.REFUSED else EntryKind.GENERAL
            entries.append(
                Counted(len(entries) + 1, person, PEOPLE[person], kind, item, at, chosen)
            )
            if chosen == EntryState.HEARD:
                segment = ((at + 1_000, at + 20_000),)
                turns.append(Turn(len(turns) + 1, person, kind, item, segment, ended=True))
    return entries, turns


@pytest.mark.parametrize("policy", list(Policy))
def test_a_tick_reads_only_what_waits_on_the_current_item(policy: Policy) -> None:
    """With 2,000 entries heard, withdrawn, refused or parked on ten earlier items, asking the
    current item's stack — as the floor's screen and the projector do on every tick — reads
    none of them: only the few waiting now (and nothing of the past grows its cost)."""
    past, turns = history(range(1, 11), 200)
    clock = ManualClock(T0 + 10 * 200 * 30)
    floor = Floor(clock, FloorSettings(policy), past, turns, groups_of=GROUPS)
    floor.set_item(11)
    for person, kind in ((1, EntryKind.GENERAL), (2, EntryKind.GENERAL), (7, EntryKind.PROCESS)):
        floor.add(person, PEOPLE[person], kind)
        clock.advance(5)
    floor.next_speaker()  # Gus's point of process (he has not been on the stack before)
    floor.add(4, "Dev", EntryKind.DIRECT_RESPONSE)  # responds to Gus
    floor.move(floor.waiting()[1].id, 1)  # Bea placed above Ana by hand
    speaker = floor.current_turn
    assert speaker is not None

    Counted.reads = 0
    waiting = floor.waiting()
    placements = floor.placements()
    explanation = floor.room_explanation()
    by_hand = floor.placed_by_hand()
    assert Counted.reads == 0
    assert floor.speaking_name(speaker.person_id) == "Gus"  # the projector's and the tab's
    assert Counted.reads == 0
    assert [e.name for e in waiting] == ["Ana", "Bea", "Dev"]
    assert [p.entry.name for p in placements] == ["Dev", "Bea", "Ana"]
    assert placements[0].reason == "Responds to Gus"
    assert "placed someone by hand" in explanation
    assert [e.name for e in by_hand] == ["Bea"]

    # and the past is still all there, and still answers when asked about
    assert len(floor.entries()) == 2_000 + 4
    assert len(floor.parked()) == 10
    floor.set_item(3)
    assert floor.waiting() == []
    assert [e.name for e in floor.entries_of(6)][:2] == ["Fay", "Fay"]


def test_a_changed_entry_keeps_its_place_in_the_order_of_entries() -> None:
    """An entry withdrawn and put back, or carried from another item, is listed where it
    always was (by when it joined), not after the entries added since."""
    clock = ManualClock(T0)
    floor = Floor(clock)
    floor.set_item(20)
    carried = floor.add(1, "Ana")
    floor.set_item(10)
    first, second = floor.add(2, "Bea"), floor.add(3, "Cal")
    floor.withdraw(first.id)
    floor.add(4, "Dev")
    floor.put_back(first.id)
    assert [e.name for e in floor.waiting()] == ["Bea", "Cal", "Dev"]
    floor.set_item(20)
    floor.move_unheard(10)
    floor.set_item(10)
    assert [e.name for e in floor.waiting()] == ["Ana", "Bea", "Cal", "Dev"]
    assert floor.waiting() == [replace(carried, item_id=10), first, second, floor.entry(4)]
