"""Where the pages of a flowing document may break, decided once for every PDF built from a
story (document.py's `write_story`): agenda, minutes, report, guide, handouts, call list.

- A heading (anything with `keepWithNext`) never ends a page. A short section (up to two
  fifths of a page, to the next heading of its rank) moves whole to the next page unless this
  one has room for it all. A longer one needs room for its heading, a short intro under it, and the
  start of what follows: a table's header and first two rows, a paragraph's first two lines, a
  short list whole, two writing lines. A short table (up to two fifths of a page) is never
  split: it moves whole to the next page, with its heading, where this one cannot hold it. A
  longer one is never moved whole: it starts under its heading and goes on, its header
  repeated, on the next page, rather than leave the rest of this one blank (as reportlab's own
  keepWithNext would).
- A short list (or a block of form lines) stays whole; a long one keeps its first two items
  and its last two together, so that no page starts or ends with a lone item.
- A paragraph never leaves its last line alone at the top of a page.
- A `PagedTable` splits only between rows, with at least two rows either side of the break
  (and its total row, if any, after them), and only when it is longer than a short section.
  Anything else with a `may_split(page)` is held to the same rule (the report's airtime
  chart, airtime_chart.py): its `lead_height` goes with the heading above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
)

from meetingkit.services.printing.table import Table

SHORT_LIST = 6  # items: a list this long or shorter is never split
ENDS = 2  # items, rows or lines that stay together at either end of a longer one
INTRO_LINES = 3  # a paragraph this short under a heading goes along with it
LEAD_IN_CHARS = 200  # a paragraph this short, right before a list, stays with it
SHORT_SECTION = 0.4  # of the page's height: a section (or a table) this short is never split
_LOOK_AHEAD = 40  # flowables after a heading looked at, at most
_TALL = 1e6


def mark_item(flowable: Any) -> Any:
    """Mark `flowable` as an item of a list (a bulleted paragraph is one already): a line of a
    form, a paragraph inside a list item. Returns it."""
    flowable.list_item = True
    return flowable


def arrange(story: Sequence[Any]) -> list[Any]:
    """`story` with the page-break rules above applied, ready for `doc.build`."""
    flow = _hold_lists(_without_idle_space(story))
    kept = [bool(f.getKeepWithNext()) for f in flow]
    out: list[Any] = []
    for i, flowable in enumerate(flow):
        if isinstance(flowable, Paragraph):
            flowable.allowWidows = 0
        if kept[i] and (i == 0 or not kept[i - 1]):
            window = list(zip(flow[i : i + _LOOK_AHEAD], kept[i : i + _LOOK_AHEAD], strict=True))
            out.append(_RoomFor(window))
        if kept[i]:
            # _RoomFor does the keeping: reportlab's own would move a long table whole.
            flowable.__dict__["keepWithNext"] = 0
        out.append(flowable)
    return out


def _without_idle_space(story: Sequence[Any]) -> list[Any]:
    """`story` less the spacers right before a page break or at the end: one that does not fit
    at the foot of a page would start a page of its own, blank."""
    out: list[Any] = []
    for flowable in [*story, None]:
        if flowable is None or getattr(flowable, "locChanger", False):
            while out and isinstance(out[-1], Spacer) and not getattr(out[-1], "locChanger", 0):
                out.pop()
        if flowable is not None:
            out.append(flowable)
    return out


def _is_item(flowable: Any) -> bool:
    if getattr(flowable, "list_item", False):
        return True
    return isinstance(flowable, Paragraph) and bool(flowable.bulletText)


def _is_lead_in(flowable: Any) -> bool:
    """A line or two of text, not an item itself, that leads in to the list after it."""
    if not isinstance(flowable, Paragraph) or _is_item(flowable):
        return False
    return len(re.sub(r"<[^>]*>", "", flowable.text)) <= LEAD_IN_CHARS


def _hold_lists(story: Sequence[Any]) -> list[Any]:
    """Each run of list items: whole if short, else with its two ends held together; and the
    short paragraph that leads in to a list kept with it."""
    out: list[Any] = []
    run: list[Any] = []
    for flowable in [*story, None]:
        if flowable is not None and _is_item(flowable):
            run.append(flowable)
            continue
        if run and out and _is_lead_in(out[-1]):
            out[-1].keepWithNext = 1  # "Risk:", "For each agreement, ask:"
        if len(run) < 2:
            out += run
        elif len(run) <= SHORT_LIST:
            out.append(KeepTogether(run))
        else:
            out += [KeepTogether(run[:ENDS]), *run[ENDS:-ENDS], KeepTogether(run[-ENDS:])]
        run = []
        if flowable is not None:
            out.append(flowable)
    return out


class _RoomFor(CondPageBreak):  # type: ignore[misc]
    """Takes no room; moves on to the next page when this one cannot hold the heading (or run
    of headings) that follows together with the start of what comes after it."""

    _ZEROSIZE = True  # asked even when the page is full
    _SPACETRANSFER = True  # the space after the flowable before it still counts

    def __init__(self, window: list[tuple[Any, bool]]) -> None:
        super().__init__(0)
        self.window = window  # the flowables from the heading on, each with its keepWithNext

    def __repr__(self) -> str:
        return f"_RoomFor({self.window[0][0]!r})"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False) or avail_height < 0:
            # A fresh page has all the room there is; on a full one, the frame moves on by
            # itself (and a page break asked for as well would leave the next page blank).
            return 0, 0
        page = getattr(frame, "_aH", 0.0)
        self.height = self._needed(avail_width, getattr(frame, "_prevASpace", 0), page)
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]

    def _needed(self, width: float, space_above: float, page: float) -> float:
        """The height of the whole section if it is short, SHORT_SECTION of `page` or less (and
        does not open with a table that can split); else of its heading, its intro and the
        start of what follows.
        Spaced as a frame spaces them: the space after one, or more if the next asks for more
        before it (`space_above` is taken already). `page` is the height of the page's frame."""
        short = SHORT_SECTION * page
        total, taken, pending = 0.0, space_above, 0.0
        rank = _rank(self.window)
        if not _heads_section(self.window):
            short = 0.0  # a prompt, a rule: only the start of what follows goes with it
        start: float | None = None  # the height of the heading, intro and lead, once known
        intro = True
        for n, (flowable, kept) in enumerate(self.window):
            if getattr(flowable, "locChanger", False) or hasattr(flowable, "frameAction"):
                break  # a page break of its own, or the like
            if n and kept and not self.window[n - 1][1] and _rank(self.window[n:]) >= rank:
                break  # the next section's heading, which looks after itself
            before, height, after = measure(flowable, width, self.canv)
            gap = pending + max(before - pending - taken, 0)
            spacer = isinstance(flowable, Spacer)
            if start is None and kept and not intro and _heads_section(self.window[n:]):
                start = total  # a subheading after the intro looks after itself; a prompt
                # (with its writing lines) goes along
            if start is None and not (kept or spacer or (intro and _is_intro(flowable))):
                start = total + gap + _lead(flowable, height, page)
                if _splits(flowable, page):
                    short = 0.0  # its start goes here, the rest on the next page
            total += gap + height
            if start is not None and total > short:
                return start
            taken, pending = 0.0, after
            intro = intro and (kept or spacer)
        return total if start is None or total <= short else start


