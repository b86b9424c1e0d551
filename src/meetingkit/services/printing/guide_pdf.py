"""The facilitator guide of a curriculum, printed: what a trainer holds while running it.

A cover with the training's time, group size and audience, an agenda overview with each
module's clock offset in its session, and the goals; then what to prepare (materials, room
setup), the introduction, the notes for the whole training and the sources. Each session
starts a new page, with its objectives and its modules in full: time, method, grouping,
materials, handouts by title, objectives, the run sheet, the facilitator notes in a shaded box,
debrief questions and key points, and where they fall, the commitment prompt and the
evaluation. A module's heading never ends a page.

Printed for a training made from the curriculum (`training`, training_times.py), the cover
carries the training's title, day, clock times and place, and every time is the room's clock
by the training's agenda as it is now: each module's start and end, the break between
sessions and the trainer's own items in the overview, a lengthened module's minutes beside the
curriculum's, a module deleted from the agenda marked so. Without one (the Curricula page),
the times are offsets from the start of each session.

What the curriculum's author wrote in a script DejaVu Sans lacks, or right to left, is drawn
letter by letter (curriculum_pdf.paragraph); a grey aside to a drawn title (a module's minutes,
a session's length, an option's due day) goes on the line below it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import inch  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    TableStyle,
)

from meetingkit.core.agenda import ItemKind, PlannedSlot
from meetingkit.core.commitment import format_due
from meetingkit.core.curriculum import (
    Curriculum,
    Module,
    Session,
    SuggestedCommitment,
    grouping,
)
from meetingkit.core.durations import span
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, full_date, speaking, translate
from meetingkit.core.meeting import format_duration
from meetingkit.core.rotation import Rotation
from meetingkit.core.wall_clock import ms_between
from meetingkit.services.printing.agenda_pdf import _clock as _at
from meetingkit.services.printing.agenda_pdf import _kind
from meetingkit.services.printing.curriculum_markdown import markdown_flowables
from meetingkit.services.printing.curriculum_pdf import (
    Styles,
    grey,
    paragraph,
    read_handout,
    replace_style,
    styles,
)
from meetingkit.services.printing.document import (
    INK,
    MUTED,
    RULE,
    SHADE,
    WIDTH,
    page_count,
    write_story,
)
from meetingkit.services.printing.fonts import para_text
from meetingkit.services.printing.page_breaks import PagedTable, arrange, mark_item, stacked
from meetingkit.services.printing.reading_order import paragraph_level
from meetingkit.services.printing.script_text import drawn, text_indent, titled
from meetingkit.services.printing.table import Table
from meetingkit.services.printing.training_times import TrainingTimes, title_key

_LABEL_WIDTH = 1.05 * inch
SHORT_MODULE = 0.5  # of a page: the closing module, this short, is never split


def render_guide(
    out: Path,
    curriculum: Curriculum,
    language: str | None = None,
    training: TrainingTimes | None = None,
) -> None:
    """Write the facilitator guide of `curriculum` to `out` (whole, or not at all), with its
    headings and labels in `language`, by default the curriculum's, when meetingkit speaks it
    (else in the app's); for `training`, with its title, day and clock times."""
    with speaking(language or curriculum.language):
        _write_guide(out, curriculum, training)


def _write_guide(out: Path, curriculum: Curriculum, training: TrainingTimes | None) -> None:
    st = styles()
    titles = _handout_titles(curriculum)
    story = _opening(curriculum, st, training)
    story += [CondPageBreak(3.5 * inch), *_preparation(curriculum, st)]
    number = 0
    for index, session in enumerate(curriculum.sessions, 1):
        clock = _session_clock(training, range(number, number + len(session.modules)))
        story += [PageBreak(), *_session(index, session, curriculum, st, clock)]
        offset = 0
        for module in session.modules:
            when = _module_when(module, number, offset, training)
            number += 1
            story += _module(number, module, when, titles, st, training)
            offset += module.minutes
        if session.keypoints:  # reviewed at the end of the session
            heading = translate("Guide PDF", "Key points of the session")
            story += [_rule(), *_labelled_list(heading, session.keypoints, st)]
    title = training.title if training else curriculum.title
    write_story(out, fill(translate("Guide PDF", "Facilitator guide — %1"), title), story)


def _opening(curriculum: Curriculum, st: Styles, training: TrainingTimes | None) -> list[Any]:
    """The cover, the agenda overview and the goals. The overview is the trainer's page at a
    glance: under the cover where it fits whole, else on the next page, whole, after the
    goals (one longer than a page flows on from the cover)."""

    def cover() -> list[Any]:
        return _cover(curriculum, st, training)

    def overview() -> list[Any]:
        return _overview(curriculum, st, training)

    goals = _labelled_list(
        translate("Guide PDF", "Goals"),
        curriculum.goals,
        st,
        lead=translate("Guide PDF", "By the end, participants can:"),
    )
    # Laid out to count pages, flowables are spent: each count has its own.
    if page_count([*cover(), *overview()]) == 1 or page_count(overview()) > 1:
        return [*cover(), *overview(), *goals]
    return [*cover(), *goals, PageBreak(), *overview()]


def _grouping_in_brief(module: Module) -> str:
    """The grouping in a few words, for the agenda overview: 'groups of 3 · 3 rounds'."""
    rotation = module.rotation
    if rotation is None:
        return grouping(module)
    if rotation.rounds == 1:
        return fill(translate("Guide PDF", "groups of %1 · timed"), rotation.group_size)
    rounds = translate("Guide PDF", "groups of %1 · %2 rounds")
    return fill(rounds, rotation.group_size, rotation.rounds)


def _timer(rotation: Rotation) -> str:
    total = span(rotation.total_seconds * 1000)
    if rotation.rotate and rotation.rounds > 1:
        return fill(translate("Guide PDF", "%1 on the timer; roles change each round"), total)
    return fill(translate("Guide PDF", "%1 on the timer"), total)


def _clock(minutes: int) -> str:
    """An offset from the start of a session as a trainer's clock reads it: 75 -> '1:15'."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def _from_to(starts: dt.datetime, ends: dt.datetime, day: dt.date) -> str:
    """From and to on the training's clock: '10:15–11:00', a day named past midnight, as the
    agenda PDF writes it."""
    return f"{_at(starts, day)}–{_at(ends, day)}"


def _length(starts: dt.datetime, ends: dt.datetime) -> int:
    return ms_between(starts, ends) // 60_000  # real minutes, on a daylight-saving night too


def _not_on_agenda() -> str:
    return translate("Guide PDF", "not on this training's agenda")


def _session_clock(training: TrainingTimes | None, indices: Sequence[int]) -> str:
    """A session's length and clock times in the training ('1 h 30 · 11:15–12:45'), or ""
    where there is no training, or none of its modules is on the agenda."""
    times = training.span(indices) if training else None
    if training is None or times is None:
        return ""
    return f"{format_duration(_length(*times))} · {_from_to(*times, training.day)}"


def _module_when(module: Module, index: int, offset: int, training: TrainingTimes | None) -> str:
    """A module's minutes and times, for its heading: from `offset` in its session, or by the
    training's agenda (where it has other minutes than the curriculum's, both)."""
    if training is None:
        return f"{module.minutes} min · {_clock(offset)}–{_clock(offset + module.minutes)}"
    slot = training.module(index)
    if slot is None:
        return f"{module.minutes} min · {_not_on_agenda()}"
    minutes = slot.item.planned_minutes
    if minutes == module.minutes:
        length = f"{minutes} min"
    else:
        length = fill(
            translate("Guide PDF", "%1 min (%2 in the curriculum)"), minutes, module.minutes
        )
    return f"{length} · {_from_to(slot.starts, slot.ends, training.day)}"


# The cover


def _cover(curriculum: Curriculum, st: Styles, training: TrainingTimes | None) -> list[Any]:
    """The title (a training's, and the curriculum's under it where they differ), the
    summary, and the facts: when (and where) or how long, for how many, for whom."""
    story: list[Any] = [
        Paragraph(translate("Guide PDF", "FACILITATOR GUIDE"), st.eyebrow),
        paragraph(training.title if training else curriculum.title, st.title),
    ]
    if training and title_key(training.title) != title_key(curriculum.title):
        made_from = translate("Guide PDF", "From the curriculum “%1”.")
        story.append(paragraph(fill(made_from, curriculum.title), st.meta))
    if curriculum.summary:
        story.append(paragraph(curriculum.summary, st.meta))
    size = curriculum.group_size
    if size.min == size.max:
        people = fill(translate("Guide PDF", "%1 participants"), size.min)
    else:
        people = fill(translate("Guide PDF", "%1 to %2 participants"), size.min, size.max)
    facts: list[tuple[str, Any]] = []
    if training is None:
        facts.append((translate("Guide PDF", "TIME"), para_text(_total_time(curriculum))))
    else:
        times = _from_to(training.starts, training.ends, training.day)
        length = format_duration(_length(training.starts, training.ends))
        facts += [
            (translate("Guide PDF", "DATE"), para_text(full_date(training.day))),
            (translate("Guide PDF", "TIME"), para_text(f"{times} ({length})")),
        ]
        if training.place.strip():
            facts.append((translate("Guide PDF", "PLACE"), [paragraph(training.place, st.fact)]))
    facts += [
        (translate("Guide PDF", "GROUP SIZE"), para_text(people)),
        (translate("Guide PDF", "AUDIENCE"), paragraph(curriculum.audience, st.fact)),
    ]
    return [*story, _spaced(_facts(facts, st), before=8)]


def _total_time(curriculum: Curriculum) -> str:
    sessions, minutes = curriculum.sessions, curriculum.total_minutes
    total = format_duration(minutes) + (f" ({minutes} min)" if minutes >= 60 else "")
    if len(sessions) == 1:
        return fill(translate("Guide PDF", "%1 in one session"), total)
    parts = " + ".join(str(session.minutes) for session in sessions)
    in_sessions = translate("Guide PDF", "%1 in %2 sessions (%3 min), plus the breaks between them")
    return fill(in_sessions, total, len(sessions), parts)


def _overview(curriculum: Curriculum, st: Styles, training: TrainingTimes | None) -> list[Any]:
    """Every module with its clock offset from the start of its session; for a training, with
    its times on the training's clock, and the agenda's other items (the breaks) among them."""
    voice = st.guide
    right = replace_style(voice.cell, alignment=2)

    def other(slot: PlannedSlot, day: dt.date) -> list[Any]:
        """A row for an agenda item that is no module: a break, the trainer's own."""
        item = slot.item
        return [
            "",
            Paragraph(_from_to(slot.starts, slot.ends, day), voice.cell),
            Paragraph(str(item.planned_minutes), right),
            _one(titled(item.title, "", voice.cell)),
            Paragraph(para_text(_kind(item.title, item.kind.label)), voice.cell),
        ]

    head = [
        Paragraph("#", voice.head),
        Paragraph(translate("Guide PDF", "TIME"), voice.head),
        Paragraph(translate("Guide PDF", "MIN"), replace_style(voice.head, alignment=2)),
        Paragraph(translate("Guide PDF", "MODULE"), voice.head),
        Paragraph(translate("Guide PDF", "METHOD"), voice.head),
    ]
    rows: list[list[Any]] = [head]
    session_rows: list[int] = []
    number = 0
    for index, session in enumerate(curriculum.sessions, 1):
        if training:  # the break before the session goes before its heading
            rows += [other(slot, training.day) for slot in training.others_before(number)]
        session_rows.append(len(rows))
        title = fill(translate("Guide PDF", "Session %1: %2"), index, session.title)
        clock = _session_clock(training, range(number, number + len(session.modules)))
        when = grey(para_text(clock or format_duration(session.minutes)))
        rows.append([_one(titled(title, when, voice.cell, bold=True))])
        offset = 0
        for position, module in enumerate(session.modules):
            if training and position:  # the session's first has had its own, above
                rows += [other(slot, training.day) for slot in training.others_before(number)]
            slot = training.module(number) if training else None
            number += 1
            method = para_text(module.method.label)
            if words := _grouping_in_brief(module):
                method += f"<br/>{grey(para_text(words))}"
            bold = f"<b>{para_text(module.title)}</b>"
            heading = [paragraph(module.title, voice.cell, bold, bold=True)]
            if training is None:
                times = f"{_clock(offset)}–{_clock(offset + module.minutes)}"
                minutes = str(module.minutes)
            elif slot is None:
                times = minutes = "—"
                aside = grey(para_text(_not_on_agenda()))
                heading = titled(module.title, aside, voice.cell, "<br/>", bold=True)
            else:
                times = _from_to(slot.starts, slot.ends, training.day)
                minutes = str(slot.item.planned_minutes)
            rows.append(
                [
                    Paragraph(str(number), voice.cell),
                    Paragraph(times, voice.cell),
                    Paragraph(minutes, right),
                    _one(heading),
                    Paragraph(method, voice.cell),
                ]
            )
            offset += module.minutes
    total_word = translate("Guide PDF", "Total")
    if training:  # what comes after the last module, and the agenda's length
        rows += [other(slot, training.day) for slot in training.others_before(number)]
        total = f"<b>{_length(training.starts, training.ends)}</b>"
        breaks = [s for _, s in training.others if s.item.kind is ItemKind.BREAK]
        if len(breaks) == 1:  # beside a curriculum's minutes, which count none
            total_word = translate("Guide PDF", "Total, with the break")
        elif breaks:
            total_word = translate("Guide PDF", "Total, with the breaks")
    else:
        total = f"<b>{curriculum.total_minutes}</b>"
    total_word = f"<b>{total_word}</b>"
    rows.append(["", "", Paragraph(total, right), Paragraph(total_word, voice.cell), ""])
    widths = [0.35 * inch, 1.05 * inch if training else 0.95 * inch, 0.5 * inch, 0, 1.65 * inch]
    widths[3] = WIDTH - sum(widths)
    table = PagedTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
    ]
    for row in session_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
    table.setStyle(TableStyle(commands))
    return [Paragraph(translate("Guide PDF", "Agenda"), st.heading), table]


