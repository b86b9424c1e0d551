"""The agenda a facilitator hands out before a meeting, and the minutes sent round after it.

Both are Letter PDFs set in the bundled DejaVu Sans, so every attendee's name prints whatever
its script. Everything people typed (titles, names, notes, minutes, decisions, the questions of
temperature checks) is escaped before it reaches reportlab's Paragraph markup, or drawn letter
by letter where its script needs it (script_text.py); a PDF is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    TableStyle,
)

from meetingkit.core import report_wording as words
from meetingkit.core.agenda import AgendaItem, overflow_minutes, planned_total, schedule
from meetingkit.core.decision import Decision, TemperatureCheck
from meetingkit.core.durations import span, unbroken
from meetingkit.core.i18n import fill, format_date, full_date, long_date, translate
from meetingkit.core.meeting import Meeting, Role, RoleAssignment, format_duration
from meetingkit.core.meeting_report import AgendaTimes, ItemTime, ReportInputs, agenda_times
from meetingkit.core.wall_clock import after_minutes
from meetingkit.services.printing.document import (
    INK,
    MUTED,
    MUTED_HEX,
    RULE,
    SHADE,
    WIDTH,
    write_story,
)
from meetingkit.services.printing.fonts import FontNames, para_text, register_fonts
from meetingkit.services.printing.page_breaks import ENDS, PagedTable
from meetingkit.services.printing.script_text import drawn, titled, typed_body, typed_text
from meetingkit.services.printing.table import Table

WARN = colors.HexColor("#a3161a")
WARN_BG = colors.HexColor("#fbeaea")
DECIDED = colors.HexColor("#2f6b3a")
DECIDED_BG = colors.HexColor("#edf5ee")
ROLE_LABEL_WIDTH = 1.05 * inch  # English's longest role, "Vibes watcher", fits
ROLE_LABEL_WIDEST = 1.65 * inch  # longer labels wrap, leaving the names room


@dataclass(frozen=True)
class _Styles:
    """Paragraph styles, one per role on the page (all reportlab objects, hence Any)."""

    eyebrow: Any
    title: Any
    meta: Any
    heading: Any
    body: Any
    label: Any
    cell: Any
    cell_right: Any
    head: Any
    head_right: Any
    small: Any
    warn: Any
    decision: Any  # in the decision's box (`_decision_box`)
    decided: Any
    item_heading: Any


@functools.cache
def _styles() -> _Styles:
    fonts: FontNames = register_fonts()

    def style(name: str, size: float, **kw: Any) -> Any:
        kw.setdefault("fontName", fonts.regular)
        kw.setdefault("textColor", INK)
        kw.setdefault("bulletFontName", fonts.regular)
        return ParagraphStyle(name, fontSize=size, leading=kw.pop("leading", size * 1.35), **kw)

    # A shaded, ruled box around a paragraph that can still break across pages: the overrun
    # warning's. The decision's box (`_Boxed`) is drawn as this one is.
    box = {
        "borderWidth": 0.6,
        "borderPadding": 6,
        "leftIndent": 6,
        "rightIndent": 6,
        "spaceBefore": 9,
        "spaceAfter": 9,
    }

    return _Styles(
        eyebrow=style("eyebrow", 8.5, textColor=MUTED, fontName=fonts.bold, spaceAfter=2),
        title=style("title", 19, leading=23, fontName=fonts.bold, spaceAfter=4),
        meta=style("meta", 10, leading=14),
        heading=style(
            "heading", 11.5, fontName=fonts.bold, spaceBefore=12, spaceAfter=5, keepWithNext=1
        ),
        body=style("body", 9.5, leading=13),
        label=style("label", 8.5, leading=11.5, textColor=MUTED),
        cell=style("cell", 9.5, leading=12.5),
        cell_right=style("cell_right", 9.5, leading=12.5, alignment=TA_RIGHT),
        head=style("head", 8, textColor=MUTED, fontName=fonts.bold),
        head_right=style("head_right", 8, textColor=MUTED, fontName=fonts.bold, alignment=TA_RIGHT),
        small=style("small", 8.5, leading=11, textColor=MUTED),
        warn=style("warn", 9.5, textColor=WARN, backColor=WARN_BG, borderColor=WARN, **box),
        decision=style("decision", 9.5),
        decided=style("decided", 9.5, fontName=fonts.bold),
        item_heading=style("item_heading", 11, fontName=fonts.bold, spaceBefore=12, keepWithNext=1),
    )


# Public API


def render_agenda(
    out: Path, meeting: Meeting, roles: Sequence[RoleAssignment], items: Sequence[AgendaItem]
) -> None:
    """Write the agenda handout: when and where, who holds which role, and the timed items."""
    st = _styles()
    agenda = translate("Agenda PDF", "Agenda")
    story: list[Any] = [*_header(agenda, meeting, st), *_roles(roles, st)]
    over = overflow_minutes(items, meeting.planned_minutes)
    story.append(Paragraph(agenda, st.heading))
    if over:
        warning = translate(
            "Agenda PDF",
            "⚠ The items add up to %1 — %2 more than the planned time (%3). The meeting would "
            "end at %4, not %5: shorten items or agree to run late.",
        )
        story.append(
            Paragraph(
                fill(
                    warning,
                    format_duration(planned_total(items)),
                    format_duration(over),
                    format_duration(meeting.planned_minutes),
                    _clock(after_minutes(meeting.planned_end, over), meeting.date),
                    _clock(meeting.planned_end, meeting.date),
                ),
                st.warn,
            )
        )
    story.append(_agenda_table(meeting, items, st))
    write_story(out, fill(translate("Agenda PDF", "Agenda — %1"), meeting.title), story)


def render_minutes(
    out: Path,
    meeting: Meeting,
    roles: Sequence[RoleAssignment],
    items: Sequence[AgendaItem],
    actual_ms: Mapping[int, int],
    decisions: Mapping[int, Decision],
    checks: Mapping[int, Sequence[TemperatureCheck]],
    started_ms: int | None,
    ended_ms: int | None,
    left_open_ms: int | None = None,
) -> None:
    """Write the minutes: what was planned, what happened, what the room decided.

    The items are saved ones: `actual_ms`, `decisions` and `checks` are keyed by item id.
    `started_ms` and `ended_ms` are epoch milliseconds, None if the meeting never started/ended;
    `left_open_ms`, for one never ended and left open since, the last thing recorded.
    """
    st = _styles()
    # Planned against actual, counted and worded as the report does (core/meeting_report.py,
    # core/report_wording.py). Only the items and their totals are read here, not the
    # meeting's elapsed time.
    times = agenda_times(
        ReportInputs(
            meeting,
            items=items,
            actual_ms=actual_ms,
            started_ms=started_ms,
            ended_ms=ended_ms,
            left_open_ms=left_open_ms,
        )
    )
    story: list[Any] = [*_header(translate("Minutes PDF", "Minutes"), meeting, st)]
    story.append(Paragraph(_actual_line(meeting, started_ms, ended_ms, left_open_ms), st.meta))
    story += _roles(roles, st)
    story.append(Paragraph(translate("Minutes PDF", "Items"), st.heading))
    for item, item_time in zip(items, times.items, strict=True):
        story += _minutes_item(
            item,
            item_time,
            decisions.get(item.key),
            checks.get(item.key, ()),
            st,
            to_come=_not_started(times),
            running=times.running,
        )
    story.append(Paragraph(translate("Minutes PDF", "Planned and actual time"), st.heading))
    story.append(time_table(times, st))
    write_story(out, fill(translate("Minutes PDF", "Minutes — %1"), meeting.title), story)


# Shared parts


def _hm(moment: dt.datetime | dt.time) -> str:
    return f"{moment:%H:%M}"


def _clock(moment: dt.datetime, day: dt.date) -> str:
    """'20:58' on the meeting's day; 'Sun 04:58' on another, for an agenda that runs past
    midnight (a bare 04:58 would read as the morning before)."""
    if moment.date() == day:
        return _hm(moment)
    return f"{format_date(moment.date(), 'ddd')} {_hm(moment)}"


def _kind(title: str, kind: str) -> str:
    """An item's kind beside its title, or "" where the title says it already (a training's
    break is titled "Break": "Break Break" read as a mistake)."""
    return "" if " ".join(title.split()).casefold() == kind.casefold() else kind


def _grey(markup: str) -> str:
    """Secondary words set small and grey beside a bold title."""
    return f"<font size='8' color='{MUTED_HEX}'>{markup}</font>"


def _header(what: str, meeting: Meeting, st: _Styles) -> list[Any]:
    when = (
        f"{meeting.kind.label} · {full_date(meeting.date)} · "
        f"{_hm(meeting.start)}–{_clock(meeting.planned_end, meeting.date)} "
        f"({format_duration(meeting.planned_minutes)})"
    )
    flow = [
        Paragraph(what.upper(), st.eyebrow),
        typed_text(meeting.title, st.title),
        Paragraph(para_text(when), st.meta),
    ]
    if meeting.place:
        flow.append(typed_text(meeting.place, st.meta))
    return flow


def _roles(roles: Sequence[RoleAssignment], st: _Styles) -> list[Any]:
    """Assigned roles two to a row, in the usual order; unassigned roles are left out."""
    names: dict[Role, list[str]] = {}
    for a in roles:
        names.setdefault(a.role, []).append(a.person_name)
    labels = {role: role.label for role in Role if role in names}
    cells = [
        [Paragraph(label, st.label), typed_text(", ".join(names[role]), st.cell)]
        for role, label in labels.items()
    ]
    if not cells:
        return []
    if len(cells) % 2:
        cells.append(["", ""])
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    # Wide enough for the longest label on one line (some languages' are long), up to a limit;
    # the padding of the label cells (6 points, and 8 more on the right-hand pair) included.
    longest = max(
        stringWidth(label, st.label.fontName, st.label.fontSize) for label in labels.values()
    )
    label_width = min(ROLE_LABEL_WIDEST, max(ROLE_LABEL_WIDTH, longest + 14))
    widths = [label_width, WIDTH / 2 - label_width] * 2
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),  # labels line up with the headings
                ("LEFTPADDING", (2, 0), (2, -1), 8),
            ]
        )
    )
    return [Paragraph(translate("Agenda PDF", "Roles"), st.heading), table]


def _cells(texts: Sequence[str], styles: Sequence[Any]) -> list[Any]:
    """One table row: each text (already markup) in its column's style."""
    return [Paragraph(text, style) for text, style in zip(texts, styles, strict=True)]


