"""A curriculum.md read into a `Curriculum`, with every problem at its line (curricula/FORMAT.md).

The parser never stops at the first problem: a value it cannot read is replaced by a neutral
one after the problem is reported, so an author sees every problem of the file in one run.
What a curriculum with problems is good for is the caller's decision (services/curricula.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from meetingkit.core.curriculum import (
    MAX_SESSION_MINUTES,
    CommitmentPrompt,
    Curriculum,
    Evaluation,
    GroupSize,
    Method,
    Module,
    Session,
    SuggestedCommitment,
)
from meetingkit.core.i18n import fill, translate
from meetingkit.core.module_fit import rotation_too_long
from meetingkit.core.rotation import Rotation, RotationStep
from meetingkit.services.curriculum_outline import Block, Div, Part, outline
from meetingkit.services.curriculum_yaml import Fields, Report, compose, quoted, suggestion

FRONT_MATTER_REQUIRED = ("title", "goals", "audience", "group_size", "minutes", "room_setup")
FRONT_MATTER_OPTIONAL = ("language", "summary", "materials", "sources", "license")
MODULE_REQUIRED = ("minutes", "method")
MODULE_OPTIONAL = ("grouping", "materials", "handouts", "debrief", "commitment", "evaluation")
GROUPING_OPTIONAL = ("steps", "rotate", "rounds")
SECTIONS = ("objectives", "keypoints", "instructor")
COMMITMENT_OPTIONS = (3, 5)  # a commitment card offers 3 to 5 actions

_LIST_ITEM = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,2}[.)])[ \t]+(.*)")


def parse_curriculum(
    text: str, path: Path, handouts: Collection[str], report: Report
) -> Curriculum:
    """Read the text of `path`; `handouts` are the file names in its handouts/ folder."""
    lines = text.split("\n")
    front, body_start = _front_matter(lines, report)
    if body_start >= len(lines):  # the front matter never ends: no body to tell apart
        return _curriculum(path, front, Part(0, "", 1), [], handouts)
    intro, *rest = outline(lines[body_start:], body_start + 1, report)
    _stray_blocks(intro.blocks, report)
    closing = _Closing()
    sessions = _sessions(rest, handouts, closing, report)
    curriculum = _curriculum(path, front, intro, sessions, handouts)
    if not sessions:
        report.add(
            max(body_start, 1),
            translate(
                "Curriculum check",
                "no sessions: add a '# Session title' heading, then its modules under "
                "'## Module title' headings",
            ),
        )
    elif closing.all_read and (modules := list(curriculum.modules())):
        _check_closing(closing, modules[-1], report)
    if sessions and curriculum.minutes and all(m.minutes for m in curriculum.modules()):
        _check_total(curriculum, front.key_line("minutes"), report)
    return curriculum


def _front_matter(lines: Sequence[str], report: Report) -> tuple[Fields, int]:
    """The front matter's keys, and the index of the first line after it."""
    where = translate("Curriculum check", "the front matter")
    if lines[0].rstrip() != "---":
        report.add(
            1,
            translate(
                "Curriculum check",
                "a curriculum starts with front matter: a '---' line, the training's keys, "
                "then another '---' line",
            ),
        )
        return Fields.empty(where, report), 0
    end = next((i for i, line in enumerate(lines) if i and line.rstrip() in ("---", "...")), 0)
    if not end:
        report.add(
            1,
            translate(
                "Curriculum check", "the front matter opened here is never closed with a '---' line"
            ),
        )
        return Fields.empty(where, report), len(lines)
    node, valid = compose("\n".join(lines[1:end]), 2, max(end, 2), report)
    if not valid:
        return Fields.empty(where, report), end + 1
    required, optional = FRONT_MATTER_REQUIRED, FRONT_MATTER_OPTIONAL
    return Fields(node, where, 1, 2, report, required=required, optional=optional), end + 1


def _curriculum(
    path: Path, front: Fields, intro: Part, sessions: Sequence[Session], handouts: Collection[str]
) -> Curriculum:
    notes = _notes(_sections(intro, ("instructor",), front.report).get("instructor", []))
    return Curriculum(
        slug=path.parent.name,
        title=front.text("title"),
        goals=front.texts("goals"),
        audience=front.text("audience"),
        group_size=_group_size(front),
        minutes=front.whole("minutes") or 0,
        room_setup=front.text("room_setup"),
        sessions=tuple(sessions),
        summary=front.text("summary"),
        materials=front.texts("materials"),
        sources=front.texts("sources"),
        license=front.text("license"),
        language=front.language("language", ""),
        notes=notes,
        body=intro.body,
        path=path,
        handouts=tuple(sorted(handouts)),
    )


