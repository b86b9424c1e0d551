"""The engagement ladder: the steps by which someone goes from coming once to leading.

Each group names its own rungs; a rung is one measure of what a person has done in the
group (meetings attended, commitments made, commitments kept, meetings led) and how many of
it. A person stands on the highest rung whose test they pass. The ladder describes, it does
not gate: someone who took a role on their second visit leads, commitment or not.

"Led" counts the group's meetings in which a person held any meeting role (facilitator,
co-facilitator, stack keeper, timekeeper, note taker, vibes watcher, greeter) or owned an
agenda item: each is a piece of the meeting they took responsibility for.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate

MAX_RUNGS = 8
MAX_RUNG_NAME = 40
MAX_AT_LEAST = 99


class Measure(StrEnum):
    ATTENDED = "attended"
    COMMITTED = "committed"
    KEPT = "kept"
    LED = "led"

    @property
    def label(self) -> str:
        return translate("Ladder", _LABELS[self])

    def describe(self, at_least: int) -> str:
        """The rung's test in words: 'came to at least 3 meetings'."""
        one, many = _TESTS[self]  # the words are chosen by the count, in English as in Spanish
        return fill(translate("Ladder", one if at_least == 1 else many), str(at_least))


_LABELS = {
    Measure.ATTENDED: QT_TRANSLATE_NOOP("Ladder", "Meetings attended"),
    Measure.COMMITTED: QT_TRANSLATE_NOOP("Ladder", "Commitments made"),
    Measure.KEPT: QT_TRANSLATE_NOOP("Ladder", "Commitments kept"),
    Measure.LED: QT_TRANSLATE_NOOP("Ladder", "Meetings led"),
}
_TESTS = {  # (for at least one, for more)
    Measure.ATTENDED: (
        QT_TRANSLATE_NOOP("Ladder", "came to at least 1 meeting"),
        QT_TRANSLATE_NOOP("Ladder", "came to at least %1 meetings"),
    ),
    Measure.COMMITTED: (
        QT_TRANSLATE_NOOP("Ladder", "made at least 1 commitment"),
        QT_TRANSLATE_NOOP("Ladder", "made at least %1 commitments"),
    ),
    Measure.KEPT: (
        QT_TRANSLATE_NOOP("Ladder", "kept at least 1 commitment"),
        QT_TRANSLATE_NOOP("Ladder", "kept at least %1 commitments"),
    ),
    Measure.LED: (
        QT_TRANSLATE_NOOP("Ladder", "led at least 1 meeting"),
        QT_TRANSLATE_NOOP("Ladder", "led at least %1 meetings"),
    ),
}


@dataclass(frozen=True)
class Rung:
    name: str
    measure: Measure
    at_least: int

    @property
    def test(self) -> str:
        return self.measure.describe(self.at_least)


@dataclass(frozen=True)
class Engagement:
    """What one person has done in a group, counted: the ladder's input."""

    attended: int = 0
    committed: int = 0
    kept: int = 0  # commitments whose follow-up is done
    led: int = 0  # meetings in which they held a role or owned an agenda item

    def count(self, measure: Measure) -> int:
        return {
            Measure.ATTENDED: self.attended,
            Measure.COMMITTED: self.committed,
            Measure.KEPT: self.kept,
            Measure.LED: self.led,
        }[measure]


# In English, as stored ('' in the database stands for them); `default_rungs` shows them.
# A rung is a threshold, and its name says so: someone who came twice stands on "Came at
# least once", where "Came once" read as a count, and a wrong one.
DEFAULT_RUNGS: tuple[Rung, ...] = (
    Rung(QT_TRANSLATE_NOOP("Ladder", "Came at least once"), Measure.ATTENDED, 1),
    Rung(QT_TRANSLATE_NOOP("Ladder", "Came at least 3 times"), Measure.ATTENDED, 3),
    Rung(QT_TRANSLATE_NOOP("Ladder", "Made a commitment"), Measure.COMMITTED, 1),
    Rung(QT_TRANSLATE_NOOP("Ladder", "Kept a commitment"), Measure.KEPT, 1),
    Rung(QT_TRANSLATE_NOOP("Ladder", "Leads a role or a meeting"), Measure.LED, 1),
)

_FORMER_NAMES = {
    # The first two default rungs' former names, in English and in Spanish, still held by a
    # ladder saved with another rung edited: the app's words, read as counts, not the group's.
    ("came once", Measure.ATTENDED, 1): DEFAULT_RUNGS[0].name,
    ("vino una vez", Measure.ATTENDED, 1): DEFAULT_RUNGS[0].name,
    ("came three times", Measure.ATTENDED, 3): DEFAULT_RUNGS[1].name,
    ("vino tres veces", Measure.ATTENDED, 3): DEFAULT_RUNGS[1].name,
}


