"""The floor of one meeting as the facilitator runs it: the stack, the turn, airtime.

Every change goes through the core `Floor` (which decides whether it is allowed) and is saved
at once. `snapshot()` is what shared screens may show: first names only, no contact data, no
roster, and groups below the minimum size left out.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from meetingkit.core.airtime import NOT_GIVEN, GroupShare, Turn, shareable
from meetingkit.core.clock import Clock, NappingClock, catch_up, to_ms
from meetingkit.core.floor import (
    Cue,
    EntryState,
    Floor,
    FloorSettings,
    LogLine,
    Placement,
    Policy,
    StackEntry,
)
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import canonical_profession, room_names
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_room import FloorRoom
from meetingkit.services.sessions import HEARTBEAT_MS
from meetingkit.services.write_tally import WriteTally
from meetingkit.storage.attendance import AttendanceStore, Present
from meetingkit.storage.database import transaction
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.people import PeopleStore

# A restart pauses the turn at the last sign of life, which may be up to a heartbeat old (more
# when the app was busy): a shorter gap is no closed time to leave out.
RESUME_NOTICE_MS = 2 * HEARTBEAT_MS


@dataclass(frozen=True)
class Resumed:
    """The app was closed while someone spoke: their turn was paused as of the last moment
    the app was known to be running, so the time it was closed is not their airtime. Or the
    computer slept (`asleep`: its lid closed over a break): the turn was paused as it went to
    sleep (`last_seen_ms`), for `gap_ms`."""

    turn_id: int
    name: str
    last_seen_ms: int
    gap_ms: int
    # The computer's clock read this much earlier than `last_seen_ms`, the last moment the
    # floor's record holds (set back since): how long the app was closed cannot be told. The
    # turn is paused as of `last_seen_ms`, the clock carries on from there
    # (`core.clock.catch_up`), and `gap_ms` is 0.
    clock_behind_ms: int = 0
    asleep: bool = False


@dataclass(frozen=True)
class SpeakerView:
    name: str
    kind: EntryKind
    spoken_ms: int
    limit_ms: int
    cue: Cue
    paused: bool


@dataclass(frozen=True)
class FloorSnapshot:
    """What the room may see. Built for the projector; never holds contact data."""

    speaker: SpeakerView | None
    next_names: tuple[str, ...]
    waiting: int
    stack_closed: bool
    rule: str  # the rule as the room reads it: the policy, with the groups lifted up
    explanation: str  # the rule in a sentence (and that someone is placed by hand, if so)
    shares: tuple[GroupShare, ...]


@dataclass(frozen=True)
class ShownShares:
    """The groups a screen may show, largest first, and how many smaller ones it leaves out."""

    groups: tuple[GroupShare, ...]
    left_out: int  # groups with fewer than the meeting's smallest group shown present


@dataclass(frozen=True)
class PersonAirtime:
    person_id: int
    name: str
    profession: str
    turns: int
    meeting_ms: int
    item_ms: int


class FloorSession:
    def __init__(
        self,
        meeting: Meeting,
        conn: sqlite3.Connection,
        clock: Clock,
        defaults: FloorSettings | None = None,
        *,
        first_open: bool = False,
        quiet_writes: WriteTally | None = None,
    ) -> None:
        """`first_open`: this app opens the meeting's floor for the first time since it
        started, so a turn left speaking may hold time the app was closed; the screen then
        calls `leave_out_closed_time`. False for a session only read (counts, the demo).
        `quiet_writes`: the rows the app writes that say nothing of who signed in or is
        present (`Sessions.quiet_writes`); the floor's saves are counted in it too."""
        self.meeting = meeting
        self.first_open = first_open
        self._conn = conn
        self._store = FloorStore(conn, defaults)
        self._attendance = AttendanceStore(conn)
        self._people = PeopleStore(conn)
        self._clock = clock
        # Who is in the room, read again only for those who signed in (services.floor_room)
        self._quiet_writes = quiet_writes if quiet_writes is not None else WriteTally()
        self._room = FloorRoom(conn, meeting.key, quiet_writes=self._quiet_writes)
        # Airtime per person of everyone present as if they had not spoken, by name
        # (`people_airtime`): kept as people come and go, not made for all of them each time
        self._still: list[PersonAirtime] = []
        self._still_of: dict[int, PersonAirtime] = {}
        # Those of them who have not spoken: all but `_heard` (None: to be picked again)
        self._quiet: list[PersonAirtime] = []
        self._heard: frozenset[int] | None = None
        self.floor = self._load_floor()
        self._load_present()
        # A clock set back since the last run would save new turns and entries before the
        # ones saved, and give a turn left speaking a time below zero: it carries on from the
        # last moment saved instead, and a turn left speaking is paused then.
        self._clock_behind_ms = catch_up(clock, self._last_saved_ms() or 0) if first_open else 0
        self._naps_seen = 0  # the clock's naps already looked at (`leave_out_sleep`)

    def _load_floor(self, item_id: int | None = None) -> Floor:
        """The floor as saved, on agenda item `item_id`: at start, and after a change the
        database refused (on the item it was on, as a restart that follows the agenda shows)."""
        saved = self._store.load(self.meeting.key)
        floor = Floor(
            self._clock,
            saved.settings,
            saved.entries,
            saved.turns,
            saved.manual_order,
            groups_of=self.groups_of,
            moved_by_hand=saved.moved_by_hand,
            names_of=self._room.names.get,  # what the room calls the people present
        )
        floor.set_item(item_id)
        floor.closed_items = saved.closed_items
        floor.log = list(saved.log)
        self._logged = len(floor.log)
        self._seen_ms = saved.seen_ms
        self._not_yet_opened = saved.not_yet_opened
        return floor

    # A restart

    def leave_out_closed_time(self) -> Resumed | None:
        """When the app opens the floor for the first time since it started (`first_open`):
        a turn left speaking is paused as of the last moment the app was known to be running
        (its last heartbeat, or the last change saved), so the time the app was closed — a
        crash, a flat battery — does not count as anyone's airtime. The facilitator resumes
        it."""
        floor = self.floor
        turn = floor.current_turn
        if turn is None or not turn.speaking or self._not_yet_opened:
            return None  # nobody speaking, or the demo's turn, never opened by a running app
        if self._clock_behind_ms >= RESUME_NOTICE_MS:
            # How long the app was closed cannot be told: the turn stops at the last moment
            # saved, and nothing after counts as speaking time until it is resumed.
            last = self._last_saved_ms() or turn.segments[-1][0]
            set_back = floor.pause_since(last)
            if set_back is None:
                return None
            self._save(turns=[set_back])
            name = self._speaker_name(set_back)
            return Resumed(set_back.id, name, last, 0, clock_behind_ms=self._clock_behind_ms)
        now = floor.now_ms()
        signs = [turn.segments[-1][0], *(e.added_ms for e in floor.entries())]
        signs += [line.at_ms for line in floor.log]
        if self._seen_ms is not None:
            signs.append(self._seen_ms)
        seen = min(max(signs), now)
        if now - seen < RESUME_NOTICE_MS:
            return None
        paused = floor.pause_since(seen)
        if paused is None:
            return None
        self._save(turns=[paused])
        return Resumed(paused.id, self._speaker_name(paused), seen, now - seen)

    def leave_out_sleep(self) -> Resumed | None:
        """A turn left speaking as the computer went to sleep (its lid closed over a break,
        opened again) is paused as of then, as one left speaking when the app closed is
        (`leave_out_closed_time`): the time it slept is nobody's airtime, while the meeting's
        and the item's clocks count it, as the wall clock does. The facilitator resumes it.
        Asked on every tick of the floor, and before any change of turn."""
        naps = self._clock.naps() if isinstance(self._clock, NappingClock) else ()
        if len(naps) <= self._naps_seen:
            return None  # no sleep since last asked (the usual case: nothing else is read)
        self._naps_seen = len(naps)  # a save the database refuses is not tried again
        turn = self.floor.current_turn
        if turn is None or not turn.speaking:
            return None
        since = turn.segments[-1][0]
        nap = next((n for n in naps if to_ms(n.began) >= since), None)
        if nap is None:
            return None
        paused = self.floor.pause_since(to_ms(nap.began))
        if paused is None:
            return None
        self._save(turns=[paused])
        name = self._speaker_name(paused)
        return Resumed(paused.id, name, to_ms(nap.began), to_ms(nap.seconds), asleep=True)

    def _last_saved_ms(self) -> int | None:
        """The last moment the floor's record holds, its last sign of life included."""
        moments = [self.floor.latest_ms(), self._seen_ms]
        return max((m for m in moments if m is not None), default=None)

    def _speaker_name(self, turn: Turn) -> str:
        return self.floor.speaking_name(turn.person_id)

    # The room

    def present(self) -> list[Present]:
        return list(self._room.in_order())

    def mark_present(self, person_id: int, source: str = "manual") -> None:
        with self._room.own_writes():  # read again below
            marked = self._attendance.mark_present(
                self.meeting.key, person_id, self.floor.now_ms(), source
            )
        if marked:
            self._room.note(person_id)
            self._follow(self._room.update())

    def mark_absent(self, person_id: int) -> None:
        with self._room.own_writes():
            self._attendance.mark_absent(self.meeting.key, person_id)
        self._room.note(person_id)
        self._follow(self._room.update())

    def reload_present(self) -> None:
        """Read again who is in the room, all of it."""
        self._load_present()

    def note_arrival(self, person_id: int) -> None:
        """The sign-in server saved or fixed a sign-in of this person: `follow_room` reads
        them again."""
        self._room.note(person_id)

    def note_taken_back(self) -> None:
        """The sign-in server took a sign-in back (its person may be forgotten): `follow_room`
        reads the whole room again."""
        self._room.read_all_next()

    def follow_room(self) -> frozenset[int]:
        """People signed in elsewhere (phones, the kiosk): read again who is in the room,
        only the people the server reported when nothing else can have changed
        (services.floor_room). The people whose presence, groups, room name or withheld
        name changed."""
        return self._follow(self._room.update())

    def groups_of(self, person_id: int) -> frozenset[str]:
        return self._room.groups.get(person_id, frozenset())

    def _load_present(self) -> None:
        """Who is in the room, and each one's groups as the meeting keeps them: the
        profession and self-identified groups they had there (AttendanceStore), so a past
        meeting's airtime by group is its room's, not today's directory's. Someone on the
        stack who is not marked present has no groups here, as in the report."""
        self._follow(self._room.read())

    def _follow(self, changed: set[int]) -> frozenset[int]:
        """Keep `people_airtime`'s rows of the people present who have not spoken up to date
        with the room, `changed` having changed in it."""
        present, heard = self._room.present, self._heard
        if len(changed) > len(self._still) // 8:  # many: as quick to sort them all again
            self._still_of = {pid: _still_row(p) for pid, p in present.items()}
            self._still = sorted(self._still_of.values(), key=_still_order)
            self._heard = None
            return frozenset(changed)
        for pid in changed:
            old, p = self._still_of.pop(pid, None), present.get(pid)
            rows = (self._still,) if heard is None or pid in heard else (self._still, self._quiet)
            if old is not None:
                for kept in rows:
                    del kept[bisect_left(kept, _still_order(old), key=_still_order)]
            if p is not None:
                self._still_of[pid] = row = _still_row(p)
                for kept in rows:
                    insort(kept, row, key=_still_order)
        return frozenset(changed)

    def known_categories(self) -> list[str]:
        return self._people.all_categories()

    def shown_to_room(self, person_id: int, name: str) -> str:
        """`name` as the room's screen shows it: initials only for someone who signed in on a
        form that asked whether their first name may be shown, and did not allow it."""
        if person_id not in self._room.withheld:
            return name
        present = self._room.present.get(person_id)
        words = [present.first_name, present.last_name] if present else name.split()[:1]
        return " ".join(f"{w.strip()[0]}." for w in words if w.strip()) or "—"

    def room_name(self, person_id: int, first_name: str, last_name: str = "") -> str:
        """First name on shared screens; an initial only where two present share it
        (`room_names`). The name a new entry is saved with: the stack shows the name the
        room tells them apart by at the time (`Floor.name_of`)."""
        namesakes = [p for p in self._room.namesakes(first_name) if p[0] != person_id]
        named = room_names([*namesakes, (person_id, first_name, last_name)])
        return named.get(person_id, first_name)

    # Settings

    def set_settings(self, settings: FloorSettings) -> None:
        self.floor.change_settings(settings)
        with self._quiet_writes.counting(self._conn):  # nobody's presence
            self._store.save_settings(self.meeting.key, settings)
        self._save()  # a change of rule is logged

    def follow_item(self, item_id: int | None) -> None:
        """The stack of the agenda's item now on (None: the meeting's own, before it starts
        or after it ends). A turn still on ends where the item does, so time spoken after
        the agenda moved on, or after the meeting ended, is nobody's airtime on the old
        item: the facilitator gives the floor again on the new one."""
        turn = self.floor.current_turn
        if turn is not None and turn.item_id != item_id:  # a restart finds it on its item
            self.end_turn()
        self.floor.set_item(item_id)

    # The stack

    def add(
        self,
        person_id: int,
        first_name: str,
        last_name: str = "",
        kind: EntryKind = EntryKind.GENERAL,
    ) -> StackEntry:
        """Put someone on the stack; joining the stack marks them present."""
        self.mark_present(person_id, source="stack")
        entry = self.floor.add(person_id, self.room_name(person_id, first_name, last_name), kind)
        self._save(entries=[entry])
        return entry

    def placements(self) -> list[Placement]:
        return self.floor.placements()

    def withdraw(self, entry_id: int) -> StackEntry:
        entry = self.floor.withdraw(entry_id)
        self._save(entries=[entry])
        return entry

    def refuse(self, entry_id: int) -> StackEntry:
        entry = self.floor.refuse(entry_id)
        self._save(entries=[entry])
        return entry

    def put_back(self, entry_id: int) -> StackEntry:
        """Undo a withdrawal or a refusal."""
        entry = self.floor.put_back(entry_id)
        self._save(entries=[entry])
        return entry

    def move(self, entry_id: int, position: int) -> None:
        self.floor.move(entry_id, position)
        self._save()

    def resort(self) -> None:
        self.floor.resort()
        self._save()

    def close_stack(self) -> None:
        self.floor.close_stack()
        self._save()

    def reopen_stack(self) -> None:
        self.floor.reopen_stack()
        self._save()

    def move_unheard(self, to_item_id: int | None) -> int:
        """Carry the people still waiting to another item: how many were carried. Entries
        that do not carry over (`Floor.move_unheard`) are taken off the stack, and saved so."""
        changed = self.floor.move_unheard(to_item_id)
        self._save(entries=changed)
        return sum(1 for e in changed if e.state is EntryState.WAITING)

    def not_carried(self) -> list[str]:
        """The entries `move_unheard` would take off the stack instead of carrying (direct
        responses and clarifying questions: `EntryKind.carries_over`), in stack order, each as
        the stack names it: "Aisha (Direct response)"."""
        words = self.floor.settings.vocabulary
        return [
            f"{self.floor.name_of(e)} ({words.name_of(e.kind)})"
            for e in self.floor.waiting()
            if not e.kind.carries_over
        ]

    def park_unheard(self) -> int:
        parked = self.floor.park_unheard()
        self._save(entries=parked)
        return len(parked)

    # Turns

    def next_speaker(self) -> Turn | None:
        self.leave_out_sleep()
        ending = self.floor.current_turn
        started = self.floor.next_speaker()
        self._save_turns(ending)
        return started

    def give_floor(self, entry_id: int) -> Turn:
        self.leave_out_sleep()
        ending = self.floor.current_turn
        started = self.floor.give_floor(entry_id)
        self._save_turns(ending)
        return started

    def toggle_pause(self) -> None:
        if self.leave_out_sleep() is not None:
            return  # paused as the computer went to sleep: as it was before the key
        self._save(turns=[self.floor.toggle_pause()])

    def end_turn(self) -> None:
        self.leave_out_sleep()
        ending = self.floor.current_turn
        self.floor.end_turn()
        self._save_turns(ending)

    def _save_turns(self, ending: Turn | None) -> None:
        """Save the turn that ended (in its final state), the one now on, and their entries."""
        ledger = self.floor.ledger
        turns = [ledger.turn(t.id) for t in (ending, self.floor.current_turn) if t is not None]
        people = {t.person_id for t in turns}
        entries = [e for person in people for e in self.floor.entries_of(person)]
        self._save(entries=entries, turns=turns)

    # Airtime

    def shares(self) -> list[GroupShare]:
        """Every group's share, the smallest included: for counting, never to show."""
        room = self._room
        return self.floor.ledger.room_shares(
            room.sizes, len(room.present), room.groups, self.floor.now_ms()
        )

    def shown_shares(self) -> ShownShares:
        """The groups a screen may show — the projector's and the facilitator's alike: those
        with at least the meeting's smallest group present (`shareable`), and how many
        smaller ones are left out (never combined: people's groups overlap)."""
        every = [s for s in self.shares() if s.group != NOT_GIVEN]
        shown = shareable(every, self.floor.settings.min_group_size)
        return ShownShares(tuple(shown), len(every) - len(shown))

    def people_airtime(self) -> list[PersonAirtime]:
        """Per person, for the facilitator only (never on a shared screen): everyone present
        and everyone who spoke, the most airtime first, then by name. Only those who spoke
        are worked out; the others' rows are kept (`_follow`)."""
        now, ledger = self.floor.now_ms(), self.floor.ledger
        totals = ledger.by_person(now)
        present = self._room.present
        # Who has a total, or a turn of no time (ended as it started) and is here
        heard = frozenset(totals) | {t.person_id for t in ledger.turns if t.person_id in present}
        rows = []
        for pid in heard:
            p = present.get(pid)
            theirs = self.floor.entries_of(pid) if p is None else []
            name = p.display_name if p else (theirs[0].name if theirs else "?")
            rows.append(
                PersonAirtime(
                    pid,
                    name,
                    canonical_profession(p.profession) if p else "",
                    ledger.turn_count(pid),
                    totals.get(pid, 0),
                    ledger.person_ms(pid, now, self.floor.item_id, whole_meeting=False),
                )
            )
        rows.sort(key=_airtime_order)
        if heard != self._heard:  # someone spoke for the first time
            self._quiet = [r for r in self._still if r.person_id not in heard]
            self._heard = heard
        if rows and not rows[-1].meeting_ms:  # no time yet: among the others, by name
            quiet = list(self._quiet)
            while rows and not rows[-1].meeting_ms:
                insort(quiet, rows.pop(), key=_still_order)
            return rows + quiet
        return rows + self._quiet

    def snapshot(self) -> FloorSnapshot:
        """Asked on every tick of the room's screen: the stack is placed once, and the
        explanation told who is waiting from it."""
        floor, now = self.floor, self.floor.now_ms()
        turn = floor.current_turn
        speaker = None
        if turn is not None:
            speaker = SpeakerView(
                self.shown_to_room(turn.person_id, self._speaker_name(turn)),
                turn.kind,
                turn.spoken_ms(now),
                floor.turn_limit_ms(turn),
                floor.cue(turn),
                turn.paused,
            )
        placements = floor.placements()
        return FloorSnapshot(
            speaker=speaker,
            next_names=tuple(
                self.shown_to_room(p.entry.person_id, floor.name_of(p.entry))
                for p in placements[:3]
            ),
            waiting=len(placements),
            stack_closed=floor.stack_closed,
            rule=floor.settings.rule_label,
            explanation=floor.room_explanation(p.entry for p in placements),
            shares=self.shown_shares().groups,
        )

    # Saving

    def _save(self, entries: Iterable[StackEntry] = (), turns: Iterable[Turn] = ()) -> None:
        """Save a change already made to the floor in memory, all of it or none. If the
        database refuses it (a full disk), the floor goes back to what is saved, so that the
        screen shows what a restart would, and the error goes on to the facilitator."""
        new_log: list[LogLine] = self.floor.log[self._logged :]
        try:
            # Nobody's presence, nor anyone's sign-in: neither the floor nor the Sign-in tab
            # reads everything again for it (services.write_tally)
            with self._quiet_writes.counting(self._conn), transaction(self._conn):
                self._store.save(self.meeting.key, entries, turns, new_log)
                self._store.save_order(
                    self.meeting.key,
                    self.floor.manual_order,
                    self.floor.closed_items,
                    self.floor.moved_by_hand,
                )
            self._logged = len(self.floor.log)
        except sqlite3.Error:
            self.floor = self._load_floor(self.floor.item_id)
            raise


def with_policy(settings: FloorSettings, policy: Policy) -> FloorSettings:
    return replace(settings, policy=policy)


def _airtime_order(row: PersonAirtime) -> tuple[int, str, int]:
    """`people_airtime`'s order: the most airtime first, then by name."""
    return -row.meeting_ms, row.name.casefold(), row.person_id


def _still_order(row: PersonAirtime) -> tuple[str, int]:
    """`_airtime_order` among those with no airtime."""
    return row.name.casefold(), row.person_id


def _still_row(p: Present) -> PersonAirtime:
    """Someone present's airtime before they speak."""
    return PersonAirtime(p.person_id, p.display_name, _canonical(p.profession), 0, 0, 0)


# A room's few professions, each made canonical once, not once for each of thousands present
_canonical = lru_cache(maxsize=256)(canonical_profession)