def _group_size(front: Fields) -> GroupSize:
    size = front.fields("group_size", "“group_size”", required=("min", "max"))
    if size is None:
        return GroupSize(0, 0)
    low, high = size.whole("min") or 0, size.whole("max") or 0
    if low and high and low > high:
        above = translate("Curriculum check", "“min” (%1) is above “max” (%2)")
        front.report.add(front.key_line("group_size"), fill(above, str(low), str(high)))
    return GroupSize(low, high)


# Sessions and modules


def _sessions(
    parts: Sequence[Part], handouts: Collection[str], closing: _Closing, report: Report
) -> list[Session]:
    sessions: list[Session] = []
    heading: Part | None = None
    modules: list[Module] = []
    for part in parts:
        if part.level == 1:
            if heading is not None:
                sessions.append(_session(heading, modules, report))
            heading, modules = part, []
        elif heading is None:
            report.add(
                part.line,
                fill(
                    translate(
                        "Curriculum check",
                        "module “%1” comes before the first session: add a '# Session title' "
                        "heading above it",
                    ),
                    part.title,
                ),
            )
        else:
            modules.append(_module(part, handouts, closing, report))
    if heading is not None:
        sessions.append(_session(heading, modules, report))
    return sessions


def _session(part: Part, modules: Sequence[Module], report: Report) -> Session:
    if not part.title:
        report.add(part.line, translate("Curriculum check", "a session heading needs a title"))
    title = part.title
    sections = _sections(part, SECTIONS, report)
    if "objectives" not in sections:
        report.add(
            part.line,
            fill(translate("Curriculum check", "session “%1” has no “::: objectives” list"), title),
        )
    if not modules:
        report.add(
            part.line,
            fill(
                translate(
                    "Curriculum check",
                    "session “%1” has no modules: add '## Module title' headings",
                ),
                title,
            ),
        )
    _stray_blocks(part.blocks, report)
    session = Session(
        title=title,
        objectives=_items(sections.get("objectives", []), report),
        modules=tuple(modules),
        keypoints=_items(sections.get("keypoints", []), report),
        notes=_notes(sections.get("instructor", [])),
        body=part.body,
        line=part.line,
    )
    if session.minutes > MAX_SESSION_MINUTES:
        report.add(
            part.line,
            fill(
                translate(
                    "Curriculum check",
                    "session “%1” runs %2 min; a session lasts at most %3 min (2.5 h): split it "
                    "with another '# Session' heading",
                ),
                title,
                str(session.minutes),
                str(MAX_SESSION_MINUTES),
            ),
        )
    return session


def _module(part: Part, handouts: Collection[str], closing: _Closing, report: Report) -> Module:
    if not part.title:
        report.add(part.line, translate("Curriculum check", "a module heading needs a title"))
    title = part.title
    block = _module_block(part, title, report)
    closing.all_read = closing.all_read and block is not None
    fields = block or Fields.empty(translate("Curriculum check", "the module block"), report)
    for key, lines in closing.lines.items():
        if fields.has(key):
            lines.append(fields.key_line(key))
    sections = _sections(part, SECTIONS, report)
    minutes = fields.whole("minutes") or 0
    group_size, rotation = _grouping(fields, minutes)
    return Module(
        title=title,
        minutes=minutes,
        method=_method(fields),
        group_size=group_size,
        rotation=rotation,
        materials=fields.texts("materials"),
        handouts=_handouts(fields, handouts),
        debrief=fields.texts("debrief"),
        objectives=_items(sections.get("objectives", []), report),
        keypoints=_items(sections.get("keypoints", []), report),
        notes=_notes(sections.get("instructor", [])),
        body=part.body,
        commitment=_commitment(fields),
        evaluation=_evaluation(fields),
        line=part.line,
    )


