"""The speaking stack and the turn on the floor.

Order: jump-the-queue entries first by precedence (then by arrival); then the general stack
by the meeting's policy, ties by arrival, except for the people the facilitator moved by hand
(logged): each of them stays right below whoever was just above them when they were moved —
or at the top, if moved to the top — and everyone else, newcomers included, goes by the rule
(see `Floor.placements`). Each placement carries the reason the room can be told. Everything
is computed from the entries, the turns and the clock.

A meeting's entries only grow (every item's, heard and withdrawn ones included), while the
screens ask on every clock tick for the few waiting on the current item: `Floor` keeps the
waiting entries of each item, and the speaking and parked ones, indexed as entries change
(`_put`), so what a tick asks costs what is waiting, not what the meeting has heard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from meetingkit.core.airtime import AirtimeLedger, Turn
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.durations import span
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.stack_entry import EntryKind, TurnLimits, Vocabulary


class Policy(StrEnum):
    FIFO = "fifo"
    FIRST_TIME = "first_time"
    FEWEST_TURNS = "fewest_turns"
    LEAST_AIRTIME_ITEM = "least_airtime_item"
    LEAST_AIRTIME_MEETING = "least_airtime_meeting"
    PRIORITY_GROUPS = "priority_groups"

    @property
    def label(self) -> str:
        return translate("Floor", _POLICY_TEXT[self][0])

    @property
    def explanation(self) -> str:
        """What the facilitator reads out, or the projector shows, so the room knows the rule."""
        return translate("Floor", _POLICY_TEXT[self][1])


_POLICY_TEXT = {
    Policy.FIFO: (
        QT_TRANSLATE_NOOP("Floor", "First come, first served"),
        QT_TRANSLATE_NOOP("Floor", "Speakers are heard in the order they joined the stack."),
    ),
    Policy.FIRST_TIME: (
        QT_TRANSLATE_NOOP("Floor", "First-time speakers first"),
        QT_TRANSLATE_NOOP(
            "Floor",
            "People who have not spoken yet in this meeting go first; then in the "
            "order they joined the stack. Points of process and questions do not count "
            "as speaking.",
        ),
    ),
    Policy.FEWEST_TURNS: (
        QT_TRANSLATE_NOOP("Floor", "Fewest turns first"),
        QT_TRANSLATE_NOOP(
            "Floor",
            "People who have spoken fewer times in this meeting go first; ties "
            "in the order they joined. Points of process and questions do not count "
            "as turns.",
        ),
    ),
    Policy.LEAST_AIRTIME_ITEM: (
        QT_TRANSLATE_NOOP("Floor", "Least airtime first (this item)"),
        QT_TRANSLATE_NOOP(
            "Floor",
            "People who have spoken least on this agenda item go first, "
            "measured in seconds; ties in the order they joined.",
        ),
    ),
    Policy.LEAST_AIRTIME_MEETING: (
        QT_TRANSLATE_NOOP("Floor", "Least airtime first (whole meeting)"),
        QT_TRANSLATE_NOOP(
            "Floor",
            "People who have spoken least in this meeting go first, "
            "measured in seconds; ties in the order they joined.",
        ),
    ),
    Policy.PRIORITY_GROUPS: (
        QT_TRANSLATE_NOOP("Floor", "Priority for chosen groups"),
        QT_TRANSLATE_NOOP(
            "Floor",
            "People in the groups this meeting chose to lift up go first; "
            "then in the order they joined.",
        ),
    ),
}


class EntryState(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    HEARD = "heard"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    PARKED = "parked"


@dataclass(frozen=True)
class StackEntry:
    id: int
    person_id: int
    name: str  # what the room calls them: first name, or a name given on the spot
    kind: EntryKind
    item_id: int | None
    added_ms: int
    state: EntryState = EntryState.WAITING
    # A direct response: the turn it responds to (the one on the floor when it was asked for)
    responds_to: int | None = None


@dataclass(frozen=True)
class Placement:
    entry: StackEntry
    position: int  # 1 is next
    reason: str


# The smallest group shown on its own (`FloorSettings.min_group_size`), as a group may set it:
# never below 3 anywhere — the projector, the report (the groups people gave too: the group
# itself may be sensitive), a period's figures — since a group of one or two shows their
# airtime, and in a pair each knows the other's; and up to a large room's choice.
MIN_GROUP_SHOWN, MAX_GROUP_SHOWN = 3, 20


@dataclass(frozen=True)
class FloorSettings:
    policy: Policy = Policy.FIFO
    vocabulary: Vocabulary = Vocabulary.ASSEMBLY
    priority_groups: frozenset[str] = frozenset()
    limits: TurnLimits = field(default_factory=TurnLimits)
    min_group_size: int = MIN_GROUP_SHOWN  # smaller groups are hidden from shared screens

    @property
    def waiting_for_groups(self) -> bool:
        """Priority for chosen groups, with none chosen yet: the order is first come."""
        return self.policy == Policy.PRIORITY_GROUPS and not self.priority_groups

    @property
    def rule_label(self) -> str:
        """The rule as the log and the room's screen name it, with the groups lifted up."""
        label = self.policy.label
        if self.policy != Policy.PRIORITY_GROUPS:
            return label
        if not self.priority_groups:
            return fill(translate("Floor", "%1 (none chosen yet)"), label)
        return f"{label} ({', '.join(sorted(self.priority_groups))})"

    @property
    def rule_explanation(self) -> str:
        if self.waiting_for_groups:
            return translate(
                "Floor",
                "No group has been chosen yet, so speakers are heard in the order they "
                "joined the stack.",
            )
        return self.policy.explanation


