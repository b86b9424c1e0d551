"""What a meeting's report says: who came, how the time went against the plan, what the room
decided, each profession's share of speaking time next to its share of the room, the same for
the groups people gave for themselves (airtime_equity.py), and what people committed to.

Pure computation from plain inputs, so the printed report and the app's Report tab say the
same thing. The shared report is built without per-person airtime and without who committed
to what: `facilitator_copy=False` leaves them out of the result itself, so no screen or page
can show them by mistake.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.airtime import Turn
from meetingkit.core.airtime_equity import (
    UNKNOWN_NAME,
    AirtimeEquity,
    GivenGroups,
    ReportPerson,
    fold_small,
    largest_first,
    report_airtime,
    shown_group,
)
from meetingkit.core.commitment import Commitment, CommitmentOption, FollowUpStatus
from meetingkit.core.decision import Decision, Outcome, TemperatureCheck
from meetingkit.core.floor import LogKind, LogLine
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.meeting import Meeting

_T = TypeVar("_T")


# Inputs


@dataclass(frozen=True)
class ReportInputs:
    """Everything recorded about one meeting, as the stores give it."""

    meeting: Meeting
    people: Sequence[ReportPerson] = ()
    items: Sequence[AgendaItem] = ()  # saved items, in agenda order
    actual_ms: Mapping[int, int] = field(default_factory=dict)  # per item id
    started_ms: int | None = None
    ended_ms: int | None = None
    elapsed_ms: int = 0  # from the start to the end (or to now, while it runs)
    # Never ended, and its day over since: the last thing recorded, which its times are as of
    left_open_ms: int | None = None
    decisions: Mapping[int, Decision] = field(default_factory=dict)  # per item id
    checks: Mapping[int, Sequence[TemperatureCheck]] = field(default_factory=dict)
    turns: Sequence[Turn] = ()
    now_ms: int = 0  # a turn still open counts up to here
    commitments: Sequence[Commitment] = ()
    options: Sequence[CommitmentOption] = ()
    min_group_size: int = 3
    stack_log: Sequence[LogLine] = ()  # the floor's log, oldest first


# The report


@dataclass(frozen=True)
class Tally:
    label: str
    count: int
    share: float  # 0..1 of the whole


@dataclass(frozen=True)
class Attendance:
    total: int
    first_timers: int
    by_profession: tuple[Tally, ...]  # in the shared copy, small professions combined
    combined_below: int = 0  # professions under this many people were combined (0: none)


@dataclass(frozen=True)
class ItemTime:
    number: int
    title: str
    kind: ItemKind
    planned_minutes: int
    actual_ms: int

    @property
    def reached(self) -> bool:
        return self.actual_ms > 0

    @property
    def difference_ms(self) -> int:
        """Positive when the item ran over its plan."""
        return self.actual_ms - self.planned_minutes * 60_000


@dataclass(frozen=True)
class AgendaTimes:
    items: tuple[ItemTime, ...]
    planned_minutes: int  # the items' plan, added up
    meeting_planned_minutes: int  # the meeting's own planned length
    started_ms: int | None
    ended_ms: int | None
    elapsed_ms: int
    left_open_ms: int | None = None  # never ended: the last thing recorded, times as of then

    @property
    def actual_ms(self) -> int:
        return sum(i.actual_ms for i in self.items)

    @property
    def not_reached(self) -> tuple[ItemTime, ...]:
        return tuple(i for i in self.items if not i.reached)

    @property
    def running(self) -> bool:
        """Started and not ended (nor left open): an item not reached may still be."""
        return self.started_ms is not None and self.ended_ms is None and self.left_open_ms is None

    @property
    def difference_ms(self) -> int:
        """Over (positive) or under the plan, on the items reached: an item skipped or still
        to come is not time saved."""
        return sum(i.difference_ms for i in self.items if i.reached)


@dataclass(frozen=True)
class DecisionLine:
    item_title: str
    proposal: str
    method: str  # how the room decided: "Consensus", "Majority vote"…
    outcome: str  # "Adopted", "Blocked", "Withdrawn"
    counts: str  # "12 for, 2 against, 1 abstaining"; "" when no vote was counted
    stand_asides: str  # as recorded: names where people were willing, else a count
    blocks: str
    motion: str = ""  # "Moved by Ana Lima, seconded by Carmen Ruiz"; "" when not recorded


@dataclass(frozen=True)
class CheckLine:
    item_title: str
    summary: str


@dataclass(frozen=True)
class OptionCount:
    text: str
    people: int


@dataclass(frozen=True)
class PersonCommitments:
    """What one person took on: in the facilitator's copy only."""

    name: str
    commitments: tuple[tuple[str, FollowUpStatus], ...]


