"""Copies of the data overwritten with zeros before they go, so that their old contents are not
left in the disk's free space: the file encryption replaced (services.encryption), unencrypted
backups deleted once the data is encrypted (services.backup_folder), the copies a killed
backup, restore or `meetingkit screenshot` left behind (services.leftovers), a half-written
backup removed when writing it failed (services.backup).

On an SSD or a copy-on-write file system the old blocks may survive anyway (docs/privacy.md);
on an ordinary disk this is what takes them away. Kept light: no SQLite, no Qt.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

_ZEROS = bytes(1 << 20)


def overwrite(file: BinaryIO) -> None:
    """Write zeros over the whole of the open `file` (opened "r+b"), and make them durable."""
    size = os.fstat(file.fileno()).st_size
    file.seek(0)
    for start in range(0, size, len(_ZEROS)):
        file.write(_ZEROS[: min(len(_ZEROS), size - start)])
    file.flush()
    os.fsync(file.fileno())


def wipe_and_delete(path: Path) -> None:
    """Overwrite the file at `path` with zeros, then delete it. A symbolic link is deleted
    without touching what it points to, and a file with another name too (a hard link: its
    contents live on under that name, which may be a copy kept on purpose) is only deleted.
    OSError if it cannot be deleted; one that cannot be overwritten (read-only, or Windows,
    which will not write to a file another program holds, or a full or failing disk) is
    deleted all the same."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        fd = -1  # a link (O_NOFOLLOW refuses it), or a file it may not write: just deleted
    if fd >= 0:
        with contextlib.suppress(OSError), open(fd, "r+b") as file:
            if os.fstat(fd).st_nlink == 1:
                overwrite(file)
    path.unlink()