class LogKind(StrEnum):
    """What a line of the floor's log records. Every kind but RULE is a change by hand."""

    RULE = "rule"  # the group's rule for the general stack was set
    MOVE = "move"
    RESORT = "resort"
    AHEAD = "ahead"  # the floor given to someone ahead of the stack
    REFUSE = "refuse"
    WITHDRAW = "withdraw"  # taken off the stack (at their request or not)
    PUT_BACK = "put_back"  # a withdrawal or refusal undone
    CLOSE = "close"
    REOPEN = "reopen"
    BY_HAND = "by_hand"  # a change by hand of a kind not recorded (logged by an older version)

    @property
    def by_hand(self) -> bool:
        return self != LogKind.RULE


@dataclass(frozen=True)
class LogLine:
    """One line of the floor's log: a change to the stack made by hand (a move, a refusal, a
    call ahead of the stack, the stack closed or reopened) or a new rule, in the app's language
    at the time it was made."""

    at_ms: int
    text: str
    kind: LogKind = LogKind.BY_HAND


def changes_by_hand(log: Iterable[LogLine]) -> int:
    """How many lines of the floor's log are changes made by hand (not the rule set)."""
    return sum(1 for line in log if line.kind.by_hand)


class Cue(StrEnum):
    """The discreet signal to the speaker: nothing, a colour change, then a blink."""

    NONE = "none"
    WRAP_UP = "wrap_up"
    OVER = "over"


class FloorError(MeetingkitError):
    """A floor action that does not fit (no one waiting, no turn to pause…)."""


