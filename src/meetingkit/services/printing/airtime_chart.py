"""Airtime by group on paper: per group, its share of the room over its share of speaking time.

"RNs are 55% of the room and had 20% of the time" must read on a black-and-white photocopy,
so the two bars differ in more than colour: the room share is an outlined, hatched bar, the
airtime share a solid one, each labelled with its percentage. Both sit on one scale with
gridlines, stretched to the largest share so that small groups do not shrink to slivers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus.flowables import Flowable  # type: ignore[import-untyped]

from meetingkit.core.airtime import GroupShare
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, translate
from meetingkit.core.percent import percent
from meetingkit.services.printing.card_text import draw_fitted, fit_text
from meetingkit.services.printing.document import INK, MUTED, RULE
from meetingkit.services.printing.fonts import register_fonts
from meetingkit.services.printing.page_breaks import ENDS, SHORT_SECTION

ROOM_LEGEND = QT_TRANSLATE_NOOP("Airtime chart", "share of the people in the room")
AIRTIME_LEGEND = QT_TRANSLATE_NOOP("Airtime chart", "share of speaking time")

NAME_WIDTH = 2.1 * inch
LABEL_WIDTH = 0.42 * inch  # "100%" after the longest bar
ROW = 27.0  # points per group
BAR = 8.0
BAR_GAP = 2.0
LEGEND = 20.0
AXIS = 14.0
SMALL = 8.0  # points: the least any label is set at, to read on a photocopy
HATCH = colors.HexColor("#8a8a8a")
SOLID = colors.HexColor("#2b2b2b")


def chart_scale(shares: Sequence[GroupShare]) -> float:
    """The share at the right end of the bars: the largest one, rounded up to a tenth."""
    top = max((max(s.room_share, s.airtime_share) for s in shares), default=1.0)
    return min(1.0, max(0.2, math.ceil(top * 10 - 1e-9) / 10))


class AirtimeChart(Flowable):  # type: ignore[misc]
    """Paired bars, one row per group; a long chart splits between rows across pages."""

    def __init__(
        self, shares: Sequence[GroupShare], *, scale: float | None = None, legend: bool = True
    ) -> None:
        super().__init__()
        self.shares = tuple(shares)
        self.scale = scale if scale is not None else chart_scale(self.shares)
        self.legend = legend

    def __repr__(self) -> str:
        return f"AirtimeChart({len(self.shares)} groups)"

    def _height(self, rows: int) -> float:
        return (LEGEND if self.legend else 0.0) + rows * ROW + AXIS

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self._height(len(self.shares))
        return self.width, self.height

    def may_split(self, page: float) -> bool:
        """Whether the chart may split on a page whose frame is `page` tall: as a long table
        may (page_breaks.py), when it is taller than a short section and has rows enough to
        leave two on either side of the break. A short one moves whole to the next page."""
        tall = self._height(len(self.shares)) > SHORT_SECTION * page
        return tall and len(self.shares) >= 2 * ENDS

    def lead_height(self) -> float:
        """What goes on a page with the heading above it, at least: the legend, two rows and
        the scale under them (page_breaks.py)."""
        return self._height(ENDS)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Between rows, two at least either side, where the chart is not short (`may_split`),
        rather than leave the rest of a page blank; the rest, under its legend again, on the
        next page, on the same scale. At the top of a page it cannot wholly fill, anywhere."""
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        rows = int((avail_height - self._height(0)) // ROW)
        if not at_top:
            if not self.may_split(getattr(frame, "_aH", 0.0)):
                return []
            rows = min(rows, len(self.shares) - ENDS)
            if rows < ENDS:
                return []
        if rows < 1 or rows >= len(self.shares):
            return []
        head = AirtimeChart(self.shares[:rows], scale=self.scale, legend=self.legend)
        rest = AirtimeChart(self.shares[rows:], scale=self.scale, legend=True)
        return [head, rest]

    def draw(self) -> None:
        canvas = self.canv
        font = register_fonts().regular
        bold = register_fonts().bold
        top = self.height
        if self.legend:
            self._legend(canvas, font, top)
            top -= LEGEND
        left = NAME_WIDTH
        span = self.width - NAME_WIDTH - LABEL_WIDTH
        bottom = top - len(self.shares) * ROW
        self._grid(canvas, font, left, span, top, bottom)
        for share in self.shares:
            name = fit_text(share.group, NAME_WIDTH - 8, 9, SMALL, max_lines=2, height=ROW - 2)
            draw_fitted(canvas, name, 0, top - (ROW - name.height) / 2, NAME_WIDTH - 8, INK)
            room_y = top - (ROW - 2 * BAR - BAR_GAP) / 2 - BAR
            air_y = room_y - BAR_GAP - BAR
            self._room_bar(canvas, left, room_y, span * share.room_share / self.scale)
            canvas.setFillColor(SOLID)
            canvas.rect(left, air_y, span * share.airtime_share / self.scale, BAR, 0, 1)
            for value, y, face, colour in (
                (share.room_share, room_y, font, MUTED),
                (share.airtime_share, air_y, bold, INK),
            ):
                canvas.setFont(face, SMALL)
                canvas.setFillColor(colour)
                x = left + span * value / self.scale + 3
                canvas.drawString(x, y + 1, percent(value))  # as the text rounds
            top -= ROW

    def _legend(self, canvas: Any, font: str, top: float) -> None:
        y = top - 12
        canvas.setFont(font, SMALL)
        x = 0.0
        for legend, room in ((ROOM_LEGEND, True), (AIRTIME_LEGEND, False)):
            text = translate("Airtime chart", legend)
            if room:
                self._room_bar(canvas, x, y, 16)
            else:
                canvas.setFillColor(SOLID)
                canvas.rect(x, y, 16, BAR, 0, 1)
            canvas.setFillColor(MUTED)
            canvas.drawString(x + 21, y + 1, text)
            x += 21 + canvas.stringWidth(text, font, SMALL) + 18

    def _grid(
        self, canvas: Any, font: str, left: float, span: float, top: float, bottom: float
    ) -> None:
        """Light vertical lines at each step of the scale, labelled under the last row."""
        step = 0.1 if self.scale <= 0.6 else 0.2
        canvas.setFont(font, SMALL)
        canvas.setLineWidth(0.4)
        ticks = round(self.scale / step)
        for k in range(ticks + 1):
            value = min(k * step, self.scale)
            x = left + span * value / self.scale
            canvas.setStrokeColor(INK if k == 0 else RULE)
            canvas.line(x, bottom, x, top)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(x, bottom - 9, f"{value:.0%}")

    @staticmethod
    def _room_bar(canvas: Any, x: float, y: float, width: float) -> None:
        """An outlined bar filled with thin diagonal lines: tells itself apart without colour."""
        if width <= 0:
            return
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, width, BAR, 0, 1)
        clip = canvas.beginPath()
        clip.rect(x, y, width, BAR)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setStrokeColor(HATCH)
        canvas.setLineWidth(0.5)
        offset = -BAR
        while offset < width:
            canvas.line(x + offset, y, x + offset + BAR, y + BAR)
            offset += 2.5
        canvas.restoreState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.rect(x, y, width, BAR, 1, 0)
