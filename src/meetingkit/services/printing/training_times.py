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

A training made from one edition of a course can have its guide printed from another (the
same course in another language, curriculum_library.course): its modules are the same ones,
in the same order, so each takes the times of the module in the same place in the curriculum
the training was made from.

Pure but for `times_for_training` and `training_of`, which read the training from the
database (and the library, for another edition).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from meetingkit.core.agenda import AgendaItem, ItemKind, PlannedSlot, schedule
from meetingkit.core.curriculum import Curriculum, SuggestedCommitment
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.storage.meetings import MeetingStore

if TYPE_CHECKING:
    from meetingkit.services.curriculum_library import CurriculumLibrary


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
    dues: tuple[tuple[str, dt.date], ...] = ()  # the training's commitment options (their
    # words, whitespace aside) and the day each is due by, as its cards print it

    def due(self, option: SuggestedCommitment) -> dt.date:
        """The day `option` is due by at this training: its card's, or, for an option the
        training does not offer in these words (changed, or in another edition's), the
        training's day plus the option's days."""
        words = " ".join(option.text.split())
        return next((due for text, due in self.dues if text == words), option.due(self.day))

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
        # in real time: the hour after 1 a.m. the second time, the night clocks go back, is
        # later than the first (comparing wall times does not tell them apart)
        return (
            min((s.starts for s in slots), key=dt.datetime.timestamp),
            max((s.ends for s in slots), key=dt.datetime.timestamp),
        )


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
    conn: sqlite3.Connection,
    meeting_id: int,
    curriculum: Curriculum,
    library: CurriculumLibrary | None = None,
) -> TrainingTimes:
    """The times of the training `meeting_id`, made from `curriculum` (or, found in `library`,
    from another edition of it), as its agenda is now, with the days its commitment options
    are due by. A MeetingkitError if the meeting is no training of `curriculum`."""
    meeting, made_from = training_of(conn, meeting_id, curriculum, library)
    times = training_times(made_from, meeting, AgendaStore(conn).items(meeting_id))
    dues = tuple(
        (" ".join(option.text.split()), option.due)
        for option in CommitmentStore(conn).options(meeting_id)
        if option.due is not None
    )
    return replace(times, dues=dues)


def training_of(
    conn: sqlite3.Connection,
    meeting_id: int,
    curriculum: Curriculum,
    library: CurriculumLibrary | None = None,
) -> tuple[Meeting, Curriculum]:
    """The training `meeting_id` and the curriculum it was made from: `curriculum`, or, in
    `library`, the one `curriculum` is another edition of (the same course in another
    language). A MeetingkitError if the meeting is no training, or one of another course."""
    meetings = MeetingStore(conn)
    meeting = meetings.get(meeting_id)
    made_from = meetings.curriculum(meeting_id)
    if not made_from:
        raise MeetingkitError(
            fill(
                translate(
                    "Guide PDF",
                    "“%1” is not a training made from a curriculum, so it has no guide or "
                    "handouts of its own.",
                ),
                meeting.title,
            )
        )
    if made_from == curriculum.slug:
        return meeting, curriculum
    original = _edition_source(made_from, curriculum, library)
    if original is None:
        raise MeetingkitError(
            fill(
                translate(
                    "Guide PDF",
                    "“%1” was made from the curriculum %2, not from %3 or an edition of it in "
                    "another language: print it from %2.",
                ),
                meeting.title,
                made_from,
                curriculum.slug,
            )
        )
    return meeting, original


def _edition_source(
    made_from: str, curriculum: Curriculum, library: CurriculumLibrary | None
) -> Curriculum | None:
    """The curriculum `made_from`, if `curriculum` is another edition of it: in another
    language, with the same sessions and modules (minutes, methods, groups, rotations)."""
    if library is None:
        return None
    from meetingkit.services.curricula import load_curriculum
    from meetingkit.services.curriculum_library import course

    try:
        original, _ = load_curriculum(library.find(made_from))
    except MeetingkitError:  # no longer in the library
        return None
    if original is None or original.language == curriculum.language:
        return None
    return original if course(original) == course(curriculum) else None
