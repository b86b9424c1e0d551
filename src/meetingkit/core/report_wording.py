"""The meeting report in words: the sentences the printed report and the Report tab share
(and the printed minutes, for planned against actual time).

Plain text; whoever shows it escapes it (a PDF's markup) or shows it as plain text (Qt).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from meetingkit.core.airtime import GroupShare
from meetingkit.core.airtime_equity import AirtimeEquity
from meetingkit.core.commitment import FollowUpStatus
from meetingkit.core.durations import span, unbroken, wall_time
from meetingkit.core.floor import LogKind, LogLine
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.core.meeting import format_duration
from meetingkit.core.meeting_report import (
    AgendaTimes,
    Attendance,
    CommitmentSummary,
    ItemTime,
    MeetingReport,
    Purged,
    StackLog,
)
from meetingkit.core.percent import percent as percent  # the report's own: Report tab, PDF

# Shown as they are by the Report tab and the printed report: translate where shown.
NO_ATTENDANCE = QT_TRANSLATE_NOOP("Report", "Nobody was marked present at this meeting.")
NO_AGENDA = QT_TRANSLATE_NOOP("Report", "No agenda was recorded for this meeting.")
NOT_RUN = QT_TRANSLATE_NOOP("Report", "The meeting was not run with the agenda clock: no times.")
NO_DECISIONS = QT_TRANSLATE_NOOP("Report", "No decisions were recorded.")
NO_AIRTIME = QT_TRANSLATE_NOOP("Report", "No speaking time was recorded.")
ALL_GROUPS_SMALL = QT_TRANSLATE_NOOP(
    "Report", "Every group is too small to show without singling someone out."
)
NO_COMMITMENTS = QT_TRANSLATE_NOOP("Report", "No commitments were recorded.")
FACILITATOR_COPY = QT_TRANSLATE_NOOP("Report", "Facilitator copy — do not share")
FACILITATOR_WARNING = QT_TRANSLATE_NOOP(
    "Report",
    "This copy shows how long each person spoke and who committed to what. Keep it with the "
    "facilitation team; hand out the copy without per-person airtime instead.",
)


# Counted words are chosen by the count in the code, one or more, which English and Spanish
# share: "1 person" and "%1 people" are two messages.


def people(n: int) -> str:
    """'1 person', '3 people'."""
    if n == 1:
        return translate("Report", "1 person")
    return fill(translate("Report", "%1 people"), str(n))


def _turns(n: int) -> str:
    if n == 1:
        return translate("Report", "1 turn")
    return fill(translate("Report", "%1 turns"), str(n))


def _commitments(n: int) -> str:
    if n == 1:
        return translate("Report", "1 commitment")
    return fill(translate("Report", "%1 commitments"), str(n))


def headline(report: MeetingReport) -> list[tuple[str, str]]:
    """The report's figures at a glance: (figure, what it counts)."""
    agenda = report.agenda
    length = "—"
    if agenda.started_ms is not None:
        length = format_duration(round(agenda.elapsed_ms / 60_000))
    if agenda.left_open_ms is not None:  # its days since are no meeting time
        time = translate("Report", "meeting time until it was left open (planned %1)")
    elif agenda.started_ms is not None and agenda.ended_ms is None:
        time = translate("Report", "meeting time so far (planned %1)")
    else:
        time = translate("Report", "meeting time (planned %1)")
    planned = format_duration(report.meeting.planned_minutes)
    decided = len(report.decisions)
    attended, first_timers = report.attendance.total, report.attendance.first_timers
    committed = str(report.commitments.people)
    if report.purged is not None and not report.purged.committers_known:
        committed = "—"  # purged before the people who committed were counted
    # Captions under a figure: worded to fit any count.
    return [
        (str(attended), translate("Report", "attended")),
        (str(first_timers), translate("Report", "came for the first time")),
        (length, fill(time, unbroken(planned))),
        (
            str(decided),
            translate("Report", "decision") if decided == 1 else translate("Report", "decisions"),
        ),
        (
            committed,
            translate("Report", "person made commitments")
            if committed == "1"
            else translate("Report", "people made commitments"),
        ),
    ]


def purged_note(report: MeetingReport) -> str:
    """For a purged meeting: when the names went, and that only counts are left."""
    p = report.purged
    if p is None:
        return ""
    if p.min_group_size > 1:
        note = translate(
            "Report",
            "Names purged on %1: this report shows only the anonymous counts kept. Who came, "
            "who spoke and who committed to what are gone; professions and groups of fewer "
            "than %2 people are combined or left out.",
        )
    else:
        note = translate(
            "Report",
            "Names purged on %1: this report shows only the anonymous counts kept. Who came, "
            "who spoke and who committed to what are gone.",
        )
    return fill(note, long_date(p.on), str(p.min_group_size))


