"""The agenda as planned: timed items in order, with computed start times and fit.

Planning is arithmetic on minutes; running the agenda (elapsed, overrun) lives in `agenda_run`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.curriculum import Rotation
from meetingkit.core.errors import ValidationError

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
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ItemKind.WELCOME: "Welcome & agreements",
    ItemKind.REPORT_BACK: "Report-back",
    ItemKind.ANNOUNCEMENT: "Announcement",
    ItemKind.DISCUSSION: "Discussion",
    ItemKind.PROPOSAL: "Proposal / decision",
    ItemKind.BREAK: "Break",
    ItemKind.TRAINING_MODULE: "Training module",
    ItemKind.EVALUATION: "Evaluation",
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
            raise ValidationError("An agenda item needs a title.")
        if not 1 <= self.planned_minutes <= MAX_ITEM_MINUTES:
            raise ValidationError(
                f"An item's planned time must be between 1 minute and {MAX_ITEM_MINUTES // 60} "
                f"hours (got {self.planned_minutes} minutes)."
            )
        return replace(self, title=title, notes=self.notes.strip())


@dataclass(frozen=True)
class PlannedSlot:
    item: AgendaItem
    starts: dt.datetime
    ends: dt.datetime


def schedule(items: Sequence[AgendaItem], start: dt.datetime) -> list[PlannedSlot]:
    """Each item's planned start and end, back to back from the meeting's start."""
    slots = []
    at = start
    for item in items:
        end = at + dt.timedelta(minutes=item.planned_minutes)
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
        "General assembly",
        (
            _t(
                "Welcome, agreements and roles",
                10,
                ItemKind.WELCOME,
                "Introduce the facilitator, stack keeper and timekeeper; read the agreements.",
            ),
            _t(
                "Report-backs from working groups",
                20,
                ItemKind.REPORT_BACK,
                "Two minutes per group; questions go on the stack.",
            ),
            _t("Announcements", 5, ItemKind.ANNOUNCEMENT),
            _t(
                "Proposals",
                30,
                ItemKind.PROPOSAL,
                "Present, clarifying questions, concerns, amendments, temperature check, decide.",
            ),
            _t("Open floor", 15, ItemKind.DISCUSSION),
            _t("Evaluation: plus / delta", 10, ItemKind.EVALUATION),
        ),
    ),
    AgendaTemplate(
        "Working-group meeting",
        (
            _t(
                "Check-in and agreements",
                10,
                ItemKind.WELCOME,
                "One word or one sentence each: how are you arriving?",
            ),
            _t("Report-backs on last meeting's commitments", 15, ItemKind.REPORT_BACK),
            _t("Main discussion", 30, ItemKind.DISCUSSION),
            _t(
                "Decisions and next steps",
                20,
                ItemKind.PROPOSAL,
                "Who does what by when; record it in the minutes.",
            ),
            _t("Commitments and evaluation", 15, ItemKind.EVALUATION),
        ),
    ),
    AgendaTemplate(
        "Training",
        (
            _t("Welcome, goals and agreements", 15, ItemKind.WELCOME),
            _t("Module 1", 45, ItemKind.TRAINING_MODULE),
            _t("Break", 10, ItemKind.BREAK),
            _t("Module 2", 45, ItemKind.TRAINING_MODULE),
            _t("Commitments", 15, ItemKind.EVALUATION),
            _t("Evaluation: plus / delta", 10, ItemKind.EVALUATION),
        ),
    ),
)
