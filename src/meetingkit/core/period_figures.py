"""What a period of meetings adds up to, for an organizer's report to the union or a funder:
meetings held, attendance and people reached, first-timers month by month, professions,
airtime by profession against the room, commitments and how they were followed up,
trainings and the curricula they came from.

Counts only, so the figures can leave the laptop: nobody is named, and a profession is shown
only when at least the minimum group size of different people had it (the largest of the
period's meetings' minimum, never less than `MIN_GROUP_SHOWN`). Smaller professions are
combined as the meeting report combines them (`fold_small`); in the airtime chart, they are
dropped as a purged meeting's groups are (`big_groups`), and a line says what share of the
time they had.

A purged meeting counts through the counts its purge kept (core.kept_counts): its attendance,
first-timers, professions, airtime by group and commitments. Who came is gone, so it cannot
add to the people reached, and how its commitments were followed up is no longer known.

A meeting is counted as held when something says it happened: someone was marked present,
its agenda was started, or it was purged (its counts were kept). One dated in the period with
nothing recorded, or planned after today, is left out and counted apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from meetingkit.core.airtime import NOT_GIVEN, GroupShare
from meetingkit.core.airtime_equity import (
    OTHER_GROUPS,
    OTHER_OR_NOT_GIVEN,
    AirtimeEquity,
    fold_small,
    largest_first,
    shown_group,
    well_below,
    well_beyond,
)
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.floor import MIN_GROUP_SHOWN
from meetingkit.core.kept_counts import KeptCounts, big_groups
from meetingkit.core.meeting import MeetingKind
from meetingkit.core.person import canonical_profession

# Inputs: what the stores give about the period's meetings


@dataclass(frozen=True)
class PeriodMeeting:
    """One meeting dated in the period, as counts."""

    meeting_id: int
    date: dt.date
    kind: MeetingKind
    group: str = ""  # the name of the group it was a meeting of ("" for none)
    curriculum: str = ""  # the curriculum it was made from (its folder's name), if any
    recorded: bool = False  # someone was marked present, or its agenda was started
    min_group_size: int = MIN_GROUP_SHOWN
    first_timers: int = 0  # storage.first_timers' count (a purged meeting's: in `kept`)
    kept: KeptCounts | None = None  # purged: the counts its purge kept


_Attended = Callable[[PeriodMeeting], int]  # a meeting's attendance, recorded or kept


@dataclass(frozen=True)
class Visit:
    """Someone marked present at a meeting, with the profession they had there."""

    meeting_id: int
    person_id: int
    profession: str = ""


@dataclass(frozen=True)
class Spoken:
    """How long someone spoke at a meeting, all their turns together."""

    meeting_id: int
    person_id: int
    ms: int


@dataclass(frozen=True)
class Pledge:
    """A commitment made at a meeting, and how its follow-up stands."""

    meeting_id: int
    person_id: int
    status: FollowUpStatus


@dataclass(frozen=True)
class PeriodInputs:
    since: dt.date
    until: dt.date  # both days included
    today: dt.date
    meetings: Sequence[PeriodMeeting]
    visits: Sequence[Visit] = ()
    spoken: Sequence[Spoken] = ()
    pledges: Sequence[Pledge] = ()
    group: str = ""  # the one group the figures are for ("" for every meeting)
    curricula: Mapping[str, str] = field(default_factory=dict)  # folder name -> title


# The figures


@dataclass(frozen=True)
class KindLine:
    kind: MeetingKind
    meetings: int
    attendance: int


@dataclass(frozen=True)
class GroupLine:
    group: str  # "" for the meetings of no group
    meetings: int
    attendance: int
    people: int | None  # different people, at the meetings that still hold who came (None:
    # every one of its meetings was purged)


@dataclass(frozen=True)
class MonthLine:
    month: dt.date  # its first day
    meetings: int
    attendance: int
    first_timers: int


@dataclass(frozen=True)
class ProfessionLine:
    label: str  # as shown: the app's own groups in the app's language
    attendance: int  # times someone of it was present, meeting by meeting
    share: float  # of the period's attendance


@dataclass(frozen=True)
class CommitmentFigures:
    made: int
    follow_ups: tuple[tuple[FollowUpStatus, int], ...]  # made at meetings that hold them
    unknown: int  # made at purged meetings: how they were followed up is gone

    @property
    def known(self) -> int:
        return self.made - self.unknown

    @property
    def talked(self) -> int:
        """Followed up: an organizer talked with the person (reached, done or declined)."""
        return sum(n for s, n in self.follow_ups if s.talked)


@dataclass(frozen=True)
class CurriculumLine:
    title: str
    trainings: int
    attendance: int


@dataclass(frozen=True)
class PeriodFigures:
    since: dt.date
    until: dt.date
    group: str  # "" for every meeting
    min_group_size: int
    meetings: int  # held
    by_kind: tuple[KindLine, ...]
    by_group: tuple[GroupLine, ...]  # empty for one group's figures
    attendance: int
    people: int  # different people: those at the meetings that still hold who came, or
    # the first-timers if more (a purged meeting's first-timers were new people too)
    first_timers: int
    months: tuple[MonthLine, ...]  # every month of the period, in order
    professions: tuple[ProfessionLine, ...]  # small ones combined
    professions_combined: bool  # some professions were too small to show
    airtime: AirtimeEquity  # over the meetings with speaking time recorded
    airtime_meetings: int
    commitments: CommitmentFigures
    curricula: tuple[CurriculumLine, ...]
    trainings_without_curriculum: int
    purged: int  # held meetings whose names were purged: counted from their kept counts
    purged_attendance: int
    not_recorded: int  # dated in the period, on or before today, nothing recorded
    ahead: int  # dated in the period after today

    @property
    def trainings(self) -> int:
        return sum(k.meetings for k in self.by_kind if k.kind is MeetingKind.TRAINING)


def period_figures(inputs: PeriodInputs) -> PeriodFigures:
    """The figures of the meetings `inputs` holds (those dated in its period)."""
    held = [m for m in inputs.meetings if _held(m, inputs.today)]
    ahead = sum(1 for m in inputs.meetings if m.date > inputs.today)
    ids = {m.meeting_id for m in held if m.kept is None}
    visits = [v for v in inputs.visits if v.meeting_id in ids]
    size = max([MIN_GROUP_SHOWN, *(m.min_group_size for m in held)])
    headcount = Counter(v.meeting_id for v in visits)

    def attended(m: PeriodMeeting) -> int:
        return m.kept.attendance if m.kept is not None else headcount[m.meeting_id]

    purged = [m for m in held if m.kept is not None]
    professions, combined = _professions(held, visits, size)
    airtime, airtime_meetings = _airtime(held, visits, inputs.spoken, size)
    return PeriodFigures(
        since=inputs.since,
        until=inputs.until,
        group=inputs.group,
        min_group_size=size,
        meetings=len(held),
        by_kind=tuple(
            KindLine(kind, len(ms), sum(attended(m) for m in ms))
            for kind in MeetingKind
            if (ms := [m for m in held if m.kind is kind])
        ),
        by_group=() if inputs.group else _groups(held, visits, attended),
        attendance=sum(attended(m) for m in held),
        # Who came to a purged meeting is gone, but each of its first-timers was someone
        # new: the different people are at least as many as the first-timers.
        people=max(len({v.person_id for v in visits}), sum(_first_timers(m) for m in held)),
        first_timers=sum(_first_timers(m) for m in held),
        months=_months(inputs.since, inputs.until, held, attended),
        professions=professions,
        professions_combined=combined,
        airtime=airtime,
        airtime_meetings=airtime_meetings,
        commitments=_commitments(held, inputs.pledges),
        curricula=_curricula(held, inputs.curricula, attended),
        trainings_without_curriculum=sum(
            1 for m in held if m.kind is MeetingKind.TRAINING and not m.curriculum
        ),
        purged=len(purged),
        purged_attendance=sum(attended(m) for m in purged),
        not_recorded=len(inputs.meetings) - len(held) - ahead,
        ahead=ahead,
    )


def _held(m: PeriodMeeting, today: dt.date) -> bool:
    return m.date <= today and (m.recorded or m.kept is not None)


def _first_timers(m: PeriodMeeting) -> int:
    return m.kept.first_timers if m.kept is not None else m.first_timers


def _groups(
    held: Sequence[PeriodMeeting], visits: Sequence[Visit], attended: _Attended
) -> tuple[GroupLine, ...]:
    """Each group's meetings, the most held first; the meetings of no group last."""
    group_of = {m.meeting_id: m.group for m in held}
    people: defaultdict[str, set[int]] = defaultdict(set)
    for v in visits:
        people[group_of[v.meeting_id]].add(v.person_id)
    lines = []
    for name in {m.group for m in held}:
        ms = [m for m in held if m.group == name]
        known = any(m.kept is None for m in ms)
        lines.append(
            GroupLine(
                name, len(ms), sum(attended(m) for m in ms), len(people[name]) if known else None
            )
        )
    return tuple(sorted(lines, key=lambda g: (not g.group, -g.meetings, g.group.casefold())))


