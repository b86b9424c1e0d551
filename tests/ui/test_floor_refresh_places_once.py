"""A refresh of the Floor tab places the stack once (`Floor.placements`, the progressive stack's
order: 0.1-0.3 ms with a full room, more as the stack grows). It was placed three times:
by the stack model, then again for the note under the stack (who is placed by hand) by the
selection the refresh puts back and by the refresh's own update of the actions; an arrival
that changed the stack placed it five times. The actions now read who is placed by hand from
the rows the model has just placed (`FloorTab._placed_by_hand`).

Only while the refresh runs: under a least-airtime rule the place of a speaker who is also
waiting moves with the clock, so the people placed by hand around them can swap places
between two refreshes, and a change of selection then places the stack again, as it did.
After any sequence of changes — entries added, withdrawn, refused and put back, turns, moves
by hand, rules, the room, the agenda moving on, the clock — the rows are the stack placed
afresh at the last refresh, and the actions and the note what placing it afresh gives."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import FloorSettings, Placement, Policy, StackEntry, changes_by_hand
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.person_picker import PersonPicker
from tests.services.test_floor_tick_work import counting

T0 = 1_795_000_000.0
DAY = dt.date(2026, 11, 21)
NIGHT = "Night shift"
LIFTED = frozenset({NIGHT})
# Present from the start, and the namesakes who may come in later (the room then tells the
# first ones apart by an initial: a direct response names the speaker as the room does)
HERE = (("Ana", "Ruiz"), ("Bea", "Soto"), ("Cal", "Vega"), ("Dev", "Lima"), ("Eli", "Paz"))
LATER = (("Ana", "Mora"), ("Cal", "Diaz"), ("Fay", "Luna"))
ACTIONS = (
    "act_next",
    "act_pause",
    "act_end",
    "act_give",
    "act_withdraw",
    "act_refuse",
    "act_up",
    "act_down",
    "act_resort",
    "act_close",
    "act_log",
    "act_carry",
    "act_park",
)


def rows_of(tab: FloorTab) -> list[Placement]:
    """The stack's rows as the tab shows them."""
    model = tab.stack_model
    return [p for p in map(model.placement, range(model.rowCount())) if p is not None]


@dataclass
class Floor:
    """A Floor tab over a meeting's floor, and what it was told (its alerts)."""

    tab: FloorTab
    session: FloorSession
    clock: ManualClock
    conn: sqlite3.Connection
    people: list[Person]
    meeting_id: int
    happened: list[str]  # each update of the tab's actions, each reload of its stack
    picked: list[Person] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    ended: bool = False
    item: int = 1

    def add(self, person: Person, kind: EntryKind = EntryKind.GENERAL) -> None:
        self.picked[:] = [person]  # none left over from an add refused before anyone asked
        self.tab.add_to_stack(kind)

    def select(self, name: str) -> None:
        s = self.session
        row = next(r for r, p in enumerate(rows_of(self.tab)) if s.floor.name_of(p.entry) == name)
        self.tab.stack_table.selectRow(row)

    def names(self) -> list[str]:
        return [self.session.floor.name_of(p.entry) for p in rows_of(self.tab)]


@pytest.fixture
def floor(qtbot: QtBot, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> Floor:
    meeting = MeetingStore(conn).create(Meeting("Assembly", DAY, dt.time(18)))
    store = PeopleStore(conn)
    people = [store.add(Person(f, last, profession="RN")) for f, last in HERE + LATER]
    store.set_categories(people[1].key, [NIGHT])  # Bea
    clock = ManualClock(T0)
    session = FloorSession(meeting, conn, clock)
    for p in people[: len(HERE)]:
        session.mark_present(p.key)
    session.follow_item(1)
    happened: list[str] = []
    update = FloorTab._update_actions

    def watched_update(tab: FloorTab, *_args: object) -> None:
        happened.append("update")
        update(tab)

    monkeypatch.setattr(FloorTab, "_update_actions", watched_update)  # before it is connected
    tab = FloorTab(store)
    tab.stack_model.modelReset.connect(lambda: happened.append("reload"))
    qtbot.addWidget(tab)
    tab.timer.stop()  # the test ticks
    tab.undo_stack = QUndoStack(tab)
    tab.next_item_id = 2
    made = Floor(tab, session, clock, conn, people, meeting.key, happened)
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _c, *_a: made.picked.pop(0)))
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _t, m: made.alerts.append(m)))
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda _c, *_a: True))
    tab.meeting_ended = lambda: made.ended
    tab.set_session(session)
    return made


