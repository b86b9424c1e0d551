"""Retention: purge a meeting's personal data, keeping anonymous counts.

"Purge contact details N days after the meeting, keeping anonymous counts and airtime by
group." The counts are computed by the same code the live screens use (FloorSession's group
shares, the sign-in room count), saved, and only then is the personal data removed
(storage.erasure): who attended, their sign-ins, answers and consents, stack entries and
turns, roles, cards and commitments, names in the meeting's text. People linked to nothing
else afterwards are deleted from the directory if they came into it at a meeting (signed in,
or typed in while it ran); those who were in it on their own (a roster import, added by
hand) and those still linked elsewhere keep their entry (storage.erasure.Leaving, the one
rule). The app runs the due purges as it starts, and again as the day changes while it stays
open (`purge_due_now`); `meetingkit purge` runs them by hand.

The counts single nobody out: professions with fewer people than the meeting's minimum group
size (the floor's `min_group_size`, as on the projector) are combined into one row, smaller
groups are dropped (core.kept_counts). The attendance stays exact. `kept_counts` reads them
back for the meeting's report.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetingkit.storage.retention import Count, Retention, RetentionStore

if TYPE_CHECKING:  # the app runs the due purges as it starts: what a purge needs comes then
    from meetingkit.core.airtime import GroupShare
    from meetingkit.core.clock import Clock
    from meetingkit.core.kept_counts import KeptCounts
    from meetingkit.core.meeting import Meeting
    from meetingkit.services.floor_session import FloorSession
    from meetingkit.storage.erasure import Leaving


@dataclass(frozen=True)
class PurgeResult:
    meeting_id: int
    title: str
    people_deleted: int  # directory entries removed: came in at a meeting, nothing else
    people_kept: int  # entry kept: linked to other meetings, roles or follow-ups, or on their own
    counts: list[Count]
    people_on_their_own: int = 0  # of the kept, in the directory before, linked to nothing else
    # Its freed pages were wiped from the files. False: another connection was reading and
    # kept the old pages, names and all, in the database file (storage.erasure.wipe_freed_pages)
    wiped: bool = True


def due_purges(conn: sqlite3.Connection, today: dt.date) -> list[Retention]:
    """Meetings whose retention ran out by `today` and still hold personal data."""
    return RetentionStore(conn).due(today)


def run_due_purges(
    conn: sqlite3.Connection, today: dt.date, clock: Clock | None = None
) -> list[PurgeResult]:
    """Purge every meeting that is due, the latest first; cheap (one indexed query) when none
    is. Latest first: a meeting's kept counts are taken while the meetings before it still
    say who came to them, so its first-timers are told from regulars (storage.first_timers)."""
    due = sorted(due_purges(conn, today), key=lambda r: (r.date, r.meeting_id), reverse=True)
    return [purge_meeting(conn, r.meeting_id, clock) for r in due]


@dataclass(frozen=True)
class DuePurges:
    purged: list[PurgeResult]
    # Due, but held for now: still on (a meeting running past midnight), or one the app
    # keeps (on screen). Purged once they are not (`purge_due_now` again).
    held: list[int]


def purge_due_now(
    conn: sqlite3.Connection,
    today: dt.date,
    clock: Clock | None = None,
    *,
    keep: Callable[[int], bool] = lambda _meeting_id: False,
) -> DuePurges:
    """Purge every meeting that is due (`run_due_purges`) but one still on or that `keep`
    says the app has open: a purge never lands in the middle of a meeting. A retention of at
    least a day (`storage.retention.check_days`) keeps a meeting's own day clear; one running
    past midnight (started, not ended, and not left open: `services.whats_next.still_on`, the
    agenda's and the start screen's rule) is held until it ends or is left open, and one on
    screen until the facilitator leaves it. Cheap (one indexed query) when none is due."""
    due = sorted(due_purges(conn, today), key=lambda r: (r.date, r.meeting_id), reverse=True)
    if not due:
        return DuePurges([], [])
    on = _still_on(conn, clock, [r.meeting_id for r in due])
    held = [r.meeting_id for r in due if r.meeting_id in on or keep(r.meeting_id)]
    purged = [purge_meeting(conn, r.meeting_id, clock) for r in due if r.meeting_id not in held]
    return DuePurges(purged, held)


def _still_on(
    conn: sqlite3.Connection, clock: Clock | None, meeting_ids: Collection[int]
) -> Collection[int]:
    """Of `meeting_ids`, those running now: started, not ended, not left open."""
    from meetingkit.storage.agenda import AgendaStore

    running = [m for m in AgendaStore(conn).running_meetings() if m in meeting_ids]
    if not running:
        return ()
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.services.whats_next import still_on

    return still_on(conn, clock or WallAnchoredClock(), running).keys()


def purge_meeting(
    conn: sqlite3.Connection, meeting_id: int, clock: Clock | None = None
) -> PurgeResult:
    """Keep the meeting's counts, then remove its personal data (all in one transaction),
    then wipe the freed pages from the files. Purging again removes anything added since
    and keeps the counts of the first purge."""
    from meetingkit.storage.database import transaction, utc_now
    from meetingkit.storage.erasure import (
        erase_meeting,
        forget_people,
        leaving,
        wipe_freed_pages,
    )
    from meetingkit.storage.meetings import MeetingStore

    retention = RetentionStore(conn)
    meeting = MeetingStore(conn).get(meeting_id)
    first_purge = retention.get(meeting_id).purged_at is None
    if first_purge:
        counts = meeting_counts(conn, meeting, clock)
    else:  # kept as they were, small groups folded if an older purge kept them apart
        counts = _anonymous(retention.counts(meeting_id), _min_group_size(conn, meeting_id))
    with transaction(conn):
        retention.save_counts(meeting_id, counts)
        linked = erase_meeting(conn, meeting_id)
        going = leaving(conn, linked)
        deleted = forget_people(conn, going.deleted)
        retention.mark_purged(meeting_id, utc_now())
    wiped = wipe_freed_pages(conn)
    return PurgeResult(
        meeting_id,
        meeting.title,
        deleted,
        len(linked) - deleted,
        counts,
        len(going.on_their_own),
        wiped,
    )


def leaving_if_purged(conn: sqlite3.Connection, meeting_id: int) -> Leaving:
    """What purging the meeting would do to the directory, for the confirmation to say: who
    goes (came in at a meeting, nothing else on record), who stays though at no other
    meeting (in the directory on their own), who stays linked elsewhere. Changes nothing."""
    from meetingkit.storage import erasure

    return erasure.leaving_if_purged(conn, meeting_id)


def meeting_counts(
    conn: sqlite3.Connection, meeting: Meeting, clock: Clock | None = None
) -> list[Count]:
    """The anonymous figures a report needs, as the live screens compute them: attendance,
    first-timers, sign-ins, people by profession, each group's people and airtime (the
    floor's own group shares), total airtime, turns and speakers, commitments per option and
    how many people committed, consents by kind, cards issued and returned. Professions and
    groups smaller than the meeting's minimum group size are folded (`_anonymous`)."""
    from meetingkit.core.airtime import NOT_GIVEN
    from meetingkit.core.clock import WallAnchoredClock
    from meetingkit.core.person import canonical_profession
    from meetingkit.services.floor_session import FloorSession
    from meetingkit.storage.commitments import CommitmentStore
    from meetingkit.storage.first_timers import first_timers
    from meetingkit.storage.signin import SignInStore

    floor = FloorSession(meeting, conn, clock or WallAnchoredClock())
    present = floor.present()
    signed = SignInStore(conn).signed_in(meeting.key)
    ledger, now_ms = floor.floor.ledger, floor.floor.now_ms()
    airtime = ledger.by_person(now_ms)
    counts = [
        Count("attendance", people=len(present)),
        Count("signins", people=len(signed)),
        Count("first_timers", people=len(first_timers(conn, meeting.key))),
        Count(
            "airtime",
            people=len([p for p, ms in airtime.items() if ms > 0]),
            ms=sum(airtime.values()),
        ),
        Count("turns", people=len(ledger.turns)),
    ]
    professions = Counter(canonical_profession(p.profession) or NOT_GIVEN for p in present)
    counts += [Count("profession", label, n) for label, n in sorted(professions.items())]
    groups = _groups(floor, airtime, professions)
    counts += [Count("group", s.group, s.people_present, s.airtime_ms) for s in groups]
    commitments = CommitmentStore(conn).for_meeting(meeting.key)
    committed = Counter(c.text for c in commitments)
    counts += [Count("commitment", text, n) for text, n in sorted(committed.items())]
    counts.append(Count("committed", people=len({c.person_id for c in commitments})))
    counts += RetentionStore(conn).record_counts(meeting.key)
    return _anonymous(counts, floor.floor.settings.min_group_size)


