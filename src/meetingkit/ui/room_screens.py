"""Where a window for the room goes: the projector (ui/projector.py) and the sign-in code
(ui/signin_board.py) alike.

Full screen on a screen apart from the laptop's (`room_screen`), with no pointer over it; else,
with no second screen or one that mirrors the laptop's, a window on the laptop's screen with the
usual pointer, for the facilitator to drag. Either way it is shown without taking the keyboard
(showFullScreen() would take it): the facilitator goes on typing in the main window. Screens come
and go during a meeting (a cable plugged in or pulled, the lid closed, the display switched
between mirror and extend): `ScreenWatch` says when they have settled, and `place_for_room`
puts the window where it now belongs (QA round 16c)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum, auto
from typing import Protocol

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

SETTLE_MS = 300
"""Screens come and go in bursts (a cable: one removed, one added, sizes changed): a window is
placed once they have settled this long."""


def screens() -> list[QScreen]:
    """The screens as Qt has them now, the primary first (tests put others in their place, in
    the module that places a window: projector_control, signin_board)."""
    return QGuiApplication.screens()


def room_screen(window: QRect, screens: Sequence[QRect], now: int | None = None) -> int | None:
    """Which of `screens` (their geometries, the primary first) the room's window goes full
    screen on, with the main window at `window`: a screen apart from the laptop's, the one the
    main window is on (`home_screen`). A screen that overlaps the laptop's is no second screen:
    it mirrors the laptop's picture (or is a desktop spanning both), and full screen there
    covered the facilitator's window. The screen it is on `now` is kept while it is still apart,
    else the first apart. None: there is no second screen, and the room's window is a window on
    the laptop's."""
    if not screens:
        return None
    home = screens[home_screen(window, screens)]
    apart = [i for i, screen in enumerate(screens) if not screen.intersects(home)]
    if now in apart:
        return now
    return apart[0] if apart else None


def home_screen(window: QRect, screens: Sequence[QRect]) -> int:
    """Which of `screens` the main window at `window` is on: the one showing most of it, or
    the first (the primary) where none shows any (its screen was unplugged, the lid closed)."""
    shown = [window.intersected(screen) for screen in screens]
    areas = [rect.width() * rect.height() if rect.isValid() else 0 for rect in shown]
    most = max(range(len(areas)), key=areas.__getitem__, default=0)  # the first of the largest
    return most if areas and areas[most] > 0 else 0


def show_full_screen(window: QWidget, screen: QScreen) -> None:
    """`window` full screen on `screen`, the room's, with no pointer over it, without taking
    the keyboard (its WA_ShowWithoutActivating and WindowDoesNotAcceptFocus keep it from it)."""
    window.setCursor(Qt.CursorShape.BlankCursor)
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.setWindowState(_unstretched(window) | Qt.WindowState.WindowFullScreen)
    window.show()


def show_in_window(window: QWidget, home: QScreen, size: QSize) -> None:
    """`window` a window of `size` in the middle of `home`'s free area (the laptop's screen),
    with the usual pointer, for the facilitator to drag."""
    window.unsetCursor()
    available = home.availableGeometry()
    window.setWindowState(_unstretched(window))
    window.setScreen(home)
    window.show()
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


def _unstretched(window: QWidget) -> Qt.WindowState:
    return window.windowState() & ~(
        Qt.WindowState.WindowMinimized
        | Qt.WindowState.WindowMaximized
        | Qt.WindowState.WindowFullScreen
    )


class RoomWindow(Protocol):
    """A window for the room, as `place_for_room` places it."""

    full_screen_on: QScreen | None  # the room's screen, while full screen on it

    def place_on(self, screen: QScreen | None, home: QScreen | None = None) -> None:
        """Full screen on `screen`; with None, a window on `home`, the laptop's screen."""

    def geometry(self) -> QRect: ...


class Moved(Enum):
    """What `place_for_room` did, for the main window's status bar to say."""

    FULL_SCREEN = auto()  # full screen on the room's screen, where it was a window
    OPENED_IN_A_WINDOW = auto()  # opened as a window: no second screen, or a mirror
    SCREEN_GONE = auto()  # a window on the laptop's screen, where it was full screen


def place_for_room(
    window: RoomWindow, main: QWidget | None, screens: Sequence[QScreen], *, opening: bool
) -> Moved | None:
    """Put `window` full screen on the room's screen (`room_screen`, beside `main`, the main
    window), else in a window on the laptop's. Opening, it is placed either way; after, only
    when where it belongs changed (a window stays where the facilitator dragged it). Its screen
    gone, the keyboard goes back to `main`, if it went. None: nothing to say."""
    geometries = [screen.geometry() for screen in screens]
    main_at = main.frameGeometry() if main is not None else QRect()
    now = next((i for i, s in enumerate(screens) if s is window.full_screen_on), None)
    chosen = room_screen(main_at, geometries, now)
    room = None if chosen is None else screens[chosen]
    same = room is None or window.geometry() == room.geometry()
    if not opening and room is window.full_screen_on and same:
        return None
    was_full = window.full_screen_on is not None
    home = screens[home_screen(main_at, geometries)] if screens else None
    window.place_on(room, home)
    if room is not None:
        return Moved.FULL_SCREEN if not opening and not was_full else None
    if opening:
        return Moved.OPENED_IN_A_WINDOW
    if was_full:
        if main is not None:
            main.activateWindow()  # the keyboard with the laptop's window, if it went
        return Moved.SCREEN_GONE
    return None


def place_and_say(
    window: RoomWindow,
    main: QWidget | None,
    screens: Sequence[QScreen],
    said: Mapping[Moved, str],
    say: Callable[[str], object],
    *,
    opening: bool,
) -> Moved | None:
    """`place_for_room`, and `say` (to the main window's status bar) `said`'s line for what it
    did, where that is news. What it did."""
    moved = place_for_room(window, main, screens, opening=opening)
    if moved is not None:
        say(said[moved])
    return moved


class ScreenWatch(QObject):
    """Says `settled` once the screens changed (one plugged in or out, one's size or place
    changed) and settled for SETTLE_MS, while `watching()` says a window for the room is up."""

    settled = Signal()

    def __init__(self, parent: QObject, watching: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._watching = watching
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.settled)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._changed)
            for screen in app.screens():
                screen.geometryChanged.connect(self._changed)

    def stop(self) -> None:
        self.timer.stop()

    @Slot(QScreen)
    def _screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._changed)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        if self._watching():
            self.timer.start()
