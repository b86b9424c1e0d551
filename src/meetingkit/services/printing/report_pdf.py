"""The meeting report as a Letter PDF: attendance, planned vs actual time, decisions, airtime
by profession and by the groups people gave for themselves as charts, the stack's rule and
changes by hand, and commitments.

The shared report carries no per-person airtime, no names of who committed to what and no
lines of the floor's log that name people (the `MeetingReport` it is given holds none). The
facilitator's copy adds them and says so on every page, at the top and in the footer. A
purged meeting's report says at the top when its names went and that only counts are left.
Names and professions go through `typed_text`, which draws them in whatever script they are
in; everything else people typed is escaped before it reaches Paragraph markup. The sentences
are the Report tab's own (core/report_wording.py, core/given_groups_wording.py); the house
style (header, table grid, paragraph styles) and the planned-vs-actual table (`time_table`)
are the minutes' (agenda_pdf.py).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import LETTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Paragraph,
    Spacer,
    TableStyle,
)

from meetingkit.core import given_groups_wording as given_words
from meetingkit.core import report_wording as words
from meetingkit.core.airtime_equity import AirtimeEquity
from meetingkit.core.durations import span, wall_time
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting_report import (
    AgendaTimes,
    Attendance,
    CheckLine,
    DecisionLine,
    MeetingReport,
    Tally,
)
from meetingkit.core.report_wording import FACILITATOR_COPY, percent
from meetingkit.services.printing.agenda_pdf import (
    WARN,
    _actual_line,
    _cells,
    _grid,
    _header,
    _Styles,
    _styles,
    time_table,
)
from meetingkit.services.printing.airtime_chart import AirtimeChart
from meetingkit.services.printing.document import (
    MARGIN,
    MUTED,
    SHADE,
    WIDTH,
    write_story,
)
from meetingkit.services.printing.fonts import para_text, register_fonts
from meetingkit.services.printing.script_text import drawn, titled, typed_body, typed_text
from meetingkit.services.printing.table import Table

SIDE_BY_SIDE = 6  # more professions than this are listed in two columns
_NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def render_report_pdf(out: Path, report: MeetingReport) -> None:
    """Write `report` to `out`, whole or not at all."""
    st = _styles()
    meeting, agenda = report.meeting, report.agenda
    if report.facilitator_copy:
        what = translate("Report PDF", "Meeting report · facilitator copy")
    else:
        what = translate("Report PDF", "Meeting report")
    story: list[Any] = [
        *_header(what, meeting, st),
        Paragraph(
            _actual_line(meeting, agenda.started_ms, agenda.ended_ms, agenda.left_open_ms), st.meta
        ),
    ]
    copy = translate("Report", FACILITATOR_COPY)
    if report.facilitator_copy:
        warning = para_text(translate("Report", words.FACILITATOR_WARNING))
        story.append(Paragraph(f"<b>{para_text(copy)}.</b> {warning}", st.warn))
    if report.purged is not None:
        story.append(Paragraph(f"<b>{para_text(words.purged_note(report))}</b>", st.warn))
    story += [Spacer(1, 8), _headline(report)]
    story += _attendance(report.attendance, st)
    story += _agenda(agenda, st)
    story += _decisions(report.decisions, report.checks, st)
    story += _airtime(report, st)
    story += _given_groups(report, st)
    story += _stack(report, st)
    story += _commitments(report, st)
    title = fill(translate("Report PDF", "Meeting report — %1"), meeting.title)
    if report.facilitator_copy:
        _write_marked(out, f"{title} ({copy})", copy, story)
    else:
        write_story(out, title, story)


# Headline numbers


@functools.cache
def _big() -> tuple[Any, Any]:
    fonts = register_fonts()
    number = ParagraphStyle(
        "big", fontName=fonts.bold, fontSize=15, leading=18, alignment=TA_CENTER
    )
    label = ParagraphStyle(
        "big_label",
        fontName=fonts.regular,
        fontSize=8,
        leading=10,
        textColor=MUTED,
        alignment=TA_CENTER,
    )
    return number, label


def _headline(report: MeetingReport) -> Any:
    widths = [1.25 * inch, 1.25 * inch, WIDTH - 5.0 * inch, 1.25 * inch, 1.25 * inch]
    return headline_table(words.headline(report), widths)


def headline_table(cells: Sequence[tuple[str, str]], widths: Sequence[float]) -> Any:
    """The shaded row of big figures that opens a report: (number, what it counts) each."""
    number, label = _big()
    row = [[Paragraph(para_text(n), number), Paragraph(para_text(t), label)] for n, t in cells]
    table = Table([row], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
            ]
        )
    )
    return table


# Sections


def _small(text: str, st: _Styles) -> Any:
    return Paragraph(para_text(text), st.small)


def _compact(table: Any) -> Any:
    """Tighter rows for tables that list many people or groups."""
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    )
    return table


def _attendance(a: Attendance, st: _Styles) -> list[Any]:
    flow: list[Any] = [Paragraph(translate("Report PDF", "Attendance"), st.heading)]
    if not a.total:
        return [*flow, _small(translate("Report", words.NO_ATTENDANCE), st)]
    flow += [Paragraph(para_text(words.attendance_line(a)), st.body), Spacer(1, 4)]
    tallies = a.by_profession
    # The shared copy combines small professions, as its chart does: it says so under them.
    note = [Spacer(1, 2), _small(words.attendance_note(a), st)] if a.combined_below else []
    if len(tallies) <= SIDE_BY_SIDE:
        return [*flow, _profession_table(tallies, WIDTH, st), *note]
    half = (len(tallies) + 1) // 2  # down the left column, then the right
    column = (WIDTH - 0.3 * inch) / 2
    left, right = tallies[:half], tallies[half:]
    pair = Table(
        [[_profession_table(left, column, st), "", _profession_table(right, column, st)]],
        colWidths=[column, 0.3 * inch, column],
        hAlign="LEFT",
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_NO_PADDING]))
    return [*flow, pair, *note]


def _profession_table(tallies: Sequence[Tally], width: float, st: _Styles) -> Any:
    head = [st.head, st.head_right, st.head_right]
    heads = [
        translate("Report PDF", "PROFESSION"),
        translate("Report PDF", "PEOPLE"),
        translate("Report PDF", "SHARE"),
    ]
    rows: list[list[Any]] = [_cells(heads, head)]
    for tally in tallies:
        rows.append(
            [
                typed_text(tally.label, st.cell),
                Paragraph(str(tally.count), st.cell_right),
                Paragraph(percent(tally.share), st.cell_right),
            ]
        )
    return _compact(_grid(rows, [width - 1.3 * inch, 0.7 * inch, 0.6 * inch]))


def _agenda(agenda: AgendaTimes, st: _Styles) -> list[Any]:
    heading = translate("Report PDF", "Agenda: planned and actual time")
    flow: list[Any] = [Paragraph(heading, st.heading)]
    if not agenda.items:
        return [*flow, _small(translate("Report", words.NO_AGENDA), st)]
    if agenda.started_ms is None:
        flow.append(_small(translate("Report", words.NOT_RUN), st))
    flow.append(time_table(agenda, st, kinds=True))
    note = words.agenda_note(agenda)
    if note:
        flow += [Spacer(1, 4), _small(note, st)]
    return flow


def _decisions(
    decisions: Sequence[DecisionLine], checks: Sequence[CheckLine], st: _Styles
) -> list[Any]:
    flow: list[Any] = [Paragraph(translate("Report PDF", "Decisions"), st.heading)]
    if not decisions:
        flow.append(_small(translate("Report", words.NO_DECISIONS), st))
    else:
        heads = [
            translate("Report PDF", "PROPOSAL"),
            translate("Report PDF", "HOW"),
            translate("Report PDF", "OUTCOME"),
        ]
        rows: list[list[Any]] = [_cells(heads, [st.head] * 3)]
        for d in decisions:
            proposal: list[Any] = [typed_body(d.proposal, st.cell)]
            if d.item_title:
                proposal[:0] = titled(d.item_title, "", st.cell, bold=True)
            if d.motion:  # "Moved by Ana Lima, seconded by Carmen Ruiz"
                proposal.append(typed_text(d.motion, st.small, max_lines=4))
            outcome: list[Any] = [Paragraph(f"<b>{para_text(d.outcome)}</b>", st.cell)]
            if d.counts:
                outcome.append(Paragraph(para_text(d.counts), st.small))
            for label, names in (
                (translate("Report PDF", "Stand-asides: %1"), d.stand_asides),
                (translate("Report PDF", "Blocks: %1"), d.blocks),
            ):
                if names:  # as recorded: by name only where people were willing
                    outcome.append(typed_text(fill(label, names), st.small, max_lines=4))
            rows.append([proposal, Paragraph(para_text(d.method), st.cell), outcome])
        flow.append(_grid(rows, [WIDTH - 3.6 * inch, 1.5 * inch, 2.1 * inch]))
    if checks:
        flow.append(Paragraph(translate("Report PDF", "Temperature checks"), st.item_heading))
        for c in checks:
            flow.append(_check_line(c, st))
    return flow


def _check_line(check: CheckLine, st: _Styles) -> Any:
    """A temperature check, bulleted: "Vigil — Twinkles on “Now?”: up: 3 · …", the item's title
    in bold; drawn letter by letter, all in one weight, where the title or the question must
    be (script_text.py)."""
    if drawn(check.item_title, bold=True) or drawn(check.summary):
        text = f"{check.item_title} — {check.summary}" if check.item_title else check.summary
        return typed_body(text, st.body, bullet="•")
    where = f"<b>{para_text(check.item_title)}</b> — " if check.item_title else ""
    return Paragraph(where + para_text(check.summary), st.body, bulletText="•")


def _airtime(report: MeetingReport, st: _Styles) -> list[Any]:
    a = report.airtime
    flow: list[Any] = [Paragraph(translate("Report PDF", "Airtime by profession"), st.heading)]
    if not a.total_ms:
        return [*flow, _small(translate("Report", words.NO_AIRTIME), st)]
    chart = (
        AirtimeChart(a.groups)
        if a.groups
        else _small(translate("Report", words.ALL_GROUPS_SMALL), st)
    )
    # The sentence and the chart's start go with the heading; a long chart goes on over the
    # page rather than leave this one blank (page_breaks.py).
    lead = Paragraph(para_text(words.airtime_line(a)), st.body)
    flow += [lead, Spacer(1, 6), chart, Spacer(1, 6)]
    # Group names are typed data, in any script: drawn, not marked up.
    flow += [typed_text(note, st.body, max_lines=4) for note in words.airtime_notes(a)]
    rule = words.group_rule(a, facilitator_copy=report.facilitator_copy, purged=report.purged)
    flow += [Spacer(1, 2), _small(rule, st)]
    if a.people:
        flow += _per_person(a, st)
    return flow


def _given_groups(report: MeetingReport, st: _Styles) -> list[Any]:
    """Airtime by the groups people gave for themselves, charted as the professions are; the
    groups overlap, and the lines under the chart say so. Nothing when nobody gave one."""
    if not given_words.shown(report):
        return []
    g = report.given_groups
    heading = Paragraph(para_text(translate("Report", given_words.HEADING)), st.heading)
    lead = Paragraph(para_text(given_words.lead_line(g)), st.body)
    if not g.total_ms:
        return [heading, _small(given_words.lead_line(g), st)]
    flow: list[Any] = [heading, lead, Spacer(1, 6)]
    if g.groups:
        flow += [AirtimeChart(g.groups), Spacer(1, 6)]
    # Group names are typed data, in any script: drawn, not marked up.
    flow += [typed_text(note, st.body, max_lines=4) for note in given_words.notes(g)]
    rule = given_words.group_rule(g, facilitator_copy=report.facilitator_copy, purged=report.purged)
    return [*flow, Spacer(1, 2), _small(rule, st)]


def _per_person(a: AirtimeEquity, st: _Styles) -> list[Any]:
    head = [st.head, st.head, st.head_right, st.head_right, st.head_right]
    heads = [
        translate("Report PDF", "PERSON"),
        translate("Report PDF", "PROFESSION"),
        translate("Report PDF", "TURNS"),
        translate("Report PDF", "TIME"),
        translate("Report PDF", "SHARE"),
    ]
    rows: list[list[Any]] = [_cells(heads, head)]
    for p in a.people:
        rows.append(
            [
                typed_text(p.name, st.cell),
                typed_text(p.profession or "—", st.small),
                Paragraph(str(p.turns), st.cell_right),
                Paragraph(span(p.airtime_ms) if p.airtime_ms else "—", st.cell_right),
                Paragraph(percent(p.share), st.cell_right),
            ]
        )
    widths = [2.2 * inch, WIDTH - 4.7 * inch, 0.7 * inch, 1.1 * inch, 0.7 * inch]
    return [
        Paragraph(translate("Report PDF", "Airtime per person (facilitator copy)"), st.heading),
        _compact(_grid(rows, widths)),
    ]


def _stack(report: MeetingReport, st: _Styles) -> list[Any]:
    """The rule of the stack and the changes made by hand: counted in the shared copy, listed
    line by line, with their times, in the facilitator's."""
    s = report.stack
    heading = translate("Report PDF", "The stack: its rule and changes by hand")
    changes = para_text(words.stack_line(s, report.purged))
    flow: list[Any] = [Paragraph(heading, st.heading), Paragraph(changes, st.body)]
    if s.lines:
        heads = [translate("Report PDF", "TIME"), translate("Report PDF", "LOGGED")]
        rows: list[list[Any]] = [_cells(heads, [st.head, st.head])]
        for line in s.lines:
            # A line holds names or group names: people's own text, in any script.
            rows.append([Paragraph(wall_time(line.at_ms), st.cell), typed_text(line.text, st.cell)])
        flow += [Spacer(1, 4), _compact(_grid(rows, [0.8 * inch, WIDTH - 0.8 * inch]))]
    return flow