def _groups(
    floor: FloorSession, spoke: Mapping[int, int], professions: Collection[str]
) -> list[GroupShare]:
    """The floor's groups a purge keeps: none that would let someone's time be worked out
    from the others and the total (core.kept_counts.kept_groups), checked while who was in
    which is still known. `spoke`: each person's speaking time; `professions`: those of the
    people present."""
    from meetingkit.core.airtime import NOT_GIVEN
    from meetingkit.core.kept_counts import kept_groups

    everyone = {p.person_id for p in floor.present()} | {p for p, ms in spoke.items() if ms > 0}
    members: dict[str, set[int]] = {}
    for pid in everyone:  # as the floor counts them: someone in no group is "Not given"
        for group in floor.groups_of(pid) or {NOT_GIVEN}:
            members.setdefault(group, set()).add(pid)
    size = floor.floor.settings.min_group_size
    return kept_groups(floor.shares(), members, everyone, size, professions)


def _anonymous(counts: list[Count], min_size: int) -> list[Count]:
    """The counts with the professions below `min_size` combined into one row and the
    groups below it dropped: "1 pharmacist came" would name the pharmacist."""
    from meetingkit.core.airtime_equity import fold_small
    from meetingkit.core.kept_counts import big_groups

    professions = [(c.label, c.people) for c in counts if c.measure == "profession"]
    groups = [(c.label, c.people, c.ms) for c in counts if c.measure == "group"]
    rest = [c for c in counts if c.measure not in ("profession", "group")]
    return (
        rest
        + [Count("profession", label, n) for label, n in sorted(fold_small(professions, min_size))]
        + [Count("group", label, n, ms) for label, n, ms in big_groups(groups, min_size)]
    )


