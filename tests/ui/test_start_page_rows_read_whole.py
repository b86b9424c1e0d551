"""The start screen's lists by screen reader and keyboard (QA round 16a): their rows are laid
out as a label per column, so a screen reader heard the columns apart, shortened ("Sign the
ratio petition a…\\nSign the ratio peti"), and no row could be reached by Tab. Each row now
reads whole, the list is one stop of Tab, the arrows go from row to row, and Enter opens
the page that holds them all (Follow-ups, People)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.start_page import TextColumns
from tests.ui.real_keyboard import press

MakeWindow = Callable[..., MainWindow]
GRACE = "Grace Mensah: Speak at the board meeting (Sat 28 Nov), due Mon 9 Nov. Organizer: Ana Lima"


def focused_reading() -> str:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget.accessibleDescription()


def test_each_follow_up_reads_whole_however_narrow_the_column(
    demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window(start=True)
    window.resize(760, 600)
    QApplication.processEvents()
    rows = window.start_page.overdue_list
    shown = rows.columns[1].text()
    assert "…" in shown, shown  # the column gives way on a small screen
    spoken = rows.spoken()
    assert spoken[0] == GRACE
    assert spoken[-1] == "And 1 more. Enter opens the Follow-ups page."
    for (name, text, due, organizer), reading in zip(rows.rows()[:-1], spoken, strict=False):
        assert reading == f"{name}: {text}, {due}. Organizer: {organizer}"
    assert all("…" not in reading for reading in spoken)
    assert "…" not in rows.columns[1].accessibleName()  # the column, read on its own
    assert [f.accessibleName() for f in rows.row_focus[: len(spoken)]] == spoken
    assert window.start_page.newcomer_list.spoken() == [
        "Sofía Castillo, Student",
        "Tom Delgado, Patient care technician",
    ]


def test_the_follow_ups_are_one_stop_of_tab_and_the_arrows_go_row_by_row(
    demo: Demo, make_window: MakeWindow
) -> None:
    window = make_window(start=True)
    page = window.start_page
    page.new_button.setFocus()
    press(window, Qt.Key.Key_Tab)
    assert focused_reading() == GRACE
    press(window, Qt.Key.Key_Down)
    assert focused_reading().startswith("Priya Raman: Sign the ratio petition")
    press(window, Qt.Key.Key_End)
    assert focused_reading() == "And 1 more. Enter opens the Follow-ups page."
    press(window, Qt.Key.Key_Up)
    assert focused_reading().startswith("Tomás Herrera: ")
    press(window, Qt.Key.Key_Tab)  # out of the list, to its button
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton)
    assert focused.text() == "Open follo&w-ups"
    press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back: the same row
    assert focused_reading().startswith("Tomás Herrera: ")
    press(window, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.follow_ups_page


def test_enter_on_a_newcomer_opens_the_people_page(demo: Demo, make_window: MakeWindow) -> None:
    window = make_window(start=True)
    window.start_page.newcomer_list.focus_row(1)
    assert focused_reading() == "Tom Delgado, Patient care technician"
    press(window, Qt.Key.Key_Enter)
    assert window.pages.currentWidget() is window.people_page


def test_rows_added_later_keep_their_place_in_tab_s_order(qtbot: QtBot) -> None:
    """Rows are made as first needed (a list shows two rows today, four tomorrow): each new
    one goes after the list's last, not after every widget of the window."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before, after = QPushButton("Before"), QPushButton("After")
    rows = TextColumns(2)
    for widget in (before, rows, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    rows.set_rows([("Ana", "Nurse"), ("Bilal", "CNA")])
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    rows.set_rows([("Ana", "Nurse"), ("Bilal", "CNA"), ("Carmen", "RN"), ("Dele", "")])
    before.setFocus()
    press(window, Qt.Key.Key_Tab)
    assert focused_reading() == "Ana, Nurse"
    press(window, Qt.Key.Key_End)
    assert focused_reading() == "Dele"
    press(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused_reading() == "Dele"
    press(window, Qt.Key.Key_Up)
    assert focused_reading() == "Carmen, RN"
