"""Where commitment cards, name badges and name tents go on the paper, in points (72 to the inch).

The label layouts copy the makers' published templates (the figures gLabels lists for them), so
a printed sheet lines up with the pre-cut stock an organizer buys:

* Avery 5388 index cards: 5 × 3 in, 3 per Letter sheet, left 1.75 in, top 1 in, 3 in apart.
* Avery 5389 postcards: 6 × 4 in, 2 per Letter sheet, left 1.25 in, top 1.25 in, 4.5 in apart.
* Avery 5395 name badges: 3 3/8 × 2 1/3 in, 8 per Letter sheet in 2 columns and 4 rows, left
  11/16 in, top 7/12 in, 3.75 in across and 2.5 in down.
* Avery 5305 tent cards: 8.5 × 2.5 in when folded, 2 per Letter sheet. Unfolded, each tent is
  the full width of the sheet and 5 in tall, from 0.5 in and 5.5 in below the top edge, and
  folds in half along its long middle.

Plain paper cut in four needs no stock: quarter-letter cards (4.25 × 5.5 in) and A6 cards
(105 × 148 mm) on A4. Those cells run to the paper's edge, which most printers cannot print,
so their content keeps to a quarter inch inside the page as well as inside each card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

INCH = 72.0
MM = INCH / 25.4
LETTER = (8.5 * INCH, 11 * INCH)
A4 = (210 * MM, 297 * MM)
SAFE_MARGIN = 0.25 * INCH  # what printers that cannot print to the edge leave blank
CROP_MARK = 0.2 * INCH  # the length of a crop mark


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page, measured from the bottom-left corner as PDF measures it."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        """The rectangle `dx` in from the left and right, and `dy` (or `dx`) from top and bottom."""
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)

    def intersection(self, other: Rect) -> Rect:
        x, y = max(self.x, other.x), max(self.y, other.y)
        return Rect(x, y, min(self.right, other.right) - x, min(self.top, other.top) - y)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Rect, tolerance: float = 1e-6) -> bool:
        """Whether the insides meet; rectangles that only share an edge do not overlap."""
        meet = self.intersection(other)
        return meet.width > tolerance and meet.height > tolerance


Segment = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class CardLayout:
    """One sheet layout: the paper, the cells cut or torn from it, and where text may go."""

    name: str  # what the CLI and the settings store
    label: str  # what the print dialog shows
    stock: str  # the label stock it fits, or how to cut it
    page_size: tuple[float, float]
    cell_width: float
    cell_height: float  # for a tent: both faces, unfolded
    cells: tuple[Rect, ...]  # in the order they are filled: rows from the top, left to right
    padding: float  # kept clear inside each cell: cutting and feeding are never exact
    crop_marks: bool = False
    folded: bool = False  # a tent: each cell folds in half across its height
    safe_margin: float = SAFE_MARGIN

    @property
    def per_page(self) -> int:
        return len(self.cells)

    @property
    def page(self) -> Rect:
        return Rect(0.0, 0.0, *self.page_size)

    @property
    def printable(self) -> Rect:
        """The part of the page every printer reaches."""
        return self.page.inset(self.safe_margin)

    def content_box(self, area: Rect) -> Rect:
        """Where text and boxes may go in `area` (a cell, or a tent's face): inside its padding
        and inside the printable part of the page."""
        return area.inset(self.padding).intersection(self.printable)

    def faces(self, cell: Rect) -> tuple[Rect, ...]:
        """The parts of `cell` that show when it is in use: a tent's two halves (bottom, then
        top), or the whole cell."""
        if not self.folded:
            return (cell,)
        half = cell.height / 2
        return (
            Rect(cell.x, cell.y, cell.width, half),
            Rect(cell.x, cell.y + half, cell.width, half),
        )

    def crop_mark_segments(self) -> tuple[Segment, ...]:
        """Short lines on each cut between cells, in the page's margin band just inside the
        printable edge, where the person with the cutter looks for them.

        The cells of a four-up sheet tile the page, so the marks sit on the cut lines
        themselves; the padding keeps them clear of every card's content.
        """
        if not self.crop_marks:
            return ()
        page, reach = self.printable, self.safe_margin + CROP_MARK
        width, height = self.page_size
        xs = sorted({round(x, 3) for c in self.cells for x in (c.x, c.right)})
        ys = sorted({round(y, 3) for c in self.cells for y in (c.y, c.top)})
        marks: list[Segment] = []
        for x in xs:
            if page.x < x < page.right:
                marks += [(x, page.y, x, reach), (x, height - reach, x, page.top)]
        for y in ys:
            if page.y < y < page.top:
                marks += [(page.x, y, reach, y), (width - reach, y, page.right, y)]
        return tuple(marks)


def grid(
    page_size: tuple[float, float],
    size: tuple[float, float],
    columns: int,
    rows: int,
    left: float,
    top: float,
    across: float,
    down: float,
) -> tuple[Rect, ...]:
    """The cells of a label template, given as label makers give them: the first cell's offset
    from the top-left corner and the pitch from one cell to the next, all in points."""
    width, height = size
    return tuple(
        Rect(left + c * across, page_size[1] - top - r * down - height, width, height)
        for r in range(rows)
        for c in range(columns)
    )


def _layout(
    name: str,
    label: str,
    stock: str,
    page_size: tuple[float, float],
    size: tuple[float, float],
    columns: int,
    rows: int,
    offsets: tuple[float, float],
    pitch: tuple[float, float],
    padding: float,
    **kwargs: bool,
) -> CardLayout:
    cells = grid(page_size, size, columns, rows, *offsets, *pitch)
    return CardLayout(name, label, stock, page_size, *size, cells, padding, **kwargs)


LAYOUTS: Mapping[str, CardLayout] = {
    layout.name: layout
    for layout in (
        _layout(
            "index",
            "Index cards, 5 × 3 in (3 per sheet)",
            "Avery 5388 index cards",
            LETTER,
            (5 * INCH, 3 * INCH),
            1,
            3,
            (1.75 * INCH, 1 * INCH),
            (5 * INCH, 3 * INCH),
            padding=0.125 * INCH,
        ),
        _layout(
            "postcard",
            "Postcards, 6 × 4 in (2 per sheet)",
            "Avery 5389 postcards",
            LETTER,
            (6 * INCH, 4 * INCH),
            1,
            2,
            (1.25 * INCH, 1.25 * INCH),
            (6 * INCH, 4.5 * INCH),
            padding=0.125 * INCH,
        ),
        _layout(
            "quarter",
            "Quarter-letter cards, 4.25 × 5.5 in (4 per sheet, cut)",
            "plain Letter paper, cut in four along the crop marks",
            LETTER,
            (4.25 * INCH, 5.5 * INCH),
            2,
            2,
            (0.0, 0.0),
            (4.25 * INCH, 5.5 * INCH),
            padding=SAFE_MARGIN,
            crop_marks=True,
        ),
        _layout(
            "a6",
            "A6 cards, 105 × 148 mm (4 per A4 sheet, cut)",
            "plain A4 paper, cut in four along the crop marks",
            A4,
            (105 * MM, 148 * MM),
            2,
            2,
            (0.0, 0.5 * MM),  # A4 is 1 mm taller than two A6: half of it above, half below
            (105 * MM, 148 * MM),
            padding=SAFE_MARGIN,
            crop_marks=True,
        ),
        _layout(
            "badge",
            "Name badges, 3 3/8 × 2 1/3 in (8 per sheet)",
            "Avery 5395 name badge labels",
            LETTER,
            (3.375 * INCH, 7 / 3 * INCH),
            2,
            4,
            (0.6875 * INCH, 7 / 12 * INCH),
            (3.75 * INCH, 2.5 * INCH),
            padding=0.125 * INCH,
        ),
        _layout(
            "tent",
            "Name tents, 8.5 × 2.5 in folded (2 per sheet)",
            "Avery 5305 tent cards",
            LETTER,
            (8.5 * INCH, 5 * INCH),
            1,
            2,
            (0.0, 0.5 * INCH),
            (0.0, 5 * INCH),
            padding=0.375 * INCH,
            folded=True,
        ),
    )
}
CARD_LAYOUT_NAMES = ("index", "postcard", "quarter", "a6")  # for commitment cards
