"""Where the projector goes as screens come and go (QA round 16c, a real-room setup).

Unplugged, the projector stayed full screen over the laptop with no pointer; plugged in after
it opened, it stayed a window on the laptop; a mirrored screen counted as a second screen, and
it went full screen over the facilitator's window. Where it goes is a function of the screens'
geometries (`room_screen`), tested here without Qt's screens (which cannot be added offscreen);
the main window's part, reacting to screens added and removed, is tested with screens made up
(`projector_control.screens`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui import projector_control
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow, home_screen, room_screen
from meetingkit.ui.projector_control import SETTLE_MS
from tests.ui.room_windows import placements, plugged_pulled_and_mirrored, screens_around

LAPTOP = QRect(0, 0, 1366, 768)
RIGHT = QRect(1366, 0, 1920, 1080)  # extended, to the right of the laptop
LEFT = QRect(-1024, 0, 1024, 768)
ABOVE = QRect(0, -1080, 1920, 1080)
ON_LAPTOP = QRect(0, 38, 1366, 730)  # the main window, maximized on the laptop


def test_an_extended_screen_is_the_room_s_wherever_it_sits() -> None:
    for other in (RIGHT, LEFT, ABOVE):
        assert room_screen(ON_LAPTOP, [LAPTOP, other]) == 1
        assert room_screen(ON_LAPTOP, [other, LAPTOP]) == 0  # the projector made primary


def test_one_screen_is_no_second_screen() -> None:
    assert room_screen(ON_LAPTOP, [LAPTOP]) is None
    assert room_screen(ON_LAPTOP, []) is None


def test_a_mirrored_screen_is_no_second_screen() -> None:
    """Mirror mode: the projector shows the laptop's picture at the same origin, at its own
    size or the laptop's, or overlapping it: full screen there covered the laptop's window."""
    for mirror in (QRect(0, 0, 1366, 768), QRect(0, 0, 1024, 768), QRect(683, 0, 1920, 1080)):
        assert room_screen(ON_LAPTOP, [LAPTOP, mirror]) is None
        assert room_screen(ON_LAPTOP, [mirror, LAPTOP]) is None


def test_a_screen_apart_is_found_beside_one_that_overlaps() -> None:
    """A desktop spanning both (Xvfb's whole-screen monitor, some docks) overlaps the laptop's
    screen; the projector apart from both is the room's."""
    spanning = QRect(0, 0, 3286, 1080)
    assert room_screen(ON_LAPTOP, [LAPTOP, spanning, RIGHT]) == 2


def test_the_screen_it_is_on_is_kept_while_it_is_still_apart() -> None:
    monitor = QRect(-1920, 0, 1920, 1080)
    assert room_screen(ON_LAPTOP, [LAPTOP, monitor, RIGHT]) == 1
    assert room_screen(ON_LAPTOP, [LAPTOP, monitor, RIGHT], now=2) == 2
    assert room_screen(ON_LAPTOP, [LAPTOP, monitor, RIGHT], now=0) == 1  # not apart


def test_the_laptop_s_screen_is_the_one_showing_most_of_the_main_window() -> None:
    """Dragged onto the projector, the main window makes the laptop's panel the room's."""
    on_projector = QRect(1400, 40, 1200, 800)
    assert home_screen(on_projector, [LAPTOP, RIGHT]) == 1
    assert room_screen(on_projector, [LAPTOP, RIGHT]) == 0
    straddling = QRect(1000, 0, 1000, 700)  # more of it on the projector
    assert home_screen(straddling, [LAPTOP, RIGHT]) == 1


def test_with_the_lid_closed_the_projector_is_the_only_screen() -> None:
    """The laptop's screen is gone and the main window where it was: the screen left (the
    first, the primary) is the main window's too, and the projector a window on it."""
    assert home_screen(ON_LAPTOP, [RIGHT]) == 0
    assert room_screen(ON_LAPTOP, [RIGHT]) is None
    assert room_screen(ON_LAPTOP, [LAPTOP, RIGHT]) == 1  # the lid opened again


# The window's two places


def test_full_screen_hides_the_pointer_and_a_window_gives_it_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    screen = qapp.primaryScreen()
    window.place_on(screen)
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert window.full_screen_on is screen
    window.place_on(None, screen)  # unplugged
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor  # the usual pointer
    assert window.full_screen_on is None
    available = screen.availableGeometry()
    assert window.size() == QSize(round(available.width() * 0.8), round(available.height() * 0.8))


# The main window follows the screens


@pytest.fixture
def placed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, object]]:
    """Where the projector was put, (the room's screen or None, the laptop's), in turn."""
    return placements(monkeypatch, ProjectorWindow)


def test_the_projector_follows_a_screen_plugged_in_pulled_out_and_mirrored(
    qtbot: QtBot,
    qapp: QApplication,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    placed: list[tuple[object, object]],
) -> None:
    window = make_window()
    screens = screens_around(window, monkeypatch, projector_control)
    control = window.projector

    control.act_open.trigger()  # one screen: a window on the laptop's
    assert [room for room, _laptop in placed] == [None]
    plugged_pulled_and_mirrored(qtbot, qapp, window, screens, placed, "The projector")
    assert placed[0] == (None, screens.laptop)

    qapp.screenAdded.emit(qapp.primaryScreen())  # nothing new: the window stays where it is
    qtbot.wait(SETTLE_MS * 2)
    assert len(placed) == 5
    control.close()


def test_a_mirrored_screen_opens_the_projector_as_a_window(
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    placed: list[tuple[object, object]],
) -> None:
    """Mirrored, the second screen overlaps the laptop's: full screen there covered the
    facilitator's window (QA round 16c)."""
    window = make_window()
    screens = screens_around(window, monkeypatch, projector_control)
    screens.shown.append(screens.mirror)
    window.projector.act_open.trigger()
    assert placed == [(None, screens.laptop)]
    assert "no second screen, or it mirrors this one" in window.statusBar().currentMessage()
    window.projector.close()
