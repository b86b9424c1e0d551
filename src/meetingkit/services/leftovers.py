"""What a killed backup, restore or picture leaves behind: copies of everyone's data, swept up.

A backup is written under a hidden name (".NAME.1a2b3c4d.partial") and renamed once checked;
a backup being restored is first copied into a private folder of the data folder's backups
folder (".restore-…"), checked there, and removed after. A process killed or a power cut
half-way leaves either one behind: hidden, never listed as a backup, out of reach of Forget
person and Purge, and still holding everyone's data. They are removed once abandoned — untouched
for an hour, which a backup or restore still at work never is for long — by the next backup
into that folder, the next restore, and every start of the app.

`meetingkit screenshot` takes its picture of a copy of the data, made in a private folder of
the data folder (".picture-PID-…", PID the process's id) and deleted after. One a killed
process left is removed, overwritten with zeros first (services.wiping), as soon as that
process is gone (or, where that cannot be told, an hour after it was last touched): by every
start of the app, the next picture, and turning encryption on or off — so that no unencrypted
copy outlives encryption.

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


def picture_prefix() -> str:
    """The start of the name of a picture's private folder in the data folder, made by this
    process (tempfile adds 8 letters, digits or "_")."""
    return f".picture-{os.getpid()}-"


# A picture's folder: with the id of the process that made it, or (before it had one) without.
_PICTURE = re.compile(r"^\.picture-(?:(\d+)-)?[a-z0-9_]{8}$")


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
    """`discard_abandoned` in the data folder's backups folder, where both are made, and
    `discard_pictures` in the data folder."""
    return discard_abandoned(data_dir / BACKUP_FOLDER, now) + discard_pictures(data_dir, now)


def discard_pictures(data_dir: Path, now: float | None = None) -> list[Path]:
    """Remove the private folders of pictures (`picture_prefix`) in `data_dir` whose process
    is gone, or, when that cannot be told, that nothing has touched for `ABANDONED_AFTER_S`;
    their files are overwritten with zeros first. Returns them."""
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        for path in data_dir.iterdir():
            named = _PICTURE.match(path.name)
            if named is None or path.is_symlink() or not path.is_dir():
                continue
            with contextlib.suppress(OSError):
                pid = int(named.group(1)) if named.group(1) else None
                if pid == os.getpid():
                    continue  # this process's own, in use
                gone = pid is not None and _gone(pid)
                if not gone and now - _last_touched(path) <= ABANDONED_AFTER_S:
                    continue  # a picture may be taken of it now
                _remove_picture(path)
                removed.append(path)
    return removed


def _gone(pid: int) -> bool:
    """Has the process `pid` ended? Told on POSIX only (elsewhere, False: not known)."""
    if os.name != "posix":
        return False  # os.kill would end the process on Windows, not ask about it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # another user's process: running
    # Killed but not yet reaped by its parent (a zombie, Linux's /proc says "Z"): gone too.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].startswith("Z")


def _remove_picture(folder: Path) -> None:
    """A picture's folder holds a copy of the database and its companions: files only."""
    from meetingkit.services.wiping import wipe_and_delete

    for entry in os.scandir(folder):
        wipe_and_delete(Path(entry.path))
    folder.rmdir()


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