def _months(
    since: dt.date, until: dt.date, held: Sequence[PeriodMeeting], attended: _Attended
) -> tuple[MonthLine, ...]:
    lines = []
    month = since.replace(day=1)
    while month <= until:
        ms = [m for m in held if (m.date.year, m.date.month) == (month.year, month.month)]
        lines.append(
            MonthLine(
                month, len(ms), sum(attended(m) for m in ms), sum(_first_timers(m) for m in ms)
            )
        )
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return tuple(lines)


def _group_of(profession: str) -> str:
    """A profession as the meeting report counts it: in the words of the app's suggestions
    ("RN" and a purge's "Registered nurse (RN)" are one), or "Not given"."""
    return canonical_profession(profession) or NOT_GIVEN


def _at_least(
    kept: Iterable[tuple[str, int]], visits: Iterable[Visit]
) -> tuple[Counter[str], dict[str, int]]:
    """(times each profession was present; how many different people had it, at least): the
    people marked present with it at one meeting or another, or, if more, the most a purged
    meeting's counts say had it at once."""
    times: Counter[str] = Counter()
    people: defaultdict[str, set[int]] = defaultdict(set)
    for v in visits:
        label = _group_of(v.profession)
        times[label] += 1
        people[label].add(v.person_id)
    most: Counter[str] = Counter()
    for kept_label, n in kept:
        label = _group_of(kept_label)  # kept as the app wrote it then, in English
        times[label] += n
        most[label] = max(most[label], n)
    return times, {label: max(len(people[label]), most[label]) for label in times}


