"""How a commitment card is laid out: the front the organizers keep, and the stub the attendee
tears off and takes home.

Front: the organization, meeting and date; the name (or a line to write it on); "I commit to…"
with a box to tick for each option; the hours a week; a separate box to tick for permission
to be contacted, with a line for a phone or email; the card ID and QR code in the top corner.
Stub, past a dashed line: "My commitment", the follow-up date, the organizer's contact and the
card ID. The contact is how the attendee reaches the organizer, so it prints whole, on up to
three lines, or the print is refused. Every card of a print run shares one type scale, the
largest at which the longest option still fits, so a pile of cards looks alike; only the name,
ID and code differ.

An option takes one line, or two; one too long for two lines in readable type takes as many
more as the card has room for before the whole card's type gets smaller. No word is printed
smaller than SMALLEST: at the smallest scales, the smallest type stops there while the rest of
the card keeps shrinking. Options that fit no scale are refused, naming the layouts they fit.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from meetingkit.core.card import CommitmentCard
from meetingkit.core.card_layout import CARD_LAYOUT_NAMES, INCH, LAYOUTS, Rect
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate, weekday_date
from meetingkit.services.printing.card_text import (
    ASCENT,
    LEADING,
    FittedText,
    clean,
    draw_fitted,
    fit_text,
)
from meetingkit.services.printing.document import INK, MUTED
from meetingkit.services.printing.scripts import set_line
from meetingkit.services.printing.signin_pdf import PEN
from meetingkit.services.qr import draw_qr, qr_matrix

SCALES = tuple(x / 20 for x in range(32, 11, -1))  # 1.6 down to 0.6, times the sizes below
STUB_SHARE = 0.29  # of a landscape card's width; a portrait card's stub is a quarter of it
GUTTER = 14.0  # between the front and the stub, with the dashed line in the middle
DASH = (3.0, 2.5)  # a line to tear or fold along
SMALLEST = 6.0  # no printed word is smaller than this, in points
SHRINK = 0.85  # text gets this much smaller before it wraps to a second line
NAME_SMALLEST = 9.0
NAME_SHRINK = 0.6  # a name gets this much smaller on one line before it wraps to two
OPTION_LINES = 8  # the most lines an option too long for two takes, as the card has room
CONTACT_LINES = 3  # the organizer's contact on the stub: whole, on up to this many lines
CARD_QR_MASK = 2  # a fixed mask: no search per card (bench/cards.py); zbarimg reads them all


# Drawing instructions: worked out once for every card of a print run


@dataclass(frozen=True)
class Text:
    fitted: FittedText
    x: float
    top: float
    width: float
    color: Any = INK
    align: str = "left"


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Box:
    """A box to tick."""

    rect: Rect


Op = Text | Line | Box


def draw_ops(canvas: Any, ops: Iterable[Op]) -> None:
    """Draw text, write-in and dashed lines (light, as a pen would), and boxes (in ink)."""
    for op in ops:
        if isinstance(op, Text):
            draw_fitted(canvas, op.fitted, op.x, op.top, op.width, op.color, op.align)
        elif isinstance(op, Line):
            canvas.setLineWidth(0.6)
            canvas.setStrokeColor(PEN)
            canvas.setDash(list(op.dash))  # an empty pattern is a solid line
            canvas.line(op.x0, op.y0, op.x1, op.y1)
        else:
            canvas.setLineWidth(0.8)
            canvas.setStrokeColor(INK)
            canvas.setDash()
            canvas.rect(op.rect.x, op.rect.y, op.rect.width, op.rect.height, stroke=1, fill=0)


class Column:
    """A column filled from the top: each piece goes under the one before (the role cards'
    too, services/printing/role_cards.py)."""

    def __init__(self, x: float, top: float, width: float) -> None:
        self.x, self.top, self.width = x, top, width
        self.y = top
        self.ops: list[Op] = []

    def text(
        self,
        text: str,
        largest: float,
        *,
        bold: bool = False,
        lines: int = 1,
        color: Any = INK,
        indent: float = 0.0,
        shrink: float = SHRINK,
    ) -> Text:
        """`text` in the next lines: smaller down to `shrink` times `largest`, then wrapped to
        up to `lines` lines, no smaller than SMALLEST (nor `largest` below it)."""
        width = self.width - indent
        largest = max(largest, SMALLEST)
        fitted = fit_text(
            text,
            width,
            largest,
            max(largest * shrink, SMALLEST),
            bold=bold,
            max_lines=lines,
            least=SMALLEST,
        )
        op = Text(fitted, self.x + indent, self.y, width, color)
        self.ops.append(op)
        self.y -= fitted.height
        return op

    def place(self, fitted: FittedText, color: Any = INK, *, indent: float = 0.0) -> Text:
        """Text fitted already, in the next lines."""
        op = Text(fitted, self.x + indent, self.y, self.width - indent, color)
        self.ops.append(op)
        self.y -= fitted.height
        return op

    def tick_box(self, text: str, size: float, *, lines: int) -> Text:
        """A box to tick, level with the first line of `text` beside it."""
        size = max(size, SMALLEST)
        side = 0.8 * size
        op = self.text(text, size, lines=lines, indent=side + 0.6 * size, shrink=1.0)
        below = op.fitted.baselines()[0] if op.fitted.lines else ASCENT * size
        self.ops.append(Box(Rect(self.x + 0.5, op.top - below - 0.05 * size, side, side)))
        return op

    def write_in(self, label: str, size: float, height: float, *, width: float = 0.0) -> None:
        """In the next `height` points: `label`, then a line to write on, `width` long or to
        the column's edge, under the label's baseline."""
        size = max(size, SMALLEST)
        bottom = self.y - height
        baseline = bottom + 0.3 * size
        start, end = self.x, self.x + self.width
        if label:
            fitted = fit_text(label, self.width * 0.7, size, SMALLEST)
            above = fitted.baselines()[0] if fitted.lines else 0.0
            self.ops.append(Text(fitted, self.x, baseline + above, self.width))
            start += fitted.width + 4
        if width:
            end = min(end, start + width)
        self.ops.append(Line(start, baseline - 1.5, end, baseline - 1.5))
        self.y = bottom

    def gap(self, height: float) -> None:
        self.y -= height


@dataclass(frozen=True)
class _Words:
    """The card's own printed words, in the app's language: looked up once per print run, and
    part of what the run's layout is cached by, so a layout in one language is not reused in
    another."""

    name: str
    commit: str
    hours: str
    contact: str
    phone_or_email: str
    keep: str
    mine: str
    in_touch: str
    organizer: str
    card: str  # "Card %1"

    @classmethod
    def translated(cls) -> _Words:
        return cls(
            name=translate("Cards", "Name"),
            commit=translate("Cards", "I commit to…"),
            hours=translate("Cards", "Hours per week I can give:"),
            contact=translate("Cards", "You may contact me about this work:"),
            phone_or_email=translate("Cards", "Phone / email"),
            #: On the stub the attendee tears off and takes home.
            keep=translate("Cards", "KEEP THIS PART"),
            mine=translate("Cards", "My commitment:"),
            #: Followed by a date on the next line: "We’ll be in touch by / Sat 21 Nov 2026".
            in_touch=translate("Cards", "We’ll be in touch by"),
            organizer=translate("Cards", "Your organizer"),
            #: %1 is the card's ID, e.g. "Card K7QX-3M".
            card=translate("Cards", "Card %1"),
        )


@dataclass(frozen=True)
class _Run:
    """What every card of a print run has in common."""

    organization: str
    meeting_title: str
    meeting_date: dt.date
    options: tuple[str, ...]
    hours_per_week: bool
    follow_up_date: dt.date
    organizer_contact: str
    blank: bool
    coded: bool  # has a card ID or a QR code
    words: _Words

    @classmethod
    def of(cls, card: CommitmentCard, words: _Words) -> _Run:
        return cls(
            card.organization,
            card.meeting_title,
            card.meeting_date,
            card.options,
            card.hours_per_week,
            card.follow_up_date,
            card.organizer_contact,
            card.blank,
            bool(card.card_id or card.qr_payload),
            words,
        )


@dataclass(frozen=True)
class _Plan:
    ops: tuple[Op, ...]
    name: Rect  # where the name goes
    name_size: float  # the largest it may be
    code: Rect | None  # the QR code's square; the card ID goes under it
    stub_id: Text | None  # where the stub's card ID goes: an empty text of its size


def _day(date: dt.date) -> str:
    """'Sat 21 Nov 2026', or 'sáb 21 nov 2026'."""
    return weekday_date(date, year=True)


class CardPrinter:
    """Draws commitment cards on one canvas. What the cards of a print run share is drawn once,
    as a PDF form that each card places: a thousand cards then cost a thousand names and codes,
    not a thousand copies of the options, in time and in file size."""

    def __init__(self, canvas: Any, layout: str) -> None:
        self._canvas = canvas
        self._layout = layout  # one of CARD_LAYOUT_NAMES: named when a card is refused
        self._forms: dict[tuple[_Run, float, float], str] = {}
        self._words = _Words.translated()

    def draw(self, card: CommitmentCard, box: Rect) -> None:
        """Draw `card` inside `box`, the part of its cell that printers reach."""
        canvas, run = self._canvas, _Run.of(card, self._words)
        plan = _plan(run, box.width, box.height, self._layout)
        key = (run, box.width, box.height)
        form = self._forms.get(key)
        if form is None:
            form = self._forms[key] = f"CommitmentCard{len(self._forms)}"
            canvas.beginForm(form, -2, -2, box.width + 2, box.height + 2)  # strokes on the edge
            draw_ops(canvas, plan.ops)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(box.x, box.y)
        canvas.doForm(form)
        _draw_own(canvas, card, plan, run.words)
        canvas.restoreState()


def _draw_own(canvas: Any, card: CommitmentCard, plan: _Plan, words: _Words) -> None:
    """What is this card's own: the name, the QR code and the card ID."""
    if card.name:
        name = plan.name
        fitted = fit_text(
            card.name,
            name.width,
            plan.name_size,
            max(NAME_SMALLEST, plan.name_size * NAME_SHRINK),
            bold=True,
            height=name.height,
            least=NAME_SMALLEST,
        )
        top = name.top - (name.height - fitted.height) / 2
        draw_fitted(canvas, fitted, name.x, top, name.width, INK)
    if plan.code is not None:
        code = plan.code
        if card.qr_payload:
            matrix = qr_matrix(card.qr_payload, mask_pattern=CARD_QR_MASK)
            draw_qr(canvas, matrix, code.x, code.y, code.width)
        if card.card_id:
            fitted = fit_text(card.card_id, code.width, 8, SMALLEST, bold=True, max_lines=1)
            draw_fitted(canvas, fitted, code.x, code.y - 1, code.width, INK, "center")
    if plan.stub_id is not None and card.card_id:
        slot = plan.stub_id
        fitted = fit_text(
            fill(words.card, card.card_id), slot.width, slot.fitted.size, SMALLEST, max_lines=1
        )
        draw_fitted(canvas, fitted, slot.x, slot.top, slot.width, MUTED)


