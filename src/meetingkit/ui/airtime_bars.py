"""Airtime by group next to presence in the room: one row per group, two bars each.

"RNs are 55% of the room and had 20% of the time" is the question the room asks (DOMAIN.md),
so each group shows its share of the people present (a neutral bar) above its share of
speaking time (a stronger bar), both on the same 0–100% scale. A group speaking well beyond
its room share gets an amber bar: visible, not alarming, as coworkers are watching.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from meetingkit.core.airtime import GroupShare
from meetingkit.core.airtime_equity import shown_group, well_beyond
from meetingkit.core.i18n import fill
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.tones import is_high_contrast, tones

LARGE_FACTOR = 1.5
MIN_UNIT_PX = 9.0
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NAME_HEIGHT = 2.9
"""A group's name may take this many units of its 3.15-unit row: two lines of bold type
("Spanish / speaking"), which at 2.6 units did not fit and were cut to "Spanish spe…"."""
NAME_SHARE = 0.32  # of the chart's width for the names' column, where a longer name wraps…
BARS_SHARE = 0.22  # …and where names need more, the bars still keep this much of it,
BARS_UNITS = 4.0  # and never fewer units
NAME_GAP = 0.8  # units between the names' column and the bars, with room to spare
SMALLEST_NAME = 0.8  # a name that does not fit even then: its type this much smaller first


class _Layout(NamedTuple):
    area: QRectF
    unit: float
    compact: bool  # every group's row folded onto one line
    top: float  # of the legend
    needed: float  # the chart's height
    rows_top: float
    shown: tuple[GroupShare, ...]  # the groups with a row, in their order
    hidden: tuple[GroupShare, ...]  # counted on the "+N more" line (keep_readable)


@dataclass(frozen=True)
class _Colours:
    text: QColor
    muted: QColor
    track: QColor
    room: QColor
    airtime: QColor
    over: QColor


def _colours(palette: QPalette) -> _Colours:
    """Bar colours that read on the palette's background: a light or dark panel, the
    projector, or high contrast (where the empty track is drawn plainer)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setAlphaF(0.75)
    track = QColor(text)
    track.setAlphaF(0.2 if is_high_contrast(palette) else 0.08)
    shown = tones(palette)
    return _Colours(text, muted, track, shown.bar_neutral, shown.bar_strong, shown.bar_over)


def share_text(share: GroupShare) -> str:
    """One group in words, for screen readers: 'RN — room 55% · airtime 20%'."""
    return fill(
        QCoreApplication.translate("AirtimeBars", "%1 — room %2 · airtime %3"),
        shown_group(share.group),
        f"{share.room_share:.0%}",
        f"{share.airtime_share:.0%}",
    )


def group_label(group: str) -> str:
    """The short name a room uses: "Registered nurse (RN)" -> "RN"; others as given (the
    app's own groups, such as "Not given", in the app's language)."""
    group = shown_group(group)
    if group.endswith(")") and "(" in group:
        short = group[group.rindex("(") + 1 : -1].strip()
        if 0 < len(short) <= 8:
            return short
    return group


def _drawn(shares: Sequence[GroupShare]) -> tuple[tuple[str, int, int, int, bool], ...]:
    """What the widget shows of the shares: whole percents, as the labels print them."""
    return tuple(
        (
            s.group,
            s.people_present,
            round(s.room_share * 100),
            round(s.airtime_share * 100),
            speaks_beyond_room(s),
        )
        for s in shares
    )


def speaks_beyond_room(share: GroupShare) -> bool:
    """Amber: the report's own rule for "spoke well beyond its share of the room"."""
    return well_beyond(share)


