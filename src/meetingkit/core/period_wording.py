"""The figures for a period in words: the sentences of the printed figures
(services/printing/period_pdf.py), from `PeriodFigures`.

Plain text; whoever shows it escapes it. Counted words are chosen by the count here, one or
more, as the meeting report's are (core/report_wording.py): "1 meeting" and "%1 meetings" are
two messages.
"""

from __future__ import annotations

import datetime as dt

from meetingkit.core import report_wording
from meetingkit.core.durations import span
from meetingkit.core.i18n import (
    QT_TRANSLATE_NOOP,
    fill,
    format_date,
    long_date,
    short_date,
    translate,
)
from meetingkit.core.meeting import MeetingKind
from meetingkit.core.percent import percent
from meetingkit.core.period_figures import CommitmentFigures, PeriodFigures

NO_MEETINGS = QT_TRANSLATE_NOOP("Period report", "No meeting was held in this period.")
NO_AIRTIME = QT_TRANSLATE_NOOP("Period report", "No speaking time was recorded in this period.")
NO_COMMITMENTS = QT_TRANSLATE_NOOP("Period report", "No commitments were made in this period.")
NO_TRAININGS = QT_TRANSLATE_NOOP("Period report", "No training was held in this period.")
NO_GROUP = QT_TRANSLATE_NOOP("Period report", "Meetings of no group")
COUNTS_ONLY = QT_TRANSLATE_NOOP("Period report", "Counts only: nobody is named.")
NO_PROFESSION_SHOWN = QT_TRANSLATE_NOOP(
    "Period report",
    "No profession had enough people at these meetings to show in a chart without singling "
    "someone out.",
)

# (for one, for any other count)
_MEETINGS = (
    QT_TRANSLATE_NOOP("Period report", "1 meeting"),
    QT_TRANSLATE_NOOP("Period report", "%1 meetings"),
)
_MADE = (
    QT_TRANSLATE_NOOP("Period report", "1 commitment was made."),
    QT_TRANSLATE_NOOP("Period report", "%1 commitments were made."),
)
_WITHOUT_CURRICULUM = (
    QT_TRANSLATE_NOOP("Period report", "1 training was not made from a curriculum."),
    QT_TRANSLATE_NOOP("Period report", "%1 trainings were not made from a curriculum."),
)


def _counted(forms: tuple[str, str], n: int) -> str:
    """'1 meeting' or '3 meetings': the singular or the plural of a count, translated."""
    one, many = forms
    return fill(translate("Period report", one if n == 1 else many), str(n))


def meetings(n: int) -> str:
    return _counted(_MEETINGS, n)


def dates(f: PeriodFigures) -> str:
    """'23 Nov 2025 – 22 Nov 2026'; '25 Jun 2026' for a period of one day."""
    if f.since == f.until:
        return long_date(f.since)
    return f"{long_date(f.since)} – {long_date(f.until)}"


def month(day: dt.date) -> str:
    """'December 2025', in the language's words."""
    #: Qt's date pattern for a month of the year: "MMMM 'de' yyyy" in Spanish. MMMM is the
    #: month's name, yyyy the year.
    return format_date(day, translate("Period report", "MMMM yyyy"))


def month_line(first: dt.date, f: PeriodFigures) -> str:
    """'December 2025'; a month the period takes only part of says which part: 'November
    2025 (from 23 Nov)'. A row's label: it starts with a capital, as a line does in Spanish
    too ("Noviembre de 2025", where the month's name alone is "noviembre")."""
    label = _month_line(first, f)
    return label[:1].upper() + label[1:]


def _month_line(first: dt.date, f: PeriodFigures) -> str:
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    starts, ends = max(first, f.since), min(last, f.until)
    if (starts, ends) == (first, last):
        return month(first)
    if starts == ends:
        part = short_date(starts)
    elif ends == last:
        part = fill(translate("Period report", "from %1"), short_date(starts))
    elif starts == first:
        part = fill(translate("Period report", "to %1"), short_date(ends))
    else:
        part = f"{short_date(starts)} – {short_date(ends)}"
    return f"{month(first)} ({part})"


def whose(f: PeriodFigures) -> str:
    """Whose meetings the figures count."""
    if f.group:
        return fill(translate("Period report", "Meetings of %1"), f.group)
    return translate("Period report", "Every meeting, of every group and of none")


def headline(f: PeriodFigures) -> list[tuple[str, str]]:
    """The figures at a glance: (figure, what it counts)."""
    if f.meetings == 1:
        held = translate("Period report", "meeting held")
    else:
        held = translate("Period report", "meetings held")
    people = str(f.people)
    if f.purged and not f.people:
        people, different = "—", translate("Period report", "different people: names purged")
    elif f.purged:
        different = translate("Period report", "different people, at least")
    else:
        different = translate("Period report", "different people")
    return [
        (str(f.meetings), held),
        (str(f.attendance), translate("Period report", "attended, meeting by meeting")),
        (people, different),
        (str(f.first_timers), translate("Period report", "came for the first time")),
        (str(f.commitments.made), translate("Period report", "commitments made")),
    ]


