"""Typed text in a flowing PDF, whatever its script: names, titles, notes and minutes.

reportlab's Paragraph sets text in one font, left to right, so a name in Arabic, Devanagari or
Chinese would print as boxes (or backwards). `ScriptText` sets it the way cards and badges do
(card_text.py, scripts.py): each letter in a bundled font that has it, shaped and in reading
order, wrapped onto a few balanced lines of its column and cut short with "…" only past those.
Being drawn, not marked up, the text needs no escaping: `<b>` prints as the three characters
it is. `typed_text` picks between the two, so the usual Latin, Greek or Cyrillic name stays an
ordinary (escaped) Paragraph that wraps and aligns like the text around it. `typed_body` does
the same for text of any length (notes, minutes): `ScriptLines` fills as many lines as it
takes, keeps the typed line breaks and splits across pages.

Each line is put in reading order on its own, as on a card. UAX #9 resolves the whole
paragraph first; that only differs for a line that starts with a word of the other direction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from reportlab.platypus.flowables import Flowable  # type: ignore[import-untyped]

from meetingkit.services.printing.card_text import FittedText, draw_fitted, fit_text, flow_lines
from meetingkit.services.printing.document import INK
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.reading_order import bidi_class, paragraph_level
from meetingkit.services.printing.scripts import SetLine, fonts_for, set_line

_ALIGN = ("left", "center", "right")


def drawn(text: str, *, bold: bool = False) -> bool:
    """Whether `text` must be drawn letter by letter: it has a letter DejaVu Sans lacks
    (Arabic, Devanagari, Chinese…) or a right-to-left letter, which a Paragraph sets backwards."""
    fonts = register_fonts()
    own = fonts.bold if bold else fonts.regular
    return any(f != own for f in fonts_for(text, bold)) or any(
        bidi_class(c) in ("R", "AL") for c in text
    )


def is_bold(style: Any) -> bool:
    return bool(style.fontName == register_fonts().bold)


def _align(style: Any) -> str:
    return _ALIGN[min(int(style.alignment), 2)]


def reading_align(text: str, style: Any) -> str:
    """How drawn `text` sits in `style`: as the style says, but flush right where the style is
    flush left and the text reads right to left."""
    align = _align(style)
    return "right" if align == "left" and paragraph_level(text) else align


def typed_text(text: str, style: Any, *, max_lines: int = 3) -> Any:
    """`text` in `style`: a Paragraph where DejaVu Sans alone sets it left to right, else a
    `ScriptText` of the style's size, weight and colour."""
    bold = is_bold(style)
    if not drawn(text, bold=bold):
        return Paragraph(para_text(text), style)
    words = ScriptText(
        text,
        style.fontSize,
        bold=bold,
        color=style.textColor,
        align=_align(style),
        max_lines=max_lines,
    )
    words.style = style  # space before and after, and keeping with the next, as a Paragraph
    return words


def typed_body(text: str, style: Any) -> Any:
    """Text of any length in `style`, its line breaks kept: a Paragraph where DejaVu Sans
    alone sets it left to right, else `ScriptLines`, set flush right when it reads right to
    left and the style is flush left."""
    bold = is_bold(style)
    if not drawn(text, bold=bold):
        return Paragraph(para_text(text), style)
    align = reading_align(text, style)
    lines = ScriptLines(text, style.fontSize, bold=bold, color=style.textColor, align=align)
    lines.style = style  # space before and after, and keeping with the next, as a Paragraph
    return lines


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


class ScriptLines(Flowable):  # type: ignore[misc]
    """`text` at `size` points on as many lines of the column as it takes; a page break may
    fall between any two of them."""

    def __init__(
        self,
        text: str,
        size: float = 9.5,
        *,
        bold: bool = False,
        color: Any = INK,
        align: str = "left",
        lines: Sequence[SetLine] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.bold = bold
        self.color = color
        self.align = align
        self._lines = tuple(lines) if lines is not None else None
        self._set_at: float | None = None  # the width the lines were filled to

    def __repr__(self) -> str:
        return f"ScriptLines({self.text!r})"

    def _part(self, lines: Sequence[SetLine]) -> ScriptLines:
        part = ScriptLines(
            self.text, self.size, bold=self.bold, color=self.color, align=self.align, lines=lines
        )
        if hasattr(self, "style"):
            part.style = self.style
        return part

    def _fill(self, width: float) -> tuple[SetLine, ...]:
        if self._lines is None or (self._set_at is not None and self._set_at != width):
            lines: list[SetLine] = []
            for paragraph in self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                filled = flow_lines(paragraph, width, self.size, bold=self.bold)
                lines += filled or (set_line("", self.bold),)  # a blank line stays blank
            self._lines, self._set_at = tuple(lines), width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._fill(max(avail_width, 1.0))
        self.width, self.height = avail_width, FittedText(lines, self.size).height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._fill(max(avail_width, 1.0))
        fits, used = 0, 0.0
        for line in lines:
            used += FittedText((line,), self.size).height
            if used > avail_height:
                break
            fits += 1
        if fits == 0:
            return []
        if fits == len(lines):
            return [self]
        return [self._part(lines[:fits]), self._part(lines[fits:])]

    def draw(self) -> None:
        fitted = FittedText(self._fill(max(self.width, 1.0)), self.size)
        draw_fitted(self.canv, fitted, 0, self.height, self.width, self.color, self.align)
