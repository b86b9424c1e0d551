"""What a killed backup, restore or picture leaves behind: copies of everyone's data, swept up.

A backup is written under a hidden name (".NAME.PID-1a2b3c4d.partial", PID the id of the
process writing it) and renamed once checked; a backup being restored is first copied into a
private folder of the data folder's backups folder (".restore-PID-…"), checked there, and
removed after. A process killed or a power cut half-way leaves either one behind: hidden,
never listed as a backup, out of reach of Forget person and Purge, and still holding
everyone's data — unencrypted, when the data was or the backup restored is. One is abandoned
as soon as the process named in it is gone (or, where that cannot be told — a name from
before they carried one, Windows, a process id in use again — once nothing has touched it
for an hour, which a backup or restore still at work never is for long); it is then
overwritten with zeros (services.wiping) and removed by the next backup into that folder, the
next restore, every start of the app, and `meetingkit backup --delete-unencrypted`; and,
whatever its age, by turning encryption on or off, which runs only while nothing has the data
open. Until then the Privacy page counts the unencrypted ones among the unencrypted backups
(services.backup_folder).

`meetingkit screenshot` takes its picture of a copy of the data, made in a private folder of
the data folder (".picture-PID-…", PID the process's id) and deleted after. One a killed
process left is removed, overwritten with zeros first (services.wiping), as soon as that
process is gone (or, where that cannot be told, an hour after it was last touched): by every
start of the app, the next picture, and turning encryption on or off — so that no unencrypted
copy outlives encryption.

A SIGTERM or SIGHUP (`kill`, a terminal closed, the system shutting down) that reaches a
command while it writes such a copy ends it as Ctrl+C does, removing the copy
(`ended_by_signals`); only SIGKILL and a power cut leave one to sweep.

Kept light (no SQLite, no Qt): the app sweeps its data folder as it starts.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

BACKUP_FOLDER = "backups"  # inside the data folder: safety backups, and restores being staged
# A backup being written touches its file every few milliseconds; one untouched this long was
# abandoned by a process that was killed or lost power while writing it.
ABANDONED_AFTER_S = 3600
STAGE_PREFIX = ".restore-"  # a restore's private folder, in the backups folder
# A half-written backup: with the id of the process writing it, or (before it had one) without.
_PARTIAL = re.compile(r"^\..+\.(?:(\d+)-)?[0-9a-f]{8}\.partial$")
_STAGE = re.compile(r"^\.restore-(\d+)-[a-z0-9_]{8}$")
# After ".NAME.": an export's half-written file, with or (before it had one) without a process
_PART = re.compile(r"(?:(\d+)-)?[a-z0-9_]{8}\.part")
_SQLITE = b"SQLite format 3\x00"  # an SQLCipher file is random from its first byte
_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


def partial_name(target: Path) -> Path:
    """Where a backup to `target` is written until it is checked: a hidden name beside it,
    naming this process, so that one a killed process left is told from one being written."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def stage_prefix() -> str:
    """The start of the name of a restore's private folder, made by this process (tempfile
    adds 8 letters, digits or "_")."""
    return f"{STAGE_PREFIX}{os.getpid()}-"


def picture_prefix() -> str:
    """The start of the name of a picture's private folder in the data folder, made by this
    process (tempfile adds 8 letters, digits or "_")."""
    return f".picture-{os.getpid()}-"


def part_prefix(out: Path) -> str:
    """The start of the name of the hidden file an export or a PDF is written to beside
    `out`, by this process, before it is renamed over it (services.file_output; tempfile
    adds 8 letters, digits or "_", then ".part")."""
    return f".{out.name}.{os.getpid()}-"


def discard_parts(out: Path, now: float | None = None) -> list[Path]:
    """Remove the hidden half-written copies of `out` beside it (`part_prefix`) that nothing
    is writing — a process killed while saving it — overwritten with zeros first: a call
    list, a facilitator's copy. Done before `out` is saved again. Returns them."""
    now = time.time() if now is None else now
    start, removed = f".{out.name}.", []
    with contextlib.suppress(OSError):
        for path in out.parent.iterdir():
            if not path.name.startswith(start) or path.is_symlink():
                continue
            named = _PART.fullmatch(path.name[len(start) :])
            if named is None:
                continue
            with contextlib.suppress(OSError):
                if path.is_file() and _abandoned(named.group(1), path.stat().st_mtime, now):
                    discard(path)
                    removed.append(path)
    return removed


# A picture's folder: with the id of the process that made it, or (before it had one) without.
_PICTURE = re.compile(r"^\.picture-(?:(\d+)-)?[a-z0-9_]{8}$")


@dataclass(frozen=True)
class Leftover:
    """A half-written backup (a file) or a staged restore (a folder) that nothing writes."""

    path: Path
    plain: bool  # it holds data that is not encrypted (or too little to tell)
    bytes: int
    touched: float  # when it was last written (seconds since the epoch)


