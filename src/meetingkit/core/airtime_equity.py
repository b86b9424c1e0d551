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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from meetingkit.core.airtime import NOT_GIVEN, AirtimeLedger, GroupShare, Turn
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
    combined as "Other professions"; if even that is too few, they are left out of the chart.
    The facilitator's copy shows every profession and every person.
    """
    ledger = AirtimeLedger(turns)
    by_id = {p.person_id: p for p in people}
    present = [p.person_id for p in people if p.present]
    spoken = ledger.by_person(now_ms)
    groups_of = {pid: (by_id[pid].group if pid in by_id else NOT_GIVEN,) for pid in spoken}
    groups_of.update({pid: (by_id[pid].group,) for pid in present})
    shares = ledger.group_shares(present, groups_of, now_ms)
    size = min_group_size
    left_out = 0
    unshown_ms = 0
    if not facilitator_copy:
        shares, left_out, unshown_ms = _combine_small(shares, size)
    shares.sort(key=lambda s: largest_first((s.group, s.people_present)))
    total_ms = sum(spoken.values())
    firsts = [pid for pid in present if by_id[pid].first_time]
    first_timers = None
    if firsts and (facilitator_copy or len(firsts) >= size):
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
                        ledger.turn_count(pid),
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
        turns=len(ledger.turns),
        speakers=sum(1 for ms in spoken.values() if ms > 0),
        groups=tuple(shares),
        left_out=left_out,
        min_group_size=size,
        first_timers=first_timers,
        above=tuple(s for s in shares if total_ms and well_beyond(s)),
        below=tuple(s for s in shares if total_ms and well_below(s)),
        people=per_person,
        unshown_ms=unshown_ms,
    )


def given_group_airtime(
    people: Sequence[ReportPerson], turns: Sequence[Turn], now_ms: int, min_group_size: int = 3
) -> GivenGroups:
    """Each group people gave for themselves: its share of the people present and its share
    of all the speaking time (people who spoke without being marked present count in the
    whole, in no group, as on the floor's panel). Groups with fewer than `min_group_size`
    people present (never fewer than MIN_GROUP_SHOWN) are left out (`drop_small`), in every
    copy of the report."""
    size = max(MIN_GROUP_SHOWN, min_group_size)
    spoken = AirtimeLedger(turns).by_person(now_ms)
    total_ms = sum(spoken.values())
    present = [p for p in people if p.present]
    members: Counter[str] = Counter()
    group_ms: Counter[str] = Counter()
    for p in present:
        for group in {g for g in p.given_groups if g.strip()}:
            members[group] += 1
            group_ms[group] += spoken.get(p.person_id, 0)
    room = len(present)
    shares = [
        GroupShare(g, n, group_ms[g], n / room, group_ms[g] / total_ms if total_ms else 0.0)
        for g, n in members.items()
    ]
    shown, left_out = drop_small(shares, size)
    shown.sort(key=lambda s: largest_first((s.group, s.people_present)))
    return GivenGroups(
        groups=tuple(shown),
        left_out=left_out,
        min_group_size=size,
        total_ms=total_ms,
        given=bool(members),
    )


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


def _combine_small(shares: Sequence[GroupShare], size: int) -> tuple[list[GroupShare], int, int]:
    """(groups big enough to show, with the small ones combined into one; how many people
    in small groups are left out because even combined they are fewer than `size`; the
    speaking time of the groups left out, a group with nobody present included)."""
    big = [s for s in shares if big_enough(s, size)]
    small = [s for s in shares if not big_enough(s, size)]
    people = sum(s.people_present for s in small)
    if not small:
        return big, 0, 0
    if people < size:
        return big, people, sum(s.airtime_ms for s in small)
    combined = GroupShare(
        OTHER_OR_NOT_GIVEN if any(s.group == NOT_GIVEN for s in small) else OTHER_GROUPS,
        people,
        sum(s.airtime_ms for s in small),
        sum(s.room_share for s in small),
        sum(s.airtime_share for s in small),
    )
    return [*big, combined], 0, 0


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
