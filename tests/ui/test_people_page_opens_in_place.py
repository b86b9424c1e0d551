"""Opening People the first time keeps the window's focus (QA round 11: the History button,
shown before it was in a layout, was a window of its own for a moment; the main window lost
the focus, and the keyboard with it, on the first visit to People)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow


class WindowsShown(QObject):
    """Every widget shown as a window of its own while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched)
        return False


def test_the_first_visit_to_people_shows_no_window_and_keeps_the_focus(
    qapp: QApplication, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    try:
        window.show_people()  # built now, the first time
        qapp.processEvents()
    finally:
        qapp.removeEventFilter(spy)
    assert [w for w in spy.shown if w is not window] == []
    assert window.isActiveWindow()
    assert qapp.focusWidget() is window.people_page.table
    assert window.people_page.history_button.isVisible()
