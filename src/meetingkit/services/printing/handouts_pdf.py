"""A curriculum's participant handouts, printed: every worksheet with generous room to write.

Each file in the curriculum's handouts/ folder starts on a new page, in the order the modules
hand them out, under its title and the training's name. The worksheet marks of
curricula/FORMAT.md become space on paper: `::: write N` its prompt and N ruled lines across
the page, `____` a ruled blank, `- [ ]` an empty box to tick.

A worksheet that runs a little onto a last page is fitted on one page fewer by giving its
writing blocks fewer lines: the same share taken from every block, as little as saves the
page, each block keeping at least LEAST_SHARE of the lines its author asked for (rounded up)
and never fewer than FEWEST_LINES (a block that asks for fewer keeps what it asks). Type,
spacing and margins stay as they are. A worksheet that needs its last page even so keeps
every line.

Titles and prompts in a script DejaVu Sans lacks, or written right to left, are drawn letter by
letter (curriculum_pdf.paragraph, curriculum_markdown.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak, Spacer  # type: ignore[import-untyped]

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
from meetingkit.services.printing.document import page_count, write_story

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
        story += _handout(read_handout(curriculum, name), curriculum, st)
    write_story(out, fill(translate("Handouts PDF", "Handouts — %1"), curriculum.title), story)


def _handout(handout: Handout, curriculum: Curriculum, st: Styles) -> list[Any]:
    """The handout's flowables, on as few pages as fewer writing lines allow (see above)."""
    parts = _worksheet_parts(handout.body)
    return _story(handout, curriculum, st, parts, _fitted(handout, curriculum, st, parts))


def _fitted(
    handout: Handout, curriculum: Curriculum, st: Styles, parts: Sequence[Part]
) -> list[int]:
    """The lines of each write block: as asked, or the most of `_fewer_lines` that put the
    handout on one page fewer. Each try is laid out in full, as it will print."""
    asked = [part[1] for part in parts if isinstance(part, tuple)]

    def pages(lines: Sequence[int]) -> int:
        return page_count(_story(handout, curriculum, st, parts, lines))

    choices = _fewer_lines(asked)  # most lines first
    if not choices:
        return asked  # no block can lose a line: nothing to lay out twice
    full = pages(asked)
    if full < 2 or pages(choices[-1]) >= full:
        return asked  # on one page already, or the last page is needed however short
    # The most lines that still save the page, found as if fewer lines never took more pages;
    # what is returned has been laid out and does save it either way.
    low, high = 0, len(choices) - 1  # choices[high] saves the page
    while low < high:
        middle = (low + high) // 2
        if pages(choices[middle]) < full:
            high = middle
        else:
            low = middle + 1
    return choices[high]


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
) -> list[Any]:
    """Fresh flowables for the handout, with `lines` in its write blocks, in order."""
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
    return story


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
