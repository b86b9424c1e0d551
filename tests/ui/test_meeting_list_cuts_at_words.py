"""On a laptop the meeting list cuts its titles between words, never inside one, and keeps
what tells a series' meetings apart (QA round 15c: "Safe Staffing …oup — November",
"One-on-one con…new organizers"; the details ended "Run …", and then "Meeting · …": the kind
now gives way to the step on the path)."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.two_line_rows import DETAIL_ROLE, elide_parts, elide_words

MIDDLE = Qt.TextElideMode.ElideMiddle


class Recording(QPainter):
    """A painter that keeps the texts drawn with it."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:
        self.texts.append(str(args[-1]))
        super().drawText(*args)  # type: ignore[call-overload]


def _words(text: str) -> list[str]:
    return text.replace("…", " ").split()


@pytest.mark.parametrize("width", [1093, 1280])
def test_the_meeting_list_cuts_titles_between_words(
    width: int, spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    """In English and Spanish ("dom 25 oct · 18:30 · Reunión · Seguimiento 1/4" gave way
    to "dom 25 oct · 18:30 · …": the time gives way to the step too)."""
    window = make_window()
    window.resize(width, 614)
    qtbot.wait(10)
    tree = window.meetings_page.tree
    model = tree.model()
    delegate = tree.itemDelegate()
    cut = 0
    for branch in range(model.rowCount()):
        parent = model.index(branch, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            title, details = str(index.data()), str(index.data(DETAIL_ROLE))
            option = QStyleOptionViewItem()
            tree.initViewItemOption(option)
            option.rect = tree.visualRect(index)
            image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
            painter = Recording(image)
            painter.translate(-option.rect.topLeft())
            delegate.paint(painter, option, index)
            painter.end()
            name, line = painter.texts[-2], painter.texts[-1]
            cut += name != title
            for word in _words(name):  # every word shown is one of the title's, whole
                assert word in title.split(), (name, title)
            if " — " in title:  # the month, or whatever tells the series' meetings apart
                assert name.endswith(title.rpartition(" — ")[2]), (name, title)
            for part in line.split(" · "):
                assert part == "…" or part in details.split(" · "), (line, details)
            # the step on the path ("Run 1/3") shows: the kind, then the time, give way to it
            assert line.split(" · ")[-1] == details.split(" · ")[-1], (line, details)
    if width == 1093:
        assert cut  # titles were cut there: the test saw what it is for


def test_eliding_between_words(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    metrics = QFontMetrics(label.font())
    title = "Safe Staffing Working Group — November"
    full = metrics.horizontalAdvance(title)
    assert elide_words(title, metrics, full, MIDDLE) == title
    shown = elide_words(title, metrics, full - 10, MIDDLE)
    assert shown == "Safe Staffing Working… — November"
    plain = "One-on-one conversations with new organizers"
    shown = elide_words(plain, metrics, metrics.horizontalAdvance(plain) - 20, MIDDLE)
    assert "…" in shown
    assert all(w in plain.split() for w in _words(shown))
    assert shown.startswith("One-on-one")
    assert shown.endswith("organizers")
    right = elide_words(plain, metrics, metrics.horizontalAdvance(plain) - 20)
    assert right == "One-on-one conversations with new…"
    details = "Sun 22 Nov · 08:15 · Meeting · Run 1/3"
    assert elide_parts(details, metrics, metrics.horizontalAdvance(details) - 5) == (
        "Sun 22 Nov · 08:15 · Meeting · …"
    )
