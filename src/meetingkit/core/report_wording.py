"""The meeting report in words: the sentences the printed report and the Report tab share.

Plain text; whoever shows it escapes it (a PDF's markup) or shows it as plain text (Qt).
"""

from __future__ import annotations

from collections.abc import Sequence

from meetingkit.core.airtime import GroupShare
from meetingkit.core.airtime_equity import AirtimeEquity
from meetingkit.core.durations import span
from meetingkit.core.meeting import format_duration
from meetingkit.core.meeting_report import (
    AgendaTimes,
    Attendance,
    CommitmentSummary,
    ItemTime,
    MeetingReport,
)

NO_ATTENDANCE = "Nobody was marked present at this meeting."
NO_AGENDA = "No agenda was recorded for this meeting."
NOT_RUN = "The meeting was not run with the agenda clock: no times."
NO_DECISIONS = "No decisions were recorded."
NO_AIRTIME = "No speaking time was recorded."
ALL_GROUPS_SMALL = "Every group is too small to show without singling someone out."
NO_COMMITMENTS = "No commitments were recorded."
FACILITATOR_COPY = "Facilitator copy — do not share"
FACILITATOR_WARNING = (
    "This copy shows how long each person spoke and who committed to what. Keep it with the "
    "facilitation team; hand out the copy without per-person airtime instead."
)


def percent(share: float) -> str:
    return f"{share:.0%}"


def people(n: int) -> str:
    """'1 person', '3 people'."""
    return f"{n} {'person' if n == 1 else 'people'}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def headline(report: MeetingReport) -> list[tuple[str, str]]:
    """The report's figures at a glance: (figure, what it counts)."""
    agenda = report.agenda
    length = "—"
    if agenda.started_ms is not None:
        length = format_duration(round(agenda.elapsed_ms / 60_000))
    so_far = " so far" if agenda.started_ms is not None and agenda.ended_ms is None else ""
    planned = format_duration(report.meeting.planned_minutes)
    decided = len(report.decisions)
    return [
        (str(report.attendance.total), "attended"),
        (str(report.attendance.first_timers), "came for the first time"),
        (length, f"meeting time{so_far} (planned {planned})"),
        (str(decided), "decision" if decided == 1 else "decisions"),
        (str(report.commitments.people), "people made commitments"),
    ]


def attendance_line(a: Attendance) -> str:
    if not a.total:
        return NO_ATTENDANCE
    first = (
        f"; {a.first_timers} came for the first time ({percent(a.first_timers / a.total)})"
        if a.first_timers
        else "; nobody came for the first time"
    )
    return f"{people(a.total)} attended{first}."


def over_under(ms: int) -> str:
    """'+3 min 10 s', '−40 s', 'on time' (within a second)."""
    if abs(ms) < 1000:
        return "on time"
    return ("+" if ms > 0 else "−") + span(abs(ms))


def item_times(item: ItemTime) -> tuple[str, str]:
    """(actual, over or under) as the planned-vs-actual table shows them."""
    if not item.reached:
        return "not reached", "—"
    return span(item.actual_ms), over_under(item.difference_ms)


def agenda_totals(agenda: AgendaTimes) -> tuple[str, str, str]:
    """(planned, actual, over or under) for the table's total row."""
    return (
        format_duration(agenda.planned_minutes),
        span(agenda.actual_ms) if agenda.actual_ms else "—",
        over_under(agenda.difference_ms) if agenda.actual_ms else "—",
    )


def agenda_note(agenda: AgendaTimes) -> str:
    """What the totals leave out, and how long the meeting took from start to end."""
    notes = []
    skipped = agenda.not_reached
    if skipped and agenda.actual_ms:
        minutes = format_duration(sum(i.planned_minutes for i in skipped))
        notes.append(
            f"The over/under total is on the items reached: the {len(skipped)} not reached "
            f"({minutes} planned) are left out."
        )
    if agenda.started_ms is not None:
        took = "has taken" if agenda.ended_ms is None else "took"
        notes.append(
            f"From its start the meeting {took} {span(agenda.elapsed_ms)} (planned: "
            f"{format_duration(agenda.meeting_planned_minutes)}); the table counts time on "
            "items only."
        )
    return " ".join(notes)


def airtime_line(a: AirtimeEquity) -> str:
    if not a.total_ms:
        return NO_AIRTIME
    return (
        f"{span(a.total_ms)} of speaking time in {plural(a.turns, 'turn')} by "
        f"{people(a.speakers)}. Each profession's share of the time next to its share of the "
        "people in the room:"
    )


def airtime_notes(a: AirtimeEquity) -> list[str]:
    """Which groups spoke well beyond or below their share of the room; the first-timers."""
    notes = [
        _gaps("Spoke well beyond their share of the room", a.above),
        _gaps("Spoke well below their share of the room", a.below),
    ]
    if a.first_timers is not None:
        f = a.first_timers
        notes.append(
            f"First-timers: {percent(f.room_share)} of the room, "
            f"{percent(f.airtime_share)} of the time."
        )
    return [n for n in notes if n]


def _gaps(lead: str, shares: Sequence[GroupShare]) -> str:
    if not shares:
        return ""
    parts = [
        f"{s.group} ({percent(s.room_share)} of the room, {percent(s.airtime_share)} of the time)"
        for s in shares
    ]
    return f"{lead}: {'; '.join(parts)}."


def group_rule(a: AirtimeEquity, *, facilitator_copy: bool) -> str:
    """Why a small profession is not in the chart (or, in the facilitator's copy, is)."""
    if facilitator_copy:
        return "Facilitator copy: every profession is shown, however small."
    size = a.min_group_size
    rule = (
        f"Professions with fewer than {size} people present are combined, so that nobody is "
        "singled out."
    )
    if a.left_out:
        verb = "is" if a.left_out == 1 else "are"
        rule += (
            f" {people(a.left_out)} in smaller groups {verb} left out of the chart: even "
            f"combined they are fewer than {size}."
        )
    return rule


def commitments_line(c: CommitmentSummary) -> str:
    if not c.commitments:
        return NO_COMMITMENTS
    return f"{people(c.people)} made {plural(c.commitments, 'commitment')}."


def commitment_facts(c: CommitmentSummary) -> list[str]:
    facts = []
    if c.hours_people:
        facts.append(
            f"Hours a week offered: {c.hours_total} in all, from {people(c.hours_people)}."
        )
    if c.commitments:
        statuses = ", ".join(f"{n} {s.label.lower()}" for s, n in c.follow_ups)
        facts.append(f"Follow-ups: {statuses}.")
    return facts