def _grid(rows: list[list[Any]], widths: list[float], *, total_row: bool = False) -> Any:
    """A table in the house style: small grey header, thin rules, rows split across pages."""
    widths = _room_for_headings(rows[0], widths)
    table = PagedTable(
        rows,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        total_rows=int(total_row),
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    table.setStyle(TableStyle(commands))
    return table


_CELL_PADDING = 5


def _room_for_headings(headings: Sequence[Any], widths: list[float]) -> list[float]:
    """`widths`, with a narrow column widened where a word of its heading would not fit it (a
    number's column headed "SEGUIMIENTO" in Spanish), taking the room from the widest column.
    Headings fit as they are in English."""
    widths = list(widths)
    widest = widths.index(max(widths))
    for column, heading in enumerate(headings):
        if column == widest or not isinstance(heading, Paragraph):
            continue
        font, size = heading.style.fontName, heading.style.fontSize
        word = max(stringWidth(w, font, size) for w in heading.text.split() or [""])
        short = word + 2 * _CELL_PADDING + 1 - widths[column]
        if short > 0:
            widths[column] += short
            widths[widest] -= short
    return widths


# The agenda


def _agenda_table(meeting: Meeting, items: Sequence[AgendaItem], st: _Styles) -> Any:
    head = [st.head, st.head_right, st.head, st.head]
    words = [
        translate("Agenda PDF", "START"),
        translate("Agenda PDF", "MIN"),
        translate("Agenda PDF", "ITEM"),
        translate("Agenda PDF", "OWNER"),
    ]
    rows: list[list[Any]] = [_cells(words, head)]
    slots = schedule(items, meeting.starts_at)
    for slot in slots:
        item = slot.item
        kind = _kind(item.title, item.kind.label)
        what = titled(item.title, _grey(para_text(kind)) if kind else "", st.cell, bold=True)
        if item.notes.strip():
            what.append(typed_body(item.notes.strip(), st.small))
        rows.append(
            [
                Paragraph(_clock(slot.starts, meeting.date), st.cell),
                Paragraph(str(item.planned_minutes), st.cell_right),
                what,
                typed_text(item.owner_name, st.cell),
            ]
        )
    end_time = slots[-1].ends if slots else meeting.starts_at
    total = planned_total(items)
    length = format_duration(meeting.planned_minutes)
    spare = meeting.planned_minutes - total
    # The meeting's length stands apart, in brackets, where any duration reads right in any
    # language ("los 1 h 30 min previstos" did not).
    if spare > 0:
        fit = fill(
            translate("Agenda PDF", "items fill %1 of the planned time (%2); %3 spare"),
            format_duration(total),
            length,
            format_duration(spare),
        )
    elif spare == 0:
        fit = fill(translate("Agenda PDF", "items fill all the planned time (%1)"), length)
    else:
        fit = fill(
            translate("Agenda PDF", "items run %1 over the planned time (%2)"),
            format_duration(-spare),
            length,
        )
    end = "<b>" + translate("Agenda PDF", "End") + f"</b>&nbsp;&nbsp;{_grey(fit)}"
    end_row = [f"<b>{_clock(end_time, meeting.date)}</b>", f"<b>{total}</b>", end]
    rows.append([*_cells(end_row, [st.cell, st.cell_right, st.cell]), ""])
    # START holds "Sun 04:58" on two lines; MIN holds four digits.
    table = _grid(rows, [0.62 * inch, 0.56 * inch, WIDTH - 2.88 * inch, 1.7 * inch], total_row=True)
    table.setStyle(TableStyle([("SPAN", (2, -1), (3, -1))]))  # the end row has no owner
    return table


# The minutes


def _local_time(ms: int) -> dt.datetime:
    """Epoch milliseconds as the local wall-clock time the room saw."""
    return dt.datetime.fromtimestamp(ms / 1000)


def _actual_line(
    meeting: Meeting, started_ms: int | None, ended_ms: int | None, left_open_ms: int | None = None
) -> str:
    if started_ms is None:
        return translate("Minutes PDF", "Not started.")

    def at(ms: int) -> str:
        moment = _local_time(ms)
        return _hm(moment) if moment.date() == meeting.date else _day_and_time(moment)

    if ended_ms is None and left_open_ms is not None:
        return fill(
            translate("Minutes PDF", "Actual: started %1, left open after %2, never ended."),
            at(started_ms),
            at(left_open_ms),
        )
    if ended_ms is None:
        return fill(translate("Minutes PDF", "Actual: started %1, not ended."), at(started_ms))
    return fill(
        translate("Minutes PDF", "Actual: %1–%2 (%3)"),
        at(started_ms),
        at(ended_ms),
        span(ended_ms - started_ms),
    )


def _day_and_time(moment: dt.datetime) -> str:
    """'21 Nov 2026 19:40': a time on another day than the meeting's."""
    return f"{long_date(moment)} {_hm(moment)}"


def _minutes_item(
    item: AgendaItem,
    item_time: ItemTime,
    decision: Decision | None,
    checks: Sequence[TemperatureCheck],
    st: _Styles,
    *,
    to_come: bool = False,
    running: bool = False,
) -> list[Any]:
    """An item's heading, its times, its record, decision and temperature checks. An item
    `to_come` (of a meeting not started, `_not_started`) has only its planned time; one not
    reached in a meeting still `running` is "not reached yet"."""
    timing = [k for k in (_kind(item.title, item.kind.label),) if k]  # escaped together below
    if item.owner_name:
        timing.append(fill(translate("Minutes PDF", "owner %1"), item.owner_name))
    planned = format_duration(item.planned_minutes)
    timing.append(fill(translate("Minutes PDF", "planned %1"), planned))
    spent, difference = words.item_times(item_time, running=running)
    if item_time.reached:
        timing.append(fill(translate("Minutes PDF", "actual %1 (%2)"), spent, difference))
    elif not to_come:
        timing.append(spent)
    rule = HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=6, spaceAfter=0)
    rule.keepWithNext = True  # a page never ends on the rule that opens the next item
    flow: list[Any] = [
        rule,
        typed_text(f"{item_time.number}. {item.title}", st.item_heading),
        typed_text(" · ".join(timing), st.small),
    ]
    if item.minutes.strip():
        flow += [Spacer(1, 4), typed_body(item.minutes.strip(), st.body)]
    if decision is not None:
        flow.append(_decision_box(decision, st))
    if checks:
        flow.append(Spacer(1, 4))
    for check in checks:
        text = fill(translate("Minutes PDF", "Temperature check — %1"), check.summary())
        flow.append(typed_body(text, st.body, bullet="•"))
    return flow


