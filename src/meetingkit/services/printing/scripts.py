"""Names in any script on paper: a font for every letter, joined and in reading order.

DejaVu Sans (fonts.py) covers Latin, Greek, Cyrillic, Hebrew, Armenian and Georgian. A name in
Arabic, an Indic or Southeast Asian script, Ethiopic, Chinese, Japanese or Korean is drawn in a
bundled Noto Sans or Droid Sans Fallback font instead, registered the first time a name needs
it. A line is cut into runs of one font and one direction, and each run is drawn in visual
order (reading_order.py).

Arabic letters join and Indic clusters form only when the text is shaped; reportlab does that
with HarfBuzz when the `uharfbuzz` package is installed. Without it, the letters print
unjoined (but right to left). Shaped left-to-right runs (Devanagari, Thai…) carry their text
as the PDF's ActualText, so copying or searching gives the name as it was typed. Right-to-left
runs do not: PDF readers take their glyphs as drawn (in visual order) and reverse them, and
would reverse an ActualText in reading order a second time.

No bold face is bundled beside the fallback fonts: a bold name in them is drawn with a thin
outline in the text colour, which reads as bold at name sizes.

An emoji no bundled font has ("🌹", "👩‍⚕️"; DejaVu Sans draws some, such as "😀" and "❤") is
left out, with the joiners and selectors that go with it, rather than printed as a box:
`printable` is applied wherever typed text is prepared for the page (fonts.para_text,
card_text.clean).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import (  # type: ignore[import-untyped]
    ShapedStr,
    TTFError,
    TTFont,
    shapeStr,
)

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.paths import resource
from meetingkit.services.printing.fonts import register_fonts
from meetingkit.services.printing.reading_order import (
    bidi_class,
    embedding_levels,
    mirrored,
    visual_order,
)

FAUX_BOLD = 0.035  # outline width for bold in a font without a bold face, per point of size


@dataclass(frozen=True)
class Fallback:
    """A bundled font for the scripts DejaVu Sans lacks or draws poorly."""

    name: str  # as registered with reportlab
    filename: str
    scripts: tuple[str, ...]  # how the Unicode names of its letters begin ("ARABIC LETTER …")


CJK_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA", "BOPOMOFO", "IDEOGRAPHIC")
FALLBACKS: tuple[Fallback, ...] = (
    Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", ("ARABIC",)),
    Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", ("DEVANAGARI", "VEDIC")),
    Fallback("NotoSansBengali", "NotoSansBengali-Regular.ttf", ("BENGALI",)),
    Fallback("NotoSansGurmukhi", "NotoSansGurmukhi-Regular.ttf", ("GURMUKHI",)),
    Fallback("NotoSansGujarati", "NotoSansGujarati-Regular.ttf", ("GUJARATI",)),
    Fallback("NotoSansTamil", "NotoSansTamil-Regular.ttf", ("TAMIL",)),
    Fallback("NotoSansTelugu", "NotoSansTelugu-Regular.ttf", ("TELUGU",)),
    Fallback("NotoSansKannada", "NotoSansKannada-Regular.ttf", ("KANNADA",)),
    Fallback("NotoSansMalayalam", "NotoSansMalayalam-Regular.ttf", ("MALAYALAM",)),
    Fallback("NotoSansSinhala", "NotoSansSinhala-Regular.ttf", ("SINHALA",)),
    Fallback("NotoSansThai", "NotoSansThai-Regular.ttf", ("THAI",)),
    Fallback("NotoSansLao", "NotoSansLao-Regular.ttf", ("LAO",)),
    Fallback("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", ("KHMER",)),
    Fallback("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", ("MYANMAR",)),
    Fallback("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", ("ETHIOPIC",)),
    # Han, kana and Hangul in one font: Chinese, Japanese and Korean names.
    Fallback("DroidSansFallback", "DroidSansFallback.ttf", CJK_SCRIPTS),
)


@dataclass(frozen=True)
class Run:
    """Part of a line in one font and one direction, ready to draw left to right."""

    font: str
    text: str  # what is drawn: shaped glyphs, or characters in visual order
    actual: str  # the characters in reading order, for search and copy; "" if not needed
    advance: float  # width at a size of 1 point
    faux_bold: bool


@dataclass(frozen=True)
class SetLine:
    """One line of text set in the bundled fonts: its runs in visual order."""

    text: str
    runs: tuple[Run, ...]
    advance: float  # width at a size of 1 point
    ascent: float  # the tallest of its fonts' ascents, at a size of 1 point
    descent: float  # the deepest of their descents (negative)

    def width(self, size: float) -> float:
        return self.advance * size


@functools.cache
def _font(name: str) -> Any:
    """The registered TTFont called `name`, registering a fallback the first time."""
    for fallback in FALLBACKS:
        if fallback.name == name:
            path = resource("fonts", fallback.filename)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as e:
                raise MeetingkitError(
                    fill(
                        translate(
                            "Printed page",
                            "The font file %1 is missing or damaged, so names in some scripts "
                            "cannot be printed. Reinstall meetingkit to restore it.",
                        ),
                        path,
                    )
                ) from e
            break
    else:
        register_fonts()
    return pdfmetrics.getFont(name)


@functools.cache
def _chain(bold: bool) -> tuple[str, ...]:
    """The fonts to try in turn: DejaVu Sans (bold first, when bold), then the fallbacks."""
    names = register_fonts()
    primary = (names.bold, names.regular) if bold else (names.regular,)
    return primary + tuple(f.name for f in FALLBACKS)


def _has(font: str, char: str) -> bool:
    return ord(char) in _font(font).face.charToGlyph


@functools.lru_cache(maxsize=8192)
def font_for(char: str, bold: bool = False) -> str:
    """The first font with a glyph for `char`. A letter of a fallback's script goes to that
    fallback first: DejaVu Sans has some Arabic, but not all of it, and no Urdu forms."""
    name = unicodedata.name(char, "")
    for fallback in FALLBACKS:
        if name.startswith(fallback.scripts) and _has(fallback.name, char):
            return fallback.name
    chain = _chain(bold)
    return next((font for font in chain if _has(font, char)), chain[0])  # else it prints a box


@functools.lru_cache(maxsize=8192)
def _drawable(char: str) -> bool:
    """Whether some bundled font has `char`; white space and line breaks are layout, not
    something drawn."""
    if unicodedata.category(char) in ("Cc", "Zs", "Zl", "Zp"):
        return True
    return any(_has(font, char) for font in _chain(False))


_ZWJ = "\u200d"
_DROPPED = "\x00"  # where something was left out, until the spaces around it are mended
_AROUND_DROPPED = re.compile(r"[^\S\n]*\x00+[^\S\n]*")  # with the spaces on either side


def _extends(char: str) -> bool:
    """A character that belongs to the one before it: a mark, a variation selector, an emoji
    skin tone, a tag."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )


