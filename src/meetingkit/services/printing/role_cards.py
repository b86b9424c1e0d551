"""Role cards as PDF: a card for each person holding a role at a meeting, on the index cards the
commitment cards use (5 × 3 in, 3 to a Letter sheet, Avery 5388), to hand out as it starts.

Each card: the meeting and its day in small type at the top; the role's name large; the
holder's first name (or a line to write one on); the role's duty; then what to do, a line
each, and on the timekeeper's card a table of when to call time on each item (core.role_card
says what; this module says where). Every piece of text is fitted to its box (card_text.py)
and drawn as text, never read as markup, so a name typed as "<b>Dele</b>" prints as typed.
A card's type is as large as lets all of it fit. The timekeeper's times are read at a glance,
standing, in a dim room: never smaller than TIMES_LEAST. Where they do not fit under the card's
first line at that size (with the rest of the card no smaller than the other cards' smallest),
they go on a card of their own after it, or on a few, an agenda too long even for those ending in
a line saying how many items the agenda has more.

Cards, like badges, that name people are logged in the export log (storage.export_log): what,
when, the file's name, how many people, never who.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from meetingkit.core.card_layout import LAYOUTS, Rect
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate, weekday_date
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
COLUMN_GAP = 12.0  # between the two columns of the stack keeper's keys
# The timekeeper's times, in points: read standing, at a glance, in a dim room.
TIMES_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0)
TIMES_LEAST = TIMES_SIZES[-1]
WHOLE_LEAST = 12.0  # the times' type gets smaller, down to this, to print the items' names whole
# The timekeeper's card keeps its times under its first line only at this scale or larger (its
# steps in 8-point type or larger); else the times go on cards of their own.
WITH_TIMES_SCALE = 1.0
ROW_GAP = 0.12  # between the times' rows, per point of size: an item on two lines stays one
TIMES_CARDS = 3  # the most cards the times take on their own (a sheet); then "…and N more"
#: The timekeeper's first line when the times are on the next card(s), not under it.
TIMES_NEXT = QT_TRANSLATE_NOOP(
    "Role cards", "Call time 5 minutes before each item ends, at the times on the next card."
)
# What a named role card shows of a person (logged with it, storage.export_log): the first
# name, under the role (ui/export_log_table.py names the column; its "role" is a profession).
ROLE_CARD_COLUMNS = ("first_name",)

T = TypeVar("T")


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
    box = sheet.content_box(sheet.cells[0])  # cells differ only in where they are on the sheet
    drawings = [face for card in cards for face in faces(card, box, words)]
    for n, face in enumerate(drawings):
        slot = n % sheet.per_page
        if n and not slot:
            canvas.showPage()
        draw_ops(canvas, face(sheet.content_box(sheet.cells[slot])))
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


Face = Callable[[Rect], list[Op]]  # a card's drawing, in whichever card's box it goes in


def faces(card: RoleCard, box: Rect, words: _Words) -> list[Face]:
    """The cards `card` prints on, in the order they go on the sheet, each a drawing for a
    box as large as `box`: one card, in the largest type all of it fits in; for a timekeeper
    whose times do not fit under the first line in TIMES_LEAST type or larger (with the rest
    of the card at WITH_TIMES_SCALE or larger), the card without them, then the times on
    cards of their own."""
    if card.times:
        tries = (
            (size, (s, table), _card(card, box, s, table, words))
            for size in TIMES_SIZES
            for table in (_Table.set(card.times, box.width, size, words),)
            for s in SCALES
            if s >= WITH_TIMES_SCALE
        )
        chosen = _preferred(tries)
        if chosen is not None:
            return [partial(_drawn, card, *chosen, words)]
        told = (translate("Role cards", TIMES_NEXT), *card.steps[1:])
        alone = replace(card, steps=told)
        s = next((s for s in SCALES if _card(alone, box, s, None, words)), SCALES[-1])
        return [partial(_drawn, alone, s, None, words), *_times_faces(card, box, words)]
    s = next((s for s in SCALES if _card(card, box, s, None, words)), SCALES[-1])
    return [partial(_drawn, card, s, None, words)]


def _preferred(tries: Iterable[tuple[float, T, list[Op] | None]]) -> T | None:
    """Of layouts tried largest first (the times' type size, what to draw them by, the
    drawing or None where it does not fit), the first that fits with no text cut short, in
    WHOLE_LEAST type or larger; else the first that fits."""
    first: T | None = None
    for size, key, ops in tries:
        if ops is None:
            continue
        if size < WHOLE_LEAST:
            return key if first is None else first
        if not any(isinstance(op, Text) and op.fitted.cut for op in ops):
            return key
        first = key if first is None else first
    return first


def _drawn(card: RoleCard, s: float, table: _Table | None, words: _Words, box: Rect) -> list[Op]:
    return _card(card, box, s, table, words, force=True) or []


def _card(
    card: RoleCard,
    box: Rect,
    s: float,
    table: _Table | None,
    words: _Words,
    *,
    force: bool = False,
) -> list[Op] | None:
    """The card at scale `s`, with the timekeeper's `table` (if any) under its first line;
    None when it does not fit (`force`: drawn all the same)."""
    column = Column(box.x, box.top, box.width)
    _dated(column, card, s)
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
        if n == 0 and table is not None:
            table.draw(column, range(len(table.rows)))
            column.gap(3 * s)
        if n == 0 and card.keys:
            _keys(column, s, card.keys)
            column.gap(3 * s)
    if column.y < box.y and not force:
        return None
    return column.ops


def _dated(column: Column, card: RoleCard, s: float) -> None:
    """The meeting and its day and time, small, at the top of the card."""
    when = f"{weekday_date(card.meeting_date, year=True)} · {card.meeting_start:%H:%M}"
    column.text(f"{clean(card.meeting_title)} · {when}", min(8 * s, 9), color=MUTED, lines=2)


def _times_faces(card: RoleCard, box: Rect, words: _Words) -> list[Face]:
    """The timekeeper's times on cards of their own: as few cards as hold them all in
    TIMES_LEAST type, the rows shared out evenly where they can be, in the largest type that
    holds them. An agenda too long for TIMES_CARDS cards ends in a line saying how many items
    it has more. An item's name takes two lines where it is long, or one, cut short, where
    that lets the cards hold more of them."""
    count, lines = len(card.times), 2
    least = _Table.set(card.times, box.width, TIMES_LEAST, words, lines)
    parts = _flow(card, box, least, words)
    if len(parts) > TIMES_CARDS:
        lines = 1
        least = _Table.set(card.times, box.width, TIMES_LEAST, words, lines)
        parts = _flow(card, box, least, words)
    if len(parts) > TIMES_CARDS:
        parts = parts[:TIMES_CARDS]
        last, of = parts[-1], (TIMES_CARDS, TIMES_CARDS)
        end = last.stop
        while end > last.start + 1 and not _times_card(
            card, box, least, range(last.start, end), of, count - end, words
        ):
            end -= 1
        parts[-1] = range(last.start, end)
        left_out = [0] * (TIMES_CARDS - 1) + [count - end]  # said on the last card
        return [
            partial(_times_drawn, card, least, rows, (n, TIMES_CARDS), left, words)
            for n, (rows, left) in enumerate(zip(parts, left_out, strict=True), 1)
        ]
    cards = len(parts)
    share = -(-count // cards)
    even = [range(n, min(n + share, count)) for n in range(0, count, share)]
    tries = (
        (size, (table, split), _laid(card, box, table, split, cards, words))
        for size in TIMES_SIZES
        for table in (_Table.set(card.times, box.width, size, words, lines),)
        for split in (even, _flow(card, box, table, words))
    )
    table, split = _preferred(tries) or (least, parts)
    return [
        partial(_times_drawn, card, table, rows, (n, cards), 0, words)
        for n, rows in enumerate(split, 1)
    ]


def _flow(card: RoleCard, box: Rect, table: _Table, words: _Words) -> list[range]:
    """The table's rows card after card, each card holding as many as it has room for (one
    at least)."""
    parts: list[range] = []
    start, count = 0, len(table.rows)
    while start < count:
        end = start + 1
        while end < count and _times_card(
            card, box, table, range(start, end + 1), (9, 9), 0, words
        ):
            end += 1
        parts.append(range(start, end))
        start = end
    return parts


def _laid(
    card: RoleCard,
    box: Rect,
    table: _Table,
    split: Sequence[range],
    cards: int,
    words: _Words,
) -> list[Op] | None:
    """The drawings of the times cards, one after the other; None unless there are `cards`
    of them and each fits."""
    if len(split) != cards:
        return None
    ops: list[Op] = []
    for n, rows in enumerate(split, 1):
        drawn = _times_card(card, box, table, rows, (n, cards), 0, words)
        if drawn is None:
            return None
        ops += drawn
    return ops


def _times_drawn(
    card: RoleCard,
    table: _Table,
    rows: range,
    part: tuple[int, int],
    left_out: int,
    words: _Words,
    box: Rect,
) -> list[Op]:
    return _times_card(card, box, table, rows, part, left_out, words, force=True) or []


def _times_card(
    card: RoleCard,
    box: Rect,
    table: _Table,
    rows: range,
    part: tuple[int, int],
    left_out: int,
    words: _Words,
    *,
    force: bool = False,
) -> list[Op] | None:
    """A card of the timekeeper's times alone, part `part` (1 of 2…): the meeting, whose card
    it is, and the table's `rows`; None when they do not fit (`force`: drawn all the same)."""
    column = Column(box.x, box.top, box.width)
    _dated(column, card, 1.0)
    column.gap(2)
    whose = f"{card.label} · {card.holder}" if card.holder else card.label
    if part[1] > 1:
        whose = f"{whose} ({part[0]}/{part[1]})"
    column.text(whose, 14, bold=True, lines=1, shrink=0.7)
    column.gap(4)
    table.draw(column, rows)
    if left_out:
        #: Under the timekeeper's times, when the agenda is too long for the card.
        more = fill(translate("Role cards", "…and %1 more: see the agenda"), left_out)
        column.text(more, max(table.size * 0.8, 8), color=MUTED, lines=1)
    if column.y < box.y and not force:
        return None
    return column.ops


