"""Airtime equity after the meeting: each profession's share of the speaking time next to its
share of the people in the room, and (for the facilitator only) each person's; and the same
for the groups people gave for themselves (self-identified, opt-in: "Night shift", "Spanish
speaking"), as the floor's airtime panel and the projector show them live (`given_group_airtime`).

A shared report must single nobody out, so professions with fewer people present than the
meeting's minimum group size are combined; if even combined they are too few, they are left
out, and the report says what share of the speaking time they had, so the shares shown can
be read against the whole. The facilitator's copy shows every profession and every person.
One rule (`well_beyond`, `well_below`) says which groups spoke well beyond or below their
share of the room, for the report's words and the bars' amber alike.

The groups people gave overlap: someone can be in several, or in none, so their shares do not
add up to 100% and cannot be combined into an "Other" row without counting people twice. A
group with fewer people present than the minimum group size is left out (`drop_small`), in
the facilitator's copy too: a group someone gave may say something sensitive about them
(their health, origin, orientation), and a group of one shows that person's airtime.

Each group big enough is not enough: with all the speaking time published, the time of the
people outside the groups shown, or in one group and not in another, can be worked out by
subtraction. So the shared report shows nothing that lets a sum or difference of its figures
come down to fewer than the minimum group size of people (core.differencing): when the people
left out of the profession chart are fewer, the smallest professions shown are combined with
them ("Other professions") until they are not; the first-timers' line and each group people
gave are shown only if, with the professions shown (and the larger groups before it), they
let nobody's time be worked out. The people counted are those present and those who spoke
without being marked present (their time is in the total).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from meetingkit.core.airtime import NOT_GIVEN, AirtimeLedger, GroupShare, Turn
from meetingkit.core.differencing import shown_safely, worked_out
from meetingkit.core.floor import MIN_GROUP_SHOWN
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.person import canonical_profession

# The groups the app makes up, in English while they are compared and sorted; `shown_group`
# gives them in the app's language for the finished report.
OTHER_GROUPS = QT_TRANSLATE_NOOP("Airtime", "Other professions")
OTHER_OR_NOT_GIVEN = QT_TRANSLATE_NOOP("Airtime", "Other or not given")
FIRST_TIMERS = QT_TRANSLATE_NOOP("Airtime", "First-timers")
NOTABLE_GAP = 0.10  # airtime this many points away from the room share is worth a sentence
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Airtime", "(not in the directory)")
_APP_GROUPS = frozenset({NOT_GIVEN, OTHER_GROUPS, OTHER_OR_NOT_GIVEN, FIRST_TIMERS})


def shown_group(group: str) -> str:
    """A group's name as a screen shows it: the app's own groups ("Not given", "Other
    professions"…) in the app's language, a profession or category as people gave it."""
    return translate("Airtime", group) if group in _APP_GROUPS else group


@dataclass(frozen=True)
class ReportPerson:
    """Someone the report counts: present at the meeting, or who spoke or committed there."""

    person_id: int
    name: str
    profession: str = ""
    present: bool = True
    first_time: bool = False
    # The self-identified groups they gave, as the meeting keeps them (counted only when
    # present, as on the floor's airtime panel)
    given_groups: frozenset[str] = field(default_factory=frozenset)

    @property
    def group(self) -> str:
        return canonical_profession(self.profession) or NOT_GIVEN


@dataclass(frozen=True)
class PersonTime:
    """One person's speaking time: in the facilitator's copy only."""

    name: str
    profession: str
    turns: int
    airtime_ms: int
    share: float


@dataclass(frozen=True)
class AirtimeEquity:
    total_ms: int
    turns: int
    speakers: int
    groups: tuple[GroupShare, ...]  # professions, small ones combined unless facilitator copy
    left_out: int  # people in groups too small to show even combined
    min_group_size: int
    first_timers: GroupShare | None  # None when too few to show
    above: tuple[GroupShare, ...]  # groups speaking NOTABLE_GAP or more beyond their room share
    below: tuple[GroupShare, ...]
    people: tuple[PersonTime, ...]  # facilitator copy only
    # Speaking time of the groups too small to show, people who spoke without being marked
    # present among them (a group with nobody present): the shown groups' time and this make
    # the whole. 0 in the facilitator's copy, which shows every group.
    unshown_ms: int = 0
    # Professions big enough to show that were combined with the smaller ones all the same,
    # so that those are not fewer than min_group_size: else the total less the professions
    # shown would be the time of one or two people (`_combine_small`)
    combined_to_protect: int = 0

    @property
    def unshown_share(self) -> float:
        return self.unshown_ms / self.total_ms if self.total_ms else 0.0


@dataclass(frozen=True)
class GivenGroups:
    """Airtime by the groups people gave: each group's share of the speaking time next to its
    share of the people in the room, out of the whole room and all the speaking time.
    Someone can be in several groups, or in none, so the shares do not add up to 100%."""

    groups: tuple[GroupShare, ...] = ()  # at least min_group_size people present, largest first
    left_out: int = 0  # groups with fewer people present: left out, never combined
    # Groups big enough, left out because with the others shown (and the total) subtraction
    # would give the time of fewer than min_group_size people (core.differencing)
    left_out_to_protect: int = 0
    min_group_size: int = MIN_GROUP_SHOWN  # the meeting's, never less than MIN_GROUP_SHOWN
    total_ms: int = 0  # all the speaking time, whoever spoke
    given: bool = False  # someone present gave a group (else the report says nothing of them)

    @property
    def above(self) -> tuple[GroupShare, ...]:
        """The groups that spoke NOTABLE_GAP or more beyond their share of the room."""
        return tuple(s for s in self.groups if self.total_ms and well_beyond(s))

    @property
    def below(self) -> tuple[GroupShare, ...]:
        return tuple(s for s in self.groups if self.total_ms and well_below(s))


def well_beyond(share: GroupShare) -> bool:
    """The group spoke well beyond its share of the room: NOTABLE_GAP (10 points) or more
    above it. Compared at six decimals, so 50% of the time against 40% of the room is the
    10 points it reads as, not the 9.999… floats make of it."""
    return round(share.gap, 6) >= NOTABLE_GAP


def well_below(share: GroupShare) -> bool:
    """The group spoke well below its share of the room: NOTABLE_GAP or more under it."""
    return round(share.gap, 6) <= -NOTABLE_GAP


def largest_first(entry: tuple[str, int]) -> tuple[bool, int, str]:
    """Biggest first, by name among equals; "Not given" and the combined rest go last."""
    label, n = entry
    return (label in (NOT_GIVEN, OTHER_GROUPS, OTHER_OR_NOT_GIVEN), -n, label.casefold())


def airtime_equity(
    people: Sequence[ReportPerson],
    turns: Sequence[Turn],
    now_ms: int,
    min_group_size: int = 3,
    *,
    facilitator_copy: bool = False,
) -> AirtimeEquity:
    """Each profession's share of speaking time next to its share of the people present.

    In the shared report, professions with fewer than `min_group_size` people present are
    combined as "Other professions"; if even that is too few, they are left out of the chart,
    or the smallest professions shown are combined with them, so that the total less the
    chart is never one or two people's time (`_combine_small`). The first-timers' line is
    shown with `min_group_size` of them, if it lets nobody's time be worked out. The
    facilitator's copy shows every profession, the first-timers and every person.
    """
    room = _Room(people, turns, now_ms)
    if facilitator_copy:
        return _equity(room, _every(room), min_group_size, facilitator_copy=True)
    return _equity(room, _shared(room, min_group_size), min_group_size)


def report_airtime(
    people: Sequence[ReportPerson],
    turns: Sequence[Turn],
    now_ms: int,
    min_group_size: int = 3,
    *,
    facilitator_copy: bool = False,
) -> tuple[AirtimeEquity, GivenGroups]:
    """A report's two airtime sections, `airtime_equity` and `given_group_airtime`, from one
    count of the room: the shared copy's professions and first-timers' line, which the groups
    people gave are checked against in both copies, are worked out once for both (the
    first-timers' check, core.differencing, is the costly part)."""
    room = _Room(people, turns, now_ms)
    shared = _shared(room, min_group_size)
    shown = _every(room) if facilitator_copy else shared
    return (
        _equity(room, shown, min_group_size, facilitator_copy=facilitator_copy),
        _given_groups(room, shared, min_group_size),
    )


def _equity(
    room: _Room, shown: _Shown, size: int, *, facilitator_copy: bool = False
) -> AirtimeEquity:
    """`airtime_equity` of the professions `shown` (`_shared`, or `_every` for the
    facilitator's copy)."""
    by_id, present, spoken = room.by_id, room.present, room.spoken
    shares = sorted(shown.shares, key=lambda s: largest_first((s.group, s.people_present)))
    total_ms = sum(spoken.values())
    first_timers = None
    if shown.first_timers:
        firsts = shown.first_timers
        first_ms = sum(spoken.get(pid, 0) for pid in firsts)
        first_timers = GroupShare(
            shown_group(FIRST_TIMERS),
            len(firsts),
            first_ms,
            len(firsts) / len(present),
            first_ms / total_ms if total_ms else 0.0,
        )
    per_person: tuple[PersonTime, ...] = ()
    if facilitator_copy:
        per_person = tuple(
            sorted(
                (
                    PersonTime(
                        by_id[pid].name if pid in by_id else translate("Airtime", UNKNOWN_NAME),
                        canonical_profession(by_id[pid].profession) if pid in by_id else "",
                        room.ledger.turn_count(pid),
                        spoken.get(pid, 0),
                        spoken.get(pid, 0) / total_ms if total_ms else 0.0,
                    )
                    for pid in set(present) | set(spoken)
                ),
                key=lambda t: (-t.airtime_ms, t.name.casefold()),
            )
        )
    shares = [replace(s, group=shown_group(s.group)) for s in shares]  # sorted: now shown
    return AirtimeEquity(
        total_ms=total_ms,
        turns=len(room.ledger.turns),
        speakers=sum(1 for ms in spoken.values() if ms > 0),
        groups=tuple(shares),
        left_out=shown.left_out,
        min_group_size=size,
        first_timers=first_timers,
        above=tuple(s for s in shares if total_ms and well_beyond(s)),
        below=tuple(s for s in shares if total_ms and well_below(s)),
        people=per_person,
        unshown_ms=shown.unshown_ms,
        combined_to_protect=shown.combined_to_protect,
    )


def given_group_airtime(
    people: Sequence[ReportPerson], turns: Sequence[Turn], now_ms: int, min_group_size: int = 3
) -> GivenGroups:
    """Each group people gave for themselves: its share of the people present and its share
    of all the speaking time (people who spoke without being marked present count in the
    whole, in no group, as on the floor's panel). Groups with fewer than `min_group_size`
    people present (never fewer than MIN_GROUP_SHOWN) are left out (`drop_small`), in every
    copy of the report; so is a group that, with the larger ones shown, the shared copy's
    professions and first-timers and the total, would let someone's time be worked out
    (core.differencing: the same figures in both copies, the facilitator's included)."""
    room = _Room(people, turns, now_ms)
    return _given_groups(room, _shared(room, min_group_size), min_group_size)


def _given_groups(room: _Room, shared: _Shown, min_group_size: int) -> GivenGroups:
    """`given_group_airtime`, checked against `shared`: the shared copy's professions and
    first-timers (`_shared(room, min_group_size)`)."""
    size = max(MIN_GROUP_SHOWN, min_group_size)
    spoken, total_ms = room.spoken, sum(room.spoken.values())
    members: dict[str, set[int]] = {}
    group_ms: Counter[str] = Counter()
    for pid in room.present:
        for group in {g for g in room.by_id[pid].given_groups if g.strip()}:
            members.setdefault(group, set()).add(pid)
            group_ms[group] += spoken.get(pid, 0)
    n = len(room.present)
    shares = [
        GroupShare(g, len(m), group_ms[g], len(m) / n, group_ms[g] / total_ms if total_ms else 0.0)
        for g, m in members.items()
    ]
    big, left_out = drop_small(shares, size)
    big.sort(key=lambda s: largest_first((s.group, s.people_present)))
    known = [*shared.rows, *([shared.first_timers] if shared.first_timers else [])]
    # The shared copy's figures, checked at this size: its professions may have been shown by
    # a smaller one (min_group_size under MIN_GROUP_SHOWN). With the first-timers' line shown
    # at the same size, `_shared` has just found these very figures safe.
    checked = bool(shared.first_timers) and size == min_group_size
    if not checked and worked_out(known, room.everyone, size):
        known = []
    keep = set(shown_safely([(s.group, members[s.group]) for s in big], room.everyone, size, known))
    shown = [s for s in big if s.group in keep]
    return GivenGroups(
        groups=tuple(shown),
        left_out=left_out,
        left_out_to_protect=len(big) - len(shown),
        min_group_size=size,
        total_ms=total_ms,
        given=bool(members),
    )


class _Room:
    """The meeting's people and speaking time, as both charts count them: who was present,
    what each person spoke, each one's profession group (people who spoke without being
    marked present in theirs, or "Not given"), and everyone whose time the total holds."""

    def __init__(self, people: Sequence[ReportPerson], turns: Sequence[Turn], now_ms: int) -> None:
        self.ledger = AirtimeLedger(turns)
        self.by_id = {p.person_id: p for p in people}
        self.present = [p.person_id for p in people if p.present]
        self.spoken = self.ledger.by_person(now_ms)
        by_id = self.by_id
        groups_of = {pid: by_id[pid].group if pid in by_id else NOT_GIVEN for pid in self.spoken}
        groups_of.update({pid: by_id[pid].group for pid in self.present})
        self.shares = self.ledger.group_shares(
            self.present, {pid: (g,) for pid, g in groups_of.items()}, now_ms
        )
        self.everyone = frozenset(self.present) | {p for p, ms in self.spoken.items() if ms > 0}
        self.members: dict[str, frozenset[int]] = {}
        for pid in self.everyone:
            self.members[groups_of[pid]] = self.members.get(groups_of[pid], frozenset()) | {pid}
        self.first_timers = frozenset(pid for pid in self.present if by_id[pid].first_time)


@dataclass(frozen=True)
class _Shown:
    """The professions a copy of the report shows, and whose time each of its figures gives
    (`rows`, `first_timers`), for the groups people gave to be checked against them."""

    shares: list[GroupShare]
    left_out: int = 0
    unshown_ms: int = 0
    combined_to_protect: int = 0
    rows: tuple[frozenset[int], ...] = ()
    first_timers: frozenset[int] = frozenset()


def _every(room: _Room) -> _Shown:
    """The facilitator's copy's professions: every one of them, and the first-timers."""
    return _Shown(room.shares, first_timers=room.first_timers)


def _shared(room: _Room, size: int) -> _Shown:
    """The shared copy's professions (`_combine_small`) and first-timers: these only with
    at least `size` of them, and if with the professions they let nobody's time be worked
    out (everyone but the first-timers, say, being one person)."""
    shown = _combine_small(room.shares, size, room.members)
    firsts = room.first_timers
    if len(firsts) < size or worked_out([*shown.rows, firsts], room.everyone, size):
        return shown
    return replace(shown, first_timers=firsts)


def big_enough(share: GroupShare, size: int) -> bool:
    """The one small-group rule: a group is shown on its own only with at least `size`
    people present (the meeting's `min_group_size`, as on the projector)."""
    return share.people_present >= size


def drop_small(shares: Iterable[GroupShare], size: int) -> tuple[list[GroupShare], int]:
    """(the groups big enough to show, how many are left out). For groups that overlap, as
    the ones people give do: combining the small ones would count people twice, and would
    still be a group of one or two."""
    shares = list(shares)
    shown = [s for s in shares if big_enough(s, size)]
    return shown, len(shares) - len(shown)


def _combine_small(
    shares: Sequence[GroupShare], size: int, members: Mapping[str, frozenset[int]]
) -> _Shown:
    """The professions big enough to show, with the small ones combined into one row; if
    even combined they are fewer than `size` present, they are left out (how many people,
    and their speaking time, a group with nobody present included).

    The chart's rows and the total are published, so the people in no row shown have their
    time worked out by subtraction: the smallest professions shown ("Not given" first) are
    combined with the small ones until these are none or at least `size` people, counting
    those who spoke without being marked present (`members`: whose time each group holds).
    If that takes every profession, there is no chart: its one row would be the total."""
    big = sorted(
        (s for s in shares if big_enough(s, size)),
        key=lambda s: largest_first((s.group, s.people_present)),
    )
    small = [s for s in shares if not big_enough(s, size)]
    combined_to_protect = 0
    while big and 0 < len(frozenset().union(*(members.get(s.group, ()) for s in small))) < size:
        small.append(big.pop())
        combined_to_protect += 1
    if not big and combined_to_protect:  # one row would be the whole room: no chart
        return _Shown([], combined_to_protect=combined_to_protect)
    rows = tuple(members.get(s.group, frozenset()) for s in big)
    people = sum(s.people_present for s in small)
    if not small:
        return _Shown(big, rows=rows)
    if people < size:
        unshown_ms = sum(s.airtime_ms for s in small)
        return _Shown(big, people, unshown_ms, combined_to_protect, rows)
    combined = GroupShare(
        OTHER_OR_NOT_GIVEN if any(s.group == NOT_GIVEN for s in small) else OTHER_GROUPS,
        people,
        sum(s.airtime_ms for s in small),
        sum(s.room_share for s in small),
        sum(s.airtime_share for s in small),
    )
    rest = frozenset().union(*(members.get(s.group, ()) for s in small))
    return _Shown([*big, combined], 0, 0, combined_to_protect, (*rows, rest))


def fold_small(tallies: Iterable[tuple[str, int]], min_size: int) -> list[tuple[str, int]]:
    """Professions with fewer than `min_size` people combined into one "Other professions"
    row ("Other or not given" when "Not given" is among them): the shared report's
    attendance, and the counts a purge keeps.

    The combined row is kept even when it is below `min_size` too: the attendance stays
    exact, so what it holds is the total less the rows shown anyway; dropping it would only
    make the rows not add up. Folding what is already folded changes nothing."""
    tallies = list(tallies)
    big = [(label, n) for label, n in tallies if n >= min_size]
    small = [(label, n) for label, n in tallies if n < min_size and n > 0]
    if not small:
        return big
    if len(small) == 1 and small[0][0] in (OTHER_GROUPS, OTHER_OR_NOT_GIVEN):
        return [*big, small[0]]  # already folded: it names no profession
    not_given = any(label in (NOT_GIVEN, OTHER_OR_NOT_GIVEN) for label, _ in small)
    return [*big, (OTHER_OR_NOT_GIVEN if not_given else OTHER_GROUPS, sum(n for _, n in small))]
