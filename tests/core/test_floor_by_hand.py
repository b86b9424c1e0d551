"""A move by hand on the progressive stack: only the person moved is placed by hand; everyone
else, newcomers included, still goes by the rule the room agreed (QA round 7, finding 2)."""

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import Floor, FloorSettings, LogKind, Policy
from meetingkit.core.stack_entry import EntryKind

T0 = 1_795_000_000.0
PEOPLE = {"Ana": 1, "Ben": 2, "Chen": 3, "Dolores": 4, "Eve": 5, "Farah": 6, "Gus": 7, "Iris": 8}
NIGHT = frozenset({"Night shift"})
GROUPS = {"Ana": NIGHT | {"Spanish speaking"}, "Dolores": NIGHT, "Farah": NIGHT}
BY_HAND = "Placed here by the facilitator"


def groups_of(person_id: int) -> frozenset[str]:
    name = next(name for name, pid in PEOPLE.items() if pid == person_id)
    return GROUPS.get(name, frozenset())


def floor(policy: Policy = Policy.PRIORITY_GROUPS) -> tuple[Floor, ManualClock]:
    clock = ManualClock(T0)
    settings = FloorSettings(
        policy=policy, priority_groups=frozenset({"Night shift", "Spanish speaking"})
    )
    f = Floor(clock, settings, groups_of=groups_of)
    f.set_item(10)
    return f, clock


def join(f: Floor, clock: ManualClock, *names: str) -> None:
    for name in names:
        clock.advance(1)
        f.add(PEOPLE[name], name)


def stack(f: Floor) -> list[tuple[str, str]]:
    return [(p.entry.name, p.reason) for p in f.placements()]


def order(f: Floor) -> list[str]:
    return [p.entry.name for p in f.placements()]


def move_up(f: Floor, name: str) -> None:
    """Ctrl+Up on `name`."""
    [place] = [p.position for p in f.placements() if p.entry.name == name]
    f.move(id_of(f, name), place - 1)


def id_of(f: Floor, name: str) -> int:
    return next(p.entry.id for p in f.placements() if p.entry.name == name)


