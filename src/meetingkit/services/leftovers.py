"""What a killed backup or restore leaves behind: copies of everyone's data, swept up.

A backup is written under a hidden name (".NAME.1a2b3c4d.partial") and renamed once checked;
a backup being restored is first copied into a private folder of the data folder's backups
folder (".restore-…"), checked there, and removed after. A process killed or a power cut
half-way leaves either one behind: hidden, never listed as a backup, out of reach of Forget
person and Purge, and still holding everyone's data. They are removed once abandoned — untouched
for an hour, which a backup or restore still at work never is for long — by the next backup
into that folder, the next restore, and every start of the app.

Kept light (no SQLite, no Qt): the app sweeps its data folder as it starts.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

BACKUP_FOLDER = "backups"  # inside the data folder: safety backups, and restores being staged
# A backup being written touches its file every few milliseconds; one untouched this long was
# abandoned by a process that was killed or lost power while writing it.
ABANDONED_AFTER_S = 3600
STAGE_PREFIX = ".restore-"  # a restore's private folder, in the backups folder
_PARTIAL = re.compile(r"^\..+\.[0-9a-f]{8}\.partial$")


def discard_abandoned(folder: Path, now: float | None = None) -> list[Path]:
    """Remove from `folder` the half-written backups and staged restores that a killed
    process left there and nothing has touched for `ABANDONED_AFTER_S`. Returns them."""
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.is_symlink():
                continue
            with contextlib.suppress(OSError):
                if _PARTIAL.match(path.name) and path.is_file():
                    if now - path.stat().st_mtime > ABANDONED_AFTER_S:
                        path.unlink()
                        removed.append(path)
                elif path.name.startswith(STAGE_PREFIX) and path.is_dir():
                    if now - _last_touched(path) <= ABANDONED_AFTER_S:
                        continue  # a restore may be checking it now
                    _remove_stage(path)
                    removed.append(path)
    return removed


def sweep(data_dir: Path, now: float | None = None) -> list[Path]:
    """`discard_abandoned` in the data folder's backups folder, where both are made."""
    return discard_abandoned(data_dir / BACKUP_FOLDER, now)


def _last_touched(folder: Path) -> float:
    """When the staged restore in `folder` was last written: the folder or a file in it."""
    times = [folder.stat().st_mtime]
    for entry in os.scandir(folder):
        times.append(entry.stat(follow_symlinks=False).st_mtime)
    return max(times)


def _remove_stage(folder: Path) -> None:
    """A staged restore holds files only (the copy, its log, a converted copy)."""
    for entry in os.scandir(folder):
        os.unlink(entry.path)
    folder.rmdir()
