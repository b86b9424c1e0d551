"""Text that fits its box on a card: one line as large as it can be, then two, never past an edge.

A name, an option, an organization or a workplace is measured in the bundled fonts, shaped
where its script needs it (scripts.py). It shrinks down to a smallest size on one line; if it
still does not fit it wraps into (at most) `max_lines` balanced lines, as large as they can
be; and if even that fails at the smallest size, it breaks inside words and the last line ends
in "…". Every line is measured, so whatever comes back fits `width` and `height`.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from meetingkit.services.printing import scripts
from meetingkit.services.printing.scripts import SetLine, break_allowed, set_line

LEADING = 1.22  # line height, per point of size, for Latin text
ASCENT = 0.95  # from the top of a line to its baseline, per point: room for Ắ and Ǻ
ELLIPSIS = "…"
MOST = 400  # characters: more than any box on a card holds, and a pasted essay stays quick
# Control characters are not text. A no-break space stays one: it holds together what must not
# be parted ("up: 3").
_SPACES = re.compile(r"(?:[^\S\u00a0]|[\x00-\x1f\x7f-\x9f])+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")  # half a character: nothing can print it
_NUMBER_END = frozenset("0123456789)")  # either side of a space inside a phone number
_NUMBER_START = frozenset("0123456789(")


def _above(line: SetLine) -> float:
    """From the top of `line` to its baseline, per point of size."""
    return max(ASCENT, line.ascent)


def _pitch(line: SetLine) -> float:
    """The height of `line`, per point of size: more than LEADING in a script whose font
    reaches further above or below the baseline (Arabic, Thai, Myanmar…)."""
    return _above(line) + max(LEADING - ASCENT, -line.descent)


@dataclass(frozen=True)
class FittedText:
    """Lines of text and the size they fit at."""

    lines: tuple[SetLine, ...]
    size: float
    cut: bool = False  # too long for its box: broken inside words, or shortened with "…"

    @property
    def height(self) -> float:
        return self.size * sum(_pitch(line) for line in self.lines)

    @property
    def width(self) -> float:
        return max((line.width(self.size) for line in self.lines), default=0.0)

    def baselines(self) -> list[float]:
        """How far below the top of the text each line's baseline is."""
        offsets, top = [], 0.0
        for line in self.lines:
            offsets.append(top + _above(line) * self.size)
            top += _pitch(line) * self.size
        return offsets


def clean(text: str) -> str:
    """Typed text as one printable line: composed (NFC), control characters and runs of white
    space as one space (a no-break space kept), and nothing that no bundled font can draw
    (scripts.printable)."""
    text = _SURROGATES.sub("", text)
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return scripts.printable(text)


def _floor(size: float) -> float:
    return math.floor(size * 4 + 1e-9) / 4  # quarter points: steps nobody sees


@functools.lru_cache(maxsize=8192)
def fit_text(
    text: str,
    width: float,
    largest: float,
    smallest: float,
    *,
    bold: bool = False,
    max_lines: int = 2,
    height: float = math.inf,
    least: float | None = None,
) -> FittedText:
    """`text` on one line at the largest size up to `largest` that fits `width` and `height`;
    if that is below `smallest`, on up to `max_lines` lines at the largest size that fits, down
    to `least` (default `smallest`); failing that, at `least` (or smaller, if `height` has no
    room for a line that size), broken inside words and cut short with "…"."""
    text = clean(text)[:MOST]
    least = smallest if least is None else min(least, smallest)
    if not text:
        return FittedText((), largest)
    best: FittedText | None = None
    for count in range(1, max_lines + 1):
        lines = _balanced(text, count, bold)
        if lines is None:
            continue
        widest = max(line.advance for line in lines) or 1e-9
        tall = sum(_pitch(line) for line in lines)
        size = min(largest, _floor(min(width / widest, height / tall)))
        if count == 1 and size >= smallest:
            return FittedText(lines, size)
        if size >= least and (best is None or size > best.size):
            best = FittedText(lines, size)  # more lines only where they allow larger type
    if best is not None:
        return best
    pitch = _pitch(set_line(text, bold))  # no line of it is taller than the whole
    size = min(least, height / pitch)
    room = height / (size * pitch) + 1e-9
    count = max(1, max_lines if room > max_lines else int(room))
    return FittedText(_cut(text, count, width, size, bold), size, cut=True)


