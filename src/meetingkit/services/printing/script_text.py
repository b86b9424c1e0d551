"""Typed text in a flowing PDF, whatever its script: names and professions in report tables.

reportlab's Paragraph sets text in one font, left to right, so a name in Arabic, Devanagari or
Chinese would print as boxes (or backwards). `ScriptText` sets it the way cards and badges do
(card_text.py, scripts.py): each letter in a bundled font that has it, shaped and in reading
order, wrapped onto a few balanced lines of its column and cut short with "…" only past those.
Being drawn, not marked up, the text needs no escaping: `<b>` prints as the three characters
it is. `typed_text` picks between the two, so the usual Latin, Greek or Cyrillic name stays an
ordinary (escaped) Paragraph that wraps and aligns like the text around it.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from reportlab.platypus.flowables import Flowable  # type: ignore[import-untyped]

from meetingkit.services.printing.agenda_pdf import INK
from meetingkit.services.printing.card_text import FittedText, draw_fitted, fit_text
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.reading_order import bidi_class
from meetingkit.services.printing.scripts import fonts_for


def typed_text(text: str, style: Any, *, max_lines: int = 3) -> Any:
    """`text` in `style`: a Paragraph where DejaVu Sans alone sets it left to right, else a
    `ScriptText` of the style's size, weight and colour."""
    fonts = register_fonts()
    bold = style.fontName == fonts.bold
    own = fonts.bold if bold else fonts.regular
    if all(f == own for f in fonts_for(text, bold)) and not any(
        bidi_class(c) in ("R", "AL") for c in text
    ):
        return Paragraph(para_text(text), style)
    return ScriptText(
        text,
        style.fontSize,
        bold=bold,
        color=style.textColor,
        align=("left", "center", "right")[min(int(style.alignment), 2)],
        max_lines=max_lines,
    )


class ScriptText(Flowable):  # type: ignore[misc]
    """`text` at `size` points, wrapped onto at most `max_lines` lines of the column."""

    def __init__(
        self,
        text: str,
        size: float = 9.5,
        *,
        bold: bool = False,
        color: Any = INK,
        align: str = "left",
        max_lines: int = 3,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.bold = bold
        self.color = color
        self.align = align
        self.max_lines = max_lines
        self._fitted: FittedText | None = None

    def __repr__(self) -> str:
        return f"ScriptText({self.text!r})"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fitted = fit_text(
            self.text,
            max(avail_width, 1.0),
            self.size,
            self.size,
            bold=self.bold,
            max_lines=self.max_lines,
        )
        self._fitted = fitted
        self.width, self.height = avail_width, fitted.height
        return self.width, self.height

    def draw(self) -> None:
        if self._fitted is not None:
            draw_fitted(self.canv, self._fitted, 0, self.height, self.width, self.color, self.align)