def test_a_priority_newcomer_goes_above_people_outside_the_groups_after_a_move() -> None:
    """Dolores (Night shift) is first; Ctrl+Up moves Iris from 5th to 4th. Farah (Night
    shift) raises a hand afterwards: the rule still lifts her above the people outside the
    groups who were not moved, and only Iris reads "Placed here by the facilitator"."""
    f, clock = floor()
    join(f, clock, "Ben", "Eve", "Dolores", "Chen", "Iris")
    assert order(f) == ["Dolores", "Ben", "Eve", "Chen", "Iris"]
    move_up(f, "Iris")
    assert stack(f) == [
        ("Dolores", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
        ("Eve", "Joined the stack"),
        ("Iris", BY_HAND),
        ("Chen", "Joined the stack"),
    ]
    assert [e.name for e in f.placed_by_hand()] == ["Iris"]
    assert (f.log[-1].text, f.log[-1].kind) == ("Moved Iris from 5 to 4 on the stack", LogKind.MOVE)

    join(f, clock, "Farah")
    assert stack(f) == [
        ("Dolores", "Priority group: Night shift"),
        ("Farah", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
        ("Eve", "Joined the stack"),
        ("Iris", BY_HAND),  # still right below Eve, whom she was moved below
        ("Chen", "Joined the stack"),
    ]
    assert len(f.log) == 1  # a newcomer is no change by hand

    f.resort()  # Ctrl+R
    assert order(f) == ["Dolores", "Farah", "Ben", "Eve", "Chen", "Iris"]
    assert BY_HAND not in dict(stack(f)).values()
    assert f.placed_by_hand() == []


def test_someone_moved_to_the_top_stays_next() -> None:
    f, clock = floor()
    join(f, clock, "Dolores", "Ben", "Eve")
    f.move(id_of(f, "Eve"), 1)
    join(f, clock, "Farah")
    assert stack(f) == [
        ("Eve", BY_HAND),
        ("Dolores", "Priority group: Night shift"),
        ("Farah", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
    ]


def test_when_the_person_above_is_heard_the_one_moved_takes_their_place() -> None:
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Ben", "Chen", "Eve", "Gus")
    f.move(id_of(f, "Gus"), 2)  # right below Ben
    assert order(f) == ["Ben", "Gus", "Chen", "Eve"]
    f.next_speaker()  # Ben
    assert stack(f)[0] == ("Gus", BY_HAND)
    join(f, clock, "Iris")
    assert order(f) == ["Gus", "Chen", "Eve", "Iris"]
    f.next_speaker()  # Gus: nobody moved by hand is waiting, so no order by hand is left
    assert (f.manual_order, f.moved_by_hand) == ((), frozenset())
    assert f.placed_by_hand() == []


def test_the_one_moved_follows_the_person_above_wherever_the_rule_puts_them() -> None:
    """Fewest turns first: Chen was above Gus when Gus was moved; Ben speaks twice, so the
    rule drops him below Chen and Eve; Gus stays right below Chen."""
    f, clock = floor(Policy.FEWEST_TURNS)
    join(f, clock, "Ben", "Chen", "Eve", "Gus")
    f.move(id_of(f, "Gus"), 3)  # Ben, Chen, Gus, Eve
    f.add(PEOPLE["Ben"], "Ben", EntryKind.DIRECT_RESPONSE)
    f.next_speaker()  # Ben's direct response counts as a turn
    f.end_turn()
    assert order(f) == ["Chen", "Gus", "Eve", "Ben"]
    assert dict(stack(f))["Gus"] == BY_HAND


def test_two_moves_and_a_withdrawal_put_back_keep_the_order_set_by_hand() -> None:
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Ben", "Chen", "Eve", "Gus", "Iris")
    f.move(id_of(f, "Iris"), 2)  # Ben, Iris, Chen, Eve, Gus
    f.move(id_of(f, "Gus"), 3)  # Ben, Iris, Gus, Chen, Eve
    assert order(f) == ["Ben", "Iris", "Gus", "Chen", "Eve"]
    assert [e.name for e in f.placed_by_hand()] == ["Iris", "Gus"]
    iris = id_of(f, "Iris")
    f.withdraw(iris)
    assert order(f) == ["Ben", "Gus", "Chen", "Eve"]  # Gus below Ben, the next one up
    f.put_back(iris)  # Ctrl+Z
    assert order(f) == ["Ben", "Iris", "Gus", "Chen", "Eve"]
    ben = id_of(f, "Ben")
    f.withdraw(ben)
    f.put_back(ben)
    assert order(f) == ["Ben", "Iris", "Gus", "Chen", "Eve"]


def test_a_new_rule_keeps_the_places_set_by_hand_and_a_rebuilt_floor_is_the_same() -> None:
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Ben", "Chen", "Dolores", "Iris")
    f.move(id_of(f, "Iris"), 2)
    f.change_settings(
        FloorSettings(policy=Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Night shift"}))
    )
    assert stack(f) == [  # Iris stays right below Ben, whom the new rule puts second
        ("Dolores", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
        ("Iris", BY_HAND),
        ("Chen", "Joined the stack"),
    ]
    rebuilt = Floor(
        clock,
        f.settings,
        f.entries(),
        f.ledger.turns,
        f.manual_order,
        groups_of=groups_of,
        moved_by_hand=f.moved_by_hand,
    )
    rebuilt.set_item(10)
    assert stack(rebuilt) == stack(f)


def test_the_rooms_sentence_says_so_without_sorting_the_stack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The projector asks for the rule's sentence on every tick: whether anyone waiting was
    placed by hand is enough to say, so the stack is not put in order a second time."""
    f, clock = floor()
    join(f, clock, "Ben", "Eve", "Iris")
    rule = f.settings.rule_explanation
    assert f.room_explanation() == rule
    move_up(f, "Iris")

    def no_sorting() -> None:
        raise AssertionError("the stack was sorted for the room's sentence")

    monkeypatch.setattr(f, "placements", no_sorting)
    assert f.room_explanation() == (
        f"{rule} The facilitator has placed someone by hand; everyone else goes by this rule."
    )
