"""Curriculum folders on disk: finding them, loading them, and checking them.

A curriculum is a folder holding `curriculum.md` and a `handouts/` folder (curricula/FORMAT.md).
Whatever a user can get wrong — a missing file, bad UTF-8, broken YAML, a handout that does not
exist — comes back as a `Problem` at a line, never as an exception: `meetingkit curricula check`
prints them and the app shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.curriculum import Curriculum, Problem
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.paths import curricula_dir
from meetingkit.services.curriculum_files import foreign_paths, too_large
from meetingkit.services.curriculum_outline import outline
from meetingkit.services.curriculum_parser import parse_curriculum
from meetingkit.services.curriculum_yaml import Report, suggestion

CURRICULUM_FILE = "curriculum.md"
HANDOUTS_DIR = "handouts"
WRITE_LINES = (1, 40)  # "::: write N": from one line to a full page

_NOT_A_CURRICULUM = QT_TRANSLATE_NOOP(
    "Curriculum check", "not a curriculum: give a curriculum.md, its folder, or a folder of them"
)


@dataclass(frozen=True)
class CurriculumFolder:
    """A curriculum as the app lists it: what loaded (None if anything is wrong) and why not."""

    folder: Path
    curriculum: Curriculum | None
    problems: tuple[Problem, ...]

    @property
    def title(self) -> str:
        return self.curriculum.title if self.curriculum else self.folder.name


def load_curriculum(path: Path) -> tuple[Curriculum | None, list[Problem]]:
    """Load a curriculum folder (or its curriculum.md) with its handouts.

    The curriculum is returned only when there is no problem at all, so a trainer never runs
    a rotation longer than its module or prints a handout that is missing. A link in the
    folder is the one problem reported alone: nothing is read until it is gone.
    """
    file = path / CURRICULUM_FILE if path.is_dir() else path
    handouts_dir = file.parent / HANDOUTS_DIR
    if foreign := foreign_paths(file, handouts_dir):  # nothing is read past a link
        return None, _in_order(foreign)
    report = Report(file)
    handouts = _handout_names(handouts_dir, report)
    text = _read(file, report)
    if text is None:
        return None, _in_order(report.problems)
    curriculum = parse_curriculum(text, file, handouts, report)
    problems = list(report.problems)
    handed_out = {name for module in curriculum.modules() for name in module.handouts}
    for name in handouts:
        handout = Report(handouts_dir / name)
        if (handout_text := _read(handout.path, handout)) is not None:
            check_handout(handout_text, handout)
        if not report.problems and name not in handed_out:  # else modules may be unread
            handout.add(
                None,
                translate(
                    "Curriculum check",
                    "no module hands this out: name it under “handouts” in a module",
                ),
            )
        problems += handout.problems
    return (None if problems else curriculum), _in_order(problems)


_EMPTY_LIST_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,9}[.)]|[-*+])[ \t]*")
"""A line holding only a list marker ("1.", "-"): Markdown reads it as an empty item."""


def check_handout(text: str, report: Report) -> None:
    """A handout is Markdown with a '# Title' first and `::: write N` where people write."""
    lines = text.split("\n")
    first = next(((n, line) for n, line in enumerate(lines, 1) if line.strip()), (1, ""))
    if not re.match(r"#[ \t]+\S", first[1]):
        report.add(
            first[0],
            translate("Curriculum check", "a handout starts with its title: a '# Title' line"),
        )
    for n, line in enumerate(lines, 1):
        if _EMPTY_LIST_ITEM.fullmatch(line):
            report.add(
                n,
                translate(
                    "Curriculum check",
                    "a list item with nothing after its marker prints nothing; write the "
                    "words after it, like “Agreement 1:”",
                ),
            )
    part = outline(lines, 1, report, headings=False)[0]
    for block in part.blocks:
        report.add(
            block.line,
            translate(
                "Curriculum check", "a module block belongs in curriculum.md, not in a handout"
            ),
        )
    low, high = WRITE_LINES
    for div in part.divs:
        if div.name != "write":
            hint = suggestion(div.name, ["write"]) or translate(
                "Curriculum check", "; a handout has only “::: write N” sections"
            )
            unknown = translate("Curriculum check", "unknown section “::: %1”%2")
            report.add(div.line, fill(unknown, div.name, hint))
        elif not (re.fullmatch(r"[0-9]{1,3}", div.argument) and low <= int(div.argument) <= high):
            report.add(
                div.line,
                fill(
                    translate(
                        "Curriculum check",
                        "“::: write” takes the number of lines to leave, from %1 to %2, "
                        "like “::: write 6”",
                    ),
                    str(low),
                    str(high),
                ),
            )


def check_paths(paths: Sequence[Path] = ()) -> list[Problem]:
    """Every problem in the curricula at `paths` (the bundled ones if none), file by file.

    A path may be a curriculum.md, a curriculum folder, or a folder of curriculum folders.
    """
    problems: list[Problem] = []
    seen: set[Path] = set()
    for path in paths or [curricula_dir()]:
        files, not_curricula = find_curricula(path)
        problems += not_curricula
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                problems += load_curriculum(file)[1]
    return problems


def check_folder(folder: Path) -> tuple[int, list[Problem]]:
    """How many curricula a folder of curricula holds (the bundled ones, or the trainer's in
    the data folder), and every problem in them; (0, []) for a folder that is not there yet
    or holds no folder at all. The folder is listed once (`find_curricula` would again)."""
    try:
        if not folder.is_dir():
            return 0, []
        folders = _folders_in(folder)
    except OSError as e:
        return 0, [Problem(folder, None, _cannot_read(e))]
    if not folders:
        return 0, []
    problems: list[Problem]
    if (folder / CURRICULUM_FILE).is_file():  # as find_curricula: one curriculum, not a folder
        files, problems = [folder / CURRICULUM_FILE], []
    else:
        files, problems = _curricula_in(folder, folders)
    for file in files:
        problems += load_curriculum(file)[1]
    return len(files), problems


def find_curricula(path: Path) -> tuple[list[Path], list[Problem]]:
    """The curriculum.md files at `path`, and a problem for each folder there that is not one."""
    if path.is_file():
        if path.name == CURRICULUM_FILE:
            return [path], []
        return [], [Problem(path, None, translate("Curriculum check", _NOT_A_CURRICULUM))]
    if not path.is_dir():
        return [], [Problem(path, None, translate("Curriculum check", "no such file or folder"))]
    if (path / CURRICULUM_FILE).is_file():
        return [path / CURRICULUM_FILE], []
    try:
        folders = _folders_in(path)
    except OSError as e:
        return [], [Problem(path, None, _cannot_read(e))]
    return _curricula_in(path, folders)


def _folders_in(path: Path) -> list[Path]:
    """The folders in `path` that may be curricula (not hidden, not _drafts), in name order."""
    return sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _curricula_in(path: Path, folders: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The curriculum.md of each of `folders`, the folders listed in the folder of curricula
    `path`, and a problem for each that has none (for `path` itself if it has no folder)."""
    files = [folder / CURRICULUM_FILE for folder in folders]
    no_file = fill(translate("Curriculum check", "no %1 in this folder"), CURRICULUM_FILE)
    problems = [
        Problem(folder, None, no_file)
        for folder, file in zip(folders, files, strict=True)
        if not file.is_file()
    ]
    if not folders:
        problems.append(Problem(path, None, translate("Curriculum check", _NOT_A_CURRICULUM)))
    return [file for file in files if file.is_file()], problems


