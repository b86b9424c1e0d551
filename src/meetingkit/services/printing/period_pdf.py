"""The figures for a period as a Letter PDF: meetings held, attendance and people reached,
first-timers month by month, attendance by profession, airtime by profession as a chart,
commitments and their follow-up, trainings and curricula.

Counts only (core/period_figures.py): it can go to the union or a funder. The sentences are
core/period_wording.py's; the house style (header, tables, paragraph styles) is the minutes'
(agenda_pdf.py), the headline figures and the airtime chart the meeting report's
(report_pdf.py, airtime_chart.py). Group names and professions are people's own text:
drawn by `typed_text`, in whatever script they are in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    FrameBreak,
    KeepTogether,
    Paragraph,
    Spacer,
)

from meetingkit.core import period_wording as words
from meetingkit.core.i18n import fill, translate
from meetingkit.core.percent import percent
from meetingkit.core.period_figures import PeriodFigures
from meetingkit.services.printing.agenda_pdf import _cells, _grid, _Styles, _styles
from meetingkit.services.printing.airtime_chart import SOLID, AirtimeChart
from meetingkit.services.printing.document import WIDTH, write_story
from meetingkit.services.printing.fonts import para_text
from meetingkit.services.printing.page_breaks import measure
from meetingkit.services.printing.report_pdf import _compact, _small, headline_table
from meetingkit.services.printing.script_text import typed_text

_NUMBER = 0.95 * inch  # a column of counts: wide enough for its heading in Spanish too
_EMPTY = 2  # flowables: a section with nothing to show is its heading and a line


def render_period_pdf(out: Path, figures: PeriodFigures) -> None:
    """Write `figures` to `out`, whole or not at all."""
    st = _styles()
    f = figures
    story: list[Any] = [
        Paragraph(para_text(translate("Period PDF", "Figures for a period").upper()), st.eyebrow),
        Paragraph(para_text(words.dates(f)), st.title),
        typed_text(words.whose(f), st.meta),
        Paragraph(para_text(translate("Period report", words.COUNTS_ONLY)), st.meta),
        Spacer(1, 8),
        _headline(f),
    ]
    notes = [n for n in (words.purged_note(f), words.left_out_note(f)) if n]
    story += [Spacer(1, 6), *(Paragraph(para_text(n), st.small) for n in notes)]
    if not f.meetings:
        story += [Spacer(1, 8), Paragraph(translate("Period report", words.NO_MEETINGS), st.body)]
    else:
        sections = [
            _meetings(f, st),
            _months(f, st),
            _professions(f, st),
            _airtime(f, st),
            _commitments(f, st),
            _trainings(f, st),
        ]
        story += _ends_together(sections)
    title = fill(translate("Period PDF", "Figures for %1"), words.dates(f))
    write_story(out, f"{title} — {f.group}" if f.group else title, story)


def _ends_together(sections: Sequence[list[Any]]) -> list[Any]:
    """The sections in order, the last ones that have nothing to show (a heading and a line:
    "No training was held in this period.") kept on a page with the end of the section before
    them: alone, they would take a page of their own (`_EndsWith`)."""
    flat = [flowable for section in sections for flowable in section]
    ends = len(sections)
    while ends and len(sections[ends - 1]) <= _EMPTY:
        ends -= 1
    if ends in (0, len(sections)):
        return flat
    last = sections[ends - 1]
    # From its table or chart on (one that may split over pages), else the whole section.
    start = max((i for i, f in enumerate(last) if hasattr(f, "may_split")), default=0)
    held = len(flat) - sum(len(s) for s in sections[ends - 1 :]) + start
    return [*flat[:held], _EndsWith(flat[held:])]


class _EndsWith(KeepTogether):  # type: ignore[misc]
    """A section's table or chart, what follows it, and the empty sections after it, which
    share a page with the table's end: where they do not all fit, a long table gives its last
    rows to the next page to go with them (leaving at least two here, as page_breaks.py
    wants); a short one moves there whole, its heading with it (page_breaks' `_RoomFor` reads
    this as one block, which may split as its table may)."""

    def __init__(self, flowables: list[Any]) -> None:
        super().__init__(flowables)
        self.big, *self.after = flowables

    def may_split(self, page: float) -> bool:
        return hasattr(self.big, "may_split") and bool(self.big.may_split(page))

    def lead_height(self) -> float:
        """What must go under the heading with it: the table's header and first rows."""
        if hasattr(self.big, "lead_height"):
            return float(self.big.lead_height())
        rows = self.big.splits_after() or 0
        return float(sum(self.big._rowHeights[:rows]))

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        if avail_height >= self._H or not self.after:
            return parts  # all fits
        pieces: list[Any] = []
        if self.may_split(getattr(getattr(self, "_frame", None), "_aH", 0.0)):
            # Split as in the middle of a page, where it leaves two rows or more either side.
            self.big.__dict__.pop("_frame", None)
            room = avail_height
            if self.big.wrapOn(self.canv, avail_width, avail_height)[1] <= avail_height:
                # It fits, what follows does not: its last rows go along with that.
                _, after, _ = measure(KeepTogether(self.after), avail_width, self.canv)
                room -= after + max(self.big.getSpaceAfter(), self.after[0].getSpaceBefore())
            pieces = self.big.splitOn(self.canv, avail_width, room)
        if len(pieces) > 1:
            return [*pieces[:-1], _EndsWith([pieces[-1], *self.after])]
        if isinstance(parts[0], type(FrameBreak)):  # on to the next page, held there too
            return [parts[0], _EndsWith(self._content)]
        return parts  # at the top of a page, and too long to hold on it: as it comes


