"""A list the organizer decides item by item (possible duplicates, new details from sign-in):
an intro, a note when only the first `SHOWN` are listed, the items in a grid that scrolls down
only, and Close. Each decision rebuilds the list (`fill`), so the next ones move up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import fill
from meetingkit.ui.labels import plain_label
from meetingkit.ui.screen_fit import fit_dialog

SHOWN = 50  # items at a time: an import can flag thousands


class ReviewList(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, intro: str, width: int, height: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        said = plain_label(intro)
        said.setWordWrap(True)
        self.more = plain_label()
        self.more.setWordWrap(True)
        items = QWidget()
        self._grid = QGridLayout(items)
        scroll = QScrollArea()
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.more)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        """No larger than the screen, and as tall as its wrapped lines need (ui.screen_fit),
        before Qt centres it on its window."""
        if not event.spontaneous():
            fit_dialog(self)
        super().showEvent(event)

    def _start_over(self, total: int, more: str, nothing: str) -> None:
        """Empty the grid for `total` items; `more` ("Showing the first %1 of %2…") shows when
        they do not all fit, `nothing` when there are none."""
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.more.setText(fill(more, str(SHOWN), f"{total:,}"))
        self.more.setVisible(total > SHOWN)
        if not total:
            self._grid.addWidget(plain_label(nothing), 0, 0)