def _current_name(rung: Rung) -> Rung:
    """`rung`, named as the default ladder now names it if it holds a former default name."""
    former = _FORMER_NAMES.get((rung.name.casefold(), rung.measure, rung.at_least))
    return rung if former is None else replace(rung, name=translate("Ladder", former))


def default_rungs() -> tuple[Rung, ...]:
    """The default ladder with its rungs named in the app's language."""
    return tuple(replace(r, name=translate("Ladder", r.name)) for r in DEFAULT_RUNGS)


def is_default(rungs: Sequence[Rung]) -> bool:
    """Whether `rungs` is the default ladder, named in English or in the app's language."""
    return tuple(rungs) in (DEFAULT_RUNGS, default_rungs())


def rung_for(engagement: Engagement, rungs: Sequence[Rung] = DEFAULT_RUNGS) -> int | None:
    """The index (bottom rung 0) of the highest rung whose test the person passes; None
    when they pass none (a member who has not come yet)."""
    for index in range(len(rungs) - 1, -1, -1):
        rung = rungs[index]
        if engagement.count(rung.measure) >= rung.at_least:
            return index
    return None


@dataclass(frozen=True)
class LadderCounts:
    on_rung: tuple[int, ...]  # how many people stand on each rung, bottom first
    not_yet: int  # on no rung at all


def ladder_counts(
    engagements: Iterable[Engagement], rungs: Sequence[Rung] = DEFAULT_RUNGS
) -> LadderCounts:
    on_rung = [0] * len(rungs)
    not_yet = 0
    for engagement in engagements:
        index = rung_for(engagement, rungs)
        if index is None:
            not_yet += 1
        else:
            on_rung[index] += 1
    return LadderCounts(tuple(on_rung), not_yet)


def validated_rungs(rungs: Sequence[Rung]) -> tuple[Rung, ...]:
    """Tidy rungs (names trimmed), or `ValidationError` saying what to fix.

    Every rung must be someone's possible place: a rung below another that asks for no
    less of the same measure could never be anyone's highest, so it is refused.
    """
    if not rungs:
        raise ValidationError(translate("Ladder", "A ladder needs at least one rung."))
    if len(rungs) > MAX_RUNGS:
        raise ValidationError(
            fill(translate("Ladder", "Keep the ladder to %1 rungs or fewer."), str(MAX_RUNGS))
        )
    tidy = [replace(r, name=" ".join(r.name.split())) for r in rungs]
    seen: set[str] = set()
    for n, rung in enumerate(tidy, start=1):
        if not rung.name:
            raise ValidationError(fill(translate("Ladder", "Rung %1 needs a name."), str(n)))
        if len(rung.name) > MAX_RUNG_NAME:
            raise ValidationError(
                fill(
                    translate("Ladder", "Keep rung names under %1 characters (“%2” is longer)."),
                    str(MAX_RUNG_NAME),
                    rung.name,
                )
            )
        if rung.name.casefold() in seen:
            raise ValidationError(
                fill(
                    translate("Ladder", "Two rungs are called “%1”: name each differently."),
                    rung.name,
                )
            )
        seen.add(rung.name.casefold())
        if not 1 <= rung.at_least <= MAX_AT_LEAST:
            raise ValidationError(
                fill(
                    translate("Ladder", "“%1” must ask for between 1 and %2 (got %3)."),
                    rung.name,
                    str(MAX_AT_LEAST),
                    str(rung.at_least),
                )
            )
    for low_index, low in enumerate(tidy):
        for high in tidy[low_index + 1 :]:
            if high.measure == low.measure and high.at_least <= low.at_least:
                raise ValidationError(
                    fill(
                        translate(
                            "Ladder",
                            "Nobody could ever stand on “%1”: “%2” above it asks for no more (%3). "
                            "Give the higher rung a bigger number, or remove one.",
                        ),
                        low.name,
                        high.name,
                        high.test,
                    )
                )
    return tuple(tidy)


def rungs_to_json(rungs: Sequence[Rung]) -> str:
    return json.dumps(
        [{"name": r.name, "measure": r.measure.value, "at_least": r.at_least} for r in rungs],
        ensure_ascii=False,
    )


def rungs_from_json(text: str) -> tuple[Rung, ...]:
    """The rungs stored as JSON; '' (never edited) is the default ladder. A damaged value
    raises `ValidationError` rather than showing a ladder nobody chose."""
    if not text:
        return default_rungs()
    try:
        rows = json.loads(text)
        rungs = [Rung(str(r["name"]), Measure(r["measure"]), int(r["at_least"])) for r in rows]
    except (ValueError, TypeError, KeyError) as e:
        raise ValidationError(
            translate(
                "Ladder", "This group's ladder is damaged; set its rungs again (Edit rungs…)."
            )
        ) from e
    renamed = [_current_name(r) for r in rungs]
    if len({r.name.casefold() for r in renamed}) == len(renamed):  # else it was their choice
        rungs = renamed
    return validated_rungs(rungs)