def attendance_line(a: Attendance) -> str:
    n = a.total
    if not n:
        return translate("Report", NO_ATTENDANCE)
    if a.first_timers:
        if n == 1:
            line = translate("Report", "1 person attended; %2 came for the first time (%3).")
        else:
            line = translate("Report", "%1 people attended; %2 came for the first time (%3).")
        return fill(line, str(n), str(a.first_timers), percent(a.first_timers / n))
    if n == 1:
        return translate("Report", "1 person attended; nobody came for the first time.")
    return fill(translate("Report", "%1 people attended; nobody came for the first time."), str(n))


def attendance_note(a: Attendance) -> str:
    """Under the shared copy's attendance table, when small professions were combined."""
    return _combined_rule(a.combined_below) if a.combined_below else ""


def _combined_rule(size: int) -> str:
    return fill(
        translate(
            "Report",
            "Professions with fewer than %1 people present are combined, so that nobody is "
            "singled out.",
        ),
        str(size),
    )


def over_under(ms: int) -> str:
    """'+3 min 10 s', '−40 s', 'on time' (within a second)."""
    if abs(ms) < 1000:
        return translate("Report", "on time")
    return ("+" if ms > 0 else "−") + span(abs(ms))


def item_times(item: ItemTime, *, running: bool = False) -> tuple[str, str]:
    """(actual, over or under) as the planned-vs-actual table shows them; in a meeting still
    `running`, an item not reached is not reached yet."""
    if not item.reached:
        if running:
            return translate("Report", "not reached yet"), "—"
        return translate("Report", "not reached"), "—"
    return span(item.actual_ms), over_under(item.difference_ms)


def agenda_totals(agenda: AgendaTimes) -> tuple[str, str, str]:
    """(planned, actual, over or under) for the table's total row."""
    return (
        format_duration(agenda.planned_minutes),
        span(agenda.actual_ms) if agenda.actual_ms else "—",
        over_under(agenda.difference_ms) if agenda.actual_ms else "—",
    )


# What the over/under total leaves out, by (meeting still running, one item).
_LEFT_OUT = {
    (True, True): QT_TRANSLATE_NOOP(
        "Report",
        "The over/under total is on the items reached so far: the 1 not reached yet "
        "(%2 planned) is left out.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Report",
        "The over/under total is on the items reached so far: the %1 not reached yet "
        "(%2 planned) are left out.",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Report",
        "The over/under total is on the items reached: the 1 not reached (%2 planned) is left out.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Report",
        "The over/under total is on the items reached: the %1 not reached "
        "(%2 planned) are left out.",
    ),
}


def agenda_note(agenda: AgendaTimes) -> str:
    """What the totals leave out, and how long the meeting took from start to end."""
    notes = []
    skipped = agenda.not_reached
    n = len(skipped)
    if n and agenda.actual_ms:
        minutes = format_duration(sum(i.planned_minutes for i in skipped))
        left_out = translate("Report", _LEFT_OUT[agenda.running, n == 1])
        notes.append(fill(left_out, str(n), minutes))
    if agenda.started_ms is not None:
        if agenda.left_open_ms is not None:
            took = translate(
                "Report",
                "The meeting was never ended: from its start to the last thing recorded, at "
                "%3, it took %1 (planned: %2); the table counts time on items only.",
            ).replace("%3", wall_time(agenda.left_open_ms))
        elif agenda.ended_ms is None:
            took = translate(
                "Report",
                "From its start the meeting has taken %1 (planned: %2); the table counts time "
                "on items only.",
            )
        else:
            took = translate(
                "Report",
                "From its start the meeting took %1 (planned: %2); the table counts time on "
                "items only.",
            )
        notes.append(
            fill(took, span(agenda.elapsed_ms), format_duration(agenda.meeting_planned_minutes))
        )
    return " ".join(notes)


def airtime_line(a: AirtimeEquity) -> str:
    if not a.total_ms:
        return translate("Report", NO_AIRTIME)
    return fill(
        translate(
            "Report",
            "%1 of speaking time in %2 by %3. Each profession's share of the time next to its "
            "share of the people in the room:",
        ),
        span(a.total_ms),
        _turns(a.turns),
        people(a.speakers),
    )


def airtime_notes(a: AirtimeEquity) -> list[str]:
    """What share of the time the groups too small to show had; which groups spoke well
    beyond or below their share of the room; the first-timers."""
    return [n for n in (unshown_line(a), *gap_notes(a)) if n]


