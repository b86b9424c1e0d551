"""The kiosk fits the laptop's screen at a large font, and its wrapped lines show whole (QA
round 16a).

In Spanish at 14 points in high contrast, with the display at 150 % (a 1280x720 screen), the
kiosk was 1416x801: the text-message consent ran off the right edge on one line and
*Registrarme* sat below the bottom one. At 150 % with the usual font the kiosk opened at its
minimum size, and the groups' note ("Optional: tick only what you want counted…") showed 17
pixels of the 42 its lines need. Now the consents wrap, the form scrolls where the screen is
too short for it, *Sign in* stays in view under it, and a wrapped line gets its whole height.
Offscreen, the screen is as `screen_room` (tests/ui/conftest.py) says."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import CONSENTS, FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.kiosk import KioskWindow
from meetingkit.ui.screen_fit import FRAME
from tests.ui.laid_out import inside, laid_out

Room = Callable[[int, int], None]


def kiosk_for(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path) -> KioskWindow:
    """The kiosk of a meeting asking the usual fields, every consent and two groups."""
    meeting = MeetingStore(conn).create(
        Meeting("Safe Staffing Working Group — November", dt.date(2026, 11, 21), dt.time(19))
    )
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    session.set_form(
        FormSettings(
            ("first_name", "last_name", "phone", "email", "first_time", "profession"),
            tuple(consent.key for consent in CONSENTS),
            groups=("Night shift", "Spanish speaking"),
        )
    )
    kiosk = KioskWindow(session)
    qtbot.addWidget(kiosk)
    return kiosk


def on_screen(kiosk: KioskWindow, size: QSize, qtbot: QtBot) -> None:
    """The kiosk as large as the screen, as showFullScreen() makes it (no larger if it
    cannot be)."""
    kiosk.resize(size)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    laid_out(qtbot)


def test_in_spanish_at_14_points_the_kiosk_fits_a_1280x720_screen(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    data_dir: Path,
    large_type: Callable[[str, float], None],
    screen_room: Room,
    wear: Callable[[str], None],
) -> None:
    large_type("es", 14)
    wear("high-contrast")
    screen_room(1280, 720)
    kiosk = kiosk_for(qtbot, conn, data_dir)
    room = QSize(1280, 720) - FRAME
    hint = kiosk.minimumSizeHint()
    assert hint.width() <= room.width()
    assert hint.height() <= room.height()
    on_screen(kiosk, QSize(1280, 720), qtbot)
    assert kiosk.size() == QSize(1280, 720)
    whole = kiosk.rect()
    assert whole.contains(inside(kiosk.submit, kiosk))  # Registrarme, in view
    assert kiosk.submit.text() == "Registrarme"
    area = kiosk.form_area
    assert area.verticalScrollBar().maximum() > 0  # the form scrolls
    assert not area.horizontalScrollBar().isVisible()  # and never sideways
    for box in kiosk.consents.values():  # every consent's words on screen, wrapped
        assert inside(box, kiosk).right() <= whole.right()
        assert box.height() >= box.heightForWidth(box.width())
    texting = kiosk.consents["contact_text"]
    assert texting.text().endswith("dejar de recibirlos).")  # the words as they are recorded
    assert texting.height() > kiosk.consents["photo"].height()  # on more than one line


@pytest.mark.parametrize(("points", "screen"), [(0, (687, 570)), (14, (1280, 720))])
def test_a_wrapped_line_gets_the_height_it_needs(
    points: float,
    screen: tuple[int, int],
    qtbot: QtBot,
    conn: sqlite3.Connection,
    data_dir: Path,
    large_type: Callable[[str, float], None],
    screen_room: Room,
) -> None:
    """The groups' note, the consents: each as tall as its lines at its width, on the
    smallest screen that takes the kiosk (687x570 is 1031x855 at 150 %)."""
    if points:
        large_type("es", points)
    screen_room(*screen)
    kiosk = kiosk_for(qtbot, conn, data_dir)
    on_screen(kiosk, QSize(*screen), qtbot)
    note = kiosk.groups_note
    assert note.isVisible()
    assert note.height() >= note.heightForWidth(note.width())
    wrapped = [
        widget
        for widget in kiosk.findChildren(QWidget)
        if widget.isVisible()
        and (
            (isinstance(widget, QLabel) and widget.wordWrap())
            or (isinstance(widget, QCheckBox) and widget.hasHeightForWidth())
        )
    ]
    for widget in wrapped:
        assert widget.height() >= widget.heightForWidth(widget.width()), widget
    assert kiosk.rect().contains(inside(kiosk.submit, kiosk))


def test_a_click_on_a_wrapped_consent_s_last_line_ticks_it(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    data_dir: Path,
    large_type: Callable[[str, float], None],
    screen_room: Room,
) -> None:
    large_type("es", 14)
    screen_room(800, 720)
    kiosk = kiosk_for(qtbot, conn, data_dir)
    on_screen(kiosk, QSize(800, 720), qtbot)
    texting = kiosk.consents["contact_text"]
    kiosk.form_area.ensureWidgetVisible(texting)
    assert texting.height() > 2 * texting.fontMetrics().height()  # three lines
    qtbot.mouseClick(
        texting, Qt.MouseButton.LeftButton, pos=QPoint(texting.width() // 3, texting.height() - 4)
    )
    assert texting.isChecked()
