"""Decisions on proposals, and temperature checks on any item.

The room decides; meetingkit records what it decided, with enough detail for the minutes, and
refuses a record that contradicts itself (a majority vote "adopted" with more votes against).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from meetingkit.core.durations import unbroken
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.person import fold

NBSP = "\u00a0"


class Outcome(StrEnum):
    CONSENSUS = "consensus"
    MODIFIED_CONSENSUS = "modified_consensus"
    MAJORITY = "majority"
    BLOCKED = "blocked"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return translate("Decisions", _OUTCOME_LABELS[self])

    @property
    def is_vote(self) -> bool:
        return self in (Outcome.MODIFIED_CONSENSUS, Outcome.MAJORITY)


_OUTCOME_LABELS = {
    Outcome.CONSENSUS: QT_TRANSLATE_NOOP("Decisions", "Adopted by consensus"),
    Outcome.MODIFIED_CONSENSUS: QT_TRANSLATE_NOOP("Decisions", "Adopted by modified consensus"),
    Outcome.MAJORITY: QT_TRANSLATE_NOOP("Decisions", "Adopted by majority vote"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Decisions", "Blocked"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("Decisions", "Withdrawn"),
}


@dataclass(frozen=True)
class Objections:
    """Stand-asides or blocks: by name where people are willing, else just a count."""

    names: tuple[str, ...] = ()
    unnamed: int = 0

    @property
    def count(self) -> int:
        return len(self.names) + self.unnamed

    def describe(self) -> str:
        parts = list(self.names)
        if self.unnamed:
            unnamed = str(self.unnamed)
            if self.names:
                unnamed = fill(translate("Decisions", "%1 unnamed"), unnamed)
            parts.append(unnamed)
        return ", ".join(parts)


@dataclass(frozen=True)
class Someone:
    """Who moved or seconded a motion: someone in the directory (`person_id`, whose name is
    read from their record, so a merge or a corrected spelling reaches the minutes and
    forgetting them takes it out), or a name typed for someone who is not in it."""

    name: str
    person_id: int | None = None

    def is_also(self, other: Someone) -> bool:
        """The same person: the same record, or the same name typed (case and accents
        ignored) where either has no record."""
        if self.person_id is not None and other.person_id is not None:
            return self.person_id == other.person_id
        return fold(self.name) == fold(other.name)


def someone(name: str, person_id: int | None = None) -> Someone | None:
    """A mover or seconder from what was picked or typed; None when nobody was given."""
    name = " ".join(name.split())
    return Someone(name, person_id) if name or person_id is not None else None


@dataclass(frozen=True)
class Decision:
    proposal: str
    outcome: Outcome
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    threshold_percent: int = 0  # modified consensus: the share of support needed, e.g. 90
    stand_asides: Objections = field(default_factory=Objections)
    blocks: Objections = field(default_factory=Objections)
    # Robert's Rules: who moved the motion and who seconded it (either may be left out)
    moved_by: Someone | None = None
    seconded_by: Someone | None = None

    def validated(self) -> Decision:
        proposal = self.proposal.strip()
        if not proposal:
            raise ValidationError(
                translate("Decisions", "Write down the proposal the room decided on.")
            )
        if min(self.votes_for, self.votes_against, self.abstentions) < 0:
            raise ValidationError(translate("Decisions", "Vote counts cannot be negative."))
        if self.outcome == Outcome.MODIFIED_CONSENSUS:
            if not 50 < self.threshold_percent <= 100:
                raise ValidationError(
                    translate(
                        "Decisions", "Modified consensus needs a threshold above 50%, e.g. 90%."
                    )
                )
            if self.support_percent() < self.threshold_percent:
                raise ValidationError(
                    fill(
                        translate(
                            "Decisions",
                            "%1% support is below the %2% threshold: record it as blocked or "
                            "withdrawn, or correct the counts.",
                        ),
                        f"{self.support_percent():.0f}",
                        str(self.threshold_percent),
                    )
                )
        if self.outcome == Outcome.MAJORITY and self.votes_for <= self.votes_against:
            raise ValidationError(
                fill(
                    translate(
                        "Decisions",
                        "%1 for and %2 against is not a majority: correct the counts, or record "
                        "the "
                        "proposal as not adopted (withdrawn).",
                    ),
                    str(self.votes_for),
                    str(self.votes_against),
                )
            )
        if self.outcome == Outcome.CONSENSUS and self.blocks.count:
            raise ValidationError(
                translate("Decisions", "A block stops consensus: record the outcome as blocked.")
            )
        if self.outcome == Outcome.BLOCKED and not self.blocks.count:
            raise ValidationError(
                translate("Decisions", "Record who blocked, by name or by count.")
            )
        moved_by, seconded_by = (
            None if s is None else someone(s.name, s.person_id)
            for s in (self.moved_by, self.seconded_by)
        )
        if moved_by is not None and seconded_by is not None and moved_by.is_also(seconded_by):
            raise ValidationError(
                fill(
                    translate(
                        "Decisions",
                        "%1 moved the motion: someone else must second it. Leave “Seconded "
                        "by” empty if nobody did.",
                    ),
                    moved_by.name,
                )
            )
        return replace(self, proposal=proposal, moved_by=moved_by, seconded_by=seconded_by)

    def motion(self) -> str:
        """Who moved and who seconded, for the minutes: "Moved by Dele Okafor, seconded by
        Priya Raman"; "" when neither was recorded."""
        moved = self.moved_by.name if self.moved_by else ""
        seconded = self.seconded_by.name if self.seconded_by else ""
        if moved and seconded:
            return fill(translate("Decisions", "Moved by %1, seconded by %2"), moved, seconded)
        if moved:
            return fill(translate("Decisions", "Moved by %1"), moved)
        if seconded:
            return fill(translate("Decisions", "Seconded by %1"), seconded)
        return ""

    def support_percent(self) -> float:
        """Votes for as a share of votes cast for or against (abstentions do not count)."""
        cast = self.votes_for + self.votes_against
        return 100.0 * self.votes_for / cast if cast else 0.0

    def summary(self) -> str:
        """One line for the minutes."""
        parts = [self.outcome.label]
        if self.outcome == Outcome.MODIFIED_CONSENSUS:
            parts.append(
                fill(
                    translate("Decisions", "%1% support, threshold %2%"),
                    f"{self.support_percent():.0f}",
                    str(self.threshold_percent),
                )
            )
        if self.outcome.is_vote or self.votes_for or self.votes_against:
            parts.append(
                fill(
                    translate("Decisions", "%1 for, %2 against, %3 abstaining"),
                    str(self.votes_for),
                    str(self.votes_against),
                    str(self.abstentions),
                )
            )
        if self.stand_asides.count:
            stand_asides = translate("Decisions", "stand-asides: %1")
            parts.append(fill(stand_asides, self.stand_asides.describe()))
        if self.blocks.count:
            parts.append(fill(translate("Decisions", "blocks: %1"), self.blocks.describe()))
        return "; ".join(parts)


