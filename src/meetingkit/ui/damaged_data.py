"""Data found damaged while the app runs: a page of the file cannot be read ("database disk
image is malformed"). The app opened — the pages it reads at start were whole — and a screen
or a save reaches the damaged ones later.

That is said in words wherever it surfaces (feedback.user_errors, unexpected_error): the
data file is damaged, trying again will not help, and which backup to restore, by the exact
command (the app cannot restore over it: the damaged file cannot be copied first), to be run
in a terminal — said so, for whoever opened meetingkit from its icon (`restore_advice`). The
file is not checked at start: SQLite's quick check takes ~50 ms on 100,000 people, start-up
time that matters, for a damage so rare; the first damaged page read says it instead.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from meetingkit.storage.database import is_damage, refusal

_watched: list[Path] = []  # the data folder of the window that is open


def watch(data_dir: Path) -> None:
    """The data folder whose backups to name when its file turns out damaged."""
    _watched[:] = [data_dir]


def explanation(error: BaseException) -> str | None:
    """What to tell the facilitator when `error` says the data file is damaged, else None."""
    if not isinstance(error, sqlite3.DatabaseError) or not is_damage(error):
        return None
    text = refusal(error)
    if _watched:
        text += " " + restore_advice(_watched[0])
    return text


def restore_advice(data_dir: Path) -> str:
    """services.backup.restore_advice in a window's words: the newest backup in `data_dir`'s
    backups folder, and the exact command that puts it in place, to be run in a terminal
    (someone who opened meetingkit from its icon may never have typed one)."""
    from meetingkit.services.backup import restore_advice_in

    return restore_advice_in(
        data_dir,
        QCoreApplication.translate(
            "damaged_data",
            "There is no backup in %1. If you saved one elsewhere, close meetingkit, open a "
            "terminal and run this command, with the backup's file in place of FILE:\n%2",
        ),
        QCoreApplication.translate(
            "damaged_data",
            "The newest backup is %1 (written %2). To put it in place of the damaged file, which "
            "is kept, close meetingkit, open a terminal and run this command:\n%3",
        ),
    )
