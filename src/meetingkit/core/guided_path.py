"""The guided path of a meeting: Plan → Prepare → Run → Follow up, as a checklist.

Each item is a pure function of a `MeetingFacts` snapshot, so it turns true when its condition
holds and back when it no longer does. Some items the app alone checks (they reflect what it
can see: an agenda that fits, roles assigned, a phone that reached the form…); others the app
checks when it can see them done and the facilitator may also tick by hand (a guide printed
elsewhere, a report written by hand, a first-timer welcomed with a call). An item that does not
apply to this meeting (no decision on the agenda, no curriculum) is left out of the counts.

The rules, in short:
- Roles: a facilitator and a note taker at least — someone runs the room and someone keeps the
  record of what it decided; the other roles help but a small meeting can do without.
- Sign-in opened: the server was opened for the meeting, or anyone signed in (kiosk included).
- Agenda run: the run started and either ended or every item was marked done.
- Report: the report or the minutes were printed (or ticked by hand).
- Organizers: every commitment still to follow up (open or reached) has an organizer.
- Follow-ups: no commitment is still open, i.e. every one was reached, done, declined or
  lapsed; the target is within 48 hours, and the item says how many are overdue.
- First-timers welcomed: everyone who came for the first time, as the report counts them (at
  no earlier meeting, however they were marked present; the service reads them), has a
  commitment from this meeting that moved past "open"; when some were welcomed another way (a
  call without a card) the facilitator ticks it by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from meetingkit.core.agenda import AgendaItem, ItemKind, overflow_minutes, planned_total
from meetingkit.core.agenda_run import RunRecord
from meetingkit.core.commitment import Commitment, FollowUpStatus
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.meeting import Role, format_duration
from meetingkit.core.module_fit import overrunning

REQUIRED_ROLES = (Role.FACILITATOR, Role.NOTE_TAKER)


class Phase(StrEnum):
    PLAN = "plan"
    PREPARE = "prepare"
    RUN = "run"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        return translate("Guided path", _PHASE_LABELS[self])


_PHASE_LABELS = {
    Phase.PLAN: QT_TRANSLATE_NOOP("Guided path", "Plan"),
    Phase.PREPARE: QT_TRANSLATE_NOOP("Guided path", "Prepare"),
    Phase.RUN: QT_TRANSLATE_NOOP("Guided path", "Run"),
    Phase.FOLLOW_UP: QT_TRANSLATE_NOOP("Guided path", "Follow up"),
}


class Document(StrEnum):
    """What the print log records (storage.print_log): one meeting's printed documents."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    GUIDE = "guide"
    HANDOUTS = "handouts"
    CARDS = "cards"
    POSTER = "poster"
    REPORT = "report"


@dataclass(frozen=True)
class MeetingFacts:
    """What the path needs to know about one meeting, gathered by services.guided_path."""

    date: dt.date
    now: dt.datetime  # local wall time
    planned_minutes: int
    agenda: tuple[AgendaItem, ...] = ()
    run: RunRecord = field(default_factory=RunRecord)
    decided_item_ids: frozenset[int] = frozenset()
    roles: frozenset[Role] = frozenset()
    printed: frozenset[Document] = frozenset()
    reported_ms: int | None = None  # when the report or the minutes were last printed
    from_curriculum: bool = False
    commitment_options: int = 0
    signin_opened: bool = False  # the server was opened for it, or someone signed in
    phone_reached: bool = False  # a phone loaded the sign-in form at least once
    commitments: tuple[Commitment, ...] = ()
    first_timer_ids: frozenset[int] = frozenset()
    # Its personal data was purged: who held a role, signed in or committed is gone
    purged: bool = False
    # Never ended, and its day over since (services.agenda_session.left_open): not still on
    left_open: bool = False


@dataclass(frozen=True)
class PathItem:
    key: str
    phase: Phase
    wording_en: str  # in English, as marked for translation; `wording` is what is shown
    how_en: str
    place: str  # where to go to do it; the UI maps it to an action
    condition: Callable[[MeetingFacts], bool]
    applies: Callable[[MeetingFacts], bool] = lambda _facts: True
    by_hand: bool = False  # the facilitator may tick it when the app cannot see it done
    detail: Callable[[MeetingFacts], str] = lambda _facts: ""
    # Seen in the meeting's personal data (roles, sign-ins, commitments): once that is purged,
    # a step not seen done is no longer known either way, rather than not done
    from_people: bool = False

    @property
    def wording(self) -> str:
        return translate("Guided path", self.wording_en)

    @property
    def how(self) -> str:
        """How it is checked: the checkbox's tooltip."""
        return translate("Guided path", self.how_en)


# Plan


def _agenda_fits(f: MeetingFacts) -> bool:
    return (
        bool(f.agenda)
        and not overflow_minutes(f.agenda, f.planned_minutes)
        and not overrunning(f.agenda)
    )


