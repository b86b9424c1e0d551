"""Esc on "People still on the stack" (QA 15c, finding 12): it chose "Leave them" unsaid. The
agenda has already moved on when it is asked, so there is no Cancel: Esc and the window's
close button do nothing, and the facilitator presses one of the three. The question says
that leaving them is the way back. Keys go to the box's QWindow, as a real keyboard's do."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.ui.unheard_choice import Unheard, UnheardChoice


def answered(qtbot: QtBot, act: Callable[[QMessageBox], None]) -> Unheard:
    """Ask, and let `act` do what the facilitator does to the question."""

    def on_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        try:
            act(box)
        finally:
            if box.isVisible():  # a failed check must not leave the test waiting on it
                box.done(0)

    QTimer.singleShot(0, on_box)
    return UnheardChoice.ask(None, 2, "Budget", "Staffing")


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


@pytest.mark.parametrize("shut", ["Esc", "close"])
def test_esc_or_closing_the_window_chooses_nothing(qtbot: QtBot, shut: str) -> None:
    seen: list[bool] = []

    def act(box: QMessageBox) -> None:
        qtbot.waitExposed(box)
        if shut == "Esc":
            handle = box.windowHandle()
            assert handle is not None
            QTest.keyClick(handle, Qt.Key.Key_Escape)
        else:
            box.close()
        QApplication.processEvents()
        seen.append(box.isVisible())  # still asking
        button(box, "Parking lot").click()  # what the facilitator then picks

    assert answered(qtbot, act) is Unheard.PARK
    assert seen == [True]


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("Carry them over", Unheard.CARRY),
        ("Parking lot", Unheard.PARK),
        ("Leave them", Unheard.KEEP),
    ],
)
def test_each_button_chooses_its_own(qtbot: QtBot, text: str, chosen: Unheard) -> None:
    assert answered(qtbot, lambda box: button(box, text).click()) is chosen


def test_enter_carries_them_as_before(qtbot: QtBot) -> None:
    def act(box: QMessageBox) -> None:
        qtbot.waitExposed(box)
        handle = box.windowHandle()
        assert handle is not None
        QTest.keyClick(handle, Qt.Key.Key_Return)

    assert answered(qtbot, act) is Unheard.CARRY


def test_the_question_says_leaving_them_is_the_way_back(qtbot: QtBot) -> None:
    said: list[str] = []

    def act(box: QMessageBox) -> None:
        said.append(box.informativeText())
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        assert label is not None
        said.append(str(label.textFormat() == Qt.TextFormat.PlainText))  # a title is no markup
        button(box, "Leave them").click()

    answered(qtbot, act)
    assert said == [
        "“Leave them” keeps them on “Budget”: they are on the stack again if you go back to it.",
        "True",
    ]
