"""The speaking stack: precedence, every ordering policy with its reason, overrides, turns."""

from dataclasses import replace

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import (
    Cue,
    EntryState,
    Floor,
    FloorError,
    FloorSettings,
    LogKind,
    Policy,
    groups_from,
)
from meetingkit.core.stack_entry import EntryKind, TurnLimits, Vocabulary

T0 = 1_795_000_000.0
ANA, BEA, CAL, DEV = 1, 2, 3, 4


def floor(policy: Policy = Policy.FIFO, **settings: object) -> tuple[Floor, ManualClock]:
    clock = ManualClock(T0)
    groups = groups_from(
        {ANA: "RN", BEA: "MD", CAL: "CNA", DEV: "RN"}, {CAL: frozenset({"First-generation"})}
    )
    f = Floor(clock, FloorSettings(policy=policy, **settings), groups_of=groups)  # type: ignore[arg-type]
    f.set_item(10)
    return f, clock


def order(f: Floor) -> list[str]:
    return [p.entry.name for p in f.placements()]


def reasons(f: Floor) -> list[str]:
    return [p.reason for p in f.placements()]


def speak(f: Floor, clock: ManualClock, name: str, seconds: float) -> None:
    entry = next(p.entry for p in f.placements() if p.entry.name == name)
    f.give_floor(entry.id)
    clock.advance(seconds)
    f.end_turn()


def join(f: Floor, clock: ManualClock, *names: str) -> None:
    ids = {"Ana": ANA, "Bea": BEA, "Cal": CAL, "Dev": DEV}
    for name in names:
        clock.advance(1)
        f.add(ids[name], name)


def test_jump_the_queue_entries_go_first_in_precedence_order() -> None:
    """A point of process goes ahead of technical points, clarifying questions and direct
    responses, which all go ahead of the general stack; within a kind, by arrival."""
    f, clock = floor()
    f.add(ANA, "Ana")
    clock.advance(1)
    f.add(BEA, "Bea", EntryKind.DIRECT_RESPONSE)
    clock.advance(1)
    f.add(CAL, "Cal", EntryKind.CLARIFYING)
    clock.advance(1)
    f.add(DEV, "Dev", EntryKind.PROCESS)
    clock.advance(1)
    f.add(ANA, "Ana again", EntryKind.CLARIFYING)
    clock.advance(1)
    f.add(BEA, "Bea tech", EntryKind.TECHNICAL)
    assert order(f) == ["Dev", "Bea tech", "Cal", "Ana again", "Bea", "Ana"]
    assert reasons(f)[0] == "Goes before the general stack"
    assert [p.position for p in f.placements()] == [1, 2, 3, 4, 5, 6]


def test_the_parliamentary_vocabulary_names_the_same_precedence() -> None:
    f, _ = floor(vocabulary=Vocabulary.PARLIAMENTARY)
    f.add(DEV, "Dev", EntryKind.PROCESS)
    assert Vocabulary.PARLIAMENTARY.name_of(EntryKind.PROCESS) == "Point of order"
    assert Vocabulary.PARLIAMENTARY.name_of(EntryKind.TECHNICAL) == "Point of personal privilege"
    assert Vocabulary.ASSEMBLY.signal_of(EntryKind.PROCESS) == "triangle"


def test_first_come_first_served() -> None:
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Cal", "Ana", "Bea")
    assert order(f) == ["Cal", "Ana", "Bea"]
    assert set(reasons(f)) == {"In the order they joined"}


def test_first_time_speakers_first() -> None:
    f, clock = floor(Policy.FIRST_TIME)
    join(f, clock, "Ana")
    speak(f, clock, "Ana", 30)
    join(f, clock, "Ana", "Bea")
    assert order(f) == ["Bea", "Ana"]
    assert reasons(f) == ["First time speaking today", "Has spoken 1 time today"]


def test_fewest_turns_first() -> None:
    f, clock = floor(Policy.FEWEST_TURNS)
    for _ in range(2):
        join(f, clock, "Ana")
        speak(f, clock, "Ana", 5)
    join(f, clock, "Bea")
    speak(f, clock, "Bea", 500)  # a long turn, but only one
    join(f, clock, "Ana", "Bea", "Cal")
    assert order(f) == ["Cal", "Bea", "Ana"]
    assert reasons(f) == ["No turns yet", "1 turn so far", "2 turns so far"]


