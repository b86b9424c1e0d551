"""The bundled DejaVu Sans font, and the escaping every attendee-typed string needs in a PDF.

reportlab's built-in fonts cover Latin-1 only; a Vietnamese, Greek or Cyrillic name would print
as black boxes. DejaVu Sans covers them all and is free to bundle (resources/fonts/).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.paths import resource

FAMILY = "DejaVuSans"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
}

# Control characters (other than tab and newline) are not text: reportlab's markup parser and
# PDF viewers do odd things with them, and nobody means to print one.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class FontNames:
    """The registered names to put in paragraph and table styles."""

    regular: str
    bold: str


@functools.cache
def register_fonts() -> FontNames:
    """Register DejaVu Sans with reportlab (once per process) and return its font names.

    `<b>` in Paragraph markup then picks the bold face. Nothing we print is italic, so no
    oblique face is bundled; `<i>` falls back to upright.
    """
    for name, filename in _FILES.items():
        path = resource("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as e:
            raise MeetingkitError(
                fill(
                    translate(
                        "Printed page",
                        "The font file %1 is missing or damaged, so nothing can be printed. "
                        "Reinstall meetingkit to restore it.",
                    ),
                    path,
                )
            ) from e
    names = FontNames(regular=FAMILY, bold=f"{FAMILY}-Bold")
    pdfmetrics.registerFontFamily(
        FAMILY, normal=names.regular, bold=names.bold, italic=names.regular, boldItalic=names.bold
    )
    return names


def para_text(text: str) -> str:
    """Attendee-typed text as reportlab Paragraph markup that shows exactly what was typed.

    `<b>` stays the four characters `<b>`, `&` stays `&`, and line breaks stay line breaks.
    What no bundled font can draw (an emoji such as "🌹") is left out, not printed as a box.
    """
    from meetingkit.services.printing.scripts import printable  # scripts.py imports this one

    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(printable(text)).replace("\n", "<br/>")