def measure(flowable: Any, width: float, canvas: Any) -> tuple[float, float, float]:
    """Space before, height and space after of `flowable` laid out `width` wide; a
    KeepTogether's parts as one block, spaced as a frame spaces them (`stacked`)."""
    parts = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return stacked(parts, width, canvas)


def stacked(flowables: Sequence[Any], width: float, canvas: Any) -> tuple[float, float, float]:
    """Space before, height and space after of `flowables` one under the other `width` wide,
    as a frame lays them: between two, the larger of the space after the one and the space
    before the next, not both; the first one's space before and the last one's space after
    are not in the height (a frame drops the one at the top of a page, and needs no room for
    the other at its foot). What takes no room and hands the space above it on (`_RoomFor`),
    or acts on the frame (an indent), is passed over; a KeepTogether's parts are measured."""
    before: float | None = None
    height, after = 0.0, 0.0
    for flowable in flowables:
        if getattr(flowable, "_SPACETRANSFER", False) or hasattr(flowable, "frameAction"):
            continue
        if isinstance(flowable, KeepTogether):
            above, tall, below = stacked(flowable._content, width, canvas)
        else:
            tall = flowable.wrapOn(canvas, width, _TALL)[1]
            above, below = flowable.getSpaceBefore(), flowable.getSpaceAfter()
        if before is None:
            before = above
        else:
            height += max(after, above)
        height += tall
        after = below
    return before or 0.0, height, after