def _preparation(curriculum: Curriculum, st: Styles) -> list[Any]:
    """What to bring and how to set the room, then the introduction and the notes."""
    materials = translate("Guide PDF", "Materials")
    story = _labelled_list(materials, curriculum.materials, st, checkboxes=True)
    story += [
        Paragraph(translate("Guide PDF", "Room setup"), st.heading),
        paragraph(curriculum.room_setup, st.guide.body),
    ]
    if curriculum.body.strip() or curriculum.notes.strip():
        story.append(Paragraph(translate("Guide PDF", "Before you start"), st.heading))
        story += markdown_flowables(curriculum.body, st.guide)
        if curriculum.notes.strip():
            story.append(_notes_box(curriculum.notes, st))
    if curriculum.sources:
        story.append(Paragraph(translate("Guide PDF", "Sources"), st.heading))
        story += [paragraph(source, st.small) for source in curriculum.sources]
    if curriculum.license:
        license_line = translate("Guide PDF", "License: %1")
        markup = fill(license_line, para_text(curriculum.license))
        story.append(paragraph(fill(license_line, curriculum.license), st.small, markup))
    return story


# Sessions and modules


def _session(
    index: int, session: Session, curriculum: Curriculum, st: Styles, clock: str = ""
) -> list[Any]:
    """The session's heading, with its length, or `clock`, its length and times in a
    training; its introduction, objectives and notes."""
    count = len(curriculum.sessions)
    if count > 1:
        eyebrow = fill(translate("Guide PDF", "SESSION %1 OF %2"), index, count)
    else:
        eyebrow = translate("Guide PDF", "SESSION")
    when = clock or format_duration(session.minutes)
    story: list[Any] = [
        Paragraph(f"{eyebrow} · {para_text(when)}", st.eyebrow),
        paragraph(session.title, st.session),
    ]
    story += markdown_flowables(session.body, st.guide)
    objectives = translate("Guide PDF", "Objectives")
    story += _labelled_list(objectives, session.objectives, st, label=True)
    if session.notes.strip():
        story.append(_notes_box(session.notes, st))
    return story


