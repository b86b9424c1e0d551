"""Sheet layouts for cards, badges and tents: the label makers' geometry, and room for printers
that cannot print to the edge."""

from __future__ import annotations

import itertools

import pytest

from meetingkit.core.card_layout import (
    A4,
    CARD_LAYOUT_NAMES,
    INCH,
    LAYOUTS,
    LETTER,
    MM,
    SAFE_MARGIN,
    CardLayout,
    Rect,
)

ALL = sorted(LAYOUTS)


def _offset(layout: CardLayout, cell: Rect) -> tuple[float, float]:
    """A cell's left and top offsets from the page's top-left corner, in inches, as label
    templates give them."""
    return cell.x / INCH, (layout.page_size[1] - cell.top) / INCH


def test_the_layouts_are_the_six_the_app_offers() -> None:
    """Cards print on index cards, postcards, quarter-letter and A6; badges and tents have one
    layout each."""
    assert set(LAYOUTS) == {"index", "postcard", "quarter", "a6", "badge", "tent"}
    assert set(CARD_LAYOUT_NAMES) == {"index", "postcard", "quarter", "a6"}
    assert all(LAYOUTS[name].name == name for name in LAYOUTS)
    assert all(LAYOUTS[name].label and LAYOUTS[name].stock for name in LAYOUTS)


@pytest.mark.parametrize("name", ALL)
def test_every_cell_is_on_the_page(name: str) -> None:
    """No card, badge or tent runs off the paper."""
    layout = LAYOUTS[name]
    assert all(layout.page.contains(cell) for cell in layout.cells)


@pytest.mark.parametrize("name", ALL)
def test_every_content_box_is_inside_the_printable_margin_and_its_cell(name: str) -> None:
    """Text and boxes keep a quarter inch from the paper's edge, even on four-up sheets whose
    cards run to the edge, and stay inside their own cell (or tent face)."""
    layout = LAYOUTS[name]
    assert layout.safe_margin == SAFE_MARGIN == 18.0
    assert layout.printable == Rect(
        0.25 * INCH, 0.25 * INCH, layout.page_size[0] - 0.5 * INCH, layout.page_size[1] - 0.5 * INCH
    )
    for cell in layout.cells:
        for face in layout.faces(cell):
            box = layout.content_box(face)
            assert box.width > INCH  # room for a name, at least
            assert box.height > INCH
            assert layout.printable.contains(box)
            assert face.contains(box)
            assert box.x - face.x >= layout.padding - 1e-6  # the cutting tolerance is kept
            assert face.right - box.right >= layout.padding - 1e-6


@pytest.mark.parametrize("name", ALL)
def test_no_two_cells_overlap(name: str) -> None:
    """Cells may share a cut line, but no card is printed over another."""
    layout = LAYOUTS[name]
    for a, b in itertools.combinations(layout.cells, 2):
        assert not a.overlaps(b)


def test_overlap_means_the_insides_meet() -> None:
    """The overlap check itself: sharing an edge is not overlapping; a sliver is."""
    a = Rect(0, 0, 10, 10)
    assert not a.overlaps(Rect(10, 0, 10, 10))
    assert a.overlaps(Rect(9.5, 0, 10, 10))