def _min_group_size(conn: sqlite3.Connection, meeting_id: int) -> int:
    from meetingkit.storage.floor import FloorStore

    return FloorStore(conn).settings(meeting_id).min_group_size


def kept_counts(conn: sqlite3.Connection, meeting_id: int) -> KeptCounts | None:
    """What a purged meeting's report shows, from the counts its purge kept (small groups
    folded even if an older purge kept them apart); None if it was never purged."""
    from meetingkit.core.kept_counts import KeptCounts

    retention = RetentionStore(conn)
    purged_at = retention.get(meeting_id).purged_at
    if purged_at is None:
        return None
    counts = _anonymous(retention.counts(meeting_id), _min_group_size(conn, meeting_id))
    one = {c.measure: c for c in counts if not c.label}
    labelled: dict[str, list[Count]] = {}
    for c in counts:
        labelled.setdefault(c.measure, []).append(c)
    cards = {c.label: c.people for c in labelled.get("cards", [])}

    def people(measure: str) -> int:
        return one[measure].people if measure in one else 0

    return KeptCounts(
        purged_on=dt.datetime.fromisoformat(purged_at).astimezone().date(),
        attendance=people("attendance"),
        first_timers=people("first_timers"),
        professions=tuple((c.label, c.people) for c in labelled.get("profession", [])),
        groups=tuple((c.label, c.people, c.ms) for c in labelled.get("group", [])),
        airtime_ms=one["airtime"].ms if "airtime" in one else 0,
        speakers=people("airtime"),
        turns=people("turns"),
        commitments=tuple((c.label, c.people) for c in labelled.get("commitment", [])),
        committed=one["committed"].people if "committed" in one else None,
        cards_issued=cards.get("issued", 0),
        cards_returned=cards.get("returned", 0),
    )