def split(box: Rect) -> tuple[Rect, Rect, Line]:
    """The card's front, its stub, and the dashed line between them: the stub is a strip on
    the right of a landscape card and along the bottom of a portrait one."""
    if box.width >= box.height:
        width = box.width * STUB_SHARE
        front = Rect(box.x, box.y, box.width - width - GUTTER, box.height)
        x = front.right + GUTTER / 2
        return (
            front,
            Rect(box.right - width, box.y, width, box.height),
            Line(x, box.y, x, box.top, DASH),
        )
    height = box.height / 4
    front = Rect(box.x, box.y + height + GUTTER, box.width, box.height - height - GUTTER)
    y = box.y + height + GUTTER / 2
    return front, Rect(box.x, box.y, box.width, height), Line(box.x, y, box.right, y, DASH)


#: The layouts' short names, for a card's options that fit only some of them.
LAYOUT_WORDS = {
    "index": QT_TRANSLATE_NOOP("Cards", "index card"),
    "postcard": QT_TRANSLATE_NOOP("Cards", "postcard"),
    "quarter": QT_TRANSLATE_NOOP("Cards", "quarter-letter"),
    "a6": QT_TRANSLATE_NOOP("Cards", "A6"),
}


def _plan(run: _Run, width: float, height: float, layout: str) -> _Plan:
    """The card laid out in a box `width` by `height` with its corner at (0, 0), at the largest
    type scale at which front and stub both fit with every option whole. A commitment is never
    cut short, nor is the organizer's contact: a card they do not fit is an error, which names
    the layouts it does fit (`layout` is the one asked for)."""
    if not _contact_fits(run, width, height):
        raise _contact_refused(run, layout)
    plan = _fit(run, width, height)
    if plan is not None:
        return plan
    fits = _layouts_that_fit(run)
    if fits:
        raise ValidationError(
            fill(
                #: %1 lists the layouts that fit, e.g. "postcard, quarter-letter, A6".
                translate(
                    "Cards",
                    "The commitments do not fit on this card even in small type. Shorten them, "
                    "offer fewer, or print on a layout they fit: %1.",
                ),
                ", ".join(fits),
            )
        )
    raise ValidationError(
        translate(
            "Cards",
            "The commitments do not fit on any card, even in small type. Shorten them or "
            "offer fewer.",
        )
    )