def _commitments(report: MeetingReport, st: _Styles) -> list[Any]:
    c = report.commitments
    flow: list[Any] = [Paragraph(translate("Report PDF", "Commitments"), st.heading)]
    line = words.commitments_line(c, report.purged)
    if not c.commitments and not c.options:
        return [*flow, _small(line, st)]
    flow.append(Paragraph(para_text(line), st.body))
    if c.options:
        heads = [translate("Report PDF", "ON THE CARDS"), translate("Report PDF", "PEOPLE")]
        rows: list[list[Any]] = [_cells(heads, [st.head, st.head_right])]
        for o in c.options:
            rows.append([typed_body(o.text, st.cell), Paragraph(str(o.people), st.cell_right)])
        flow += [Spacer(1, 4), _compact(_grid(rows, [WIDTH - 1.0 * inch, 1.0 * inch]))]
    flow.append(Spacer(1, 4))
    facts = words.commitment_facts(c, report.purged)
    flow += [Paragraph(para_text(fact), st.body) for fact in facts]
    if c.by_person:
        heads = [
            translate("Report PDF", "PERSON"),
            translate("Report PDF", "COMMITTED TO"),
            translate("Report PDF", "FOLLOW-UP"),
        ]
        rows = [_cells(heads, [st.head] * 3)]
        spans: list[tuple[Any, ...]] = []
        for person in c.by_person:
            # One row per commitment, its status beside it however many lines it wraps to;
            # the name's cell spans the person's rows, which keeps them on one page (unless
            # they are longer than a page: reportlab then splits within a row, as before).
            first = len(rows)
            for i, (text, status) in enumerate(person.commitments):
                name = typed_text(person.name, st.cell) if i == 0 else ""
                rows.append([name, typed_body(text, st.cell), Paragraph(status.label, st.cell)])
            if len(rows) - first > 1:
                spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
        heading = translate("Report PDF", "Who committed to what (facilitator copy)")
        table = _compact(_grid(rows, [2.0 * inch, WIDTH - 3.0 * inch, 1.0 * inch]))
        table.setStyle(TableStyle(spans))
        flow += [Paragraph(heading, st.heading), table]
    return flow


# The facilitator's copy: marked on every page


def _write_marked(out: Path, title: str, mark_text: str, story: list[Any]) -> None:
    """`write_story` with `mark_text` (FACILITATOR_COPY) across the top of every page and in
    the footer, so a page that strays from the pile still says what it is."""
    fonts = register_fonts()
    width, height = LETTER

    def mark(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.bold, 8.5)
        canvas.setFillColor(WARN)
        canvas.drawCentredString(width / 2, height - MARGIN + 16, mark_text.upper())
        canvas.restoreState()

    write_story(out, title, story, footer_note=mark_text, on_page=mark)
