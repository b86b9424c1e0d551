"""Nobody's speaking time can be worked out by subtracting the group figures a report
publishes: not the total less one group, not one group less another, not the total less
several groups, nor across the professions, the first-timers and the groups people gave.
Each leak is built as a report would publish it, and the subtraction that gave one person's
time no longer can; ordinary rooms still show their groups."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from fractions import Fraction
from itertools import combinations

import pytest

from meetingkit.core import differencing
from meetingkit.core import given_groups_wording as given_words
from meetingkit.core import period_wording as period_words
from meetingkit.core import report_wording as words
from meetingkit.core.airtime import GroupShare, Turn
from meetingkit.core.airtime_equity import (
    OTHER_GROUPS,
    ReportPerson,
    airtime_equity,
    given_group_airtime,
)
from meetingkit.core.differencing import shown_safely, worked_out
from meetingkit.core.kept_counts import KeptCounts, kept_groups, kept_report
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.period_figures import (
    PeriodInputs,
    PeriodMeeting,
    Spoken,
    Visit,
    period_figures,
)
from meetingkit.core.stack_entry import EntryKind

MIN = 60_000
RN, MD, CNA = "Registered nurse (RN)", "Physician (MD/DO)", "Certified nursing assistant (CNA)"
NIGHTS, DAYS, SPANISH = "Night shift", "Day shift", "Spanish speaking"


def person(
    pid: int, *groups: str, job: str = RN, first: bool = False, present: bool = True
) -> ReportPerson:
    return ReportPerson(pid, f"Person {pid}", job, present, first, frozenset(groups))


def everyone_spoke(room: list[ReportPerson]) -> list[Turn]:
    """Person n speaks n minutes: every person's time is different, so a difference that
    equals one of them is that person's."""
    return [
        Turn(p.person_id, p.person_id, EntryKind.GENERAL, None, ((0, p.person_id * MIN),), True)
        for p in room
    ]


def shown(g_or_a: object) -> dict[str, int]:
    """Group -> published airtime (ms)."""
    return {s.group: s.airtime_ms for s in g_or_a.groups}  # type: ignore[attr-defined]


# The groups people gave


def test_the_total_less_a_group_of_all_but_one_is_not_published() -> None:
    """Nine of ten work nights: the total less "Night shift" was person 10's 10 minutes."""
    room = [person(i, NIGHTS) for i in range(1, 10)] + [person(10)]
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert NIGHTS not in shown(g)  # before: shown, and total - 45 min = 10 min, person 10's
    assert (g.left_out, g.left_out_to_protect) == (0, 1)
    assert given_words.notes(g) == ["No group can be shown without singling someone out."]
    assert "1 group is left out: it has too few people, or shown with the others" in (
        given_words.group_rule(g, facilitator_copy=False)
    )


def test_one_group_less_another_that_holds_it_is_not_published() -> None:
    """ "Spanish speaking" is the night shift and person 6: their difference was 6 minutes,
    person 6's. The larger group stays; the smaller one goes."""
    room = [person(i, NIGHTS, SPANISH) for i in range(1, 6)] + [person(6, SPANISH)]
    room += [person(i) for i in range(7, 12)]
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert list(shown(g)) == [SPANISH]  # before: both, and 21 min - 15 min = person 6's 6
    assert g.left_out_to_protect == 1


def test_the_total_less_two_groups_with_one_person_outside_is_not_published() -> None:
    """Disjoint nights (5) and days (4), person 10 in neither: the total less both was
    person 10's time. Three figures at once, not a pair: the smaller group goes."""
    room = [person(i, NIGHTS) for i in range(1, 6)] + [person(i, DAYS) for i in range(6, 10)]
    room.append(person(10))
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    published = shown(g)
    assert list(published) == [NIGHTS]  # before: both, and 55 - 15 - 30 = 10, person 10's
    assert g.total_ms - sum(published.values()) == (6 + 7 + 8 + 9 + 10) * MIN  # five people


