"""Which professions came to the last meeting, next to which come over all the group's
meetings: one row per profession, a strong bar for the last meeting above a neutral one for
all of them, on one scale (a full bar is the largest share, rounded up to 10%). A profession
the group reached before but not last time shows an empty strong bar: the gap organizers
will want to see."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.airtime_bars import group_label
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.tones import tones

LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAPPED = int(LEFT_MIDDLE | Qt.TextFlag.TextWordWrap)
LABEL_SHARE = 0.35  # of the chart's width, at most, for the professions beside their bars…
LABEL_LINES = 2  # …on up to this many lines; a name that needs more goes above its bars
BARS_HEIGHT = 2.1  # a row's height, in units (the font's pixel size), with its name on one line


@dataclass(frozen=True)
class ProfessionShare:
    profession: str
    last: float  # share of the people at the last held meeting
    overall: float  # share of all attendances at the held meetings


def share_text(share: ProfessionShare) -> str:
    """For screen readers: 'RN — last meeting 26% · all meetings 36%'."""
    return fill(
        QCoreApplication.translate("profession_bars", "%1 — last meeting %2 · all meetings %3"),
        share.profession,
        f"{share.last:.0%}",
        f"{share.overall:.0%}",
    )


def _scale(shares: Sequence[ProfessionShare]) -> float:
    """The share a full bar stands for: the largest one, rounded up to the next 10%, so a
    group of many professions still shows visible bars. Both bars share it."""
    largest = max((max(s.last, s.overall) for s in shares), default=1.0)
    return min(1.0, max(0.1, math.ceil(largest * 10 - 1e-9) / 10))


class _Row(NamedTuple):
    share: ProfessionShare
    top: float
    height: float
    label: QRectF  # where the profession's name goes (its text wraps within it)
    text: str  # the name as drawn: whole, or elided when even a line of its own is too narrow


class _Layout(NamedTuple):
    legend: list[list[tuple[str, bool]]]  # the legend's lines
    above: bool  # every name on a line of its own above its bars (a narrow chart)
    bar_left: float
    bar_width: float
    rows: list[_Row]
    height: float  # the chart's, the last line included


class ProfessionBars(QWidget):
    """Paints only what `set_shares` last gave it.

    The professions' names stand beside their bars, wrapping onto a second line when they
    must; in a chart too narrow for that ("Auxiliar de salud en el hogar" in a third of a
    laptop's screen) every name stands on a line of its own above its bars, wrapping where
    the chart is narrower than the name. Hovering a row shows its name and shares whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: tuple[ProfessionShare, ...] = ()
        self._last_title = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # names move above their bars in a narrow chart
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Professions: last meeting and all meetings"))

    def set_shares(self, shares: Sequence[ProfessionShare], last_title: str) -> None:
        self._shares = tuple(shares)
        self._last_title = last_title
        self.setAccessibleDescription(
            "\n".join(share_text(s) for s in self._shares) or self.tr("No meetings held yet.")
        )
        self.updateGeometry()
        self.update()

    def shares(self) -> tuple[ProfessionShare, ...]:
        return self._shares

    def _last_legend(self) -> str:
        if not self._last_title:
            return self.tr("last meeting")
        return fill(self.tr("last meeting (%1)"), self._last_title)

    def _unit(self) -> float:
        return float(QFontInfo(self.font()).pixelSize())

    # Geometry

    def _legend_lines(self, width: float) -> list[list[tuple[str, bool]]]:
        """The legend's two entries (their words, and whether the bar is the last meeting's),
        side by side when the width has room, else one a line."""
        unit, metrics = self._unit(), QFontMetricsF(self.font())
        entries = [(self._last_legend(), True), (self.tr("all meetings"), False)]
        wide = sum(unit * 1.6 + metrics.horizontalAdvance(e) for e, _ in entries) + unit * 1.5
        return [entries] if wide <= width else [[e] for e in entries]

    def _layout(self, width: float) -> _Layout:
        """Where everything goes in a chart `width` wide: for painting, for its height and
        for the row under the pointer."""
        unit, metrics = self._unit(), QFontMetricsF(self.font())
        legend = self._legend_lines(width)
        y = len(legend) * unit * 1.5 + unit * 0.7
        value_width = metrics.horizontalAdvance("100% · 100%") + unit
        labels = [group_label(s.profession) for s in self._shares]
        longest = max((metrics.horizontalAdvance(t) for t in labels), default=0.0)
        column = min(width * LABEL_SHARE, longest + unit)
        line = metrics.lineSpacing()
        inside = QRectF(0, 0, max(1.0, column - unit * 0.5), line * 100)
        needs = [metrics.boundingRect(inside, WRAPPED, t) for t in labels]
        beside = all(
            metrics.horizontalAdvance(word) <= inside.width()  # no word broken ("Farmacéutica/o")
            for label in labels
            for word in label.split()
        ) and all(need.height() < line * (LABEL_LINES + 0.5) for need in needs)
        above = not beside
        bar_left = 0.0 if above else column
        bar_width = max(unit, width - bar_left - value_width)
        rows: list[_Row] = []
        for share, label, need in zip(self._shares, labels, needs, strict=True):
            if above:
                text, lines = self._above(label, width)
                height = lines + unit * 1.8
                rect = QRectF(0, y + unit * 0.3, width, lines)
            else:
                text = label
                height = max(unit * BARS_HEIGHT, need.height() + unit * 0.5)
                rect = QRectF(0, y, inside.width(), height - unit * 0.4)
            rows.append(_Row(share, y, height, rect, text))
            y += height
        return _Layout(legend, above, bar_left, bar_width, rows, y + unit * 1.5)

    def _above(self, label: str, width: float) -> tuple[str, float]:
        """A name on a line of its own above its bars, and the height of its lines: whole,
        wrapping onto a second line (or more) where the chart is narrower than the name;
        elided only when one of its words is wider than the chart. A name one pixel wider
        than the chart lost its end ("Técnica/o de atención al pacie…") in a font a little
        wider than the usual one."""
        metrics = QFontMetricsF(self.font())
        line = metrics.lineSpacing()
        if any(metrics.horizontalAdvance(word) > width for word in label.split()):
            return metrics.elidedText(label, Qt.TextElideMode.ElideRight, width), line
        need = metrics.boundingRect(QRectF(0, 0, max(1.0, width), line * 100), WRAPPED, label)
        return label, max(line, need.height())

    def heightForWidth(self, width: int) -> int:
        if not self._shares:
            return round(self._unit() * 2)
        return round(self._layout(float(width)).height + self._unit() * 0.4)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = round(self._unit() * 34)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._unit() * 20), self.sizeHint().height())

    def names_above(self) -> bool:
        """Every profession's name is on a line of its own above its bars (a narrow chart)."""
        return self._layout(float(self.width())).above

    def share_at(self, y: float) -> ProfessionShare | None:
        """The profession whose row is at height `y`, or None."""
        for row in self._layout(float(self.width())).rows:
            if row.top <= y < row.top + row.height:
                return row.share
        return None

    def event(self, event: QEvent) -> bool:
        """Hovering a row shows its profession's whole name and shares."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            share = self.share_at(event.pos().y())
            if share is not None:
                QToolTip.showText(event.globalPos(), plain_tip(share_text(share)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # Painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        track = QColor(text)
        track.setAlphaF(0.08)
        shown = tones(self.palette())  # the last meeting strong, all meetings neutral
        last_colour, all_colour = shown.bar_strong, shown.bar_neutral
        unit = self._unit()
        width = float(self.width())
        painter.setPen(text)
        if not self._shares:
            painter.drawText(
                QRectF(0, 0, width, unit * 2), LEFT_MIDDLE, self.tr("No meetings held yet.")
            )
            return
        metrics = QFontMetricsF(self.font())
        scale = _scale(self._shares)
        at = self._layout(width)
        # Legend: what each bar means.
        for n, line in enumerate(at.legend):
            x, y = 0.0, n * unit * 1.5
            for words, last in line:
                swatch = QRectF(x, y + unit * 0.35, unit * 1.2, unit * 0.8)
                painter.fillRect(swatch, last_colour if last else all_colour)
                x += unit * 1.6
                shown_words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, width - x)
                painter.drawText(QRectF(x, y, width - x, unit * 1.5), LEFT_MIDDLE, shown_words)
                x += metrics.horizontalAdvance(words) + unit * 1.5
        for row in at.rows:
            share = row.share
            painter.setPen(text)
            painter.drawText(row.label, WRAPPED, row.text)
            bars_top = row.label.bottom() if at.above else row.label.center().y() - unit * 0.45
            for n, (value, colour) in enumerate(
                ((share.last, last_colour), (share.overall, all_colour))
            ):
                top = bars_top + n * unit * 0.45 + unit * 0.1
                height = unit * 0.35
                bar = QRectF(at.bar_left, top, at.bar_width, height)
                painter.fillRect(bar, track)
                painter.fillRect(
                    QRectF(bar.topLeft(), QSizeF(bar.width() * value / scale, height)), colour
                )
            painter.drawText(
                QRectF(
                    at.bar_left + at.bar_width, bars_top, width - at.bar_left - at.bar_width, unit
                ),
                RIGHT_MIDDLE,
                f"{share.last:.0%} · {share.overall:.0%}",
            )
        painter.drawText(
            QRectF(0, at.height - unit * 1.5, width, unit * 1.5),
            RIGHT_MIDDLE,
            fill(self.tr("A full bar is %1 of the people."), f"{scale:.0%}"),
        )