def _layouts_that_fit(run: _Run) -> list[str]:
    """The short names of the layouts every card of `run` fits, in the app's language."""
    return [
        translate("Cards", LAYOUT_WORDS[name])
        for name in CARD_LAYOUT_NAMES
        if all(
            _contact_fits(run, box.width, box.height) and _fit(run, box.width, box.height)
            for box in {LAYOUTS[name].content_box(cell) for cell in LAYOUTS[name].cells}
        )
    ]


def _contact_refused(run: _Run, layout: str) -> ValidationError:
    """The error for an organizer's contact too long for the stub of `layout`'s cards."""
    contact = clean(run.organizer_contact)
    fits = _layouts_that_fit(run)
    if fits:
        return ValidationError(
            fill(
                #: %1 is the layout printed on ("index card"), %2 the contact as typed, %3 lists
                #: the layouts it fits, e.g. "postcard, quarter-letter, A6".
                translate(
                    "Cards",
                    "The organizer’s contact is too long for the stub on this layout (%1), even "
                    "in small type: “%2”. Shorten it (a name and a phone number are enough), or "
                    "print on a layout it fits: %3.",
                ),
                translate("Cards", LAYOUT_WORDS.get(layout, layout)),
                contact,
                ", ".join(fits),
            )
        )
    return ValidationError(
        fill(
            translate(
                "Cards",
                "The organizer’s contact is too long for the stub of any card, even in small "
                "type: “%1”. Shorten it: a name and a phone number are enough.",
            ),
            contact,
        )
    )