def test_a_profession_less_a_group_people_gave_is_not_published() -> None:
    """The report shows professions and the groups people gave over one total: the night
    shift is the five RNs and one MD, so "Night shift" less "RN" was the MD's time."""
    rns = [person(i, NIGHTS) for i in range(1, 6)]
    mds = [person(6, NIGHTS, job=MD)] + [person(i, job=MD) for i in range(7, 10)]
    room = rns + mds
    report = build_report(_inputs(room))
    assert shown(report.airtime) == {RN: 15 * MIN, MD: 30 * MIN}
    assert NIGHTS not in shown(report.given_groups)  # before: 21 min - 15 min, the MD's 6
    assert report.given_groups.left_out_to_protect == 1


def test_someone_who_spoke_unmarked_counts_among_those_outside_a_group() -> None:
    """All ten present work nights, but person 11 spoke without being marked present: the
    total less "Night shift" would be their time alone."""
    room = [person(i, NIGHTS) for i in range(1, 11)] + [person(11, present=False)]
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert NIGHTS not in shown(g)  # before: shown, and 66 - 55 = 11, person 11's


def test_a_bigger_smallest_group_is_kept_by_the_differences_too() -> None:
    """With a smallest group of 5, three outside "Night shift" are too few."""
    room = [person(i, NIGHTS) for i in range(1, 8)] + [person(i) for i in range(8, 11)]
    assert NIGHTS in shown(given_group_airtime(room, everyone_spoke(room), 0, 3))
    assert NIGHTS not in shown(given_group_airtime(room, everyone_spoke(room), 0, 5))


# Professions and first-timers