def _module(
    number: int,
    module: Module,
    when: str,
    titles: dict[str, str],
    st: Styles,
    training: TrainingTimes | None = None,
) -> list[Any]:
    """The module in full, under its heading with `when` (its minutes and times); for a
    training, its commitment options with the days on their cards."""
    facts: list[tuple[str, Any]] = [
        (translate("Guide PDF", "METHOD"), para_text(module.method.label))
    ]
    if words := grouping(module):
        timer = grey(para_text(_timer(module.rotation))) if module.rotation else ""
        groups = _one(titled(words, timer, st.fact, "<br/>"))
        facts.append((translate("Guide PDF", "GROUPS"), groups))
    if module.materials:
        facts.append((translate("Guide PDF", "MATERIALS"), _lines(module.materials, st)))
    if module.handouts:
        names = [titles.get(name, name) for name in module.handouts]
        facts.append((translate("Guide PDF", "HANDOUTS"), _lines(names, st)))
    table = _facts(facts, st)
    table.keepWithNext = True
    heading = titled(
        f"{number}. {module.title}", grey(para_text(when)), st.module, "&nbsp;&nbsp;&nbsp;"
    )
    story: list[Any] = [_rule(), *heading, _spaced(table, before=4, after=6)]
    objectives = translate("Guide PDF", "Objectives")
    story += _labelled_list(objectives, module.objectives, st, label=True)
    story += markdown_flowables(module.body, st.guide)
    if module.notes.strip():
        story.append(_notes_box(module.notes, st))
    debrief = translate("Guide PDF", "Debrief questions")
    story += _labelled_list(debrief, module.debrief, st, label=True, numbered=True)
    keypoints = translate("Guide PDF", "Key points")
    story += _labelled_list(keypoints, module.keypoints, st, label=True)
    if module.commitment:
        prompt = module.commitment
        story += [
            Paragraph(translate("Guide PDF", "COMMITMENT PROMPT"), st.label),
            paragraph(
                prompt.prompt, st.guide.body, f"<b>{para_text(prompt.prompt)}</b>", bold=True
            ),
        ]
        for option in prompt.options:
            due = grey(para_text(f"({_due(option, training)})"))
            story += _items([(option.text, f"{para_text(option.text)}&nbsp;&nbsp;{due}")], st, "☐")
            if drawn(option.text):  # its due day on the line below, under the option
                indent = text_indent(_item_style(st), "☐")
                if paragraph_level(option.text):
                    style = replace_style(st.guide.item, rightIndent=indent, alignment=2)
                else:
                    style = replace_style(st.guide.item, leftIndent=indent)
                story.append(mark_item(Paragraph(due, style)))
        cards = translate("Guide PDF", "The options print on the commitment cards.")
        story.append(Paragraph(cards, st.small))
    if module.evaluation:
        evaluation = module.evaluation
        story.append(Paragraph(translate("Guide PDF", "EVALUATION"), st.label))
        #: What went well, in a plus/delta evaluation.
        plus = translate("Guide PDF", "Plus:")
        #: What to change next time, in a plus/delta evaluation.
        delta = translate("Guide PDF", "Delta:")
        for bullet, word, text in (("+", plus, evaluation.plus), ("Δ", delta, evaluation.delta)):
            markup = f"<b>{word}</b> {para_text(text)}"
            story += _items([(f"{word} {text}", markup)], st, bullet)
        story += _items([(q, para_text(q)) for q in evaluation.questions], st)
        # The training's last module: its evaluation never left alone on the last page
        return [_KeptWhole(arrange(story))]
    return story