def _professions(
    held: Sequence[PeriodMeeting], visits: Sequence[Visit], size: int
) -> tuple[tuple[ProfessionLine, ...], bool]:
    """Attendance by profession, the professions of fewer than `size` different people
    combined (`fold_small`, as the meeting report combines them); and whether any were."""
    kept = [p for m in held if m.kept is not None for p in m.kept.professions]
    times, people = _at_least(kept, visits)
    shown = fold_small(sorted(people.items()), size)
    labels = {label for label, _ in shown} - {OTHER_GROUPS, OTHER_OR_NOT_GIVEN}
    rows: Counter[str] = Counter({label: times[label] for label in labels})
    rest = [label for label in times if label not in labels]
    if rest:  # a purge's own combined row among them, or professions too small to show
        given = all(label not in (NOT_GIVEN, OTHER_OR_NOT_GIVEN) for label in rest)
        rows[OTHER_GROUPS if given else OTHER_OR_NOT_GIVEN] = sum(times[r] for r in rest)
    total = sum(rows.values())
    ordered = sorted(rows.items(), key=largest_first)
    combined = any(label not in (OTHER_GROUPS, OTHER_OR_NOT_GIVEN) for label in rest)
    return (
        tuple(ProfessionLine(shown_group(label), n, n / total) for label, n in ordered if n),
        combined,
    )