def _rank(window: Sequence[tuple[Any, bool]]) -> float:
    """The font size of the first paragraph in the kept run that starts `window` (a rule and a
    module's title, say): its heading's rank. 0 if it has none."""
    for flowable, kept in window:
        if not kept:
            break
        if isinstance(flowable, Paragraph):
            return float(flowable.style.fontSize)
    return 0.0


def _heads_section(window: Sequence[tuple[Any, bool]]) -> bool:
    """Whether `window` starts with a heading: a paragraph kept with the next by its style,
    not one (such as a worksheet's prompt) kept with its writing lines."""
    for flowable, kept in window:
        if kept and isinstance(flowable, Paragraph):
            return bool(getattr(flowable.style, "keepWithNext", False))
    return False


def _is_intro(flowable: Any) -> bool:
    """A short paragraph (or a line of a form) under a heading, which it takes along; not an
    item of a bulleted list."""
    if not isinstance(flowable, Paragraph) or flowable.bulletText:
        return False
    return len(flowable.blPara.lines) <= INTRO_LINES


def _splits(flowable: Any, page: float) -> bool:
    """Whether `flowable` is long enough to split on a page whose frame is `page` tall: a
    table (`PagedTable`'s rule), or anything else that says so by its own `may_split` (the
    report's airtime chart)."""
    return hasattr(flowable, "may_split") and bool(flowable.may_split(page))


def _lead(flowable: Any, height: float, page: float) -> float:
    """How much of `flowable` must share a page with the heading above it: the least it can
    be split into, or all of it (`height`, as wrapped; a list's whole, when it is one)."""
    if hasattr(flowable, "may_split") and not _splits(flowable, page):
        return height  # too short to split: it goes whole
    if hasattr(flowable, "lead_height"):
        return float(flowable.lead_height())
    if _splits(flowable, page):
        rows = flowable.splits_after() or 0
        return float(sum(flowable._rowHeights[:rows]))
    if isinstance(flowable, Paragraph):
        lines = len(flowable.blPara.lines)
        if lines > ENDS + 1:
            return ENDS * float(flowable.style.leading)
    return height


class PagedTable(Table):
    """A table that splits only between rows, and only with its header and at least two rows
    before the break and two after it, then its `total_rows` (a total at the foot, which
    counts for none of the two); one of fewer rows, or one no taller than a short section
    (SHORT_SECTION of the page), moves whole to the next page. At the top of an empty page,
    where moving on cannot help, it splits wherever it must."""

    def __init__(self, *args: Any, total_rows: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.total_rows = total_rows  # rows at the foot that add up the ones above

    def splits_after(self) -> int | None:
        """The fewest rows (header included) a first part may have, or None where the table
        is too short to split."""
        head = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if len(self._cellvalues) - head - self.total_rows < 2 * ENDS:
            return None
        return head + ENDS

    def short(self, page: float) -> bool:
        """Whether the table, as last wrapped, is no taller than a short section of a page
        whose frame is `page` tall: then it is kept whole."""
        return float(getattr(self, "_height", 0.0)) <= SHORT_SECTION * page

    def may_split(self, page: float) -> bool:
        """Whether the table may split on a page whose frame is `page` tall: it is not short,
        and it has rows enough."""
        return not self.short(page) and self.splits_after() is not None

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if frame is not None and not at_top and self.short(getattr(frame, "_aH", 0.0)):
            return []  # it moves whole to the next page
        least = self.splits_after()
        rows = len(self._cellvalues)
        # reportlab's own limits: the rows a first part may have, fewest and most.
        most = rows - ENDS - self.total_rows
        allowed: tuple[int, int] | None = (least, most) if least else (rows, rows)
        self._rowSplitRange = allowed
        parts: list[Any] = super().split(avail_width, avail_height)
        if not parts and at_top:
            allowed = None  # at the top of an empty page: a split anywhere beats none
            self._rowSplitRange = allowed
            parts = super().split(avail_width, avail_height)
        if len(parts) > 1:
            parts[-1].total_rows = self.total_rows  # the rest, which may split again
        return parts