def _module_block(part: Part, title: str, report: Report) -> Fields | None:
    """The module block's keys; None if there is none to read."""
    if not part.blocks:
        report.add(
            part.line,
            fill(
                translate(
                    "Curriculum check",
                    "module “%1” has no module block: add a ```module fence with its “minutes” "
                    "and “method”",
                ),
                title,
            ),
        )
        return None
    block, *extra = part.blocks
    second = fill(
        translate("Curriculum check", "a second module block: merge it into the first (line %1)"),
        str(block.line),
    )
    for other in extra:
        report.add(other.line, second)
    if not block.closed:  # reported at its fence: where its keys end is anyone's guess
        return None
    last = max(block.last_line - 1, block.first_line)
    node, valid = compose(block.text, block.first_line, last, report)
    if not valid:
        return None
    if node is None:
        report.add(
            block.line,
            translate(
                "Curriculum check", "the module block is empty: it needs “minutes” and “method”"
            ),
        )
        return None
    required, optional = MODULE_REQUIRED, MODULE_OPTIONAL
    return Fields(
        node,
        translate("Curriculum check", "the module block"),
        block.line,
        block.first_line,
        report,
        required=required,
        optional=optional,
    )


def _method(fields: Fields) -> Method:
    value = fields.text("method").lower()
    try:
        return Method(value)
    except ValueError:
        if value:
            names = [method.value for method in Method]
            hint = suggestion(value, names) or fill(
                translate("Curriculum check", "; the methods are %1"), quoted(names)
            )
            unknown = translate("Curriculum check", "unknown method “%1”%2")
            fields.report.add(fields.key_line("method"), fill(unknown, value, hint))
        return Method.PLENARY


def _grouping(fields: Fields, minutes: int) -> tuple[int | None, Rotation | None]:
    """The group size, and the rotation when the groups follow timed steps."""
    grouping = fields.fields(
        "grouping", "“grouping”", required=("size",), optional=GROUPING_OPTIONAL
    )
    if grouping is None:
        return None, None
    size = grouping.whole("size", minimum=2)
    where = translate("Curriculum check", "a step of “grouping”")
    steps = [
        _step(step)
        for step in grouping.list_of_fields("steps", where, required=("name", "minutes"))
    ]
    rotate = grouping.flag("rotate", default=False)
    rounds = grouping.whole("rounds")
    if not grouping.has("steps"):
        needs = translate("Curriculum check", "“%1” needs “steps” to time")
        for key in ("rotate", "rounds"):
            if grouping.has(key):
                grouping.report.add(grouping.key_line(key), fill(needs, key))
        return size, None
    if grouping.is_list("steps") and not steps:
        grouping.report.add(
            grouping.key_line("steps"),
            translate("Curriculum check", "“steps” must list at least one step"),
        )
    if size is None or not steps or None in steps:
        return size, None
    timed = tuple(step for step in steps if step is not None)
    rotation = Rotation(size, timed, rounds or (size if rotate else 1), rotate)
    if minutes and (takes := rotation_too_long(minutes, rotation)):
        fields.report.add(fields.key_line("grouping"), takes)
    return size, rotation


def _step(step: Fields) -> RotationStep | None:
    name, minutes = step.text("name"), step.number("minutes")
    if minutes is None:
        return None
    return RotationStep(name, max(round(minutes * 60), 1))


def _handouts(fields: Fields, available: Collection[str]) -> tuple[str, ...]:
    names: list[str] = []
    for name, line in fields.texts_with_lines("handouts"):
        if "/" in name or "\\" in name:
            fields.report.add(
                line,
                fill(
                    translate(
                        "Curriculum check",
                        "handout “%1” must be a file name inside handouts/, like "
                        "“planning-sheet.md”",
                    ),
                    name,
                ),
            )
        elif name not in available:
            hint = suggestion(name, available)
            missing = translate("Curriculum check", "handout “handouts/%1” does not exist%2")
            fields.report.add(line, fill(missing, name, hint))
        names.append(name)
    return tuple(names)


def _commitment(fields: Fields) -> CommitmentPrompt | None:
    block = fields.fields("commitment", "“commitment”", required=("prompt", "options"))
    if block is None:
        return None
    prompt = block.text("prompt")
    where = translate("Curriculum check", "a commitment option")
    options = [
        SuggestedCommitment(option.text("text"), option.whole("due_days", minimum=0) or 0)
        for option in block.list_of_fields("options", where, required=("text", "due_days"))
    ]
    low, high = COMMITMENT_OPTIONS
    if block.is_list("options") and not low <= len(options) <= high:
        block.report.add(
            block.key_line("options"),
            fill(
                translate("Curriculum check", "“options” must offer %1 to %2 commitments, not %3"),
                str(low),
                str(high),
                str(len(options)),
            ),
        )
    return CommitmentPrompt(prompt, tuple(options))


