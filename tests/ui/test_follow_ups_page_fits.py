"""The Follow-ups page fits a 1024-pixel laptop screen in English and in Spanish: its heading,
filters and "show closed" checkbox take a second row when one is too narrow for them.

In one row, the Spanish page needed 1219 pixels ("Mostrar hechos, rechazados y caducados"
beside two filters and the heading), the English 1002 (QA round 23)."""

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

WIDEST_WINDOW = 1000  # a 1024-pixel screen, less a little for the window's frame


def _follow_ups(make_window: Callable[..., MainWindow], width: int) -> MainWindow:
    """The demo's follow-ups, shown in a window `width` pixels wide (or as narrow as it goes)."""
    window = make_window()
    window.show_follow_ups()
    window.resize(width, 614)
    for _ in range(10):  # every layout request handled, up to the window
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    return window


def _top(widget: QWidget, window: MainWindow) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


def test_the_follow_ups_page_fits_a_laptop_screen(
    spoken: str,
    make_window: Callable[..., MainWindow],
    demo: Demo,
    conn: sqlite3.Connection,
) -> None:
    window = _follow_ups(make_window, 900)
    page = window.follow_ups_page
    assert page.model.rowCount() > 0
    assert window.minimumSizeHint().width() <= WIDEST_WINDOW, spoken
    assert window.width() <= WIDEST_WINDOW, spoken
    # Squeezed, nothing is cut: each widget has at least the width it needs.
    for widget in (page.summary_label, page.filters, page.closed_check):
        assert widget.width() >= widget.minimumSizeHint().width(), (spoken, widget)
    assert not page.summary_label.geometry().intersects(page.filters.geometry())
    assert _top(page.closed_check, window) < _top(page.table, window)


def test_with_room_the_heading_filters_and_checkbox_share_one_row(
    make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """No second row where one does: the list keeps the height."""
    window = _follow_ups(make_window, 1366)
    page = window.follow_ups_page
    row = (page.summary_label, page.filters, page.closed_check)
    middle = page.closed_check.mapTo(window, page.closed_check.rect().center()).y()
    for widget in row:  # the checkbox level with the heading and the filters
        assert _top(widget, window) <= middle <= _top(widget, window) + widget.height(), widget
    lefts = [w.mapTo(window, w.rect().topLeft()).x() for w in row]
    assert lefts == sorted(lefts)
