"""A notice over a panel that the facilitator can put away: "Resumed after a restart…".

Said once, it is read once. Left up, four lines of it sat over the item's clock for the whole
meeting and pushed the minutes below the fold of a laptop screen (QA round 15c). Its Hide
button (a Tab stop, with a name a screen reader says) puts it away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from meetingkit.ui.labels import plain_label
from meetingkit.ui.tones import Tone, tint


class NoticeBanner(QFrame):
    dismissed = Signal()
    """Hide was pressed: the banner is hidden, and whoever shows it need not say it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint(self, Tone.NOTICE, banner=True)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide_button = QToolButton()
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide this notice"))
        self.hide_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.label.text()

    @Slot()
    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