def test_least_airtime_on_this_item() -> None:
    """Airtime on an earlier item does not count against you on this one."""
    f, clock = floor(Policy.LEAST_AIRTIME_ITEM)
    join(f, clock, "Ana")
    speak(f, clock, "Ana", 600)  # ten minutes on item 10
    f.set_item(11)
    join(f, clock, "Bea")
    speak(f, clock, "Bea", 61.5)
    join(f, clock, "Bea", "Ana")
    assert order(f) == ["Ana", "Bea"]
    assert reasons(f) == ["Has not spoken on this item", "1 min 2 s of airtime on this item"]


def test_least_airtime_in_the_whole_meeting() -> None:
    f, clock = floor(Policy.LEAST_AIRTIME_MEETING)
    join(f, clock, "Ana")
    speak(f, clock, "Ana", 600)
    f.set_item(11)
    join(f, clock, "Bea")
    speak(f, clock, "Bea", 61.5)
    join(f, clock, "Ana", "Bea", "Cal")
    assert order(f) == ["Cal", "Bea", "Ana"]
    assert reasons(f) == [
        "Has not spoken today",
        "1 min 2 s of airtime today",
        "10 min of airtime today",
    ]


def test_priority_for_the_groups_the_meeting_chose() -> None:
    f, clock = floor(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"CNA", "First-generation"}))
    join(f, clock, "Ana", "Bea", "Cal", "Dev")
    assert order(f) == ["Cal", "Ana", "Bea", "Dev"]
    assert reasons(f)[0] == "Priority group: CNA, First-generation"
    assert reasons(f)[1] == "Joined the stack"


def test_every_policy_has_words_for_the_room() -> None:
    for policy in Policy:
        assert policy.label
        assert policy.explanation.endswith(".")
    assert "seconds" in Policy.LEAST_AIRTIME_ITEM.explanation


def test_a_facilitator_move_is_kept_and_logged_and_new_entries_join_below() -> None:
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Ana", "Bea", "Cal")
    cal = f.placements()[2].entry
    f.move(cal.id, 1)
    assert order(f) == ["Cal", "Ana", "Bea"]
    # Only the one moved was placed by hand (tests/core/test_floor_by_hand.py)
    assert reasons(f) == ["Placed here by the facilitator"] + ["In the order they joined"] * 2
    assert f.log[-1].text == "Moved Cal from 3 to 1 on the stack"
    join(f, clock, "Dev")
    f.add(BEA, "Bea process", EntryKind.PROCESS)
    assert order(f) == ["Bea process", "Cal", "Ana", "Bea", "Dev"]
    f.resort()
    assert order(f) == ["Bea process", "Ana", "Bea", "Cal", "Dev"]
    assert f.log[-1].text == "Stack re-sorted by the rule"


def test_someone_waiting_on_another_items_stack_is_not_moved_on_this_one() -> None:
    """Their entry is on the next item's stack: moving it here is refused in plain words (a
    FloorError, as the other refusals), and neither stack changes."""
    f, clock = floor(Policy.FIFO)
    join(f, clock, "Ana", "Bea")
    f.move_unheard(11)
    [bea] = [e for e in f.entries() if e.name == "Bea"]
    join(f, clock, "Cal")
    with pytest.raises(FloorError) as refused:
        f.move(bea.id, 1)
    assert str(refused.value) == (
        "Bea is waiting on another agenda item: they can be moved only on that item's stack."
    )
    assert (order(f), f.manual_order, f.log) == (["Cal"], (), [])
    f.set_item(11)
    assert order(f) == ["Ana", "Bea"]


