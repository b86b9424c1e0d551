"""A training meeting made from a curriculum: its agenda is the curriculum's modules, each
with its minutes, its group rotation and a short plan for the facilitator, and its commitment
cards offer the curriculum's commitment prompt."""

from __future__ import annotations

import datetime as dt
import sqlite3

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.commitment import MAX_OPTIONS, CommitmentOption
from meetingkit.core.curriculum import Curriculum, Module, grouping
from meetingkit.core.i18n import fill, speaking, translate
from meetingkit.core.meeting import MAX_PLANNED_MINUTES, Meeting, MeetingKind
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import MeetingStore

BREAK_MINUTES = 15  # between the sessions of a training longer than one sitting


def agenda_from(curriculum: Curriculum) -> list[AgendaItem]:
    """The modules in order, a break between sessions; the times are the curriculum's. The
    words we add ("Method: …", "Break") are in the curriculum's language, like its titles."""
    with speaking(curriculum.language):
        return _agenda_from(curriculum)


def _agenda_from(curriculum: Curriculum) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for number, session in enumerate(curriculum.sessions):
        if number:
            items.append(AgendaItem(translate("Training", "Break"), BREAK_MINUTES, ItemKind.BREAK))
        for module in session.modules:
            kind = ItemKind.EVALUATION if module.evaluation else ItemKind.TRAINING_MODULE
            items.append(
                AgendaItem(
                    title=module.title,
                    planned_minutes=module.minutes,
                    kind=kind,
                    notes=plan_of(module),
                    rotation=module.rotation,
                )
            )
    return items


def plan_of(module: Module) -> str:
    """A few lines for the agenda item's notes: how the module runs. The full run sheet is in
    the printed facilitator guide."""
    lines = [fill(translate("Training", "Method: %1."), module.method.label)]
    if words := grouping(module):
        lines.append(f"{words[0].upper()}{words[1:]}.")
    if module.objectives:
        lines.append(fill(translate("Training", "Objectives: %1"), "; ".join(module.objectives)))
    if module.materials:
        lines.append(fill(translate("Training", "Materials: %1"), "; ".join(module.materials)))
    if module.debrief:
        lines.append(fill(translate("Training", "Debrief: %1"), " ".join(module.debrief)))
    return "\n".join(lines)


def create_training(
    conn: sqlite3.Connection,
    curriculum: Curriculum,
    date: dt.date,
    start: dt.time,
    place: str = "",
    title: str = "",
    retention_days: int | None = None,
) -> Meeting:
    """Create the training meeting, its agenda and its commitment options, all or nothing:
    planned to last as long as the curriculum's sessions; `retention_days` as for any new
    meeting (the settings')."""
    planned = sum(i.planned_minutes for i in agenda_from(curriculum))
    draft = Meeting(
        title=title or curriculum.title,
        date=date,
        start=start,
        kind=MeetingKind.TRAINING,
        place=place,
        planned_minutes=min(planned, MAX_PLANNED_MINUTES),
    )
    return create_training_as(conn, curriculum, draft, retention_days=retention_days)


def create_training_as(
    conn: sqlite3.Connection,
    curriculum: Curriculum,
    draft: Meeting,
    *,
    retention_days: int | None = None,
) -> Meeting:
    """Create the training meeting as `draft` says (title, kind, when, where, planned length,
    warning), with the curriculum's agenda and commitment options, all or nothing; it keeps
    its personal data `retention_days` after its date (None: until purged by hand)."""
    items = agenda_from(curriculum)
    date = draft.date
    meetings = MeetingStore(conn)
    with transaction(conn):
        meeting = meetings.create(draft, retention_days=retention_days)
        meetings.set_curriculum(meeting.key, curriculum.slug)
        AgendaStore(conn).add_items(meeting.key, items)
        prompt = curriculum.commitment
        if prompt is not None:
            CommitmentStore(conn).save_options(
                meeting.key,
                [
                    CommitmentOption(meeting.key, o.text, o.due(date))
                    for o in prompt.options[:MAX_OPTIONS]
                ],
            )
    return meeting
