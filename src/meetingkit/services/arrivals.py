"""Who signed in to the meeting, as the Sign-in tab lists and counts them, kept up to date as
people arrive without reading the whole list again for each.

The tab's list is read again after every burst of sign-ins (60-70% of a meeting arrives in
its last half hour). Read in full, 3,000 sign-ins cost the screen about 60 ms each time, the
clocks and the stack waiting meanwhile. Here the list is read in full once; then, for each
sign-in the server reports it saved or fixed (`note`), only the sign-ins of the person it
concerns are read again, with whether that person is here for the first time.

That is the whole of what changed only while nothing but the server wrote: it writes on
connections of its own and reports each sign-in it saves, fixes or takes back, and saving or
fixing one touches nothing of anyone else's (storage.signin `record`, `correct`). Everything
is read again after anything else: a sign-in taken back (`read_all_next`: forgetting the
person it made scrubs their name from others' answers too), anything the app writes itself (a
merge, someone marked present from the stack, a name corrected: `SignInSession.writes`
moves) but its heartbeat and the floor's saves, which say nothing of who signed in (counted
apart: services.write_tally; while a turn is on, the heartbeat writes every 5 s), and every
`FULL_EVERY_S` whatever happened (another program writing to the data, which nothing
reports).
"""

from __future__ import annotations

import time
from bisect import insort
from collections.abc import Callable

from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.signin import SignedIn

# More people concerned than this at once: reading everyone again is as quick
MOST_AT_ONCE = 500
# However little was reported, the whole list is read again after this long
FULL_EVERY_S = 60.0


class Arrivals:
    def __init__(self, session: SignInSession, clock: Callable[[], float] = time.monotonic) -> None:
        self.session = session
        self._clock = clock
        self._by_id: dict[int, SignedIn] = {}
        self._signed: list[SignedIn] = []  # oldest first, as SignInSession.signed_in
        self._firsts: frozenset[int] = frozenset()
        self._writes: int | None = None  # the app's writes when last read; None: never read
        self._read_at = 0.0
        self._noted: set[int] = set()
        self._all_next = False

    @property
    def signed(self) -> list[SignedIn]:
        """The meeting's sign-ins, oldest first, as `SignInSession.signed_in` lists them."""
        return self._signed

    @property
    def first_timers(self) -> frozenset[int]:
        """As `SignInSession.first_timers` says."""
        return self._firsts

    def note(self, signin_id: int) -> None:
        """The server saved or fixed this sign-in of the meeting: read it again, and its
        person's others, at the next `update`."""
        self._noted.add(signin_id)

    def read_all_next(self) -> None:
        """Something changed that `note` does not follow (a sign-in taken back): read
        everything at the next `update`."""
        self._all_next = True

    def read(self) -> None:
        """Read everything again."""
        writes = self.session.writes()
        self._noted.clear()
        self._all_next = False
        self._set(self.session.signed_in())
        self._firsts = self.session.first_timers()
        self._writes, self._read_at = writes, self._clock()

    def update(self) -> bool:
        """Read again what changed since the last reading: the sign-ins noted and their
        people's, when that is all that can have changed; else everything. Whether it was
        read in part."""
        if (
            self._writes is None
            or self._all_next
            or self.session.writes() != self._writes
            or len(self._noted) > MOST_AT_ONCE
            or self._clock() - self._read_at >= FULL_EVERY_S
        ):
            self.read()
            return False
        noted, self._noted = self._noted, set()
        if not noted:
            return True
        # Whoever made them as last read and as now (`signed_in_by` finds them): all their
        # sign-ins here, and whether they came before
        people = {s.person_id for i in noted if (s := self._by_id.get(i)) is not None}
        fresh = self.session.signed_in_by(people, noted)
        people |= {s.person_id for s in fresh}
        if len(people) > MOST_AT_ONCE:
            self.read()
            return False
        signed = [s for s in self._signed if s.person_id not in people]
        for gone in self._signed if len(signed) < len(self._signed) else ():
            if gone.person_id in people:
                del self._by_id[gone.id]
        for s in fresh:  # each in its place: the others are in order already
            insort(signed, s, key=_order)
            self._by_id[s.id] = s
        self._signed = signed
        self._firsts = (self._firsts - people) | self.session.first_timers(people)
        return True

    def _set(self, signed: list[SignedIn]) -> None:
        self._signed = signed
        self._by_id = {s.id: s for s in signed}


def _order(signed: SignedIn) -> tuple[int, int]:
    """The order of `SignInSession.signed_in`."""
    return signed.submitted_ms, signed.id