_BOX_PADDING = 6


def _decision_box(decision: Decision, st: _Styles) -> Any:
    """What the room decided, in bold, the proposal under it and who moved and seconded it
    (if recorded), in a shaded box with a green rule round it: one paragraph, as it always
    was, or where any line is in a script that is drawn letter by letter (script_text.py),
    one flowable a line, each in its own script."""
    decided = fill(translate("Minutes PDF", "Decision: %1"), decision.summary())
    proposal = fill(translate("Minutes PDF", "Proposal: %1"), decision.proposal)
    lines = [proposal]
    if motion := decision.motion():
        lines.append(motion)
    if drawn(decided, bold=True) or any(drawn(line) for line in lines):
        return _Boxed(
            [typed_body(decided, st.decided), *(typed_body(line, st.decision) for line in lines)]
        )
    text = "<br/>".join(para_text(line) for line in lines)
    whole = Paragraph(f"<b>{para_text(decided)}</b><br/>{text}", st.decision)
    whole.allowWidows = 0  # as page_breaks.arrange has every paragraph of a story
    return _Boxed([whole])


class _Boxed(Flowable):  # type: ignore[misc]
    """`parts` one under the other in a shaded box with a thin green rule round it, drawn as
    a Paragraph's border and background are (the decision was one such paragraph, and in
    Latin letters still is): `_BOX_PADDING` from the text on every side, reaching that far
    past the top and the bottom of the room the text takes, 9 points from the text around it.
    It breaks across pages as its parts do, each part of it boxed; never after its first part
    alone (the decision without a line of its proposal)."""

    def __init__(self, parts: list[Any]) -> None:
        super().__init__()
        self.parts = parts
        self.spaceBefore = self.spaceAfter = 9
        self._heights: list[float] = []

    def __repr__(self) -> str:
        return f"_Boxed({self.parts!r})"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - 2 * _BOX_PADDING
        self._heights = [part.wrap(inner, avail_height)[1] for part in self.parts]
        self.width, self.height = avail_width, sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        inner = avail_width - 2 * _BOX_PADDING
        room = avail_height
        for n, part in enumerate(self.parts):
            height = part.wrap(inner, room)[1]
            if height <= room:
                room -= height
                continue
            pieces = part.split(inner, room)
            if len(pieces) < 2:  # none of this part fits here
                if n <= 1:  # so nothing would, or the decision alone
                    return []
                return [_Boxed(self.parts[:n]), _Boxed(self.parts[n:])]
            return [
                _Boxed([*self.parts[:n], pieces[0]]),
                _Boxed([*pieces[1:], *self.parts[n + 1 :]]),
            ]
        return [self]

    def lead_height(self) -> float:
        """How much of the box must share a page with the item's heading above it
        (page_breaks.py): two lines of the paragraph it is, where it has more than three (its
        least first part, as for any paragraph); else all of it."""
        first = self.parts[0]
        whole = len(self.parts) == 1 and isinstance(first, Paragraph)
        if whole and len(first.blPara.lines) > ENDS + 1:
            return float(ENDS * first.style.leading)
        return float(self.height)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(DECIDED_BG)
        canvas.setStrokeColor(DECIDED)
        canvas.setLineWidth(0.6)
        pad = _BOX_PADDING
        canvas.rect(0, -pad, self.width, self.height + 2 * pad, fill=1, stroke=1)
        canvas.restoreState()
        top = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            top -= height
            part.drawOn(canvas, pad, top)


