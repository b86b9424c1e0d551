"""On a laptop of 1366x768 at 125 % (1093x614 logical pixels), the Sign-in tab reads whole,
in English and in Spanish: "Serve on" showed "127.0.0.1  (this lapto", cut mid-word with no
"…", and the room's count left its quorum "✓" alone on a line of its own ("2" / "por
primera vez" too). Where there really is no room, the address ends in "…" and its tooltip
says it whole."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui import language
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import NO_BREAK, ElidingComboBox, SignInTab

LAPTOP = (1093, 614)


@pytest.fixture(params=["en", "es"])
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language.install(qapp, request.param)
    yield request.param
    language.install(qapp, "en")


def _laid_out(window: MainWindow) -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _serving_on_a_laptop(
    make_window: Callable[..., MainWindow], demo: Demo, qtbot: QtBot
) -> SignInTab:
    """Tonight's demo meeting on the Sign-in tab, served on this laptop only (as the guide's
    pictures are), in a window the size of the laptop's screen."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    view.show_signin()
    tab = view.signin_tab
    tab.serve("127.0.0.1", 0, for_picture=True)
    tab.refresh()
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == LAPTOP)
    _laid_out(window)
    return tab


def _text_room(combo: QComboBox) -> int:
    """How wide the text of the combo box's choice may be drawn (the style draws it 1 px in
    from either side of its field)."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 2


def _lines(label: QLabel) -> list[str]:
    """The lines `label` wraps its text into at its width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
    layout.endLayout()
    lines = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    return [line.replace(NO_BREAK, " ").strip() for line in lines]


def test_the_address_served_on_shows_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    tab = _serving_on_a_laptop(make_window, demo, qtbot)
    try:
        combo = tab.address_combo
        assert combo.currentData() == "127.0.0.1"
        assert combo.currentText().startswith("127.0.0.1  (")  # "(this laptop only)"
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert needed <= _text_room(combo), (spoken, combo.currentText(), combo.width())
        assert combo.toolTip() == ""
    finally:
        tab.close_serving()


def test_the_count_wraps_only_between_its_parts(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    tab = _serving_on_a_laptop(make_window, demo, qtbot)
    try:
        tab.quorum_spin.setValue(15)  # the demo's: 23 people here, so it is met
        tab._quorum_changed()
        label = tab.count_label
        met = {"en": "quorum met ✓", "es": "hay quórum ✓"}[spoken]
        parts = [p.strip() for p in label.text().replace(NO_BREAK, " ").split("·")]
        assert parts[-1] == met
        lines = _lines(label)
        assert len(lines) > 1, lines  # it does wrap at this size
        for part in parts:  # each on one line: "2 por primera vez", "hay quórum ✓"
            assert any(part in line for line in lines), (spoken, part, lines)
        assert "✓" not in lines
    finally:
        tab.close_serving()


def test_an_address_with_no_room_ends_in_an_ellipsis_and_its_tooltip_says_it_whole(
    qtbot: QtBot,
) -> None:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    address = "127.0.0.1  (this laptop only)"
    combo.addItem(address, "127.0.0.1")
    combo.addItem("10.0.0.5", "10.0.0.5")
    combo.show()
    combo.resize(90, combo.sizeHint().height())
    qtbot.waitUntil(lambda: combo.width() == 90)
    assert combo.shown_text().endswith("…")
    assert combo.shown_text() != address
    assert combo.toolTip() == address

    combo.setCurrentIndex(1)  # a short one fits: no tooltip
    assert combo.shown_text() == "10.0.0.5"
    assert combo.toolTip() == ""

    combo.setCurrentIndex(0)
    combo.resize(combo.sizeHint().width() + 40, combo.height())  # room again
    qtbot.waitUntil(lambda: combo.shown_text() == address)
    assert combo.toolTip() == ""
