"""What meetingkit will read of a curriculum folder: its own files, of the size text has.

Both are checked before a byte is read. A link among the handouts (one to /etc/passwd, to a
private key) is reported as the link it is, and never read, quoted back in a problem or copied
into the library; a curriculum.md the size of a film is refused by its size, not loaded into
memory to find out what is wrong with it.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from meetingkit.core.curriculum import Problem
from meetingkit.core.i18n import fill, translate

MAX_FILE_MB = 2
"""A curriculum.md or a handout larger than this is refused: the largest bundled one is 35 kB,
so this leaves room for a whole book of text and none for a picture or a video saved as .md."""
MAX_FILE_BYTES = MAX_FILE_MB * 1_000_000


def foreign_paths(file: Path, handouts: Path) -> list[Problem]:
    """A problem for each of `file` (a curriculum.md), the `handouts` folder and everything
    in it that is a link, leads outside the curriculum's folder, or is not a plain file or
    folder. Links are refused even when they point inside: what is read and imported is
    then always exactly what is in the folder."""
    try:
        root = file.parent.resolve(strict=True)
    except OSError:
        return []  # no folder: reading the file says so
    paths = [file, handouts]
    if handouts.is_dir() and not handouts.is_symlink():
        for top, folders, files in os.walk(handouts):  # does not go into linked folders
            paths += sorted(Path(top) / name for name in [*folders, *files])
    return [p for p in (_foreign(path, root) for path in paths) if p is not None]


def _foreign(path: Path, root: Path) -> Problem | None:
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return Problem(
            path,
            None,
            fill(
                translate(
                    "Curriculum check",
                    "is a link (to %1); meetingkit reads and imports only the files inside a "
                    "curriculum's folder, never what a link leads to: put the file itself here "
                    "instead",
                ),
                str(target),
            ),
        )
    if not path.exists():
        return None  # a missing handouts folder is allowed; a missing file is said when read
    resolved = path.resolve()
    if not resolved.is_relative_to(root):  # a junction or a mount: a link by another name
        return Problem(
            path,
            None,
            fill(
                translate(
                    "Curriculum check",
                    "leads outside the curriculum's folder (to %1); meetingkit reads and "
                    "imports only the files inside it: put the file itself here instead",
                ),
                str(resolved),
            ),
        )
    if not (path.is_file() or path.is_dir()):
        return Problem(
            path,
            None,
            translate(
                "Curriculum check",
                "is not a plain file or folder (a device or a pipe): remove it",
            ),
        )
    return None


def too_large(path: Path) -> str | None:
    """Why `path` is refused for its size without being read, or None if its size is fine.
    Raises OSError when its size cannot be had (a file that is not there)."""
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        return None
    shown = f"{math.ceil(size / 100_000) / 10:.1f}".removesuffix(".0")  # 2.1, never "2"
    return fill(
        translate(
            "Curriculum check",
            "is %1 MB; a curriculum file over %2 MB is refused (a curriculum and its handouts "
            "are plain text): check that this is the right file",
        ),
        shown,
        str(MAX_FILE_MB),
    )
