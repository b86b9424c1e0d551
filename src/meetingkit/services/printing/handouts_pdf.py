"""A curriculum's participant handouts, printed: every worksheet with generous room to write.

Each file in the curriculum's handouts/ folder starts on a new page, in the order the modules
hand them out, under its title and the training's name. The worksheet marks of
curricula/FORMAT.md become space on paper: `::: write N` its prompt and N ruled lines across
the page, `____` a ruled blank, `- [ ]` an empty box to tick.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak, Paragraph, Spacer  # type: ignore[import-untyped]

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.curricula import HANDOUTS_DIR, WRITE_LINES
from meetingkit.services.printing.curriculum_markdown import markdown_flowables
from meetingkit.services.printing.curriculum_pdf import (
    Handout,
    Styles,
    WritingLines,
    handouts_in_order,
    read_handout,
    styles,
)
from meetingkit.services.printing.document import write_story
from meetingkit.services.printing.fonts import para_text

_DIV = re.compile(r" {0,3}:{3,}[ \t]*(.*?)[ \t]*:*[ \t]*")  # as services/curriculum_outline.py
_FENCE = re.compile(r" {0,3}(```|~~~)")
_WRITE = re.compile(r"write[ \t]+([0-9]{1,3})")


def render_handouts(out: Path, curriculum: Curriculum) -> None:
    """Write every handout of `curriculum` to `out`, each from a new page."""
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
    story: list[Any] = [
        Paragraph(para_text(curriculum.title.upper()), st.eyebrow),
        Paragraph(para_text(handout.title), st.title),
    ]
    for part in _worksheet_parts(handout.body):
        if isinstance(part, str):
            story += markdown_flowables(part, st.worksheet)
            continue
        prompt, count = part
        flow = markdown_flowables(prompt, st.worksheet) or [Spacer(1, 2)]
        for flowable in flow:
            flowable.keepWithNext = True  # the prompt stays with its first lines
        story += [*flow, WritingLines(count)]
    return story


def _worksheet_parts(text: str) -> list[str | tuple[str, int]]:
    """Markdown, and `(prompt, lines)` for each `::: write N` block, in order.

    Another section's fences are dropped and its content kept; one left open runs to the end.
    A `:::` line inside fenced code is code.
    """
    low, high = WRITE_LINES
    parts: list[str | tuple[str, int]] = []
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