def test_a_refresh_places_the_stack_once(floor: Floor, monkeypatch: pytest.MonkeyPatch) -> None:
    tab, s = floor.tab, floor.session
    tab.rule_panel.settings_chosen.emit(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
    for p in floor.people[:4]:
        floor.add(p)
    floor.select("Dev")
    tab.move_entry(-1)  # Dev, placed by hand above Cal
    assert floor.names() == ["Ana", "Bea", "Dev", "Cal"]
    floor.select("Bea")

    calls = counting(monkeypatch, "placements")
    tab.refresh()  # Bea selected again: her actions, and the note
    assert calls == {"placements": 1}
    assert tab.selected_entry() == s.floor.waiting()[1].id
    assert tab.act_resort.isEnabled()
    assert tab._by_hand_note.startswith("Placed by hand: Dev;")

    calls.clear()
    tab.next_speaker()  # Ana speaks (the floor places the stack to find who is next, twice)
    assert calls == {"placements": 2 + 1}
    calls.clear()
    tab.toggle_pause()  # paused: a change of the turn, refreshed
    assert calls == {"placements": 1}
    assert tab.act_pause.iconText() == "Resume"


def test_an_arrival_that_changes_the_stack_places_it_twice(
    floor: Floor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once before the room is read again and once after (`FloorTab.follow_room`), and the
    refresh that shows the change takes the stack as just placed: five times before."""
    tab, s = floor.tab, floor.session
    for p in floor.people[:3]:
        floor.add(p)
    tab.next_speaker()  # Ana speaks
    floor.add(floor.people[1], EntryKind.DIRECT_RESPONSE)  # Bea responds to Ana
    assert rows_of(tab)[0].reason == "Responds to Ana"

    calls = counting(monkeypatch, "placements")
    namesake = floor.people[len(HERE)]  # Ana Mora
    AttendanceStore(floor.conn).mark_present(floor.meeting_id, namesake.key, 0, "phone")
    s.note_arrival(namesake.key)
    tab.follow_room()
    assert calls == {"placements": 2}
    assert rows_of(tab)[0].reason == "Responds to Ana R."
    assert tab.speaker_label.text() == "Ana R."
    assert rows_of(tab) == s.placements()


def speaker_waiting_again(floor: Floor) -> None:
    """Least airtime first: Cal spoke 10 s; Bea speaks (1 s so far) and waits again, Eli
    placed by hand below her, Dev below Cal."""
    tab = floor.tab
    _, bea, cal, dev, eli = floor.people[: len(HERE)]
    tab.rule_panel.settings_chosen.emit(FloorSettings(Policy.LEAST_AIRTIME_MEETING))
    floor.add(cal)
    tab.next_speaker()
    floor.clock.advance(10)
    floor.add(bea)
    tab.next_speaker()  # Cal spoke 10 s; Bea speaks
    floor.clock.advance(1)
    for p in (bea, eli, cal, dev):
        floor.add(p)
    assert floor.names() == ["Eli", "Dev", "Bea", "Cal"]
    floor.select("Eli")
    tab.move_entry(2)  # below Bea
    floor.select("Dev")
    tab.move_entry(3)  # to the bottom, below Cal


def test_a_speaker_waiting_again_moves_with_the_clock_and_a_selection_follows(
    floor: Floor,
) -> None:
    """Least airtime first: Bea speaks and is waiting again, Cal spoke 10 s before. Eli and
    Dev were moved by hand, Eli below Bea and Dev below Cal: once Bea has spoken longer than
    Cal, Cal and Dev go first. The rows stay as the last refresh placed them, and a change
    of selection names the people placed by hand in the order placing the stack now gives,
    as it did before the refresh placed the stack once."""
    tab = floor.tab
    speaker_waiting_again(floor)
    assert floor.names() == ["Bea", "Eli", "Cal", "Dev"]
    assert tab._by_hand_note.startswith("Placed by hand: Eli, Dev;")

    floor.clock.advance(15)  # Bea has spoken 16 s now, Cal 10 s
    tab.tick(slow=True)
    assert floor.names() == ["Bea", "Eli", "Cal", "Dev"]  # as placed at the last refresh
    floor.select("Cal")
    assert tab._by_hand_note.startswith("Placed by hand: Dev, Eli;")
    assert [e.name for e in floor.session.floor.placed_by_hand()] == ["Dev", "Eli"]
    tab.refresh()
    assert floor.names() == ["Cal", "Dev", "Bea", "Eli"]
    assert tab._by_hand_note.startswith("Placed by hand: Dev, Eli;")


# After any sequence of changes


def shown(tab: FloorTab) -> dict[str, object]:
    """What the actions and the note under the stack show."""
    return {
        **{
            name: (getattr(tab, name).isEnabled(), getattr(tab, name).iconText())
            for name in ACTIONS
        },
        **{f"add {kind}": action.isEnabled() for kind, action in tab.add_actions.items()},
        "by hand": tab._by_hand_note,
        "note": tab.stack_note.text(),
    }


def placed_afresh(tab: FloorTab) -> dict[str, object]:
    """What `FloorTab._update_actions` showed before the refresh placed the stack once (each
    rule as it was), the stack placed afresh now: `shown` as it must be after an update."""
    shown_session = tab.session
    s = shown_session if shown_session is not None and not tab.meeting_ended() else None
    entry_id = tab.selected_entry()
    entry = s.floor.entry(entry_id) if s is not None and entry_id is not None else None
    turn = s.floor.current_turn if s is not None else None
    general = entry is not None and not entry.kind.jumps_queue
    by_hand: list[StackEntry] = s.floor.placed_by_hand() if s is not None else []
    closed = s is not None and s.floor.stack_closed
    changes = changes_by_hand(shown_session.floor.log) if shown_session is not None else 0
    enabled = {
        "act_next": s is not None and (bool(s.floor.waiting()) or turn is not None),
        "act_pause": turn is not None,
        "act_end": turn is not None,
        "act_give": entry is not None,
        "act_withdraw": entry is not None,
        "act_refuse": entry is not None and entry.kind == EntryKind.DIRECT_RESPONSE,
        "act_up": general,
        "act_down": general,
        "act_resort": bool(by_hand),
        "act_close": s is not None,
        "act_log": shown_session is not None,
        "act_carry": s is not None and tab.next_item_id is not None,
        "act_park": tab.act_park.isEnabled(),  # never changed by an update
    }
    texts = {name: getattr(tab, name).iconText() for name in ACTIONS}  # those never changed
    texts["act_pause"] = "Resume" if turn is not None and turn.paused else "Pause"
    texts["act_close"] = "Reopen stack" if closed else "Close stack"
    texts["act_log"] = f"Log ({changes})" if changes else "Log"
    note = tab._by_hand_text(by_hand)
    waiting = tab._waiting_text() if shown_session and shown_session.floor.current_turn else ""
    return {
        **{name: (enabled[name], texts[name]) for name in ACTIONS},
        **{f"add {kind}": s is not None for kind in tab.add_actions},
        "by hand": note,
        "note": " ".join(t for t in (waiting, note) if t),
    }


POLICIES = (
    Policy.LEAST_AIRTIME_MEETING,
    Policy.LEAST_AIRTIME_ITEM,
    Policy.PRIORITY_GROUPS,
    Policy.FIFO,
    Policy.FIRST_TIME,
    Policy.FEWEST_TURNS,
)
# How often each change comes: mostly what moves the stack, and the clock
STEPS = {
    "add": 20,
    "select": 12,
    "clock": 12,
    "move": 12,
    "turn": 10,
    "rule": 5,
    "take off": 6,
    "undo": 4,
    "resort": 2,
    "close": 2,
    "room": 10,
    "next item": 2,
    "end": 1,
}


def random_step(floor: Floor, rng: random.Random) -> str:
    """One change the facilitator, the room or the clock makes, chosen by `rng`: its name.
    Often the rare case: someone speaking joins the stack again (their place then moves
    with the clock under a least-airtime rule, the people placed by hand around them too)."""
    tab, s = floor.tab, floor.session
    rows = tab.stack_model.rowCount()
    step = rng.choices(list(STEPS), list(STEPS.values()))[0]
    if rare(s) and rng.random() < 0.5:
        step = "select"  # while it lasts, the clock moves and a selection shows it more often
    if rows and (step in ("move", "take off") or (step == "turn" and rng.random() < 0.2)):
        tab.stack_table.selectRow(rng.randrange(rows))
    if step == "add":
        here = {p.person_id for p in s.present()}
        person = rng.choice([p for p in floor.people if p.key in here] or floor.people)
        turn = s.floor.current_turn
        kind = rng.choice([EntryKind.GENERAL] * 5 + list(EntryKind))
        if turn is not None and rng.random() < 0.5:
            person = next(p for p in floor.people if p.key == turn.person_id)
            kind = EntryKind.GENERAL
        floor.add(person, kind)
        return f"add {person.first_name} {kind}"
    if step == "select":  # a while later, the facilitator picks someone else on the stack
        floor.clock.advance(rng.choice((0, 1, 5, 15, 40)))
        tab.tick()
        selected = [i.row() for i in tab.stack_table.selectionModel().selectedRows()]
        others = [r for r in range(rows) if r not in selected]
        if others and rng.random() < 0.9:
            tab.stack_table.selectRow(rng.choice(others))
        else:
            tab.stack_table.clearSelection()
    elif step == "clock":
        floor.clock.advance(rng.choice((0.4, 1, 3, 7, 15, 40)))
        tab.tick(slow=rng.random() < 0.3)
    elif step == "move":
        tab.move_entry(rng.choice((-3, -2, -1, -1, 1, 1, 2, 3)))
    elif step == "turn":
        turn = rng.choice(("next", "next", "end", "pause", "give"))
        actions = {
            "next": tab.next_speaker,
            "end": tab.end_turn,
            "pause": tab.toggle_pause,
            "give": tab.give_floor,
        }
        actions[turn]()
        return turn
    elif step == "rule":
        groups = LIFTED if rng.random() < 0.8 else frozenset()
        policy = rng.choice(POLICIES)
        tab.rule_panel.settings_chosen.emit(FloorSettings(policy, priority_groups=groups))
        return f"rule {policy}"
    elif step == "take off":
        (tab.withdraw if rng.random() < 0.6 else tab.refuse)()
    elif step == "undo":
        assert tab.undo_stack is not None
        (tab.undo_stack.undo if rng.random() < 0.7 else tab.undo_stack.redo)()
    elif step == "resort":
        tab.resort()
    elif step == "close":
        tab.toggle_closed()
    elif step == "room":
        return room_change(floor, rng)
    elif step == "next item":
        if rng.random() < 0.5:
            tab.carry()
        floor.item += 1
        s.follow_item(floor.item)  # the agenda moves on, as the meeting view follows it
        tab.next_item_id = floor.item + 1
        tab.refresh()
    else:
        floor.ended = not floor.ended
        tab.refresh()
        return "ended" if floor.ended else "reopened"
    return step


def rare(s: FloorSession) -> bool:
    """The rare case: under a least-airtime rule, someone speaks who is waiting again too,
    with people placed by hand (some may be placed below them)."""
    floor, turn = s.floor, s.floor.current_turn
    return (
        floor.settings.policy in (Policy.LEAST_AIRTIME_ITEM, Policy.LEAST_AIRTIME_MEETING)
        and turn is not None
        and turn.speaking
        and any(e.person_id == turn.person_id for e in floor.waiting())
        and len(floor.placed_by_hand()) > 1
    )


def room_change(floor: Floor, rng: random.Random) -> str:
    """Someone arrives (a namesake of someone on the floor, maybe), leaves, or gives another
    group (often someone on the stack), through the sign-in's connection as it were; the floor
    follows the room."""
    s, attendance, people = floor.session, AttendanceStore(floor.conn), PeopleStore(floor.conn)
    on_floor = {e.person_id for e in s.floor.entries()}
    person = rng.choice(floor.people + [p for p in floor.people if p.key in on_floor])
    here = {p.person_id for p in s.present()}
    if person.key not in here:
        attendance.mark_present(floor.meeting_id, person.key, 0, "phone")
        what = "arrives"
    elif rng.random() < 0.3:
        attendance.mark_absent(floor.meeting_id, person.key)
        what = "leaves"
    else:
        groups = [] if NIGHT in s.groups_of(person.key) else [NIGHT]
        people.set_categories(person.key, groups)
        attendance.follow_categories(person.key, groups, DAY)
        what = "regroups"
    s.note_arrival(person.key)
    floor.tab.follow_room()
    return f"{person.first_name} {what}"


@pytest.mark.parametrize("seed", range(8))
def test_after_any_changes_the_tab_shows_the_stack_placed_afresh(seed: int, floor: Floor) -> None:
    """From an empty floor, or (odd seeds) from a speaker waiting again, with people placed
    by hand around them, under a least-airtime rule."""
    rng = random.Random(seed)
    tab, s, watched = floor.tab, floor.session, floor.happened
    if seed % 2:
        speaker_waiting_again(floor)
    before = shown(tab)
    rows: list[Placement] = rows_of(tab)
    for n in range(150):
        watched.clear()
        step = random_step(floor, rng)
        where = f"step {n}: {step} ({', '.join(watched)})"
        if "reload" in watched:  # the stack as placed now
            rows = s.placements()
        assert rows_of(tab) == rows, where
        now = shown(tab)
        if "update" in watched:
            assert now == placed_afresh(tab), where
        else:  # a clock tick: only the note's call to close the stack may change
            assert {k: v for k, v in now.items() if k != "note"} == {
                k: v for k, v in before.items() if k != "note"
            }, where
        before = now