def purged_note(f: PeriodFigures) -> str:
    """For the meetings whose names were purged: what they still count in, and what not."""
    if not f.purged:
        return ""
    if f.meetings == 1:  # the period's only meeting: not "1 of these meetings"
        note = translate(
            "Period report",
            "This meeting was purged (%2 attended): it counts through the counts kept when its "
            "names were removed — attendance, first-timers, professions, speaking time, "
            "commitments made. Who came is gone, so among the different people it counts only "
            "through its first-timers, and how its commitments were followed up is not known.",
        )
    elif f.purged == 1:
        note = translate(
            "Period report",
            "1 of these meetings was purged (%2 attended): it counts through the counts kept "
            "when its names were removed — attendance, first-timers, professions, speaking "
            "time, commitments made. Who came is gone, so among the different people it "
            "counts only through its first-timers, and how its commitments were followed up "
            "is not known.",
        )
    else:
        note = translate(
            "Period report",
            "%1 of these meetings were purged (%2 attended): they count through the counts kept "
            "when their names were removed — attendance, first-timers, professions, speaking "
            "time, commitments made. Who came is gone, so among the different people they "
            "count only through their first-timers, and how their commitments were followed "
            "up is not known.",
        )
    return fill(note, str(f.purged), str(f.purged_attendance))


def left_out_note(f: PeriodFigures) -> str:
    """The meetings dated in the period that are not counted, and why."""
    parts = []
    if f.not_recorded:
        parts.append(
            fill(
                translate(
                    "Period report",
                    "%1 with nothing recorded (nobody marked present, the agenda never started)",
                ),
                meetings(f.not_recorded),
            )
        )
    if f.ahead:
        parts.append(fill(translate("Period report", "%1 still ahead"), meetings(f.ahead)))
    if not parts:
        return ""
    return fill(translate("Period report", "Not counted: %1."), "; ".join(parts))


def attendance_line(f: PeriodFigures) -> str:
    # With a meeting purged, the different people are at least (its first-timers stand in for
    # whoever came): someone does not count "once among the 908 different people".
    if not f.people or f.purged:
        return translate(
            "Period report",
            "Attendance adds up each meeting's people: someone who came to five meetings "
            "counts five times.",
        )
    return fill(
        translate(
            "Period report",
            "Attendance adds up each meeting's people: someone who came to five meetings "
            "counts five times there, and once among the %1 different people.",
        ),
        str(f.people),
    )


def first_timers_line(f: PeriodFigures) -> str:
    if f.first_timers == 1:
        line = translate(
            "Period report",
            "1 person came to a meeting for the first time, as the meeting's report counts "
            "first-timers.",
        )
    else:
        line = translate(
            "Period report",
            "%1 people came to a meeting for the first time, as each meeting's report counts "
            "first-timers.",
        )
    return fill(line, str(f.first_timers))


def professions_line(f: PeriodFigures) -> str:
    line = translate(
        "Period report",
        "Each person counts under the profession they had at each meeting they came to.",
    )
    if not f.professions_combined:
        return line
    rule = fill(
        translate(
            "Period report",
            "Professions of fewer than %1 different people are combined, so that nobody is "
            "singled out.",
        ),
        str(f.min_group_size),
    )
    return f"{line} {rule}"


def airtime_line(f: PeriodFigures) -> str:
    a = f.airtime
    if not a.total_ms:
        return translate("Period report", NO_AIRTIME)
    return fill(
        translate(
            "Period report",
            "%1 of speaking time recorded at %2. Each profession's share of the time next to "
            "its share of the people in the room at those meetings:",
        ),
        span(a.total_ms),
        meetings(f.airtime_meetings),
    )


def airtime_notes(f: PeriodFigures) -> list[str]:
    """Under the chart: what share of the time the professions left out of it had; which
    spoke well beyond or below their share of the room (the meeting report's words)."""
    return [n for n in (unshown_line(f), *report_wording.gap_notes(f.airtime)) if n]


def unshown_line(f: PeriodFigures) -> str:
    """The line "Professions left out of the chart had 4% of the speaking time", so the shares
    in the chart can be read against the whole (as the meeting report's `unshown_line`, in the
    period's words: its chart shows professions only). Nothing when every profession is
    shown, or none is (NO_PROFESSION_SHOWN)."""
    a = f.airtime
    if not a.total_ms or not a.groups or not a.unshown_ms:
        return ""
    return fill(
        translate(
            "Period report", "Professions left out of the chart had %1 of the speaking time."
        ),
        percent(a.unshown_share),
    )


def airtime_rule(f: PeriodFigures) -> str:
    rule = fill(
        translate(
            "Period report",
            "Professions of fewer than %1 different people at these meetings are left out of "
            "the chart, so that nobody is singled out.",
        ),
        str(f.min_group_size),
    )
    n = f.airtime.combined_to_protect
    if n == 1:
        too = translate(
            "Period report",
            "1 profession with enough people is left out too: otherwise the speaking time of "
            "those left out could be worked out from the total.",
        )
    elif n:
        too = translate(
            "Period report",
            "%1 professions with enough people are left out too: otherwise the speaking time "
            "of those left out could be worked out from the total.",
        )
    else:
        return rule
    return f"{rule} {fill(too, str(n))}"


def commitments_line(c: CommitmentFigures) -> str:
    if not c.made:
        return translate("Period report", NO_COMMITMENTS)
    made = _counted(_MADE, c.made)
    if not c.known:
        return made
    followed = fill(
        translate(
            "Period report",
            "Followed up (an organizer talked with the person): %1 of %2 (%3).",
        ),
        str(c.talked),
        str(c.known),
        percent(c.talked / c.known),
    )
    return f"{made} {followed}"


def trainings_line(f: PeriodFigures) -> str:
    if not f.trainings:
        return translate("Period report", NO_TRAININGS)
    attended = sum(k.attendance for k in f.by_kind if k.kind is MeetingKind.TRAINING)
    if f.trainings == 1:
        line = translate("Period report", "1 training was held; %2 attended.")
    else:
        line = translate("Period report", "%1 trainings were held; %2 attended.")
    return fill(line, str(f.trainings), str(attended))


def without_curriculum(f: PeriodFigures) -> str:
    n = f.trainings_without_curriculum
    if not n:
        return ""
    return _counted(_WITHOUT_CURRICULUM, n)