def test_a_new_rule_is_logged_but_not_as_a_change_by_hand_and_other_settings_are_not() -> None:
    f, clock = floor(Policy.FIFO)
    clock.advance(30)
    f.change_settings(FloorSettings(policy=Policy.FEWEST_TURNS))
    assert f.log[-1].text == "Stack rule set to: Fewest turns first"
    assert (f.log[-1].kind, f.log[-1].kind.by_hand) == (LogKind.RULE, False)
    assert f.log[-1].at_ms == round((T0 + 30) * 1000)
    f.change_settings(FloorSettings(policy=Policy.FEWEST_TURNS, min_group_size=5))
    assert len(f.log) == 1  # the same rule: nothing to log
    lifted = FloorSettings(
        policy=Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Night shift", "CNA"})
    )
    f.change_settings(lifted)
    assert f.log[-1].text.endswith("(CNA, Night shift)")
    f.change_settings(replace(lifted, priority_groups=frozenset({"CNA"})))
    assert f.log[-1].text.endswith("(CNA)")  # other groups lifted up: a new rule
    assert f.settings.priority_groups == {"CNA"}


def test_changes_by_hand_are_logged_with_their_kind() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea", "Cal")
    f.move(f.placements()[2].entry.id, 1)
    f.resort()
    f.close_stack()
    f.reopen_stack()
    f.give_floor(f.placements()[1].entry.id)
    kinds = [line.kind for line in f.log]
    assert kinds == [LogKind.MOVE, LogKind.RESORT, LogKind.CLOSE, LogKind.REOPEN, LogKind.AHEAD]
    assert all(kind.by_hand for kind in kinds)


def test_giving_the_floor_out_of_order_is_logged() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea")
    bea = f.placements()[1].entry
    f.give_floor(bea.id)
    assert f.log[-1].text == "Gave the floor to Bea ahead of the stack"


def test_direct_responses_can_be_refused_other_entries_withdrawn() -> None:
    f, _ = floor()
    response = f.add(BEA, "Bea", EntryKind.DIRECT_RESPONSE)
    general = f.add(ANA, "Ana")
    f.refuse(response.id)
    assert f.entry(response.id).state == EntryState.REFUSED
    assert f.log[-1].text == "Refused a direct response from Bea"
    with pytest.raises(FloorError, match="Only a direct response"):
        f.refuse(general.id)
    f.withdraw(general.id)
    assert order(f) == []


def test_a_closed_stack_takes_only_jump_the_queue_entries() -> None:
    f, _ = floor()
    f.close_stack()
    with pytest.raises(FloorError, match="closed for this item") as refused:
        f.add(ANA, "Ana")
    # The refusal names every kind the closed stack still takes, in the room's words
    assert str(refused.value) == (
        "The stack is closed for this item. These can still be added: Point of process, "
        "Technical point / language, Clarifying question, Direct response."
    )
    for kind in EntryKind:
        if kind.jumps_queue:
            f.check_can_add(kind)
            f.add(ANA, "Ana", kind)
    with pytest.raises(FloorError, match="closed for this item"):
        f.check_can_add(EntryKind.GENERAL)  # asked before a name is chosen
    f.change_settings(replace(f.settings, vocabulary=Vocabulary.PARLIAMENTARY))
    with pytest.raises(FloorError, match="Point of order, Point of personal privilege, "):
        f.add(BEA, "Bea")
    f.set_item(11)  # a new item has its own, open stack
    f.add(BEA, "Bea")
    assert order(f) == ["Bea"]


def test_nobody_waits_twice_on_the_general_stack_but_may_interject() -> None:
    """Once on the general stack of an item is enough; a point of process, a question or a
    response from someone waiting there is still taken, and so is a new entry once heard."""
    f, clock = floor()
    join(f, clock, "Ana", "Bea")
    with pytest.raises(FloorError, match=r"^Ana is already waiting on the stack\.$"):
        f.add(ANA, "Ana")
    assert order(f) == ["Ana", "Bea"]
    f.add(ANA, "Ana", EntryKind.CLARIFYING)
    f.add(ANA, "Ana", EntryKind.DIRECT_RESPONSE)
    assert order(f) == ["Ana", "Ana", "Ana", "Bea"]
    speak(f, clock, "Bea", 10)
    f.add(BEA, "Bea")  # heard: back on the stack
    f.set_item(11)
    f.add(ANA, "Ana")  # another item has its own stack
    assert order(f) == ["Ana"]


def test_unheard_entries_move_to_the_next_item_or_the_parking_lot() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea")
    f.move_unheard(11)
    assert order(f) == []
    f.set_item(11)
    assert order(f) == ["Ana", "Bea"]
    f.park_unheard()
    assert order(f) == []
    assert [e.name for e in f.parked()] == ["Ana", "Bea"]


