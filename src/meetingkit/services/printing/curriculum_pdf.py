"""What a curriculum's facilitator guide and its handouts share on paper: the look, and the
handout files.

The greys, rules and bundled font are the agenda's (agenda_pdf.py); a run sheet is set a little
smaller than a worksheet, which participants read at arm's length and write on.

Text in a script DejaVu Sans lacks (Chinese, Devanagari…) or written right to left is drawn
letter by letter, as the agenda draws it (script_text.py): `paragraph` picks between an
ordinary Paragraph (with the markup given) and script_text's `ItemLines`, drawn text set in,
and bulleted, as the Paragraph would be.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.curricula import HANDOUTS_DIR
from meetingkit.services.printing.document import INK, MUTED, MUTED_HEX
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.page_breaks import ENDS
from meetingkit.services.printing.script_text import ItemLines, drawn, is_bold

WRITING_RULE = 0.33 * inch  # between ruled lines, and the line height of a line with blanks
_TITLE = re.compile(r"#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


# The look


@dataclass(frozen=True)
class Voice:
    """Paragraph styles for Markdown in one kind of page: a run sheet or a worksheet."""

    body: Any
    item: Any
    heading: Any  # `#` and `##`: sections of a handout
    subheading: Any  # `###` and deeper
    head: Any  # table header cells
    cell: Any
    grid: bool  # tables are grids to write in


@dataclass(frozen=True)
class Styles:
    """Paragraph styles, one per role on the page (all reportlab objects, hence Any)."""

    eyebrow: Any
    title: Any
    meta: Any
    heading: Any
    session: Any
    module: Any
    label: Any
    fact: Any
    small: Any
    guide: Voice
    worksheet: Voice


def _style(name: str, size: float, **kw: Any) -> Any:
    fonts = register_fonts()
    kw.setdefault("fontName", fonts.regular)
    kw.setdefault("textColor", INK)
    kw.setdefault("bulletFontName", fonts.regular)
    return ParagraphStyle(name, fontSize=size, leading=kw.pop("leading", size * 1.38), **kw)


def _voice(name: str, size: float, leading: float, *, grid: bool) -> Voice:
    bold = register_fonts().bold
    return Voice(
        body=_style(f"{name}_body", size, leading=leading, spaceAfter=size * 0.6),
        item=_style(f"{name}_item", size, leading=leading, spaceAfter=size * 0.3),
        heading=_style(
            f"{name}_heading",
            size + 2.5,
            fontName=bold,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=_style(
            f"{name}_subheading",
            size + 1,
            fontName=bold,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        head=_style(f"{name}_head", 8, textColor=MUTED, fontName=bold),
        cell=_style(f"{name}_cell", size - 0.5, leading=(size - 0.5) * 1.3),
        grid=grid,
    )


@functools.cache
def styles() -> Styles:
    """The styles of the guide and the handouts, made once (the fonts registered with them)."""
    bold = register_fonts().bold
    return Styles(
        eyebrow=_style("eyebrow", 8.5, textColor=MUTED, fontName=bold, spaceAfter=3),
        title=_style("title", 20, leading=25, fontName=bold, spaceAfter=6),
        meta=_style("meta", 10.5, leading=15, spaceAfter=4),
        heading=_style("heading", 12, fontName=bold, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        session=_style("session", 18, leading=23, fontName=bold, spaceAfter=8, keepWithNext=1),
        module=_style("module", 13, leading=17, fontName=bold, spaceBefore=4, keepWithNext=1),
        label=_style(
            "label", 8, textColor=MUTED, fontName=bold, spaceBefore=9, spaceAfter=3, keepWithNext=1
        ),
        fact=_style("fact", 9.5, leading=13),
        small=_style("small", 8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
        guide=_voice("guide", 9.5, 13.5, grid=False),
        worksheet=_voice("worksheet", 10.5, 15, grid=True),
    )


def grey(markup: str) -> str:
    """Secondary words set small and grey beside a bold title."""
    return f"<font size='8.5' color='{MUTED_HEX}'>{markup}</font>"


@functools.cache
def replace_style(style: Any, **changes: Any) -> Any:
    """`style` with some attributes changed; made once per combination."""
    return ParagraphStyle(f"{style.name}+", parent=style, **changes)


def paragraph(
    text: str,
    style: Any,
    markup: str | None = None,
    *,
    bullet: str | None = None,
    bold: bool | None = None,
) -> Any:
    """`markup` (by default `text`, escaped) as a Paragraph of `style` with `bullet`; or, where
    `text` must be drawn letter by letter (script_text.drawn), `text` drawn in `style`'s size
    and colour and in the weight `bold` (by default the style's): what inline markup would
    add, such as bold words or a grey aside, is left out."""
    weight = is_bold(style) if bold is None else bold
    if not drawn(text, bold=weight):
        return Paragraph(para_text(text) if markup is None else markup, style, bulletText=bullet)
    return ItemLines(text, style, bullet, bold=weight)


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines across the frame, WRITING_RULE apart, the first one rule below the top."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.spaceAfter = 10

    def __repr__(self) -> str:
        return f"WritingLines({self.count})"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * WRITING_RULE

    def lead_height(self) -> float:
        """The fewest lines that go on a page with the prompt above them (page_breaks.py):
        two, or all of a block too short to split."""
        lines = self.count if self.count < 2 * ENDS else ENDS
        return float(lines * WRITING_RULE)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Lines that run over a page go on on the next, but never a lone line at the foot of
        one page or the head of the next."""
        fit = min(int(avail_height // WRITING_RULE), self.count - ENDS)
        if fit < ENDS:
            return []
        return [WritingLines(fit), WritingLines(self.count - fit)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        for n in range(self.count):
            canvas.line(0, n * WRITING_RULE, self.width, n * WRITING_RULE)


# Handout files


@dataclass(frozen=True)
class Handout:
    """A handout file: its `# Title` line, and the Markdown after it."""

    name: str
    title: str
    body: str


def read_handout(curriculum: Curriculum, name: str) -> Handout:
    """The handout `name` from the curriculum's handouts/ folder, as the file is now."""
    if curriculum.path is None:
        raise MeetingkitError(
            fill(
                translate(
                    "Handouts PDF",
                    "The handout %1 cannot be found: this curriculum was not read from a folder.",
                ),
                name,
            )
        )
    path = curriculum.path.parent / HANDOUTS_DIR / name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise MeetingkitError(
            fill(
                translate(
                    "Handouts PDF",
                    "The handout %1 is not UTF-8 text. Save it as UTF-8, check the curriculum "
                    "with “meetingkit curricula check”, and try again.",
                ),
                path,
            )
        ) from e
    except OSError as e:
        raise MeetingkitError(
            fill(
                translate(
                    "Handouts PDF",
                    "The handout %1 cannot be read (%2). Check the curriculum with “meetingkit "
                    "curricula check” and try again.",
                ),
                path,
                e.strerror or e,
            )
        ) from e
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines):
        if line.strip():
            if title := _TITLE.fullmatch(line):
                return Handout(name, title[1].strip(), "\n".join(lines[number + 1 :]))
            break
    return Handout(name, name.removesuffix(".md").replace("-", " ").capitalize(), text)


def handouts_in_order(curriculum: Curriculum) -> list[str]:
    """The handout files in the order modules hand them out; any never handed out last."""
    names = dict.fromkeys(name for module in curriculum.modules() for name in module.handouts)
    names.update(dict.fromkeys(curriculum.handouts))
    return list(names)
