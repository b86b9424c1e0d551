"""Where printed pages break: a heading never ends a page, a short list or section is never cut,
a table splits with its header repeated instead of leaving half a page empty, and a
worksheet's prompt always has a line to write on, on its own page.

Every flowable drawn in a printed document is recorded with its page and where on the page it
ends (reportlab's `afterFlowable`), so a test sees what a reader sees at the foot and the head
of each page.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, HRFlowable, KeepTogether, Paragraph, Spacer

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.demo import write_demo
from meetingkit.services.meeting_report import render_report
from meetingkit.services.printing import guide_pdf
from meetingkit.services.printing.agenda_pdf import _grid, _styles, render_minutes
from meetingkit.services.printing.curriculum_markdown import markdown_flowables
from meetingkit.services.printing.curriculum_pdf import WritingLines, styles
from meetingkit.services.printing.document import MARGIN, _FooterCanvas, write_story
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.handouts_pdf import render_handouts
from meetingkit.services.printing.meeting_documents import MeetingDocuments
from meetingkit.services.printing.page_breaks import (
    ENDS,
    SHORT_LIST,
    SHORT_SECTION,
    PagedTable,
    arrange,
    stacked,
)
from meetingkit.ui import language


class Placed(NamedTuple):
    page: int  # numbered on from one printed document to the next
    flowable: Any
    used: float  # points of the page's frame used from its top, down to this flowable's foot
    room: float  # points left below it


Drawn = list[Placed]  # in the order drawn


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Drawn:
    """Every flowable drawn from here on in a printed document, with its page. Layouts only
    tried (to count pages, say) and never printed are left out."""
    log: Drawn = []
    pages: dict[tuple[int, int], int] = {}

    def after(doc: Any, flowable: Any) -> None:
        if not isinstance(doc.canv, _FooterCanvas):
            return
        serial = doc.__dict__.setdefault("test_serial", len({d for d, _ in pages}))
        page = pages.setdefault((serial, doc.page), len(pages) + 1)
        frame = doc.frame  # None after an action that ends a page
        used, room = (frame._y2 - frame._y, frame._y - frame._y1p) if frame else (0.0, 0.0)
        log.append(Placed(page, flowable, used, room))

    monkeypatch.setattr(BaseDocTemplate, "afterFlowable", after)
    return log


def _shown(flowable: Any) -> bool:
    """Whether a reader sees `flowable`: not a page break, spacer, rule or other layout
    instruction."""
    layout = ("LCActionFlowable", "_RoomFor", "Spacer", "HRFlowable", "CondPageBreak")
    if getattr(flowable, "locChanger", 0) or hasattr(flowable, "frameAction"):
        return False
    return type(flowable).__name__ not in layout


def _content(log: Drawn) -> Drawn:
    """What a reader sees."""
    return [placed for placed in log if _shown(placed.flowable)]


def _pages(log: Drawn) -> list[list[Any]]:
    pages: dict[int, list[Any]] = {}
    for placed in _content(log):
        pages.setdefault(placed.page, []).append(placed.flowable)
    return [pages[n] for n in sorted(pages)]


FRAME = LETTER[1] - 2 * MARGIN  # the height of a portrait page's text


def _blank_before_a_table(log: Drawn) -> list[str]:
    """Pages that end with room left for the start of a table that opens the next page under
    its heading: the heading (with the space above it) and what else led in to the table, the
    table's header and its first rows, as many as it may split after. A short table, which
    moves whole, is left out: `_split_short_tables` looks after those."""
    found = []
    pages: dict[int, Drawn] = {}
    for placed in _content(log):
        pages.setdefault(placed.page, []).append(placed)
    for n in sorted(pages)[1:]:
        lead = list(itertools.takewhile(lambda p: isinstance(p.flowable, Paragraph), pages[n]))
        if not lead or not _is_heading(lead[0].flowable) or len(lead) == len(pages[n]):
            continue
        table = pages[n][len(lead)]
        if not isinstance(table.flowable, PagedTable) or not table.flowable.may_split(FRAME):
            continue
        heights = table.flowable._rowHeights
        start = sum(heights[: table.flowable.splits_after()])
        needed = lead[0].flowable.getSpaceBefore() + table.used - sum(heights) + start
        room = pages[n - 1][-1].room
        if room >= needed:
            found.append(
                f"page {n - 1} ends {room:.0f} pt short of its foot; the table opening page {n} "
                f"under {_label(lead[0].flowable)!r} needed {needed:.0f} pt to start there"
            )
    return found


def _split_short_tables(log: Drawn) -> list[str]:
    """Tables no taller, whole, than a short section that were split across pages anyway, or
    that opened a page while their heading ended the page before."""
    found = []
    pages: dict[int, Drawn] = {}
    for placed in _content(log):
        pages.setdefault(placed.page, []).append(placed)
    for n, page in pages.items():
        last, following = page[-1].flowable, pages[n + 1][0].flowable if n + 1 in pages else None
        # The same header on both sides of the break: one table, split.
        split = isinstance(last, PagedTable) and isinstance(following, PagedTable)
        if split and last._cellvalues[0] == following._cellvalues[0]:
            whole = last._height + following._height - following._rowHeights[0]
            if whole <= SHORT_SECTION * FRAME:
                found.append(f"a short table ({whole:.0f} pt) splits across pages {n}, {n + 1}")
        first = page[0].flowable
        orphaned = n > 1 and _is_heading(pages[n - 1][-1].flowable)
        if isinstance(first, PagedTable) and first.short(FRAME) and orphaned:
            found.append(f"a short table opens page {n}; its heading ends page {n - 1}")
    return found


def _needless_moves(log: Drawn) -> list[str]:
    """Short tables that open a page under their heading where the page before had room for
    both (the heading's space above it, the heading, the table): moved on for nothing."""
    found = []
    pages: dict[int, Drawn] = {}
    for placed in _content(log):
        pages.setdefault(placed.page, []).append(placed)
    for n in sorted(pages)[1:]:
        if len(pages[n]) < 2 or n - 1 not in pages:
            continue
        heading, table = pages[n][0], pages[n][1]
        if not _is_heading(heading.flowable) or not isinstance(table.flowable, PagedTable):
            continue
        if not table.flowable.short(FRAME):
            continue
        needed = heading.flowable.getSpaceBefore() + table.used  # from the top of page n
        room = pages[n - 1][-1].room
        if room >= needed:
            found.append(
                f"{_label(heading.flowable)!r} and its table ({needed:.0f} pt) open page {n}; "
                f"page {n - 1} had {room:.0f} pt left"
            )
    return found


def _is_heading(flowable: Any) -> bool:
    return isinstance(flowable, Paragraph) and bool(getattr(flowable.style, "keepWithNext", 0))


def _is_item(flowable: Any) -> bool:
    return isinstance(flowable, Paragraph) and bool(
        flowable.bulletText or getattr(flowable, "list_item", False)
    )


def _label(flowable: Any) -> str:
    return str(getattr(flowable, "text", flowable))[:60]


def _stranded(log: Drawn) -> list[str]:
    """Pages that end on a heading, or that start or end with one item of a list alone."""
    found = []
    pages = _pages(log)
    for n, page in enumerate(pages, 1):
        last, following = page[-1], pages[n][0] if n < len(pages) else None
        if _is_heading(last):
            found.append(f"page {n} ends with the heading {_label(last)!r}")
        before = page[-2] if len(page) > 1 else None
        if _is_item(last) and not _is_item(before) and _is_item(following):
            found.append(f"page {n} ends with the first item alone: {_label(last)!r}")
        if n > 1 and _is_item(page[0]) and _is_item(pages[n - 2][-1]):
            after = page[1] if len(page) > 1 else None
            if not _is_item(after):
                found.append(f"page {n} starts with the last item alone: {_label(page[0])!r}")
    return found


def _body(text: str, size: float = 10) -> Paragraph:
    return Paragraph(text, ParagraphStyle("body", fontName="Helvetica", fontSize=size))


def _heading(text: str) -> Paragraph:
    style = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, keepWithNext=1)
    return Paragraph(text, style)