def gap_notes(a: AirtimeEquity) -> list[str]:
    """Which groups spoke well beyond or below their share of the room; the first-timers'
    share. (The figures for a period say what the unshown groups had in their own words.)"""
    notes = gap_lines(a.above, a.below)
    if a.first_timers is not None:
        f = a.first_timers
        notes.append(
            fill(
                translate("Report", "First-timers: %1 of the room, %2 of the time."),
                percent(f.room_share),
                percent(f.airtime_share),
            )
        )
    return [n for n in notes if n]


def unshown_line(a: AirtimeEquity) -> str:
    """The line "Groups too small to show had 29% of the speaking time", so the shares in the
    chart can be read against the whole. It tells no more than the shown shares do (100% less
    their sum), and says it. Nothing when every group is shown, or none is (ALL_GROUPS_SMALL)."""
    if not a.total_ms or not a.groups or not (a.unshown_ms or a.left_out):
        return ""
    return fill(
        translate("Report", "Groups too small to show had %1 of the speaking time."),
        percent(a.unshown_share),
    )


def gap_lines(above: Sequence[GroupShare], below: Sequence[GroupShare]) -> list[str]:
    """'Spoke well beyond their share of the room: RN (40% of the room, 55% of the time).' and
    its "below" twin, for the groups that have one: under the profession chart and under the
    chart of the groups people gave alike."""
    lines = [
        _gaps(translate("Report", "Spoke well beyond their share of the room"), above),
        _gaps(translate("Report", "Spoke well below their share of the room"), below),
    ]
    return [line for line in lines if line]


def _gaps(lead: str, shares: Sequence[GroupShare]) -> str:
    if not shares:
        return ""
    share = translate("Report", "%1 (%2 of the room, %3 of the time)")
    parts = [fill(share, s.group, percent(s.room_share), percent(s.airtime_share)) for s in shares]
    return f"{lead}: {'; '.join(parts)}."


def group_rule(a: AirtimeEquity, *, facilitator_copy: bool, purged: Purged | None = None) -> str:
    """Why a small profession is not in the chart (or, in the facilitator's copy, is); for a
    purged meeting, which professions its counts kept (the groups people gave it kept are
    shown apart: given_groups_wording.group_rule)."""
    if purged is not None:
        kept = fill(
            translate(
                "Report",
                "Professions of at least %1 people, as counted when the names were purged.",
            ),
            str(a.min_group_size),
        )
        return " ".join(part for part in (kept, _combined_to_protect(a)) if part)
    if facilitator_copy:
        return translate("Report", "Facilitator copy: every profession is shown, however small.")
    size = str(a.min_group_size)
    rule = " ".join(p for p in (_combined_rule(a.min_group_size), _combined_to_protect(a)) if p)
    n = a.left_out
    if n == 1:
        left_out = translate(
            "Report",
            "1 person in smaller groups is left out of the chart: even combined they are "
            "fewer than %2.",
        )
    elif n:
        left_out = translate(
            "Report",
            "%1 people in smaller groups are left out of the chart: even combined they are "
            "fewer than %2.",
        )
    else:
        return rule
    return f"{rule} {fill(left_out, str(n), size)}"


def _combined_to_protect(a: AirtimeEquity) -> str:
    """Why professions big enough to show are combined all the same (core.differencing)."""
    if a.combined_to_protect == 1:
        return translate(
            "Report",
            "1 profession with enough people is combined with the smaller ones: otherwise "
            "their speaking time could be worked out from the total.",
        )
    if a.combined_to_protect:
        too = translate(
            "Report",
            "%1 professions with enough people are combined with the smaller ones: otherwise "
            "their speaking time could be worked out from the total.",
        )
        return fill(too, str(a.combined_to_protect))
    return ""


def commitments_line(c: CommitmentSummary, purged: Purged | None = None) -> str:
    if not c.commitments:
        return translate("Report", NO_COMMITMENTS)
    if purged is not None and not purged.committers_known:
        if c.commitments == 1:
            return translate("Report", "1 commitment was made.")
        return fill(translate("Report", "%1 commitments were made."), str(c.commitments))
    if c.people == 1:
        line = translate("Report", "1 person made %2.")
    else:
        line = translate("Report", "%1 people made %2.")
    return fill(line, str(c.people), _commitments(c.commitments))


