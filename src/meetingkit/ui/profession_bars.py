"""Which professions came to the last meeting, next to which come over all the group's
meetings: one row per profession, a strong bar for the last meeting above a neutral one for
all of them, on one scale (a full bar is the largest share, rounded up to 10%). A profession
the group reached before but not last time shows an empty strong bar: the gap organizers
will want to see."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.airtime_bars import group_label
from meetingkit.ui.tones import tones

LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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


class ProfessionBars(QWidget):
    """Paints only what `set_shares` last gave it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: tuple[ProfessionShare, ...] = ()
        self._last_title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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

    def _row_height(self) -> float:
        return self._unit() * 2.1

    def sizeHint(self) -> QSize:
        unit = self._unit()
        rows = max(1, len(self._shares))
        return QSize(round(unit * 34), round(unit * 3.9 + rows * self._row_height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._unit() * 20), self.sizeHint().height())

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
        if not self._shares:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, 0, width, unit * 2), LEFT_MIDDLE, self.tr("No meetings held yet.")
            )
            return
        metrics = QFontMetricsF(self.font())
        scale = _scale(self._shares)
        # Legend: what each bar means.
        x = 0.0
        for colour, words in (
            (last_colour, self._last_legend()),
            (all_colour, self.tr("all meetings")),
        ):
            painter.fillRect(QRectF(x, unit * 0.35, unit * 1.2, unit * 0.8), colour)
            x += unit * 1.6
            painter.setPen(text)
            painter.drawText(QRectF(x, 0, width - x, unit * 1.5), LEFT_MIDDLE, words)
            x += metrics.horizontalAdvance(words) + unit * 1.5
        labels = [group_label(s.profession) for s in self._shares]
        label_width = min(width * 0.35, max(metrics.horizontalAdvance(t) for t in labels) + unit)
        value_width = metrics.horizontalAdvance("100% · 100%") + unit
        bar_left = label_width
        bar_width = max(unit, width - label_width - value_width)
        y = unit * 2.2
        row = self._row_height()
        for share, label in zip(self._shares, labels, strict=True):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width - unit * 0.5, row * 0.8),
                LEFT_MIDDLE,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - unit * 0.5),
            )
            for n, (value, colour) in enumerate(
                ((share.last, last_colour), (share.overall, all_colour))
            ):
                top = y + n * unit * 0.45 + unit * 0.1
                height = unit * 0.35
                painter.fillRect(QRectF(bar_left, top, bar_width, height), track)
                painter.fillRect(QRectF(bar_left, top, bar_width * value / scale, height), colour)
            painter.drawText(
                QRectF(bar_left + bar_width, y, value_width, row * 0.8),
                RIGHT_MIDDLE,
                f"{share.last:.0%} · {share.overall:.0%}",
            )
            y += row
        painter.setPen(text)
        painter.drawText(
            QRectF(0, y, width, unit * 1.5),
            RIGHT_MIDDLE,
            fill(self.tr("A full bar is %1 of the people."), f"{scale:.0%}"),
        )
