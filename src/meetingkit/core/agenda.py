"""The agenda as planned: timed items in order, with computed start times and fit.

Planning is arithmetic on minutes, counted in real time from the start (`wall_clock`: a
daylight-saving night plans no item at an hour that never comes); running the agenda (elapsed,
overrun) lives in `agenda_run`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.wall_clock import after_minutes

if TYPE_CHECKING:  # a training module's items carry one; the rotation's timer is not needed here
    from meetingkit.core.rotation import Rotation

MAX_ITEM_MINUTES = 8 * 60


class ItemKind(StrEnum):
    WELCOME = "welcome"
    REPORT_BACK = "report_back"
    ANNOUNCEMENT = "announcement"
    DISCUSSION = "discussion"
    PROPOSAL = "proposal"
    BREAK = "break"
    TRAINING_MODULE = "training_module"
    EVALUATION = "evaluation"

    @property
    def label(self) -> str:
        return translate("Agenda", _KIND_LABELS[self])


_KIND_LABELS = {
    ItemKind.WELCOME: QT_TRANSLATE_NOOP("Agenda", "Welcome & agreements"),
    ItemKind.REPORT_BACK: QT_TRANSLATE_NOOP("Agenda", "Report-back"),
    ItemKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("Agenda", "Announcement"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Agenda", "Discussion"),
    ItemKind.PROPOSAL: QT_TRANSLATE_NOOP("Agenda", "Proposal / decision"),
    ItemKind.BREAK: QT_TRANSLATE_NOOP("Agenda", "Break"),
    ItemKind.TRAINING_MODULE: QT_TRANSLATE_NOOP("Agenda", "Training module"),
    ItemKind.EVALUATION: QT_TRANSLATE_NOOP("Agenda", "Evaluation"),
}


@dataclass(frozen=True)
class AgendaItem:
    title: str
    planned_minutes: int
    kind: ItemKind = ItemKind.DISCUSSION
    owner_id: int | None = None
    owner_name: str = ""  # filled in by storage from the directory; not stored with the item
    notes: str = ""  # the plan: what the item is for, how it runs
    minutes: str = ""  # the record, typed during the meeting
    rotation: Rotation | None = None  # a training module's timed group rotation
    id: int | None = None

    @property
    def key(self) -> int:
        if self.id is None:
            raise ValueError(f"agenda item {self.title!r} has not been saved")
        return self.id

    def validated(self) -> AgendaItem:
        title = " ".join(self.title.split())
        if not title:
            raise ValidationError(translate("Agenda", "An agenda item needs a title."))
        if not 1 <= self.planned_minutes <= MAX_ITEM_MINUTES:
            raise ValidationError(
                fill(
                    translate(
                        "Agenda",
                        "An item's planned time must be between 1 minute and %1 hours "
                        "(got %2 minutes).",
                    ),
                    str(MAX_ITEM_MINUTES // 60),
                    str(self.planned_minutes),
                )
            )
        return replace(self, title=title, notes=self.notes.strip())


@dataclass(frozen=True)
class PlannedSlot:
    item: AgendaItem
    starts: dt.datetime
    ends: dt.datetime


def schedule(items: Sequence[AgendaItem], start: dt.datetime) -> list[PlannedSlot]:
    """Each item's planned start and end, back to back from the meeting's start, as local wall
    times its minutes of real time apart (`wall_clock.after_minutes`)."""
    slots = []
    minutes = 0
    at = after_minutes(start, 0)  # a start in the hour skipped in spring, as the clock reads it
    for item in items:
        minutes += item.planned_minutes
        end = after_minutes(start, minutes)
        slots.append(PlannedSlot(item, at, end))
        at = end
    return slots


def planned_total(items: Sequence[AgendaItem]) -> int:
    return sum(i.planned_minutes for i in items)


def overflow_minutes(items: Sequence[AgendaItem], planned_length: int) -> int:
    """How many minutes the items exceed the meeting's planned length (0 if they fit)."""
    return max(0, planned_total(items) - planned_length)


@dataclass(frozen=True)
class AgendaTemplate:
    name: str
    items: tuple[AgendaItem, ...]


def _t(title: str, minutes: int, kind: ItemKind, notes: str = "") -> AgendaItem:
    return AgendaItem(title=title, planned_minutes=minutes, kind=kind, notes=notes)


BUILT_IN_TEMPLATES: tuple[AgendaTemplate, ...] = (
    AgendaTemplate(
        QT_TRANSLATE_NOOP("Agenda templates", "General assembly"),
        (
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Welcome, agreements and roles"),
                10,
                ItemKind.WELCOME,
                QT_TRANSLATE_NOOP(
                    "Agenda templates",
                    "Introduce the facilitator, stack keeper and timekeeper; read the agreements.",
                ),
            ),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Report-backs from working groups"),
                20,
                ItemKind.REPORT_BACK,
                QT_TRANSLATE_NOOP(
                    "Agenda templates", "Two minutes per group; questions go on the stack."
                ),
            ),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Announcements"), 5, ItemKind.ANNOUNCEMENT),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Proposals"),
                30,
                ItemKind.PROPOSAL,
                QT_TRANSLATE_NOOP(
                    "Agenda templates",
                    "Present, clarifying questions, concerns, amendments, temperature check, "
                    "decide.",
                ),
            ),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Open floor"), 15, ItemKind.DISCUSSION),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Evaluation: plus / delta"),
                10,
                ItemKind.EVALUATION,
            ),
        ),
    ),
    AgendaTemplate(
        QT_TRANSLATE_NOOP("Agenda templates", "Working-group meeting"),
        (
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Check-in and agreements"),
                10,
                ItemKind.WELCOME,
                QT_TRANSLATE_NOOP(
                    "Agenda templates", "One word or one sentence each: how are you arriving?"
                ),
            ),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Report-backs on last meeting's commitments"),
                15,
                ItemKind.REPORT_BACK,
            ),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Main discussion"), 30, ItemKind.DISCUSSION),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Decisions and next steps"),
                20,
                ItemKind.PROPOSAL,
                QT_TRANSLATE_NOOP(
                    "Agenda templates", "Who does what by when; record it in the minutes."
                ),
            ),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Commitments and evaluation"),
                15,
                ItemKind.EVALUATION,
            ),
        ),
    ),
    AgendaTemplate(
        QT_TRANSLATE_NOOP("Agenda templates", "Training"),
        (
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Welcome, goals and agreements"),
                15,
                ItemKind.WELCOME,
            ),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Module 1"), 45, ItemKind.TRAINING_MODULE),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Break"), 10, ItemKind.BREAK),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Module 2"), 45, ItemKind.TRAINING_MODULE),
            _t(QT_TRANSLATE_NOOP("Agenda templates", "Commitments"), 15, ItemKind.EVALUATION),
            _t(
                QT_TRANSLATE_NOOP("Agenda templates", "Evaluation: plus / delta"),
                10,
                ItemKind.EVALUATION,
            ),
        ),
    ),
)


def built_in_templates() -> tuple[AgendaTemplate, ...]:
    """The built-in templates in the app's language: what the agenda's template menu offers,
    and what applying one puts on the agenda."""

    def shown(text: str) -> str:
        return translate("Agenda templates", text) if text else ""

    return tuple(
        AgendaTemplate(
            shown(template.name),
            tuple(replace(i, title=shown(i.title), notes=shown(i.notes)) for i in template.items),
        )
        for template in BUILT_IN_TEMPLATES
    )
