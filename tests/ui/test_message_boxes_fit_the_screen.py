"""Message boxes no taller than the screen, whatever the font (ui.screen_fit.fit_message_box,
through ui.feedback.MessageBox, which every box the app shows is).

QMessageBox sizes itself, 500 pixels wide at most: in Spanish at 14 points, Edit › Delete
meeting's question was 400x962 on a 720-pixel screen, Delete and Cancel below its edge. Now a
box too tall is made wider first, then its text scrolls; at the usual font it is as Qt makes
it. Offscreen, the screen's room is as `screen_room` (tests/ui/conftest.py) says; Qt's own
widest box is the offscreen screen's, 800 pixels."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from meetingkit.services.backup import make_backup
from meetingkit.services.demo import Demo
from meetingkit.storage import cipher
from meetingkit.ui.feedback import MessageBox, plain_box
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.privacy_page import RestorePath
from meetingkit.ui.screen_fit import FRAME

MakeWindow = Callable[..., MainWindow]
Room = Callable[[int, int], None]
SRC = Path(__file__).resolve().parents[2] / "src" / "meetingkit"


class Seen:
    """A message box as it showed: its size, whether its buttons and its text were in view."""

    def __init__(self, box: QMessageBox) -> None:
        self.size = box.size()
        self.text = box.text()
        rect = box.rect()
        buttons = box.findChildren(QAbstractButton)
        self.buttons_in_view = bool(buttons) and all(
            rect.contains(QRect(b.mapTo(box, QPoint(0, 0)), b.size()))
            for b in buttons
            if b.isVisible()
        )
        self.area = box.findChild(QScrollArea, "fitted_text_area")
        label = box.findChild(QLabel, "qt_msgbox_label")
        self.label_shown = label is not None and label.isVisible()
        self.label_size = label.size() if label is not None else QSize()
        self.shown_text = ""
        self.scrolls = False
        if self.area is not None:
            copy = self.area.widget()
            assert isinstance(copy, QLabel)
            self.shown_text = copy.text()
            self.scrolls = self.area.verticalScrollBar().maximum() > 0
            self.whole = copy.height() >= copy.heightForWidth(copy.width())


def shown(qtbot: QtBot, act: Callable[[], object]) -> Seen:
    """The first message box `act` shows, as it showed; then it is cancelled."""
    seen: list[Seen] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(Seen(box))
        box.reject()

    QTimer.singleShot(0, look)
    act()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    return seen[0]


def _act(
    name: str,
    window: MainWindow,
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[], object]:
    """Ask the longest questions there are: Delete meeting, Purge, Forget person, Restore,
    Turn encryption on."""

    def delete() -> None:
        window.open_meeting(demo.meeting_id)
        window.delete_meeting()

    def purge() -> None:
        window.show_privacy()
        window.privacy_page.select_meeting(demo.meeting_id)
        window.privacy_page.purge_meeting()

    def forget() -> None:
        window.find_people()
        window.people_page.search_edit.setText("okonkwo")
        window.forget_person()

    def encrypt() -> None:
        monkeypatch.setattr(cipher, "available", lambda: True)
        window.show_privacy()
        window.privacy_page.toggle_encryption()

    def restore() -> None:
        made = make_backup(conn, data_dir / "elsewhere", None, now=dt.datetime(2026, 11, 20, 9))
        monkeypatch.setattr(RestorePath, "ask", classmethod(lambda *_: made.path))
        window.show_privacy()
        window.privacy_page.restore()

    return {
        "delete": delete,
        "purge": purge,
        "forget": forget,
        "encrypt": encrypt,
        "restore": restore,
    }[name]


@pytest.fixture
def asked(
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
    conn: sqlite3.Connection,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str], Seen]:
    """`asked(question)`: the main window made, `question` asked in it (`_act`), and its box
    as it showed."""

    def ask(question: str) -> Seen:
        window = make_window()
        return shown(qtbot, _act(question, window, demo, conn, data_dir, monkeypatch))

    return ask


@pytest.mark.parametrize("screen", [(1280, 720), (960, 540)])
@pytest.mark.parametrize("question", ["delete", "purge", "forget", "restore", "encrypt"])
def test_at_a_large_font_the_longest_questions_fit_with_their_buttons_in_view(
    question: str,
    screen: tuple[int, int],
    large_type: Callable[[str, float], None],
    screen_room: Room,
    asked: Callable[[str], Seen],
) -> None:
    large_type("es", 14)
    screen_room(*screen)
    room = QSize(*screen) - FRAME
    seen = asked(question)
    assert seen.size.height() <= room.height(), (question, seen.size)
    assert seen.size.width() <= room.width(), (question, seen.size)
    assert seen.buttons_in_view, question
    if seen.area is not None:  # wider first: as wide as Qt lets a box be, then it scrolls
        assert seen.size.width() >= min(room.width(), 800) - 60, (question, seen.size)
        assert not seen.label_shown
        assert seen.shown_text == seen.text
        assert seen.scrolls
        assert seen.whole


def test_delete_meeting_at_14_points_on_1280x720_is_wider_and_reads_whole(
    large_type: Callable[[str, float], None], screen_room: Room, asked: Callable[[str], Seen]
) -> None:
    """400x962 before; wider now, and no taller than the screen, nothing to scroll."""
    large_type("es", 14)
    screen_room(1280, 720)
    seen = asked("delete")
    assert seen.text.startswith("¿Eliminar “Safe Staffing Working Group — November”")
    assert seen.area is None
    assert seen.label_shown
    assert 500 < seen.size.width() <= 800
    assert seen.size.height() <= 720 - FRAME.height()
    assert seen.buttons_in_view


@pytest.mark.parametrize("screen", [(1280, 720), (960, 540), (3840, 2160)])
def test_at_the_usual_font_a_box_is_as_qt_makes_it(
    screen: tuple[int, int],
    screen_room: Room,
    qtbot: QtBot,
    asked: Callable[[str], Seen],
    spoken: str,
) -> None:
    screen_room(*screen)
    seen = asked("delete")
    assert seen.area is None
    assert seen.label_shown
    # The same question in a QMessageBox as Qt makes it
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete meeting", seen.text)
    box.addButton("Delete meeting", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert seen.size == box.size()
    assert seen.label_size == box.findChild(QLabel, "qt_msgbox_label").size()


def test_a_box_of_many_short_lines_scrolls_no_wider_than_its_lines(
    screen_room: Room, qtbot: QtBot
) -> None:
    """Lines no wider than Qt's box gain nothing from a wider one: it scrolls at their width."""
    screen_room(1280, 720)
    text = "\n".join(f"Line {n}" for n in range(80))
    box = plain_box(
        QMessageBox.Icon.Information, "Lines", text, QMessageBox.StandardButton.Ok, None
    )
    seen = shown(qtbot, box.exec)
    assert seen.area is not None
    assert seen.size.height() <= 720 - FRAME.height()
    assert seen.size.width() < 500
    assert seen.buttons_in_view
    assert seen.scrolls


def test_every_message_box_the_app_shows_is_one_that_fits() -> None:
    """Made as ui.feedback.MessageBox (plain_box, Alert, Confirm, MessageBox.tell), never as
    a QMessageBox of Qt's own, which nothing fits to the screen. Left: the three boxes of a
    sentence or two at start-up, before any window (app.py), which tests answer through
    QMessageBox's own functions."""
    made = re.compile(
        r"QMessageBox\(|QMessageBox\.(?:about|critical|information|question|warning)\("
    )
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "feedback.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if made.search(line):
                found.append(f"{path.relative_to(SRC)}:{n}")
    assert [where.split(":")[0] for where in found] == ["app.py"] * 3, found
    assert issubclass(MessageBox, QMessageBox)
