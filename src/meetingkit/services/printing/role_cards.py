"""Role cards as PDF: a card for each person holding a role at a meeting, on the index cards the
commitment cards use (5 × 3 in, 3 to a Letter sheet, Avery 5388), to hand out as it starts.

Each card: the meeting and its day in small type at the top; the role's name large; the
holder's first name (or a line to write one on); the role's duty; then what to do, a line
each, and on the timekeeper's card a table of when to call time on each item (core.role_card
says what; this module says where). Every piece of text is fitted to its box (card_text.py)
and drawn as text, never read as markup, so a name typed as "<b>Dele</b>" prints as typed.
A card's type is as large as lets all of it fit; a timekeeper's agenda too long for the card
even in two columns of small type ends in a line saying how many items the agenda has more.

Cards, like badges, that name people are logged in the export log (storage.export_log): what,
when, the file's name, how many people, never who.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.card_layout import LAYOUTS, Rect
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, translate, weekday_date
from meetingkit.core.role_card import CallTime, Holder, RoleCard, role_cards
from meetingkit.services.file_output import replace_file
from meetingkit.services.printing.card_text import LEADING, FittedText, clean, fit_text, flow_lines
from meetingkit.services.printing.commitment_card import (
    SMALLEST,
    Column,
    Line,
    Op,
    Text,
    draw_ops,
)
from meetingkit.services.printing.document import INK, MUTED
from meetingkit.services.printing.fonts import register_fonts
from meetingkit.services.printing.scripts import SetLine
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore

LAYOUT = "index"  # Avery 5388: the commitment cards' default stock
SCALES = tuple(x / 20 for x in range(26, 11, -1))  # 1.3 down to 0.6, times the sizes below
ROLE_LARGEST = 30.0  # the role's name, however much room the card has
COLUMN_GAP = 12.0  # between the two columns of a long agenda's times
# What a named role card shows of a person (logged with it, storage.export_log): the first
# name, under the role (ui/export_log_table.py names the column; its "role" is a profession).
ROLE_CARD_COLUMNS = ("first_name",)


@dataclass(frozen=True)
class PrintedRoleCards:
    cards: int
    named: int  # cards with a name on them; the others are to fill in by hand


@dataclass(frozen=True)
class GatheredRoleCards:
    """A meeting's role cards as gathered from the database, and whom they name (for the
    export log): what `RoleCards.write` prints. The app gathers them before its save dialog,
    to say at once that there is nothing to print, and prints what it gathered."""

    meeting_id: int
    cards: tuple[RoleCard, ...]
    holders: tuple[Holder, ...]


class RoleCards:
    """The role cards of one meeting, gathered from the database; printed and logged. The
    CLI and the app both print through here."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    def print(self, meeting_id: int, out: Path, *, unassigned: bool = True) -> PrintedRoleCards:
        """Write the meeting's role cards to `out`; log them when they name anyone."""
        return self.write(self.gather(meeting_id, unassigned=unassigned), out)

    def write(self, gathered: GatheredRoleCards, out: Path) -> PrintedRoleCards:
        """Write cards already gathered (`gather`) to `out`; log them when they name anyone."""
        cards, holders = gathered.cards, gathered.holders
        write_role_cards(out, cards)
        people = len({h.person_id for h in holders})  # one holding two roles is one person
        if people:
            ExportLog(self._conn).record(
                ExportKind.ROLE_CARDS,
                meeting_id=gathered.meeting_id,
                exported_ms=to_ms(self._clock.now()),
                file_name=out.name,
                columns=ROLE_CARD_COLUMNS,
                rows=people,
            )
        return PrintedRoleCards(len(cards), sum(1 for c in cards if not c.blank))

    def gather(self, meeting_id: int, *, unassigned: bool = True) -> GatheredRoleCards:
        """The meeting's role cards (with a card to fill in for each role nobody holds, if
        `unassigned`); ValidationError, saying what to do, when there are none."""
        meetings, people = MeetingStore(self._conn), PeopleStore(self._conn)
        meeting = meetings.get(meeting_id)
        holders = []
        for a in meetings.roles(meeting_id):
            person = people.get(a.person_id)
            holders.append(Holder(a.role, a.person_id, person.first_name, person.last_name))
        cards = role_cards(
            meeting,
            holders,
            AgendaStore(self._conn).items(meeting_id),
            FloorStore(self._conn).settings(meeting_id),
            unassigned=unassigned,
        )
        if not cards:
            raise ValidationError(
                translate(
                    "Role cards",
                    "Nobody holds a role in this meeting yet. Assign roles on its Roles tab, "
                    "or print the cards with a line to write each name on.",
                )
            )
        return GatheredRoleCards(meeting_id, tuple(cards), tuple(holders))


