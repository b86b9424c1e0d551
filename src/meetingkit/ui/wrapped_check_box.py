"""A check box whose words wrap to the width it has.

A QCheckBox keeps its text on one line and is never narrower than it: the kiosk's consent
"Pueden enviarme mensajes de texto sobre el trabajo de este grupo (hasta 4 al mes; puedo
responder STOP para dejar de recibirlos)." at 14 points made the kiosk 1416 pixels wide on a
1280-pixel screen, the end of the sentence past its edge (QA round 16a). Here the words wrap
under each other beside the box, and the box asks for the height its lines need at its width
(`heightForWidth`); its text, what a screen reader says and a consent records, stays as given.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
LEAST_CHARACTERS = 20  # the narrowest it goes: this many average characters, or its longest word


class WrappedCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)  # a QCheckBox's is Fixed: one line
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _around(self) -> QSize:
        """The room the box, the space after it and the style's margins take round the words."""
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_CheckBox, self._option(), QSize(0, 0), self
        )

    def _words(self, width: int) -> QSize:
        """The size of the words wrapped to `width` pixels."""
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), 100_000), _WRAP, self.text()
        )
        return rect.size()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        around = self._around()
        words = self._words(width - around.width())
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_CheckBox, self._option(), words, self)
            .height()
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word, or LEAST_CHARACTERS, whichever is wider (and never
        wider than its one line), and one line tall: the layout asks `heightForWidth`."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        least = max(longest, metrics.averageCharWidth() * LEAST_CHARACTERS)
        one_line = super().sizeHint()
        width = min(one_line.width(), self._around().width() + least)
        return QSize(width, one_line.height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # its lines below the first too

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        words = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        text = option.text
        option.text = ""  # the box, and its focus: the words are drawn wrapped, below
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        painter.drawItemText(
            words,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(_WRAP),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