class _KeptWhole(KeepTogether):  # type: ignore[misc]
    """Flowables kept on one page, moved whole to the next one where this one cannot hold
    them, when they take at most `SHORT_MODULE` of a page; longer, they flow on as they
    come (page_breaks.py's rules, applied to them by `arrange`)."""

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        frame = getattr(self, "_frame", None)
        page = getattr(frame, "_height", avail_height)
        # As the frame will lay them: `avail_height` has the space above them taken already.
        height = stacked(self._content, avail_width, self.canv)[1]
        at_top = bool(getattr(frame, "_atTop", False))  # a fresh page: no better one
        if height <= avail_height or height > SHORT_MODULE * page or at_top:
            return list(self._content)
        return [self.FrameBreak(), *self._content]


# Pieces


def _handout_titles(curriculum: Curriculum) -> dict[str, str]:
    """Each handout's title, or its file name if it cannot be read now (the handouts PDF says
    why)."""
    titles: dict[str, str] = {}
    for name in curriculum.handouts:
        try:
            titles[name] = read_handout(curriculum, name).title
        except MeetingkitError:
            titles[name] = name
    return titles


def _due(option: SuggestedCommitment, training: TrainingTimes | None) -> str:
    """When an option is due: by the day on its card, for a training; else so many days
    after the training."""
    if training is not None:
        day = format_due(training.due(option), seen_on=training.day)
        return fill(translate("Guide PDF", "by %1"), day)
    days = option.due_days
    if days == 0:
        return translate("Guide PDF", "due the same day")
    if days == 1:
        return translate("Guide PDF", "due the next day")
    return fill(translate("Guide PDF", "due %1 days after the training"), days)