def test_next_speaker_takes_the_top_and_ends_the_previous_turn() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea")
    first = f.next_speaker()
    assert first is not None
    assert first.person_id == ANA
    clock.advance(12.345)
    second = f.next_speaker()
    assert second is not None
    assert second.person_id == BEA
    assert f.ledger.person_ms(ANA, f.now_ms()) == 12_345
    assert f.next_speaker() is None
    assert f.current_turn is None


def test_pauses_do_not_count_and_the_cue_comes_15_seconds_before_the_limit() -> None:
    f, clock = floor(limits=TurnLimits(general_ms=60_000))
    join(f, clock, "Ana")
    f.next_speaker()
    clock.advance(40)
    f.toggle_pause()
    clock.advance(300)  # a long pause: not airtime, no cue
    assert f.cue() == Cue.NONE
    f.toggle_pause()
    clock.advance(5)
    assert f.cue() == Cue.WRAP_UP  # 45 s spoken, 15 s left
    clock.advance(15)
    assert f.cue() == Cue.OVER
    assert f.ledger.person_ms(ANA, f.now_ms()) == 60_000


def test_each_kind_has_its_own_limit() -> None:
    limits = TurnLimits(clarifying_ms=30_000)
    f, clock = floor(limits=limits)
    f.add(ANA, "Ana", EntryKind.CLARIFYING)
    turn = f.next_speaker()
    assert turn is not None
    assert f.turn_limit_ms(turn) == 30_000
    clock.advance(30)
    assert f.cue() == Cue.OVER


def test_a_floor_rebuilt_from_saved_entries_and_turns_is_the_same() -> None:
    """Crash-safety: what storage holds rebuilds the floor exactly, the closed time counting."""
    f, clock = floor(Policy.LEAST_AIRTIME_MEETING)
    join(f, clock, "Ana", "Bea", "Cal")
    f.next_speaker()
    clock.advance(33.3)
    saved_entries, saved_turns = f.entries(), f.ledger.turns
    later = ManualClock(clock.now() + 120)  # killed, restarted two minutes later
    rebuilt = Floor(later, f.settings, saved_entries, saved_turns)
    rebuilt.set_item(10)
    assert [p.entry.name for p in rebuilt.placements()] == ["Bea", "Cal"]
    assert rebuilt.current_turn is not None
    assert rebuilt.ledger.person_ms(ANA, rebuilt.now_ms()) == 153_300
    new = rebuilt.add(DEV, "Dev")
    assert new.id == 4  # ids continue after the saved ones


def test_points_of_process_and_questions_do_not_cost_a_first_timer_their_place() -> None:
    """Only turns from the stack and direct responses count for the rules that count turns: a
    point of process, a technical point or a clarifying question helps the meeting along."""
    for policy, first, later in (
        (Policy.FIRST_TIME, "First time speaking today", "Has spoken 1 time today"),
        (Policy.FEWEST_TURNS, "No turns yet", "1 turn so far"),
    ):
        f, clock = floor(policy)
        join(f, clock, "Bea")
        speak(f, clock, "Bea", 20)
        for kind in (EntryKind.PROCESS, EntryKind.TECHNICAL, EntryKind.CLARIFYING):
            f.add(ANA, "Ana", kind)
            speak(f, clock, "Ana", 35)
        join(f, clock, "Bea", "Ana")
        assert order(f) == ["Ana", "Bea"], policy
        assert reasons(f) == [first, later]
        assert f.ledger.turn_count(ANA) == 3  # the airtime tables still count every turn
        f.add(CAL, "Cal", EntryKind.DIRECT_RESPONSE)
        speak(f, clock, "Cal", 10)
        join(f, clock, "Cal")
        assert order(f)[-1] == "Cal"  # a direct response speaks to the question: it counts
    assert "do not count" in Policy.FIRST_TIME.explanation