class Floor:
    def __init__(
        self,
        clock: Clock,
        settings: FloorSettings | None = None,
        entries: Iterable[StackEntry] = (),
        turns: Iterable[Turn] = (),
        manual_order: Sequence[int] = (),
        groups_of: Callable[[int], frozenset[str]] = lambda _p: frozenset(),
        moved_by_hand: Iterable[int] = (),
        names_of: Callable[[int], str | None] = lambda _p: None,
    ) -> None:
        """`names_of`: what the room calls someone now (core.person.room_names: "Daniel R."
        once a second Daniel is here), or None to keep the name their entry was given."""
        self._clock = clock
        self._names_of = names_of
        self.settings = settings or FloorSettings()
        self._entries: dict[int, StackEntry] = {}
        # Indexes kept by `_put`, the one place an entry is stored: each entry's place in
        # `_entries` (the order every list of entries keeps), each person's entries, and the
        # entries waiting (per agenda item), speaking and parked.
        self._rank: dict[int, int] = {}
        self._ids_of: dict[int, list[int]] = {}
        self._waiting: dict[int | None, dict[int, StackEntry]] = {}
        self._speaking: dict[int, StackEntry] = {}
        self._parked: dict[int, StackEntry] = {}
        for e in entries:
            self._put(e)
        self.ledger = AirtimeLedger(turns)
        # The general stack as the facilitator's last move left it, and who was moved by
        # hand since the last re-sort: where each of those sits is worked out from it.
        self.manual_order: tuple[int, ...] = tuple(manual_order)
        self.moved_by_hand: frozenset[int] = frozenset(moved_by_hand)
        self._groups_of = groups_of
        self.item_id: int | None = None  # the agenda item on the floor
        self.closed_items: set[int | None] = set()
        self.log: list[LogLine] = []
        self._next_entry = max(self._entries, default=0) + 1
        self._next_turn = max((t.id for t in self.ledger.turns), default=0) + 1
        # The last turn from the general stack (0: none yet), kept by `give_floor`: whether the
        # floor has moved on from a turn is asked for each direct response, on every tick.
        self._last_general_turn = max(
            (t.id for t in self.ledger.turns if t.kind == EntryKind.GENERAL), default=0
        )

    def now_ms(self) -> int:
        return to_ms(self._clock.now())

    def latest_ms(self) -> int | None:
        """The latest moment the floor's record holds — an entry added, a turn's start or
        end, a line of its log — or None for a floor never used. Nothing saved after it may
        come before it (`core.clock.catch_up`)."""
        moments = [e.added_ms for e in self._entries.values()]
        moments += [m for t in self.ledger.turns for s in t.segments for m in s if m is not None]
        moments += [line.at_ms for line in self.log]
        return max(moments, default=None)

    # Reading the floor

    @property
    def current_turn(self) -> Turn | None:
        return self.ledger.current

    def entry(self, entry_id: int) -> StackEntry:
        try:
            return self._entries[entry_id]
        except KeyError:
            raise FloorError(translate("Floor", "That stack entry no longer exists.")) from None

    def entries(self) -> list[StackEntry]:
        return list(self._entries.values())

    def entries_of(self, person_id: int) -> list[StackEntry]:
        """A person's entries, on every item and in every state, in the order of `entries`."""
        return [self._entries[i] for i in self._ids_of.get(person_id, ())]

    def reads_room_of(self, person_ids: Iterable[int]) -> bool:
        """Whether any of these people has an entry on the floor (on any item, in any state).
        The floor asks the room (`names_of`, `groups_of`) only about people it has entries
        of, so a change in the room for anyone else changes nothing it shows: not the stack's
        places nor their reasons (`placements`), and no name (`name_of`, `speaking_name`)."""
        return any(p in self._ids_of for p in person_ids)

    def waiting(self) -> list[StackEntry]:
        """The entries waiting on the current item, in the order of `entries` (not the
        speaking order: see `placements`)."""
        return self._in_order(self._waiting.get(self.item_id, {}).values())

    def parked(self) -> list[StackEntry]:
        return self._in_order(self._parked.values())

    def speaking_name(self, person_id: int) -> str:
        """The name the stack gives `person_id` while they have the floor ("" if they do not:
        the floor given to nobody on the stack, or their entry forgotten)."""
        speaking = self._in_order(e for e in self._speaking.values() if e.person_id == person_id)
        return self.name_of(speaking[0]) if speaking else ""

    def name_of(self, entry: StackEntry) -> str:
        """What the stack, the projector and the log call the person of `entry` now: as the
        room tells them apart (`names_of`), or the name their entry was given."""
        return self._names_of(entry.person_id) or entry.name

    def _in_order(self, entries: Iterable[StackEntry]) -> list[StackEntry]:
        return sorted(entries, key=lambda e: self._rank[e.id])

    @property
    def stack_closed(self) -> bool:
        return self.item_id in self.closed_items

    def placements(self) -> list[Placement]:
        """The stack in speaking order, each with why it sits there.

        The general stack goes by the rule, except for the people the facilitator moved by
        hand (`move`, until `resort`). Someone moved stays right below whoever was just above
        them when they were moved, wherever the rule puts that person; at the top if they were
        moved to the top, or once nobody who was above them is still waiting. Everyone else —
        newcomers included — is placed by the rule among those who were not moved, so a
        person the rule lifts up who joins later still goes above people it does not."""
        waiting = self.waiting()
        jumpers = sorted(
            (e for e in waiting if e.kind.jumps_queue),
            key=lambda e: (e.kind.precedence, e.added_ms, e.id),
        )
        general = [e for e in waiting if not e.kind.jumps_queue]
        by_hand = self._by_hand(general)
        order = sorted((e for e in general if e.id not in by_hand), key=self._policy_key)
        rank = {entry_id: n for n, entry_id in enumerate(self.manual_order)}
        for entry_id in sorted(by_hand, key=rank.__getitem__):
            # right below the lowest of those above them in the order set by hand still here
            above = [i for i, e in enumerate(order) if rank.get(e.id, len(rank)) < rank[entry_id]]
            below = max(above, key=lambda i: rank[order[i].id], default=-1)
            order.insert(below + 1, by_hand[entry_id])
        result = [Placement(e, 0, self._jump_reason(e)) for e in jumpers]
        result += [
            Placement(
                e,
                0,
                translate("Floor", "Placed here by the facilitator")
                if e.id in by_hand
                else self._policy_reason(e),
            )
            for e in order
        ]
        return [replace(p, position=n) for n, p in enumerate(result, start=1)]

    def placed_by_hand(self, placements: Iterable[Placement] | None = None) -> list[StackEntry]:
        """The people waiting on this item's general stack whom the facilitator moved by
        hand, in speaking order: while there are any, the order is not the rule's alone.
        A caller that has just placed the stack, nothing changed since, passes its
        `placements` rather than have the stack placed again (a refresh of the Floor tab)."""
        placed = self.placements() if placements is None else placements
        general = [p.entry for p in placed if not p.entry.kind.jumps_queue]
        by_hand = self._by_hand(general)
        return [e for e in general if e.id in by_hand]

    def room_explanation(self, waiting: Iterable[StackEntry] | None = None) -> str:
        """The rule in a sentence, as the room's screen shows it; while someone is placed by
        hand, it says so, so that the screen never claims an order the stack does not follow.
        Asked on every tick of the room's screen: who waits is enough, not their order, so a
        caller that has just placed the stack passes its entries (`waiting`) rather than have
        them found again."""
        explanation = self.settings.rule_explanation
        waiting = self.waiting() if waiting is None else waiting
        if not self._by_hand(e for e in waiting if not e.kind.jumps_queue):
            return explanation
        by_hand = translate(
            "Floor", "The facilitator has placed someone by hand; everyone else goes by this rule."
        )
        return f"{explanation} {by_hand}"

    def _by_hand(self, general: Iterable[StackEntry]) -> dict[int, StackEntry]:
        """The general entries waiting whose place the facilitator set (by id)."""
        kept = set(self.manual_order) & self.moved_by_hand
        return {e.id: e for e in general if e.id in kept}

    def _policy_key(self, e: StackEntry) -> tuple[object, ...]:
        policy, now, ledger = self.settings.policy, self.now_ms(), self.ledger
        arrival = (e.added_ms, e.id)
        if policy == Policy.FIRST_TIME:
            return (ledger.counted_turns(e.person_id) > 0, *arrival)
        if policy == Policy.FEWEST_TURNS:
            return (ledger.counted_turns(e.person_id), *arrival)
        if policy == Policy.LEAST_AIRTIME_ITEM:
            return (ledger.person_ms(e.person_id, now, e.item_id, whole_meeting=False), *arrival)
        if policy == Policy.LEAST_AIRTIME_MEETING:
            return (ledger.person_ms(e.person_id, now), *arrival)
        if policy == Policy.PRIORITY_GROUPS:
            return (not self._prioritised(e.person_id), *arrival)
        return arrival

    def _prioritised(self, person_id: int) -> bool:
        return bool(self._groups_of(person_id) & self.settings.priority_groups)

    def _jump_reason(self, e: StackEntry) -> str:
        """Why an entry goes before the general stack. Its kind is beside it on every screen
        ("Asks for"), so the reason does not repeat it; a direct response says whom it
        answers, and whether the floor has moved on from them since."""
        name = self._speaker_of(e.responds_to) if e.responds_to is not None else ""
        if not name:
            return translate("Floor", "Goes before the general stack")
        assert e.responds_to is not None
        if self._moved_on_from(e.responds_to):
            return fill(translate("Floor", "Responds to %1; the floor has moved on since"), name)
        return fill(translate("Floor", "Responds to %1"), name)

    def _speaker_of(self, turn_id: int) -> str:
        """The name the stack gave the speaker of a turn ("" if it is gone: forgotten)."""
        turn = self.ledger.find(turn_id)
        if turn is None:
            return ""
        names = self.entries_of(turn.person_id)
        heard = [e for e in names if e.state in (EntryState.SPEAKING, EntryState.HEARD)]
        return self.name_of(max(heard or names, key=lambda e: e.id)) if names else ""

    def _moved_on_from(self, turn_id: int) -> bool:
        """Whether someone has had the floor from the general stack since the turn."""
        return self._last_general_turn > turn_id

    def _policy_reason(self, e: StackEntry) -> str:
        policy, now, ledger = self.settings.policy, self.now_ms(), self.ledger
        turns = ledger.counted_turns(e.person_id)
        if policy == Policy.FIRST_TIME:
            if turns == 0:
                return translate("Floor", "First time speaking today")
            if turns == 1:
                return translate("Floor", "Has spoken 1 time today")
            return fill(translate("Floor", "Has spoken %1 times today"), str(turns))
        if policy == Policy.FEWEST_TURNS:
            if turns == 0:
                return translate("Floor", "No turns yet")
            if turns == 1:
                return translate("Floor", "1 turn so far")
            return fill(translate("Floor", "%1 turns so far"), str(turns))
        if policy in (Policy.LEAST_AIRTIME_ITEM, Policy.LEAST_AIRTIME_MEETING):
            on_item = policy == Policy.LEAST_AIRTIME_ITEM
            ms = ledger.person_ms(e.person_id, now, e.item_id, whole_meeting=not on_item)
            if not ms:
                if on_item:
                    return translate("Floor", "Has not spoken on this item")
                return translate("Floor", "Has not spoken today")
            if on_item:
                return fill(translate("Floor", "%1 of airtime on this item"), span(ms))
            return fill(translate("Floor", "%1 of airtime today"), span(ms))
        if policy == Policy.PRIORITY_GROUPS:
            if self.settings.waiting_for_groups:
                return translate("Floor", "No groups chosen yet: in the order they joined")
            groups = sorted(self._groups_of(e.person_id) & self.settings.priority_groups)
            if not groups:
                return translate("Floor", "Joined the stack")
            return fill(translate("Floor", "Priority group: %1"), ", ".join(groups))
        return translate("Floor", "In the order they joined")

    def turn_limit_ms(self, turn: Turn) -> int:
        return self.settings.limits.for_kind(turn.kind)

    def cue(self, turn: Turn | None = None) -> Cue:
        turn = turn or self.current_turn
        if turn is None:
            return Cue.NONE
        left = self.turn_limit_ms(turn) - turn.spoken_ms(self.now_ms())
        if left <= 0:
            return Cue.OVER
        return Cue.WRAP_UP if left <= self.settings.limits.cue_before_ms else Cue.NONE

    # Changing the floor (the caller saves after each)

    def set_item(self, item_id: int | None) -> None:
        """The agenda moved on: the stack shown is the new item's."""
        self.item_id = item_id

    def check_can_add(self, kind: EntryKind) -> None:
        """Refuse an entry of this kind if the stack takes none now: asked before anyone is
        asked for a name. A closed stack still takes every entry that goes before it."""
        if self.stack_closed and kind == EntryKind.GENERAL:
            still = ", ".join(
                self.settings.vocabulary.name_of(k) for k in EntryKind if k.jumps_queue
            )
            raise FloorError(
                fill(
                    translate(
                        "Floor", "The stack is closed for this item. These can still be added: %1."
                    ),
                    still,
                )
            )

    def add(self, person_id: int, name: str, kind: EntryKind = EntryKind.GENERAL) -> StackEntry:
        """Put someone on the stack. Once on the general stack of an item, until heard; a point
        of process, a question or a response may come from someone waiting there too."""
        self.check_can_add(kind)
        if kind == EntryKind.GENERAL:
            waiting = next(
                (e for e in self.waiting() if e.person_id == person_id and e.kind == kind), None
            )
            if waiting is not None:
                raise FloorError(
                    fill(
                        translate("Floor", "%1 is already waiting on the stack."),
                        self.name_of(waiting),
                    )
                )
        latest = self.ledger.latest
        responds_to = (
            latest.id
            if kind == EntryKind.DIRECT_RESPONSE
            and latest is not None
            and latest.item_id == self.item_id
            else None
        )
        entry = StackEntry(
            self._next_entry,
            person_id,
            name,
            kind,
            self.item_id,
            self.now_ms(),
            responds_to=responds_to,
        )
        self._next_entry += 1
        self._put(entry)
        return entry

    def withdraw(self, entry_id: int) -> StackEntry:
        """Take someone waiting off the stack (they asked, or the facilitator did), logged:
        nobody leaves the stack without a trace."""
        entry = self._waiting_entry(entry_id)
        self._log(
            LogKind.WITHDRAW,
            QT_TRANSLATE_NOOP("Floor Log", "Took %1 off the stack"),
            self.name_of(entry),
        )
        return self._set_state(entry_id, EntryState.WITHDRAWN)

    def put_back(self, entry_id: int) -> StackEntry:
        """Undo a withdrawal or a refusal: the entry waits again, in the place it had (the
        order is worked out from when it joined, and a facilitator's order still holds it)."""
        entry = self.entry(entry_id)
        if entry.state not in (EntryState.WITHDRAWN, EntryState.REFUSED):
            raise FloorError(
                fill(translate("Floor", "%1 is no longer off the stack."), self.name_of(entry))
            )
        if entry.item_id != self.item_id:
            raise FloorError(
                fill(
                    translate(
                        "Floor",
                        "%1 was waiting on another agenda item: add them to this one's stack "
                        "instead.",
                    ),
                    self.name_of(entry),
                )
            )
        self._log(
            LogKind.PUT_BACK,
            QT_TRANSLATE_NOOP("Floor Log", "Put %1 back on the stack"),
            self.name_of(entry),
        )
        return self._set_state(entry_id, EntryState.WAITING)

    def refuse(self, entry_id: int) -> StackEntry:
        """The facilitator declines a direct response (they are often used to jump the stack)."""
        entry = self._waiting_entry(entry_id)
        if entry.kind != EntryKind.DIRECT_RESPONSE:
            raise FloorError(
                translate("Floor", "Only a direct response can be refused; withdraw other entries.")
            )
        self._log(
            LogKind.REFUSE,
            QT_TRANSLATE_NOOP("Floor Log", "Refused a direct response from %1"),
            self.name_of(entry),
        )
        return self._set_state(entry_id, EntryState.REFUSED)

    def move(self, entry_id: int, position: int) -> None:
        """Put a general entry at `position` (1-based) among the general stack, and log it.
        It is placed by hand from then on (see `placements`); nobody else is."""
        entry = self.entry(entry_id)
        if entry.kind.jumps_queue or entry.state != EntryState.WAITING:
            raise FloorError(
                translate("Floor", "Only people waiting on the general stack can be moved.")
            )
        if entry.item_id != self.item_id:  # not among `placements`, which are this item's
            raise FloorError(
                fill(
                    translate(
                        "Floor",
                        "%1 is waiting on another agenda item: they can be moved only on that "
                        "item's stack.",
                    ),
                    self.name_of(entry),
                )
            )
        order = [p.entry.id for p in self.placements() if not p.entry.kind.jumps_queue]
        before = order.index(entry_id) + 1
        order.remove(entry_id)
        position = max(1, min(position, len(order) + 1))
        order.insert(position - 1, entry_id)
        self.manual_order = tuple(order)
        self.moved_by_hand |= {entry_id}
        self._log(
            LogKind.MOVE,
            QT_TRANSLATE_NOOP("Floor Log", "Moved %1 from %2 to %3 on the stack"),
            self.name_of(entry),
            before,
            position,
        )

    def change_settings(self, settings: FloorSettings) -> None:
        """Apply the group's settings; a new rule, or new groups lifted up, is logged."""
        before = self.settings
        self.settings = settings
        if settings.policy != before.policy or (
            settings.policy == Policy.PRIORITY_GROUPS
            and settings.priority_groups != before.priority_groups
        ):
            self._log(
                LogKind.RULE,
                QT_TRANSLATE_NOOP("Floor Log", "Stack rule set to: %1"),
                settings.rule_label,
            )

    def resort(self) -> None:
        """Drop the facilitator's order: back to the policy."""
        if self.manual_order:
            self.manual_order = ()
            self.moved_by_hand = frozenset()
            self._log(LogKind.RESORT, QT_TRANSLATE_NOOP("Floor Log", "Stack re-sorted by the rule"))

    def close_stack(self) -> None:
        self.closed_items.add(self.item_id)
        self._log(LogKind.CLOSE, QT_TRANSLATE_NOOP("Floor Log", "Stack closed for this item"))

    def reopen_stack(self) -> None:
        self.closed_items.discard(self.item_id)
        self._log(LogKind.REOPEN, QT_TRANSLATE_NOOP("Floor Log", "Stack reopened"))

    def move_unheard(self, to_item_id: int | None) -> list[StackEntry]:
        """Carry the people still waiting to another agenda item: those whose entry still
        makes sense there (`EntryKind.carries_over`). A direct response or a clarifying
        question answers what was said on the item left: it is taken off the stack instead,
        and the log says so. Every entry changed, carried or taken off, in stack order."""
        changed = []
        for e in self.waiting():
            if e.kind.carries_over:
                changed.append(replace(e, item_id=to_item_id))
                self._put(changed[-1])
                continue
            self._log(
                LogKind.WITHDRAW,
                QT_TRANSLATE_NOOP(
                    "Floor Log",
                    "Took %1 off the stack as the agenda moved on (%2: not carried to another "
                    "item)",
                ),
                self.name_of(e),
                self.settings.vocabulary.name_of(e.kind),
            )
            changed.append(self._set_state(e.id, EntryState.WITHDRAWN))
        return changed

    def park_unheard(self) -> list[StackEntry]:
        """Send the people still waiting to the parking lot, to be picked up later."""
        return [self._set_state(e.id, EntryState.PARKED) for e in self.waiting()]

    def next_speaker(self) -> Turn | None:
        """End the current turn and give the floor to whoever is first; None if nobody waits."""
        self.end_turn()
        placements = self.placements()
        if not placements:
            return None
        return self.give_floor(placements[0].entry.id)

    def give_floor(self, entry_id: int) -> Turn:
        """Start this entry's turn now (the facilitator may call anyone on the stack)."""
        entry = self._waiting_entry(entry_id)
        self.end_turn()
        placements = self.placements()
        first = placements[0].entry.id if placements else entry_id
        if first != entry_id:
            self._log(
                LogKind.AHEAD,
                QT_TRANSLATE_NOOP("Floor Log", "Gave the floor to %1 ahead of the stack"),
                self.name_of(entry),
            )
        self._set_state(entry_id, EntryState.SPEAKING)
        self._forget_place(entry_id)
        turn = Turn(
            self._next_turn, entry.person_id, entry.kind, entry.item_id, ((self.now_ms(), None),)
        )
        self._next_turn += 1
        self.ledger.record(turn)
        if turn.kind == EntryKind.GENERAL:
            self._last_general_turn = max(self._last_general_turn, turn.id)
        return turn

    def toggle_pause(self) -> Turn:
        turn = self.current_turn
        if turn is None:
            raise FloorError(translate("Floor", "Nobody has the floor."))
        changed = turn.closed(self.now_ms()) if turn.speaking else turn.opened(self.now_ms())
        self.ledger.record(changed)
        return changed

    def pause_since(self, at_ms: int) -> Turn | None:
        """Pause the turn being spoken as of `at_ms`, a moment past (the last the app was known
        to be running): the time since is not counted. None if nobody was speaking."""
        turn = self.current_turn
        if turn is None or not turn.speaking:
            return None
        paused = turn.closed(min(at_ms, self.now_ms()))
        self.ledger.record(paused)
        return paused

    def end_turn(self) -> Turn | None:
        turn = self.current_turn
        if turn is None:
            return None
        ended = replace(turn.closed(self.now_ms()), ended=True)
        self.ledger.record(ended)
        for e in self._in_order(self._speaking.values()):
            if e.person_id == turn.person_id:
                self._set_state(e.id, EntryState.HEARD)
        return ended

    # Internals

    def _forget_place(self, entry_id: int) -> None:
        """The entry has the floor: it has no place on the stack left to keep. Once nobody
        moved by hand is left in the facilitator's order, the order goes too."""
        self.manual_order = tuple(i for i in self.manual_order if i != entry_id)
        self.moved_by_hand -= {entry_id}
        if not self.moved_by_hand & set(self.manual_order):
            self.manual_order, self.moved_by_hand = (), frozenset()

    def _waiting_entry(self, entry_id: int) -> StackEntry:
        entry = self.entry(entry_id)
        if entry.state != EntryState.WAITING:
            raise FloorError(
                fill(translate("Floor", "%1 is not waiting on the stack."), self.name_of(entry))
            )
        return entry

    def _set_state(self, entry_id: int, state: EntryState) -> StackEntry:
        entry = replace(self.entry(entry_id), state=state)
        self._put(entry)
        return entry

    def _put(self, entry: StackEntry) -> None:
        """Store a new or changed entry, and keep the indexes of `_entries` with it: every
        change of an entry (added, called, heard, withdrawn, put back, refused, carried to
        another item, parked, loaded) comes through here."""
        old = self._entries.get(entry.id)
        if old is None:  # a new entry comes last; a changed one keeps its place and person
            self._rank[entry.id] = len(self._rank)
            self._ids_of.setdefault(entry.person_id, []).append(entry.id)
        else:
            self._unindex(old)
        self._entries[entry.id] = entry
        if entry.state == EntryState.WAITING:
            self._waiting.setdefault(entry.item_id, {})[entry.id] = entry
        elif entry.state == EntryState.SPEAKING:
            self._speaking[entry.id] = entry
        elif entry.state == EntryState.PARKED:
            self._parked[entry.id] = entry

    def _unindex(self, entry: StackEntry) -> None:
        """Take `entry`, as it was, out of the indexes that `_put` keeps by state."""
        waiting = self._waiting.get(entry.item_id)
        if waiting is not None:
            waiting.pop(entry.id, None)
            if not waiting:
                del self._waiting[entry.item_id]
        self._speaking.pop(entry.id, None)
        self._parked.pop(entry.id, None)

    def _log(self, kind: LogKind, text: str, *values: object) -> None:
        """Log `text` in the app's language, with `values` (a name, positions) filled in."""
        line = fill(translate("Floor Log", text), *values)
        self.log.append(LogLine(self.now_ms(), line, kind))


def groups_from(
    professions: Mapping[int, str], categories: Mapping[int, frozenset[str]]
) -> Callable[[int], frozenset[str]]:
    """A person's groups: their profession and any opt-in categories they gave."""

    def groups_of(person_id: int) -> frozenset[str]:
        profession = professions.get(person_id, "")
        return frozenset({profession} if profession else set()) | categories.get(
            person_id, frozenset()
        )

    return groups_of