def _sequences(text: str) -> list[list[str]]:
    """`text` as sequences, each a list of parts: a base character with what extends it; parts
    joined by a zero-width joiner (an emoji sequence such as "👩‍⚕️") share a sequence."""
    clusters: list[list[str]] = []
    joined = False
    for char in text:
        if clusters and (joined or _extends(char) or char == _ZWJ):
            if joined:
                clusters[-1].append(char)
            else:
                clusters[-1][-1] += char
        else:
            clusters.append([char])
        joined = char == _ZWJ
    return clusters


def printable(text: str) -> str:
    """`text` without what no bundled font can draw: an emoji sequence goes whole if any of
    its pictures is missing ("👩‍⚕️" is not printed as "⚕"), a selector, tone or tag that no
    font has goes alone, and a space beside what went goes with it ("🌹 Rosa" → "Rosa")."""
    if text.isascii() or all(_drawable(char) for char in text):
        return text
    kept = []
    for parts in _sequences(text):
        if all(_drawable(part[0]) for part in parts):
            kept.append("".join(c for c in "".join(parts) if _drawable(c)))
        else:
            kept.append(_DROPPED)
    return _AROUND_DROPPED.sub(_mend, "".join(kept))


def _mend(gap: re.Match[str]) -> str:
    """One space where something was left out between two words; none at an end."""
    inside = gap.start() > 0 and gap.end() < len(gap.string)
    if not inside or gap.string[gap.start() - 1] == "\n" or gap.string[gap.end()] == "\n":
        return ""
    return " "


def _sticks(char: str) -> bool:
    """Spaces, punctuation, digits and marks stay in the font of the text around them, so a
    name in Arabic or Thai is one run, shaped as one."""
    category = unicodedata.category(char)
    return category[0] in "ZPSM" or category in ("Cf", "Nd")


def fonts_for(text: str, bold: bool = False) -> list[str]:
    """The font each character of `text` is drawn in."""
    picks: list[str] = []
    for char in text:
        if picks and _sticks(char) and _has(picks[-1], char):
            picks.append(picks[-1])
        else:
            picks.append(font_for(char, bold))
    return picks