def _breaks(text: str) -> list[tuple[int, int]]:
    """Where a line may end: (end of this line, start of the next). After a space, which
    neither line keeps, unless it is inside a phone number ("(312) 555-0134"); after a hyphen
    or slash between letters (not in a phone number or a card ID); between two Chinese,
    Japanese or Korean characters, which need no space."""
    found = []
    for i in range(1, len(text)):
        if text[i] == " ":
            if not (text[i - 1] in _NUMBER_END and text[i + 1 : i + 2] in _NUMBER_START):
                found.append((i, i + 1))
        else:
            hyphen = text[i - 1] in "-/‐–" and text[i - 2 : i - 1].isalpha() and text[i].isalpha()
            if hyphen or (_ideographic(text[i - 1]) and _ideographic(text[i])):
                found.append((i, i))
    return found


def _ideographic(char: str) -> bool:
    return unicodedata.name(char, "").startswith(scripts.CJK_SCRIPTS)


@functools.lru_cache(maxsize=4096)
def _balanced(text: str, count: int, bold: bool) -> tuple[SetLine, ...] | None:
    """`text` in exactly `count` lines whose widest is as narrow as it can be (None when it
    has fewer than `count` - 1 places to break). Remembered: a card tried at every size and
    layout breaks the same option the same way each time; only the size differs."""
    if count == 1:
        return (set_line(text, bold),)
    breaks = _breaks(text)
    if len(breaks) < count - 1:
        return None

    @functools.cache
    def best(start: int, lines: int) -> tuple[float, tuple[str, ...]]:
        if lines == 1:
            return set_line(text[start:], bold).advance, (text[start:],)
        choice: tuple[float, tuple[str, ...]] = (math.inf, ())
        for end, following in breaks:
            if end <= start or following >= len(text):
                continue
            piece = text[start:end]
            widest, others = best(following, lines - 1)
            widest = max(widest, set_line(piece, bold).advance)
            if widest < choice[0]:
                choice = (widest, (piece, *others))
        return choice

    pieces = best(0, count)[1]
    if not pieces:
        return None
    return tuple(set_line(piece, bold) for piece in pieces)


def _cut(text: str, count: int, width: float, size: float, bold: bool) -> tuple[SetLine, ...]:
    """Fill `count` lines at `size` from the start, breaking between words where one fits and
    anywhere between letters where not; shorten the last line to end in an ellipsis."""
    lines: list[SetLine] = []
    rest = text
    while rest and len(lines) < count - 1:
        end = _longest_prefix(rest, width / size, bold, words=True) or _longest_prefix(
            rest, width / size, bold, words=False
        )
        end = max(end, 1)
        lines.append(set_line(rest[:end].rstrip(), bold))
        rest = rest[end:].lstrip()
    if rest and set_line(rest, bold).advance * size > width:
        end = _longest_prefix(rest, width / size, bold, words=False, tail=ELLIPSIS)
        rest = rest[:end].rstrip() + ELLIPSIS
        if set_line(rest, bold).advance * size > width:  # a box narrower than "…"
            rest = ""
    if rest:
        lines.append(set_line(rest, bold))
    return tuple(lines)


def flow_lines(
    text: str, width: float, size: float, *, bold: bool = False, base: int | None = None
) -> tuple[SetLine, ...]:
    """`text` filled line after line at `size` into `width`, as many lines as it takes: broken
    between words where a word fits and between letters where not (a long web address). Each
    line is put in reading order at the level `base` (scripts.set_line), by default its own."""
    room = width / size
    lines: list[SetLine] = []
    rest = clean(text)
    while rest:
        whole = set_line(rest, bold, base)
        if whole.advance <= room:
            lines.append(whole)
            break
        end = _longest_prefix(rest, room, bold, words=True, base=base) or _longest_prefix(
            rest, room, bold, words=False, base=base
        )
        end = max(end, 1)
        lines.append(set_line(rest[:end].rstrip(), bold, base))
        rest = rest[end:].lstrip()
    return tuple(lines)


def _longest_prefix(
    text: str, room: float, bold: bool, *, words: bool, tail: str = "", base: int | None = None
) -> int:
    """The end of the longest start of `text` (plus `tail`) narrower than `room` at size 1."""
    if words:
        ends = [end for end, _ in _breaks(text)]
    else:
        ends = [i for i in range(1, len(text)) if break_allowed(text, i)]
    best = 0
    for end in ends:
        if set_line(text[:end].rstrip() + tail, bold, base).advance > room:
            break
        best = end
    return best


def draw_fitted(
    canvas: Any,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    color: Any,
    align: str = "left",
) -> None:
    """Draw `fitted` with its first line's top at `top`, in a column `width` wide from `x`."""
    share = {"left": 0.0, "center": 0.5, "right": 1.0}[align]
    for line, below in zip(fitted.lines, fitted.baselines(), strict=True):
        shift = share * (width - line.width(fitted.size))
        scripts.draw_line(canvas, line, x + shift, top - below, fitted.size, color)
