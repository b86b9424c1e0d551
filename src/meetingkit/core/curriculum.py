"""A training as a trainer runs it: sessions of timed modules, read from a curriculum file.

These are plain values. The file format and its checks live in services/curriculum_parser.py
(documented in curricula/FORMAT.md); a rotation's steps and its live timer live in
core/rotation.py.
Times are whole minutes for sessions and modules, and whole seconds inside a rotation, where
steps such as a 90-second story are common.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from meetingkit.core.durations import span
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.rotation import Rotation

MAX_SESSION_MINUTES = 150  # a training over 2.5 h is split into sessions of at most this


class Method(StrEnum):
    """How the room works during a module; the value is what a curriculum file says."""

    PLENARY = "plenary"
    PAIRS = "pairs"
    SMALL_GROUPS = "small groups"
    ROLE_PLAY = "role play"
    SPECTRUM = "spectrum"
    GALLERY_WALK = "gallery walk"

    @property
    def label(self) -> str:
        """The method in the app's language (the file's keyword is the English word)."""
        return translate("Curriculum", _METHOD_LABELS[self])


_METHOD_LABELS = {
    Method.PLENARY: QT_TRANSLATE_NOOP("Curriculum", "plenary"),
    Method.PAIRS: QT_TRANSLATE_NOOP("Curriculum", "pairs"),
    Method.SMALL_GROUPS: QT_TRANSLATE_NOOP("Curriculum", "small groups"),
    Method.ROLE_PLAY: QT_TRANSLATE_NOOP("Curriculum", "role play"),
    Method.SPECTRUM: QT_TRANSLATE_NOOP("Curriculum", "spectrum"),
    Method.GALLERY_WALK: QT_TRANSLATE_NOOP("Curriculum", "gallery walk"),
}


@dataclass(frozen=True)
class SuggestedCommitment:
    """One action offered on the commitment card, due some days after the training."""

    text: str
    due_days: int

    def due(self, training_date: dt.date) -> dt.date:
        return training_date + dt.timedelta(days=self.due_days)


@dataclass(frozen=True)
class CommitmentPrompt:
    """The question asked at the close and the 3–5 actions that feed the commitment cards."""

    prompt: str
    options: tuple[SuggestedCommitment, ...]


@dataclass(frozen=True)
class Evaluation:
    """Plus/delta at least: what worked, what to change; optionally more questions."""

    plus: str
    delta: str
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Module:
    """A timed activity within a session, with everything the facilitator needs to run it."""

    title: str
    minutes: int
    method: Method
    group_size: int | None = None  # "groups of 3", whether or not the groups follow a rotation
    rotation: Rotation | None = None
    materials: tuple[str, ...] = ()
    handouts: tuple[str, ...] = ()  # file names inside the curriculum's handouts/ folder
    debrief: tuple[str, ...] = ()  # questions for the room afterwards
    objectives: tuple[str, ...] = ()
    keypoints: tuple[str, ...] = ()
    notes: str = ""  # facilitator notes, Markdown
    body: str = ""  # the run sheet: what happens, step by step, Markdown
    commitment: CommitmentPrompt | None = None  # the module where people commit
    evaluation: Evaluation | None = None  # the module where the room evaluates
    line: int = 0  # the line of the module's heading in its file, 0 if not from a file


@dataclass(frozen=True)
class Session:
    """A sitting of at most 2.5 hours; a short training is a single session."""

    title: str
    objectives: tuple[str, ...]
    modules: tuple[Module, ...]
    keypoints: tuple[str, ...] = ()
    notes: str = ""
    body: str = ""
    line: int = 0

    @property
    def minutes(self) -> int:
        return sum(module.minutes for module in self.modules)


@dataclass(frozen=True)
class GroupSize:
    """How many participants the training is designed for."""

    min: int
    max: int


@dataclass(frozen=True)
class Curriculum:
    """A whole training: its metadata and its sessions, in the order they are run."""

    slug: str  # the folder name, e.g. "one-on-ones"
    title: str
    goals: tuple[str, ...]
    audience: str
    group_size: GroupSize
    minutes: int  # as declared; validation makes it equal to `total_minutes`
    room_setup: str
    sessions: tuple[Session, ...]
    summary: str = ""
    materials: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    license: str = ""
    notes: str = ""  # facilitator notes for the whole training
    body: str = ""  # the introduction before the first session
    path: Path | None = None  # the curriculum.md it was read from
    handouts: tuple[str, ...] = ()  # every file in handouts/, sorted
    language: str = ""  # the language it says it is written in ("es"); "" if it does not

    @property
    def total_minutes(self) -> int:
        return sum(session.minutes for session in self.sessions)

    def modules(self) -> Iterator[Module]:
        for session in self.sessions:
            yield from session.modules

    @property
    def commitment(self) -> CommitmentPrompt | None:
        return next((m.commitment for m in self.modules() if m.commitment), None)

    @property
    def evaluation(self) -> Evaluation | None:
        return next((m.evaluation for m in self.modules() if m.evaluation), None)


@dataclass(frozen=True)
class Problem:
    """Something wrong in a curriculum file, at the line where the author can fix it.

    `line` is None when the problem concerns the whole file or folder (it does not exist,
    cannot be read…).
    """

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


def grouping(module: Module) -> str:
    """How the room is grouped, in words: '3 rounds × (Story 2 min + Coaching 3 min), groups
    of 3'. Empty when the module does not say."""
    rotation = module.rotation
    if rotation is None:
        if not module.group_size or (module.method, module.group_size) == (Method.PAIRS, 2):
            return ""
        return fill(translate("Curriculum", "groups of %1"), str(module.group_size))
    steps = " + ".join(f"{step.name} {span(step.seconds * 1000)}" for step in rotation.steps)
    if rotation.rounds == 1:
        rounds = translate("Curriculum", "1 round × (%2), groups of %3")
    else:
        rounds = translate("Curriculum", "%1 rounds × (%2), groups of %3")
    return fill(rounds, str(rotation.rounds), steps, str(rotation.group_size))
