"""The Markdown of curriculum files as reportlab flowables: run sheets, notes and worksheets.

Everything comes from files a trainer wrote, so it is text: every string is escaped before it
reaches Paragraph markup, and only the Markdown itself adds markup. Markdown is parsed with
markdown-it-py (CommonMark and tables, raw HTML off) and kept simple: paragraphs, headings,
lists, **bold**, links (the text, then the address), tables, quotations, and code as plain
lines; any other construct prints as a plain paragraph. `_italic_` prints upright, as no
italic face is bundled (fonts.py). The worksheet marks of curricula/FORMAT.md that sit inside
a line are handled here too: `____` prints as a blank to write on, `- [ ]` as a box to tick.
On a worksheet, a line of underscores alone under a prompt (a rule, to Markdown) is a line to
write on, as its author meant. List items and lines of a form are marked as items, which
page_breaks.py keeps together.

A paragraph, heading, list item or table cell whose words a Paragraph cannot set (Chinese,
Devanagari, Arabic, Hebrew…: script_text.drawn) is drawn letter by letter as plain text, as the
agenda draws notes: in the weight of its style (bold if all of it is bold), losing only inline
emphasis; a link's address still follows its text. Its blanks are underscores, as typed, one at
the end of a line running to the margin, each line of a form its own line, as high as a ruled
line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    HRFlowable,
    Paragraph,
    Spacer,
    TableStyle,
)

from meetingkit.services.printing.card_text import LEADING
from meetingkit.services.printing.curriculum_pdf import (
    WRITING_RULE,
    Voice,
    WritingLines,
    grey,
    replace_style,
)
from meetingkit.services.printing.document import INK, MUTED, RULE, SHADE, WIDTH
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.page_breaks import PagedTable, mark_item
from meetingkit.services.printing.script_text import ItemLines, ScriptLines, drawn, is_bold
from meetingkit.services.printing.scripts import set_line

_INDENT = 16  # points per level of list or quotation
_BULLETS = ("•", "–", "·")
_CHECKBOXES = {"[ ] ": "☐", "[x] ": "☒", "[X] ": "☒"}
_BLANK = re.compile(r"_{3,}")

# Raw HTML off, so `<b>` in a file is text; entities off, so `&amp;` prints as typed.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table").disable("entity")


@dataclass(frozen=True)
class _Blank:
    """A run of underscores in a line: room to write, as wide as the underscores."""

    chars: int


@dataclass(frozen=True)
class _Break:
    """A line break in a paragraph: `hard` from the author, else a wrapped source line."""

    hard: bool


_Piece = str | _Blank | _Break


@dataclass(frozen=True)
class _Plain:
    """What inline tokens say as plain text, for drawing letter by letter."""

    text: str
    bold: bool  # all of it is bold


_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "s_open": "<strike>",
    "s_close": "</strike>",
}


@dataclass
class _List:
    ordered: bool
    number: int
    depth: int
    bullet: str | None = None  # the bullet of the item whose first paragraph is still to come


@dataclass
class _Walk:
    """Where the token walk stands: the lists and quotations it is inside."""

    voice: Voice
    width: float
    out: list[Any] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)
    quotes: int = 0

    @property
    def indent(self) -> float:
        return _INDENT * (len(self.lists) + self.quotes)


def markdown_flowables(text: str, voice: Voice, width: float = WIDTH) -> list[Any]:
    """Markdown as flowables `width` wide, in `voice`: robust to anything a file may hold."""
    walk = _Walk(voice, width)
    tokens = _MARKDOWN.parse(text)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind in ("paragraph_open", "heading_open"):
            _block(walk, token, tokens[i + 1])
            i += 3
            continue
        if kind == "table_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
            walk.out.append(_table(tokens[i:end], walk))
            i = end + 1
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1)
            ordered = kind == "ordered_list_open"
            walk.lists.append(_List(ordered, int(start) if ordered else 0, len(walk.lists)))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            walk.lists.pop()
            if not walk.lists:
                walk.out.append(Spacer(1, 4))  # before the paragraph that follows
        elif kind == "list_item_open":
            current = walk.lists[-1]
            current.bullet = f"{current.number}." if current.ordered else _bullet(current.depth)
            current.number += 1
        elif kind == "blockquote_open":
            walk.quotes += 1
        elif kind == "blockquote_close":
            walk.quotes -= 1
        elif kind in ("fence", "code_block", "html_block"):
            code = token.content.rstrip("\n")
            _paragraph(walk, [para_text(code)], _Plain(code, False))
        elif kind == "hr":
            walk.out.append(_rule(walk, token))
        elif kind == "inline":  # not reached for CommonMark, but print it rather than lose it
            _paragraph(walk, _inline(token.children or []), _plain(token.children or []))
        i += 1
    return walk.out


def _rule(walk: _Walk, token: Token) -> Any:
    """A horizontal rule; on a worksheet, a line of underscores under a prompt is where the
    answer goes (as authors mean it, though Markdown makes it a rule): a writing line."""
    previous = walk.out[-1] if walk.out else None
    prompt = isinstance(previous, Paragraph | ScriptLines)  # drawn letter by letter or not
    if walk.voice.grid and token.markup.startswith("_") and prompt and previous is not None:
        previous.keepWithNext = True  # the prompt stays with its line
        return WritingLines(1)
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=6)


def _bullet(depth: int) -> str:
    return _BULLETS[min(depth, len(_BULLETS) - 1)]


def _block(walk: _Walk, opening: Token, inline: Token) -> None:
    pieces = _inline(inline.children or [])
    plain = _plain(inline.children or [])
    if opening.type == "heading_open":
        level = int(opening.tag[1:])
        style = walk.voice.heading if level <= 2 else walk.voice.subheading
        if drawn(plain.text, bold=True):
            walk.out += _drawn(plain, style, walk.width, bold=True)
        else:
            walk.out.append(Paragraph(_line(pieces, style, walk.width), style))
        return
    _paragraph(walk, pieces, plain)


def _paragraph(walk: _Walk, pieces: list[_Piece], plain: _Plain) -> None:
    """One paragraph, carrying the pending bullet (or checkbox) of the list item it opens."""
    current = walk.lists[-1] if walk.lists else None
    bullet = current.bullet if current else None
    if current:
        current.bullet = None
    style = walk.voice.item if current else walk.voice.body
    first = pieces[0] if pieces else None
    box = None
    if bullet and current and not current.ordered and isinstance(first, str):
        box = next((mark for mark in _CHECKBOXES if first.startswith(mark)), None)
    if box and isinstance(first, str):  # a box to tick, larger than a bullet and set in from it
        pieces = [first[len(box) :], *pieces[1:]]
        plain = _Plain(plain.text[len(box) :], plain.bold)
        bullet = _CHECKBOXES[box]
        indent = walk.indent + 6
        style = replace_style(
            style,
            leftIndent=indent,
            bulletIndent=indent - 19,
            bulletFontSize=style.fontSize * 1.35,
            spaceAfter=style.fontSize * 0.7,  # room to tick with a pen
        )
    elif walk.indent:
        style = replace_style(style, leftIndent=walk.indent, bulletIndent=walk.indent - 12)
    form = _for_blanks(pieces, style)
    if drawn(plain.text, bold=plain.bold or is_bold(style)):
        flow = _drawn(plain, form, walk.width, bullet=bullet, form=form is not style)
    else:
        flow = [Paragraph(_line(pieces, form, walk.width, bullet), form, bulletText=bullet)]
    for flowable in flow:
        if current or form is not style:  # part of a list, or a line of a form
            mark_item(flowable)
    walk.out += flow


def _drawn(
    plain: _Plain,
    style: Any,
    width: float,
    *,
    bullet: str | None = None,
    bold: bool = False,
    form: bool = False,
) -> list[Any]:
    """`plain` drawn letter by letter in `style` `width` wide: one flowable, or in a `form`
    (text with blanks, `style` from `_for_blanks`), one a line, each as high as a ruled line."""
    weight = bold or plain.bold or is_bold(style)
    if not form:
        return [ItemLines(plain.text, style, bullet, bold=weight)]
    room = width - style.leftIndent - style.rightIndent
    rise = max(WRITING_RULE - LEADING * style.fontSize, 0)
    line_style = replace_style(style, spaceBefore=rise, spaceAfter=2)
    out: list[Any] = []
    for number, line in enumerate(plain.text.split("\n")):
        filled = _to_margin(line, style.fontSize, room, weight)
        out.append(ItemLines(filled, line_style, bullet if number == 0 else None, bold=weight))
    return out


def _to_margin(line: str, size: float, room: float, bold: bool) -> str:
    """`line` with the blank that ends it (if one does) as long as the line has room for."""
    text = line.rstrip()
    if not text.endswith("___"):
        return line
    underscore = stringWidth("_", register_fonts().regular, size)
    spare = room - set_line(text, bold).width(size) - 1
    return text + "_" * max(int(spare // underscore), 0)


def _for_blanks(pieces: Sequence[_Piece], style: Any) -> Any:
    """A line with blanks is a worksheet line: as high as a ruled line, to write on."""
    if not any(isinstance(p, _Blank) for p in pieces):
        return style
    return replace_style(
        style, leading=WRITING_RULE, spaceAfter=2, underlineColor=MUTED, underlineWidth=0.6
    )


def _inline(children: Sequence[Token]) -> list[_Piece]:
    pieces: list[_Piece] = []
    links: list[str] = []
    for child in children:
        kind = child.type
        if kind == "text":
            parts = _BLANK.split(child.content)
            for n, blank in enumerate(_BLANK.findall(child.content)):
                pieces += [para_text(parts[n]), _Blank(len(blank))]
            pieces.append(para_text(parts[-1]))
        elif kind in ("softbreak", "hardbreak"):
            pieces.append(_Break(kind == "hardbreak"))
        elif kind in _TAGS:
            pieces.append(_TAGS[kind])
        elif kind == "link_open":  # an address written out as a link is not repeated
            links.append("" if child.markup == "autolink" else str(child.attrs.get("href", "")))
        elif kind == "link_close":
            href = links.pop() if links else ""
            if href and not href.startswith("#"):
                pieces.append(" " + grey(para_text(f"({href.removeprefix('mailto:')})")))
        else:  # code, images (their alt text), anything new: the text as written
            pieces.append(para_text(child.content))
    return pieces


def _plain(children: Sequence[Token]) -> _Plain:
    """The words of inline tokens as plain text: a link's address after its text, as
    `_inline` puts it; a hard line break, or any line break in a form (a line with a blank),
    a new line; a blank its underscores."""
    form = any(child.type == "text" and _BLANK.search(child.content) for child in children)
    out: list[str] = []
    links: list[str] = []
    strong, loose = 0, False
    for child in children:
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong = max(strong - 1, 0)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n" if form or kind == "hardbreak" else " ")
        elif kind in _TAGS:
            continue
        elif kind == "link_open":
            links.append("" if child.markup == "autolink" else str(child.attrs.get("href", "")))
        elif kind == "link_close":
            href = links.pop() if links else ""
            if href and not href.startswith("#"):
                out.append(f" ({href.removeprefix('mailto:')})")
        else:  # text, code, images (their alt text), anything new: as written
            out.append(child.content)
            loose = loose or (not strong and bool(child.content.strip()))
    text = "".join(out)
    return _Plain(text, bool(text.strip()) and not loose)


def _line(pieces: Sequence[_Piece], style: Any, width: float, bullet: str | None = None) -> str:
    """Paragraph markup; where there are blanks, each source line stays a line of its own."""
    form = any(isinstance(p, _Blank) for p in pieces)
    lines: list[list[str | _Blank]] = [[]]
    for piece in pieces:
        if isinstance(piece, _Break):
            if piece.hard or form:
                lines.append([])
            else:
                lines[-1].append(" ")
        else:
            lines[-1].append(piece)
    done: list[str] = []
    for number, line in enumerate(lines):
        opened = _opened("".join(done))  # bold and such, carried over from the line above
        done.append(_form_line(line, style, width, bullet if number == 0 else None, opened))
    return "<br/>".join(done)


def _form_line(
    line: list[str | _Blank], style: Any, width: float, bullet: str | None, opened: str
) -> str:
    """A line with blanks: each is a ruled gap, and one that ends the line runs to the margin.

    Without blanks, the markup as it is.
    """
    if not any(isinstance(p, _Blank) for p in line):
        return "".join(p for p in line if isinstance(p, str))
    size = style.fontSize
    regular = register_fonts().regular
    space = stringWidth("\u00a0", regular, size)
    room = width - style.leftIndent - style.rightIndent
    out: list[str] = []
    for n, piece in enumerate(line):
        if isinstance(piece, str):  # a double space between fields stays a gap
            out.append(re.sub(r" {2,}", " \u00a0\u00a0\u00a0", piece))
            continue
        wanted = piece.chars * stringWidth("_", regular, size)
        if all(isinstance(p, str) and not p.strip() for p in line[n + 1 :]):
            reach = _reach(opened + "".join(out), style, width, bullet)
            wanted = max(wanted, width - style.rightIndent - reach - 1)
        count = max(3, int(min(wanted, room - 1) // space))
        out.append(f"<u>{chr(0xA0) * count}</u>")
    return "".join(out)


def _opened(markup: str) -> str:
    """The tags (bold and such) still open at the end of `markup`, to open them again."""
    opened: list[str] = []
    for tag in re.findall(r"<(/?(?:b|i|strike))>", markup):
        if not tag.startswith("/"):
            opened.append(tag)
        elif opened:
            opened.pop()
    return "".join(f"<{tag}>" for tag in opened)


def _reach(markup: str, style: Any, width: float, bullet: str | None) -> float:
    """How far from the left edge the last line of `markup` reaches, with its trailing space,
    set as the paragraph sets it: its indents, and the room its bullet takes."""
    tail = "".join(f"</{tag}>" for tag in reversed(re.findall(r"<(\w+)>", _opened(markup))))
    paragraph = Paragraph(markup + tail, style, bulletText=bullet)
    paragraph.wrap(width, 100 * width)
    widths = paragraph.getActualLineWidths0() or [style.leftIndent]
    trailing = stringWidth(" ", style.fontName, style.fontSize) if markup.endswith(" ") else 0
    return float(widths[-1]) + trailing


def _table(tokens: Sequence[Token], walk: _Walk) -> Any:
    """A Markdown table. In a run sheet, the house style: small grey header and thin rules. On a
    worksheet, a grid to write in: a cell holding nothing or only a blank is left empty, and its
    row is tall enough to write on (a short table of empty boxes, such as a power map, taller).
    """
    voice = walk.voice
    cells: list[list[Token]] = []
    for token in tokens:
        if token.type == "tr_open":
            cells.append([])
        elif token.type == "inline" and cells:
            cells[-1].append(token)
    columns = max((len(row) for row in cells), default=1)
    widths = _column_widths(cells, columns, walk.width - walk.indent)
    body = [cell for row in cells[1:] for cell in row[1:]]
    boxes = voice.grid and len(cells) <= 6 and all(_empty(cell) for cell in body)
    room = (3 if boxes else 1) * WRITING_RULE
    rows: list[list[Any]] = []
    for number, row in enumerate(cells):
        style = voice.head if number == 0 else voice.cell
        rows.append([])
        for cell, width in zip(row, widths, strict=False):
            if voice.grid and number and _empty(cell):
                rows[-1].append(Spacer(1, room))
            else:
                children = cell.children or []
                rows[-1].append(_cell(_inline(children), _plain(children), style, width - 10))
        rows[-1] += [""] * (columns - len(row))
    table = PagedTable(rows or [[""]], colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if voice.grid:
        commands += [("GRID", (0, 0), (-1, -1), 0.6, MUTED), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    else:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ]
    table.setStyle(TableStyle(commands))
    table.spaceBefore, table.spaceAfter = 4, 8
    return table


def _empty(cell: Token) -> bool:
    """Nothing, or only room to write: a cell the grid itself leaves for writing."""
    return not _BLANK.sub("", cell.content).strip()


def _column_widths(cells: Sequence[Sequence[Token]], columns: int, room: float) -> list[float]:
    """Shares by the longest cell (a blank counts as wide as written), each column at least as
    wide as its longest word."""
    bold = register_fonts().bold
    longest = [0] * columns
    least = [24.0] * columns
    for row in cells:
        for c, cell in enumerate(row[:columns]):
            longest[c] = max(longest[c], len(cell.content))
            words = [w for w in _BLANK.sub(" ", cell.content.replace("*", "")).split() if w]
            widest = max((stringWidth(w, bold, 10) for w in words), default=0)
            least[c] = max(least[c], widest + 12)
    weights = [min(40, max(5, length)) for length in longest]
    if sum(least) >= room:
        return [room * w / sum(least) for w in least]
    widths = [room * w / sum(weights) for w in weights]
    while narrow := [c for c in range(columns) if widths[c] < least[c] - 0.01]:
        fixed = set(narrow) | {c for c in range(columns) if widths[c] == least[c]}
        for c in fixed:
            widths[c] = least[c]
        rest = room - sum(widths[c] for c in fixed)
        share = sum(weights[c] for c in range(columns) if c not in fixed)
        for c in range(columns):
            if c not in fixed:
                widths[c] = rest * weights[c] / share
    return widths


def _cell(pieces: Sequence[_Piece], plain: _Plain, style: Any, width: float) -> Any:
    form = _for_blanks(pieces, style)
    if drawn(plain.text, bold=plain.bold or is_bold(form)):
        return _drawn(plain, form, width, form=form is not style)
    return Paragraph(_line(pieces, form, width), form)
