"""The Markdown body of a curriculum cut into parts: the introduction, sessions and modules.

The structure is simple enough to read line by line, which keeps every line number exact:
`#` headings open sessions, `##` headings open modules, ```` ```module ```` fences hold a
module's YAML, and `:::` fenced divs (as in The Carpentries' lessons and Pandoc) hold
objectives, key points, facilitator notes and, in handouts, space to write. Anything else
is prose, kept as written. Fenced code is passed through untouched, so a `#` inside it is
not a heading. A module block is YAML: one that runs into a `:::` section or another fence
was never closed, and ends where the Markdown it ran into begins (its first heading, a `#`
line being read as a YAML comment while a closing fence follows), reported at its fence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from meetingkit.core.i18n import fill, translate
from meetingkit.services.curriculum_yaml import Report

MODULE_FENCE = "module"

_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}(?!.*`)|~{3,})[ \t]*(\S*).*")  # no ` after ``` (CommonMark)
_DIV = re.compile(r" {0,3}:{3,}[ \t]*(.*?)[ \t]*:*[ \t]*")


@dataclass
class Div:
    """A `::: name argument` … `:::` section."""

    name: str
    argument: str  # what follows the name: "6" in "::: write 6"
    line: int
    lines: list[str] = field(default_factory=list)


@dataclass
class Block:
    """The YAML inside a ```` ```module ```` fence."""

    line: int  # the opening fence
    text: str
    last_line: int  # the closing fence (the line before the Markdown it ran into, or the
    # file's last line, if never closed)
    closed: bool = True  # False: never closed, its keys unknown (reported at the fence)

    @property
    def first_line(self) -> int:
        return self.line + 1


@dataclass
class Part:
    """The introduction (level 0), a session (level 1) or a module (level 2)."""

    level: int
    title: str
    line: int
    prose: list[str] = field(default_factory=list)
    divs: list[Div] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.prose).strip("\n")


@dataclass
class _Fence:
    marker: str  # ``` or ~~~, as long as it was written
    info: str  # the word after it: "module" for a module block
    line: int
    opening: str
    lines: list[str] = field(default_factory=list)
    markdown: int | None = None  # the index of its first line that reads as Markdown

    @property
    def module(self) -> bool:
        return self.info == MODULE_FENCE

    def closed_by(self, line: str) -> bool:
        marker = re.escape(self.marker[0])
        return re.fullmatch(rf" {{0,3}}{marker}{{{len(self.marker)},}}[ \t]*", line) is not None


def outline(
    lines: Sequence[str], first_line: int, report: Report, headings: bool = True
) -> list[Part]:
    """Split `lines` (the first being line `first_line` of the file) into parts, in order.

    With `headings` off (handouts), the whole text is one part and headings are prose.
    """
    parts = [Part(0, "", first_line)]
    div: Div | None = None
    fence: _Fence | None = None
    index = 0
    while True:
        if index == len(lines):
            if fence is None or not fence.module or fence.markdown is None:
                break
            # A module block that ran to the end over headings: those were not YAML
            # comments but the Markdown after a block never closed, read again as such.
            index, fence = _cut(fence, first_line, report, parts[-1], div), None
            continue
        line, number = lines[index], first_line + index
        index += 1
        part = parts[-1]
        if fence is not None:
            if fence.closed_by(line):
                _end_fence(fence, number, line, part, div)
                fence = None
                continue
            if fence.module and _markdown(line):
                # A module block holds YAML, never a section or a fence: one that runs into
                # them was never closed. It ends where the Markdown starts, which is read
                # again as such, so the modules after it are still read.
                if fence.markdown is None:
                    fence.markdown = index - 1
                if not _HEADING.fullmatch(line):  # "# …" may be a YAML comment; this not
                    index, fence = _cut(fence, first_line, report, part, div), None
                    continue
            fence.lines.append(line)
            continue
        if match := _FENCE.fullmatch(line):
            fence = _Fence(match[1], match[2], number, line)
            if fence.info == MODULE_FENCE and div is not None:
                inside = translate(
                    "Curriculum check",
                    "a module block cannot sit inside “::: %1” (line %2); close it first",
                )
                report.add(number, fill(inside, div.name, str(div.line)))
            continue
        heading = _HEADING.fullmatch(line) if headings else None
        if heading and len(heading[1]) <= 2:
            if div is not None:
                report.add(
                    div.line,
                    fill(
                        translate(
                            "Curriculum check",
                            "“::: %1” is never closed with a ':::' line before the next heading",
                        ),
                        div.name,
                    ),
                )
                div = None
            parts.append(Part(len(heading[1]), (heading[2] or "").strip(), number))
            continue
        if (match := _DIV.fullmatch(line)) is not None:
            div = _div_line(match[1], number, part, div, report)
            continue
        (div.lines if div is not None else part.prose).append(line)
    last = first_line + len(lines) - 1
    if fence is not None and fence.module:
        report.add(fence.line, _never_closed(fence, None))
        _end_fence(fence, last, None, parts[-1], div)
    elif fence is not None:
        report.add(
            fence.line,
            fill(
                translate("Curriculum check", "the %1 block opened here is never closed"),
                fence.marker,
            ),
        )
        _end_fence(fence, last, None, parts[-1], div)
    if div is not None:
        report.add(div.line, _unclosed(div))
    return parts