def _font(base: QFont, px: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


class AirtimeBars(QWidget):
    """Bars per group; paints only what `set_shares` last gave it (it keeps no time).

    Every measure is a multiple of `unit`, the pixel size of the row text. When the rows do
    not fit, the unit shrinks; with many groups each row folds onto one line (both bars
    stacked thin, "55% · 20%") so fifteen groups still read from the back of the room.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: tuple[GroupShare, ...] = ()
        self._large = False
        self._least: float | None = None  # keep_readable: the smallest type, of the widget's
        self._least_rows = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Airtime by group"))
        self.setAccessibleDescription(self.empty_text())

    def empty_text(self) -> str:
        return self.tr("No airtime yet.")

    # Feeding

    def set_shares(self, shares: Sequence[GroupShare]) -> None:
        shares = tuple(shares)
        # Compare what is drawn, not the exact floats, which move on every tick of a live
        # turn: a repaint costs milliseconds on a projector; a change under 1% shows nothing.
        if _drawn(shares) == _drawn(self._shares):
            self._shares = shares
            return
        hint = self.sizeHint()
        self._shares = shares
        self.setAccessibleDescription(
            "\n".join(share_text(s) for s in shares) if shares else self.empty_text()
        )
        if self.sizeHint() != hint:  # more rows, or the amber line joined the legend
            self.updateGeometry()
        self.update()

    def shares(self) -> tuple[GroupShare, ...]:
        return self._shares

    def set_large(self, large: bool) -> None:
        """Projector mode: bigger type and thicker bars, read from the back of a room."""
        if large != self._large:
            self._large = large
            self.updateGeometry()
            self.update()

    def is_large(self) -> bool:
        return self._large

    def keep_readable(self, least: float, rows: int = 4) -> None:
        """On the facilitator's screen: the type never smaller than `least` times the
        widget's own (the app's small text), and at least `rows` groups in view. Groups that
        do not fit then are counted on a last line, "+3 more groups", with an amber one kept
        in view, instead of every row shrunk to a few pixels or the last one cut off."""
        self._least = least
        self._least_rows = rows
        self.updateGeometry()
        self.update()

    # Geometry

    def _base_unit(self) -> float:
        px = float(QFontInfo(self.font()).pixelSize())
        return max(px * LARGE_FACTOR, 18.0) if self._large else px

    def _legend(self) -> list[tuple[str, str]]:
        """(colour key, text); amber is explained only when some group is amber."""
        entries = [("room", self.tr("share of the room")), ("airtime", self.tr("share of airtime"))]
        if any(speaks_beyond_room(s) for s in self._shares):
            entries.append(("over", self.tr("well above its room share")))
        return entries

    def _legend_lines(self, width: float, unit: float) -> list[list[tuple[str, str]]]:
        """The legend flowed onto as many lines as the width needs."""
        metrics = QFontMetricsF(_font(self.font(), unit * 0.85))
        lines: list[list[tuple[str, str]]] = [[]]
        x = 0.0
        for entry in self._legend():
            wide = unit * 2.0 + metrics.horizontalAdvance(entry[1])
            if lines[-1] and x + wide > width:
                lines.append([])
                x = 0.0
            lines[-1].append(entry)
            x += wide + unit
        return lines

    @staticmethod
    def _row_height(unit: float, compact: bool) -> float:
        return unit * (1.5 if compact else 3.15)

    def _legend_height(self, width: float, unit: float) -> float:
        return len(self._legend_lines(width, unit)) * unit * 1.3 + unit * 0.7

    def _needed(self, unit: float, compact: bool, width: float, rows: int | None = None) -> float:
        """The chart's height with `rows` rows (the "+N more" line is one), or every group's."""
        if not self._shares:
            return unit * 2.0
        legend = self._legend_height(width, unit)
        return legend + (len(self._shares) if rows is None else rows) * self._row_height(
            unit, compact
        )

    def _smallest_unit(self) -> float:
        if self._least is None:
            return MIN_UNIT_PX
        return max(MIN_UNIT_PX, self._base_unit() * self._least)

    def _rows_shown(self, unit: float, compact: bool, width: float, height: float) -> int:
        """How many groups keep a row: all, unless keep_readable is on and they do not fit;
        then as many as fit above the "+N more" line."""
        count = len(self._shares)
        if self._least is None or self._needed(unit, compact, width) <= height + 0.5:
            return count
        room = height - self._legend_height(width, unit)
        rows = math.floor(room / self._row_height(unit, compact) + 1e-6) - 1
        return max(0, min(count - 1, rows))

    def _split(self, count: int) -> tuple[tuple[GroupShare, ...], tuple[GroupShare, ...]]:
        """The `count` groups that keep a row, in their order: a group in amber first (what
        the facilitator must not miss), then the largest; and the others."""
        if count >= len(self._shares):
            return self._shares, ()
        order = sorted(
            range(len(self._shares)), key=lambda n: (not speaks_beyond_room(self._shares[n]), n)
        )
        kept = set(order[:count])
        return (
            tuple(s for n, s in enumerate(self._shares) if n in kept),
            tuple(s for n, s in enumerate(self._shares) if n not in kept),
        )

    def _fit(self, width: float, height: float) -> tuple[float, bool]:
        """The largest unit that fits, and whether rows fold onto one line to get it."""
        unit = self._base_unit()
        full = self._needed(unit, False, width)
        if full <= height or height <= 0:
            return unit, False
        full_unit = unit * height / full
        compact_unit = min(unit, unit * height / self._needed(unit, True, width))
        least = self._smallest_unit()
        readable = self._least is not None and full_unit < least  # fold before going smaller
        if compact_unit > full_unit * 1.2 or readable:
            return max(least, compact_unit), True
        return max(least, full_unit), False

    def sizeHint(self) -> QSize:
        unit = self._base_unit()
        width = unit * 30
        return QSize(round(width), round(self._needed(unit, False, width) + unit))

    def minimumSizeHint(self) -> QSize:
        """As narrow as 16 units; as short as every group folded onto one line at the
        smallest type: a layout may shrink the chart, never push a group out of it."""
        unit = self._base_unit()
        width = unit * 16
        least = self._smallest_unit()
        rows = None  # every group
        if self._least is not None and len(self._shares) > self._least_rows + 1:
            rows = self._least_rows + 1  # and the "+N more" line
        return QSize(round(width), round(self._needed(least, True, width, rows) + least))

    def _layout(self) -> _Layout:
        """Where everything goes, for painting and for finding the row under the pointer."""
        area = QRectF(self.contentsRect())
        unit, compact = self._fit(area.width(), area.height())
        shown, hidden = self._split(self._rows_shown(unit, compact, area.width(), area.height()))
        rows = len(shown) + (1 if hidden else 0)
        needed = self._needed(unit, compact, area.width(), rows)
        top = area.top() + max(0.0, (area.height() - needed) / 2)  # centred in the height
        rows_top = top + self._legend_height(area.width(), unit)
        return _Layout(area, unit, compact, top, needed, rows_top, shown, hidden)

    def hidden_shares(self) -> tuple[GroupShare, ...]:
        """The groups counted on the "+N more" line as the chart is now (keep_readable)."""
        return self._layout().hidden

    def share_at(self, y: float) -> GroupShare | None:
        """The group whose row is at height `y`, or None."""
        at = self._layout()
        row = math.floor((y - at.rows_top) / self._row_height(at.unit, at.compact))
        return at.shown[row] if 0 <= row < len(at.shown) else None

    def _more_at(self, y: float) -> tuple[GroupShare, ...]:
        """The groups of the "+N more" line, if it is at height `y`."""
        at = self._layout()
        row = math.floor((y - at.rows_top) / self._row_height(at.unit, at.compact))
        return at.hidden if at.hidden and row == len(at.shown) else ()

    def event(self, event: QEvent) -> bool:
        """Hovering a row shows its group's whole name and shares: a long name is cut
        short in a narrow chart ("Auxiliar de salud en el ho…")."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            share = self.share_at(event.pos().y())
            more = self._more_at(event.pos().y())
            if share is not None:
                QToolTip.showText(event.globalPos(), plain_tip(share_text(share)), self)
            elif more:
                tip = plain_tip("\n".join(map(share_text, more)))
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = _colours(self.palette())
        area, unit, compact, top, needed, y, shown, hidden = self._layout()
        if not self._shares:
            painter.setFont(_font(self.font(), unit))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(area.left(), top, area.width(), needed), LEFT_MIDDLE, self.empty_text()
            )
            painter.end()
            return
        self._paint_legend(painter, colours, area, top, unit)
        name_font = _font(self.font(), unit, bold=True)
        value_font = _font(self.font(), unit * 0.85)
        name_width = self.name_column(area.width(), unit, compact, shown)
        value_width = self._value_width(unit, compact)
        bars = QRectF(
            area.left() + name_width, 0, max(unit, area.width() - name_width - value_width), 0
        )
        row_height = self._row_height(unit, compact)
        for share in shown:
            row = QRectF(area.left(), y, area.width(), row_height)
            name_rect = QRectF(
                row.left(), y, name_width - unit * 0.5, unit * (1.2 if compact else NAME_HEIGHT)
            )
            painter.setPen(colours.text)
            name = _set_name(name_font, group_label(share.group), name_rect, wrap=not compact)
            painter.setFont(name.font)
            painter.drawText(name_rect, name.flags, name.text)
            painter.setFont(value_font)
            paint = self._paint_compact_row if compact else self._paint_full_row
            paint(painter, share, colours, row, bars, unit)
            y += row_height
        if hidden:
            self._paint_more(painter, colours, hidden, QRectF(area.left(), y, area.width(), unit))
        painter.end()

    def names_as_set(self) -> list[tuple[str, float]]:
        """Each row's name as it is painted now, and its type's size in units: "Hispanohab…"
        where it was cut short, 0.8 where it was set smaller to fit."""
        area, unit, compact, *_, shown, _hidden = self._layout()
        font = _font(self.font(), unit, bold=True)
        width = self.name_column(area.width(), unit, compact, shown) - unit * 0.5
        rect = QRectF(0, 0, width, unit * (1.2 if compact else NAME_HEIGHT))
        set_names = (_set_name(font, group_label(s.group), rect, wrap=not compact) for s in shown)
        return [(n.text, n.font.pixelSize() / unit) for n in set_names]

    def more_text(self, hidden: int) -> str:
        return self.tr("+%n more groups", "", hidden)

    def _paint_more(
        self,
        painter: QPainter,
        colours: _Colours,
        hidden: Sequence[GroupShare],
        line: QRectF,
    ) -> None:
        """The groups without a row, counted; in amber if one of them is (more groups in
        amber than rows); their shares show on hovering it, and to a screen reader."""
        painter.setFont(_font(self.font(), line.height() * 0.85))
        beyond = any(speaks_beyond_room(s) for s in hidden)
        painter.setPen(colours.over if beyond else colours.muted)
        painter.drawText(line, LEFT_MIDDLE, self.more_text(len(hidden)))

    def _value_width(self, unit: float, compact: bool) -> float:
        """The width of the values after the bars ("airtime 100%", or "100% · 100%")."""
        sample = "100% · 100%" if compact else fill(self.tr("airtime %1"), "100%")
        return QFontMetricsF(_font(self.font(), unit * 0.85)).horizontalAdvance(sample) + unit * 0.6

    def name_column(
        self, width: float, unit: float, compact: bool, shown: Sequence[GroupShare] | None = None
    ) -> float:
        """How wide the names' column is in a chart `width` wide. Where rows have two lines,
        the longest name on one line up to NAME_SHARE of the width, a longer one wrapping
        onto its second line; wider where a name needs it to fit on two ("Hispanohablantes",
        a word that cannot wrap). Folded rows have one line: as wide as the longest name.
        Either way only as wide as leaves the bars BARS_SHARE of the width: a name longer
        still is set smaller, then cut short (its tooltip says it whole). Only the `shown`
        groups' names count (those of the "+N more" line are not drawn); every group's if
        None."""
        metrics = QFontMetricsF(_font(self.font(), unit, bold=True))
        padding = unit * NAME_GAP
        names = [group_label(s.group) for s in (self._shares if shown is None else shown)]
        longest = max((metrics.horizontalAdvance(n) for n in names), default=0.0)
        bars = max(unit * BARS_UNITS, width * BARS_SHARE)
        most = max(width * NAME_SHARE, width - self._value_width(unit, compact) - bars)
        if compact:
            return min(most, longest + padding)
        column = min(width * NAME_SHARE, longest + padding)
        two_lines = max((_two_lines(metrics, n) for n in names), default=0.0)
        return max(column, min(most, two_lines + padding))

    def width_for_names(self) -> float:
        """The narrowest chart in which every group's name shows whole in full-size type by
        `name_column`'s rule, the bars and their values keeping their room: what a window
        that can spare the width gives the chart (the projector beside the floor, where
        "Hispanohablantes", one word, was cut short at 1024×768). At the type the chart has
        at its present height; 0 without groups."""
        if not self._shares:
            return 0.0
        area = QRectF(self.contentsRect())
        unit, compact = self._fit(area.width(), area.height())
        shown, _hidden = self._split(self._rows_shown(unit, compact, area.width(), area.height()))
        metrics = QFontMetricsF(_font(self.font(), unit, bold=True))
        names = [group_label(s.group) for s in shown]
        lines = metrics.horizontalAdvance if compact else lambda n: _two_lines(metrics, n)
        needed = max(lines(n) for n in names) + unit * NAME_GAP
        values = self._value_width(unit, compact)
        # name_column's `most` reaches `needed`: the names' share, or all the bars leave
        beside_bars = max(needed + values + unit * BARS_UNITS, (needed + values) / (1 - BARS_SHARE))
        return min(needed / NAME_SHARE, beside_bars)

    def _paint_legend(
        self, painter: QPainter, colours: _Colours, area: QRectF, top: float, unit: float
    ) -> None:
        """Draw the legend from `top` (the rows begin `_legend_height` below it)."""
        painter.setFont(_font(self.font(), unit * 0.85))
        metrics = QFontMetricsF(painter.font())
        swatches = {"room": colours.room, "airtime": colours.airtime, "over": colours.over}
        y = top
        for line in self._legend_lines(area.width(), unit):
            x = area.left()
            for key, text in line:
                painter.fillRect(QRectF(x, y + unit * 0.3, unit * 1.5, unit * 0.7), swatches[key])
                x += unit * 2.0
                painter.setPen(colours.muted)
                painter.drawText(QRectF(x, y, area.right() - x, unit * 1.3), LEFT_MIDDLE, text)
                x += metrics.horizontalAdvance(text) + unit
            y += unit * 1.3

    def _paint_full_row(
        self,
        painter: QPainter,
        share: GroupShare,
        colours: _Colours,
        row: QRectF,
        bars: QRectF,
        unit: float,
    ) -> None:
        """Two lines: the room bar with "room 55%", the airtime bar with "airtime 20%"."""
        beyond = speaks_beyond_room(share)
        lines = (
            (share.room_share, colours.room, colours.muted, self.tr("room %1")),
            (
                share.airtime_share,
                colours.over if beyond else colours.airtime,
                colours.over if beyond else colours.text,
                self.tr("airtime %1"),
            ),
        )
        line_height = unit * 1.3
        thickness = unit * (0.9 if self._large else 0.75)
        for n, (value, bar_colour, text_colour, label) in enumerate(lines):
            centre = row.top() + line_height * (n + 0.5)
            track = QRectF(bars.left(), centre - thickness / 2, bars.width(), thickness)
            self._paint_bar(painter, track, value, bar_colour, colours.track)
            painter.setPen(text_colour)
            x = track.right() + unit * 0.5
            painter.drawText(
                QRectF(x, centre - line_height / 2, row.right() - x, line_height),
                LEFT_MIDDLE,
                fill(label, f"{value:.0%}"),
            )

    def _paint_compact_row(
        self,
        painter: QPainter,
        share: GroupShare,
        colours: _Colours,
        row: QRectF,
        bars: QRectF,
        unit: float,
    ) -> None:
        """One line: a thin room bar over the airtime bar, then "55% · 20%"."""
        beyond = speaks_beyond_room(share)
        airtime_colour = colours.over if beyond else colours.airtime
        line = QRectF(row.left(), row.top(), row.width(), unit * 1.2)
        room_h, airtime_h, gap = unit * 0.3, unit * 0.55, unit * 0.1
        top = line.center().y() - (room_h + gap + airtime_h) / 2
        room = QRectF(bars.left(), top, bars.width(), room_h)
        airtime = QRectF(bars.left(), top + room_h + gap, bars.width(), airtime_h)
        self._paint_bar(painter, room, share.room_share, colours.room, colours.track)
        self._paint_bar(painter, airtime, share.airtime_share, airtime_colour, colours.track)
        metrics = QFontMetricsF(painter.font())
        x = bars.right() + unit * 0.5
        for text, colour in (
            (f"{share.room_share:.0%}", colours.muted),
            (" · ", colours.muted),
            (f"{share.airtime_share:.0%}", colours.over if beyond else colours.text),
        ):
            painter.setPen(colour)
            painter.drawText(
                QRectF(x, line.top(), row.right() - x, line.height()), LEFT_MIDDLE, text
            )
            x += metrics.horizontalAdvance(text)

    @staticmethod
    def _paint_bar(
        painter: QPainter, track: QRectF, value: float, colour: QColor, track_colour: QColor
    ) -> None:
        """A faint full-width track (100%) with the share filled from the left."""
        painter.fillRect(track, track_colour)
        fraction = min(max(value, 0.0), 1.0)
        if fraction > 0:
            filled = QRectF(track)
            filled.setWidth(max(2.0, track.width() * fraction))
            painter.fillRect(filled, colour)