def test_the_people_left_out_of_the_profession_chart_are_never_one() -> None:
    """Five RNs, four CNAs, one MD: the chart showed RNs and CNAs, said one person was left
    out and that groups too small had 10/55 of the time, the MD's. The CNAs now go into
    "Other professions" with the MD."""
    room = [person(i) for i in range(1, 6)] + [person(i, job=CNA) for i in range(6, 10)]
    room.append(person(10, job=MD))
    a = airtime_equity(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert [(s.group, s.people_present) for s in a.groups] == [(RN, 5), (OTHER_GROUPS, 5)]
    assert a.total_ms - shown(a)[RN] == (6 + 7 + 8 + 9 + 10) * MIN  # five people
    assert (a.left_out, a.unshown_ms, words.unshown_line(a)) == (0, 0, "")
    assert "1 profession with enough people is combined with the smaller ones" in (
        words.group_rule(a, facilitator_copy=False)
    )


def test_first_timers_of_all_but_one_are_not_published() -> None:
    """Nine of ten RNs came for the first time: the total less the first-timers' time was
    the tenth's. The line is left out, as when they are too few."""
    room = [person(i, first=True) for i in range(1, 10)] + [person(10)]
    a = airtime_equity(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert a.first_timers is None  # before: 45 of 55 minutes, and 55 - 45 = person 10's
    every = airtime_equity(room, everyone_spoke(room), 0, 3, facilitator_copy=True)
    assert every.first_timers is not None  # the facilitator sees each person's time anyway


# Ordinary rooms still show their groups


def test_two_disjoint_groups_of_four_and_five_in_a_room_of_twelve_both_show() -> None:
    room = [person(i, NIGHTS) for i in range(1, 5)] + [person(i, DAYS) for i in range(5, 10)]
    room += [person(i) for i in range(10, 13)]
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert list(shown(g)) == [DAYS, NIGHTS]
    assert (g.left_out, g.left_out_to_protect) == (0, 0)
    assert "is left out" not in given_words.group_rule(g, facilitator_copy=False)
    assert "are left out:" not in given_words.group_rule(g, facilitator_copy=False)


def test_groups_sharing_one_person_both_show() -> None:
    """Nights 1-5, Spanish 5-9, 10-12 in neither: person 5 is in both, but no sum or
    difference of the figures is theirs alone."""
    room = [person(i, NIGHTS) for i in range(1, 5)] + [person(5, NIGHTS, SPANISH)]
    room += [person(i, SPANISH) for i in range(6, 10)] + [person(i) for i in range(10, 13)]
    g = given_group_airtime(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert sorted(shown(g)) == [NIGHTS, SPANISH]


def test_professions_and_first_timers_of_an_ordinary_room_show() -> None:
    room = [person(i, first=i < 4) for i in range(1, 7)] + [person(i, job=MD) for i in (7, 8, 9)]
    room += [person(i, job=CNA) for i in (10, 11, 12)]
    a = airtime_equity(room, everyone_spoke(room), now_ms=0, min_group_size=3)
    assert [s.group for s in a.groups] == [RN, CNA, MD]
    assert a.first_timers is not None
    assert a.combined_to_protect == 0


# A purged meeting: checked when the purge keeps its counts, and again when they are read


def test_a_purge_keeps_no_group_whose_difference_with_the_others_is_one_person() -> None:
    """Professions RN (5), CNA (4), the one MD, and "Night shift" = the RNs and the MD, as
    the floor counts them: kept as they were, "Night shift" less "RN" was the MD's time,
    and so was the total less RN and CNA. Professions are kept first, then the others."""
    rn, cna = set(range(1, 6)), set(range(6, 10))
    members = {RN: rn, CNA: cna, MD: {10}, NIGHTS: rn | {10}}
    shares = [
        GroupShare(g, len(m), len(m) * MIN, len(m) / 10, len(m) / 10) for g, m in members.items()
    ]
    kept = kept_groups(shares, members, set(range(1, 11)), 3, professions={RN, CNA, MD})
    assert [s.group for s in kept] == [RN]  # CNA: total - RN - CNA; Nights: Nights - RN
    assert [s.group for s in kept_groups(shares, members, set(range(1, 11)), 3)] == [
        NIGHTS,  # largest first when none is a profession: then RN is the one left out
        CNA,
    ]


def test_counts_kept_by_an_older_purge_are_combined_or_left_out_when_read() -> None:
    """An older purge kept RN (5) and CNA (4) of a room of ten, and a night shift of nine:
    the report combines the CNAs with the one left, and leaves the night shift out."""
    kept = KeptCounts(
        purged_on=dt.date(2026, 12, 1),
        attendance=10,
        professions=((RN, 5), (CNA, 4), (OTHER_GROUPS, 1)),
        groups=((RN, 5, 10 * MIN), (CNA, 4, 8 * MIN), (NIGHTS, 9, 15 * MIN)),
        airtime_ms=20 * MIN,
    )
    report = kept_report(ReportInputs(_inputs([]).meeting, min_group_size=3), kept)
    a, g = report.airtime, report.given_groups
    assert [(s.group, s.people_present, s.airtime_ms) for s in a.groups] == [
        (RN, 5, 10 * MIN),
        (OTHER_GROUPS, 5, 10 * MIN),  # before: CNA 8 min, and 20 - 10 - 8 = the one's 2
    ]
    assert a.combined_to_protect == 1
    assert words.group_rule(a, facilitator_copy=False, purged=report.purged).endswith(
        "otherwise their speaking time could be worked out from the total."
    )
    assert g.groups == ()  # before: 15 of 20 minutes, and the one outside had 5
    assert given_words.group_rule(g, facilitator_copy=False, purged=report.purged) == (
        "Groups of at least 3 people, as counted when the names were purged. 1 group is left "
        "out: it has too few people, or shown with the others it would let someone's "
        "speaking time be worked out."
    )


# A period's figures


def test_a_periods_time_left_out_of_the_chart_is_never_one_persons() -> None:
    """Over three meetings, five RNs, four CNAs and the one MD: the chart showed RNs and
    CNAs and said the professions left out had the rest, the MD's time. The CNAs now go
    out of the chart with the MD."""
    day = dt.date(2026, 3, 1)
    room = {i: RN for i in range(1, 6)} | {i: CNA for i in range(6, 10)} | {10: MD}
    f = period_figures(
        PeriodInputs(
            since=dt.date(2026, 1, 1),
            until=dt.date(2026, 6, 30),
            today=dt.date(2026, 7, 1),
            meetings=[PeriodMeeting(1, day, MeetingKind.MEETING, recorded=True)],
            visits=[Visit(1, pid, job) for pid, job in room.items()],
            spoken=[Spoken(1, pid, pid * MIN) for pid in room],
        )
    )
    a = f.airtime
    assert [s.group for s in a.groups] == [RN]  # before: RN and CNA, the rest the MD's 10 min
    assert a.unshown_ms == (6 + 7 + 8 + 9 + 10) * MIN  # five people
    assert "1 profession with enough people is left out too" in period_words.airtime_rule(f)


# The rule itself, against trying every set of people


def _rank(columns: list[tuple[int, ...]]) -> int:
    """Rank over the rationals, by plain elimination (independent of the code under test)."""
    rows = [[Fraction(a) for a in c] for c in columns]
    rank = 0
    for col in range(len(rows[0]) if rows else 0):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][col]:
                f = rows[r][col] / rows[rank][col]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def _worked_out_by_trying(groups: list[set[int]], people: set[int], size: int) -> bool:
    """Some set of fewer than `size` people without whom the figures span less: a
    combination of the figures is about those people only."""
    rows = [people, *groups]
    column = {p: tuple(int(p in r) for r in rows) for p in people}
    rank = _rank(list(column.values()))
    return any(
        _rank([column[p] for p in people if p not in few]) < rank
        for k in range(1, size)
        for few in combinations(sorted(people), k)
    )


def test_the_rule_agrees_with_trying_every_small_set_of_people() -> None:
    rng = random.Random(22)
    for _ in range(400):
        people = set(range(rng.randint(1, 10)))
        groups = [
            {p for p in people if rng.random() < rng.choice((0.2, 0.5, 0.8))}
            for _ in range(rng.randint(0, 4))
        ]
        size = rng.randint(2, 5)
        assert worked_out(groups, people, size) == _worked_out_by_trying(groups, people, size)


@pytest.mark.parametrize(
    ("groups", "leaks"),
    [
        ([set(range(9))], True),  # everyone but one
        ([set(range(5)), set(range(6))], True),  # one in the second, not the first
        ([set(range(5)), set(range(5, 9))], True),  # disjoint, one in neither
        ([set(range(5)), set(range(5, 10))], False),  # disjoint, nobody in neither
        # sharing one, one in neither: the total less both is one's time less the other's
        ([set(range(5)), set(range(4, 9))], True),
        ([set(range(4)), set(range(3, 7))], False),  # sharing one, three in neither
    ],
)
def test_the_rule_on_rooms_of_ten(groups: list[set[int]], leaks: bool) -> None:
    assert worked_out(groups, set(range(10)), 3) is leaks


def test_groups_are_kept_largest_first_and_the_rest_checked_against_them() -> None:
    people = set(range(13))
    candidates = [("A", set(range(6))), ("B", set(range(5))), ("C", set(range(6, 10)))]
    assert shown_safely(candidates, people, 3) == ["A", "C"]  # B is A less one


def _inputs(room: list[ReportPerson]) -> ReportInputs:
    meeting = Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19), id=7)
    return ReportInputs(
        meeting=meeting, people=room, turns=everyone_spoke(room), now_ms=0, min_group_size=3
    )


def test_a_span_several_splits_share_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the six pairs of four directions, three (of e1, e2, e1 + e2) span one plane: the
    people a split keeps out are added up for the four spans, not for all six pairs."""
    reduced: list[tuple[int, ...]] = []
    reduce = differencing._Span.reduce

    def counted(self: differencing._Span, v: tuple[int, ...]) -> tuple[int, ...]:
        reduced.append(v)
        return reduce(self, v)

    monkeypatch.setattr(differencing._Span, "reduce", counted)
    cells: Counter[tuple[int, ...]] = Counter(
        {(1, 0, 0): 1, (0, 1, 0): 1, (1, 1, 0): 1, (0, 0, 1): 1}
    )
    assert not differencing._keeps_out(cells, free=3, need=5, prime=2**61 - 1)
    assert len(reduced) == 6 * 2 + 4 * 4  # each pair built; each span against each direction
