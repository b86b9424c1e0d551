"""Airtime by the groups people gave for themselves (self-identified, opt-in), in the report
after the meeting: each group's shares out of the whole room, groups overlapping, and the
small-group rule that never shows a group of one or two, in any copy."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from meetingkit.core import given_groups_wording as given_words
from meetingkit.core import i18n
from meetingkit.core import report_wording as words
from meetingkit.core.airtime import NOT_GIVEN, GroupShare, Turn
from meetingkit.core.airtime_equity import (
    OTHER_GROUPS,
    ReportPerson,
    drop_small,
    given_group_airtime,
)
from meetingkit.core.kept_counts import KeptCounts, kept_report, split_groups
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.stack_entry import EntryKind

MEETING = Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19), id=7)
MIN = 60_000
RN = "Registered nurse (RN)"
NIGHTS, SPANISH = "Night shift", "Spanish speaking"
CHAPLAINS, STEWARDS = "Chaplaincy", "Union stewards"  # one person, two people


def person(pid: int, *groups: str, present: bool = True) -> ReportPerson:
    return ReportPerson(pid, f"Person {pid}", RN, present, given_groups=frozenset(groups))


def turn(tid: int, pid: int, minutes: int) -> Turn:
    return Turn(tid, pid, EntryKind.GENERAL, None, ((0, minutes * MIN),), ended=True)


# Ten in the room. Person 3 works nights and speaks Spanish; person 7 is the only chaplain,
# 8 and 9 the only stewards; 10 gave no group. Person 20 works nights too but was never
# marked present: their time counts in the whole, in no group (as on the floor's panel).
ROOM = [
    person(1, NIGHTS),
    person(2, NIGHTS),
    person(3, NIGHTS, SPANISH),
    person(4, SPANISH),
    person(5, SPANISH),
    person(6, SPANISH),
    person(7, CHAPLAINS),
    person(8, STEWARDS),
    person(9, STEWARDS),
    person(10),
    person(20, NIGHTS, present=False),
]
# 10 minutes in all: nights 2 + 4 = 6, Spanish 4 + 1 = 5, the chaplain 1, person 20 2.
TURNS = [turn(1, 1, 2), turn(2, 3, 4), turn(3, 5, 1), turn(4, 7, 1), turn(5, 20, 2)]


def _rows(shares: tuple[GroupShare, ...]) -> list[tuple[str, int, float, float]]:
    return [(s.group, s.people_present, s.room_share, s.airtime_share) for s in shares]


def test_each_group_shares_the_whole_room_and_all_the_time() -> None:
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=3)
    assert g.total_ms == 10 * MIN
    assert _rows(g.groups) == [(SPANISH, 4, 0.4, 0.5), (NIGHTS, 3, 0.3, 0.6)]  # largest first
    assert g.given


def test_someone_in_two_groups_counts_in_both_so_shares_do_not_add_up() -> None:
    """Person 3's four minutes count for the night shift and for Spanish speakers alike: the
    airtime shares add up to 110%, the room shares to 70% (person 10 gave none). Nothing is
    combined into an "Other" row, which would count people twice."""
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=3)
    assert sum(s.airtime_share for s in g.groups) == pytest.approx(1.1)
    assert sum(s.room_share for s in g.groups) == pytest.approx(0.7)
    assert {s.group for s in g.groups} == {SPANISH, NIGHTS}
    assert "do not add up to 100%" in given_words.lead_line(g)


def test_groups_of_one_or_two_are_left_out_not_combined() -> None:
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=3)
    shown = {s.group for s in g.groups}
    assert CHAPLAINS not in shown
    assert STEWARDS not in shown
    assert OTHER_GROUPS not in shown
    assert g.left_out == 2
    assert given_words.group_rule(g, facilitator_copy=False) == (
        "A group is shown only when at least 3 people present gave it, so that nobody is "
        "singled out; smaller groups are left out, not combined. 2 smaller groups are left out."
    )


def test_a_smaller_minimum_never_shows_a_group_of_two() -> None:
    """A meeting set to show groups of 2 still never shows a group someone gave with fewer
    than 3: it shows that pair's airtime, and the group may be sensitive."""
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=2)
    assert STEWARDS not in {s.group for s in g.groups}
    assert g.min_group_size == 3
    bigger = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=4)
    assert _rows(bigger.groups) == [(SPANISH, 4, 0.4, 0.5)]
    assert bigger.left_out == 3
    assert "1 smaller group" not in given_words.group_rule(bigger, facilitator_copy=False)
    assert "3 smaller groups are left out." in given_words.group_rule(
        bigger, facilitator_copy=False
    )


def test_the_facilitator_copy_keeps_the_rule_and_says_why() -> None:
    inputs = ReportInputs(MEETING, people=ROOM, turns=TURNS, now_ms=0, min_group_size=3)
    shared = build_report(inputs).given_groups
    facilitator = build_report(inputs, facilitator_copy=True).given_groups
    assert facilitator == shared
    assert "keeps this rule" in given_words.group_rule(facilitator, facilitator_copy=True)
    assert "keeps this rule" not in given_words.group_rule(shared, facilitator_copy=False)


