import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.app import build_main_window
from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo, write_demo
from meetingkit.services.settings_file import Preferences
from meetingkit.ui import language
from meetingkit.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 19, 10)


@pytest.fixture(autouse=True)
def no_key_held(qapp: QApplication) -> None:
    """Each test starts with no key held down. A key clicked with Shift (`qtbot.keyClick`
    with Ctrl+Shift+O) ends with a release of Shift that says Shift is still down, and Qt
    keeps believing it: a later test's table then extends a selection from nowhere instead
    of selecting its first row (QTableView.selectRow), and finds nothing selected."""
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Shift)  # with no modifier: nothing is held now


@pytest.fixture(autouse=True)
def screen_room(monkeypatch: pytest.MonkeyPatch) -> Callable[[int, int], None]:
    """The room the screen leaves a window (`ui.screen_fit`, which bounds the main window and
    the dialogs by it): a large monitor's, so that a test sizing its window measures a page's
    own minimum, as it did before (offscreen, Qt's screen is 800x800). `screen_room(w, h)`
    gives a screen of w x h with no taskbar."""
    from PySide6.QtCore import QSize

    from meetingkit.ui import screen_fit

    room = [QSize(3840, 2160)]
    monkeypatch.setattr(screen_fit, "screen_room", lambda _widget: room[0])

    def given(width: int, height: int) -> None:
        room[0] = QSize(width, height) - screen_fit.FRAME

    return given


@pytest.fixture(params=["en", "es"])
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's language, its code: a test that asks for it runs in English, then again
    with Spanish installed (longer words, other Alt letters); English comes back after it."""
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, "en")


@pytest.fixture
def large_type(qapp: QApplication) -> Iterator[Callable[[str, float], None]]:
    """`large_type(language, points)`: the app in that language at that font size, as a
    system font set large makes it; English at the usual font after the test."""
    usual = QApplication.font()

    def put_on(code: str, points: float) -> None:
        language.install(qapp, code)
        font = QApplication.font()
        font.setPointSizeF(points)
        QApplication.setFont(font)

    yield put_on
    QApplication.setFont(usual)
    language.install(qapp, "en")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the boxes shown before any window (QMessageBox.warning and .critical, as
    the app's start shows them), none of them shown."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    return said


@pytest.fixture
def clock() -> ManualClock:
    """The app's clock in GUI tests: it moves only when the test advances it."""
    return ManualClock(NOW.timestamp())


@pytest.fixture
def wear(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Put on a theme for one test; the desktop's look comes back after it, in the style the
    other tests were given (not the focus ring "system" adds to it)."""
    from meetingkit.ui.focus_ring import FocusRingStyle
    from meetingkit.ui.theme import apply_theme

    given = QApplication.style()
    plain = None if isinstance(given, FocusRingStyle) else given.name()

    def put_on(name: str) -> None:
        apply_theme(qapp, name)
        qapp.processEvents()  # Qt hands the new palette to every widget through events

    yield put_on
    apply_theme(qapp, "system")
    if plain is not None:
        qapp.setStyle(plain)
    qapp.processEvents()


@pytest.fixture
def demo(conn: sqlite3.Connection) -> Demo:
    return write_demo(conn, NOW)


@pytest.fixture
def make_window(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, clock: ManualClock
) -> Iterator[Callable[..., MainWindow]]:
    """A shown main window: on the meetings page, or with `start=True` as it opens, on the
    start screen. Closed when the test ends, as a facilitator closes it, while its data is
    still open: `qtbot` closes its widgets only after `conn` is closed, and a timer the
    window left running (a sign-in's refresh) would then read closed data in the next test.
    Its today is the clock's (TODAY as it starts), as the app's: advanced past midnight, it
    is the next day."""
    made: list[MainWindow] = []

    def make(*, start: bool = False) -> MainWindow:
        window = build_main_window(conn, data_dir, clock=clock, preferences=Preferences.load())
        qtbot.addWidget(window)
        made.append(window)
        if not start:
            window.show_meetings()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window in made:
        window.close()
