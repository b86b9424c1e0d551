"""The focus shows at arm's length in the light and dark themes, and in the default "Follow
the system" over the desktop's own look: a 2-px ring in the accent colour round the control
the keyboard is on (it was a 1-px border, 1.15:1 inside), and nothing moves when the focus
does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.ui import focus_ring
from meetingkit.ui.focus_ring import RING_PX, FocusRingStyle
from meetingkit.ui.theme import theme_palette
from meetingkit.ui.tones import contrast_ratio

Role = QPalette.ColorRole
RINGED = ("light", "dark", "system")


def palette_of(name: str) -> QPalette:
    """The theme's palette: for "system", the desktop's."""
    return QApplication.palette() if name == "system" else theme_palette(name)


class Form(QWidget):
    """One of each control the keyboard stops on, in Tab order."""

    def __init__(self) -> None:
        super().__init__()
        self.first = QPushButton("First")
        self.button = QPushButton("Next speaker")
        self.tool = QToolButton()
        self.tool.setText("Close stack")
        self.tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo = QComboBox()
        self.combo.addItems(["Least airtime first", "In the order they asked"])
        self.edit = QLineEdit("Ana")
        self.tabs = QTabBar()
        for name in ("Agenda", "Floor", "Report"):
            self.tabs.addTab(name)
        model = QStandardItemModel(3, 3, self)
        for row in range(3):
            for column in range(3):
                model.setItem(row, column, QStandardItem(f"{row}{column}"))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        for widget in (
            self.first,
            self.button,
            self.tool,
            self.combo,
            self.edit,
            self.tabs,
            self.table,
        ):
            layout.addWidget(widget)

    def controls(self) -> list[QWidget]:
        return [self.button, self.tool, self.combo, self.edit, self.tabs, self.table]


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.resize(360, 520)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    form.first.setFocus()
    return form


def tab_to(qtbot: QtBot, widget: QWidget) -> None:
    """Real Tab presses, as a keyboard user moves."""
    for _ in range(10):
        if widget.hasFocus():
            return
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert widget.hasFocus()


def left_edge(widget: QWidget, x: int = 0, y: int | None = None) -> list[QColor]:
    """The first RING_PX pixels in from `x`, at mid-height (or at `y`)."""
    image: QImage = widget.grab().toImage()
    row = image.height() // 2 if y is None else y
    return [QColor(image.pixel(x + n, row)) for n in range(RING_PX)]


def is_colour(pixels: list[QColor], colour: QColor) -> bool:
    return all(
        max(
            abs(p.red() - colour.red()),
            abs(p.green() - colour.green()),
            abs(p.blue() - colour.blue()),
        )
        <= 24
        for p in pixels
    )


@pytest.mark.parametrize("name", RINGED)
def test_the_focused_control_has_a_ring_in_the_accent_colour(
    qtbot: QtBot, wear: Callable[[str], None], form: Form, name: str
) -> None:
    wear(name)
    accent = palette_of(name).color(Role.Highlight)
    # Seen against what is round it: 3:1 at least (WCAG's contrast for a focus indicator);
    # the desktop's palette is the desktop's
    for ground in (Role.Window, Role.Button, Role.Base):
        assert name == "system" or contrast_ratio(accent, palette_of(name).color(ground)) >= 3.0
    for widget in form.controls():
        if widget is form.tabs:
            continue
        assert not is_colour(left_edge(widget), accent), type(widget).__name__
        tab_to(qtbot, widget)
        assert is_colour(left_edge(widget), accent), type(widget).__name__


@pytest.mark.parametrize("name", RINGED)
def test_the_current_tab_and_the_tables_current_cell_have_their_ring(
    qtbot: QtBot, wear: Callable[[str], None], form: Form, name: str
) -> None:
    wear(name)
    palette = palette_of(name)
    accent = palette.color(Role.Highlight)
    tabs = form.tabs
    tabs.setCurrentIndex(1)
    tab = tabs.tabRect(1)
    assert not is_colour(left_edge(tabs, tab.left(), tab.center().y()), accent)
    tab_to(qtbot, tabs)
    assert is_colour(left_edge(tabs, tab.left(), tab.center().y()), accent)

    table = form.table
    table.setCurrentIndex(table.model().index(1, 1))  # row 1 selected, cell (1, 1) current
    tab_to(qtbot, table)
    cell = table.visualRect(table.model().index(1, 1))
    inside = table.viewport()
    # On the selected row, whose fill is the accent: the ring is in the row's text colour
    on_row = left_edge(inside, cell.left(), cell.center().y())
    assert is_colour(on_row, palette.color(Role.HighlightedText))
    assert contrast_ratio(palette.color(Role.HighlightedText), accent) >= 3.0
    table.selectionModel().clearSelection()
    assert is_colour(left_edge(inside, cell.left(), cell.center().y()), accent)


@pytest.mark.parametrize("name", RINGED)
def test_nothing_moves_when_the_focus_does(
    qtbot: QtBot, wear: Callable[[str], None], form: Form, name: str
) -> None:
    wear(name)
    QApplication.processEvents()

    def places() -> list[tuple[object, ...]]:
        return [
            (w.geometry().getRect(), w.sizeHint().toTuple(), w.mapTo(form, QPoint()).toTuple())
            for w in form.controls()
        ]

    before = places()
    for widget in form.controls():
        tab_to(qtbot, widget)
        assert places() == before, type(widget).__name__


def worn_style(qapp: QApplication) -> QStyle:
    """The style under the theme's style sheet (QApplication.style() is the sheet's own)."""
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")
    style = QApplication.style()
    qapp.setStyleSheet(sheet)
    return style


def test_high_contrast_keeps_its_own_thick_frame_and_system_gives_the_style_back(
    qapp: QApplication, wear: Callable[[str], None]
) -> None:
    desktop = QApplication.style().name()
    if isinstance(QApplication.style(), FocusRingStyle):  # a theme an earlier test wore
        desktop = QApplication.style().baseStyle().name()
    wear("light")
    assert isinstance(worn_style(qapp), FocusRingStyle)
    wear("high-contrast")
    assert not isinstance(worn_style(qapp), FocusRingStyle)
    assert worn_style(qapp).name().lower() == "fusion"
    wear("dark")
    assert isinstance(worn_style(qapp), FocusRingStyle)
    wear("system")
    worn = worn_style(qapp)  # the desktop's own style, with the ring over it
    assert isinstance(worn, FocusRingStyle)
    assert worn.baseStyle().name().lower() == desktop.lower()


def test_the_system_theme_rings_the_focus_from_the_start_and_otherwise_looks_the_same(
    qtbot: QtBot, qapp: QApplication, wear: Callable[[str], None], form: Form
) -> None:
    """The default theme, as the app starts in it: the desktop's palette and style (Fusion
    here, whose own focus is a 1-px line), and the ring only where the focus is."""
    desktop = QApplication.style().name()
    if isinstance(QApplication.style(), FocusRingStyle):
        desktop = QApplication.style().baseStyle().name()
    qapp.setStyle(desktop)
    desktop_palette = QApplication.palette()
    unfocused = [form.button, form.tool, form.combo, form.edit]
    before = [w.grab().toImage() for w in unfocused]
    theme = qapp.property("meetingkit_theme")
    qapp.setProperty("meetingkit_theme", None)  # as at start-up: no theme given yet
    try:
        wear("system")
    finally:
        qapp.setProperty("meetingkit_theme", theme)
    assert isinstance(QApplication.style(), FocusRingStyle)
    assert QApplication.palette() == desktop_palette
    assert [w.grab().toImage() for w in unfocused] == before  # looks as the desktop's
    accent = desktop_palette.color(Role.Highlight)
    for widget in (form.edit, form.table):  # a text box, a table: whenever they have focus
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        assert is_colour(left_edge(widget), accent), type(widget).__name__


def test_a_desktop_style_with_its_own_ring_is_left_alone(
    qapp: QApplication, wear: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(focus_ring, "FAINT_FOCUS_STYLES", frozenset({"macos"}))
    qapp.setStyle("Fusion")
    qapp.setProperty("meetingkit_desktop_style", None)
    wear("system")
    assert not isinstance(worn_style(qapp), FocusRingStyle)
    assert worn_style(qapp).name().lower() == "fusion"


def test_the_app_starts_in_the_system_theme_with_the_ring(tmp_path: Path) -> None:
    """As it starts (app._application), in a process of its own: the default theme wears the
    ring over the desktop's style, with the desktop's palette."""
    code = (
        "from PySide6.QtGui import QPalette\n"
        "from meetingkit.app import _application\n"
        "from meetingkit.ui.focus_ring import FocusRingStyle\n"
        "app = _application()\n"
        "style = app.style()\n"
        "print(type(style).__name__, style.baseStyle().name().lower())\n"
        "print(app.palette() == app.style().standardPalette())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEETINGKIT_CONFIG_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["FocusRingStyle", "fusion", "True"]
