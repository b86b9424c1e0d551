"""Carrying the people still waiting to another agenda item carries only the entries that make
sense there: a direct response or a clarifying question answers what was said on the item
left, so it is taken off the stack instead, and the floor's log says so (qa14a, finding 10)."""

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import EntryState, Floor, FloorSettings, LogKind
from meetingkit.core.stack_entry import EntryKind, Vocabulary

T0 = 1_795_000_000.0
ANA, BEA, CAL, DEV, EVE, SAM = 1, 2, 3, 4, 5, 6


def test_only_general_entries_and_points_about_the_meeting_carry_over() -> None:
    assert [k for k in EntryKind if k.carries_over] == [
        EntryKind.PROCESS,
        EntryKind.TECHNICAL,
        EntryKind.GENERAL,
    ]


def test_a_direct_response_is_taken_off_the_stack_not_carried() -> None:
    """Aisha responds to Samuel on item 10; the agenda moves on to item 11, where Samuel is
    not speaking: Ana and the points about the meeting go with it, Aisha's response and Cal's
    question do not, and each is logged as taken off the stack."""
    clock = ManualClock(T0)
    f = Floor(clock)
    f.set_item(10)
    f.add(SAM, "Samuel")
    f.next_speaker()
    f.add(ANA, "Ana")
    f.add(BEA, "Aisha", EntryKind.DIRECT_RESPONSE)
    f.add(CAL, "Cal", EntryKind.CLARIFYING)
    f.add(DEV, "Dev", EntryKind.PROCESS)
    f.add(EVE, "Eve", EntryKind.TECHNICAL)
    clock.advance(5)

    changed = f.move_unheard(11)

    assert {e.name: (e.state, e.item_id) for e in changed} == {
        "Ana": (EntryState.WAITING, 11),
        "Aisha": (EntryState.WITHDRAWN, 10),
        "Cal": (EntryState.WITHDRAWN, 10),
        "Dev": (EntryState.WAITING, 11),
        "Eve": (EntryState.WAITING, 11),
    }
    assert f.waiting() == []
    f.set_item(11)
    assert [p.entry.name for p in f.placements()] == ["Dev", "Eve", "Ana"]
    assert [(line.kind, line.text) for line in f.log] == [
        (
            LogKind.WITHDRAW,
            "Took Aisha off the stack as the agenda moved on (Direct response: not carried to "
            "another item)",
        ),
        (
            LogKind.WITHDRAW,
            "Took Cal off the stack as the agenda moved on (Clarifying question: not carried to "
            "another item)",
        ),
    ]
    assert {line.at_ms for line in f.log} == {round((T0 + 5) * 1000)}


def test_the_log_names_the_entry_in_the_meeting_s_words() -> None:
    clock = ManualClock(T0)
    f = Floor(clock, FloorSettings(vocabulary=Vocabulary.PARLIAMENTARY))
    f.set_item(10)
    f.add(CAL, "Cal", EntryKind.CLARIFYING)
    f.move_unheard(11)
    assert f.log[-1].text == (
        "Took Cal off the stack as the agenda moved on (Point of information: not carried to "
        "another item)"
    )


def test_parking_still_keeps_every_entry() -> None:
    """The parking lot is for later, whatever was asked: nothing is dropped there."""
    clock = ManualClock(T0)
    f = Floor(clock)
    f.set_item(10)
    f.add(ANA, "Ana")
    f.add(BEA, "Aisha", EntryKind.DIRECT_RESPONSE)
    f.park_unheard()
    assert [e.name for e in f.parked()] == ["Ana", "Aisha"]
    assert f.log == []