@dataclass(frozen=True)
class CommitmentSummary:
    people: int
    commitments: int
    options: tuple[OptionCount, ...]
    hours_total: int
    hours_people: int
    follow_ups: tuple[tuple[FollowUpStatus, int], ...]  # every status (lapsed if any), in order
    by_person: tuple[PersonCommitments, ...]  # facilitator copy only


@dataclass(frozen=True)
class StackLog:
    """The floor's log: how many changes by hand of each kind (moves, refusals…), and the
    lines themselves — every line in the facilitator's copy; in the shared copy only the
    rules set, as the other lines name people."""

    by_hand: tuple[tuple[LogKind, int], ...]  # in LogKind's order, kinds that happened
    lines: tuple[LogLine, ...]

    @property
    def changes(self) -> int:
        return sum(n for _, n in self.by_hand)


@dataclass(frozen=True)
class Purged:
    """The meeting's personal data was purged: its figures about people are the anonymous
    counts kept (core.kept_counts), and the report says so."""

    on: dt.date
    min_group_size: int  # smaller professions were combined, smaller groups dropped
    committers_known: bool = True  # purges before this was counted kept only commitments
    cards_issued: int = 0
    cards_returned: int = 0


@dataclass(frozen=True)
class MeetingReport:
    meeting: Meeting
    facilitator_copy: bool
    attendance: Attendance
    agenda: AgendaTimes
    decisions: tuple[DecisionLine, ...]
    checks: tuple[CheckLine, ...]
    airtime: AirtimeEquity
    commitments: CommitmentSummary
    stack: StackLog
    purged: Purged | None = None  # None: the meeting still holds who was there
    # Airtime by the groups people gave for themselves (only groups of min_group_size or more)
    given_groups: GivenGroups = field(default_factory=GivenGroups)


def build_report(inputs: ReportInputs, *, facilitator_copy: bool = False) -> MeetingReport:
    """The meeting's report; per-person airtime and names of who committed only in the
    facilitator's copy."""
    titles = {i.key: i.title for i in inputs.items}
    # Both airtime sections from one count of the room: the shared copy's first-timers' line
    # is checked once (core.differencing), for the airtime and the groups people gave alike.
    airtime, given_groups = report_airtime(
        inputs.people,
        inputs.turns,
        inputs.now_ms,
        inputs.min_group_size,
        facilitator_copy=facilitator_copy,
    )
    return MeetingReport(
        meeting=inputs.meeting,
        facilitator_copy=facilitator_copy,
        attendance=attendance(
            inputs.people, inputs.min_group_size, facilitator_copy=facilitator_copy
        ),
        agenda=agenda_times(inputs),
        decisions=tuple(
            decision_line(titles.get(item_id, ""), d)
            for item_id, d in _in_agenda_order(inputs.decisions, inputs.items)
        ),
        checks=tuple(
            CheckLine(titles.get(item_id, ""), c.summary())
            for item_id, checks in _in_agenda_order(inputs.checks, inputs.items)
            for c in checks
        ),
        airtime=airtime,
        commitments=commitment_summary(inputs, facilitator_copy=facilitator_copy),
        stack=stack_log(inputs.stack_log, facilitator_copy=facilitator_copy),
        given_groups=given_groups,
    )


def stack_log(log: Sequence[LogLine], *, facilitator_copy: bool) -> StackLog:
    counts = Counter(line.kind for line in log if line.kind.by_hand)
    return StackLog(
        by_hand=tuple((kind, counts[kind]) for kind in LogKind if counts[kind]),
        lines=tuple(line for line in log if facilitator_copy or not line.kind.by_hand),
    )


# Attendance


def attendance(
    people: Sequence[ReportPerson], min_group_size: int = 3, *, facilitator_copy: bool = False
) -> Attendance:
    """Who came, by profession. The shared copy singles nobody out, as its airtime chart
    does: professions with fewer than `min_group_size` people are combined into one row
    (`fold_small`, as a purge keeps them). The facilitator's copy lists every profession."""
    present = [p for p in people if p.present]
    counts = list(Counter(p.group for p in present).items())
    combined_below = 0
    if not facilitator_copy and any(n < min_group_size for _, n in counts):
        counts = fold_small(counts, min_group_size)
        combined_below = min_group_size
    total = len(present)
    return Attendance(
        total=total,
        first_timers=sum(1 for p in present if p.first_time),
        by_profession=tuple(
            Tally(shown_group(label), n, n / total)
            for label, n in sorted(counts, key=largest_first)
        ),
        combined_below=combined_below,
    )


# The agenda