@dataclass(frozen=True)
class _Table:
    """The timekeeper's table set in one type size, `width` wide: call time, planned end and
    item, a row an item (the item's name on up to `lines` lines), under headings a little
    smaller.
    The time columns are as wide as the widest time in them ("Mon 00:10" past midnight), the
    same on every card the times take."""

    size: float
    heads: tuple[Text, ...]  # at x = 0, top = 0: moved to where the table goes
    head_height: float
    rows: tuple[tuple[Text, ...], ...]
    heights: tuple[float, ...]

    @classmethod
    def set(
        cls, times: Sequence[CallTime], width: float, size: float, words: _Words, lines: int = 2
    ) -> _Table:
        head = max(size * 0.7, SMALLEST)
        call_w = max(
            _one_line(words.call, width, head, bold=True).width,
            *(_one_line(c.call, width, size, bold=True).width for c in times),
        )
        ends_w = max(
            _one_line(words.ends, width, head, bold=True).width,
            *(_one_line(c.ends, width, size).width for c in times),
        )
        call_w, ends_w = call_w + 0.6 * size, ends_w + 0.6 * size
        title_w = width - call_w - ends_w
        columns = ((0.0, call_w), (call_w, ends_w), (call_w + ends_w, title_w))
        heads = tuple(
            Text(_one_line(text, w, head, bold=True), x, 0.0, w, MUTED)
            for text, (x, w) in zip((words.call, words.ends, words.item), columns, strict=True)
        )
        rows, heights = [], []
        for row in times:
            call = _one_line(row.call or "—", call_w, size, bold=True)
            end = _one_line(row.ends, ends_w, size)
            title = fit_text(row.title, title_w, size, size, max_lines=lines)
            rows.append(
                (
                    Text(call, 0.0, 0.0, call_w, INK if row.call else MUTED),
                    Text(end, call_w, 0.0, ends_w, MUTED),
                    Text(title, call_w + ends_w, 0.0, title_w, INK),
                )
            )
            heights.append(max(call.height, title.height, size * LEADING) + ROW_GAP * size)
        return cls(size, heads, head * LEADING + 1, tuple(rows), tuple(heights))

    def draw(self, column: Column, rows: range) -> None:
        """The headings and `rows` (of all the table's), next in `column`."""
        x, y = column.x, column.y
        column.ops += [replace(t, x=x + t.x, top=y) for t in self.heads]
        y -= self.head_height
        for n in rows:
            column.ops += [replace(t, x=x + t.x, top=y) for t in self.rows[n]]
            y -= self.heights[n]
        column.y = y


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