_FOLLOW_UP_COUNTS = {  # (for one, for any other count)
    FollowUpStatus.OPEN: (
        QT_TRANSLATE_NOOP("Report", "1 open"),
        QT_TRANSLATE_NOOP("Report", "%1 open"),
    ),
    FollowUpStatus.REACHED: (
        QT_TRANSLATE_NOOP("Report", "1 reached"),
        QT_TRANSLATE_NOOP("Report", "%1 reached"),
    ),
    FollowUpStatus.DONE: (
        QT_TRANSLATE_NOOP("Report", "1 done"),
        QT_TRANSLATE_NOOP("Report", "%1 done"),
    ),
    FollowUpStatus.DECLINED: (
        QT_TRANSLATE_NOOP("Report", "1 declined"),
        QT_TRANSLATE_NOOP("Report", "%1 declined"),
    ),
    FollowUpStatus.LAPSED: (
        QT_TRANSLATE_NOOP("Report", "1 lapsed"),
        QT_TRANSLATE_NOOP("Report", "%1 lapsed"),
    ),
}


def _counted(forms: tuple[str, str], n: int) -> str:
    """'1 declined' or '3 declined': the singular or the plural of a count, translated."""
    one, many = forms
    return fill(translate("Report", one if n == 1 else many), str(n))


def _follow_ups(status: FollowUpStatus, n: int) -> str:
    return _counted(_FOLLOW_UP_COUNTS[status], n)


def commitment_facts(c: CommitmentSummary, purged: Purged | None = None) -> list[str]:
    facts = []
    if purged is not None and purged.cards_issued:
        facts.append(
            fill(
                translate("Report", "Commitment cards: %1 handed out, %2 handed back."),
                str(purged.cards_issued),
                str(purged.cards_returned),
            )
        )
    if c.hours_people:
        facts.append(
            fill(
                translate("Report", "Hours a week offered: %1 in all, from %2."),
                str(c.hours_total),
                people(c.hours_people),
            )
        )
    if c.commitments and c.follow_ups:  # a purge keeps no follow-ups
        statuses = ", ".join(_follow_ups(s, n) for s, n in c.follow_ups)
        facts.append(fill(translate("Report", "Follow-ups: %1."), statuses))
    return facts


# The stack

_BY_HAND_COUNTS = {  # (for one, for any other count)
    LogKind.MOVE: (
        QT_TRANSLATE_NOOP("Report", "1 move on the stack"),
        QT_TRANSLATE_NOOP("Report", "%1 moves on the stack"),
    ),
    LogKind.RESORT: (
        QT_TRANSLATE_NOOP("Report", "1 re-sort by the rule"),
        QT_TRANSLATE_NOOP("Report", "%1 re-sorts by the rule"),
    ),
    LogKind.AHEAD: (
        QT_TRANSLATE_NOOP("Report", "1 speaker called ahead of the stack"),
        QT_TRANSLATE_NOOP("Report", "%1 speakers called ahead of the stack"),
    ),
    LogKind.REFUSE: (
        QT_TRANSLATE_NOOP("Report", "1 direct response refused"),
        QT_TRANSLATE_NOOP("Report", "%1 direct responses refused"),
    ),
    LogKind.WITHDRAW: (
        QT_TRANSLATE_NOOP("Report", "1 person taken off the stack"),
        QT_TRANSLATE_NOOP("Report", "%1 people taken off the stack"),
    ),
    LogKind.PUT_BACK: (
        QT_TRANSLATE_NOOP("Report", "1 put back on the stack"),
        QT_TRANSLATE_NOOP("Report", "%1 put back on the stack"),
    ),
    LogKind.CLOSE: (
        QT_TRANSLATE_NOOP("Report", "the stack closed once"),
        QT_TRANSLATE_NOOP("Report", "the stack closed %1 times"),
    ),
    LogKind.REOPEN: (
        QT_TRANSLATE_NOOP("Report", "reopened once"),
        QT_TRANSLATE_NOOP("Report", "reopened %1 times"),
    ),
    LogKind.BY_HAND: (
        QT_TRANSLATE_NOOP("Report", "1 other change"),
        QT_TRANSLATE_NOOP("Report", "%1 other changes"),
    ),
}


def stack_line(s: StackLog, purged: Purged | None = None) -> str:
    """How often the facilitator changed the stack by hand, kind by kind."""
    if purged is not None:
        return translate("Report", "The floor's log and its turns were removed with the names.")
    if not s.changes:
        return translate("Report", "Nobody changed the stack by hand.")
    parts = [_counted(_BY_HAND_COUNTS[kind], n) for kind, n in s.by_hand]
    return fill(translate("Report", "Changes to the stack by hand: %1."), ", ".join(parts))


def log_rows(lines: Iterable[LogLine]) -> list[tuple[str, str]]:
    """The floor's log as (time, what) rows, for a table on screen."""
    return [(wall_time(line.at_ms), line.text) for line in lines]
