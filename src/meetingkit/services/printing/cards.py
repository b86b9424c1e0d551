"""Commitment cards, name badges and name tents as PDF, drawn straight onto a reportlab canvas.

No platypus story: a card's layout is worked out once for a whole print run and drawn once,
and each card adds only its name, card ID and QR code, so a thousand personalized cards take
a second or two. Every piece of text is fitted to its box (card_text.py) in a font that has its
script (scripts.py), and the file is written whole or not at all.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from meetingkit.core.card import CommitmentCard, NameBadge
from meetingkit.core.card_layout import CARD_LAYOUT_NAMES, LAYOUTS, CardLayout, Rect
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.file_output import replace_file
from meetingkit.services.printing.card_text import clean
from meetingkit.services.printing.commitment_card import DASH, CardPrinter, Line, draw_ops
from meetingkit.services.printing.document import INK
from meetingkit.services.printing.fonts import register_fonts
from meetingkit.services.printing.name_face import BADGE, TENT, draw_face

Item = TypeVar("Item")


def write_cards(out: Path, cards: Sequence[CommitmentCard], layout: str = "index") -> None:
    """Write `cards` in the order given, on sheets of `layout` (one of CARD_LAYOUT_NAMES)."""
    if layout not in CARD_LAYOUT_NAMES:
        raise ValidationError(
            fill(
                translate("Cards", "There is no card layout “%1”. Choose one of: %2."),
                layout,
                ", ".join(CARD_LAYOUT_NAMES),
            )
        )
    nothing = translate("Cards", "There are no cards to print.")
    sheet = LAYOUTS[layout]
    title = translate("Cards", "Commitment cards — %1")
    sheets = _Sheets(sheet, fill(title, clean(cards[0].meeting_title)) if cards else "")
    printer = CardPrinter(sheets.canvas, layout)
    for cell, card in sheets.fill(_some(cards, nothing)):
        printer.draw(card, sheet.content_box(cell))
    replace_file(out, sheets.pdf())


def write_badges(out: Path, badges: Sequence[NameBadge]) -> None:
    """Write name badges on Avery 5395 label sheets, eight to a page."""
    sheet = LAYOUTS["badge"]
    sheets = _Sheets(sheet, _title(translate("Cards", "Name badges"), badges))
    nothing = translate("Cards", "There are no badges to print.")
    for cell, badge in sheets.fill(_some(badges, nothing)):
        draw_face(sheets.canvas, badge, sheet.content_box(cell), BADGE)
    replace_file(out, sheets.pdf())


def write_tents(out: Path, tents: Sequence[NameBadge]) -> None:
    """Write name tents on Avery 5305 sheets, two to a page: each face twice, the upper one
    upside down, so that folded along the dashed line the name reads from both sides."""
    sheet = LAYOUTS["tent"]
    sheets = _Sheets(sheet, _title(translate("Cards", "Name tents"), tents))
    canvas = sheets.canvas
    nothing = translate("Cards", "There are no name tents to print.")
    for cell, tent in sheets.fill(_some(tents, nothing)):
        lower, upper = sheet.faces(cell)
        draw_face(canvas, tent, sheet.content_box(lower), TENT)
        box = sheet.content_box(upper)
        canvas.saveState()
        canvas.translate(box.x + box.width / 2, box.y + box.height / 2)  # turn about its middle
        canvas.rotate(180)
        canvas.translate(-box.x - box.width / 2, -box.y - box.height / 2)
        draw_face(canvas, tent, box, TENT)
        canvas.restoreState()
        printable = sheet.printable
        draw_ops(canvas, [Line(printable.x, lower.top, printable.right, lower.top, DASH)])
    replace_file(out, sheets.pdf())


def _some(items: Sequence[Item], nothing: str) -> Sequence[Item]:
    """`items`, or `ValidationError(nothing)` when there are none."""
    if not items:
        raise ValidationError(nothing)
    return items


def _title(kind: str, badges: Sequence[NameBadge]) -> str:
    event = clean(badges[0].event) if badges else ""
    return f"{kind} — {event}" if event else kind


class _Sheets:
    """A PDF of sheets of one layout, filled cell by cell, in memory until it is whole."""

    def __init__(self, sheet: CardLayout, title: str) -> None:
        self.sheet = sheet
        self._buffer = io.BytesIO()
        self.canvas = Canvas(
            self._buffer,
            pagesize=sheet.page_size,
            pageCompression=1,
            initialFontName=register_fonts().regular,  # or the PDF lists an unembedded Helvetica
        )
        self.canvas.setTitle(title)
        self.canvas.setAuthor("")
        self.canvas.setSubject("")
        self.canvas.setCreator("meetingkit")

    def fill(self, items: Sequence[Item]) -> Iterator[tuple[Rect, Item]]:
        """Each item with its cell, starting a new sheet when the cells run out."""
        for n, item in enumerate(items):
            slot = n % self.sheet.per_page
            if slot == 0:
                if n:
                    self.canvas.showPage()
                self._crop_marks()
            yield self.sheet.cells[slot], item

    def _crop_marks(self) -> None:
        self.canvas.setStrokeColor(INK)
        self.canvas.setLineWidth(0.5)
        self.canvas.setDash()
        for x0, y0, x1, y1 in self.sheet.crop_mark_segments():
            self.canvas.line(x0, y0, x1, y1)

    def pdf(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()