def _airtime(
    held: Sequence[PeriodMeeting], visits: Sequence[Visit], spoken: Sequence[Spoken], size: int
) -> tuple[AirtimeEquity, int]:
    """Each profession's share of the speaking time next to its share of the room, over the
    meetings where speaking time was recorded; professions of fewer than `size` different
    people there are left out (`big_groups`), and their share is said apart (`unshown_ms`).
    If those left out (and people who spoke without being marked present) are fewer than
    `size` different people, the smallest professions shown are left out with them
    (`combined_to_protect`): else the time said apart would be one or two people's."""
    kept = [m.kept for m in held if m.kept is not None and m.kept.airtime_ms]
    ms_of: Counter[int] = Counter()
    for s in spoken:
        ms_of[s.meeting_id] += s.ms
    live = {m.meeting_id for m in held if m.kept is None and ms_of[m.meeting_id]}
    room_visits = [v for v in visits if v.meeting_id in live]
    # A profession's speaking time: its people's, as they were present; time of someone
    # who spoke without being marked present has no profession.
    profession = {(v.meeting_id, v.person_id): _group_of(v.profession) for v in room_visits}
    time: Counter[str] = Counter()
    for s in spoken:
        if s.meeting_id in live:
            time[profession.get((s.meeting_id, s.person_id), NOT_GIVEN)] += s.ms
    # A purge kept each group's people and time: the groups that are professions count here.
    kept_rooms = [p for k in kept for p in k.professions]
    for k in kept:
        named = {_group_of(label) for label, _ in k.professions}
        for label, _, ms in k.groups:
            if _group_of(label) in named:
                time[_group_of(label)] += ms
    room, people = _at_least(kept_rooms, room_visits)
    total_ms = sum(ms_of[i] for i in live) + sum(k.airtime_ms for k in kept)
    total_room = len(room_visits) + sum(k.attendance for k in kept)
    groups = big_groups(
        ((label, people.get(label, 0), time[label]) for label in set(room) | set(time)), size
    )
    groups = [g for g in groups if g[0] not in (OTHER_GROUPS, OTHER_OR_NOT_GIVEN)]
    groups.sort(key=lambda g: largest_first((g[0], room[g[0]])))
    # The chart and the total are published: the people in no profession shown must not be
    # one or two, or the time left out is theirs. The smallest shown are left out with them.
    ids: defaultdict[str, set[int]] = defaultdict(set)
    for v in room_visits:
        ids[profession[(v.meeting_id, v.person_id)]].add(v.person_id)
    unmarked = {
        s.person_id
        for s in spoken
        if s.meeting_id in live and s.ms > 0 and (s.meeting_id, s.person_id) not in profession
    }

    def outside(shown: Iterable[str]) -> int:  # different people in no profession shown, at least
        rest = (set(room) | set(time)) - set(shown)
        return max(
            [len(unmarked.union(*(ids[label] for label in rest)))]
            + [people.get(r, 0) for r in rest]
        )

    combined = 0
    while groups and 0 < outside(g[0] for g in groups) < size:
        groups.pop()
        combined += 1
    shares = [
        GroupShare(
            shown_group(label),
            n,
            ms,
            room[label] / total_room if total_room else 0.0,
            ms / total_ms if total_ms else 0.0,
        )
        for label, n, ms in groups
    ]
    equity = AirtimeEquity(
        total_ms=total_ms,
        turns=0,
        speakers=0,
        groups=tuple(shares),
        left_out=0,
        min_group_size=size,
        first_timers=None,
        above=tuple(s for s in shares if total_ms and well_beyond(s)),
        below=tuple(s for s in shares if total_ms and well_below(s)),
        people=(),
        unshown_ms=total_ms - sum(s.airtime_ms for s in shares),
        combined_to_protect=combined,
    )
    return equity, len(live) + len(kept)


def _commitments(held: Sequence[PeriodMeeting], pledges: Sequence[Pledge]) -> CommitmentFigures:
    live = {m.meeting_id for m in held if m.kept is None}
    statuses = Counter(p.status for p in pledges if p.meeting_id in live)
    unknown = sum(n for m in held if m.kept is not None for _, n in m.kept.commitments)
    return CommitmentFigures(
        made=sum(statuses.values()) + unknown,
        follow_ups=tuple((s, statuses[s]) for s in FollowUpStatus if statuses[s]),
        unknown=unknown,
    )


def _curricula(
    held: Sequence[PeriodMeeting], titles: Mapping[str, str], attended: _Attended
) -> tuple[CurriculumLine, ...]:
    """Each curriculum the period's trainings were made from, the most run first."""
    lines = []
    for slug in {m.curriculum for m in held if m.curriculum}:
        ms = [m for m in held if m.curriculum == slug]
        lines.append(CurriculumLine(titles.get(slug, slug), len(ms), sum(attended(m) for m in ms)))
    return tuple(sorted(lines, key=lambda c: (-c.trainings, c.title.casefold())))
