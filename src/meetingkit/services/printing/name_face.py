"""The face of a name badge, and each face of a name tent: the name as large as it will fit,
the detail line under it, the event small along the bottom.

A badge is read across a table or a room, so the name gets every point the other lines leave
it; a long one wraps to two lines before it gets small. A blank badge has a line to write the
name on with a marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from meetingkit.core.card import NameBadge
from meetingkit.core.card_layout import Rect
from meetingkit.services.printing.card_text import FittedText, clean, draw_fitted, fit_text
from meetingkit.services.printing.commitment_card import Line, draw_ops
from meetingkit.services.printing.document import INK, MUTED

Sizes = tuple[float, float, float]  # largest; smallest on one line; smallest wrapped


@dataclass(frozen=True)
class FaceStyle:
    """The sizes of each line, in points, and the space between lines."""

    name: Sizes
    detail: Sizes
    event: Sizes
    gap: float


BADGE = FaceStyle(name=(30, 20, 12), detail=(12, 10, 7), event=(8.5, 6, 6), gap=4)
TENT = FaceStyle(name=(66, 40, 22), detail=(22, 16, 11), event=(14, 9, 9), gap=6)


def _fit(text: str, width: float, sizes: Sizes, **kwargs: Any) -> FittedText:
    largest, smallest, least = sizes
    return fit_text(text, width, largest, smallest, least=least, **kwargs)


def draw_face(canvas: Any, badge: NameBadge, box: Rect, style: FaceStyle) -> None:
    """Draw `badge` inside `box`: the event on the bottom edge, the name and the detail line
    together in the middle of the space above it."""
    floor = box.y
    if clean(badge.event):
        event = _fit(badge.event, box.width, style.event, max_lines=1)
        draw_fitted(canvas, event, box.x, floor + event.height, box.width, MUTED, "center")
        floor += event.height + style.gap
    room = box.top - floor
    detail = _fit(badge.detail, box.width, style.detail, height=room / 3)
    name_room = room - (detail.height + style.gap if detail.lines else 0.0)
    if clean(badge.name):
        name = _fit(badge.name, box.width, style.name, bold=True, height=name_room)
        block = room - name_room + name.height
        top = box.top - (room - block) / 2
        draw_fitted(canvas, name, box.x, top, box.width, INK, "center")
        top -= name.height
    else:  # a line to write the name on with a marker, low in the name's space
        top = box.top - name_room
        y = top + name_room * 0.2
        draw_ops(canvas, [Line(box.x + box.width * 0.08, y, box.right - box.width * 0.08, y)])
    draw_fitted(canvas, detail, box.x, top - style.gap, box.width, INK, "center")
