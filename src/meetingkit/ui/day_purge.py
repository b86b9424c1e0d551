"""Retention purges as the app starts and as the day changes while it stays open.

The app purges the meetings whose retention ran out as it starts (app.py, before any window
shows them). A laptop left open for days (at the union office, asleep overnight) must not keep
a meeting's personal data until the next start: `DayPurge` looks at the day on the window's
heartbeat (one date compared, every few seconds) and, when it changes, runs the due purges
again. A meeting still on (running past midnight), or one the app has open (on screen, on the
projector, taking sign-ins), is held (services.privacy.purge_due_now) and purged on a later
heartbeat, once it is not. Both say what they did in the status bar, in the same words
(`purge_due`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill

if TYPE_CHECKING:
    from meetingkit.core.clock import Clock
    from meetingkit.services.privacy import DuePurges
    from meetingkit.services.sessions import Sessions
    from meetingkit.ui.today import Today


def purge_due(
    conn: sqlite3.Connection,
    today: dt.date,
    clock: Clock | None = None,
    *,
    keep: Callable[[int], bool] = lambda _meeting_id: False,
    at_start: bool = True,
) -> tuple[DuePurges | None, str]:
    """Purge the personal data of meetings whose retention has run out (but those still on,
    or that `keep` says the app has open: services.privacy.purge_due_now); what was done
    (None if the purge failed) and what to say of it in the status bar, or "".

    A purge that fails is reported and the app goes on: it is tried again at the next start,
    or (`at_start` False, the app running) as the day next changes.
    """
    from meetingkit.services.privacy import purge_due_now

    try:
        done = purge_due_now(conn, today, clock, keep=keep)
    except (MeetingkitError, sqlite3.Error) as e:
        print(f"meetingkit: the retention purge did not run: {e}", file=sys.stderr)
        failed = (
            QCoreApplication.translate(
                "app", "The retention purge did not run (%1); it will be tried again next start."
            )
            if at_start
            else QCoreApplication.translate(
                "app", "The retention purge did not run (%1); it will be tried again tomorrow."
            )
        )
        return None, fill(failed, str(e))
    return done, purged_message(len(done.purged))


def purged_message(count: int) -> str:
    """What the status bar says of `count` meetings purged for their retention; "" for none."""
    if not count:
        return ""
    if count == 1:  # translate() outside self.tr gets no plural forms: chosen here
        return QCoreApplication.translate(
            "app",
            "Purged the personal data of one meeting whose retention period ended; its "
            "anonymous counts are kept.",
        )
    return fill(
        QCoreApplication.translate(
            "app",
            "Purged the personal data of %1 meetings whose retention period ended; their "
            "anonymous counts are kept.",
        ),
        str(count),
    )


class DayPurge(QObject):
    """The due purges run again while the app stays open: when the day on the app's clock
    changes (`follow_clock`, on the window's heartbeat), and, while one due was held (still
    on, or open in the app), on every heartbeat until it is purged."""

    purged = Signal()  # meetings' personal data is gone: every screen showing people reads again
    said = Signal(str)  # for the status bar

    def __init__(
        self,
        sessions: Sessions,
        today: Today,
        kept: Callable[[], Collection[int]],
        parent: QObject | None = None,
    ) -> None:
        """`kept`: the meetings the app has open now (on screen, on the projector), held
        until it lets them go."""
        super().__init__(parent)
        self._sessions = sessions
        self._today = today
        self._kept = kept
        # The first heartbeat looks once: a meeting the start-up purge held (running past
        # midnight when the app was started again) is purged once it ends
        self._day: dt.date | None = None
        self._held = False
        self._busy = False  # a box shown from here (`wipe_later`) lets the heartbeat run

    @Slot()
    def follow_clock(self) -> None:
        """A look at the day (the window's heartbeat): changed, or a due meeting held, the
        due purges run."""
        today = self._today()
        if (today == self._day and not self._held) or self._busy:
            return
        self._day = today
        self._busy = True
        try:
            self._purge(today)
        finally:
            self._busy = False

    def _purge(self, today: dt.date) -> None:
        from meetingkit.storage.signin_note import serving_noted

        conn = self._sessions.conn
        kept = set(self._kept())

        def keep(meeting_id: int) -> bool:  # taking sign-ins: on, whatever its agenda says
            return meeting_id in kept or serving_noted(conn, meeting_id)

        done, message = purge_due(conn, today, self._sessions.clock, keep=keep, at_start=False)
        self._held = done is not None and bool(done.held)
        if done is None or not done.purged:
            if message:
                self.said.emit(message)
            return
        self.purged.emit()
        self.said.emit(message)
        last = done.purged[-1]
        if not last.wiped:  # another program is reading: said, and wiped once it stops
            from meetingkit.ui.pending_wipe import wipe_later

            parent = self.parent()
            if isinstance(parent, QWidget):
                text = QCoreApplication.translate(
                    "PrivacyPage",
                    "“%1” was purged: meetingkit no longer shows or uses the personal data it "
                    "held.",
                )
                wipe_later(parent, conn, fill(text, last.title), one_name=False)
