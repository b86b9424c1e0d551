"""Column widths that leave a table's main column readable on a small screen.

A table with one stretching column (an agenda item's title) and fixed-width ones beside it
(start, minutes, kind, owner, time used) squeezes the stretching column to almost nothing
when the window is narrow: the fixed columns keep their widths and the title shows "…".
`ReadableColumns` shrinks the fixed columns instead, in proportion and down to a floor, so
the main column keeps at least its minimum, and gives them back their widths when there is
room again. Widths the facilitator dragged are kept while there is room. A column whose
every value must show whole (a time, "at the laptop") is given its own floor: `text_width`
of its widest value, or, where its values change, `cells_width` of what it shows now
(`set_width`). No column shrinks below its header's text: a translated header
("Responsable" for "Owner") is often the widest thing in its column. Where even the floors do
not fit, the columns named `give_way` are hidden, in that order, rather than the table
scrolling sideways; they come back when there is room.

The main column's room can be a share of the table (`main_share`) where that is more than its
minimum, and is never more than it shows (`set_main_width`): a short title leaves its room to
the others. Columns named `in_turn` give way one after another, each down to its floor before
the next gives anything (the agenda's time over, then its owner, then its kind), before the
others give in proportion; one named `all_or_nothing` gives all it can or nothing (a time
without its time over needs no more than its own width).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

SMALLEST_SHARE = 0.55
"""A fixed column never shrinks below this share of its width."""

CELL_PADDING = 16
"""A cell's text margins and the grid line, with a little to spare."""


def header_width(table: QTableView, column: int) -> int:
    """How wide `column` must be to show its header whole: bold, as the header is drawn
    while a row is selected, with the style's margins."""
    return table.horizontalHeader().sectionSizeFromContents(column).width()


def text_width(table: QTableView, *texts: str, bold: bool = False) -> int:
    """How wide a column must be to show the widest of `texts` whole, margins included."""
    font = QFont(table.font())
    font.setBold(bold)
    return max(QFontMetrics(font).horizontalAdvance(t) for t in texts) + CELL_PADDING


_DIGIT = re.compile(r"\d")

Cell = tuple[str, bool]
"""A cell's text, and whether it is drawn in bold."""


def cells_width(table: QTableView, cells: Iterable[Cell]) -> int:
    """How wide a column of `table` must be to show each of `cells` whole, margins included
    (0 for no text): each digit taken as the widest one ("8"), so that a time counting up
    does not make its column twitch. Measured as the table measures its own cells
    (`QTableView.sizeHintForColumn`): the text's width with the style's margins, then the
    grid line. (The text's width in whole pixels and the margins added by hand came a pixel
    short in some fonts, and "Report-backs from each unit" lost its end.) Each text and weight
    is measured once: the agenda's time column is measured on every clock tick, and its times,
    each digit an "8", are mostly alike."""
    shown = {(_DIGIT.sub("8", text), bold) for text, bold in cells if text}
    style = table.style()
    options = {bold: _cell_option(table, bold) for bold in {bold for _, bold in shown}}
    widest = 0
    for text, bold in shown:
        option = options[bold]
        option.text = text
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), table)
        widest = max(widest, size.width())
    return widest + (1 if table.showGrid() else 0) if widest else 0


def _cell_option(table: QTableView, bold: bool) -> QStyleOptionViewItem:
    """What the style is told of a cell of `table` with text, plain or bold, to measure it."""
    font = QFont(table.font())
    font.setBold(bold)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = font
    option.fontMetrics = QFontMetrics(font)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    return option