def _evaluation(fields: Fields) -> Evaluation | None:
    block = fields.fields(
        "evaluation", "“evaluation”", required=("plus", "delta"), optional=("questions",)
    )
    if block is None:
        return None
    return Evaluation(block.text("plus"), block.text("delta"), block.texts("questions"))


# Markdown sections


def _sections(part: Part, allowed: Sequence[str], report: Report) -> dict[str, list[Div]]:
    """The part's `:::` sections by name; several of one name are read as one, in order."""
    found: dict[str, list[Div]] = {}
    for div in part.divs:
        if div.name in allowed:
            found.setdefault(div.name, []).append(div)
        elif div.name in SECTIONS:
            report.add(
                div.line,
                fill(
                    translate(
                        "Curriculum check",
                        "“::: %1” belongs in a session or a module, not before them",
                    ),
                    div.name,
                ),
            )
        else:
            hint = suggestion(div.name, allowed) or fill(
                translate("Curriculum check", "; the sections are %1"), quoted(allowed)
            )
            unknown = translate("Curriculum check", "unknown section “::: %1”%2")
            report.add(div.line, fill(unknown, div.name, hint))
    return found


def _items(divs: Sequence[Div], report: Report) -> tuple[str, ...]:
    """The bullet items of `::: objectives` or `::: keypoints`; indented lines continue one."""
    items: list[str] = []
    for div in divs:
        count = len(items)
        for number, line in enumerate(div.lines, start=div.line + 1):
            if not line.strip():
                continue
            if match := _LIST_ITEM.fullmatch(line):
                items.append(match[1].strip())
            elif len(items) > count and line[:1] in (" ", "\t"):
                items[-1] = f"{items[-1]} {line.strip()}"
            else:
                report.add(
                    number,
                    fill(
                        translate(
                            "Curriculum check", "“::: %1” is a list: start each item with '- '"
                        ),
                        div.name,
                    ),
                )
        if len(items) == count and not any(line.strip() for line in div.lines):
            report.add(
                div.line,
                fill(translate("Curriculum check", "“::: %1” is empty"), div.name),
            )
    return tuple(items)


def _notes(divs: Sequence[Div]) -> str:
    return "\n\n".join("\n".join(div.lines).strip("\n") for div in divs)


def _stray_blocks(blocks: Sequence[Block], report: Report) -> None:
    stray = translate(
        "Curriculum check", "a module block belongs under a '## Module title' heading"
    )
    for block in blocks:
        report.add(block.line, stray)


# Totals


@dataclass
class _Closing:
    """Where the module blocks hold a commitment prompt or an evaluation, as they are read."""

    lines: dict[str, list[int]] = field(
        default_factory=lambda: {"commitment": [], "evaluation": []}
    )
    all_read: bool = True  # False if a module block could not be read: it may hold them


def _check_closing(closing: _Closing, last: Module, report: Report) -> None:
    """A training ends with one commitment prompt and one evaluation, no more."""
    missing = {
        "commitment": translate(
            "Curriculum check",
            "no module holds the “commitment” (prompt and options): add it to a closing "
            "module's block",
        ),
        "evaluation": translate(
            "Curriculum check",
            "no module holds the “evaluation” (plus and delta): add it to a closing module's block",
        ),
    }
    second = translate(
        "Curriculum check", "a second “%1”: a training has one (the first is at line %2)"
    )
    for key, lines in closing.lines.items():
        if not lines:
            report.add(last.line, missing[key])
        for line in lines[1:]:
            report.add(line, fill(second, key, str(lines[0])))


def _check_total(curriculum: Curriculum, line: int, report: Report) -> None:
    declared, total = curriculum.minutes, curriculum.total_minutes
    if declared == total:
        return
    sessions = curriculum.sessions
    terms = f" ({' + '.join(str(s.minutes) for s in sessions)})" if len(sessions) > 1 else ""
    if total < declared:
        difference = fill(translate("Curriculum check", "%1 min less"), str(declared - total))
    else:
        difference = fill(translate("Curriculum check", "%1 min more"), str(total - declared))
    report.add(
        line,
        fill(
            translate("Curriculum check", "“minutes” is %1 but the sessions add up to %2%3: %4"),
            str(declared),
            str(total),
            terms,
            difference,
        ),
    )