def bundled_curricula() -> list[CurriculumFolder]:
    """The curricula shipped with meetingkit, loaded, in folder-name order."""
    return load_folder(curricula_dir())


def load_folder(folder: Path) -> list[CurriculumFolder]:
    """Every curriculum in a folder of curricula, loaded, in folder-name order."""
    files, _ = find_curricula(folder)
    return [CurriculumFolder(file.parent, *_loaded(file)) for file in files]


def _loaded(file: Path) -> tuple[Curriculum | None, tuple[Problem, ...]]:
    curriculum, problems = load_curriculum(file)
    return curriculum, tuple(problems)


def _handout_names(folder: Path, report: Report) -> list[str]:
    if not folder.is_dir():
        return []
    try:
        return sorted(p.name for p in folder.iterdir() if p.suffix == ".md" and p.is_file())
    except OSError as e:
        report.add(
            None,
            fill(
                translate("Curriculum check", "its %1/ folder cannot be read: %2"),
                HANDOUTS_DIR,
                str(e.strerror or e),
            ),
        )
        return []


def _read(path: Path, report: Report) -> str | None:
    """The text of a file, or None after reporting why it cannot be had."""
    try:
        if refused := too_large(path):  # by its size, before it is in memory
            report.add(None, refused)
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        report.add(None, translate("Curriculum check", "no such file"))
        return None
    except OSError as e:
        report.add(None, _cannot_read(e))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        report.add(
            data.count(b"\n", 0, e.start) + 1,
            fill(
                translate(
                    "Curriculum check",
                    "not UTF-8 text (byte %1 in column %2): save the file as UTF-8",
                ),
                f"0x{data[e.start]:02X}",
                str(e.start - line_start + 1),
            ),
        )
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _cannot_read(e: OSError) -> str:
    return fill(translate("Curriculum check", "cannot be read: %1"), str(e.strerror or e))


def _in_order(problems: Iterable[Problem]) -> list[Problem]:
    """By file (the curriculum first, then handouts), then line; whole-file problems first."""
    return sorted(
        problems, key=lambda p: (p.path.parent.name == HANDOUTS_DIR, str(p.path), p.line or 0)
    )
