"""A column of panels that shrinks to fit the screen and scrolls only past its minimum.

QScrollArea's own resizing gives a column with word-wrapped text its *preferred* height (it
asks heightForWidth), so it scrolls on a laptop even where every panel could shrink and all
of it would fit. ScrollColumn gives the column the viewport's height, never less than the
column's minimum: the panels share the room as in any layout, and a panel that cannot shrink
further (a chart that would drop a row) makes the column scroll instead of being cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


class ScrollColumn(QScrollArea):
    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(column)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop of its own on Tab (a silent, nameless one): Tab goes to the panels' own
        # controls, and the column scrolls to show the one that gets the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focus)
        column.installEventFilter(self)  # its minimum changes with its content
        self._least_width = column.minimumSizeHint().width()  # as last told (eventFilter)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the column can be (it never scrolls sideways), and a few lines tall."""
        hint = super().minimumSizeHint()
        column = self.widget()
        if column is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            hint.setWidth(column.minimumSizeHint().width() + bar)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        column = self.widget()
        if watched is column and event.type() == QEvent.Type.LayoutRequest:
            layout = column.layout()
            if layout is not None:
                layout.activate()  # the minimum as it is now, not before the change
            # A minimum grown wider (a notice with buttons, a button's longer text) is the
            # splitter's to give: laid out narrower, a ButtonFlow took a row more than the
            # room its layout left it, drawn over what was below it
            least = column.minimumSizeHint().width()
            if least != self._least_width:
                self._least_width = least
                self.updateGeometry()
            self.fit()
        return super().eventFilter(watched, event)

    @Slot(QWidget, QWidget)
    def _show_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Scroll to the control that got the focus by keyboard, also from outside the column
        (QScrollArea does it only for Tab from inside). Not for a click: the row or the
        button under the mouse stays where it was clicked; nor when the window is active
        again: the column stays where it was scrolled."""
        column = self.widget()
        if old is None or new is None or column is None or not column.isAncestorOf(new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self.ensureWidgetVisible(new)

    def fit(self) -> None:
        """The column as wide as the view and as tall as the view, or as its minimum."""
        column = self.widget()
        if column is None:
            return
        height = self.viewport().height()
        width = max(self.width() - 2 * self.frameWidth(), 0)
        needed = least_height(column, width)
        if needed > height:  # the scroll bar shows, and takes its width from the column
            width = max(width - self.verticalScrollBar().sizeHint().width(), 0)
            needed = least_height(column, width)
        column.resize(width, max(height, needed))


def least_height(column: QWidget, width: int) -> int:
    """How short `column` may be at `width`: text that wraps (a form's field under its label,
    a long explanation) takes more lines the narrower it is."""
    layout = column.layout()
    least = column.minimumSizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        least = max(least, layout.totalMinimumHeightForWidth(width))
    return least
