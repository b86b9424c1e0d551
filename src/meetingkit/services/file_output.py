"""Writing an exported file whole or not at all, with a message a person can act on.

The data goes to a temporary file beside the target, is flushed to disk, then renamed over the
target in one step (os.replace): a full disk or a pulled USB stick leaves the old file, if
any, as it was — never half a list of people.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, translate
from meetingkit.services.leftovers import discard, discard_parts, ended_by_signals, part_prefix
from meetingkit.storage.database import is_database_file


class FileWriteError(MeetingkitError):
    """The file could not be written; the message says why and what to do."""


def replace_file(out: Path, data: bytes) -> None:
    """Replace `out` with `data` in one step, or raise FileWriteError and leave it untouched.
    A link is written through (the file it points to is replaced, the link stays); a file
    made read-only is refused, not replaced behind its owner's back."""
    if out.is_symlink():
        out = Path(os.path.realpath(out))
    if out.is_file() and not os.access(out, os.W_OK):
        raise FileWriteError(
            fill(
                translate(
                    "Saving files",
                    "Could not write %1: the file is read-only. Nothing was written. Choose "
                    "another name, or make the file writable first.",
                ),
                out.name,
            )
        )
    if out.is_file() and is_database_file(out):
        raise FileWriteError(
            fill(
                translate(
                    "Saving files",
                    "%1 is a database (meetingkit's own, or a backup of it): saving over it would "
                    "destroy its data. Nothing was written. Choose another name.",
                ),
                str(out),
            )
        )
    if out.exists() and not (out.is_file() or out.is_dir()):
        raise FileWriteError(
            fill(
                translate(
                    "Saving files",
                    "%1 is not a file (a device or a pipe): saving there would replace it. "
                    "Nothing was written. Choose a file name.",
                ),
                str(out),
            )
        )
    if out.is_dir():
        raise FileWriteError(
            fill(
                translate("Saving files", "%1 is a folder. Choose a file name inside it."), str(out)
            )
        )
    if out.parent.exists() and not out.parent.is_dir():
        raise FileWriteError(
            fill(
                translate(
                    "Saving files", "%1 is a file, not a folder. Choose a folder to save into."
                ),
                str(out.parent),
            )
        )
    if not out.parent.is_dir():
        raise FileWriteError(
            fill(
                translate(
                    "Saving files",
                    "The folder %1 does not exist. Choose another folder, or create it first.",
                ),
                str(out.parent),
            )
        )
    try:
        write_replacing(out, data)
    except OSError as e:
        raise FileWriteError(_explain(out, e)) from e


def write_replacing(out: Path, data: bytes) -> None:
    """The one step itself: a flushed temporary file beside `out`, renamed over it. Raises the
    OSError as it came; the temporary file never outlives a failure, nor a `kill` of a command
    (services.leftovers.ended_by_signals), and is overwritten with zeros as it goes: it holds
    what the file does. One a process killed outright left beside `out` is removed as `out` is
    saved again (`discard_parts`)."""
    temp: str | None = None
    try:
        discard_parts(out)
        with ended_by_signals():
            fd, temp = tempfile.mkstemp(dir=out.parent, prefix=part_prefix(out), suffix=".part")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, out)
            temp = None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                discard(Path(temp))


def _explain(out: Path, e: OSError) -> str:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return fill(
            translate(
                "Saving files",
                "Could not write %1: the disk is full. Nothing was written. Free some "
                "space, or save to another drive, and try again.",
            ),
            out.name,
        )
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return fill(
            translate(
                "Saving files",
                "Could not write %1: you may not write to %2. Nothing was "
                "written. Choose another folder, such as Documents.",
            ),
            out.name,
            str(out.parent),
        )
    return fill(
        translate(
            "Saving files",
            "Could not write %1: %2. Nothing was written. Choose another folder and try again.",
        ),
        out.name,
        str(e.strerror or e),
    )
