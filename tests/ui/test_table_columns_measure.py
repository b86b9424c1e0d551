"""A column sized for its cells (`cells_width`: the agenda's, the Haven't seen tab's) is as
wide as the table measures them itself, in any font size, plain or bold: never a pixel short,
which cut the cell's end off with "…". The text's width in whole pixels with margins added by
hand came a pixel short at 13, 15 or 18 px of DejaVu Sans ("Ana Omar", "Announcement"), and
in other fonts ("✓ Report-backs from each unit" in URW Gothic); at 12 px (9 pt on a 96 dpi
screen, the tests' usual font) it happened never to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.ui.table_columns import cells_width, column_cells

TEXTS = (
    "Ana Omar",
    "Ana for",
    "Announcement",
    "Announcements survey",
    "Ana December",
    "✓ Report-backs from each unit",
    "▶ Staffing survey results",
    "Proposal: a safe-staffing vigil on December 5",
    "Keisha Washington",
    "Responsable",
    "Tiempo usado",
    "Técnica/o de atención al paciente",
)


@pytest.mark.parametrize("bold", [False, True], ids=["plain", "bold"])
@pytest.mark.parametrize("pixels", range(9, 25))
def test_a_column_sized_for_its_cells_is_as_wide_as_the_table_measures_them(
    qtbot: QtBot, pixels: int, bold: bool
) -> None:
    model = QStandardItemModel()
    for text in TEXTS:
        item = QStandardItem(text)
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        model.appendRow(item)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixels)
    table.setFont(font)
    cells = column_cells(table, 0)
    assert [bold] * len(TEXTS) == [b for _, b in cells]
    grid = 1 if table.showGrid() else 0
    for row, cell in enumerate(cells):
        assert cells_width(table, [cell]) == table.sizeHintForIndex(model.index(row, 0)).width() + (
            grid
        ), cell[0]
    assert cells_width(table, cells) == table.sizeHintForColumn(0)


class CountingStyle(QProxyStyle):
    """The style a table measures its cells with, counting the cells it was asked about."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.measured: list[str] = []

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        if isinstance(option, QStyleOptionViewItem):
            self.measured.append(option.text)
        return super().sizeFromContents(kind, option, size, widget)


def test_a_time_column_is_measured_once_per_text_it_shows(qtbot: QtBot) -> None:
    """The agenda's time column is measured on every clock tick: its times, each digit an "8",
    are mostly alike, and each is measured once (a measure per cell, each with a font made
    for it, took about 0.25 ms of every tick for a dozen items)."""
    table = QTableView()
    qtbot.addWidget(table)
    style = CountingStyle()
    table.setStyle(style)
    times = [(f"{m}:{s:02d}", False) for m, s in ((1, 5), (12, 40), (3, 9), (10, 0))]
    cells = [*times, ("12:34", True), ("", False), ("—", False), ("—", False)]
    width = cells_width(table, cells)
    assert sorted(style.measured) == ["88:88", "88:88", "8:88", "—"]  # plain, bold, and two
    assert width == max(
        cells_width(table, [cell]) for cell in (("1:05", False), ("88:88", True), ("—", False))
    )
