"""Rows of buttons that wrap onto more rows on a narrow screen instead of widening the window.

A grid or a row of buttons is as wide as its widest row, however long the translated texts
make it ("Cuestión técnica / de idioma (T)"): three such buttons side by side kept the
window wider than a 1024-pixel laptop. `ButtonFlow` lays its buttons out like words in a
paragraph, each row stretched to the full width, and asks only for the width that
`max_rows` rows need.

Beside a clock, a layout is activated every second: each text a label changes asks its
window to lay out again, and Qt then asks every layout in it for its sizes and places it anew.
A flow whose buttons are as they were answers from what it worked out last time and leaves
its buttons where they are, so a ticking countdown costs it nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

Row = list[tuple[QLayoutItem, int]]
"""A row of buttons, each with its natural width."""
Shape = tuple[tuple[tuple[int, int, int], ...], int, tuple[int, int, int, int]]
"""What the flow's sizes follow: each shown button (its place, natural width and height), the
gap, and the margins."""


class ButtonFlow(QLayout):
    def __init__(self, max_rows: int, parent: QWidget | None = None) -> None:
        """`max_rows`: the most rows the buttons may take, on the narrowest screen."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._max_rows = max_rows
        self._shape: Shape | None = None  # the buttons' sizes the answers below are for
        self._answers: dict[tuple[str, int], int] = {}  # (question, width or rows): answer
        self._placed: QRect | None = None  # where the buttons were placed for that shape
        self.placements = 0  # how many times the buttons were placed: once per real change

    # The items

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._forget()  # another button, maybe as large as one before it

    def addWidget(self, widget: QWidget) -> None:
        """A button that widens to fill its row (a QToolButton is fixed-size otherwise)."""
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        super().addWidget(widget)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._forget()
        return self._items.pop(index)

    # Sizes

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        def height() -> int:
            margins = self.contentsMargins()
            inner = width - margins.left() - margins.right()
            return self._height(self._rows(inner)) + margins.top() + margins.bottom()

        return self._answer("height", width, height)

    def sizeHint(self) -> QSize:
        """The minimum: all the rest of the room is the stretch's to share out (asking for
        one long row would take a splitter's room from the panel beside)."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """As narrow as `max_rows` rows allow, and as tall as they are then."""
        narrowest = self._narrowest(self._max_rows)
        height = self._answer("rows height", narrowest, lambda: self._height(self._rows(narrowest)))
        return self._with_margins(narrowest, height)

    def setGeometry(self, rect: QRect) -> None:
        """As few rows as fit, with the buttons shared evenly between them (three and two,
        not four and one), each row stretched to the full width. Not again into the same
        rectangle while the buttons keep their sizes: nothing would move."""
        super().setGeometry(rect)
        self._check_shape()
        if self._placed == rect:
            return
        self._placed = QRect(rect)
        self.placements += 1
        area = self.contentsRect()
        gap, top = self._gap(), area.top()
        balanced = self._narrowest(len(self._rows(area.width())))
        for row in self._rows(balanced):
            height = max(item.sizeHint().height() for item, _w in row)
            extra = area.width() - self._row_width(row)  # shared out, to the last pixel
            left = area.left()
            for at, (item, natural) in enumerate(row):
                width = natural + extra // len(row) + (1 if at < extra % len(row) else 0)
                item.setGeometry(QRect(left, top, width, height))
                left += width + gap
            top += height + gap

    # Internals

    def _check_shape(self) -> None:
        """Forget the answers worked out for buttons whose sizes, or whose showing, changed."""
        margins = self.contentsMargins()
        buttons = tuple(
            (at, max(item.sizeHint().width(), item.minimumSize().width()), item.sizeHint().height())
            for at, item in enumerate(self._items)
            if not item.isEmpty()
        )
        edges = (margins.left(), margins.top(), margins.right(), margins.bottom())
        shape = (buttons, self._gap(), edges)
        if shape != self._shape:
            self._forget(shape)

    def _forget(self, shape: Shape | None = None) -> None:
        self._shape, self._answers, self._placed = shape, {}, None

    def _answer(self, question: str, given: int, work_out: Callable[[], int]) -> int:
        """`work_out()`, remembered for these buttons' sizes."""
        self._check_shape()
        key = (question, given)
        if key not in self._answers:
            self._answers[key] = work_out()
        return self._answers[key]

    def _naturals(self) -> Row:
        """The shown buttons (a hidden one is empty) with the width each needs."""
        return [
            (item, max(item.sizeHint().width(), item.minimumSize().width()))
            for item in self._items
            if not item.isEmpty()
        ]

    def _narrowest(self, rows: int) -> int:
        """The narrowest width at which the buttons take no more than `rows` rows."""
        return self._answer("narrowest", rows, lambda: self._search_narrowest(rows))

    def _search_narrowest(self, rows: int) -> int:
        naturals = self._naturals()
        if not naturals:
            return 0
        narrow, wide = max(w for _item, w in naturals), self._row_width(naturals)
        while narrow < wide:  # the rows a width needs only grow as it narrows
            middle = (narrow + wide) // 2
            if len(self._rows(middle)) <= rows:
                wide = middle
            else:
                narrow = middle + 1
        return wide

    def _rows(self, width: int) -> list[Row]:
        """The shown buttons in rows `width` pixels wide, each row as full as it fits (a
        button wider than `width` has a row of its own)."""
        gap = self._gap()
        rows: list[Row] = []
        used = 0
        for item, natural in self._naturals():
            if rows and used + gap + natural <= width:
                rows[-1].append((item, natural))
                used += gap + natural
            else:
                rows.append([(item, natural)])
                used = natural
        return rows

    def _row_width(self, row: Row) -> int:
        return sum(w for _item, w in row) + self._gap() * max(len(row) - 1, 0)

    def _height(self, rows: list[Row]) -> int:
        heights = [max(item.sizeHint().height() for item, _w in row) for row in rows if row]
        return sum(heights) + self._gap() * max(len(heights) - 1, 0)

    def _gap(self) -> int:
        """The spacing set on this layout, else its parent layout's, else the style's."""
        return max(self.spacing(), 0)

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )
