"""A QR code drawn crisp at any size, from the module matrix.

Black on white in every theme, its quiet zone (part of the matrix) included: phone cameras
read dark modules on a light ground, never the inverse a dark theme would suggest.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def set_data(self, data: str) -> None:
        """Show `data` as a QR code ("" shows nothing)."""
        from meetingkit.services.qr import qr_matrix

        self._matrix = qr_matrix(data) if data else []
        self.setAccessibleDescription(data)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix)
        unit = side / modules
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            x = 0
            while x < modules:  # one rectangle per run of dark modules
                if row[x]:
                    start = x
                    while x < modules and row[x]:
                        x += 1
                    painter.drawRect(
                        QRectF(
                            left + start * unit,
                            top + y * unit,
                            (x - start) * unit + 0.5,
                            unit + 0.5,
                        )
                    )
                x += 1
        painter.end()
