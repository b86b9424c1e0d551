"""Exact speaking time, per person, agenda item and group.

A turn is a list of segments (start, end) in integer milliseconds; pauses are the gaps. The
ledger adds each segment's length once, when it closes, and adds the one open segment live,
so every total is exact to the millisecond and a tick costs nothing but a subtraction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from meetingkit.core.i18n import QT_TRANSLATE_NOOP
from meetingkit.core.stack_entry import EntryKind

# The group of people who gave no profession or category: kept in English in the data (and
# in purged meetings' counts), shown in the app's language (airtime_equity.shown_group).
NOT_GIVEN = QT_TRANSLATE_NOOP("Airtime", "Not given")


@dataclass(frozen=True)
class Turn:
    id: int
    person_id: int
    kind: EntryKind
    item_id: int | None
    segments: tuple[tuple[int, int | None], ...]
    ended: bool = False

    @property
    def speaking(self) -> bool:
        return bool(self.segments) and self.segments[-1][1] is None

    @property
    def paused(self) -> bool:
        return not self.ended and not self.speaking

    def closed_ms(self) -> int:
        return sum(end - start for start, end in self.segments if end is not None)

    def spoken_ms(self, now_ms: int) -> int:
        """Speaking time so far: closed segments plus the open one (never negative)."""
        open_ms = 0
        if self.speaking:
            open_ms = max(0, now_ms - self.segments[-1][0])
        return self.closed_ms() + open_ms

    def opened(self, now_ms: int) -> Turn:
        return replace(self, segments=(*self.segments, (now_ms, None)))

    def closed(self, now_ms: int) -> Turn:
        if not self.speaking:
            return self
        start = self.segments[-1][0]
        return replace(self, segments=(*self.segments[:-1], (start, max(start, now_ms))))


@dataclass(frozen=True)
class GroupShare:
    """One group's airtime next to its presence in the room."""

    group: str
    people_present: int
    airtime_ms: int
    room_share: float  # 0..1 of the people present
    airtime_share: float  # 0..1 of all speaking time

    @property
    def gap(self) -> float:
        """Positive when the group speaks more than its share of the room."""
        return self.airtime_share - self.room_share