def column_cells(table: QTableView, column: int) -> list[Cell]:
    """What `column` shows in each row, and whether in bold (its `FontRole`)."""
    model = table.model()
    cells = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        font = index.data(Qt.ItemDataRole.FontRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        cells.append((str(text or ""), isinstance(font, QFont) and font.bold()))
    return cells


class ReadableColumns(QObject):
    def __init__(
        self,
        table: QTableView,
        main: int,
        widths: Mapping[int, int],
        main_minimum: int,
        floors: Mapping[int, int] | None = None,
        whole: Mapping[int, int] | None = None,
        give_way: Sequence[int] = (),
        in_turn: Sequence[int] = (),
        all_or_nothing: Collection[int] = (),
        main_share: float = 0.0,
        give_way_below: int = 0,
    ) -> None:
        """`widths`: the fixed columns' widths; `floors`: how narrow some may get; `whole`:
        columns that never shrink, with their width (text_width of their widest value);
        `give_way`: fixed columns to hide, first to last, when the rest do not fit;
        `in_turn`: fixed columns that shrink first, one after another; `all_or_nothing`: of
        those, the ones that go straight to their floor; `main_share`: the share of the
        table's width the main column keeps, where that is more than `main_minimum`;
        `give_way_below`: how narrow the main column may get before the `give_way` columns
        hide (its header's text: a large font), where not `main_minimum`."""
        super().__init__(table)
        self._table = table
        self._widths = {**widths, **(whole or {})}
        self._main_minimum = main_minimum
        self._main_share = main_share
        self._main_needs: int | None = None  # what the main column shows, when told
        self._in_turn = tuple(in_turn)
        self._all_or_nothing = frozenset(all_or_nothing)
        self._floors = {**(floors or {}), **(whole or {})}
        self._give_way = tuple(give_way)
        self._give_way_below = give_way_below
        self.hidden: frozenset[int] = frozenset()  # columns given way, for want of room
        self._squeezed = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        for column, width in self.widths().items():
            table.setColumnWidth(column, width)
        table.viewport().installEventFilter(self)

    def _wanted(self) -> dict[int, int]:
        """Every fixed column's width when there is room: as given, or its header's."""
        return {c: max(w, header_width(self._table, c)) for c, w in self._widths.items()}

    def widths(self) -> dict[int, int]:
        """The shown fixed columns' widths when there is room."""
        return {c: w for c, w in self._wanted().items() if c not in self.hidden}

    def set_width(self, column: int, width: int, floor: int | None = None) -> None:
        """A fixed column's width follows what it shows now (the widest kind in a stack), and
        with `floor` how narrow it may get (its width, for a column shown whole)."""
        if self._widths.get(column) != width or (
            floor is not None and self._floors.get(column) != floor
        ):
            self._widths[column] = width
            if floor is not None:
                self._floors[column] = floor
            self._squeezed = True  # shown at once, even where there is room
            self.fit()

    def set_main_width(self, width: int) -> None:
        """How wide the main column must be to show what it shows now whole: it keeps no more
        room than that."""
        if width != self._main_needs:
            self._main_needs = width
            self.fit()

    def main_room(self, available: int) -> int:
        """How wide the main column stays, in a viewport `available` pixels wide, before it
        gives way: its minimum or its share of the table, but no wider than what it shows."""
        room = max(self._main_minimum, round(self._main_share * available))
        return room if self._main_needs is None else min(room, self._main_needs)

    def floors(self) -> dict[int, int]:
        """How narrow each shown fixed column may get."""
        return {c: self._floor(c, w) for c, w in self.widths().items()}

    def _floor(self, column: int, width: int) -> int:
        """How narrow `column`, `width` wide with room, may get: its own floor if it was
        given one, else a share of its width (never below the header's smallest section),
        and never below its header's text."""
        smallest = self._table.horizontalHeader().minimumSectionSize()
        given = self._floors.get(column, max(smallest, round(width * SMALLEST_SHARE)))
        return min(width, max(given, header_width(self._table, column)))

    def widths_for(self, available: int) -> dict[int, int]:
        """The fixed columns' widths in a viewport `available` pixels wide, until the main
        column has its room (`main_room`): the `in_turn` ones give way first, one after
        another, then the others each give up the same share of what they can give."""
        widths = self.widths()
        missing = sum(widths.values()) + self.main_room(available) - available
        if missing <= 0:
            return widths
        floors = self.floors()
        for column in (c for c in self._in_turn if c in widths):
            if missing <= 0:
                return widths
            slack = widths[column] - floors[column]
            given = slack if column in self._all_or_nothing else min(slack, missing)
            widths[column] -= given
            missing -= given
        rest = [c for c in widths if c not in self._in_turn]
        slack = sum(widths[c] - floors[c] for c in rest)
        share = min(1.0, missing / slack) if slack > 0 and missing > 0 else 0.0
        for column in rest:
            widths[column] = round(widths[column] - (widths[column] - floors[column]) * share)
        return widths

    def _give_way_for(self, available: int) -> frozenset[int]:
        """The fewest `give_way` columns (first ones first) whose hiding lets the others fit
        `available` pixels at their floors."""
        floors = {c: self._floor(c, w) for c, w in self._wanted().items()}
        hidden: frozenset[int] = frozenset()
        for column in (None, *self._give_way):
            if column is not None:
                hidden |= {column}
            if (
                sum(f for c, f in floors.items() if c not in hidden)
                + (self._give_way_below or self.main_room(available))
                <= available
            ):
                break
        return hidden

    def fit(self) -> None:
        available = self._table.viewport().width()
        if self._give_way:
            hidden = self._give_way_for(available)
            if hidden != self.hidden:
                self.hidden = hidden
                for column in self._give_way:
                    self._table.setColumnHidden(column, column in hidden)
                self._squeezed = True  # the widths are set again, for what is shown now
        widths = self.widths_for(available)
        squeezed = widths != self.widths()
        if not squeezed and not self._squeezed:
            return  # room enough, and nothing of ours to undo: keep what was dragged
        self._squeezed = squeezed
        for column, width in widths.items():
            self._table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