def _agenda_detail(f: MeetingFacts) -> str:
    """How the agenda's minutes compare with the meeting's, then each module whose timed
    steps take longer than its own planned time (a training's module shortened)."""
    if not f.agenda:
        return translate("Guided path", "No agenda items yet.")
    planned = format_duration(f.planned_minutes)
    if over := overflow_minutes(f.agenda, f.planned_minutes):
        text = translate("Guided path", "%1 over the planned %2.")
        said = [fill(text, format_duration(over), planned)]
    else:
        text = translate("Guided path", "%1 of %2.")
        said = [fill(text, format_duration(planned_total(f.agenda)), planned)]
    for item, too_long in overrunning(f.agenda):
        said.append(fill(translate("Guided path", "“%1”: %2."), item.title, too_long))
    return " ".join(said)


def _missing_roles(f: MeetingFacts) -> list[Role]:
    return [r for r in REQUIRED_ROLES if r not in f.roles]


def _roles_detail(f: MeetingFacts) -> str:
    missing = _missing_roles(f)
    if not missing:
        return ""
    return fill(
        translate("Guided path", "Missing: %1."), ", ".join(r.label.lower() for r in missing)
    )


# Prepare


def _printed(document: Document) -> Callable[[MeetingFacts], bool]:
    return lambda f: document in f.printed


# Run


def _reported(f: MeetingFacts) -> bool:
    """The report or the minutes printed once the meeting had begun: its run started, or, for a
    meeting run without the agenda's clock, on its day or after. An empty report printed for a
    meeting weeks away reports nothing."""
    if f.reported_ms is None:
        return False
    if f.run.started_ms is not None:
        return f.reported_ms >= f.run.started_ms
    day_began = dt.datetime.combine(f.date, dt.time.min).timestamp() * 1000
    return f.reported_ms >= day_began


def _agenda_run(f: MeetingFacts) -> bool:
    if f.run.started_ms is None:
        return False
    ids = {i.id for i in f.agenda}
    return f.run.ended_ms is not None or (bool(ids) and ids <= f.run.done)


def _has_decision_item(f: MeetingFacts) -> bool:
    return any(i.kind is ItemKind.PROPOSAL for i in f.agenda)


def _decided(f: MeetingFacts) -> bool:
    return bool(f.decided_item_ids & {i.id for i in f.agenda})


# Follow up


def _still_to_follow(f: MeetingFacts) -> list[Commitment]:
    return [c for c in f.commitments if not c.status.closed]


def _organizers(f: MeetingFacts) -> bool:
    return all(c.organizer_id is not None for c in _still_to_follow(f))


def _organizers_detail(f: MeetingFacts) -> str:
    n = sum(c.organizer_id is None for c in _still_to_follow(f))
    if not n:
        return ""
    if n == 1:
        return translate("Guided path", "1 without an organizer.")
    return fill(translate("Guided path", "%1 without an organizer."), str(n))


def _followed_up(f: MeetingFacts) -> bool:
    return all(c.status is not FollowUpStatus.OPEN for c in f.commitments)


def _follow_up_detail(f: MeetingFacts) -> str:
    still = [c for c in f.commitments if c.status is FollowUpStatus.OPEN]
    late = sum(c.overdue(f.now) for c in still)
    n = len(still)
    if not n:
        return ""
    # The words are chosen by the count (one or more), in English as in Spanish.
    if late:
        if n == 1:
            return fill(translate("Guided path", "1 still open, %1 overdue."), str(late))
        text = translate("Guided path", "%1 still open, %2 overdue.")
        return fill(text, str(n), str(late))
    if n == 1:
        return translate("Guided path", "1 still open.")
    return fill(translate("Guided path", "%1 still open."), str(n))


def _welcomed_ids(f: MeetingFacts) -> set[int]:
    return {
        c.person_id
        for c in f.commitments
        if c.person_id in f.first_timer_ids and c.status.talked  # a lapsed one was not
    }


def _welcomed(f: MeetingFacts) -> bool:
    return f.first_timer_ids <= _welcomed_ids(f)


def _welcome_detail(f: MeetingFacts) -> str:
    n = len(f.first_timer_ids)
    if not n:
        return ""
    text = translate("Guided path", "%1 of %2 reached.")
    return fill(text, str(len(_welcomed_ids(f))), str(n))


