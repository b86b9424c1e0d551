"""The agenda of one meeting as the facilitator plans and runs it.

This is the application service the UI calls: every change goes to the core first (which
decides whether it is allowed) and is saved at once, so killing the app loses nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetingkit.core.agenda import AgendaItem, AgendaTemplate
from meetingkit.core.agenda_run import (
    AgendaRun,
    EndChoice,
    ItemState,
    LastRecord,
    Recorded,
    RunRecord,
)
from meetingkit.core.clock import Clock, catch_up, slept_ms
from meetingkit.core.errors import NotFoundError
from meetingkit.core.i18n import translate
from meetingkit.core.meeting import Meeting
from meetingkit.services.sessions import HEARTBEAT_MS
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.database import transaction

if TYPE_CHECKING:
    from meetingkit.core.decision import Decision, Someone, TemperatureCheck
    from meetingkit.core.rotation import RotationTimer
    from meetingkit.storage.decisions import DecisionStore

# A restart tells how long the app was closed from the last sign of life, which may be up to a
# heartbeat old (more when the app was busy): a shorter gap measures nothing, so says nothing.
RESUME_NOTICE_MS = 2 * HEARTBEAT_MS


@dataclass(frozen=True)
class Resumed:
    """The meeting was running when the app stopped; the clock kept going meanwhile."""

    last_seen_ms: int
    gap_ms: int
    item_ran: bool = True  # an item was on and running: its time counted too (else paused)
    # The computer's clock read this much earlier than `last_seen_ms`, the last moment the
    # meeting's record holds (set back since: by hand, a flat clock battery, another time
    # zone): how long the app was closed cannot be told. The meeting's clock carries on from
    # `last_seen_ms` (`core.clock.catch_up`), and `gap_ms` is 0.
    clock_behind_ms: int = 0


class AgendaSession:
    def __init__(
        self, meeting: Meeting, conn: sqlite3.Connection, clock: Clock, first_open: bool = True
    ) -> None:
        """`first_open`: False when this app has had the meeting open before (it is shown
        again, after an edit or a look at another meeting): then the app never closed, and a
        gap since its last heartbeat is no restart."""
        self.meeting = meeting
        self._conn = conn
        self._agenda = AgendaStore(conn)
        self._decision_store: DecisionStore | None = None
        self._clock = clock
        self.run = self._load_run()
        self.resumed = self._detect_resume() if first_open else None
        self._rotations: dict[int, RotationTimer] = {}

    # A training module's group rotation: "Round 2 of 3 · Coaching". Its start and pauses are
    # saved at once, like the agenda's, so a restart resumes it where the wall clock says.

    def rotation(self, item_id: int) -> RotationTimer | None:
        """The item's rotation timer (restored from its saved run), None if it has none."""
        if item_id in self._rotations:
            return self._rotations[item_id]
        item = next((i for i in self.run.items if i.id == item_id), None)
        if item is None or item.rotation is None:
            return None
        from meetingkit.core.rotation import RotationTimer

        timer = RotationTimer(item.rotation, self._clock)
        timer.restore(self._agenda.rotation_run(item_id))
        self._rotations[item_id] = timer
        return timer

    def start_rotation(self, item_id: int) -> None:
        timer = self.rotation(item_id)
        if timer is not None:
            timer.start()
            self._agenda.save_rotation_run(item_id, timer.state)

    def rotation_as_saved(self, item_id: int) -> bool:
        """Whether the item's rotation timer here is still the saved one: not deleted with its
        meeting, nor started or paused again through another session of the meeting."""
        timer = self._rotations.get(item_id)
        return timer is not None and self._agenda.rotation_run(item_id) == timer.state

    def toggle_rotation_pause(self, item_id: int) -> None:
        """Shift+F9: the rotation alone (the item's countdown runs on)."""
        timer = self.rotation(item_id)
        if timer is None or not timer.status().started:
            return
        if timer.status().paused:
            timer.resume()
        else:
            timer.pause()
        self._agenda.save_rotation_run(item_id, timer.state)

    @property
    def items(self) -> list[AgendaItem]:
        return self.run.items

    def item(self, item_id: int) -> AgendaItem:
        for item in self.run.items:
            if item.id == item_id:
                return item
        raise NotFoundError(translate("Agenda", "That agenda item no longer exists."))

    # Planning

    def add_item(self, item: AgendaItem, position: int | None = None) -> AgendaItem:
        added = self._agenda.add_item(self.meeting.key, item, position)
        self._reload_items()
        return added

    def update_item(self, item: AgendaItem) -> AgendaItem:
        updated = self._agenda.update_item(item)
        self._reload_items()
        return updated

    def delete_item(self, item_id: int) -> None:
        self._agenda.delete_item(item_id)
        self._reload_items()
        self._save_run()  # deleting the running item stops it

    def restore_item(
        self, item_id: int, position: int | None = None, was: ItemState = ItemState.PENDING
    ) -> None:
        """Undo a deletion: the item goes back at `position` (its row at that point of the
        undo history; None: at the end). If it `was` the item on (running or paused) and
        nothing has been on since, it is on again, and the time in between counts for it."""
        self._agenda.restore_item(item_id, position)
        self._reload_items()
        if was in (ItemState.RUNNING, ItemState.PAUSED) and self.run.put_back_on(
            item_id, running=was == ItemState.RUNNING
        ):
            self._save_run()

    def reorder(self, item_ids: Sequence[int]) -> None:
        self._agenda.reorder(self.meeting.key, item_ids)
        self._reload_items()

    def move_item(self, item_id: int, steps: int) -> list[int]:
        """Move an item up (negative) or down; return the new order."""
        ids = [i.key for i in self.items]
        at = ids.index(item_id)
        to = max(0, min(len(ids) - 1, at + steps))
        ids.insert(to, ids.pop(at))
        self.reorder(ids)
        return ids

    def apply_template(self, template: AgendaTemplate) -> list[AgendaItem]:
        added = self._agenda.add_items(self.meeting.key, template.items)
        self._reload_items()
        return added

    def save_as_template(self, name: str) -> AgendaTemplate:
        return self._agenda.save_template(name, self.items)

    def templates(self) -> list[AgendaTemplate]:
        return self._agenda.templates()

    def delete_template(self, name: str) -> None:
        self._agenda.delete_template(name)

    def set_minutes(self, item_id: int, text: str) -> None:
        self._agenda.set_minutes(item_id, text)
        self._reload_items()

    # Running

    def start_meeting(self) -> None:
        self.run.start_meeting()
        self._save_run()

    def take_back_start(self, started: RunRecord) -> bool:
        """Undo the start of the meeting (`started`: the run as the start left it), if the
        meeting has not moved on since: no item paused, finished or put on, no rotation
        started, nobody given the floor. Return whether it was undone; if not, its record
        stays whole."""
        last = self.last_record()
        spoken = last is not None and last.what in (Recorded.TURN_STARTED, Recorded.TURN_ENDED)
        rotated = any(
            self._agenda.rotation_run(i.key) is not None for i in self.items if i.rotation
        )
        if spoken or rotated or not self.run.take_back_start(started):
            return False
        self._save_run()
        return True

    def put_back_start(self, started: RunRecord) -> bool:
        """Redo a start undone (`AgendaRun.put_back_start`)."""
        if not self.run.put_back_start(started):
            return False
        self._save_run()
        return True

    def start_item(self, item_id: int) -> None:
        self.run.start_item(item_id)
        self._save_run()

    def toggle_pause(self) -> None:
        """F6: the current item, and its rotation with it (a fire alarm stops the groups too).
        Resuming the item puts the rotation back as it was before F6: running again if F6
        paused it, still paused if the trainer had paused it alone (Shift+F9)."""
        item_id = self.run.record.current_item_id
        # Read before the item resumes: the moment its pause began
        paused_since = self._paused_since(item_id) if item_id is not None else None
        self.run.toggle_pause()
        self._save_run()
        timer = self.rotation(item_id) if item_id is not None else None
        if item_id is None or timer is None:
            return
        status = timer.status()
        if not status.started or status.finished:
            return
        if self.run.state(item_id) is ItemState.PAUSED:
            # As of the item's own pause, so that resuming knows this F6 paused it
            timer.pause(at_ms=self._paused_since(item_id))
        elif timer.paused_at_ms is not None and timer.paused_at_ms == paused_since:
            timer.resume()
        if timer.status().paused != status.paused:
            self._agenda.save_rotation_run(item_id, timer.state)

    def _paused_since(self, item_id: int) -> int | None:
        """When the item, paused, stopped running (the end of its last stretch); None if it
        is running or has not run."""
        if self.run.state(item_id) is not ItemState.PAUSED:
            return None
        ends = [s.end_ms for s in self.run.record.segments if s.item_id == item_id]
        return ends[-1] if ends else None

    def advance(self) -> AgendaItem | None:
        following = self.run.advance()
        self._save_run()
        return following

    def end_meeting(self, at_ms: int | None = None) -> None:
        """End the meeting now, or at `at_ms`, one of `end_choices`."""
        self.run.end_meeting(at_ms)
        self._save_run()

    def last_record(self) -> LastRecord | None:
        """The last thing recorded of the meeting: on its agenda, or on its floor."""
        return last_record(self._conn, self.meeting.key, self.run)

    def left_open(self) -> LastRecord | None:
        """The last thing recorded, if the meeting was left open (never ended, and its day
        over since: see `AgendaRun.left_open`); None otherwise."""
        return left_open(self._conn, self.meeting.key, self.run)

    def end_choices(self) -> tuple[EndChoice, ...]:
        """The ends End meeting offers, the default first (`AgendaRun.end_choices`)."""
        return self.run.end_choices(self.last_record())

    def is_live(self) -> bool:
        return self.run.started and not self.run.ended

    def state(self, item_id: int) -> ItemState:
        return self.run.state(item_id)

    # Decisions

    @property
    def _decisions(self) -> DecisionStore:
        if self._decision_store is None:  # loaded on first use: not needed to start the app
            from meetingkit.storage.decisions import DecisionStore

            self._decision_store = DecisionStore(self._conn)
        return self._decision_store

    def has_records(self, item_id: int) -> bool:
        """Whether the item has a decision or temperature check, without loading them."""
        return item_id in self._agenda.items_with_records(self.meeting.key)

    def decision(self, item_id: int) -> Decision | None:
        return self._decisions.decision(item_id)

    def decisions(self) -> dict[int, Decision]:
        return self._decisions.decisions(self.meeting.key)

    def record_decision(self, item_id: int, decision: Decision) -> Decision:
        return self._decisions.record(item_id, decision, self.run.now_ms())

    def present(self) -> list[Someone]:
        """Who is at the meeting, by name: whom a motion's mover and seconder are picked from."""
        from meetingkit.core.decision import Someone
        from meetingkit.storage.attendance import AttendanceStore

        return [
            Someone(p.display_name, p.person_id)
            for p in AttendanceStore(self._conn).present(self.meeting.key)
        ]

    def names_told_apart(
        self, present: Sequence[Someone], recorded: Decision | None = None
    ) -> dict[int, str]:
        """What the mover and seconder lists call each of `present`, and the `recorded`
        decision's mover and seconder (who may have left since), by person id: their full
        name, with a detail of theirs where two share it (core.namesakes)."""
        from meetingkit.core.namesakes import told_apart
        from meetingkit.storage.people import PeopleStore

        listed = [*present, *((recorded.moved_by, recorded.seconded_by) if recorded else ())]
        ids = list(dict.fromkeys(p.person_id for p in listed if p and p.person_id is not None))
        found = PeopleStore(self._conn).by_ids(ids)
        return told_apart([found[i] for i in ids if i in found])

    def checks(self) -> dict[int, list[TemperatureCheck]]:
        return self._decisions.checks(self.meeting.key)

    def add_check(self, item_id: int, check: TemperatureCheck) -> TemperatureCheck:
        return self._decisions.add_check(item_id, check, self.run.now_ms())

    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Changes made together (an undo that puts back several items) saved together: if
        one fails (the database refuses it), those before it are taken back too, and the
        agenda goes back to what is saved, as `_save_run` does for one."""
        try:
            with transaction(self._conn):
                yield
        except Exception:
            self.run = self._load_run()
            raise

    # Internals

    def _reload_items(self) -> None:
        self.run.set_items(self._agenda.items(self.meeting.key))

    def _save_run(self) -> None:
        """Save a change already made to the run in memory. If the database refuses it (a
        full disk), the run goes back to what is saved, so that the screen shows what a
        restart would, and the error goes on to the facilitator."""
        try:
            self._agenda.save_run(self.meeting.key, self.run.record, self.run.now_ms())
        except sqlite3.Error:
            self.run = self._load_run()
            raise

    def _load_run(self) -> AgendaRun:
        """The run as saved: at start, and after a change the database refused."""
        key = self.meeting.key
        return AgendaRun(self._agenda.items(key), self._clock, self._agenda.run(key))

    def _detect_resume(self) -> Resumed | None:
        if not self.is_live() or self.left_open() is not None:
            return None  # a meeting left open days ago is not resumed: it is offered an end
        seen = self._agenda.seen_ms(self.meeting.key)
        current = self.run.record.current_item_id
        ran = current is not None and self.run.state(current) is ItemState.RUNNING
        # Nothing saved from now on may come before what is saved already: a clock set back
        # since would start items before the one on, and count the meeting as not begun.
        last = last_record(self._conn, self.meeting.key, self.run)
        saved = max(m for m in (seen, last.at_ms if last else None) if m is not None)
        behind = catch_up(self._clock, saved)
        if behind >= RESUME_NOTICE_MS:
            return Resumed(saved, 0, ran, clock_behind_ms=behind)
        if seen is None:
            return None
        gap = self.run.now_ms() - seen
        # The computer asleep since (its lid closed over a break) is no time the app was
        # closed: the meeting this app has open is read as the lid opens, its last sign of
        # life from before the sleep (the start screen, before the next heartbeat)
        if gap - slept_ms(self._clock, seen) < RESUME_NOTICE_MS:
            return None
        return Resumed(seen, gap, ran)

    def with_meeting(self, meeting: Meeting) -> None:
        """The meeting's plan was edited (title, warning threshold…)."""
        self.meeting = meeting


def last_record(conn: sqlite3.Connection, meeting_id: int, run: AgendaRun) -> LastRecord | None:
    """The last thing recorded of a meeting (`run` is its agenda's): on its agenda, or on its
    floor (the last turn to speak)."""
    from meetingkit.storage.turn_times import last_spoken  # not the floor's model: start path

    return run.last_record(last_spoken(conn, meeting_id))


def left_open(conn: sqlite3.Connection, meeting_id: int, run: AgendaRun) -> LastRecord | None:
    """The last thing recorded of a meeting left open (never ended, and its day over since:
    see `AgendaRun.left_open`), None for any other: its screen, report and minutes show it as
    it was then, not with the days since counted as meeting time."""
    if not run.left_open(run.last_record()):
        return None  # the floor read only when it may matter: a turn since, never more open
    last = last_record(conn, meeting_id, run)
    return last if run.left_open(last) else None
