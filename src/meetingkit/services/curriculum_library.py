"""The trainer's library: the curricula shipped with meetingkit and their own, in a folder of
the data directory that they can open, fill, import into and duplicate into."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError, ValidationError
from meetingkit.core.i18n import fill, is_other_language, translate
from meetingkit.core.person import fold
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import (
    CURRICULUM_FILE,
    HANDOUTS_DIR,
    CurriculumFolder,
    load_curriculum,
    load_folder,
)
from meetingkit.services.curriculum_yaml import retitled

USER_FOLDER = "curricula"
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class LibraryEntry:
    folder: CurriculumFolder
    bundled: bool  # shipped with meetingkit (read-only: duplicate it to change it)

    @property
    def slug(self) -> str:
        return self.folder.folder.name


def _library_order(entry: LibraryEntry) -> tuple[bool, bool, str]:
    curriculum = entry.folder.curriculum
    # One that cannot be read says no language: it stays among the app's, to be fixed.
    other = curriculum is not None and is_other_language(curriculum.language)
    return (not entry.bundled, other, fold(entry.folder.title))


class CurriculumLibrary:
    def __init__(self, data_dir: Path, bundled_dir: Path | None = None) -> None:
        self.user_dir = data_dir / USER_FOLDER
        self.bundled_dir = bundled_dir or curricula_dir()

    def entries(self) -> list[LibraryEntry]:
        """Shipped curricula first, then the trainer's own; within each, those written in the
        app's language before the other editions, each in the order of their titles (accents
        and case aside: "Cómo…" among the C's); each loaded, or with its problems."""
        found = [LibraryEntry(f, True) for f in load_folder(self.bundled_dir)]
        if self.user_dir.is_dir():
            found += [LibraryEntry(f, False) for f in load_folder(self.user_dir)]
        return sorted(found, key=_library_order)

    def editions(self, curriculum: Curriculum, language: str) -> list[LibraryEntry]:
        """The curricula of the library written in `language` that are `curriculum` in
        another language: its translations, each with the same `course` (curricula declare
        their language, not their translations)."""
        shape = course(curriculum)
        return [
            entry
            for entry in self.entries()
            if (other := entry.folder.curriculum) is not None
            and other.language == language
            and course(other) == shape
        ]

    def find(self, name: str) -> Path:
        """A curriculum by path, or by folder name (the trainer's own first)."""
        path = Path(name)
        if path.exists():
            return path
        for folder in (self.user_dir, self.bundled_dir):
            if (folder / name / CURRICULUM_FILE).is_file():
                return folder / name
        known = ", ".join(sorted({e.slug for e in self.entries()}))
        raise MeetingkitError(
            fill(
                translate(
                    "Curriculum library", "There is no curriculum “%1”. The library has: %2."
                ),
                name,
                known,
            )
        )

    def ensure_user_dir(self) -> Path:
        try:
            self.user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise MeetingkitError(
                fill(
                    translate("Curriculum library", "Could not create %1: %2."),
                    str(self.user_dir),
                    str(e.strerror or e),
                )
            ) from e
        return self.user_dir

    def import_from(self, source: Path) -> Path:
        """Copy a curriculum (its folder, or its curriculum.md and handouts) into the trainer's
        folder, after checking it. A curriculum with problems is not imported: the
        ValidationError lists them as file:line: message. A link among its files is one: a
        handout named `slides.pdf` could lead to a private file anywhere on the disk (a key,
        another app's data), and a copy of it would go into the library, to be printed or
        shared with the next trainer."""
        file = source / CURRICULUM_FILE if source.is_dir() else source
        if file.name != CURRICULUM_FILE or not file.is_file():
            raise ValidationError(
                fill(
                    translate(
                        "Curriculum library",
                        "%1 is not a curriculum: choose a curriculum folder or its %2.",
                    ),
                    str(source),
                    CURRICULUM_FILE,
                )
            )
        curriculum, problems = load_curriculum(file)
        if curriculum is None:
            listed = "\n".join(str(p) for p in problems[:20])
            left = len(problems) - 20
            if left == 1:
                listed += "\n" + translate("Curriculum library", "… and 1 more")
            elif left > 1:
                more = translate("Curriculum library", "… and %1 more")
                listed += "\n" + fill(more, str(left))
            if len(problems) == 1:
                heading = translate(
                    "Curriculum library", "%1 has 1 problem; fix it and import it again:"
                )
            else:
                heading = translate(
                    "Curriculum library", "%1 has %2 problems; fix them and import it again:"
                ).replace("%2", str(len(problems)))
            heading = fill(heading, str(file))
            raise ValidationError(f"{heading}\n{listed}")
        return self._copy(file.parent, _slug(file.parent.name))

    def duplicate(self, folder: Path) -> Path:
        """A copy of a curriculum in the trainer's folder, titled "… (copy)", to edit freely.
        The title is rewritten as YAML (curriculum_yaml.retitled), so a copy of a curriculum
        that checks clean checks clean too, whatever the words of its title."""
        target = self._copy(folder, f"{_slug(folder.name)}-copy")
        file = target / CURRICULUM_FILE
        copy = translate("Curriculum library", "%1 (copy)")
        if file.is_symlink():  # copied as a link: never written through
            return target
        try:
            text = file.read_bytes().decode("utf-8")  # its line ends as they are
            changed = retitled(text, lambda title: fill(copy, title))
            if changed is not None:
                file.write_text(changed, encoding="utf-8", newline="")
        except (OSError, UnicodeDecodeError):
            pass  # the copy is still a faithful copy; the title just says the same
        return target

    def _copy(self, folder: Path, slug: str) -> Path:
        user_dir = self.ensure_user_dir()
        target = user_dir / slug
        n = 2
        while target.exists():
            target = user_dir / f"{slug}-{n}"
            n += 1
        try:
            target.mkdir()
            # Links were refused by the check; one made since is copied as a link, and so
            # never followed.
            shutil.copy2(folder / CURRICULUM_FILE, target / CURRICULUM_FILE, follow_symlinks=False)
            if (folder / HANDOUTS_DIR).is_dir():
                shutil.copytree(folder / HANDOUTS_DIR, target / HANDOUTS_DIR, symlinks=True)
        except OSError as e:
            shutil.rmtree(target, ignore_errors=True)
            raise MeetingkitError(
                fill(
                    translate(
                        "Curriculum library",
                        "Could not copy the curriculum into %1: %2. Free some space or check the "
                        "folder, and try again.",
                    ),
                    str(user_dir),
                    str(e.strerror or e),
                )
            ) from e
        return target


Course = tuple[tuple[tuple[object, ...], ...], ...]


def course(curriculum: Curriculum) -> Course:
    """What a curriculum's translation keeps whatever its words: its sessions, and in each its
    modules' minutes, method, group size and rotation (rounds, group size, each step's
    seconds). Two curricula with the same one, in two languages, are one training in two
    editions, as the shipped pairs are (one-on-ones and conversaciones-uno-a-uno)."""
    return tuple(
        tuple(
            (
                module.minutes,
                module.method,
                module.group_size,
                None
                if module.rotation is None
                else (
                    module.rotation.rounds,
                    module.rotation.group_size,
                    tuple(step.seconds for step in module.rotation.steps),
                ),
            )
            for module in session.modules
        )
        for session in curriculum.sessions
    )


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.casefold()).strip("-")[:48] or "curriculum"
