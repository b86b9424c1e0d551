"""On the Sign-in tab the QR code sits above its address, never over it (QA round 16a).

In Spanish, high contrast, at 11 points on a 960x540 screen, the code's white border covered
the top of the address under it: the column's wrapped lines (the address, the status) asked
for one line as their least, the tab was given that, and the code, which never goes below
its least size, took the difference out of the address. Offscreen, the screen is as
`screen_room` (tests/ui/conftest.py) says."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.screen_fit import FRAME
from tests.ui.laid_out import inside, laid_out

Room = Callable[[int, int], None]


@pytest.mark.parametrize(
    ("spoken", "points", "theme", "screen"),
    [
        ("es", 11, "high-contrast", (960, 540)),
        ("en", 11, "dark", (960, 540)),
        ("es", 14, "high-contrast", (1280, 720)),
    ],
)
def test_the_code_never_covers_its_address(
    spoken: str,
    points: float,
    theme: str,
    screen: tuple[int, int],
    qtbot: QtBot,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    large_type: Callable[[str, float], None],
    screen_room: Room,
    wear: Callable[[str], None],
) -> None:
    large_type(spoken, points)
    wear(theme)
    screen_room(*screen)
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    view.show_signin()
    tab = view.signin_tab
    tab.serve("127.0.0.1", 0)
    try:
        tab.refresh()
        window.resize(QSize(*screen) - FRAME)
        laid_out(qtbot)
        code, address = inside(tab.qr, tab), inside(tab.url_label, tab)
        assert tab.url_label.text().startswith("http://127.0.0.1:")
        assert code.bottom() < address.top(), (code, address)
        column = [tab.qr, tab.url_label, tab.phrase_label, tab.status_label]
        for above, below in itertools.pairwise(column):
            assert inside(above, tab).bottom() < inside(below, tab).top(), (above, below)
        for label in (tab.url_label, tab.status_label):
            assert label.height() >= label.heightForWidth(label.width())
    finally:
        tab.close_serving()
