"""Who is in the room as the floor counts and names them, kept up to date as people arrive
without reading the whole room again for each.

The floor follows the room after every burst of sign-ins at the door. Read in full, 3,000
people present cost the screen 55-75 ms each time (everyone's groups, and the names the room
tells them apart by), while the facilitator runs the floor. Here the room is read in full once;
then, for each person the sign-in server reports a sign-in of (`note`), only that person is
read again: whether they are present, as whom, in which groups, and whether their name is
withheld. The names the room calls people by are worked out again only for those who share
a first name with them (a second Daniel makes the first "Daniel R."), and the size of each
group is kept as people come and go.

That is the whole of what changed only while nothing but the server wrote: saving or fixing a
sign-in touches nothing of anyone else's (storage.signin `record`, `correct`). Everything is
read again after anything else: a sign-in taken back (`read_all_next`: forgetting the person
it made), anything the app writes itself but the floor's saves and its heartbeat
(`quiet_writes`: neither says who is present) and the marks of presence it is told of
(`own_writes`) — a merge, a name corrected, a walk-in marked present —, and every
`FULL_EVERY_S` whatever happened (another program writing to the data, which nothing
reports). Reading everything again also says only who changed, so the
screen repaints only what they change.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from contextlib import AbstractContextManager

from meetingkit.core.airtime import NOT_GIVEN
from meetingkit.core.person import canonical_profession, name_key, room_names
from meetingkit.services.write_tally import WriteTally, other_writes
from meetingkit.storage.attendance import AttendanceStore, Present
from meetingkit.storage.signin import SignInStore

# More people noted than this at once: reading everyone again is as quick
MOST_AT_ONCE = 500
# However little was reported, the whole room is read again after this long
FULL_EVERY_S = 60.0


class FloorRoom:
    def __init__(
        self,
        conn: sqlite3.Connection,
        meeting_id: int,
        *,
        quiet_writes: WriteTally | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`quiet_writes`: the rows the app has written that say nothing of who is present
        (its heartbeat and the floor's saves: `Sessions.quiet_writes`), told apart from its
        other writes."""
        self._conn = conn
        self._meeting_id = meeting_id
        self._attendance = AttendanceStore(conn)
        self._signins = SignInStore(conn)
        self._quiet = quiet_writes if quiet_writes is not None else WriteTally()
        self._clock = clock
        self.present: dict[int, Present] = {}
        # Each one's groups as the meeting keeps them (`groups_of`), and how many are in each
        self.groups: dict[int, frozenset[str]] = {}
        self.sizes: Counter[str] = Counter()
        # What the room calls each one (core.person.room_names). The floor reads this very
        # dict (`Floor.names_of`): it is changed, never replaced.
        self.names: dict[int, str] = {}
        self.withheld: set[int] = set()  # whose first name the room may not see
        self._sort: dict[int, tuple[str, int]] = {}  # people.sort_name, then the id
        self._in_order: list[Present] | None = None
        self._key: dict[int, str] = {}  # each one's first name as the room hears it
        self._by_key: dict[str, set[int]] = {}  # who has each first name
        self._professions: dict[str, frozenset[str]] = {}
        self._noted: set[int] = set()
        self._all_next = False
        self._own = WriteTally()  # rows written through `own_writes`
        self._writes: int | None = None  # the app's other writes when last read; None: never
        self._read_at = 0.0

    def in_order(self) -> list[Present]:
        """Those present, as AttendanceStore.present lists them (by name)."""
        if self._in_order is None:
            sort = self._sort
            self._in_order = sorted(self.present.values(), key=lambda p: sort[p.person_id])
        return self._in_order

    def namesakes(self, first_name: str) -> list[tuple[int, str, str]]:
        """Those present with this first name as the room hears it (`room_names`): (id, first
        name, last name)."""
        first = " ".join(first_name.split())
        found = self._by_key.get(name_key(first), ()) if first else ()
        return [(pid, self.present[pid].first_name, self.present[pid].last_name) for pid in found]

    def note(self, person_id: int) -> None:
        """The sign-in server saved or fixed a sign-in of this person: read them again at the
        next `update`."""
        self._noted.add(person_id)

    def read_all_next(self) -> None:
        """Something changed that `note` does not follow (a sign-in taken back): read
        everything at the next `update`."""
        self._all_next = True

    def own_writes(self) -> AbstractContextManager[None]:
        """Writes made within that change nobody's presence, or only that of people then
        noted (`note`): they do not make the next `update` read everything."""
        return self._own.counting(self._conn)

    def read(self) -> set[int]:
        """Read everything again: the people whose presence, groups, room name or withheld
        name changed."""
        writes = self._others()
        self._noted.clear()
        self._all_next = False
        changed = self._apply(
            self._attendance.present_sorting(self._meeting_id),
            self._signins.names_withheld(self._meeting_id),
        )
        self._writes, self._read_at = writes, self._clock()
        return changed

    def update(self) -> set[int]:
        """Read again what changed since the last reading: the people noted, when that is all
        that can have changed; else everything. Who changed, as `read` says."""
        if (
            self._writes is None
            or self._all_next
            or self._others() != self._writes
            or len(self._noted) > MOST_AT_ONCE
            or self._clock() - self._read_at >= FULL_EVERY_S
        ):
            return self.read()
        noted, self._noted = self._noted, set()
        if not noted:
            return set()
        return self._apply(
            self._attendance.present_sorting(self._meeting_id, noted),
            self._signins.names_withheld(self._meeting_id, noted),
            noted,
        )

    def _others(self) -> int:
        """The rows the app has written but through `own_writes` and `quiet_writes`."""
        return other_writes(self._conn, self._quiet, self._own)

    def _apply(
        self,
        rows: Iterable[tuple[str, Present]],
        withheld: Collection[int],
        people: Collection[int] | None = None,
    ) -> set[int]:
        """Take `rows` (AttendanceStore.present_sorting) and `withheld` as the room now, for
        `people` only if given (everyone else as they were): who changed."""
        fresh = {p.person_id: (sort, p) for sort, p in rows}
        changed: set[int] = set()
        keys: set[str] = set()  # first names whose room names are to be worked out again
        # Everyone: those present, and those withheld (someone marked absent from the stack
        # is on it still, and still only an initial to the room)
        everyone = set(self.present) | set(fresh) | self.withheld | set(withheld)
        for pid in everyone if people is None else people:
            if (pid in withheld) != (pid in self.withheld):
                changed.add(pid)
                (self.withheld.add if pid in withheld else self.withheld.discard)(pid)
            got = fresh.get(pid)
            new, sort = (got[1], (got[0], pid)) if got is not None else (None, None)
            if sort != self._sort.get(pid):
                self._in_order = None
                if sort is None:
                    del self._sort[pid]
                else:
                    self._sort[pid] = sort
            old = self.present.get(pid)
            if new == old:
                continue
            changed.add(pid)
            self._in_order = None
            if old is not None:
                del self.present[pid]
                self._count(self.groups.pop(pid), -1)
            if new is not None:
                self.present[pid] = new
                self.groups[pid] = groups = self._groups_of(new)
                self._count(groups, 1)
            if (
                new is None
                or old is None
                or (new.first_name, new.last_name)
                != (
                    old.first_name,
                    old.last_name,
                )
            ):
                keys |= self._name_again(pid, new)
        named = room_names(
            (pid, self.present[pid].first_name, self.present[pid].last_name)
            for key in keys
            for pid in self._by_key.get(key, ())
        )
        for pid, name in named.items():
            if self.names.get(pid) != name:
                self.names[pid] = name
                changed.add(pid)
        return changed

    def _name_again(self, pid: int, present: Present | None) -> set[str]:
        """`pid` is no longer named as they were (gone, or their name changed): the first
        names whose people are to be named again."""
        keys = set()
        self.names.pop(pid, None)
        if (old := self._key.pop(pid, None)) is not None:
            keys.add(old)
            sharing = self._by_key[old]
            sharing.discard(pid)
            if not sharing:
                del self._by_key[old]
        first = " ".join(present.first_name.split()) if present is not None else ""
        if first:  # as `room_names` hears it; someone with no first name has no room name
            key = self._key[pid] = name_key(first)
            self._by_key.setdefault(key, set()).add(pid)
            keys.add(key)
        return keys

    def _groups_of(self, present: Present) -> frozenset[str]:
        """The profession and self-identified groups they had at the meeting."""
        profession = self._professions.get(present.profession)
        if profession is None:
            given = present.profession.strip()
            profession = frozenset({canonical_profession(present.profession)} if given else ())
            self._professions[present.profession] = profession
        return profession | present.categories if present.categories else profession

    def _count(self, groups: frozenset[str], step: int) -> None:
        for group in groups or (NOT_GIVEN,):
            n = self.sizes[group] + step
            if n:
                self.sizes[group] = n
            else:
                del self.sizes[group]