def _rule() -> Any:
    """A thin rule that opens a module; a page never ends on it."""
    line = HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=14, spaceAfter=6)
    line.keepWithNext = True
    return line


def _spaced(flowable: Any, before: float = 0, after: float = 0) -> Any:
    flowable.spaceBefore, flowable.spaceAfter = before, after
    return flowable


def _one(flowables: list[Any]) -> Any:
    """The flowable for a table cell: the only one, or the list."""
    return flowables[0] if len(flowables) == 1 else flowables


def _lines(texts: Sequence[str], st: Styles) -> Any:
    """Texts one to a line: markup, or where one is drawn letter by letter, flowables."""
    if not any(drawn(text) for text in texts):
        return "<br/>".join(para_text(text) for text in texts)
    return [paragraph(text, st.fact) for text in texts]


def _facts(rows: Sequence[tuple[str, Any]], st: Styles) -> Any:
    """Label and value pairs, one to a row; each value is markup (escaped already) or
    flowables."""
    cells = [
        [Paragraph(label, st.label), Paragraph(value, st.fact) if isinstance(value, str) else value]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[_LABEL_WIDTH, WIDTH - _LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _notes_box(markdown: str, st: Styles) -> Any:
    """Facilitator notes: a grey box with a bar on its left."""
    pad = 10
    inner = markdown_flowables(markdown, st.guide, WIDTH - 2 * pad - 3)
    head = Paragraph(
        translate("Guide PDF", "FACILITATOR NOTES"), replace_style(st.label, spaceBefore=0)
    )
    rows = [[flowable] for flowable in [head, *inner]]
    # A row a paragraph, so that a box longer than a page breaks between paragraphs; a shorter
    # one moves whole to the next page rather than leave its label at the foot of this one.
    box = Table(rows, colWidths=[WIDTH], splitInRow=1, hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), pad + 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),  # cells drop the paragraphs' own
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return KeepTogether([_spaced(box, before=8, after=8)])


def _labelled_list(
    title: str,
    items: Sequence[str],
    st: Styles,
    *,
    lead: str = "",
    label: bool = False,
    numbered: bool = False,
    checkboxes: bool = False,
) -> list[Any]:
    """A heading (or a small label within a module) and its items; nothing if there are none."""
    if not items:
        return []
    story = [Paragraph(title.upper(), st.label) if label else Paragraph(title, st.heading)]
    if lead:
        story.append(Paragraph(lead, replace_style(st.guide.body, keepWithNext=1)))
    texts = [(item, para_text(item)) for item in items]
    return story + _items(texts, st, "☐" if checkboxes else "•", numbered=numbered)


def _items(
    items: Sequence[tuple[str, str]], st: Styles, bullet: str = "•", *, numbered: bool = False
) -> list[Any]:
    """A list, bulleted or numbered, of items each given as text and as its markup (escaped
    already), which prints unless the text is drawn letter by letter."""
    style = _item_style(st)
    return [
        paragraph(text, style, markup, bullet=f"{n}." if numbered else bullet)
        for n, (text, markup) in enumerate(items, 1)
    ]


def _item_style(st: Styles) -> Any:
    return replace_style(st.guide.item, leftIndent=16, bulletIndent=3)