def leftovers(folder: Path, now: float | None = None, *, closed: bool = False) -> list[Leftover]:
    """The half-written backups and staged restores in `folder` that nothing is writing: the
    process named in them is gone, or (where that cannot be told) nothing has touched them for
    `ABANDONED_AFTER_S`. `closed`: nothing has the data open (turning encryption on or off),
    so none can be at work, whatever its age."""
    now = time.time() if now is None else now
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.is_symlink():
                continue
            with contextlib.suppress(OSError):
                partial = _PARTIAL.match(path.name)
                if partial is not None and path.is_file():
                    stat = path.stat()
                    if closed or _abandoned(partial.group(1), stat.st_mtime, now):
                        found.append(Leftover(path, _plain(path), stat.st_size, stat.st_mtime))
                elif path.name.startswith(STAGE_PREFIX) and path.is_dir():
                    staged = _STAGE.match(path.name)
                    touched = _last_touched(path)
                    pid = staged.group(1) if staged else None
                    if closed or _abandoned(pid, touched, now):
                        found.append(_stage(path, touched))
    return found


def discard_abandoned(
    folder: Path, now: float | None = None, *, closed: bool = False
) -> list[Path]:
    """Remove from `folder` the half-written backups and staged restores that nothing is
    writing (`leftovers`), overwritten with zeros first. Returns them."""
    removed = []
    for leftover in leftovers(folder, now, closed=closed):
        with contextlib.suppress(OSError):
            discard(leftover.path)
            removed.append(leftover.path)
    return removed


def discard(path: Path) -> None:
    """Overwrite with zeros and remove a copy of the data: a file, or a private folder of
    files (a staged restore, a picture's copy). OSError if it cannot be removed."""
    from meetingkit.services.wiping import wipe_and_delete

    if path.is_dir() and not path.is_symlink():
        for entry in os.scandir(path):
            wipe_and_delete(Path(entry.path))
        path.rmdir()
    else:
        wipe_and_delete(path)


def _abandoned(pid: str | None, touched: float, now: float) -> bool:
    """Is nothing writing it? The process named in it (`pid`) is gone; this process's own
    never is. Where that cannot be told — no process in its name, Windows, a process id in
    use again — when nothing has touched it for `ABANDONED_AFTER_S`."""
    if pid is not None:
        if int(pid) == os.getpid():
            return False  # this process's own, in use
        if _gone(int(pid)):
            return True
    return now - touched > ABANDONED_AFTER_S


def _stage(folder: Path, touched: float) -> Leftover:
    """A staged restore: the backup being restored (which may be unencrypted even when the
    data is not), its log, a converted copy."""
    plain, size = False, 0
    for entry in os.scandir(folder):
        path = Path(entry.path)
        size += entry.stat(follow_symlinks=False).st_size
        if not path.name.endswith(_COMPANIONS) and not entry.is_symlink():
            plain = plain or _plain(path)
    return Leftover(folder, plain, size, touched)


def _plain(path: Path) -> bool:
    """Can anyone read the copy at `path`: a plain SQLite file, or one too short to tell?
    (An SQLCipher file is random from its first byte.) Read and closed again: no connection of
    this process has a leftover open, so closing it drops no lock of SQLite's."""
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE))
    except OSError:
        return True
    return len(head) < len(_SQLITE) or head == _SQLITE


@contextlib.contextmanager
def ended_by_signals() -> Iterator[None]:
    """While a copy of the data is written under a temporary name: a SIGTERM or SIGHUP
    (`kill`, a terminal closed, the system shutting down) ends the process as Ctrl+C does, by
    an exception, so that what removes the copy on the way out runs. Left as they are where
    the process already answers them (the app closes its window on SIGTERM), and outside the
    main thread, where Python cannot. Nothing can catch SIGKILL."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
            before[signum] = signal.signal(signum, _end)
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _end(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # the status the signal itself would have given


def sweep(data_dir: Path, now: float | None = None, *, closed: bool = False) -> list[Path]:
    """`discard_abandoned` in the data folder's backups folder, where both are made, and
    `discard_pictures` in the data folder. `closed`: nothing has the data open (see
    `leftovers`)."""
    return discard_abandoned(data_dir / BACKUP_FOLDER, now, closed=closed) + discard_pictures(
        data_dir, now
    )


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
                if _abandoned(named.group(1), _last_touched(path), now):
                    discard(path)
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


def _last_touched(folder: Path) -> float:
    """When the staged restore in `folder` was last written: the folder or a file in it."""
    times = [folder.stat().st_mtime]
    for entry in os.scandir(folder):
        times.append(entry.stat(follow_symlinks=False).st_mtime)
    return max(times)