def _markdown(line: str) -> bool:
    """A line that reads as a Markdown heading, a `:::` section or a code fence."""
    return bool(_HEADING.fullmatch(line) or _DIV.fullmatch(line) or _FENCE.fullmatch(line))


def _cut(fence: _Fence, first_line: int, report: Report, part: Part, div: Div | None) -> int:
    """End a module block never closed where the Markdown it ran into starts (its index in
    the lines), after reporting it at its fence."""
    assert fence.markdown is not None
    cut = fence.markdown - (fence.line - first_line) - 1  # its own lines before the Markdown
    report.add(fence.line, _never_closed(fence, first_line + fence.markdown))
    fence.lines = fence.lines[:cut]
    _end_fence(fence, first_line + fence.markdown - 1, None, part, div)
    return fence.markdown


def _never_closed(fence: _Fence, markdown: int | None) -> str:
    """The module block opened at `fence` is never closed; `markdown`: the line of the
    heading, section or fence it ran into."""
    block = f"{fence.marker}{fence.info}"
    if markdown is None:
        return fill(
            translate(
                "Curriculum check",
                "the %1 block opened here is never closed: end it with a %2 line after its keys",
            ),
            block,
            fence.marker,
        )
    return fill(
        translate(
            "Curriculum check",
            "the %1 block opened here is never closed: end it with a %2 line after its keys, "
            "before line %3",
        ),
        block,
        fence.marker,
        str(markdown),
    )


def _div_line(spec: str, number: int, part: Part, div: Div | None, report: Report) -> Div | None:
    """Open or close a div; returns the div open after this line."""
    if not spec:
        if div is None:
            report.add(number, translate("Curriculum check", "this ':::' closes no section"))
        return None
    if div is not None:
        report.add(
            div.line,
            fill(
                translate(
                    "Curriculum check",
                    "“::: %1” is never closed with a ':::' line; sections do not nest",
                ),
                div.name,
            ),
        )
    name, _, argument = spec.strip("{}").strip().lstrip(".").partition(" ")
    opened = Div(name, argument.strip(), number)
    part.divs.append(opened)
    return opened


def _unclosed(div: Div) -> str:
    return fill(
        translate("Curriculum check", "“::: %1” is never closed with a ':::' line"), div.name
    )


def _end_fence(
    fence: _Fence, number: int, closing: str | None, part: Part, div: Div | None
) -> None:
    """A module block joins its part; any other fenced text stays where it was, verbatim."""
    if fence.info == MODULE_FENCE and div is None:
        yaml = "\n".join(fence.lines)
        part.blocks.append(Block(fence.line, yaml, number, closed=closing is not None))
        return
    text = [fence.opening, *fence.lines, *([closing] if closing is not None else [])]
    (div.lines if div is not None else part.prose).extend(text)