@functools.lru_cache(maxsize=64)
def _fit(run: _Run, width: float, height: float) -> _Plan | None:
    """The card laid out at the largest scale it fits, or None."""
    front, stub, tear = split(Rect(0.0, 0.0, width, height))
    for scale in SCALES:
        plan = _front(run, front, scale)
        stub_ops = _stub(run, stub, scale)
        if plan is not None and stub_ops is not None:
            ops, stub_id = stub_ops
            return _Plan((*plan.ops, *ops, tear), plan.name, plan.name_size, plan.code, stub_id)
    return None


def _front(run: _Run, front: Rect, s: float) -> _Plan | None:
    code_side = min(0.8 * INCH, max(0.55 * INCH, front.width * 0.2)) if run.coded else 0.0
    head = Column(front.x, front.top, front.width - (code_side + 8 if run.coded else 0))
    if clean(run.organization):
        head.text(clean(run.organization).upper(), 7.5 * s, bold=True, color=MUTED, lines=2)
        head.gap(s)
    head.text(run.meeting_title, 9 * s, lines=2)
    head.text(_day(run.meeting_date), 8 * s, color=MUTED)
    head.gap(4 * s)
    name_size = max(NAME_SMALLEST, 15 * s)
    # One line, with room to wrap to two smaller ones.
    name_height = max(name_size * LEADING * 1.5, 2 * NAME_SMALLEST * LEADING)
    name = Rect(head.x, head.y - name_height, head.width, name_height)
    if run.blank:
        head.write_in(run.words.name, 8 * s, name_height)
    else:
        head.gap(name_height)
    code = None
    if run.coded:
        code = Rect(front.right - code_side, front.top - code_side, code_side, code_side)
    top = min(head.y, front.top - code_side - 10) - 5 * s
    height = -_bottom(run, front, s, 0.0).y  # laid out once to measure, then in place

    def options_at(size: float, lines: int, options: Sequence[str] = run.options) -> _Plan | None:
        """The card with `options` at `size`, each on up to `lines` lines."""
        body = Column(front.x, top, front.width)
        body.text(run.words.commit, 9 * s, bold=True)
        body.gap(3 * s)
        for option in options:
            if body.tick_box(option, size, lines=lines).fitted.cut:
                return None
            body.gap(2.5 * s)
        if body.y - 4 * s < front.y + height:
            return None
        bottom = _bottom(run, front, s, front.y + height)
        return _Plan((*head.ops, *body.ops, *bottom.ops), name, name_size, code, None)

    largest = max(8.5 * s, SMALLEST)
    width = front.width - (0.8 * largest + 0.6 * largest)
    readable = max(largest * SHRINK, SMALLEST)
    two = [fit_text(o, width, largest, readable, least=SMALLEST) for o in run.options]
    if all(f.size >= readable and not f.cut for f in two):
        return options_at(min((f.size for f in two), default=largest), 2)
    # One needs more than two lines. The card keeps the scale it would have if that one were
    # short, on one line (no larger: only smaller options would leave room there), and the
    # long one takes as many lines as it needs, in type as large as leaves room.
    long = [f.size < readable or f.cut for f in two]
    usual = min((f.size for f, too in zip(two, long, strict=True) if not too), default=largest)
    short = [clean(o)[:1] if too else o for o, too in zip(run.options, long, strict=True)]
    if options_at(usual, 2, short) is None:  # its first letter: one line, in its script
        return None
    wrapped = [
        fit_text(o, width, largest, readable, max_lines=OPTION_LINES, least=readable)
        for o in run.options
    ]
    sizes = _quarters(min(f.size for f in wrapped), SMALLEST)
    return _first(sizes, lambda size: options_at(size, OPTION_LINES))


