"""Paper for signing in: the poster with the QR code for the door, and the sheet for walk-ins.

The poster is bilingual, the app's language first (English, then Spanish, unless the app
speaks Spanish), and always one page: the QR code shrinks from five inches before anything
spills over. The sheet is the fallback for people without a phone; its columns follow the
meeting's form, in the language it is printed in (the app's, unless told). Both languages'
words are here, as the sign-in form's are in core/signin.py, because a poster prints both at
once. Everything typed (titles, places, the URL, network names) is escaped before it reaches
reportlab.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import LETTER, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepInFrame,
    Paragraph,
    Spacer,
    TableStyle,
)

from meetingkit.core import i18n
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import CONSENTS, FieldKind, FieldSpec, FormSettings, Sensitivity
from meetingkit.services.printing.card_text import draw_fitted, fit_text
from meetingkit.services.printing.document import (
    INK,
    MARGIN,
    MUTED,
    MUTED_HEX,
    RULE,
    SHADE,
    WIDTH,
    write_story,
)
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.script_text import typed_text
from meetingkit.services.printing.table import Table
from meetingkit.services.qr import QrFlowable, wifi_payload

HEIGHT = LETTER[1] - 2 * MARGIN  # of the portrait page's text frame
QR_SIZE = 5 * inch  # the poster's code, quiet zone included: scannable from a few steps away
QR_MIN = 3 * inch  # smaller than this and the text should give way instead
WIFI_QR_SIZE = 1.2 * inch
ROW_HEIGHT = 0.42 * inch  # room for handwriting
MOST_SHEET_ROWS = 1_000  # some 70 pages: a sheet per table of a very large assembly
PEN = colors.HexColor("#8c8c8c")  # sheet rules: dark enough to survive a photocopier

# Short column headings for the consents, one word or two: the full wording is in the legend.
CONSENT_SHORT: Mapping[str, Mapping[str, str]] = {
    "contact_email": {"en": "Email OK", "es": "Correo OK"},
    "contact_text": {"en": "Text OK", "es": "Mensajes OK"},
    "photo": {"en": "Photo OK", "es": "Foto OK"},
    "show_name": {"en": "Name shown", "es": "Nombre visible"},
}

_SHEET_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "eyebrow": "Sign-in sheet",
        "one_required": "Please print clearly. Only the first column is required.",
        "none_required": "Please print clearly. Every column is optional.",
        "consents": "Tick a box only if you agree:",
        "yes_no": "Yes / No",
        "health": "Need access support, childcare or a special diet? Tell an organizer in "
        "person: we keep that off this shared sheet.",
        "groups": "Want to be counted in a group ({groups})? Tell an organizer in person, or "
        "sign in at the laptop: everyone who signs after you reads this sheet, so groups stay "
        "off it.",
    },
    "es": {
        "eyebrow": "Hoja de registro",
        "one_required": "Escribe con letra clara. Solo la primera columna es obligatoria.",
        "none_required": "Escribe con letra clara. Todas las columnas son opcionales.",
        "consents": "Marca una casilla solo si estás de acuerdo:",
        "yes_no": "Sí / No",
        "health": "¿Necesitas accesibilidad, cuidado infantil o una dieta especial? Díselo en "
        "persona a quien organiza: eso no va en esta hoja compartida.",
        "groups": "¿Quieres que te cuenten en un grupo ({groups})? Díselo en persona a quien "
        "organiza, o regístrate en la computadora: quienes firman después de ti leen esta hoja, "
        "así que los grupos no van en ella.",
    },
}

_Wording = Mapping[str, str]  # one language's words of the poster
_POSTER_WORDS: Mapping[str, _Wording] = {
    "en": {
        "heading": "Sign in",
        "check": "Check that your phone shows:",
        "if_not": "If it does not, do not sign in: tell an organizer.",
        "no_signal": "<b>No signal?</b> Join the Wi-Fi %1 first:",
        "network": "Network",
        "password": "Password",
        # As the phone page says it: the plain local network to the laptop, not the internet.
        "privacy": "Your sign-in goes over this network, unencrypted, to the organizer's laptop, "
        "not to the internet.",
    },
    "es": {
        "heading": "Regístrate",
        "check": "Verifica que tu teléfono muestre:",
        "if_not": "Si no, no te registres: avisa a quien organiza.",
        "no_signal": "<b>¿Sin señal?</b> Conéctate primero al Wi-Fi %1:",
        "network": "Red",
        "password": "Contraseña",
        "privacy": "Tu registro viaja por esta red, sin cifrar, a la computadora de quien "
        "organiza, no a internet.",
    },
}

# Day and month names of both languages whatever the app speaks: a poster prints both.
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ),
    "es": (
        *("enero", "febrero", "marzo", "abril", "mayo", "junio"),
        *("julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    ),
}


def _spoken_language() -> str:
    """The app's language as the sign-in words know it: "es" once the app speaks Spanish, else
    "en" (the command line and tests, unless told otherwise)."""
    code = i18n.language()
    return code if code in _SHEET_WORDS else "en"


def _style(name: str, size: float, **kw: Any) -> Any:
    kw.setdefault("fontName", register_fonts().regular)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=kw.pop("leading", size * 1.3), **kw)


def _when(meeting: Meeting, language: str) -> str:
    """'Saturday 21 November 2026 · 18:30–20:00', or 'sábado 21 de noviembre de 2026 · …'."""
    day = meeting.date
    weekday, month = _WEEKDAYS[language][day.weekday()], _MONTHS[language][day.month - 1]
    if language == "es":
        date = f"{weekday} {day.day} de {month} de {day.year}"
    else:
        date = f"{weekday} {day.day} {month} {day.year}"
    return f"{date} · {meeting.start:%H:%M}–{meeting.planned_end:%H:%M}"


def _poster_order() -> tuple[str, str]:
    """The poster's two languages, the app's first."""
    return ("es", "en") if _spoken_language() == "es" else ("en", "es")


# The poster


def render_poster(
    out: Path,
    meeting: Meeting,
    url: str,
    phrase: str,
    wifi: tuple[str, str] | None = None,
    organization: str = "",
) -> None:
    """Write the one-page poster for the door: the QR code of `url`, and how to check it.

    `phrase` is the verification phrase the form shows, so a QR sticker over ours is noticed.
    `wifi` (network name, password) adds a small code that joins the laptop's own network, for
    rooms where the guest Wi-Fi keeps phones from reaching it.
    """
    language, other = _poster_order()
    first, second = _POSTER_WORDS[language], _POSTER_WORDS[other]
    # A bad SSID fails before any drawing.
    wifi_block = _wifi_block(*wifi, first, second) if wifi else None
    center = functools.partial(_style, alignment=TA_CENTER)
    bold = register_fonts().bold
    top: list[Any] = []
    if organization.strip():
        eyebrow = center("eyebrow", 10.5, fontName=bold, textColor=MUTED, spaceAfter=2)
        top.append(typed_text(organization.strip().upper(), eyebrow))
    dot = f"&nbsp;&nbsp;<font color='{MUTED_HEX}'>·</font>&nbsp;&nbsp;"
    heading = f"{first['heading']}{dot}{second['heading']}"
    when = " · ".join(filter(None, [_when(meeting, language), meeting.place.strip()]))
    top += [
        Paragraph(heading, center("heading", 42, leading=48, fontName=bold, spaceAfter=6)),
        typed_text(meeting.title, center("title", 19, fontName=bold, spaceAfter=3)),
        typed_text(when, center("meta", 12)),
        Paragraph(para_text(_when(meeting, other)), center("meta_es", 11, textColor=MUTED)),
    ]
    bottom: list[Any] = [_UrlText(url), Spacer(1, 8), _phrase_box(phrase, first, second)]
    if wifi_block is not None:
        bottom += [Spacer(1, 8), wifi_block]
    privacy = center("privacy", 9, textColor=MUTED)
    bottom += [
        Spacer(1, 8),
        Paragraph(para_text(first["privacy"]), privacy),
        Paragraph(para_text(second["privacy"]), privacy),
    ]
    # The code's own quiet zone is its margin; 4 points spare for rounding. Room left over
    # when the code is full size goes between the blocks rather than under the last one.
    room = HEIGHT - _height(top, WIDTH) - _height(bottom, WIDTH) - 4
    size = max(QR_MIN, min(QR_SIZE, room))
    spare = max(0.0, room - size)
    bottom.insert(-2, Spacer(1, spare * 0.4))
    story = [*top, Spacer(1, spare * 0.4), QrFlowable(url, size), *bottom]
    # A title of a paragraph's length could still overflow: then shrink, never a second page.
    title = fill(translate("Sign-in PDF", "Sign-in poster — %1"), meeting.title)
    write_story(out, title, [KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")])


def _height(flowables: Sequence[Any], width: float) -> float:
    """How tall `flowables` stand one after another in a frame `width` wide."""
    total = 0.0
    for f in flowables:
        total += f.wrap(width, HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class _UrlText(Flowable):  # type: ignore[misc]
    """The URL in large, slightly spaced letters, for typing by hand when a camera fails.

    It stays on one line if it fits at a readable size; otherwise it breaks after a `/`, or
    anywhere when a piece is still too long, and never inserts characters that are not in it.
    """

    LARGEST, SMALLEST = 20.0, 13.0

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.font = register_fonts().regular
        self.size = self.SMALLEST
        self.lines: list[str] = [url]

    def _width(self, text: str, size: float) -> float:
        return float(stringWidth(text, self.font, size)) + 0.06 * size * len(text)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = self.LARGEST
        while size > self.SMALLEST and self._width(self.url, size) > avail_width:
            size -= 0.5
        self.size = size
        self.lines = self._break(avail_width)
        self.width = avail_width
        return avail_width, len(self.lines) * size * 1.35

    def _break(self, width: float) -> list[str]:
        lines = [""]
        for piece in self.url.replace("/", "/\n").split("\n"):
            if self._width(lines[-1] + piece, self.size) <= width:
                lines[-1] += piece
                continue
            if lines[-1]:
                lines.append("")
            for char in piece:
                if lines[-1] and self._width(lines[-1] + char, self.size) > width:
                    lines.append("")
                lines[-1] += char
        return lines

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(INK)
        leading = self.size * 1.35
        for n, line in enumerate(self.lines):
            text = canvas.beginText()
            text.setFont(self.font, self.size)
            text.setCharSpace(0.06 * self.size)
            text.setTextOrigin(
                (self.width - self._width(line, self.size)) / 2,
                (len(self.lines) - n - 1) * leading + 0.3 * self.size,
            )
            text.textOut(line)
            canvas.drawText(text)


def _phrase_box(phrase: str, first: _Wording, second: _Wording) -> Any:
    center = functools.partial(_style, alignment=TA_CENTER)
    note = center("check", 11.5)
    cell = [
        Paragraph(
            f"{first['check']}&nbsp;&nbsp;<font color='{MUTED_HEX}'>{second['check']}</font>",
            note,
        ),
        Paragraph(
            para_text(phrase),
            center("phrase", 30, leading=36, fontName=register_fonts().bold, spaceAfter=1),
        ),
        Paragraph(
            f"{first['if_not']} <font color='{MUTED_HEX}'>{second['if_not']}</font>",
            center("if_not", 9),
        ),
    ]
    table = Table([[cell]], colWidths=[WIDTH * 0.86])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _wifi_block(ssid: str, password: str, first: _Wording, second: _Wording) -> Any:
    code = QrFlowable(wifi_payload(ssid, password), WIFI_QR_SIZE)
    name = f"“{para_text(ssid)}”"
    text = _style("wifi", 11.5, spaceAfter=4)
    muted = _style("wifi_es", 11.5, textColor=MUTED, spaceAfter=8)
    detail = _style("wifi_detail", 10)
    network = f"{first['network']} · {second['network']}"
    cell = [
        Paragraph(fill(first["no_signal"], name), text),
        Paragraph(fill(second["no_signal"], name), muted),
        Paragraph(f"{network}: <b>{para_text(ssid)}</b>", detail),
    ]
    if password:
        secret = f"{first['password']} · {second['password']}"
        cell.append(Paragraph(f"{secret}: <b>{para_text(password)}</b>", detail))
    table = Table([[code, cell]], colWidths=[WIFI_QR_SIZE + 12, 5.2 * inch])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# The sign-in sheet


@dataclass(frozen=True)
class _Column:
    heading: str  # already markup
    options: str  # already markup, set small under the heading; "" if none
    weight: float  # share of the spare width: how much people write in it
    least: float  # its width with room to spare, in points: it gives some up when crowded
    floor: float  # the narrowest it may ever be, in points: still room to write in
    tick_box: bool = False


def render_signin_sheet(
    out: Path,
    meeting: Meeting,
    settings: FormSettings,
    rows: int = 20,
    language: str | None = None,
) -> None:
    """Write the paper sign-in sheet for people without a phone: the meeting's own columns,
    in `language` ("en", "es"; by default the app's).

    Health questions (access needs, childcare, diet) are left off: everyone who signs after
    you reads the sheet. So are the self-identified groups the form offers: a line names
    them and says whom to tell instead. Six columns or more print in landscape; columns that
    do not fit on one line go on a second line of each person's row (`_layout`).
    """
    if rows < 1:
        raise ValidationError(translate("Sign-in PDF", "A sign-in sheet needs at least one row."))
    if rows > MOST_SHEET_ROWS:
        raise ValidationError(
            fill(
                translate(
                    "Sign-in PDF", "A sign-in sheet has at most %1 rows: print more copies of it."
                ),
                str(MOST_SHEET_ROWS),
            )
        )
    language = language or _spoken_language()
    if language not in _SHEET_WORDS:
        language = "en"
    words = _SHEET_WORDS[language]
    specs = [s for s in settings.specs() if s.sensitivity != Sensitivity.HEALTH]
    specs.sort(key=lambda s: not s.required)  # stable: the required name comes first
    known = {c.key: c for c in CONSENTS}
    consents = [known[key] for key in settings.consents if key in known]
    shorts = [
        CONSENT_SHORT.get(c.key, {}).get(language, f"#{n}") for n, c in enumerate(consents, 1)
    ]
    columns = [_field_column(s, language, words["yes_no"]) for s in specs]
    columns += [
        _Column(f"{n}. {para_text(short)}", "", 1.0, 0.5 * inch, TICK_FLOOR, tick_box=True)
        for n, short in enumerate(shorts, 1)
    ]
    wide = len(columns) > 5
    width = LETTER[1] - 2 * MARGIN if wide else WIDTH
    head, lines = _layout(columns, width)

    body = _style("sheet_body", 9.5, leading=13)
    required = any(s.required for s in specs)
    story: list[Any] = [
        Paragraph(para_text(words["eyebrow"].upper()), _style("eyebrow", 8.5, textColor=MUTED)),
        typed_text(meeting.title, _style("title", 17, fontName=register_fonts().bold)),
        typed_text(
            " · ".join(filter(None, [_when(meeting, language), meeting.place.strip()])),
            _style("meta", 10, spaceAfter=6),
        ),
        Paragraph(f"<b>{words['one_required' if required else 'none_required']}</b>", body),
    ]
    if len(specs) < len(settings.specs()):
        story.append(Paragraph(para_text(words["health"]), body))
    if settings.groups:
        # No column for them: a tick beside a name on a sheet everyone reads would show who
        # is in each group, which the form promises to show only as totals.
        offered = words["groups"].format(groups=", ".join(settings.groups))
        story.append(Paragraph(para_text(offered), body))
    if consents:
        story.append(Paragraph(para_text(words["consents"]), _style("intro", 9.5, spaceBefore=4)))
        legend = _style("legend", 8.5, leading=11, leftIndent=12)
        story += [
            Paragraph(
                f"<b>{n}. {para_text(short)}</b> — {para_text(c.wording_in(language))}", legend
            )
            for n, (short, c) in enumerate(zip(shorts, consents, strict=True), 1)
        ]
    story.append(Spacer(1, 8))
    # Rows are cheap and half-empty pages are not: fill the last page.
    page_height = (LETTER[0] if wide else LETTER[1]) - 2 * MARGIN
    person = len(lines) * ROW_HEIGHT  # a person's row: all its lines
    header = _sheet_table(head, lines, 1).wrap(width, page_height)[1] - person
    first = max(0, int((page_height - _height(story, width) - header - 2) // person))
    others = int((page_height - header - 2) // person)
    pages = math.ceil(max(0, rows - first) / others)
    # A table a page: reportlab works out a table's spans again each time it splits one, so a
    # long table of two-line rows would take time that grows with the square of its length.
    story += [_sheet_table(head, lines, n) for n in [first, *[others] * pages] if n]
    title = f"{words['eyebrow']} — {meeting.title}"
    running = " · ".join(filter(None, [title, _when(meeting, language)]))
    write_story(
        out,
        title,
        story,
        landscape(LETTER) if wide else LETTER,
        on_page=functools.partial(_running_head, running),
    )


def _running_head(text: str, canvas: Any, doc: Any) -> None:
    """On every page after the first: which meeting the sheet is for, above its table."""
    if doc.page < 2:
        return
    width, height = doc.pagesize
    line = fit_text(text, width - 2 * MARGIN, 9, 7, bold=True, max_lines=1)
    draw_fitted(canvas, line, MARGIN, height - MARGIN + 8 + line.height, width - 2 * MARGIN, INK)


_WEIGHTS = {
    "first_name": 2.8,
    "last_name": 2.8,
    "zip_code": 1.3,
    "language": 1.8,
    "profession": 3.4,  # "Registered nurse (RN)", "Respiratory therapist" take room
}
_KIND_WEIGHTS = {FieldKind.EMAIL: 4.6, FieldKind.PHONE: 3.0, FieldKind.YES_NO: 1.2}
_NAMES = ("first_name", "last_name")
CONTACT_FLOOR = 1.0 * inch  # a name, a phone number or an email address is never narrower
WRITE_FLOOR = 0.6 * inch  # nor is any other column people write in
TICK_FLOOR = 0.35 * inch  # a consent's box to tick


def _field_column(spec: FieldSpec, language: str, yes_no: str) -> _Column:
    options = ""
    if spec.kind == FieldKind.YES_NO:
        options = yes_no
    elif spec.kind == FieldKind.CHOICE:
        options = " / ".join(label.get(language) or label["en"] for _, label in spec.choices)
    weight = _WEIGHTS.get(spec.name) or _KIND_WEIGHTS.get(spec.kind) or 2.2
    if spec.name in _NAMES or spec.kind in (FieldKind.PHONE, FieldKind.EMAIL):
        least = (1.4 if spec.kind == FieldKind.EMAIL else 1.1) * inch
        floor = CONTACT_FLOOR
    else:
        short = spec.kind in (FieldKind.YES_NO, FieldKind.CHOICE)
        least = (1.0 if spec.choices else 0.7 if short else 0.8) * inch  # choices wrap less
        floor = WRITE_FLOOR
    heading = para_text(spec.label_in(language))
    return _Column(heading, para_text(options), weight, least, floor)


_PAD = 4  # cell padding, left and right
OPTIONS_SIZE = 8  # points: the choices under a heading ("Yes / No"), read at arm's length
HEADING_SIZES = (7.5, 7, 6.5, 6)  # points: a crowded sheet's headings get a little smaller
ROOMS = (1.0, 0.85, 0.7)  # of a column's room to spare, given up a little at a time

_Line = list[tuple[_Column, float]]  # one line of a person's row: its columns and widths


def _layout(columns: Sequence[_Column], width: float) -> tuple[Any, list[_Line]]:
    """The heading style, and the columns on as few lines as hold them all (one, unless the
    meeting asks many questions): each line `width` wide, each column at its floor or wider
    and wide enough for the longest word of its heading, so that no word is ever broken.

    Before a column moves to another line, the columns give up some of their room to spare,
    a little at a time, and the headings get smaller; never below a column's floor.
    """
    for count in range(1, len(columns) + 1):
        for room in ROOMS:
            for size in HEADING_SIZES:
                head = _style("sheet_head", size, fontName=register_fonts().bold)
                least = [_least(c, head, room) for c in columns]
                parts = _split(columns, least, width, count)
                if parts is not None:
                    widths = [_share(columns[a:b], width, least[a:b]) for a, b in parts]
                    _align(widths, [least[a:b] for a, b in parts])
                    return head, [
                        list(zip(columns[a:b], line, strict=True))
                        for (a, b), line in zip(parts, widths, strict=True)
                    ]
    raise AssertionError("a column on a line of its own always fits")  # pragma: no cover


SNAP = 0.15 * inch  # a line's column edge this close to one of the first line's moves onto it


def _align(widths: list[list[float]], least: Sequence[Sequence[float]]) -> None:
    """Move each later line's column edges onto the first line's nearby ones, where the
    columns on either side keep their least width: a tidier grid, with fewer slivers."""
    targets = list(itertools.accumulate(widths[0]))[:-1]
    for line, smallest in zip(widths[1:], least[1:], strict=True):
        for i in range(len(line) - 1):
            edge = sum(line[: i + 1])
            target = min(targets, key=lambda x: abs(x - edge), default=edge)
            move = target - edge
            room = line[i] + move >= smallest[i] and line[i + 1] - move >= smallest[i + 1]
            if 0 < abs(move) <= SNAP and room:
                line[i] += move
                line[i + 1] -= move


def _least(column: _Column, head: Any, room: float) -> float:
    """The narrowest `column` may be: `room` of its room to spare, its floor at the least, and
    its longest word."""
    regular = register_fonts().regular
    widths = [stringWidth(w, head.fontName, head.fontSize) for w in column.heading.split()]
    widths += [stringWidth(w, regular, OPTIONS_SIZE) for w in column.options.split()]
    longest = max(float(w) for w in widths) + 2 * _PAD + 1
    return max(column.least * room, column.floor, longest)


def _split(
    columns: Sequence[_Column], least: Sequence[float], width: float, count: int
) -> list[tuple[int, int]] | None:
    """`columns` in order on `count` lines, as (start, end) of each, or None if they do not
    fit on so few. Of the ways to cut them, the one that leaves the most room to spare, for
    its weight, on its most crowded line."""

    def crowding(a: int, b: int) -> float:
        spare = width - sum(least[a:b])
        if spare < 0 and b - a > 1:
            return math.inf
        return sum(c.weight for c in columns[a:b]) / (max(spare, 0.0) + 1)

    n = len(columns)
    # best[k][i]: the most crowded line, and the cuts, of the first i columns on k lines
    best: list[dict[int, tuple[float, list[tuple[int, int]]]]] = [{0: (0.0, [])}]
    for k in range(1, count + 1):
        best.append({})
        for i in range(k, n - (count - k) + 1):
            for j, (worst, cuts) in best[k - 1].items():
                if j >= i:
                    continue
                score = max(worst, crowding(j, i))
                if score < math.inf and (i not in best[k] or score < best[k][i][0]):
                    best[k][i] = (score, [*cuts, (j, i)])
    found = best[count].get(n)
    return found[1] if found else None


def _share(columns: Sequence[_Column], width: float, least: Sequence[float]) -> list[float]:
    """Share `width` by weight, never below a column's least: those are pinned first."""
    if sum(least) >= width:  # a column alone on its line, wider than the page: squeezed
        return [w * width / sum(least) for w in least]
    pinned: dict[int, float] = {}
    while True:
        free = [i for i in range(len(columns)) if i not in pinned]
        spare = width - sum(pinned.values())
        total = sum(columns[i].weight for i in free)
        share = {i: spare * columns[i].weight / total for i in free}
        short = {i: least[i] for i in free if share[i] < least[i]}
        if not short:
            return [pinned.get(i) or share[i] for i in range(len(columns))]
        pinned.update(short)


def _sheet_table(head: Any, lines: Sequence[_Line], rows: int) -> Any:
    """The sheet's table: a header, then `rows` people, each on as many lines as `lines` has,
    kept together on a page. Lines of different columns share one grid: a column spans the
    cells of the grid between its edges."""
    edges = _edges(lines)
    widths = [right - left for left, right in itertools.pairwise(edges)]
    small = _style("sheet_options", OPTIONS_SIZE, textColor=MUTED)
    n = len(lines)
    placed: list[list[tuple[_Column, int, int]]] = []  # each column's first and last cell
    for line in lines:
        x, cells = 0.0, []
        for column, width in line:
            first = _nearest(edges, x)
            x += width
            cells.append((column, first, _nearest(edges, x) - 1))
        placed.append(cells)

    def row(k: int, header: bool) -> list[Any]:
        cells: list[Any] = [""] * len(widths)
        for column, first, _ in placed[k]:
            if header:
                cell = [Paragraph(column.heading, head)]
                if column.options:
                    cell.append(Paragraph(column.options, small))
                cells[first] = cell
            elif column.tick_box:
                cells[first] = _TickBox()
        return cells

    body = [row(k, header=False) for _ in range(rows) for k in range(n)]
    table = Table(
        [*(row(k, header=True) for k in range(n)), *body],
        colWidths=widths,
        rowHeights=[None] * n + [ROW_HEIGHT] * (rows * n),
        repeatRows=n,
        hAlign="LEFT",
    )
    shaded = colors.HexColor("#f7f7f7")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, n - 1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, n - 1), 5),
        ("VALIGN", (0, 0), (-1, n - 1), "BOTTOM"),
        ("VALIGN", (0, n), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, n - 1), SHADE),
        ("ROWBACKGROUNDS", (0, n), (-1, -1), [colors.white] * n + [shaded] * n),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, PEN),
        ("LINEBELOW", (0, n - 1), (-1, n - 1), 1, INK),
        ("BOX", (0, 0), (-1, -1), 1, INK),
    ]
    for k, cells in enumerate(placed):
        for column, first, last in cells:
            if column.tick_box:
                commands.append(("ALIGN", (first, n + k), (first, -1), "CENTER"))
            if last > first:
                commands.append(("SPAN", (first, k), (last, k)))
                commands += [("SPAN", (first, r), (last, r)) for r in range(n + k, n + rows * n, n)]
    if n > 1:  # a person's lines stay together, ruled off from the next person's
        for top in range(n, n + rows * n, n):
            commands.append(("NOSPLIT", (0, top), (-1, top + n - 1)))
            commands.append(("LINEBELOW", (0, top + n - 1), (-1, top + n - 1), 1, INK))
    table.setStyle(TableStyle(commands))
    return table


def _edges(lines: Sequence[_Line]) -> list[float]:
    """Where the columns of every line start and end, from 0 to the table's width: the grid
    the lines share. Edges less than a point apart are one."""
    found = sorted({0.0, *(x for line in lines for x in itertools.accumulate(w for _, w in line))})
    edges: list[float] = []
    for x in found:
        if edges and x - edges[-1] < 1:
            if x == found[-1]:
                edges[-1] = x  # the table's right edge stays where it is
            continue
        edges.append(x)
    return edges


def _nearest(edges: Sequence[float], x: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - x))


class _TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick."""

    SIDE = 0.17 * inch

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.SIDE, self.SIDE

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.SIDE, self.SIDE, stroke=1, fill=0)
