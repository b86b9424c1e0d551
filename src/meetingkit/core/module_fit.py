"""Whether a training module's timed steps fit the time its agenda item plans for it.

A curriculum whose rotation takes longer than its module is refused by the curriculum check;
but a training's agenda can be edited afterwards, and a module shortened below its rotation
(28 minutes cut to 15, with 21 minutes of timed steps) leaves the rotation's timer running
past the module's countdown (QA 15a, finding 3). The curriculum check, the item dialog, the
guided path and the run panel say so in the same words, made here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from meetingkit.core.i18n import fill, translate

if TYPE_CHECKING:
    from meetingkit.core.agenda import AgendaItem
    from meetingkit.core.rotation import Rotation


def overrun_seconds(planned_minutes: int, rotation: Rotation | None) -> int:
    """How much longer the rotation takes than the planned minutes (0 when it fits)."""
    if rotation is None:
        return 0
    return max(0, rotation.total_seconds - planned_minutes * 60)


def rotation_too_long(planned_minutes: int, rotation: Rotation | None) -> str:
    """'' when the module's timed steps fit in `planned_minutes`; else what the curriculum
    check says of such a module: "the rotation takes 21 min (1 round × 21 min), more than the
    module's 15 min" (a fragment, lower case, to be put in a sentence)."""
    if rotation is None or not overrun_seconds(planned_minutes, rotation):
        return ""
    if rotation.rounds == 1:
        takes = translate(
            "Curriculum check",
            "the rotation takes %1 (1 round × %2), more than the module's %3 min",
        )
    else:
        takes = translate(
            "Curriculum check",
            "the rotation takes %1 (%4 rounds × %2), more than the module's %3 min",
        )
    return fill(
        takes,
        minutes_and_seconds(rotation.total_seconds),
        minutes_and_seconds(rotation.round_seconds),
        str(planned_minutes),
        str(rotation.rounds),
    )


def as_sentence(fragment: str) -> str:
    """A fragment of `rotation_too_long` on its own: capitalized, with a full stop."""
    return f"{fragment[:1].upper()}{fragment[1:]}." if fragment else ""


def overrunning(items: Iterable[AgendaItem]) -> list[tuple[AgendaItem, str]]:
    """The items whose rotation takes longer than their planned time, with what is said of
    each (`rotation_too_long`), in agenda order."""
    found = []
    for item in items:
        said = rotation_too_long(item.planned_minutes, item.rotation)
        if said:
            found.append((item, said))
    return found


def minutes_and_seconds(seconds: int) -> str:
    """'15 min', '2 min 30 s', '40 s': rotation times, in minutes as the module's are."""
    minutes, rest = divmod(seconds, 60)
    if not rest:
        return f"{minutes} min"
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"
