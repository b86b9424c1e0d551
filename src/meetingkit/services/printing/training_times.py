"""A curriculum's modules on a training's clock: when each starts and ends by the training's
agenda, for the facilitator guide printed for that training (guide_pdf.py).

The training's agenda was made from the curriculum (services/training.py: its modules in
order, a break between sessions) and may have been edited since: a module lengthened or
shortened, one deleted or moved, an item of the trainer's own added. The agenda is what the
room will run, and what the agenda PDF and the timer say, so its times are the ones printed,
back to back from the training's planned start:

- each module takes the times of the agenda item with its title (whitespace and case aside):
  the first such item, in the agenda's order, that no module before it took; a break is
  never a module's;
- a module no item carries is not on this training's agenda;
- an item that carries no module (the break between sessions, an item of the trainer's own)
  is listed before the module whose item comes next on the agenda, or at the end.

Pure but for `times_for_training`, which reads the training from the database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.agenda import AgendaItem, ItemKind, PlannedSlot, schedule
from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore


@dataclass(frozen=True)
class TrainingTimes:
    """A training's title, day and place, and its agenda's times laid on the curriculum's
    modules (numbered from 0 in the curriculum's order, `Curriculum.modules()`)."""

    title: str
    day: dt.date
    place: str
    starts: dt.datetime  # the planned start of the training
    ends: dt.datetime  # the planned end of its agenda's last item (`starts` with none)
    modules: tuple[PlannedSlot | None, ...]  # each module's slot; None: not on the agenda
    others: tuple[tuple[int, PlannedSlot], ...]  # an item no module took, and the module it
    # comes before (len(modules): after the last)

    def module(self, index: int) -> PlannedSlot | None:
        """The slot of the module numbered `index`, or None if it is not on the agenda."""
        return self.modules[index] if 0 <= index < len(self.modules) else None

    def others_before(self, index: int) -> list[PlannedSlot]:
        """The items that carry no module and come right before the module numbered `index`
        (`len(modules)`: after the last), in the agenda's order."""
        return [slot for before, slot in self.others if before == index]

    def span(self, indices: Sequence[int]) -> tuple[dt.datetime, dt.datetime] | None:
        """From the earliest start to the latest end of the modules numbered `indices` that
        are on the agenda (a session's); None if none is."""
        slots = [slot for i in indices if (slot := self.module(i)) is not None]
        if not slots:
            return None
        return min(s.starts for s in slots), max(s.ends for s in slots)


def title_key(title: str) -> str:
    """A title as modules and items are matched by it: whitespace and case aside."""
    return " ".join(title.split()).casefold()


def training_times(
    curriculum: Curriculum, meeting: Meeting, items: Sequence[AgendaItem]
) -> TrainingTimes:
    """The times of `meeting`'s agenda `items`, in order, laid on `curriculum`'s modules as
    the module docstring says."""
    slots = schedule(items, meeting.starts_at)
    free = list(range(len(slots)))  # the slots no module has taken yet, in agenda order
    taken: dict[int, int] = {}  # slot -> module
    modules: list[PlannedSlot | None] = []
    for index, module in enumerate(curriculum.modules()):
        key = title_key(module.title)
        found = next(
            (
                n
                for n in free
                if slots[n].item.kind is not ItemKind.BREAK
                and title_key(slots[n].item.title) == key
            ),
            None,
        )
        if found is None:
            modules.append(None)
            continue
        free.remove(found)
        taken[found] = index
        modules.append(slots[found])
    others: list[tuple[int, PlannedSlot]] = []
    pending: list[PlannedSlot] = []
    for n, slot in enumerate(slots):
        if n in taken:
            others += [(taken[n], other) for other in pending]
            pending = []
        else:
            pending.append(slot)
    others += [(len(modules), other) for other in pending]
    return TrainingTimes(
        title=meeting.title,
        day=meeting.date,
        place=meeting.place,
        starts=meeting.starts_at,
        ends=slots[-1].ends if slots else meeting.starts_at,
        modules=tuple(modules),
        others=tuple(others),
    )


def times_for_training(
    conn: sqlite3.Connection, meeting_id: int, curriculum: Curriculum
) -> TrainingTimes:
    """The times of the training `meeting_id`, made from `curriculum`, as its agenda is now.
    A MeetingkitError if the meeting is not a training made from that curriculum."""
    meetings = MeetingStore(conn)
    meeting = meetings.get(meeting_id)
    made_from = meetings.curriculum(meeting_id)
    if not made_from:
        raise MeetingkitError(
            fill(
                translate(
                    "Guide PDF",
                    "“%1” is not a training made from a curriculum: its guide has no times "
                    "to print for it.",
                ),
                meeting.title,
            )
        )
    if made_from != curriculum.slug:
        raise MeetingkitError(
            fill(
                translate(
                    "Guide PDF",
                    "“%1” was made from the curriculum %2, not %3: print the guide of %2 for it.",
                ),
                meeting.title,
                made_from,
                curriculum.slug,
            )
        )
    return training_times(curriculum, meeting, AgendaStore(conn).items(meeting_id))
