"""A purged meeting's report, from the anonymous counts its purge kept.

A purge (services.privacy) saves how many came, by profession, each group's people and
airtime, commitments per option and cards, then removes who was there. Its report is the
live report of what is left (agenda, times, decisions) with the figures about people taken
from those counts, and it says so: never "nobody came".

The counts must not single anyone out, so before they are kept, professions with fewer
people than the meeting's minimum group size are combined (`fold_small`) and smaller groups
are dropped (`big_groups`), as on the projector and the shared report (`fold_small` is the
shared report's own, core.airtime_equity).

The groups kept are the floor's: professions and the groups people gave for themselves
together, each with its people and airtime, only those of the minimum group size or more,
and only those that, with the others kept and the total, let nobody's time be worked out by
subtraction (`kept_groups`, core.differencing: who was in which group is gone afterwards, so
it is checked when the purge still knows). The report checks again what counts alone can
tell, for purges made before that: professions whose people are all but one or two of the
room are combined, and a group of all but one or two is left out.
They are kept on purpose: airtime by group is what the purge promises to keep, and a count
of three or more people and their share of the time names nobody. The report shows them as
the live report does: the professions under airtime by profession, the others under airtime
by the groups people gave (`split_groups`: a kept group named as a kept profession is that
profession).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from meetingkit.core.airtime import NOT_GIVEN, GroupShare
from meetingkit.core.airtime_equity import (
    OTHER_GROUPS,
    OTHER_OR_NOT_GIVEN,
    AirtimeEquity,
    GivenGroups,
    fold_small,
    largest_first,
    shown_group,
    well_below,
    well_beyond,
)
from meetingkit.core.differencing import shown_safely
from meetingkit.core.floor import MIN_GROUP_SHOWN
from meetingkit.core.meeting_report import (
    Attendance,
    CommitmentSummary,
    MeetingReport,
    OptionCount,
    Purged,
    ReportInputs,
    StackLog,
    Tally,
    build_report,
)


@dataclass(frozen=True)
class KeptCounts:
    """What a purge kept of a meeting, read back (labels as stored, in English)."""

    purged_on: dt.date
    attendance: int = 0
    first_timers: int = 0
    professions: tuple[tuple[str, int], ...] = ()  # (profession, people)
    groups: tuple[tuple[str, int, int], ...] = ()  # (group, people, airtime ms)
    airtime_ms: int = 0
    speakers: int = 0
    turns: int = 0
    commitments: tuple[tuple[str, int], ...] = ()  # (what was committed to, how many)
    committed: int | None = None  # people who committed; None: purged before it was kept
    cards_issued: int = 0
    cards_returned: int = 0


def big_groups(groups: Iterable[tuple[str, int, int]], min_size: int) -> list[tuple[str, int, int]]:
    """(group, people, airtime ms) of the groups with at least `min_size` people. Groups
    overlap (a profession, and the groups people named themselves), so the small ones are
    dropped, as airtime bars drop them, not combined: their people would be counted twice."""
    return [g for g in groups if g[1] >= min_size]


_Group = tuple[str, int, int]


def kept_groups(
    shares: Iterable[GroupShare],
    members: Mapping[str, Collection[int]],
    everyone: Collection[int],
    size: int,
    professions: Collection[str] = (),
) -> list[GroupShare]:
    """The floor's groups (professions and the groups people gave, under one name each) a
    purge may keep: those of `size` or more that, with the ones kept before them and the
    total, let nobody's time be worked out (core.differencing); professions first, as the
    report shows them, then the largest. `members`: the people whose time each group holds;
    `everyone`: those whose time the total holds. Who was in which group is known only
    while the meeting still holds it: from the counts kept, it could no longer be checked."""
    big = sorted(
        (s for s in shares if s.people_present >= size),
        key=lambda s: (s.group not in professions, *largest_first((s.group, s.people_present))),
    )
    candidates = [(s.group, members.get(s.group, ())) for s in big]
    keep = set(shown_safely(candidates, everyone, size))
    return [s for s in big if s.group in keep]


def split_groups(kept: KeptCounts) -> tuple[list[_Group], list[_Group]]:
    """The kept groups as (professions, groups people gave). The floor counts both under one
    name each, so a kept group is a profession when a profession was kept under its name (or
    it is the app's own "Not given"); any other is a group people gave."""
    professions = {label for label, _ in kept.professions}
    professions |= {NOT_GIVEN, OTHER_GROUPS, OTHER_OR_NOT_GIVEN}
    jobs = [g for g in kept.groups if g[0] in professions]
    return jobs, [g for g in kept.groups if g[0] not in professions]


def kept_report(inputs: ReportInputs, kept: KeptCounts) -> MeetingReport:
    """The report of a purged meeting: what is left of it (agenda, times, decisions) as
    recorded, the figures about people from `kept`. Nothing is per person, so there is no
    facilitator's copy."""
    report = build_report(inputs, facilitator_copy=False)
    size = inputs.min_group_size
    return replace(
        report,
        attendance=_attendance(kept, size),
        airtime=_airtime(kept, size),
        given_groups=_given_groups(kept, size),
        commitments=_commitments(kept, report.commitments),
        stack=StackLog((), ()),
        purged=Purged(
            kept.purged_on,
            size,
            committers_known=kept.committed is not None,
            cards_issued=kept.cards_issued,
            cards_returned=kept.cards_returned,
        ),
    )


def _attendance(kept: KeptCounts, size: int) -> Attendance:
    total = kept.attendance
    tallies = sorted(fold_small(kept.professions, size), key=largest_first)
    return Attendance(
        total=total,
        first_timers=kept.first_timers,
        by_profession=tuple(
            Tally(shown_group(label), n, n / total if total else 0.0) for label, n in tallies
        ),
    )


def _shares(kept: KeptCounts, groups: list[_Group], size: int) -> tuple[GroupShare, ...]:
    total, room = kept.airtime_ms, kept.attendance
    groups = sorted(big_groups(groups, size), key=lambda g: largest_first((g[0], g[1])))
    return tuple(
        GroupShare(
            shown_group(label),
            people,
            ms,
            people / room if room else 0.0,
            ms / total if total else 0.0,
        )
        for label, people, ms in groups
    )


def _airtime(kept: KeptCounts, size: int) -> AirtimeEquity:
    """The professions kept, as the live report charts them: if the people in none of them
    are fewer than `size` (but some), the total less the chart would be their time, so the
    smallest shown are combined with them ("Other professions"), as `_combine_small` does;
    if that takes every profession, there is no chart. Counted from the people present:
    someone who spoke without being marked present is not in the kept counts."""
    total, room = kept.airtime_ms, kept.attendance
    shares = list(_shares(kept, split_groups(kept)[0], size))
    combined = 0
    while shares and 0 < room - sum(s.people_present for s in shares) < size:
        shares.pop()  # the smallest ("Not given" first, as largest_first orders them)
        combined += 1
    if combined and shares:
        people = room - sum(s.people_present for s in shares)
        ms = max(0, total - sum(s.airtime_ms for s in shares))
        shown = {s.group for s in shares}
        rest = {label for label, _ in kept.professions if shown_group(label) not in shown}
        label = OTHER_OR_NOT_GIVEN if rest & {NOT_GIVEN, OTHER_OR_NOT_GIVEN} else OTHER_GROUPS
        other = GroupShare(
            shown_group(label), people, ms, people / room, ms / total if total else 0.0
        )
        shares.append(other)
    return AirtimeEquity(
        total_ms=total,
        turns=kept.turns,
        speakers=kept.speakers,
        groups=tuple(shares),
        left_out=0,
        min_group_size=size,
        first_timers=None,
        above=tuple(s for s in shares if total and well_beyond(s)),
        below=tuple(s for s in shares if total and well_below(s)),
        people=(),
        combined_to_protect=combined,
    )


def _given_groups(kept: KeptCounts, size: int) -> GivenGroups:
    """The groups people gave, as the purge kept them: only those of `size` or more were
    kept, so none is known to be too small; one whose people are all present but fewer than
    `size` is left out (the total less it would be theirs). Who was in which group is gone,
    so differences between two kept groups cannot be checked here: the purge checked them
    (`kept_groups`); a purge made before it did not."""
    size = max(MIN_GROUP_SHOWN, size)
    every = _shares(kept, split_groups(kept)[1], size)
    shares = tuple(s for s in every if not 0 < kept.attendance - s.people_present < size)
    return GivenGroups(
        groups=shares,
        left_out_to_protect=len(every) - len(shares),
        min_group_size=size,
        total_ms=kept.airtime_ms,
        given=bool(every),
    )


def _commitments(kept: KeptCounts, live: CommitmentSummary) -> CommitmentSummary:
    return replace(
        live,
        people=kept.committed or 0,
        commitments=sum(n for _, n in kept.commitments),
        options=tuple(OptionCount(text, n) for text, n in kept.commitments),
        hours_total=0,
        hours_people=0,
        follow_ups=(),
        by_person=(),
    )