class _SetName(NamedTuple):
    text: str
    font: QFont
    flags: int


def _set_name(font: QFont, name: str, rect: QRectF, *, wrap: bool) -> _SetName:
    """How a group's name is set in `rect`: on two lines where the row has them and it needs
    them; where it does not fit even so (one long word), in type as much smaller as it needs,
    down to SMALLEST_NAME; else elided at full size (self-identified group names can be
    long; the row's tooltip says it whole)."""
    flags = int(LEFT_MIDDLE | Qt.TextFlag.TextWordWrap) if wrap else int(LEFT_MIDDLE)
    steps = 8
    for step in range(steps + 1):
        scale = 1.0 - (1.0 - SMALLEST_NAME) * step / steps
        smaller = _font(font, font.pixelSize() * scale, bold=font.bold())
        room = QFontMetricsF(smaller).boundingRect(rect, flags, name)
        if room.height() <= rect.height() + 0.5 and room.width() <= rect.width() + 0.5:
            return _SetName(name, smaller, flags)
    elided = QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
    return _SetName(elided, font, int(LEFT_MIDDLE))


def _two_lines(metrics: QFontMetricsF, name: str) -> float:
    """The narrowest width that holds `name` on at most two lines, wrapped at a space."""
    words = name.split()
    if len(words) < 2:
        return metrics.horizontalAdvance(name)
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:n])),
            metrics.horizontalAdvance(" ".join(words[n:])),
        )
        for n in range(1, len(words))
    )