def _headline(f: PeriodFigures) -> Any:
    cells = words.headline(f)
    return headline_table(cells, [WIDTH / len(cells)] * len(cells))


def _heading(text: str, st: _Styles) -> Any:
    return Paragraph(para_text(text), st.heading)


def _counts(values: Sequence[object], st: _Styles) -> list[Any]:
    return [Paragraph(para_text(str(v)), st.cell_right) for v in values]


def _meetings(f: PeriodFigures, st: _Styles) -> list[Any]:
    flow: list[Any] = [_heading(translate("Period PDF", "Meetings held"), st)]
    flow.append(Paragraph(para_text(words.attendance_line(f)), st.body))
    heads = [
        translate("Period PDF", "KIND"),
        translate("Period PDF", "MEETINGS"),
        translate("Period PDF", "ATTENDANCE"),
    ]
    rows: list[list[Any]] = [_cells(heads, [st.head, st.head_right, st.head_right])]
    for k in f.by_kind:
        rows.append(
            [Paragraph(para_text(k.kind.label), st.cell), *_counts([k.meetings, k.attendance], st)]
        )
    every = translate("Period PDF", "All")
    rows.append(
        [Paragraph(f"<b>{para_text(every)}</b>", st.cell), *_counts([f.meetings, f.attendance], st)]
    )
    flow += [Spacer(1, 4), _grid(rows, [WIDTH - 2 * _NUMBER, _NUMBER, _NUMBER], total_row=True)]
    if f.by_group:
        heads = [
            translate("Period PDF", "GROUP"),
            translate("Period PDF", "MEETINGS"),
            translate("Period PDF", "ATTENDANCE"),
            translate("Period PDF", "DIFFERENT PEOPLE"),
        ]
        rows = [_cells(heads, [st.head, *[st.head_right] * 3])]
        for g in f.by_group:
            name = g.group or translate("Period report", words.NO_GROUP)
            rows.append(
                [
                    typed_text(name, st.cell),
                    *_counts([g.meetings, g.attendance, "—" if g.people is None else g.people], st),
                ]
            )
        widths = [WIDTH - 3 * _NUMBER - 0.3 * inch, _NUMBER, _NUMBER, _NUMBER + 0.3 * inch]
        flow += [Spacer(1, 10), _compact(_grid(rows, widths))]
    return flow


class _Bar(Flowable):  # type: ignore[misc]
    """A solid bar, its length `share` of the cell: a month's first-timers, a profession's
    attendance, at a glance."""

    HEIGHT = 7.0

    def __init__(self, share: float) -> None:
        super().__init__()
        self.share = share

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT + 2

    def draw(self) -> None:
        if self.share > 0:
            self.canv.setFillColor(SOLID)
            self.canv.rect(0, 2, max(1.0, self.width * self.share), self.HEIGHT, 0, 1)


def _months(f: PeriodFigures, st: _Styles) -> list[Any]:
    flow: list[Any] = [
        _heading(translate("Period PDF", "New people, month by month"), st),
        Paragraph(para_text(words.first_timers_line(f)), st.body),
    ]
    heads = [
        translate("Period PDF", "MONTH"),
        translate("Period PDF", "MEETINGS"),
        translate("Period PDF", "ATTENDANCE"),
        translate("Period PDF", "FIRST TIME"),
        "",
    ]
    rows: list[list[Any]] = [_cells(heads, [st.head, *[st.head_right] * 3, st.head])]
    most = max((m.first_timers for m in f.months), default=0)
    for m in f.months:
        rows.append(
            [
                Paragraph(para_text(words.month_line(m.month, f)), st.cell),
                *_counts([m.meetings, m.attendance, m.first_timers], st),
                _Bar(m.first_timers / most if most else 0.0),
            ]
        )
    month = 2.3 * inch
    widths = [month, _NUMBER, _NUMBER, _NUMBER, WIDTH - month - 3 * _NUMBER]
    return [*flow, Spacer(1, 4), _compact(_grid(rows, widths))]