def agenda_times(inputs: ReportInputs) -> AgendaTimes:
    items = tuple(
        ItemTime(n, i.title, i.kind, i.planned_minutes, inputs.actual_ms.get(i.key, 0))
        for n, i in enumerate(inputs.items, 1)
    )
    return AgendaTimes(
        items=items,
        planned_minutes=sum(i.planned_minutes for i in items),
        meeting_planned_minutes=inputs.meeting.planned_minutes,
        started_ms=inputs.started_ms,
        ended_ms=inputs.ended_ms,
        elapsed_ms=inputs.elapsed_ms,
        left_open_ms=inputs.left_open_ms,
    )


# Decisions


_METHODS = {
    Outcome.CONSENSUS: QT_TRANSLATE_NOOP("Report", "Consensus"),
    Outcome.MODIFIED_CONSENSUS: QT_TRANSLATE_NOOP("Report", "Modified consensus"),
    Outcome.MAJORITY: QT_TRANSLATE_NOOP("Report", "Majority vote"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Report", "Consensus"),
}
_OUTCOMES = {
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Report", "Blocked"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("Report", "Withdrawn"),
}


def decision_line(item_title: str, d: Decision) -> DecisionLine:
    voted = d.outcome.is_vote or d.votes_for or d.votes_against or d.abstentions
    if d.outcome in _METHODS:
        method = translate("Report", _METHODS[d.outcome])
    else:
        method = translate("Report", "Vote") if voted else "—"
    if d.outcome == Outcome.MODIFIED_CONSENSUS:
        method += fill(translate("Report", " (%1% needed)"), str(d.threshold_percent))
    counts = ""
    if voted:
        counts = fill(
            translate("Report", "%1 for, %2 against, %3 abstaining"),
            str(d.votes_for),
            str(d.votes_against),
            str(d.abstentions),
        )
        if d.outcome == Outcome.MODIFIED_CONSENSUS:
            counts += fill(translate("Report", " (%1% support)"), f"{d.support_percent():.0f}")
    outcome = translate("Report", _OUTCOMES.get(d.outcome, QT_TRANSLATE_NOOP("Report", "Adopted")))
    return DecisionLine(
        item_title,
        d.proposal,
        method,
        outcome,
        counts,
        d.stand_asides.describe(),
        d.blocks.describe(),
        d.motion(),
    )


def _in_agenda_order(
    by_item: Mapping[int, _T], items: Sequence[AgendaItem]
) -> list[tuple[int, _T]]:
    order = {item.key: n for n, item in enumerate(items)}
    return sorted(by_item.items(), key=lambda entry: order.get(entry[0], len(order)))


# Commitments


def commitment_summary(
    inputs: ReportInputs, *, facilitator_copy: bool = False
) -> CommitmentSummary:
    """Who committed and to what, counted per option; names only in the facilitator's copy."""
    commitments = inputs.commitments
    choosers: dict[int | str, set[int]] = {o.key: set() for o in inputs.options}
    day = inputs.meeting.date
    texts: dict[int | str, str] = {o.key: o.printed_for(day) for o in inputs.options}
    for c in commitments:
        if c.option_id is None:
            continue  # hours a week: counted apart
        # An option removed since keeps its commitments, under the text they were made to.
        key: int | str = c.option_id if c.option_id in choosers else c.text
        choosers.setdefault(key, set()).add(c.person_id)
        texts.setdefault(key, c.text)
    hours = {c.person_id: c.hours for c in commitments if c.hours}
    statuses = Counter(c.status for c in commitments)
    by_person: tuple[PersonCommitments, ...] = ()
    if facilitator_copy:
        names = {p.person_id: p.name for p in inputs.people}
        rows: dict[int, list[tuple[str, FollowUpStatus]]] = {}
        for c in commitments:
            rows.setdefault(c.person_id, []).append((c.text, c.status))
        by_person = tuple(
            sorted(
                (
                    PersonCommitments(
                        names[pid] if pid in names else translate("Airtime", UNKNOWN_NAME), tuple(r)
                    )
                    for pid, r in rows.items()
                ),
                key=lambda p: p.name.casefold(),
            )
        )
    return CommitmentSummary(
        people=len({c.person_id for c in commitments}),
        commitments=len(commitments),
        options=tuple(OptionCount(texts[k], len(ids)) for k, ids in choosers.items()),
        hours_total=sum(h for h in hours.values() if h),
        hours_people=len(hours),
        # Lapsed only when some are: most meetings' follow-ups never lapse.
        follow_ups=tuple(
            (s, statuses[s])
            for s in FollowUpStatus
            if statuses[s] or s is not FollowUpStatus.LAPSED
        ),
        by_person=by_person,
    )
