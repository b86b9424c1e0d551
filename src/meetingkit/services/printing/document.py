"""A printed document's page: Letter with 0.75-inch margins, a footer with page numbers, the
bundled font throughout, and a file written whole or not at all.

Pages are numbered through the document ("page 2 of 5"), or, where the story marks parts with
`NumberedPart` (the handouts, photocopied one at a time), through each part on its own."""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import LETTER  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from meetingkit.core.i18n import fill, long_date, translate
from meetingkit.services.file_output import replace_file
from meetingkit.services.printing.fonts import register_fonts
from meetingkit.services.printing.page_breaks import arrange

MARGIN = 0.75 * inch
FOOTER_BASELINE = 0.5 * inch  # inside the bottom margin, clear of printers' unprintable edge
WIDTH = LETTER[0] - 2 * MARGIN  # 7 inches of text
MUTED_HEX = "#6b6b6b"
MUTED = colors.HexColor(MUTED_HEX)
INK = colors.HexColor("#1f1f1f")
RULE = colors.HexColor("#c9c9c9")
SHADE = colors.HexColor("#f1f1f1")


class NumberedPart(Flowable):  # type: ignore[misc]
    """Takes no room and draws nothing: the page it falls on (put it first on a new page)
    starts a part of the document numbered on its own, "page 1 of 2" within the part, up to
    the next part."""

    def __repr__(self) -> str:
        return "NumberedPart()"

    def frameAction(self, frame: Any) -> None:  # the frame's own hook: no room, no space
        start = getattr(self.canv, "start_numbered_part", None)
        if start is not None:  # not when pages are only counted (page_count)
            start()


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the count is known, so each footer can say "page 1 of 2"."""

    def __init__(self, *args: Any, footer: str, page_of: str, font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_of = page_of  # "page %1 of %2", in the document's language
        self._font = font
        self._held: list[dict[str, Any]] = []
        self._part_starts = {0}  # the pages (from 0) that start a part numbered on its own

    def start_numbered_part(self) -> None:
        """The page being drawn starts a part numbered on its own (`NumberedPart`)."""
        self._part_starts.add(len(self._held))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        starts = sorted(self._part_starts | {len(self._held)})
        for page, state in enumerate(self._held):
            first = max(start for start in starts if start <= page)
            end = min(start for start in starts if start > page)
            self.__dict__.update(state)
            self.setFont(self._font, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, FOOTER_BASELINE, self._footer)
            self.drawRightString(  # the page's own width: portrait or landscape
                self._pagesize[0] - MARGIN,
                FOOTER_BASELINE,
                fill(self._page_of, page - first + 1, end - first),
            )
            super().showPage()
        super().save()


def write_story(
    out: Path,
    title: str,
    story: list[Any],
    pagesize: tuple[float, float] = LETTER,
    *,
    footer_note: str = "",
    on_page: Callable[[Any, Any], None] | None = None,
) -> None:
    """Render in memory, then replace `out` in one step: a failure leaves no half-written PDF.

    Where pages may break is page_breaks.py's to decide: headings stay with what follows.
    `pagesize` may be turned, e.g. `reportlab.lib.pagesizes.landscape(LETTER)`.
    `footer_note` goes first in every page's footer; `on_page(canvas, doc)` draws on every
    page (a mark such as "facilitator copy").
    """
    buffer = io.BytesIO()
    font = register_fonts().regular
    today = long_date(dt.date.today())
    footer = fill(translate("Printed page", "meetingkit · printed %1"), today)
    if footer_note:
        footer = f"{footer_note} · {footer}"
    page_of = translate("Printed page", "page %1 of %2")
    _document(buffer, title, pagesize, on_page).build(
        arrange(story),
        canvasmaker=functools.partial(_FooterCanvas, footer=footer, page_of=page_of, font=font),
    )
    replace_file(out, buffer.getvalue())


def page_count(story: list[Any], pagesize: tuple[float, float] = LETTER) -> int:
    """How many pages `story` takes, laid out as `write_story` lays it out (footers take no
    room from the text). Its flowables are spent: build a fresh story to print."""
    doc = _document(io.BytesIO(), "", pagesize, None)
    doc.build(arrange(story))
    return int(doc.page)


def _document(
    buffer: io.BytesIO,
    title: str,
    pagesize: tuple[float, float],
    on_page: Callable[[Any, Any], None] | None,
) -> Any:
    """The page: one frame inside the margins, `on_page` drawn on each."""
    # The canvas's initial font too, or every PDF lists an unembedded Helvetica.
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        initialFontName=register_fonts().regular,
        title=title,
        author="",
        subject="",
        creator="meetingkit",
    )
    # No frame padding: text, tables and footer all line up on the 0.75-inch margin.
    no_padding = dict.fromkeys(("leftPadding", "rightPadding", "topPadding", "bottomPadding"), 0)
    width, height = pagesize
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, **no_padding)
    template = (
        PageTemplate(frames=[frame], onPage=on_page) if on_page else PageTemplate(frames=[frame])
    )
    doc.addPageTemplates([template])
    return doc