def _filler(lines: int) -> list[Any]:
    return [_body(f"Filler line {n}.") for n in range(lines)]


def _table(rows: int) -> PagedTable:
    return PagedTable([["HEAD", "ER"], *([f"row {n}", "x"] for n in range(rows))], repeatRows=1)


# Stories of our own: the rules one at a time


@pytest.mark.parametrize("filler", range(40, 58))
def test_a_heading_before_a_block_kept_together_never_ends_a_page(
    filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """The report's airtime chart and its lead sentence are one block: the heading goes with
    them (reportlab's own keepWithNext leaves it behind)."""
    block = KeepTogether([_body("The lead."), Spacer(1, 120)])
    story = [*_filler(filler), _heading("Airtime by profession"), block, _body("After.")]
    write_story(tmp_path / "out.pdf", "t", story)
    assert _stranded(drawn) == []


@pytest.mark.parametrize("filler", range(40, 58))
def test_a_heading_and_its_intro_stay_with_the_first_rows(
    filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """ "Commitments / 3 people made 5 commitments." never ends a page, its table on the next."""
    intro = _body("3 people made 5 commitments.")
    story = [*_filler(filler), _heading("Commitments"), intro, Spacer(1, 4), _table(12)]
    write_story(tmp_path / "out.pdf", "t", story)
    pages = _pages(drawn)
    for page in pages:
        assert page[-1] is not intro, "the intro ends a page; its table starts the next"
    assert _stranded(drawn) == []


def test_a_long_table_splits_with_its_header_repeated_rather_than_jumping_whole(
    drawn: Drawn, tmp_path: Path
) -> None:
    """A table longer than what is left of the page starts on it: no page left half empty."""
    st = _styles()
    rows = [[Paragraph("ITEM", st.head), Paragraph("MIN", st.head)]]
    rows += [[Paragraph(f"Item {n}", st.cell), Paragraph("10", st.cell)] for n in range(30)]
    heading = Paragraph("Agenda: planned and actual time", st.heading)
    story = [*_filler(20), heading, _grid(rows, [300, 100])]
    write_story(tmp_path / "out.pdf", "t", story)
    pages = _pages(drawn)
    assert len(pages) == 2
    assert heading in pages[0]
    assert any(isinstance(f, PagedTable) for f in pages[0]), "the table jumped to page 2"
    second = next(f for f in pages[1] if isinstance(f, PagedTable))
    assert second._cellvalues[0][0][0].text == "ITEM"  # the header, again


def _time_table(items: int) -> PagedTable:
    """The minutes' planned-and-actual table, in its house style: `items` rows and a total."""
    st = _styles()
    rows = [[Paragraph("ITEM", st.head), Paragraph("MIN", st.head)]]
    rows += [[Paragraph(f"Item {n}", st.cell), Paragraph("10", st.cell)] for n in range(items)]
    rows.append([Paragraph("<b>Total</b>", st.cell), Paragraph(f"{10 * items}", st.cell)])
    return _grid(rows, [300, 100], total_row=True)


@pytest.mark.parametrize("filler", range(30, 50))
def test_a_short_table_is_never_split_but_moves_whole_with_its_heading(
    filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """A table of seven rows and a total, shorter than two fifths of a page, that does not
    fit whole where it falls: it goes whole to the next page, its heading with it, rather than
    leave three rows and the total alone overleaf."""
    heading = Paragraph("Planned and actual time", _styles().heading)
    table = _time_table(7)
    write_story(tmp_path / "out.pdf", "t", [*_filler(filler), heading, table])
    tables = [f for page in _pages(drawn) for f in page if isinstance(f, PagedTable)]
    assert tables == [table], "the short table was split"
    page = next(page for page in _pages(drawn) if table in page)
    assert page.index(heading) == page.index(table) - 1
    assert _split_short_tables(drawn) == []
    assert _stranded(drawn) == []
    assert _needless_moves(drawn) == []


def test_a_short_table_that_does_not_fit_moves_overleaf_whole_with_its_heading(
    drawn: Drawn, tmp_path: Path
) -> None:
    """38 lines of filler leave the heading, the header and three rows room on page 1: the
    table split there, its last rows and total alone on page 2."""
    heading = Paragraph("Planned and actual time", _styles().heading)
    table = _time_table(7)
    write_story(tmp_path / "out.pdf", "t", [*_filler(38), heading, table])
    pages = _pages(drawn)
    assert len(pages) == 2
    assert not any(isinstance(f, PagedTable) for f in pages[0])
    assert pages[1] == [heading, table]


@pytest.mark.parametrize("above", range(400, 460, 3))
def test_a_short_table_goes_overleaf_only_where_it_does_not_fit(
    above: int, drawn: Drawn, tmp_path: Path
) -> None:
    """Text `above` points tall, then the heading and a table of seven rows and a total: the
    table stays on page 1 under its heading while it fits there whole, to the point."""
    heading = Paragraph("Planned and actual time", _styles().heading)
    table = _time_table(7)
    story = [Spacer(1, above), _body("The last record."), heading, table]
    write_story(tmp_path / "out.pdf", "t", story)
    page = next(page for page in _pages(drawn) if table in page)
    assert page.index(heading) == page.index(table) - 1
    assert _needless_moves(drawn) == []
    assert _split_short_tables(drawn) == []


@pytest.mark.parametrize("filler", range(20, 40, 3))
def test_a_long_table_that_must_break_repeats_its_header_with_two_rows_either_side(
    filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """Thirty items and a total: longer than a short section, so it starts under its heading
    and goes on overleaf under its header again, two rows at least either side of the break,
    the total never alone."""
    heading = Paragraph("Planned and actual time", _styles().heading)
    write_story(tmp_path / "out.pdf", "t", [*_filler(filler), heading, _time_table(30)])
    parts = [f for page in _pages(drawn) for f in page if isinstance(f, PagedTable)]
    assert len(parts) >= 2
    assert all(part._cellvalues[0][0][0].text == "ITEM" for part in parts)
    assert len(parts[0]._cellvalues) - 1 >= ENDS
    assert len(parts[-1]._cellvalues) - 2 >= ENDS  # less the header and the total
    assert _blank_before_a_table(drawn) == []
    assert _stranded(drawn) == []


@pytest.mark.parametrize("space", range(0, 300, 11))
def test_a_total_row_never_goes_over_with_fewer_than_two_rows_above_it(space: int) -> None:
    table = _time_table(7)
    table.wrap(400, 1000)
    parts = table.split(400, 40 + space)
    if len(parts) == 2:
        head, rest = (len(part._cellvalues) for part in parts)
        assert head - 1 >= ENDS  # less the header row
        assert rest - 2 >= ENDS  # less the header and the total


@pytest.mark.parametrize("space", range(0, 400, 23))
def test_a_table_splits_with_two_rows_at_least_on_either_side(space: int, tmp_path: Path) -> None:
    table = _table(9)
    parts = table.split(400, 30 + space)
    if len(parts) == 2:
        head, rest = (len(part._cellvalues) - 1 for part in parts)  # less the header row
        assert head >= ENDS
        assert rest >= ENDS


def test_a_table_of_three_rows_does_not_split_unless_at_the_top_of_a_page() -> None:
    assert _table(3).split(400, 50) == []


def test_a_short_list_stays_whole_and_a_long_one_keeps_its_ends_together() -> None:
    def items(n: int) -> list[Paragraph]:
        return [Paragraph(f"item {i}", _body("").style, bulletText="•") for i in range(n)]

    short = arrange([_body("Lead-in:"), *items(SHORT_LIST)])
    assert [type(f).__name__ for f in short] == ["_RoomFor", "Paragraph", "KeepTogether"]
    long = arrange(items(SHORT_LIST + 4))
    assert isinstance(long[0], KeepTogether)
    assert len(long[0]._content) == ENDS
    assert isinstance(long[-1], KeepTogether)
    assert len(long[-1]._content) == ENDS


@pytest.mark.parametrize("filler", range(38, 56))
def test_a_short_list_after_its_lead_in_is_never_cut(
    filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """ "Risk:" and its three boxes stay together, on one page."""
    boxes = [Paragraph(f"Risk {n}", _body("").style, bulletText="☐") for n in "ABC"]
    lead = _body("Risk:")
    write_story(tmp_path / "out.pdf", "t", [*_filler(filler), lead, *boxes, _body("After.")])
    for page in _pages(drawn):
        assert page[-1] is not lead
        assert sum(f in boxes for f in page) in (0, 3)


def test_no_blank_page_from_a_spacer_before_a_page_break() -> None:
    story = arrange([_body("x"), Spacer(1, 4)])
    assert not any(isinstance(f, Spacer) for f in story)


def test_a_worksheet_prompt_over_a_line_of_underscores_gets_a_writing_line() -> None:
    """Markdown makes a line of underscores a rule; under a prompt, authors mean a line."""
    prompt = 'Kind of unit (not its name — "a medical floor"):\n______________\n'
    flow = markdown_flowables(prompt, styles().worksheet)
    assert [type(f) for f in flow] == [Paragraph, WritingLines]
    assert flow[0].getKeepWithNext()
    guide = markdown_flowables(prompt, styles().guide)  # a run sheet keeps its rule
    assert [type(f) for f in guide] == [Paragraph, HRFlowable]


@pytest.mark.parametrize("lines", [2, 3, 5])
@pytest.mark.parametrize("filler", range(44, 62))
def test_a_prompt_is_never_parted_from_its_writing_lines(
    lines: int, filler: int, drawn: Drawn, tmp_path: Path
) -> None:
    """Three lines cannot split (two and one would leave a line alone), so a prompt at the
    foot of a page takes all three along; five may split, two before the break."""
    prompt = Paragraph("<b>The challenge.</b> What happened?", styles().worksheet.body)
    prompt.keepWithNext = True
    block = WritingLines(lines)
    write_story(tmp_path / "out.pdf", "t", [*_filler(filler), prompt, block, _body("After.")])
    pages = _pages(drawn)
    page = next(page for page in pages if prompt in page)
    assert page[-1] is not prompt
    after = page[page.index(prompt) + 1]
    assert isinstance(after, WritingLines)
    assert after.count >= min(lines, ENDS)
    assert sum(f.count for page in pages for f in page if isinstance(f, WritingLines)) == lines


def test_writing_lines_never_leave_one_line_alone_on_either_page() -> None:
    lines = WritingLines(5)
    for room in range(0, 300, 7):
        parts = lines.split(500, room)
        assert parts == [] or all(part.count >= 2 for part in parts)


def _spaced(text: str, before: float, after: float, kept: int = 0) -> Paragraph:
    style = ParagraphStyle(text, fontName="Helvetica", fontSize=10, spaceBefore=before)
    style.spaceAfter, style.keepWithNext = after, kept
    return Paragraph(text, style)


def test_flowables_stacked_measure_as_tall_as_a_frame_lays_them(
    drawn: Drawn, tmp_path: Path
) -> None:
    """One space between two flowables, the larger of the one's after and the next's before;
    none for what takes no room and hands the space on (a heading's `_RoomFor`); a
    KeepTogether's parts measured one by one."""
    story = arrange(
        [
            _spaced("Intro", 20, 6),
            _spaced("Heading", 14, 4, kept=1),
            _spaced("Body", 2, 9),
            KeepTogether([_spaced("a", 5, 5), _spaced("b", 12, 1)]),
            _spaced("End", 3, 30),
        ]
    )
    assert any(type(f).__name__ == "_RoomFor" for f in story)
    before, height, after = stacked(story, 400, Canvas(io.BytesIO()))
    assert (before, after) == (20, 30)
    write_story(tmp_path / "out.pdf", "t", story)
    end = next(placed for placed in drawn if getattr(placed.flowable, "text", "") == "End")
    assert end.page == 1
    assert height == pytest.approx(end.used - after)  # at the top of a page, from its top


def test_a_keeptogether_inside_another_is_measured_by_its_parts() -> None:
    """Not as reportlab's KeepTogether says it is ("taller than any page")."""
    canvas = Canvas(io.BytesIO())
    flat = KeepTogether([_spaced("a", 5, 5), _spaced("b", 12, 1), _spaced("c", 0, 2)])
    nested = KeepTogether(
        [_spaced("a", 5, 5), KeepTogether([_spaced("b", 12, 1)]), _spaced("c", 0, 2)]
    )
    assert stacked([nested], 400, canvas) == stacked([flat], 400, canvas)
    assert stacked([flat], 400, canvas)[1] < 100


# The real documents: every bundled curriculum, and the demo meeting's report and minutes


def _bundled() -> list[Any]:
    return [
        pytest.param(file, id=file.parent.name)
        for file in sorted(curricula_dir().glob("*/curriculum.md"))
    ]


@pytest.mark.parametrize("file", _bundled())
@pytest.mark.parametrize("render", [render_handouts, render_guide], ids=["handouts", "guide"])
def test_no_page_of_a_bundled_curriculum_ends_with_a_heading_or_a_lone_item(
    file: Path, render: Callable[[Path, Any], None], drawn: Drawn, tmp_path: Path
) -> None:
    curriculum, _ = load_curriculum(file)
    assert curriculum is not None
    render(tmp_path / "out.pdf", curriculum)
    assert _stranded(drawn) == []


def _leaves(flowables: list[Any]) -> list[Any]:
    """`flowables` with each KeepTogether's parts in its place, as a frame draws them."""
    out: list[Any] = []
    for flowable in flowables:
        out += _leaves(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
    return out


@pytest.mark.parametrize("file", _bundled())
def test_a_guides_closing_module_goes_overleaf_only_where_this_page_cannot_hold_it(
    file: Path, drawn: Drawn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The closing module (with its evaluation) moves whole to a page of its own only where
    the page before has no room for it. Its height was taken with the space before and after
    each of its parts added up, where a frame lays one part's space over the next's: the
    Spanish inclusive-meetings guide left 318 pt blank at the foot of page 13 for a module
    of 302 pt, and printed 14 pages for 13."""
    kept: list[list[Any]] = []
    split = guide_pdf._KeptWhole.split

    def recorded(self: Any, avail_width: float, avail_height: float) -> list[Any]:
        kept.append(list(self._content))
        return split(self, avail_width, avail_height)  # type: ignore[no-any-return]

    monkeypatch.setattr(guide_pdf._KeptWhole, "split", recorded)
    curriculum, _ = load_curriculum(file)
    assert curriculum is not None
    render_guide(tmp_path / "out.pdf", curriculum)
    pages: dict[int, Drawn] = {}
    for placed in drawn:
        pages.setdefault(placed.page, []).append(placed)
    printed = {id(placed.flowable): placed for placed in drawn}
    modules = [parts for parts in kept if any(id(f) in printed for f in _leaves(parts))]
    assert modules, "no closing module printed"
    for parts in modules:
        shown = [printed[id(f)] for f in _leaves(parts) if id(f) in printed]
        first, last = shown[0], shown[-1]
        assert first.page == last.page, "the closing module split"
        n = first.page
        opens_page = all(not _shown(p.flowable) for p in pages[n] if p.used < first.used)
        if n == 1 or not opens_page:
            continue
        # Laid at the top of page n, it took `last.used`; lower on a page, the space above
        # its first part (its rule's) as well.
        needed = last.used + parts[0].getSpaceBefore()
        room = _content(pages[n - 1])[-1].room
        assert room < needed, f"page {n - 1} had {room:.0f} pt for the {needed:.0f} pt module"


NOW = dt.datetime(2026, 11, 21, 19, 10)


@pytest.mark.parametrize("per_person", [False, True], ids=["shared", "facilitator"])
def test_no_page_of_the_demo_report_or_minutes_ends_with_a_heading(
    per_person: bool, conn: sqlite3.Connection, drawn: Drawn, tmp_path: Path
) -> None:
    meeting_id = write_demo(conn, NOW).meeting_id
    clock = ManualClock(NOW.timestamp())
    render_report(conn, clock, meeting_id, tmp_path / "report.pdf", per_person=per_person)
    MeetingDocuments(conn, clock).minutes(meeting_id, tmp_path / "minutes.pdf")
    assert _stranded(drawn) == []
    assert _blank_before_a_table(drawn) == []
    assert _split_short_tables(drawn) == []


def test_the_demo_assemblys_minutes_keep_their_time_table_on_one_page(
    conn: sqlite3.Connection, drawn: Drawn, tmp_path: Path
) -> None:
    """The past assembly's six items and total: the table broke after its third row, three
    rows and the total alone on page 2. It moves there whole, under its heading."""
    assembly = write_demo(conn, NOW).meeting_ids[1]
    MeetingDocuments(conn, ManualClock(NOW.timestamp())).minutes(assembly, tmp_path / "m.pdf")
    tables = [(n, f) for n, page in enumerate(_pages(drawn), 1) for f in page]
    tables = [(n, f) for n, f in tables if isinstance(f, PagedTable)]
    assert len(tables) == 1, [n for n, _ in tables]
    page, table = tables[0]
    assert len(table._cellvalues) == 1 + 6 + 1  # header, every item, the total
    heading = _pages(drawn)[page - 1][_pages(drawn)[page - 1].index(table) - 1]
    assert heading.text == "Planned and actual time"


@pytest.mark.parametrize("spoken", ["en", "es"])
@pytest.mark.parametrize("which", [2, 1, 3], ids=["tonight", "assembly", "training"])
def test_the_demo_minutes_time_table_stays_under_its_heading_and_moves_only_if_it_must(
    which: int, spoken: str, qapp: Any, conn: sqlite3.Connection, drawn: Drawn, tmp_path: Path
) -> None:
    """Each demo meeting's minutes, in English and in Spanish: "Planned and actual time" sits
    right above its table, on the same page, and the two open a page of their own only where
    the page of items before them has no room for them."""
    meeting_id = write_demo(conn, NOW).meeting_ids[which]
    clock = ManualClock(NOW.timestamp())
    language.install(qapp, spoken)
    try:
        MeetingDocuments(conn, clock).minutes(meeting_id, tmp_path / "minutes.pdf")
    finally:
        language.install(qapp, "en")
    pages = _pages(drawn)
    where = [page for page in pages for f in page if isinstance(f, PagedTable)]
    assert len(where) == 1, "the time table split"
    page = where[0]
    table = next(f for f in page if isinstance(f, PagedTable))
    heading = page[page.index(table) - 1]
    assert _is_heading(heading)
    title = {"en": "Planned and actual time", "es": "Tiempo previsto y real"}[spoken]
    assert heading.text == title
    assert _needless_moves(drawn) == []
    assert _stranded(drawn) == []


MEETING = Meeting("Safe Staffing Working Group", NOW.date(), dt.time(18, 30), id=1)


@pytest.mark.parametrize("count", range(4, 16))
def test_the_minutes_time_table_never_jumps_a_page_it_could_start_on(
    count: int, drawn: Drawn, tmp_path: Path
) -> None:
    """However far the items' records push it down, the planned-and-actual table starts
    under its heading wherever the page has room for its header and first rows."""
    record = "Agreed to bring the survey to the next meeting.\nAna and Omar will draft it."
    items = [AgendaItem(f"Item {n}", 10, minutes=record, id=n) for n in range(1, count + 1)]
    actual = {n: 11 * 60_000 for n in range(1, count + 1)}
    start = int(dt.datetime.combine(NOW.date(), dt.time(18, 30)).timestamp() * 1000)
    end = start + sum(actual.values())
    render_minutes(tmp_path / "minutes.pdf", MEETING, [], items, actual, {}, {}, start, end)
    assert _blank_before_a_table(drawn) == []
    assert _split_short_tables(drawn) == []
    assert _stranded(drawn) == []