def _quarters(largest: float, smallest: float) -> list[float]:
    """`largest`, then each quarter point below it down to `smallest`."""
    steps = max(0, math.floor((largest - smallest) * 4 + 1e-9))
    return [largest, *(math.ceil(largest * 4 - 1e-9) / 4 - n / 4 for n in range(1, steps + 1))]


def _first(sizes: Sequence[float], lay_out: Callable[[float], _Plan | None]) -> _Plan | None:
    """`lay_out` at the first of `sizes` (largest first) that fits, or None: a binary search,
    as what fits at one size fits at any smaller one."""
    plan = lay_out(sizes[0])
    if plan is not None:
        return plan
    low, high, found = 1, len(sizes) - 1, None  # the answer, if any, is in sizes[low:high+1]
    while low <= high:
        middle = (low + high) // 2
        plan = lay_out(sizes[middle])
        if plan is None:
            low = middle + 1
        else:
            found, high = plan, middle - 1
    return found


def _bottom(run: _Run, front: Rect, s: float, top: float) -> Column:
    """The hours line and the contact-permission box, which stand on the front's bottom edge."""
    column = Column(front.x, top, front.width)
    if run.hours_per_week:
        column.write_in(run.words.hours, 8 * s, 8 * s * LEADING + 2, width=50 * s)
        column.gap(5 * s)
    pad = 4 * s
    frame_top = column.y
    inner = Column(front.x + pad, frame_top - pad, front.width - 2 * pad)
    inner.tick_box(run.words.contact, 8 * s, lines=2)
    inner.write_in(run.words.phone_or_email, 7.5 * s, 7.5 * s * LEADING + 6 * s)
    inner.gap(pad)
    column.ops += inner.ops
    column.ops.append(Box(Rect(front.x, inner.y, front.width, frame_top - inner.y)))
    column.y = inner.y
    return column


