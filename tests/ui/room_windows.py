"""For the tests of the windows for the room, the projector and the sign-in code, which go and
take keys alike (ui/room_screens.py): screens made up (offscreen, Qt has one screen and cannot
add one), and a window given the keyboard anyway."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.ui.room_screens import SETTLE_MS


@dataclass
class MadeUpScreen:
    """A screen as `place_for_room` reads one: its geometry."""

    rect: QRect

    def geometry(self) -> QRect:
        return QRect(self.rect)

    def availableGeometry(self) -> QRect:
        return QRect(self.rect)


@dataclass
class MadeUpScreens:
    """Screens made up around the main window: the laptop's, where the main window is; a
    projector extended to its right, another to its left; one mirroring the laptop's at its
    own size. `shown` are the screens there are (the laptop's alone at first)."""

    laptop: MadeUpScreen
    projector: MadeUpScreen
    left: MadeUpScreen
    mirror: MadeUpScreen
    shown: list[MadeUpScreen] = field(default_factory=list)


def screens_around(
    main: QWidget, monkeypatch: pytest.MonkeyPatch, placing: ModuleType
) -> MadeUpScreens:
    """Screens made up around `main`, the main window, for `placing` (the module whose
    `screens()` says which there are when it places its window)."""
    main_at = main.frameGeometry()
    laptop = MadeUpScreen(main_at)
    made = MadeUpScreens(
        laptop,
        projector=MadeUpScreen(QRect(main_at.right() + 1, 0, 1920, 1080)),
        left=MadeUpScreen(QRect(main_at.left() - 1920, 0, 1920, 1080)),
        mirror=MadeUpScreen(QRect(main_at.topLeft(), QSize(1024, 768))),
        shown=[laptop],
    )
    monkeypatch.setattr(placing, "screens", lambda: list(made.shown))
    return made


def placements(monkeypatch: pytest.MonkeyPatch, kind: type[QWidget]) -> list[tuple[object, object]]:
    """Where the windows of `kind` were put, (the room's screen or None, the laptop's), in
    turn: made-up screens cannot take a window."""
    calls: list[tuple[object, object]] = []

    def place_on(window: QWidget, screen: object, home: object = None) -> None:
        calls.append((screen, home))
        window.full_screen_on = screen  # type: ignore[attr-defined]
        window.show()
        if screen is not None:
            window.setGeometry(screen.geometry())  # type: ignore[attr-defined]

    monkeypatch.setattr(kind, "place_on", place_on)
    return calls


def plugged_pulled_and_mirrored(
    qtbot: QtBot,
    qapp: QApplication,
    main: QMainWindow,
    screens: MadeUpScreens,
    placed: list[tuple[object, object]],
    what: str,
) -> None:
    """The room's window open as a window on the laptop's screen, the one screen there is:
    a projector plugged in puts it full screen there; the cable pulled, back on the laptop's,
    the keyboard with `main`; plugged in again, full screen; the display switched to mirror, a
    window on the laptop's. `what` is the window in the status bar's words ("The projector")."""
    laptop, projector = screens.laptop, screens.projector

    def said() -> str:
        return main.statusBar().currentMessage()

    screens.shown.append(projector)  # plugged in after it opened (QA minor m1: it stayed a window)
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 2, timeout=SETTLE_MS * 5)
    assert placed[-1] == (projector, laptop)
    assert said() == f"{what} is full screen on the second screen."

    screens.shown.remove(projector)  # the cable pulled
    main.statusBar().clearMessage()
    qapp.screenRemoved.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 3, timeout=SETTLE_MS * 5)
    assert placed[-1] == (None, laptop)
    assert said().startswith(f"{what}'s screen is gone")
    assert QApplication.activeWindow() is main  # the keyboard with the laptop's window

    screens.shown.append(projector)  # plugged in again: back full screen
    qapp.screenAdded.emit(qapp.primaryScreen())
    qtbot.waitUntil(lambda: len(placed) == 4, timeout=SETTLE_MS * 5)
    assert placed[-1] == (projector, laptop)

    screens.shown[-1] = screens.mirror  # the display switched to mirror: a window again
    qapp.primaryScreen().geometryChanged.emit(qapp.primaryScreen().geometry())
    qtbot.waitUntil(lambda: len(placed) == 5, timeout=SETTLE_MS * 5)
    assert placed[-1] == (None, laptop)


def made_active(window: QWidget, qtbot: QtBot) -> None:
    """The room's window given the keyboard anyway, as by a window manager that does not heed
    that it takes none (and does not give it back): keys typed go to it, and no shortcut of
    the main window's takes them first."""
    window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def gives_the_keyboard_back(window: QWidget, main: QWidget, qtbot: QtBot) -> None:
    """The room's `window` made the active window anyway (by a click, a window manager), from
    another window that had it: the keyboard goes back to `main`, the main window."""
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    with qtbot.waitActive(elsewhere):
        elsewhere.show()
        elsewhere.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