def test_a_direct_response_says_whom_it_answers_and_when_the_floor_has_moved_on() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea", "Dev")
    f.next_speaker()  # Ana
    clock.advance(10)
    response = f.add(CAL, "Cal", EntryKind.DIRECT_RESPONSE)
    other = f.add(DEV, "Dev", EntryKind.CLARIFYING)
    assert response.responds_to == f.current_turn.id  # type: ignore[union-attr]
    assert reasons(f)[:2] == ["Goes before the general stack", "Responds to Ana"]
    f.end_turn()
    assert f.entry(other.id).responds_to is None
    f.give_floor(other.id)  # a question before the response: still answering Ana
    f.end_turn()
    assert reasons(f)[0] == "Responds to Ana"
    f.give_floor(next(p.entry.id for p in f.placements() if p.entry.name == "Bea"))
    assert reasons(f)[0] == "Responds to Ana; the floor has moved on since"
    # Asked for on a new item before anyone spoke on it: it answers nobody in particular
    f.end_turn()
    f.set_item(11)
    late = f.add(ANA, "Ana", EntryKind.DIRECT_RESPONSE)
    assert late.responds_to is None
    assert reasons(f) == ["Goes before the general stack"]


def test_priority_for_chosen_groups_with_none_chosen_says_so() -> None:
    f, clock = floor(Policy.PRIORITY_GROUPS)
    join(f, clock, "Cal", "Ana")
    assert order(f) == ["Cal", "Ana"]
    assert set(reasons(f)) == {"No groups chosen yet: in the order they joined"}
    assert f.settings.waiting_for_groups
    assert f.settings.rule_label == "Priority for chosen groups (none chosen yet)"
    assert "No group has been chosen yet" in f.settings.rule_explanation
    f.change_settings(FloorSettings(policy=Policy.FIFO))
    f.change_settings(FloorSettings(policy=Policy.PRIORITY_GROUPS))
    assert f.log[-1].text == "Stack rule set to: Priority for chosen groups (none chosen yet)"
    lifted = FloorSettings(policy=Policy.PRIORITY_GROUPS, priority_groups=frozenset({"CNA"}))
    assert not lifted.waiting_for_groups
    assert lifted.rule_explanation == Policy.PRIORITY_GROUPS.explanation


def test_a_withdrawal_is_logged_and_can_be_put_back_in_its_place() -> None:
    f, clock = floor()
    join(f, clock, "Ana", "Bea", "Cal")
    bea = f.placements()[1].entry
    f.move(f.placements()[2].entry.id, 1)  # the facilitator's order: Cal, Ana, Bea
    f.withdraw(bea.id)
    assert order(f) == ["Cal", "Ana"]
    assert (f.log[-1].text, f.log[-1].kind) == ("Took Bea off the stack", LogKind.WITHDRAW)
    assert f.log[-1].kind.by_hand
    with pytest.raises(FloorError, match="not waiting"):
        f.withdraw(bea.id)
    f.put_back(bea.id)
    assert order(f) == ["Cal", "Ana", "Bea"]
    assert (f.log[-1].text, f.log[-1].kind) == ("Put Bea back on the stack", LogKind.PUT_BACK)
    with pytest.raises(FloorError, match="no longer off the stack"):
        f.put_back(bea.id)
    response = f.add(DEV, "Dev", EntryKind.DIRECT_RESPONSE)
    f.refuse(response.id)
    f.put_back(response.id)
    assert order(f)[0] == "Dev"
    # Taken off on an item the agenda has left: it cannot come back on this one
    f.withdraw(response.id)
    f.set_item(11)
    with pytest.raises(FloorError, match="another agenda item"):
        f.put_back(response.id)


def test_the_latest_moment_the_floor_holds_is_its_last_entry_turn_or_log_line() -> None:
    """What a clock set back since must not save before (core.clock.catch_up)."""
    f, clock = floor()
    assert f.latest_ms() is None  # a floor never used
    join(f, clock, "Ana", "Bea")
    assert f.latest_ms() == round((T0 + 2) * 1000)  # Bea joined
    f.next_speaker()
    clock.advance(30)
    f.toggle_pause()  # Ana's turn closed 30 s later
    assert f.latest_ms() == round((T0 + 32) * 1000)
    entry = next(p.entry for p in f.placements() if p.entry.name == "Bea")
    clock.advance(5)
    f.move(entry.id, 0)  # logged
    assert f.latest_ms() == round((T0 + 37) * 1000)
