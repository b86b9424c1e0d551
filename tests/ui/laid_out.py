"""A window's layout as it will be once shown, for the tests that measure where its widgets
are (offscreen, the screen is as `screen_room` in tests/ui/conftest.py says)."""

from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def laid_out(qtbot: QtBot) -> None:
    """Every layout request handled, up to the window (each level posts its own)."""
    for _ in range(3):
        for _ in range(10):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
        qtbot.wait(10)  # the stack's rows are fitted to their columns a moment later


def inside(widget: QWidget, ancestor: QWidget) -> QRect:
    """Where `widget` is in `ancestor` (a window, a tab)."""
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())
