"""Typed text in a flowing PDF, whatever its script: names, titles, notes and minutes.

reportlab's Paragraph sets text in one font, left to right, so a name in Arabic, Devanagari or
Chinese would print as boxes (or backwards). `ScriptText` sets it the way cards and badges do
(card_text.py, scripts.py): each letter in a bundled font that has it, shaped and in reading
order, wrapped onto a few balanced lines of its column and cut short with "…" only past those.
Being drawn, not marked up, the text needs no escaping: `<b>` prints as the three characters
it is. `typed_text` picks between the two, so the usual Latin, Greek or Cyrillic name stays an
ordinary (escaped) Paragraph that wraps and aligns like the text around it. `typed_body` does
the same for text of any length (notes, minutes, a decision), bulleted if need be: `ItemLines`
fills as many lines as it takes, keeps the typed line breaks, splits across pages and is set in
and bulleted as the Paragraph would be. `titled` sets a title with a small aside after it.

Drawn text shares a Paragraph's first baseline, its size below the top, whatever its fonts
reach above it: an Arabic title beside a Latin time in a table's row sits on the same line.

Each line of `ScriptText` is put in reading order on its own, as on a card. UAX #9 resolves
the whole paragraph first; that only differs for a line that starts with a word of the other
direction. `ScriptLines` does resolve each typed paragraph's direction first, so the second
line of an English sentence with an Arabic question in it reads left to right too.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
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


def typed_body(text: str, style: Any, *, bullet: str | None = None) -> Any:
    """Text of any length in `style`, its line breaks kept, with `bullet` (if any) before it:
    a Paragraph where DejaVu Sans alone sets it left to right, else `ItemLines`, set in and
    bulleted as the Paragraph would be, and flush right when it reads right to left and the
    style is flush left."""
    if not drawn(text, bold=is_bold(style)):
        return Paragraph(para_text(text), style, bulletText=bullet)
    return ItemLines(text, style, bullet)


def titled(
    text: str, aside: str, style: Any, gap: str = "&nbsp;&nbsp;", *, bold: bool = False
) -> list[Any]:
    """`text` (in bold, if `bold`) in `style`, then `aside` (markup, escaped already: grey
    words such as an item's kind or a module's minutes) after `gap`. Where `text` is drawn
    letter by letter, the aside goes on the line below it, on the side the text starts from."""
    weight = bold or is_bold(style)
    if not drawn(text, bold=weight):
        markup = f"<b>{para_text(text)}</b>" if bold else para_text(text)
        return [Paragraph(f"{markup}{gap}{aside}" if aside else markup, style)]
    words = ItemLines(text, style, bold=weight)
    if not aside:
        return [words]
    return [words, Paragraph(aside, _aside_style(style, right=words.rtl))]


@functools.lru_cache(maxsize=64)  # each document makes its own styles: keep only the last few
def _aside_style(style: Any, *, right: bool) -> Any:
    """`style` for the line under a drawn title: close under it, flush right under one that
    reads right to left."""
    changes: dict[str, Any] = {"spaceBefore": 0, "leading": style.fontSize}
    if right and _align(style) == "left":
        changes["alignment"] = TA_RIGHT
    return ParagraphStyle(f"{style.name}+aside", parent=style, **changes)


def _lift(fitted: FittedText) -> float:
    """How much higher `fitted` is drawn than its lines' own spacing puts it, so that its first
    baseline is where a Paragraph of its size puts one: its size below the top. An Arabic
    font reaches far above its letters, for stacked marks; DejaVu Sans a little less far than
    a Paragraph allows (the lift is then below zero)."""
    return fitted.baselines()[0] - fitted.size if fitted.lines else 0.0


def _height(fitted: FittedText) -> float:
    """The room `fitted` takes, drawn lifted: no more above its first baseline than a
    Paragraph's first line takes (the marks stacked over an Arabic letter may reach into the
    space above, as a Paragraph's accents do); below its last one, all its fonts reach."""
    return fitted.height - max(_lift(fitted), 0.0)


class _Script(Flowable):  # type: ignore[misc]
    """Text in any script, drawn line by line: what ScriptText and ScriptLines share."""

    def __init__(self, text: str, size: float, *, bold: bool, color: Any, align: str) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.bold = bold
        self.color = color
        self.align = align


class ScriptText(_Script):
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
        super().__init__(text, size, bold=bold, color=color, align=align)
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
        self.width, self.height = avail_width, _height(fitted)
        return self.width, self.height

    def draw(self) -> None:
        if self._fitted is not None:
            top = self.height + _lift(self._fitted)
            draw_fitted(self.canv, self._fitted, 0, top, self.width, self.color, self.align)


