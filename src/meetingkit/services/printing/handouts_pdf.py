"""A curriculum's participant handouts, printed: every worksheet with generous room to write.

Each file in the curriculum's handouts/ folder starts on a new page, in the order the modules
hand them out, under its title and the training's name, and its pages are numbered on their
own ("page 1 of 2" within the handout), since trainers photocopy one handout at a time. The
worksheet marks of curricula/FORMAT.md become space on paper: `::: write N` its prompt and N
ruled lines across the page, `____` a ruled blank, `- [ ]` an empty box to tick.

A worksheet that runs a little onto a last page is fitted on one page fewer by giving its
writing blocks fewer lines: the same share taken from every block, as little as saves the
page, each block keeping at least LEAST_SHARE of the lines its author asked for (rounded up)
and never fewer than FEWEST_LINES (a block that asks for fewer keeps what it asks). Type,
spacing and margins stay as they are. A worksheet that needs its last page even so keeps
every line.

A section of a worksheet (from a `#` or `##` heading to the next) with room to write in (ruled
lines) is a form to fill in, such as one conversation of a log: it stays on one page where it
fits on one, moving whole to the next page rather than start at the foot of this one. A longer
one starts where it falls and runs on, as any text does (page_breaks.py). Unless that takes
the worksheet a page more, even with fewer lines, than letting its forms run on: paper counts
too.

Titles and prompts in a script DejaVu Sans lacks, or written right to left, are drawn letter by
letter (curriculum_pdf.paragraph, curriculum_markdown.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    PageBreak,
    Spacer,
)

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, speaking, translate
from meetingkit.services.curricula import HANDOUTS_DIR, WRITE_LINES
from meetingkit.services.printing.curriculum_markdown import markdown_flowables
from meetingkit.services.printing.curriculum_pdf import (
    Handout,
    Styles,
    WritingLines,
    handouts_in_order,
    paragraph,
    read_handout,
    styles,
)
from meetingkit.services.printing.document import NumberedPart, page_count, write_story
from meetingkit.services.printing.page_breaks import stacked

_DIV = re.compile(r" {0,3}:{3,}[ \t]*(.*?)[ \t]*:*[ \t]*")  # as services/curriculum_outline.py
_FENCE = re.compile(r" {0,3}(```|~~~)")
_WRITE = re.compile(r"write[ \t]+([0-9]{1,3})")
FEWEST_LINES = 2  # a block of writing lines is never cut shorter than this
LEAST_SHARE = 0.6  # nor below this share of its lines, rounded up: 3 to 2, 4 to 3, 10 to 6

Part = str | tuple[str, int]  # Markdown, or a write block's prompt and its lines


def render_handouts(out: Path, curriculum: Curriculum, language: str | None = None) -> None:
    """Write every handout of `curriculum` to `out`, each from a new page, with its labels
    in `language`, by default the curriculum's, when meetingkit speaks it (else the app's)."""
    with speaking(language or curriculum.language):
        _write_handouts(out, curriculum)


def _write_handouts(out: Path, curriculum: Curriculum) -> None:
    names = handouts_in_order(curriculum)
    if not names:
        raise MeetingkitError(
            fill(
                translate(
                    "Handouts PDF",
                    "“%1” has no handouts to print: its %2/ folder is empty or missing.",
                ),
                curriculum.title,
                HANDOUTS_DIR,
            )
        )
    st = styles()
    story: list[Any] = []
    for name in names:
        if story:
            story.append(PageBreak())
        story += [NumberedPart(), *_handout(read_handout(curriculum, name), curriculum, st)]
    write_story(out, fill(translate("Handouts PDF", "Handouts — %1"), curriculum.title), story)


def _handout(handout: Handout, curriculum: Curriculum, st: Styles) -> list[Any]:
    """The handout's flowables, on as few pages as fewer writing lines allow, its forms kept
    whole unless that takes a page more (see above)."""
    parts = _worksheet_parts(handout.body)
    lines, pages = _fitted(handout, curriculum, st, parts, keep_forms=True)
    story = _story(handout, curriculum, st, parts, lines, keep_forms=True)
    if any(isinstance(flowable, _FormOnOnePage) for flowable in story):
        loose, fewer = _fitted(handout, curriculum, st, parts, keep_forms=False)
        if fewer < pages:
            return _story(handout, curriculum, st, parts, loose, keep_forms=False)
    return story


def _fitted(
    handout: Handout,
    curriculum: Curriculum,
    st: Styles,
    parts: Sequence[Part],
    *,
    keep_forms: bool,
) -> tuple[list[int], int]:
    """The lines of each write block: as asked, or the most of `_fewer_lines` that put the
    handout on one page fewer; and the pages it takes with them. Each try is laid out in
    full, as it will print."""
    asked = [part[1] for part in parts if isinstance(part, tuple)]

    def pages(lines: Sequence[int]) -> int:
        return page_count(_story(handout, curriculum, st, parts, lines, keep_forms=keep_forms))

    choices = _fewer_lines(asked)  # most lines first
    full = pages(asked)
    if not choices or full < 2:
        return asked, full  # no block can lose a line, or on one page already
    least = pages(choices[-1])
    if least >= full:
        return asked, full  # the last page is needed however short
    # The most lines that still save the page, found as if fewer lines never took more pages;
    # what is returned has been laid out and does save it either way.
    low, high = 0, len(choices) - 1  # choices[high] saves the page
    found = least
    while low < high:
        middle = (low + high) // 2
        if (count := pages(choices[middle])) < full:
            high, found = middle, count
        else:
            low = middle + 1
    return choices[high], found


def _fewer_lines(asked: Sequence[int]) -> list[list[int]]:
    """Each way of shortening every block by the same share, down to the least allowed: the
    lines per block, most lines first. Empty if no block can lose a line."""
    least = [fewest_lines(n) for n in asked]
    shares = sorted({k / n for n in asked for k in range(n)}, reverse=True)
    found: list[list[int]] = []
    for share in [*shares, 0.0]:
        lines = [max(low, _rounded(n * share)) for n, low in zip(asked, least, strict=True)]
        if lines != asked and lines not in found:
            found.append(lines)
    return found


def fewest_lines(asked: int) -> int:
    """The fewest lines a block of `asked` writing lines may be given to save a page."""
    return min(asked, max(FEWEST_LINES, math.ceil(asked * LEAST_SHARE)))


def _rounded(x: float) -> int:
    return math.floor(x + 0.5)


def _story(
    handout: Handout,
    curriculum: Curriculum,
    st: Styles,
    parts: Sequence[Part],
    lines: Sequence[int],
    *,
    keep_forms: bool = True,
) -> list[Any]:
    """Fresh flowables for the handout, with `lines` in its write blocks, in order; its forms
    kept whole on a page where they fit one, if `keep_forms`."""
    story: list[Any] = [
        paragraph(curriculum.title.upper(), st.eyebrow),
        paragraph(handout.title, st.title),
    ]
    count = iter(lines)
    for part in parts:
        if isinstance(part, str):
            story += markdown_flowables(part, st.worksheet)
            continue
        flow = markdown_flowables(part[0], st.worksheet) or [Spacer(1, 2)]
        for flowable in flow:
            flowable.keepWithNext = True  # the prompt stays with its first lines
        story += [*flow, WritingLines(next(count))]
    return _forms_kept(story, st) if keep_forms else story


def _forms_kept(story: list[Any], st: Styles) -> list[Any]:
    """`story` with a `_FormOnOnePage` before each section (a `#` or `##` heading and what
    follows, up to the next) that has writing lines in it."""
    out: list[Any] = []
    section: list[Any] = []  # the open section, from its heading
    for flowable in [*story, None]:
        heads = flowable is not None and getattr(flowable, "style", None) is st.worksheet.heading
        if section and (flowable is None or heads):
            if any(isinstance(part, WritingLines) for part in section):
                out.append(_FormOnOnePage(section))
            out += section
            section = []
        if heads:
            section = [flowable]
        elif section:
            section.append(flowable)
        elif flowable is not None:
            out.append(flowable)
    return out


class _FormOnOnePage(CondPageBreak):  # type: ignore[misc]
    """Takes no room; moves on to the next page when this one cannot hold the whole section
    of a form after it, which a page can (a longer one starts here, and runs on)."""

    _ZEROSIZE = True  # asked even when the page is full
    _SPACETRANSFER = True  # the space after the flowable before it still counts
    locChanger = 0  # noqa: N815 (reportlab's name) no page break of its own: the spacer before it stays

    def __init__(self, section: list[Any]) -> None:
        super().__init__(0)
        self.section = section

    def __repr__(self) -> str:
        return f"_FormOnOnePage({self.section[0]!r})"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False) or avail_height < 0:
            return 0, 0  # at the top of a page it has all the room there is
        # Its heading's space before, and the section stacked as a frame lays it
        tall = stacked(self.section, avail_width, self.canv)[1]
        height = self.section[0].getSpaceBefore() + tall
        self.height = height if height <= getattr(frame, "_aH", 0.0) else 0
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


def _worksheet_parts(text: str) -> list[Part]:
    """Markdown, and `(prompt, lines)` for each `::: write N` block, in order.

    Another section's fences are dropped and its content kept; one left open runs to the end.
    A `:::` line inside fenced code is code.
    """
    low, high = WRITE_LINES
    parts: list[Part] = []
    chunk: list[str] = []
    write: int | None = None  # the lines of the open write block, if one is open
    fence = False
    for line in [*text.split("\n"), ":::"]:
        if _FENCE.match(line):
            fence = not fence
        div = None if fence else _DIV.fullmatch(line)
        if div is None:
            chunk.append(line)
            continue
        if write is not None:
            parts.append(("\n".join(chunk), write))
        elif chunk:
            parts.append("\n".join(chunk))
        chunk, write = [], None
        if match := _WRITE.fullmatch(div[1].strip("{}").strip().lstrip(".")):
            write = min(max(int(match[1]), low), high)
    return [part for part in parts if not isinstance(part, str) or part.strip()]