def test_the_gaps_are_said_in_the_profession_charts_words() -> None:
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=3)
    assert given_words.notes(g) == [
        "Spoke well beyond their share of the room: Spanish speaking (40% of the room, 50% "
        "of the time); Night shift (30% of the room, 60% of the time)."
    ]
    quiet = given_group_airtime(ROOM, [turn(1, 10, 5)], now_ms=0, min_group_size=3)
    assert given_words.notes(quiet) == [
        "Spoke well below their share of the room: Spanish speaking (40% of the room, 0% of "
        "the time); Night shift (30% of the room, 0% of the time)."
    ]


def test_every_group_too_small_and_nobody_speaking_are_said() -> None:
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=5)
    assert g.groups == ()
    assert g.left_out == 4
    assert given_words.notes(g) == [i18n.translate("Report", words.ALL_GROUPS_SMALL)]
    assert "do not add up" not in given_words.lead_line(g)
    silent = given_group_airtime(ROOM, [], now_ms=0, min_group_size=3)
    assert given_words.lead_line(silent) == "No speaking time was recorded."
    assert given_words.notes(silent) == []


def test_a_meeting_where_nobody_gave_a_group_has_no_such_section() -> None:
    room = [ReportPerson(i, f"P{i}", RN) for i in range(1, 6)]
    report = build_report(ReportInputs(MEETING, people=room, turns=[turn(1, 1, 3)]))
    assert not report.given_groups.given
    assert not given_words.shown(report)
    blank = [person(1, " "), person(2, ""), person(3)]
    assert not given_group_airtime(blank, [], 0).given


def test_drop_small_is_the_profession_charts_threshold() -> None:
    shares = [GroupShare(NIGHTS, 3, 0, 0.3, 0.0), GroupShare(STEWARDS, 2, MIN, 0.2, 1.0)]
    shown, left_out = drop_small(shares, 3)
    assert [s.group for s in shown] == [NIGHTS]
    assert left_out == 1


@pytest.fixture
def marked_words() -> Iterator[None]:
    """Every word comes back «marked», so a word not put through translate shows."""
    i18n.install(lambda _context, text, _d, _n: f"«{text}»")
    yield
    i18n.install(None)


@pytest.mark.usefixtures("marked_words")
def test_every_sentence_goes_through_the_translation() -> None:
    """Spanish (or any language) reads the section whole: the only words left unmarked are
    the groups' names, as people gave them, and the figures."""
    g = given_group_airtime(ROOM, TURNS, now_ms=0, min_group_size=3)
    texts = [
        given_words.lead_line(g),
        *given_words.notes(g),
        given_words.group_rule(g, facilitator_copy=True),
        i18n.translate("Report", given_words.HEADING),
    ]
    for text in texts:
        outside = re.sub(r"«[^»]*»", "", text)
        for name in (SPANISH, NIGHTS):
            outside = outside.replace(name, "")
        assert not re.search(r"[A-Za-z]", outside), text


# A purged meeting: the groups its purge kept, professions and given groups together


KEPT = KeptCounts(
    purged_on=dt.date(2026, 11, 22),
    attendance=20,
    professions=((RN, 12), (NOT_GIVEN, 3), (OTHER_GROUPS, 5)),
    groups=(
        (RN, 12, 8 * MIN),
        (NOT_GIVEN, 3, MIN),
        (NIGHTS, 4, 2 * MIN),
        (SPANISH, 3, 0),
        (STEWARDS, 2, MIN),  # kept by an older purge: dropped when read
    ),
    airtime_ms=10 * MIN,
)


def test_a_purge_keeps_the_groups_people_gave_and_the_report_shows_them_apart() -> None:
    """A purge keeps each group of at least the minimum size, professions and the groups
    people gave alike (counts of three or more name nobody); the purged report shows the
    professions under airtime by profession and the others under their own heading, as the
    report did before the purge."""
    jobs, given = split_groups(KEPT)
    assert [label for label, _, _ in jobs] == [RN, NOT_GIVEN]
    assert [label for label, _, _ in given] == [NIGHTS, SPANISH, STEWARDS]
    report = kept_report(ReportInputs(MEETING, min_group_size=3), KEPT)
    assert [s.group for s in report.airtime.groups] == [RN, "Not given"]
    assert _rows(report.given_groups.groups) == [(NIGHTS, 4, 0.2, 0.2), (SPANISH, 3, 0.15, 0.0)]
    assert given_words.shown(report)
    assert given_words.group_rule(
        report.given_groups, facilitator_copy=False, purged=report.purged
    ) == ("Groups of at least 3 people, as counted when the names were purged.")
    assert words.group_rule(report.airtime, facilitator_copy=False, purged=report.purged) == (
        "Professions of at least 3 people, as counted when the names were purged."
    )


def test_a_purged_meeting_set_to_two_still_hides_a_given_group_of_two() -> None:
    report = kept_report(ReportInputs(MEETING, min_group_size=2), KEPT)
    assert STEWARDS not in {s.group for s in report.given_groups.groups}
