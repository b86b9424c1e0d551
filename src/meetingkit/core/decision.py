"""Decisions on proposals, and temperature checks on any item.

The room decides; meetingkit records what it decided, with enough detail for the minutes, and
refuses a record that contradicts itself (a majority vote "adopted" with more votes against).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from meetingkit.core.errors import ValidationError


class Outcome(StrEnum):
    CONSENSUS = "consensus"
    MODIFIED_CONSENSUS = "modified_consensus"
    MAJORITY = "majority"
    BLOCKED = "blocked"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def is_vote(self) -> bool:
        return self in (Outcome.MODIFIED_CONSENSUS, Outcome.MAJORITY)


_OUTCOME_LABELS = {
    Outcome.CONSENSUS: "Adopted by consensus",
    Outcome.MODIFIED_CONSENSUS: "Adopted by modified consensus",
    Outcome.MAJORITY: "Adopted by majority vote",
    Outcome.BLOCKED: "Blocked",
    Outcome.WITHDRAWN: "Withdrawn",
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
            parts.append(f"{self.unnamed} unnamed" if self.names else str(self.unnamed))
        return ", ".join(parts)


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

    def validated(self) -> Decision:
        proposal = self.proposal.strip()
        if not proposal:
            raise ValidationError("Write down the proposal the room decided on.")
        if min(self.votes_for, self.votes_against, self.abstentions) < 0:
            raise ValidationError("Vote counts cannot be negative.")
        if self.outcome == Outcome.MODIFIED_CONSENSUS:
            if not 50 < self.threshold_percent <= 100:
                raise ValidationError("Modified consensus needs a threshold above 50%, e.g. 90%.")
            if self.support_percent() < self.threshold_percent:
                raise ValidationError(
                    f"{self.support_percent():.0f}% support is below the {self.threshold_percent}% "
                    "threshold: record it as blocked or withdrawn, or correct the counts."
                )
        if self.outcome == Outcome.MAJORITY and self.votes_for <= self.votes_against:
            raise ValidationError(
                f"{self.votes_for} for and {self.votes_against} against is not a majority: "
                "correct the counts, or record the proposal as not adopted (withdrawn)."
            )
        if self.outcome == Outcome.CONSENSUS and self.blocks.count:
            raise ValidationError("A block stops consensus: record the outcome as blocked.")
        if self.outcome == Outcome.BLOCKED and not self.blocks.count:
            raise ValidationError("Record who blocked, by name or by count.")
        return Decision(
            proposal,
            self.outcome,
            self.votes_for,
            self.votes_against,
            self.abstentions,
            self.threshold_percent,
            self.stand_asides,
            self.blocks,
        )

    def support_percent(self) -> float:
        """Votes for as a share of votes cast for or against (abstentions do not count)."""
        cast = self.votes_for + self.votes_against
        return 100.0 * self.votes_for / cast if cast else 0.0

    def summary(self) -> str:
        """One line for the minutes."""
        parts = [self.outcome.label]
        if self.outcome == Outcome.MODIFIED_CONSENSUS:
            parts.append(
                f"{self.support_percent():.0f}% support, threshold {self.threshold_percent}%"
            )
        if self.outcome.is_vote or self.votes_for or self.votes_against:
            parts.append(
                f"{self.votes_for} for, {self.votes_against} against, {self.abstentions} abstaining"
            )
        if self.stand_asides.count:
            parts.append(f"stand-asides: {self.stand_asides.describe()}")
        if self.blocks.count:
            parts.append(f"blocks: {self.blocks.describe()}")
        return "; ".join(parts)


class CheckKind(StrEnum):
    TWINKLES = "twinkles"
    FIST_TO_FIVE = "fist_to_five"

    @property
    def label(self) -> str:
        return "Twinkles" if self is CheckKind.TWINKLES else "Fist to five"

    @property
    def options(self) -> tuple[str, ...]:
        """The answers the room can give, in the order they are tallied."""
        if self is CheckKind.TWINKLES:
            return ("up", "flat", "down")
        return ("fist", "1", "2", "3", "4", "5")


@dataclass(frozen=True)
class TemperatureCheck:
    kind: CheckKind
    counts: tuple[int, ...]  # one per option of the kind, in order
    question: str = ""

    def validated(self) -> TemperatureCheck:
        if len(self.counts) != len(self.kind.options):
            raise ValidationError(f"{self.kind.label} has {len(self.kind.options)} answers.")
        if any(c < 0 for c in self.counts):
            raise ValidationError("Counts cannot be negative.")
        if not sum(self.counts):
            raise ValidationError("Count at least one response.")
        return TemperatureCheck(self.kind, tuple(self.counts), self.question.strip())

    def summary(self) -> str:
        tallies = ", ".join(f"{o} {c}" for o, c in zip(self.kind.options, self.counts, strict=True))
        head = f"{self.kind.label}" + (f" on “{self.question}”" if self.question else "")
        if self.kind is CheckKind.FIST_TO_FIVE:
            tallies += f" (average {self.average():.1f}"
            tallies += ", with a fist: a block)" if self.counts[0] else ")"
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