@pytest.mark.parametrize(
    ("name", "size", "grid", "first", "pitch"),
    [
        ("index", (5, 3), (1, 3), (1.75, 1.0), (0, 3.0)),  # Avery 5388
        ("postcard", (6, 4), (1, 2), (1.25, 1.25), (0, 4.5)),  # Avery 5389
        ("badge", (3.375, 7 / 3), (2, 4), (0.6875, 7 / 12), (3.75, 2.5)),  # Avery 5395
        ("tent", (8.5, 5), (1, 2), (0.0, 0.5), (0, 5.0)),  # Avery 5305, unfolded
        ("quarter", (4.25, 5.5), (2, 2), (0.0, 0.0), (4.25, 5.5)),
        (
            "a6",
            (105 * MM / INCH, 148 * MM / INCH),
            (2, 2),
            (0.0, 0.5 * MM / INCH),
            (105 * MM / INCH, 148 * MM / INCH),
        ),
    ],
)
def test_cells_match_the_label_stock(
    name: str,
    size: tuple[float, float],
    grid: tuple[int, int],
    first: tuple[float, float],
    pitch: tuple[float, float],
) -> None:
    """Size, count, first offset and pitch are the stock's, so a printed sheet lines up with
    the pre-cut labels; cells are filled in reading order."""
    layout = LAYOUTS[name]
    columns, rows = grid
    assert layout.per_page == columns * rows
    assert (layout.cell_width / INCH, layout.cell_height / INCH) == pytest.approx(size)
    for n, cell in enumerate(layout.cells):
        row, column = divmod(n, columns)
        assert (cell.width / INCH, cell.height / INCH) == pytest.approx(size)
        left, top = _offset(layout, cell)
        assert left == pytest.approx(first[0] + column * pitch[0])
        assert top == pytest.approx(first[1] + row * pitch[1])


def test_paper_sizes() -> None:
    """Letter for the label stock and quarter-letter cards, A4 for A6 cards."""
    assert LETTER == (612, 792)
    width, height = A4
    assert (width, height) == pytest.approx((595.28, 841.89), abs=0.01)
    assert all(LAYOUTS[n].page_size == LETTER for n in ALL if n != "a6")
    assert LAYOUTS["a6"].page_size == A4


def test_four_up_sheets_tile_the_paper() -> None:
    """Quarter-letter cards are exactly a quarter of Letter; four A6 leave half a millimetre of
    A4 above and below."""
    quarter = LAYOUTS["quarter"]
    assert sum(c.width * c.height for c in quarter.cells) == pytest.approx(612 * 792)
    a6 = LAYOUTS["a6"]
    assert min(c.y for c in a6.cells) == pytest.approx(0.5 * MM)
    assert a6.page_size[1] - max(c.top for c in a6.cells) == pytest.approx(0.5 * MM)


@pytest.mark.parametrize("name", ["quarter", "a6"])
def test_crop_marks_sit_on_the_cuts_clear_of_every_card(name: str) -> None:
    """The sheets cut in four get marks on both cut lines at each edge, inside what a printer
    reaches and outside every card's content."""
    layout = LAYOUTS[name]
    marks = layout.crop_mark_segments()
    assert len(marks) == 4  # both ends of the two cut lines
    width, height = layout.page_size
    cut_x, cut_y = layout.cells[0].right, layout.cells[-1].top
    boxes = [layout.content_box(c) for c in layout.cells]
    for x0, y0, x1, y1 in marks:
        assert x0 == x1 == pytest.approx(cut_x) or y0 == y1 == pytest.approx(cut_y)
        mark = Rect(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        assert layout.printable.contains(mark)
        assert max(abs(x1 - x0), abs(y1 - y0)) == pytest.approx(0.2 * INCH)
        for box in boxes:
            grown = Rect(mark.x - 1, mark.y - 1, mark.width + 2, mark.height + 2)
            assert not grown.overlaps(box)
    assert cut_x == pytest.approx(width / 2)
    assert cut_y == pytest.approx(height / 2, abs=1)


@pytest.mark.parametrize("name", ["index", "postcard", "badge", "tent"])
def test_label_stock_has_no_crop_marks(name: str) -> None:
    """Pre-cut stock needs none; a mark would print on the next label."""
    assert LAYOUTS[name].crop_mark_segments() == ()


def test_a_tent_folds_into_two_faces() -> None:
    """Each tent is two 8.5 × 2.5 in faces, split along its long middle; other layouts are one
    face."""
    tent = LAYOUTS["tent"]
    for cell in tent.cells:
        lower, upper = tent.faces(cell)
        assert (lower.width / INCH, lower.height / INCH) == pytest.approx((8.5, 2.5))
        assert lower.top == pytest.approx(upper.y) == pytest.approx(cell.y + cell.height / 2)
        assert not lower.overlaps(upper)
    index = LAYOUTS["index"]
    assert index.faces(index.cells[0]) == (index.cells[0],)