def _stub_columns(stub: Rect) -> tuple[bool, float]:
    """Whether `stub` is wide enough for two columns side by side, and how wide a column is
    (the whole stub when there is one)."""
    wide = stub.width > stub.height * 1.5
    return wide, stub.width / 2 - 6 if wide else stub.width


def _stub(run: _Run, stub: Rect, s: float) -> tuple[Sequence[Op], Text | None] | None:
    wide, column = _stub_columns(stub)
    left = Column(stub.x, stub.top, column)
    right = Column(stub.x + stub.width / 2 + 6, stub.top, column) if wide else left
    left.text(run.words.keep, 6.5 * s, bold=True, color=MUTED)
    left.gap(3 * s)
    left.text(run.words.mine, 8.5 * s, bold=True)
    for _ in range(2 if wide else 3):
        left.write_in("", 8.5 * s, 15 * s)
    left.gap(0 if wide else 8 * s)
    right.text(run.words.in_touch, 7 * s, color=MUTED, lines=2)
    right.text(_day(run.follow_up_date), 9 * s, bold=True)
    if clean(run.organizer_contact):
        right.gap(4 * s)
        right.text(run.words.organizer, 7 * s, color=MUTED)
        right.place(contact_text(run.organizer_contact, right.width, max(8.5 * s, SMALLEST)))
    id_size = max(7.5 * s, SMALLEST)
    slot = Text(FittedText((), id_size), right.x, stub.y + id_size * LEADING, right.width, MUTED)
    if min(left.y, right.y) - 3 * s < slot.top:
        return None
    return (*left.ops, *(right.ops if wide else ())), slot if run.coded else None


def _contact_column(width: float, height: float) -> float:
    """How wide the organizer's contact may be on the stub of a card `width` by `height`."""
    return _stub_columns(split(Rect(0.0, 0.0, width, height))[1])[1]


def _contact_fits(run: _Run, width: float, height: float) -> bool:
    """Whether the organizer's contact prints whole, in the smallest type, on the stub of a
    card `width` by `height`."""
    if not clean(run.organizer_contact):
        return True
    return not contact_text(run.organizer_contact, _contact_column(width, height), SMALLEST).cut


_PARTS = re.compile(r"\s+[·•|]\s+")  # between a name, a phone number and an email address


@functools.lru_cache(maxsize=256)
def contact_text(contact: str, width: float, largest: float) -> FittedText:
    """The organizer's contact as the stub prints it: on one line, smaller down to SHRINK
    times `largest`; else on up to CONTACT_LINES lines, no smaller than SMALLEST. A contact
    typed in parts ("Rosa Delgado · (312) 555-0134 · rosa@example.org") takes a line a part
    where that leaves its type about as large. `cut` when even that is too long for `width`."""
    fitted = fit_text(
        contact,
        width,
        largest,
        max(largest * SHRINK, SMALLEST),
        max_lines=CONTACT_LINES,
        least=SMALLEST,
    )
    parts = [part for part in _PARTS.split(clean(contact)) if part]
    if len(fitted.lines) < 2 or not 1 < len(parts) <= CONTACT_LINES:
        return fitted
    lines = tuple(set_line(part) for part in parts)
    size = min(largest, math.floor(width / max(line.advance for line in lines) * 4) / 4)
    if size >= SMALLEST and (fitted.cut or size >= fitted.size * SHRINK):
        return FittedText(lines, size)
    return fitted
