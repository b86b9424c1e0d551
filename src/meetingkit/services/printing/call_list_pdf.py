"""The call list: every open follow-up, overdue first, with a column to write the outcome in.

Landscape Letter, so name, contact, commitment and a writing column fit side by side. People's
names, contacts and commitments are escaped before they reach reportlab's markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import LETTER, landscape  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from meetingkit.core.commitment import FollowUp
from meetingkit.services.printing.document import MARGIN, MUTED, write_story
from meetingkit.services.printing.fonts import para_text, register_fonts

RULE = colors.HexColor("#c9c9c9")
OVERDUE = colors.HexColor("#a3161a")
# Person, contact, commitment, from, due, status/organizer, outcome (written by hand)
_COLUMNS = (1.45, 1.35, 2.2, 1.2, 0.85, 1.0, 1.45)


def render_call_list(
    out: Path, rows: Sequence[FollowUp], now: dt.datetime, organizer: str = ""
) -> None:
    fonts = register_fonts()

    def style(name: str, size: float, **kw: Any) -> Any:
        kw.setdefault("fontName", fonts.regular)
        return ParagraphStyle(name, fontSize=size, leading=size * 1.3, **kw)

    title = style("title", 17, fontName=fonts.bold, spaceAfter=4)
    meta = style("meta", 9.5, textColor=MUTED, spaceAfter=10)
    head = style("head", 8, fontName=fonts.bold, textColor=MUTED)
    cell = style("cell", 9)
    late = style("late", 9, textColor=OVERDUE, fontName=fonts.bold)

    overdue = sum(1 for r in rows if r.commitment.overdue(now))
    who = f" for {organizer}" if organizer else ""
    summary = (
        f"{len(rows)} follow-up{'s' if len(rows) != 1 else ''}{who}, {overdue} overdue · "
        f"printed {now:%a %d %b %Y %H:%M}. Keep this list private: it names people who "
        "are organizing at work. Shred it when the calls are done."
    )
    story: list[Any] = [
        Paragraph("Call list", title),
        Paragraph(para_text(summary), meta),
    ]
    header = ["Person", "Contact", "Committed to", "From", "Due", "Status", "Outcome"]
    data: list[list[Any]] = [[Paragraph(h, head) for h in header]]
    for r in rows:
        c = r.commitment
        due_style = late if c.overdue(now) else cell
        status = c.status.label + (
            f"<br/>{para_text(r.organizer_name)}" if r.organizer_name else ""
        )
        contact = "<br/>".join(para_text(x) for x in (r.phone, r.email) if x) or "—"
        data.append(
            [
                Paragraph(para_text(r.person_name), cell),
                Paragraph(contact, cell),
                Paragraph(para_text(c.text), cell),
                Paragraph(para_text(f"{r.meeting_title}, {r.meeting_date:%d %b}"), cell),
                Paragraph(f"{c.follow_up_due:%a %d %b}<br/>{c.follow_up_due:%H:%M}", due_style),
                Paragraph(status, cell),
                "",
            ]
        )
    if not rows:
        data.append(
            [Paragraph("Nothing to follow up: every commitment is closed.", cell)] + [""] * 6
        )
    table = Table(data, colWidths=[w * inch for w in _COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),  # room to write under each call
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    page = landscape(LETTER)
    assert sum(_COLUMNS) * inch <= page[0] - 2 * MARGIN + 0.01
    write_story(out, "Call list", story, pagesize=page)
