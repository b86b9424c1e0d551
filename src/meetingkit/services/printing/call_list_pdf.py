"""The call list: every open follow-up, a person to a row with all their commitments, the
freshest first, with a column to write the outcome in.

Landscape Letter, so name, contact, commitment and a writing column fit side by side. People's
names, contacts and commitments are escaped before they reach reportlab's markup. Words break
only between them or after a hyphen; an email address gets the room it needs, within reason,
then a smaller size, and breaks only before its "@".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import LETTER, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, TableStyle  # type: ignore[import-untyped]

from meetingkit.core.commitment import FollowUp
from meetingkit.core.durations import unbroken
from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import fill, long_date, meeting_day, translate, weekday_date
from meetingkit.core.people_to_call import people_to_call
from meetingkit.services.follow_ups import NOTHING_TO_CALL
from meetingkit.services.printing.document import MARGIN, MUTED, write_story
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.page_breaks import PagedTable
from meetingkit.services.printing.script_text import typed_body, typed_text
from meetingkit.services.printing.table import Table

RULE = colors.HexColor("#c9c9c9")
OVERDUE = colors.HexColor("#a3161a")
# Person, contact, commitment, from, due, status/organizer, outcome (written by hand)
_COLUMNS = (1.45, 1.35, 2.2, 1.35, 1.0, 1.0, 1.15)
_CONTACT, _COMMITMENT, _OUTCOME = 1, 2, 6
_CONTACT_MOST = 2.0  # inches: a wider contact column takes too much from the others
_PADDING = 3  # points, each side of a cell
_SMALLEST = 7.5  # points: an address shrinks no further to fit its column


def render_call_list(
    out: Path,
    rows: Sequence[FollowUp],
    now: dt.datetime,
    organizer: str = "",
    *,
    since: dt.date | None = None,
) -> int:
    """Write the call list of `rows`: a person to a row, with their commitments side by side,
    the people with the freshest follow-ups first. Returns how many people it lists. With
    none to call, nothing is written: it is an error that says so, as for badges with nobody
    signed in (cards.py)."""
    if not rows:
        raise ValidationError(translate("Call list PDF", NOTHING_TO_CALL))
    fonts = register_fonts()

    def style(name: str, size: float, **kw: Any) -> Any:
        kw.setdefault("fontName", fonts.regular)
        kw.setdefault("bulletFontName", fonts.regular)  # reportlab's default is Helvetica
        # A word breaks after its hyphen ("Cross-/professional"), never inside it.
        return ParagraphStyle(name, fontSize=size, leading=size * 1.3, embeddedHyphenation=1, **kw)

    title = style("title", 17, fontName=fonts.bold, spaceAfter=4)
    meta = style("meta", 9.5, textColor=MUTED, spaceAfter=10)
    head = style("head", 8, fontName=fonts.bold, textColor=MUTED)
    cell = style("cell", 9)
    late = style("late", 9, textColor=OVERDUE, fontName=fonts.bold)
    item = style("item", 9, leftIndent=8, bulletIndent=0)  # one of a person's commitments

    people = people_to_call(rows)
    story: list[Any] = [
        Paragraph(translate("Call list PDF", "Call list"), title),
        Paragraph(para_text(_summary(rows, len(people), now, organizer, since)), meta),
    ]
    header = [
        translate("Call list PDF", "Person"),
        translate("Call list PDF", "Contact"),
        translate("Call list PDF", "Committed to"),
        translate("Call list PDF", "From"),
        translate("Call list PDF", "Due"),
        translate("Call list PDF", "Status"),
        translate("Call list PDF", "Outcome"),
    ]
    data: list[list[Any]] = [[Paragraph(h, head) for h in header]]
    widths = _widths([r.email for r in rows], cell)
    contact_room = widths[_CONTACT] - 2 * _PADDING
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    today = now.date()
    for person in people:
        contact_lines = [para_text(person.phone)] if person.phone else []
        if person.email:
            contact_lines.append(_address(person.email, cell, contact_room))
        if person.contact_refused:
            contact_lines = [para_text(person.contact())]
        contact = "<br/>".join(contact_lines) or "—"
        commitments = []
        several = len(person.follow_ups) > 1  # then each is bulleted, to tell them apart
        # What one card gave (one meeting, due, status and organizer) shares its line: the
        # commitments one under the other, where it came from and how it stands once.
        for _, same in groupby(person.follow_ups, key=_card):
            card = list(same)
            r, c = card[0], card[0].commitment
            due_style = late if c.overdue(now) else cell
            status = [Paragraph(c.status.label, cell)]
            if r.organizer_name:
                status.append(typed_text(r.organizer_name, cell))
            met, due = r.meeting_date, c.follow_up_due.date()  # the year when not this one's
            held = unbroken(meeting_day(met, today))
            # The day whole on a line (its year, if shown, may go to the next), the time under
            due_day = unbroken(weekday_date(due))
            if due.year != today.year:
                due_day = f"{due_day} {due.year}"
            commitments.append(
                [
                    [
                        typed_body(one.commitment.text, item, bullet="•")
                        if several
                        else typed_body(one.commitment.text, cell)
                        for one in card
                    ],
                    typed_text(f"{r.meeting_title}, {held}", cell),
                    Paragraph(f"{due_day}<br/>{c.follow_up_due:%H:%M}", due_style),
                    status,
                ]
            )
        row = len(data)
        spans.append(("SPAN", (_COMMITMENT, row), (_OUTCOME - 1, row)))
        data.append(
            [
                typed_text(person.person_name, cell),
                Paragraph(contact, cell),
                _commitments_table(commitments, widths[_COMMITMENT:_OUTCOME]),
                "",
                "",
                "",
                "",
            ]
        )
    table = PagedTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),  # room to write under each call
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                # The commitments' own table pads its cells, lined up with the header's.
                ("LEFTPADDING", (_COMMITMENT, 1), (_OUTCOME - 1, -1), 0),
                ("RIGHTPADDING", (_COMMITMENT, 1), (_OUTCOME - 1, -1), 0),
                *spans,
            ]
        )
    )
    story.append(table)
    page = landscape(LETTER)
    assert sum(_COLUMNS) * inch <= page[0] - 2 * MARGIN + 0.01
    write_story(out, translate("Call list PDF", "Call list"), story, pagesize=page)
    return len(people)


def _card(row: FollowUp) -> tuple[int, dt.datetime, str, str]:
    c = row.commitment
    return (c.meeting_id, c.follow_up_due, c.status.value, row.organizer_name)


def _commitments_table(commitments: list[list[Any]], widths: Sequence[float]) -> Any:
    """A person's commitments, one under the other, in the call list's Committed to, From,
    Due and Status columns: a line of their own each, lined up with the header."""
    inner = Table(commitments, colWidths=list(widths))
    inner.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 5),  # a little air between commitments
            ]
        )
    )
    return inner


def _widths(emails: Sequence[str], style: Any) -> list[float]:
    """The columns' widths in points: the contact column as wide as the longest address needs
    (up to _CONTACT_MOST), the room taken from the commitment and outcome columns."""
    widths = [w * inch for w in _COLUMNS]
    longest = max((_width(e, style.fontName, style.fontSize) for e in emails), default=0.0)
    wanted = min(longest + 2 * _PADDING + 1, _CONTACT_MOST * inch)
    extra = max(0.0, wanted - widths[_CONTACT])
    widths[_CONTACT] += extra
    widths[_COMMITMENT] -= extra * 0.6
    widths[_OUTCOME] -= extra * 0.4
    return widths


def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _address(email: str, style: Any, room: float) -> str:
    """An email address as markup that fits `room`: as it is, else smaller, else broken
    before its "@" and, if it must, after a dot or a hyphen (never inside a name)."""
    size, room = style.fontSize, room - 1  # a point spare for rounding
    if _width(email, style.fontName, size) <= room:
        return para_text(email)
    fits = size * room / _width(email, style.fontName, size)
    smaller = max(_SMALLEST, math.floor(fits * 4) / 4)  # in quarter points
    lines = [email]
    if smaller > fits:
        pieces = [p for p in re.findall(r"@?[^@.-]*[.-]?", email) if p]  # "@example.", "org"
        lines = [""]
        for piece in pieces:
            wider = _width(lines[-1] + piece, style.fontName, smaller) > room
            if lines[-1] and (wider or piece.startswith("@")):
                lines.append("")
            lines[-1] += piece
    markup = "<br/>".join(para_text(line) for line in lines)
    return f"<font size='{smaller}'>{markup}</font>"


def _summary(
    rows: Sequence[FollowUp],
    people: int,
    now: dt.datetime,
    organizer: str,
    since: dt.date | None,
) -> str:
    """'12 people (18 follow-ups) for Ana, 3 overdue · printed Sat 21 Nov 2026 20:15. Keep
    this list private: …' (a count of one takes its own words)."""
    count = len(rows)
    if count == 1:
        calls = translate("Call list PDF", "1 follow-up")
    else:
        calls = fill(translate("Call list PDF", "%1 follow-ups"), count)
    if people == 1:
        whom = translate("Call list PDF", "1 person")
    else:
        whom = fill(translate("Call list PDF", "%1 people"), people)
    late = sum(1 for r in rows if r.commitment.overdue(now))
    if late == 1:
        overdue = translate("Call list PDF", "1 overdue")
    else:
        overdue = fill(translate("Call list PDF", "%1 overdue"), late)
    printed = f"{weekday_date(now, year=True)} {now:%H:%M}"
    if organizer:
        line = translate("Call list PDF", "%1 (%2) for %3, %4 · printed %5.")
        line = fill(line, whom, calls, organizer, overdue, printed)
    else:
        line = translate("Call list PDF", "%1 (%2), %3 · printed %4.")
        line = fill(line, whom, calls, overdue, printed)
    if since is not None:
        made = translate("Call list PDF", "Only commitments made at meetings since %1.")
        line = f"{line} {fill(made, long_date(since))}"
    private = translate(
        "Call list PDF",
        "Keep this list private: it names people who are organizing at work. Shred it when "
        "the calls are done.",
    )
    return f"{line} {private}"
