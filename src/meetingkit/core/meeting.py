"""A meeting as the organizers plan it: what, when, where, how long, and who holds which role."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.wall_clock import after_minutes

MAX_PLANNED_MINUTES = 12 * 60
MAX_TITLE = 200  # a title shows on every screen and heads every document
MAX_PLACE = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# A meeting's year: any date a person means, with room after it for follow-ups and retention
# (dates past 9999 cannot be written, and the planned end of 31 December 9999 is one).
FIRST_YEAR, LAST_YEAR = 1900, 2199


class MeetingKind(StrEnum):
    MEETING = "meeting"
    TRAINING = "training"
    ASSEMBLY = "assembly"

    @property
    def label(self) -> str:
        return translate("Meeting", _KIND_LABELS[self])


class Role(StrEnum):
    """Meeting roles from assembly practice; assigned per meeting, printed on role cards."""

    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co_facilitator"
    STACK_KEEPER = "stack_keeper"
    TIMEKEEPER = "timekeeper"
    NOTE_TAKER = "note_taker"
    VIBES_WATCHER = "vibes_watcher"
    GREETER = "greeter"

    @property
    def label(self) -> str:
        return translate("Meeting", _ROLE_LABELS[self])

    @property
    def duty(self) -> str:
        """One line on what the role does, for tooltips and role cards."""
        return translate("Meeting", _ROLE_DUTIES[self])


_KIND_LABELS = {
    MeetingKind.MEETING: QT_TRANSLATE_NOOP("Meeting", "Meeting"),
    MeetingKind.TRAINING: QT_TRANSLATE_NOOP("Meeting", "Training"),
    MeetingKind.ASSEMBLY: QT_TRANSLATE_NOOP("Meeting", "Assembly"),
}

_ROLE_LABELS = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Meeting", "Facilitator"),
    Role.CO_FACILITATOR: QT_TRANSLATE_NOOP("Meeting", "Co-facilitator"),
    Role.STACK_KEEPER: QT_TRANSLATE_NOOP("Meeting", "Stack keeper"),
    Role.TIMEKEEPER: QT_TRANSLATE_NOOP("Meeting", "Timekeeper"),
    Role.NOTE_TAKER: QT_TRANSLATE_NOOP("Meeting", "Note taker"),
    Role.VIBES_WATCHER: QT_TRANSLATE_NOOP("Meeting", "Vibes watcher"),
    Role.GREETER: QT_TRANSLATE_NOOP("Meeting", "Greeter"),
}

_ROLE_DUTIES = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP(
        "Meeting", "Guides the room through the agenda and keeps the process fair."
    ),
    Role.CO_FACILITATOR: QT_TRANSLATE_NOOP(
        "Meeting", "Shares the facilitation and steps in when the facilitator speaks."
    ),
    Role.STACK_KEEPER: QT_TRANSLATE_NOOP("Meeting", "Keeps the list of who is waiting to speak."),
    Role.TIMEKEEPER: QT_TRANSLATE_NOOP(
        "Meeting", "Watches the clock and calls time about five minutes early."
    ),
    Role.NOTE_TAKER: QT_TRANSLATE_NOOP("Meeting", "Writes the minutes: decisions, owners, dates."),
    Role.VIBES_WATCHER: QT_TRANSLATE_NOOP(
        "Meeting", "Watches the mood and energy of the room and calls a break when needed."
    ),
    Role.GREETER: QT_TRANSLATE_NOOP(
        "Meeting", "Welcomes people at the door and helps them sign in."
    ),
}


@dataclass(frozen=True)
class Meeting:
    """A planned meeting. `id` is None until it is saved."""

    title: str
    date: dt.date
    start: dt.time
    kind: MeetingKind = MeetingKind.MEETING
    place: str = ""
    planned_minutes: int = 90
    warning_minutes: int = 2  # the running item's clock turns amber with this much left
    id: int | None = None

    def validated(self) -> Meeting:
        """A tidy copy (whitespace trimmed), or `ValidationError` saying what to fix."""
        title, place = _tidy(self.title), _tidy(self.place)
        if not title:
            raise ValidationError(translate("Meeting", "A meeting needs a title."))
        for text, most, said in (
            (
                title,
                MAX_TITLE,
                QT_TRANSLATE_NOOP("Meeting", "A title can be at most %1 characters."),
            ),
            (
                place,
                MAX_PLACE,
                QT_TRANSLATE_NOOP("Meeting", "A place can be at most %1 characters."),
            ),
        ):
            if len(text) > most:
                raise ValidationError(fill(translate("Meeting", said), str(most)))
        if not 1 <= self.planned_minutes <= MAX_PLANNED_MINUTES:
            raise ValidationError(
                fill(
                    translate(
                        "Meeting",
                        "Planned length must be between 1 minute and %1 hours (got %2 minutes).",
                    ),
                    str(MAX_PLANNED_MINUTES // 60),
                    str(self.planned_minutes),
                )
            )
        if not FIRST_YEAR <= self.date.year <= LAST_YEAR:
            raise ValidationError(
                fill(
                    translate("Meeting", "A meeting's date must be between %1 and %2 (got %3)."),
                    str(FIRST_YEAR),
                    str(LAST_YEAR),
                    self.date.isoformat(),
                )
            )
        if not 0 <= self.warning_minutes <= 60:
            raise ValidationError(
                translate(
                    "Meeting", "The warning must come between 0 and 60 minutes before the end."
                )
            )
        return replace(self, title=title, place=place)

    @property
    def key(self) -> int:
        """The saved id. Asking an unsaved meeting for it is a programming error."""
        if self.id is None:
            raise ValueError(f"meeting {self.title!r} has not been saved")
        return self.id

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start)

    @property
    def planned_end(self) -> dt.datetime:
        """The start plus the planned minutes of real time, on the local wall clock (an hour
        later than the plain sum across the night the clocks go forward: `wall_clock`)."""
        return after_minutes(self.starts_at, self.planned_minutes)

    def is_upcoming(self, today: dt.date, *, ended: bool = False, running: bool = False) -> bool:
        """Today's meetings count as upcoming until the day is over; one planned to end after
        midnight (a night shift's), until the day it ends is over. One `ended` (End meeting
        pressed: its run is over) is past at once, whatever its day, as its guided path is
        on Follow up and the start screen has moved on to the next meeting (QA: ended
        tonight, a meeting stayed under "Upcoming" until midnight, beside "Follow up").

        One `running` (started, not ended, and not left open: `AgendaRun.left_open`) is
        upcoming until it is ended, whatever its day, as the start screen has it happening
        now (`core.whats_next.next_meeting`): running late past midnight, or an assembly
        held over several days. One left open (End meeting forgotten) is not running: its
        day says."""
        if ended:
            return False
        if running:
            return True
        return self.date >= today or self.planned_end.date() >= today

    def as_template_for(self, date: dt.date) -> Meeting:
        """A copy for another date, unsaved: the start of a duplicated (template) meeting."""
        return replace(self, id=None, date=date)


@dataclass(frozen=True)
class RoleAssignment:
    role: Role
    person_id: int
    person_name: str


def format_duration(minutes: int) -> str:
    """90 -> '1 h 30 min'; 45 -> '45 min'; 120 -> '2 h'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _tidy(text: str) -> str:
    """Control characters out (a pasted tab, a stray escape), runs of space made one, and ""
    when nothing in it can be seen (zero-width spaces alone make no title)."""
    from meetingkit.core.person import tidy

    return tidy(_CONTROL.sub(" ", text))
