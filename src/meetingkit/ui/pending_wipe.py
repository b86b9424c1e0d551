"""A person forgotten, or a meeting purged or deleted, while another program was reading
meetingkit's data (a sign-in server, a command, a backup tool): the names stay in the database
file until that read ends (storage.erasure.wipe_freed_pages). `wipe_later` says so, the same
way for Forget person, Purge and Delete meeting; `PendingWipe` then tries again every few
seconds, without waiting, and says when it is done; closing meetingkit (the last program to
close the file) finishes it too."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from meetingkit.storage.erasure import wipe_freed_pages
from meetingkit.ui.feedback import Alert


class PendingWipe(QObject):
    """The wipe left to finish on `conn`; `done` once it is."""

    RETRY_MS = 3000
    done = Signal()

    def __init__(self, conn: sqlite3.Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn = conn
        self.timer = QTimer(self)
        self.timer.setInterval(self.RETRY_MS)
        self.timer.timeout.connect(self.try_again)

    def start(self) -> None:
        self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    @Slot()
    def try_again(self) -> None:
        try:
            wiped = wipe_freed_pages(self._conn, 0)
        except sqlite3.ProgrammingError:  # the data was closed: its close wiped what it could
            self.timer.stop()
            return
        except sqlite3.Error:  # a change being written just now: next time
            return
        if wiped:
            self.timer.stop()
            self.done.emit()


def wipe_later(parent: QWidget, conn: sqlite3.Connection, done: str, *, one_name: bool) -> None:
    """The wipe after a deletion on `conn` did not finish: say so plainly, after `done`, what
    was done ("Dele Okonkwo was forgotten: meetingkit no longer shows or uses anything about
    them."), and finish it as soon as it can (one `PendingWipe` for `parent`'s window, which
    says in its status bar when it is). `one_name`: one person's name stays, not several."""
    if one_name:
        title = QCoreApplication.translate("PendingWipe", "The name is still in the database file")
        why = QCoreApplication.translate(
            "PendingWipe",
            "But another program is reading meetingkit's data right now (a sign-in server, a "
            "meetingkit command, a backup or file-sync program), so their name stays in the "
            "database file until it stops. meetingkit takes it out as soon as it can, and says "
            "so; closing both programs does it too.",
        )
    else:
        title = QCoreApplication.translate(
            "PendingWipe", "The names are still in the database file"
        )
        why = QCoreApplication.translate(
            "PendingWipe",
            "But another program is reading meetingkit's data right now (a sign-in server, a "
            "meetingkit command, a backup or file-sync program), so the names stay in the "
            "database file until it stops. meetingkit takes them out as soon as it can, and "
            "says so; closing both programs does it too.",
        )
    Alert.show(parent, title, f"{done} {why}")
    window = parent.window()
    pending = window.findChild(PendingWipe)
    if pending is None:
        pending = PendingWipe(conn, window)
        if isinstance(window, QMainWindow):
            bar = window.statusBar()
            gone = QCoreApplication.translate(
                "PendingWipe",
                "The names that stayed in the database file are now gone from it too.",
            )
            pending.done.connect(lambda: bar.showMessage(gone, 15_000))
    pending.start()