def _not_started(times: AgendaTimes) -> bool:
    """Whether every item is still to come: it has a plan and no actual time yet, where "not
    reached" is for an item passed over in a meeting that ran, and "not reached yet" for one
    not reached in a meeting still running (core/report_wording.py)."""
    return times.started_ms is None


def time_table(times: AgendaTimes, st: _Styles, *, kinds: bool = False) -> Any:
    """Planned against actual time, item by item, and the totals: in the minutes, and with
    each item's kind in the report. An item still to come has no actual time yet: a dash."""
    styles = [st.cell, st.cell, st.cell_right, st.cell_right, st.cell_right]
    head = [st.head, st.head, st.head_right, st.head_right, st.head_right]
    heads = [
        "#",
        translate("Minutes PDF", "ITEM"),
        translate("Minutes PDF", "PLANNED"),
        translate("Minutes PDF", "ACTUAL"),
        translate("Minutes PDF", "OVER / UNDER"),
    ]
    rows: list[list[Any]] = [_cells(heads, head)]
    to_come = _not_started(times)
    # A duration is never broken across lines ("−2 h 43 min 33 s" left its "s" alone on
    # one): its spaces do not break, and its column is made as wide as its widest one.
    figures: list[str] = []
    for item in times.items:
        planned = unbroken(format_duration(item.planned_minutes))
        actual = ("—", "—") if to_come else words.item_times(item, running=times.running)
        if item.reached and not to_come:  # "not reached" may wrap; a duration may not
            actual = (unbroken(actual[0]), unbroken(actual[1]))
        figures += [planned, *actual]
        row = _cells([str(item.number), "", planned, *actual], styles)
        kind = _kind(item.title, item.kind.label) if kinds else ""
        kind = _grey(para_text(kind)) if kind else ""
        row[1] = titled(item.title, kind, st.cell)
        rows.append(row)
    # Over or under on the items reached: an item skipped or still to come is not time saved.
    totals = [translate("Minutes PDF", "Total"), *map(unbroken, words.agenda_totals(times))]
    rows.append(_cells(["", *(f"<b>{t}</b>" for t in totals)], styles))
    widths = [0.35 * inch, WIDTH - 3.9 * inch, 0.95 * inch, 1.3 * inch, 1.3 * inch]
    return _grid(rows, _room_for_figures(rows, widths, (2, 3, 4)), total_row=True)


def _room_for_figures(
    rows: Sequence[Sequence[Any]], widths: list[float], columns: Sequence[int]
) -> list[float]:
    """`widths`, with each of the figures' `columns` widened to hold its widest unbroken run
    of text (a duration whose spaces do not break), measured in bold as the total row shows
    it, the room taken from the widest column (the items')."""
    widths = list(widths)
    widest = widths.index(max(widths))
    bold = register_fonts().bold
    for column in columns:
        runs = [
            stringWidth(run, bold, row[column].style.fontSize)
            for row in rows[1:]
            for run in row[column].text.replace("<b>", "").replace("</b>", "").split(" ")
        ]
        short = max(runs, default=0.0) + 2 * _CELL_PADDING + 1 - widths[column]
        if short > 0:
            widths[column] += short
            widths[widest] -= short
    return widths