PATH: tuple[PathItem, ...] = (
    PathItem(
        "agenda_fits",
        Phase.PLAN,
        QT_TRANSLATE_NOOP("Guided path", "Agenda fits the time"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked by the app: the agenda has items, their planned minutes add up to no "
            "more than the meeting's planned length, and each training module's timed steps "
            "fit in its own planned minutes.",
        ),
        "agenda",
        _agenda_fits,
        detail=_agenda_detail,
    ),
    PathItem(
        "roles",
        Phase.PLAN,
        QT_TRANSLATE_NOOP("Guided path", "Roles assigned"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked by the app: someone holds the facilitator role and someone the note taker "
            "role. The other roles help but are not required.",
        ),
        "roles",
        lambda f: not _missing_roles(f),
        detail=_roles_detail,
        from_people=True,
    ),
    PathItem(
        "printed_agenda",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Agenda printed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked when the agenda is printed from meetingkit; tick it yourself if you printed "
            "or copied it another way.",
        ),
        "print_agenda",
        _printed(Document.AGENDA),
        by_hand=True,
    ),
    PathItem(
        "printed_guide",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Guide printed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "For a training made from a curriculum. Checked when its guide is printed for "
            "it, from this step; tick it yourself if you printed it from the Curricula page "
            "or another way.",
        ),
        "print_guide",
        _printed(Document.GUIDE),
        applies=lambda f: f.from_curriculum,
        by_hand=True,
    ),
    PathItem(
        "printed_handouts",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Handouts printed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "For a training made from a curriculum. Checked when its handouts are printed for "
            "it, from this step; tick it yourself if you printed them from the Curricula page "
            "or another way.",
        ),
        "print_handouts",
        _printed(Document.HANDOUTS),
        applies=lambda f: f.from_curriculum,
        by_hand=True,
    ),
    PathItem(
        "printed_cards",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Cards printed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "When the meeting offers commitments. Checked when its cards are printed from "
            "meetingkit; tick it yourself otherwise.",
        ),
        "print_cards",
        _printed(Document.CARDS),
        applies=lambda f: f.commitment_options > 0,
        by_hand=True,
    ),
    PathItem(
        "printed_poster",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Poster printed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked when the sign-in poster is printed from meetingkit; tick it yourself if you "
            "show the code another way.",
        ),
        "print_poster",
        _printed(Document.POSTER),
        by_hand=True,
    ),
    PathItem(
        "phone_tested",
        Phase.PREPARE,
        QT_TRANSLATE_NOOP("Guided path", "Sign-in tested on a phone"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked by the app when a phone has opened this meeting's sign-in form at least "
            "once: the network lets phones reach this laptop.",
        ),
        "signin",
        lambda f: f.phone_reached,
    ),
    PathItem(
        "signin_opened",
        Phase.RUN,
        QT_TRANSLATE_NOOP("Guided path", "Sign-in opened"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked by the app once sign-in was opened for this meeting or anyone signed in.",
        ),
        "signin",
        lambda f: f.signin_opened,
        from_people=True,
    ),
    PathItem(
        "agenda_run",
        Phase.RUN,
        QT_TRANSLATE_NOOP("Guided path", "Agenda run"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked by the app when the agenda was started and then ended, or every item done.",
        ),
        "agenda",
        _agenda_run,
    ),
    PathItem(
        "decisions",
        Phase.RUN,
        QT_TRANSLATE_NOOP("Guided path", "Decisions recorded"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "When the agenda has a proposal / decision item. Checked by the app once a decision "
            "is recorded on it.",
        ),
        "decisions",
        _decided,
        applies=_has_decision_item,
    ),
    PathItem(
        "report",
        Phase.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Guided path", "Report made"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "Checked when the report or the minutes are printed from meetingkit; tick it yourself "
            "if you wrote them another way.",
        ),
        "report",
        _reported,
        by_hand=True,
    ),
    PathItem(
        "organizers",
        Phase.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Guided path", "Organizers assigned"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "When people made commitments. Checked by the app when each one still to follow up "
            "has an organizer assigned.",
        ),
        "follow_ups",
        _organizers,
        applies=lambda f: bool(f.commitments),
        detail=_organizers_detail,
        from_people=True,
    ),
    PathItem(
        "followed_up",
        Phase.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Guided path", "Everyone followed up"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "When people made commitments. Checked by the app when no follow-up is still open: "
            "each person was reached, or their commitment is done or declined. Aim for 48 hours "
            "after the meeting, the usual follow-up date.",
        ),
        "follow_ups",
        _followed_up,
        applies=lambda f: bool(f.commitments),
        detail=_follow_up_detail,
        from_people=True,
    ),
    PathItem(
        "welcomed",
        Phase.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Guided path", "First-timers welcomed"),
        QT_TRANSLATE_NOOP(
            "Guided path",
            "When people came for the first time. Checked when each of them has a commitment "
            "from this meeting that was followed up; tick it yourself if you welcomed them "
            "another way.",
        ),
        "people",
        _welcomed,
        applies=lambda f: bool(f.first_timer_ids),
        by_hand=True,
        detail=_welcome_detail,
        from_people=True,
    ),
)
KEYS = frozenset(item.key for item in PATH)


def path_item(key: str) -> PathItem:
    for item in PATH:
        if item.key == key:
            return item
    raise KeyError(key)