@functools.lru_cache(maxsize=8192)
def set_line(text: str, bold: bool = False, base: int | None = None) -> SetLine:
    """`text` (one line, no control characters) as runs of one font and direction, in the
    order they are drawn. `base` is the level of the paragraph the line was cut from
    (reading_order.paragraph_level), where that is not the line's own: a line of an English
    sentence that starts with an Arabic word still reads left to right."""
    if not text:
        ascent, descent = _metrics(register_fonts().regular)
        return SetLine(text, (), 0.0, ascent, descent)
    fonts = fonts_for(text, bold)
    levels = embedding_levels(text, base)
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (fonts[i], levels[i]) != (fonts[start], levels[start]):
            spans.append((start, i))
            start = i
    true_bold = _chain(bold)[0] if bold else None
    runs = []
    for k in visual_order([levels[s] for s, _ in spans]):
        s, e = spans[k]
        runs.append(_run(text[s:e], fonts[s], levels[s] % 2 == 1, bold and fonts[s] != true_bold))
    metrics = [_metrics(run.font) for run in runs]
    return SetLine(
        text,
        tuple(runs),
        sum(run.advance for run in runs),
        max(ascent for ascent, _ in metrics),
        min(descent for _, descent in metrics),
    )


def _metrics(font: str) -> tuple[float, float]:
    """A font's ascent and descent at 1 point: Arabic and Myanmar fonts reach much further
    above and below the baseline than Latin ones, for their stacked marks."""
    face = _font(font).face
    return face.ascent / 1000, face.descent / 1000


def _run(text: str, font: str, rtl: bool, faux_bold: bool) -> Run:
    """`text` in `font`, ready to draw: shaped where the script or its marks need it, and in
    visual order when it reads right to left."""
    shapable = _font(font).shapable and any(unicodedata.category(c)[0] in "LM" for c in text)
    is_fallback = font not in _chain(True)[:2]
    marks = any(unicodedata.combining(c) for c in text)
    strong_rtl = any(bidi_class(c) in ("R", "AL") for c in text)
    drawn: str = text
    if shapable and (is_fallback or marks or (rtl and strong_rtl)):
        drawn = shapeStr(text, font, 10)  # advances come back per 1,000 units of size
    elif rtl:
        clusters = _clusters(text)
        drawn = "".join(mirrored(c[0]) + c[1:] for c in reversed(clusters))
    if isinstance(drawn, ShapedStr):
        advance = sum(d.x_advance for d in drawn.__shapeData__) / 1000
    else:
        advance = pdfmetrics.stringWidth(drawn, font, 1.0)
    actual = text if str(drawn) != text and not rtl else ""
    return Run(font, drawn, actual, float(advance), faux_bold)


def _clusters(text: str) -> list[str]:
    """`text` cut before every character that is not a combining mark."""
    clusters: list[str] = []
    for char in text:
        if clusters and (unicodedata.combining(char) or unicodedata.category(char) == "Mn"):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def break_allowed(text: str, i: int) -> bool:
    """Whether a line may be broken before `text[i]` without splitting a letter from its marks
    or an Indic consonant cluster."""
    if i <= 0 or i >= len(text):
        return False
    char, before = text[i], text[i - 1]
    if unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf") or unicodedata.combining(char):
        return False
    return not (unicodedata.combining(before) == 9 or before in "\u200c\u200d")  # virama, ZW(N)J


def draw_line(canvas: Any, line: SetLine, x: float, y: float, size: float, color: Any) -> None:
    """Draw `line` with its baseline starting at (x, y), in `color`."""
    canvas.setFillColor(color)
    for run in line.runs:
        if run.actual:
            canvas.addLiteral(
                f"/Span <</ActualText <FEFF{run.actual.encode('utf-16-be').hex()}>>> BDC"
            )
        canvas.setFont(run.font, size)
        if run.faux_bold:
            canvas.saveState()
            canvas.setStrokeColor(color)
            canvas.setLineWidth(size * FAUX_BOLD)
            canvas.setLineJoin(1)  # round: no spikes at sharp corners
            canvas.setDash()
            canvas.drawString(x, y, run.text, mode=2)  # fill, then stroke the outline
            canvas.restoreState()
        else:
            canvas.drawString(x, y, run.text)
        if run.actual:
            canvas.addLiteral("EMC")
        x += run.advance * size
