"""A person forgotten while another program was reading meetingkit's data (a sign-in server, a
command, a backup tool): their name stays in the database file until that read ends
(storage.erasure.wipe_freed_pages). This tries again every few seconds, without waiting, and
says when it is done; closing meetingkit (the last program to close the file) finishes it
too."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from meetingkit.storage.erasure import wipe_freed_pages


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