class ScriptLines(_Script):
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
        super().__init__(text, size, bold=bold, color=color, align=align)
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

    def _room(self, avail_width: float) -> float:
        """How wide the lines are in a column `avail_width` wide."""
        return max(avail_width, 1.0)

    def _fill(self, width: float) -> tuple[SetLine, ...]:
        if self._lines is None or (self._set_at is not None and self._set_at != width):
            lines: list[SetLine] = []
            for paragraph in self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                level = paragraph_level(paragraph)  # every line of it reads its way
                filled = flow_lines(paragraph, width, self.size, bold=self.bold, base=level)
                lines += filled or (set_line("", self.bold),)  # a blank line stays blank
            self._lines, self._set_at = tuple(lines), width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._fill(self._room(avail_width))
        self.width, self.height = avail_width, _height(FittedText(lines, self.size))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._fill(self._room(avail_width))
        fits, used = 0, 0.0
        for line in lines:
            alone = FittedText((line,), self.size)
            used += _height(alone) if fits == 0 else alone.height  # lifted, as wrap has it
            if used > avail_height:
                break
            fits += 1
        if fits == 0:
            return []
        if fits == len(lines):
            return [self]
        return [self._part(lines[:fits]), self._part(lines[fits:])]

    def draw(self) -> None:
        self._draw_lines(0.0)

    def _draw_lines(self, x: float) -> float | None:
        """Draw the lines from `x`, as wide as `_room` makes them; return the first baseline's
        height (None where there are no lines)."""
        fitted = FittedText(self._fill(self._room(self.width)), self.size)
        top = self.height + _lift(fitted)
        draw_fitted(self.canv, fitted, x, top, self._room(self.width), self.color, self.align)
        return top - fitted.baselines()[0] if fitted.lines else None


class ItemLines(ScriptLines):
    """Drawn text (`ScriptLines`) set in as a Paragraph of `style` is, by its left and right
    indents, with `bullet` (if any) at its bullet indent on the first line's baseline; a bullet
    wider than the left indent pushes the text along, as it pushes a Paragraph's first line
    (the lines after it line up under it). Text that reads right to left is mirrored: flush
    right, set in from the right, its bullet on the right. A bulleted one is an item of a list
    (page_breaks.py), as a bulleted Paragraph is."""

    def __init__(
        self,
        text: str,
        style: Any,
        bullet: str | None = None,
        *,
        bold: bool | None = None,
        lines: Sequence[SetLine] | None = None,
        indent: float | None = None,
    ) -> None:
        self.rtl = bool(paragraph_level(text))
        super().__init__(
            text,
            style.fontSize,
            bold=is_bold(style) if bold is None else bold,
            color=style.textColor,
            align=reading_align(text, style),
            lines=lines,
        )
        self.style = style  # space before and after, and keeping with the next, as a Paragraph
        self.bullet = bullet
        self.indent = text_indent(style, bullet) if indent is None else indent  # where lines start
        if bullet:
            self.list_item = True

    def __repr__(self) -> str:
        return f"ItemLines({self.text!r})"

    def _room(self, avail_width: float) -> float:
        return max(float(avail_width - self.indent - self.style.rightIndent), 1.0)

    def _part(self, lines: Sequence[SetLine]) -> ItemLines:
        part = ItemLines(
            self.text, self.style, self.bullet, bold=self.bold, lines=lines, indent=self.indent
        )
        part.list_item = getattr(self, "list_item", False)
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        if len(parts) == 2:
            parts[1].bullet = None  # the rest of the item, on the next page
        return parts

    def draw(self) -> None:
        style = self.style
        baseline = self._draw_lines(style.rightIndent if self.rtl else self.indent)
        if not self.bullet or baseline is None:
            return
        font, size = style.bulletFontName, style.bulletFontSize
        if self.rtl:
            x = self.width - style.bulletIndent - stringWidth(self.bullet, font, size)
        else:
            x = style.bulletIndent
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(getattr(style, "bulletColor", style.textColor))
        canvas.drawString(x, baseline, self.bullet)
        canvas.restoreState()


def text_indent(style: Any, bullet: str | None) -> float:
    """Where a Paragraph of `style` with `bullet` starts the text of its first line: at its
    left indent, or past the bullet and a little more where the bullet reaches further
    (reportlab's rule)."""
    indent = float(style.leftIndent)
    if not bullet:
        return indent
    size = float(style.bulletFontSize)
    width = float(stringWidth(bullet, style.bulletFontName, size))
    return max(indent, float(style.bulletIndent) + width + 0.6 * size)