class CheckKind(StrEnum):
    TWINKLES = "twinkles"
    FIST_TO_FIVE = "fist_to_five"

    @property
    def label(self) -> str:
        if self is CheckKind.TWINKLES:
            return translate("Decisions", "Twinkles")
        return translate("Decisions", "Fist to five")

    @property
    def options(self) -> tuple[str, ...]:
        """The answers the room can give, in the order they are tallied."""
        if self is CheckKind.TWINKLES:
            return ("up", "flat", "down")
        return ("fist", "1", "2", "3", "4", "5")

    def option_label(self, option: str) -> str:
        """An answer as the summary names it, in the app's language ("up", "fist", "3")."""
        return (
            translate("Decisions", _OPTION_LABELS[option]) if option in _OPTION_LABELS else option
        )


_OPTION_LABELS = {
    "up": QT_TRANSLATE_NOOP("Decisions", "up"),
    "flat": QT_TRANSLATE_NOOP("Decisions", "flat"),
    "down": QT_TRANSLATE_NOOP("Decisions", "down"),
    "fist": QT_TRANSLATE_NOOP("Decisions", "fist"),
}


@dataclass(frozen=True)
class TemperatureCheck:
    kind: CheckKind
    counts: tuple[int, ...]  # one per option of the kind, in order
    question: str = ""

    def validated(self) -> TemperatureCheck:
        if len(self.counts) != len(self.kind.options):
            raise ValidationError(
                fill(
                    translate("Decisions", "%1 has %2 answers."),
                    self.kind.label,
                    str(len(self.kind.options)),
                )
            )
        if any(c < 0 for c in self.counts):
            raise ValidationError(translate("Decisions", "Counts cannot be negative."))
        if not sum(self.counts):
            raise ValidationError(translate("Decisions", "Count at least one response."))
        return TemperatureCheck(self.kind, tuple(self.counts), self.question.strip())

    def summary(self) -> str:
        kind = self.kind
        # "fist: 0 · 1: 1 · 2: 1": each answer with its count, never split across lines (as
        # "fist 0, 1 1, 2 1" the answers and counts ran together).
        tallies = f"{NBSP}· ".join(
            f"{unbroken(kind.option_label(o))}:{NBSP}{c}"
            for o, c in zip(kind.options, self.counts, strict=True)
        )
        head = kind.label
        if self.question:
            on = translate("Decisions", "%1 on “%2”")
            head = fill(on, head, self.question)
        if kind is CheckKind.FIST_TO_FIVE:
            if self.counts[0]:
                average = translate("Decisions", " (average %1, with a fist: a block)")
            else:
                average = translate("Decisions", " (average %1)")
            tallies += fill(average, f"{self.average():.1f}")
        return f"{head}: {tallies}"

    def average(self) -> float:
        """Fist-to-five average (fist = 0)."""
        total = sum(self.counts)
        return sum(i * c for i, c in enumerate(self.counts)) / total if total else 0.0


def parse_names(text: str) -> tuple[str, ...]:
    """'Ana, Dele;  Wren' -> ('Ana', 'Dele', 'Wren'): how names are typed into one box."""
    return tuple(n.strip() for n in text.replace(";", ",").split(",") if n.strip())


def join_names(names: Sequence[str]) -> str:
    return ", ".join(names)