class AirtimeLedger:
    """Totals over all turns; `record` is called with each turn after every change."""

    def __init__(self, turns: Iterable[Turn] = ()) -> None:
        self._turns: dict[int, Turn] = {}
        self._closed_by_person: Counter[int] = Counter()
        self._closed_by_person_item: Counter[tuple[int, int | None]] = Counter()
        self._closed_by_item: Counter[int | None] = Counter()
        self._turn_counts: Counter[int] = Counter()
        self._counted_turns: Counter[int] = Counter()  # turns that count for the stack's rule
        self._live: Turn | None = None  # the turn whose segment is open (someone speaking)
        self._unended: Turn | None = None  # the turn on the floor, speaking or paused
        for turn in turns:
            self.record(turn)

    def record(self, turn: Turn) -> None:
        """Take the latest state of a turn (new, paused, resumed or ended)."""
        old = self._turns.get(turn.id)
        if old is None:
            self._turn_counts[turn.person_id] += 1
            if turn.kind.counts_as_turn:
                self._counted_turns[turn.person_id] += 1
        closed_delta = turn.closed_ms() - (old.closed_ms() if old else 0)
        if closed_delta:
            self._closed_by_person[turn.person_id] += closed_delta
            self._closed_by_person_item[(turn.person_id, turn.item_id)] += closed_delta
            self._closed_by_item[turn.item_id] += closed_delta
        self._turns[turn.id] = turn
        if turn.speaking:
            self._live = turn
        elif self._live is not None and self._live.id == turn.id:
            self._live = None
        if not turn.ended:
            self._unended = turn
        elif self._unended is not None and self._unended.id == turn.id:
            self._unended = None

    @property
    def current(self) -> Turn | None:
        """The turn on the floor (speaking or paused), if any."""
        return self._unended

    def turn(self, turn_id: int) -> Turn:
        return self._turns[turn_id]

    def find(self, turn_id: int) -> Turn | None:
        return self._turns.get(turn_id)

    @property
    def turns(self) -> list[Turn]:
        return list(self._turns.values())

    def turn_count(self, person_id: int) -> int:
        """Every turn the person had the floor, of any kind."""
        return self._turn_counts[person_id]

    def counted_turns(self, person_id: int) -> int:
        """The turns that count for a rule that counts turns: not the points of process,
        technical points and clarifying questions (`EntryKind.counts_as_turn`)."""
        return self._counted_turns[person_id]

    @property
    def latest(self) -> Turn | None:
        """The turn given the floor last, ended or not."""
        return self._turns[max(self._turns)] if self._turns else None

    def _live_ms(self, now_ms: int) -> int:
        live = self._live
        return max(0, now_ms - live.segments[-1][0]) if live is not None else 0

    def person_ms(
        self, person_id: int, now_ms: int, item_id: int | None = None, *, whole_meeting: bool = True
    ) -> int:
        """A person's speaking time in the meeting, or on one agenda item."""
        live = self._live
        live_ms = 0
        if (
            live is not None
            and live.person_id == person_id
            and (whole_meeting or live.item_id == item_id)
        ):
            live_ms = self._live_ms(now_ms)
        if whole_meeting:
            return self._closed_by_person[person_id] + live_ms
        return self._closed_by_person_item[(person_id, item_id)] + live_ms

    def item_ms(self, item_id: int | None, now_ms: int) -> int:
        live = self._live
        live_ms = self._live_ms(now_ms) if live is not None and live.item_id == item_id else 0
        return self._closed_by_item[item_id] + live_ms

    def meeting_ms(self, now_ms: int) -> int:
        return sum(self._closed_by_item.values()) + self._live_ms(now_ms)

    def by_person(self, now_ms: int) -> dict[int, int]:
        totals = dict(self._closed_by_person)
        live = self._live
        if live is not None:
            totals[live.person_id] = totals.get(live.person_id, 0) + self._live_ms(now_ms)
        return totals

    def group_shares(
        self, present: Iterable[int], groups_of: Mapping[int, Iterable[str]], now_ms: int
    ) -> list[GroupShare]:
        """Each group's share of airtime against its share of the people present.

        A person may be in several groups (a profession and opt-in categories), so shares
        are each out of the whole room and need not add up to 100%. People who spoke but
        are not marked present still count in the airtime total.
        """
        present_ids = set(present)
        return self.room_shares(
            group_sizes(present_ids, groups_of), len(present_ids), groups_of, now_ms
        )

    def room_shares(
        self,
        people: Mapping[str, int],
        room: int,
        groups_of: Mapping[int, Iterable[str]],
        now_ms: int,
    ) -> list[GroupShare]:
        """`group_shares` of a room of `room` people whose groups' sizes are counted already
        (`group_sizes`): only the speakers are gone through, not everyone present."""
        airtime = self.by_person(now_ms)
        total_ms = sum(airtime.values())
        group_ms: Counter[str] = Counter()
        for person_id, ms in airtime.items():
            for group in groups_of.get(person_id) or (NOT_GIVEN,):
                group_ms[group] += ms
        return sorted(
            (
                GroupShare(
                    g,
                    people.get(g, 0),
                    group_ms[g],
                    people.get(g, 0) / room if room else 0.0,
                    group_ms[g] / total_ms if total_ms else 0.0,
                )
                for g in {g for g, n in people.items() if n} | set(group_ms)
            ),
            key=lambda s: (-s.people_present, s.group),
        )


def group_sizes(present: Iterable[int], groups_of: Mapping[int, Iterable[str]]) -> Counter[str]:
    """How many of the people `present` are in each group: everyone in each of theirs, or
    in `NOT_GIVEN` if they gave none."""
    people: Counter[str] = Counter()
    for person_id in present:
        for group in groups_of.get(person_id) or (NOT_GIVEN,):
            people[group] += 1
    return people


def shareable(shares: Iterable[GroupShare], min_size: int) -> list[GroupShare]:
    """Groups big enough to show on a shared screen without singling anyone out."""
    return [s for s in shares if s.people_present >= min_size and s.group != NOT_GIVEN]
