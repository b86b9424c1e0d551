"""Opens the live sessions of a meeting (agenda, floor) on one database and one clock.

Built once by app.py and handed to the screens, so no screen reaches for a global.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.clock import Clock
from meetingkit.core.meeting import Meeting
from meetingkit.core.settings import Settings
from meetingkit.services.write_tally import WriteTally

# Every this often the app notes, for each meeting it has opened, that it is running
# (`Sessions.note_alive`), and once as it opens one: after a crash or a flat battery, a restart
# leaves out only the time it was really closed — from the meeting's clock and from the turn of
# whoever was speaking. Only a running app notes this: the demo, written ahead of being opened,
# has no sign of life, so its first opening is no restart.
HEARTBEAT_MS = 5_000

if TYPE_CHECKING:  # each is imported when a meeting first needs it, not at start-up
    from meetingkit.services.agenda_session import AgendaSession
    from meetingkit.services.commitment_desk import CommitmentDesk
    from meetingkit.services.floor_session import FloorSession
    from meetingkit.services.follow_ups import FollowUps
    from meetingkit.services.signin_session import SignInSession


@dataclass(frozen=True)
class Sessions:
    conn: sqlite3.Connection
    clock: Clock
    db_path: Path  # the sign-in server opens its own connection to it
    db_key: str | None = field(default=None, repr=False)  # its passphrase, when encrypted
    # The facilitator's settings as they are now (they change while the app runs).
    settings: Callable[[], Settings] = Settings
    # What this app has opened ("agenda" or "floor", meeting id): showing a meeting again
    # (after editing it, or looking at another one) is no restart to tell the facilitator about.
    _opened: set[tuple[str, int]] = field(
        default_factory=set, init=False, repr=False, compare=False
    )
    # The rows the app writes that say nothing of who signed in or is present: the heartbeat
    # (`note_alive`) and the floor's saves. The Sign-in tab and the floor tell them from the
    # app's other writes (services.write_tally), so neither reads everything again after them.
    quiet_writes: WriteTally = field(
        default_factory=WriteTally, init=False, repr=False, compare=False
    )

    def _first_open(self, what: str, meeting: Meeting) -> bool:
        """Whether this app opens `what` of `meeting` for the first time since it started:
        only then can a gap since the last heartbeat be time the app was closed."""
        key = (what, meeting.key)
        first = key not in self._opened
        self._opened.add(key)
        return first

    def note_alive(self) -> None:
        """Note that the app is running now, for every meeting it has opened since it started
        and not only the one on screen: a meeting runs on while the facilitator looks at
        another. Only those opened: a meeting not yet shown since a restart keeps its last sign
        of life, for its first open to leave out the time the app was closed."""
        for what, meeting_id in sorted(self._opened):
            self._note_alive(what, meeting_id)

    def _note_alive(self, what: str, meeting_id: int) -> None:
        from meetingkit.core.clock import to_ms
        from meetingkit.storage.agenda import AgendaStore
        from meetingkit.storage.floor import FloorStore

        now = to_ms(self.clock.now())
        with self.quiet_writes.counting(self.conn):
            if what == "agenda":
                AgendaStore(self.conn).touch_run(meeting_id, now)
            else:
                FloorStore(self.conn).touch(meeting_id, now)

    def agenda(self, meeting: Meeting) -> AgendaSession:
        from meetingkit.services.agenda_session import AgendaSession

        first_open = self._first_open("agenda", meeting)
        session = AgendaSession(meeting, self.conn, self.clock, first_open=first_open)
        if first_open:  # read its last sign of life first, then give it a new one
            self._note_alive("agenda", meeting.key)
        return session

    def floor(self, meeting: Meeting) -> FloorSession:
        from meetingkit.core.floor import FloorSettings
        from meetingkit.core.stack_entry import TurnLimits
        from meetingkit.services.floor_session import FloorSession

        limits = TurnLimits(general_ms=self.settings().turn_limit_s * 1000)
        first_open = self._first_open("floor", meeting)
        defaults = FloorSettings(limits=limits)
        session = FloorSession(
            meeting,
            self.conn,
            self.clock,
            defaults,
            first_open=first_open,
            quiet_writes=self.quiet_writes,
        )
        if first_open:
            self._note_alive("floor", meeting.key)
        return session

    def turn_left_on(self, meeting: Meeting) -> bool:
        """Whether a turn is on the meeting's floor: after a restart, its floor is opened at
        once, for the time the app was closed to be left out as of then (not as of whenever
        the facilitator next looks at the floor) and the turn to be kept alive from then on."""
        from meetingkit.storage.floor import FloorStore

        return FloorStore(self.conn).turn_left_on(meeting.key)

    def commitments(self, meeting: Meeting) -> CommitmentDesk:
        from meetingkit.services.commitment_desk import CommitmentDesk

        return CommitmentDesk(meeting, self.conn, self.clock, self.settings().card_layout)

    def follow_ups(self) -> FollowUps:
        from meetingkit.services.follow_ups import FollowUps

        return FollowUps(self.conn, self.clock)

    def signin(self, meeting: Meeting) -> SignInSession:
        from meetingkit.services.signin_session import SignInSession

        return SignInSession(
            meeting,
            self.conn,
            self.db_path,
            self.clock,
            self.db_key,
            quiet_writes=self.quiet_writes,
        )