def _professions(f: PeriodFigures, st: _Styles) -> list[Any]:
    """One row a profession, with a bar for its share: a long list goes on over the page
    between rows (page_breaks.py), as a pair of columns side by side could not."""
    heads = [
        translate("Period PDF", "PROFESSION"),
        translate("Period PDF", "ATTENDANCE"),
        translate("Period PDF", "SHARE"),
        "",
    ]
    rows: list[list[Any]] = [_cells(heads, [st.head, st.head_right, st.head_right, st.head])]
    most = max((line.share for line in f.professions), default=0.0)
    for line in f.professions:
        rows.append(
            [
                typed_text(line.label, st.cell),
                Paragraph(str(line.attendance), st.cell_right),
                Paragraph(percent(line.share), st.cell_right),
                _Bar(line.share / most if most else 0.0),
            ]
        )
    label = 2.6 * inch
    widths = [label, _NUMBER, 0.6 * inch, WIDTH - label - _NUMBER - 0.6 * inch]
    return [
        _heading(translate("Period PDF", "Attendance by profession"), st),
        Paragraph(para_text(words.professions_line(f)), st.body),
        Spacer(1, 4),
        _compact(_grid(rows, widths)),
    ]


def _airtime(f: PeriodFigures, st: _Styles) -> list[Any]:
    a = f.airtime
    flow: list[Any] = [_heading(translate("Period PDF", "Airtime by profession"), st)]
    if not a.total_ms:
        return [*flow, _small(words.airtime_line(f), st)]
    chart = (
        AirtimeChart(a.groups)
        if a.groups
        else _small(translate("Period report", words.NO_PROFESSION_SHOWN), st)
    )
    flow += [Paragraph(para_text(words.airtime_line(f)), st.body), Spacer(1, 6), chart]
    flow.append(Spacer(1, 6))
    flow += [typed_text(note, st.body, max_lines=4) for note in words.airtime_notes(f)]
    return [*flow, Spacer(1, 2), _small(words.airtime_rule(f), st)]


def _commitments(f: PeriodFigures, st: _Styles) -> list[Any]:
    c = f.commitments
    flow: list[Any] = [_heading(translate("Period PDF", "Commitments and their follow-up"), st)]
    if not c.made:
        return [*flow, _small(words.commitments_line(c), st)]
    flow.append(Paragraph(para_text(words.commitments_line(c)), st.body))
    heads = [
        translate("Period PDF", "FOLLOW-UP"),
        translate("Period PDF", "COMMITMENTS"),
        translate("Period PDF", "SHARE"),
    ]
    rows: list[list[Any]] = [_cells(heads, [st.head, st.head_right, st.head_right])]
    for status, n in c.follow_ups:
        rows.append(
            [Paragraph(para_text(status.label), st.cell), *_counts([n, percent(n / c.made)], st)]
        )
    if c.unknown:
        unknown = translate("Period PDF", "Not known: made at a purged meeting")
        rows.append(
            [
                Paragraph(para_text(unknown), st.cell),
                *_counts([c.unknown, percent(c.unknown / c.made)], st),
            ]
        )
    made = translate("Period PDF", "All commitments")
    rows.append([Paragraph(f"<b>{para_text(made)}</b>", st.cell), *_counts([c.made, "100%"], st)])
    widths = [WIDTH - 2 * _NUMBER - 0.3 * inch, _NUMBER + 0.3 * inch, _NUMBER]
    return [*flow, Spacer(1, 4), _grid(rows, widths, total_row=True)]


def _trainings(f: PeriodFigures, st: _Styles) -> list[Any]:
    flow: list[Any] = [_heading(translate("Period PDF", "Trainings and curricula"), st)]
    if not f.trainings and not f.curricula:
        return [*flow, _small(words.trainings_line(f), st)]
    flow.append(Paragraph(para_text(words.trainings_line(f)), st.body))
    if f.curricula:
        heads = [
            translate("Period PDF", "CURRICULUM"),
            translate("Period PDF", "TRAININGS"),
            translate("Period PDF", "ATTENDANCE"),
        ]
        rows: list[list[Any]] = [_cells(heads, [st.head, st.head_right, st.head_right])]
        for line in f.curricula:
            rows.append(
                [typed_text(line.title, st.cell), *_counts([line.trainings, line.attendance], st)]
            )
        flow += [Spacer(1, 4), _grid(rows, [WIDTH - 2 * _NUMBER, _NUMBER, _NUMBER])]
    if note := words.without_curriculum(f):
        flow += [Spacer(1, 4), _small(note, st)]
    return flow