def write_role_cards(out: Path, cards: Sequence[RoleCard]) -> None:
    """Write `cards` in the order given, three to a Letter sheet of index cards."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    if not cards:
        raise ValidationError(translate("Role cards", "There are no role cards to print."))
    sheet = LAYOUTS[LAYOUT]
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=sheet.page_size,
        pageCompression=1,
        initialFontName=register_fonts().regular,  # or the PDF lists an unembedded Helvetica
    )
    canvas.setTitle(fill(translate("Role cards", "Role cards — %1"), clean(cards[0].meeting_title)))
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator("meetingkit")
    words = _Words.translated()
    for n, card in enumerate(cards):
        slot = n % sheet.per_page
        if n and not slot:
            canvas.showPage()
        draw_ops(canvas, lay_out(card, sheet.content_box(sheet.cells[slot]), words))
    canvas.showPage()
    canvas.save()
    replace_file(out, buffer.getvalue())


@dataclass(frozen=True)
class _Words:
    """The card's own words, in the app's language, looked up once per print run."""

    name: str
    call: str
    ends: str
    item: str

    @classmethod
    def translated(cls) -> _Words:
        return cls(
            #: On a card for a role nobody holds yet: a line to write the name on follows.
            name=translate("Role cards", "Name"),
            #: Column heading, small capitals: the moment to call time on an item.
            call=translate("Role cards", "CALL TIME"),
            #: Column heading, small capitals: when an item is planned to end.
            ends=translate("Role cards", "ENDS"),
            #: Column heading, small capitals: the agenda item.
            item=translate("Role cards", "ITEM"),
        )


def lay_out(card: RoleCard, box: Rect, words: _Words) -> list[Op]:
    """The drawing of `card` inside `box`, in the largest type all of it fits in. A
    timekeeper's times take one column if they fit at any size, else two; an agenda too
    long even for that loses its last items, and says so."""
    times = card.times
    for columns in (1, 2):
        for s in SCALES:
            ops = _card(card, box, s, times, columns, words, 0)
            if ops is not None:
                return ops
        if not times:
            break
    s = SCALES[-1]
    for shown in range(len(times) - 1, -1, -1):
        ops = _card(card, box, s, times[:shown], 2, words, len(times) - shown)
        if ops is not None:
            return ops
    return _card(card, box, s, (), 1, words, len(times), force=True) or []


def _card(
    card: RoleCard,
    box: Rect,
    s: float,
    times: Sequence[CallTime],
    columns: int,
    words: _Words,
    left_out: int,
    *,
    force: bool = False,
) -> list[Op] | None:
    """The card at scale `s`, or None when it does not fit (`force`: drawn all the same)."""
    column = Column(box.x, box.top, box.width)
    when = f"{weekday_date(card.meeting_date, year=True)} · {card.meeting_start:%H:%M}"
    column.text(f"{clean(card.meeting_title)} · {when}", min(8 * s, 9), color=MUTED, lines=2)
    column.gap(2 * s)
    column.text(card.label, min(24 * s, ROLE_LARGEST), bold=True, lines=2, shrink=0.6)
    if card.blank:
        _write_in(column, words.name, max(11 * s, SMALLEST), 6 * s)
    else:
        column.text(card.holder, min(15 * s, ROLE_LARGEST * 0.65), bold=True, lines=1, shrink=0.6)
    column.gap(3 * s)
    column.text(card.duty, 9 * s, lines=3)
    column.gap(4 * s)
    column.ops.append(Line(column.x, column.y, column.x + column.width, column.y))
    column.gap(4 * s)
    size = max(8 * s, SMALLEST)
    for n, step in enumerate(card.steps):
        top = column.y
        _paragraph(column, step, size, indent=size)
        bullet = FittedText(flow_lines("•", size, size), size)
        column.ops.append(Text(bullet, box.x, top, size, MUTED))
        column.gap(2 * s)
        if n == 0 and times:
            _times(column, s, times, columns, words)
            if left_out:
                #: Under the timekeeper's times, when the agenda is too long for the card.
                more = fill(translate("Role cards", "…and %1 more: see the agenda"), left_out)
                column.text(more, size, color=MUTED, lines=1)
            column.gap(3 * s)
        if n == 0 and card.keys:
            _keys(column, s, card.keys)
            column.gap(3 * s)
    if column.y < box.y and not force:
        return None
    return column.ops


def _paragraph(column: Column, text: str, size: float, indent: float) -> None:
    """`text` filled line after line, as a paragraph is, at `size`, `indent` in."""
    width = column.width - indent
    column.place(FittedText(_flowed(text, width, size), size), indent=indent)


def _flowed(text: str, width: float, size: float) -> tuple[SetLine, ...]:
    """`text` filled into lines `width` wide; narrower by a little where that takes a second
    word down to a last line that would hold one word alone."""
    lines = flow_lines(text, width, size)
    for narrower in (0.95, 0.9, 0.85):
        if len(lines) < 2 or " " in lines[-1].text.strip():
            break
        tried = flow_lines(text, width * narrower, size)
        if len(tried) == len(lines):
            lines = tried
    return lines


def _write_in(column: Column, label: str, size: float, below: float) -> None:
    """`label` and a line to write on, three quarters of the column wide."""
    height = size * LEADING + below
    baseline = column.y - height + 0.3 * size
    fitted = fit_text(label, column.width * 0.4, size, SMALLEST, max_lines=1)
    above = fitted.baselines()[0] if fitted.lines else 0.0
    column.ops.append(Text(fitted, column.x, baseline + above, column.width, MUTED))
    start = column.x + fitted.width + 4
    column.ops.append(Line(start, baseline - 1.5, column.x + column.width * 0.75, baseline - 1.5))
    column.gap(height)


def _one_line(text: str, width: float, size: float, *, bold: bool = False) -> FittedText:
    """`text` at `size` on one line, cut short with "…" if it is wider than `width`."""
    return fit_text(text, width, size, size, bold=bold, max_lines=1)


def _times(
    column: Column,
    s: float,
    times: Sequence[CallTime],
    columns: int,
    words: _Words,
) -> None:
    """The timekeeper's table: call time, planned end and item, a row an item, in one column
    or two side by side (filled down the first, then the second)."""
    size = max(8 * s, SMALLEST)  # as large as the steps: the card's reason to be
    head = max(6 * s, SMALLEST)
    width = (column.width - COLUMN_GAP * (columns - 1)) / columns
    # The time columns are as wide as the widest time in them ("Mon 00:10" past midnight).
    calls = [words.call, *(c.call for c in times)]
    ends = [words.ends, *(c.ends for c in times)]
    call_w = max(_one_line(t, width, size, bold=True).width for t in calls if t) + 6 * s
    ends_w = max(_one_line(t, width, size).width for t in ends) + 6 * s
    title_w = width - call_w - ends_w
    rows = -(-len(times) // columns)
    top, bottom = column.y, column.y
    for c in range(columns):
        x = column.x + c * (width + COLUMN_GAP)
        y = top
        for text, at, w in (
            (words.call, x, call_w),
            (words.ends, x + call_w, ends_w),
            (words.item, x + call_w + ends_w, title_w),
        ):
            column.ops.append(Text(_one_line(text, w, head, bold=True), at, y, w, MUTED))
        y -= head * LEADING + 1
        for row in times[c * rows : (c + 1) * rows]:
            call = _one_line(row.call or "—", call_w, size, bold=True)
            end = _one_line(row.ends, ends_w, size)
            title = _one_line(row.title, title_w, size)
            column.ops.append(Text(call, x, y, call_w, INK if row.call else MUTED))
            column.ops.append(Text(end, x + call_w, y, ends_w, MUTED))
            column.ops.append(Text(title, x + call_w + ends_w, y, title_w, INK))
            y -= max(call.height, title.height, size * LEADING)
        bottom = min(bottom, y)
    column.y = bottom


def _keys(column: Column, s: float, keys: Sequence[tuple[str, str]]) -> None:
    """The stack keeper's keys in two columns: the key in bold, what it adds beside it."""
    size = max(8 * s, SMALLEST)
    width = (column.width - size - COLUMN_GAP) / 2  # under the steps' text, past the bullet
    key_w = max(_one_line(k, width, size, bold=True).width for k, _ in keys) + 5 * s
    rows = -(-len(keys) // 2)
    top, bottom = column.y, column.y
    for c in range(2):
        x, w = column.x + size + c * (width + COLUMN_GAP), width
        y = top
        for key, name in keys[c * rows : (c + 1) * rows]:
            column.ops.append(Text(_one_line(key, key_w, size, bold=True), x, y, key_w, INK))
            fitted = fit_text(name, w - key_w, size, size * 0.95, max_lines=2, least=SMALLEST)
            column.ops.append(Text(fitted, x + key_w, y, w - key_w, INK))
            y -= max(fitted.height, size * LEADING)
        bottom = min(bottom, y)
    column.y = bottom
