"""Where the main window opens: never larger than the screen it opens on.

A laptop of 1366x768 at 125 % scaling, less its taskbar, has about 1093x559 pixels for a
window: the window's usual 1180x760 hung off its right and bottom edges, status bar and End
meeting included (QA round 15c). The window opens where it was last closed when that still
fits a screen (the same laptop, the same scaling); else at its usual size centred on the
screen, or maximized when the usual size does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from meetingkit.core.settings import window_place, window_text

# Room for the frame the window manager draws around the window's inside: the title bar
# above it, thin edges on the other sides (unknown until the window shows)
FRAME = QSize(16, 40)


@dataclass(frozen=True)
class Place:
    inside: QRect  # the window's inside (without its frame), in the screens' coordinates
    maximized: bool


def place_for(usual: QSize, available: QRect, saved: Place | None) -> Place:
    """Where the window opens on a screen whose free area (less its taskbar) is `available`:
    `saved` if it lies within it; else `usual`, centred with its frame, if that fits; else
    maximized, and no larger than the screen once the facilitator restores it."""
    if saved is not None and available.contains(saved.inside):
        return saved
    margins = _frame_margins()
    frame = QRect(0, 0, usual.width(), usual.height()).marginsAdded(margins)
    if frame.width() <= available.width() and frame.height() <= available.height():
        frame.moveCenter(available.center())
        return Place(frame.marginsRemoved(margins), False)
    room = available.marginsRemoved(margins)
    inside = QRect(room.topLeft(), usual.boundedTo(room.size()))
    inside.moveCenter(room.center())
    return Place(inside, True)


def _frame_margins() -> QMargins:
    side = FRAME.width() // 2
    return QMargins(side, FRAME.height() - side, side, side)


def saved_place(text: str) -> Place | None:
    """The place a settings file holds (core.settings.window_place), or None."""
    read = window_place(text)
    if read is None:
        return None
    width, height, x, y, maximized = read
    return Place(QRect(x, y, width, height), maximized)


def place_text(window: QWidget) -> str:
    """`window`'s place to save: its inside as it is when not maximized, and whether it is."""
    inside = window.normalGeometry() if window.isMaximized() else window.geometry()
    if inside.isEmpty():
        inside = window.geometry()
    return window_text(
        inside.width(), inside.height(), inside.x(), inside.y(), window.isMaximized()
    )


def screen_for(saved: Place | None, window: QWidget) -> QScreen | None:
    """The screen the window opens on: the one it was closed on, if still there; else the
    one it would open on."""
    if saved is not None:
        screen = QGuiApplication.screenAt(saved.inside.center())
        if screen is not None:
            return screen
    return window.screen() or QGuiApplication.primaryScreen()


def place_window(window: QWidget, usual: QSize, saved_text: str) -> Place | None:
    """Put `window`, not yet shown, where it opens (`place_for`); None without a screen."""
    saved = saved_place(saved_text)
    screen = screen_for(saved, window)
    if screen is None:
        return None
    place = place_for(usual, screen.availableGeometry(), saved)
    window.setGeometry(place.inside)
    if place.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return place
