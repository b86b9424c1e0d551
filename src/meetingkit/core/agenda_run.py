"""Running the agenda: which item is on, for how long, and when the meeting will end.

Nothing here ticks. Each item's time is a list of segments (start, end) in integer milliseconds
of the injected clock; elapsed time is the sum of closed segments plus the open one up to now.
Pauses are simply gaps between segments. The whole state is a `RunRecord`, which storage saves
after every change, so a restarted app rebuilds the run exactly from the record and the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import Clock, local_time, to_ms
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import translate

TIME_CHECK_LEAD_MS = 5 * 60_000  # the timekeeper calls time about five minutes early
DEFAULT_WARNING_MS = 2 * 60_000
# A run started this far from the meeting's planned start is the meeting held on another day
# than planned (its date never changed): its planned end is then counted from when it started.
ANOTHER_DAY_MS = 12 * 3_600_000
# A meeting never ended whose last record (an item's start or end, a speaker's turn) is this
# old and on an earlier day was left open: End meeting forgotten, or the laptop closed
# mid-meeting and opened days later. It ends at that record, not whenever it is next opened;
# a restart after a crash the same day or night resumes it as it was.
LEFT_OPEN_MS = 6 * 3_600_000
# Every item done this long before End meeting is pressed: the room may have gone when the
# last item ended, or stayed on, so End meeting offers to end then or now.
ENDED_EARLIER_MS = 60_000


class ItemState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


@dataclass(frozen=True)
class Segment:
    item_id: int
    start_ms: int
    end_ms: int | None = None


@dataclass(frozen=True)
class RunRecord:
    """Everything needed to rebuild a run: saved after every change."""

    started_ms: int | None = None
    ended_ms: int | None = None
    current_item_id: int | None = None
    segments: tuple[Segment, ...] = ()
    done: frozenset[int] = field(default_factory=frozenset)

    @property
    def running(self) -> bool:
        """Started and not ended (an item on or not)."""
        return self.started_ms is not None and self.ended_ms is None


@dataclass(frozen=True)
class EndAgainstPlan:
    """The projected end of a started meeting against its planned end: its date and start
    time plus its planned length, which the room is booked until, however late it started."""

    projected_ms: int
    planned_ms: int
    late_start_ms: int  # how late it started (negative: early); 0 when on another day

    @property
    def over_ms(self) -> int:
        """How far past the planned end it will end; negative when it will end before."""
        return self.projected_ms - self.planned_ms

    @property
    def started_off_plan(self) -> bool:
        """Started a minute or more late (or early): the planned end is then not its start
        plus its planned length, so whoever reads "past the planned end" is told which end."""
        return abs(self.late_start_ms) >= 60_000


class Recorded(StrEnum):
    """What the last thing recorded of a meeting was."""

    MEETING_STARTED = "meeting started"
    ITEM_STARTED = "item started"
    ITEM_PAUSED = "item paused"  # stopped, not done: paused, or another item put on
    ITEM_ENDED = "item ended"  # finished (F8)
    TURN_STARTED = "turn started"  # a speaker's turn began (or resumed) and was never closed
    TURN_ENDED = "turn ended"  # a speaker's turn ended (or was paused)


@dataclass(frozen=True)
class LastRecord:
    """The last moment a meeting's record knows it was on, and what happened then."""

    at_ms: int
    what: Recorded
    item_id: int | None = None  # the item started, paused or ended then


@dataclass(frozen=True)
class EndChoice:
    """A moment End meeting may record as the meeting's end."""

    at_ms: int
    length_ms: int  # how long the meeting is recorded as lasting, ended then
    last: LastRecord | None = None  # ending at the last thing recorded; None: ending now


class RunError(MeetingkitError):
    """An action that does not fit the run's state (advancing a meeting not started…)."""


class AgendaRun:
    def __init__(
        self, items: Sequence[AgendaItem], clock: Clock, record: RunRecord | None = None
    ) -> None:
        self._clock = clock
        self._items: list[AgendaItem] = list(items)
        self.record = record or RunRecord()

    # What the room sees

    def now_ms(self) -> int:
        return to_ms(self._clock.now())

    def _reading(self, at_ms: int | None) -> int:
        """The clock reading a time is worked out as of: `at_ms` if given, else now."""
        return self.now_ms() if at_ms is None else at_ms

    @property
    def items(self) -> list[AgendaItem]:
        return list(self._items)

    @property
    def started(self) -> bool:
        return self.record.started_ms is not None

    @property
    def ended(self) -> bool:
        return self.record.ended_ms is not None

    @property
    def current_item(self) -> AgendaItem | None:
        return self._item(self.record.current_item_id)

    def state(self, item_id: int) -> ItemState:
        if item_id in self.record.done:
            return ItemState.DONE
        if item_id == self.record.current_item_id:
            return ItemState.RUNNING if self._open_segment() else ItemState.PAUSED
        return ItemState.PENDING

    def elapsed_ms(self, item_id: int, at_ms: int | None = None) -> int:
        """Time spent on the item so far, pauses excluded; `at_ms`: as of that clock reading
        (a screen showing several times reads the clock once, so they agree)."""
        now = self._reading(at_ms)
        total = 0
        for s in self.record.segments:
            if s.item_id == item_id:
                end = s.end_ms if s.end_ms is not None else now
                total += max(0, end - s.start_ms)  # a wall clock set back never goes negative
        return total

    def remaining_ms(self, item_id: int, at_ms: int | None = None) -> int:
        """Planned minus elapsed; negative once the item runs over."""
        return self._planned_ms(item_id) - self.elapsed_ms(item_id, at_ms)

    def overrun_ms(self, item_id: int, at_ms: int | None = None) -> int:
        return max(0, -self.remaining_ms(item_id, at_ms))

    def meeting_elapsed_ms(self, at_ms: int | None = None) -> int:
        if self.record.started_ms is None:
            return 0
        now = self._reading(at_ms)
        end = self.record.ended_ms if self.record.ended_ms is not None else now
        return max(0, end - self.record.started_ms)

    def meeting_second_ms(self, at_ms: int | None = None) -> int | None:
        """The reading at `at_ms` (now if None) put back to the meeting's last whole second
        since its start, or None before it starts: times shown against it ("34 min 12 s so
        far", "2 min 5 s past the planned end") then all turn over at the same moment, once a
        second, where each counted from its own origin turned over at its own."""
        started = self.record.started_ms
        if started is None:
            return None
        now = self._reading(at_ms)
        return started + max(0, now - started) // 1000 * 1000

    def projected_end_ms(self, at_ms: int | None = None) -> int | None:
        """When the meeting will end if every unfinished item takes what is left of its plan.

        An item already over its time adds nothing more; a paused item keeps its remainder.
        """
        if self.record.ended_ms is not None:
            return self.record.ended_ms
        if self.record.started_ms is None:
            return None
        now = self._reading(at_ms)
        left = sum(
            max(0, self.remaining_ms(i.key, now))
            for i in self._items
            if i.key not in self.record.done
        )
        return now + left

    def end_against_plan(
        self, planned_start: dt.datetime, planned_minutes: int, at_ms: int | None = None
    ) -> EndAgainstPlan | None:
        """The projected end against the planned end, once the meeting has started.

        `planned_start` is the meeting's date and start time, local as its times are shown. A
        run started within `ANOTHER_DAY_MS` of it is measured against its planned end; one
        started further off (held on another day) against its own start plus the planned
        length.
        """
        started, projected = self.record.started_ms, self.projected_end_ms(at_ms)
        if started is None or projected is None:
            return None
        planned_ms = planned_minutes * 60_000
        late = started - to_ms(planned_start.timestamp())
        if abs(late) > ANOTHER_DAY_MS:
            return EndAgainstPlan(projected, started + planned_ms, 0)
        return EndAgainstPlan(projected, started - late + planned_ms, late)

    def time_check_due(self, item_id: int, at_ms: int | None = None) -> bool:
        """The timekeeper's moment: the item is on, with five minutes or less left.

        Items planned for five minutes or less get no time check: it would come at the start.
        """
        if self.state(item_id) not in (ItemState.RUNNING, ItemState.PAUSED):
            return False
        if self._planned_ms(item_id) <= TIME_CHECK_LEAD_MS:
            return False
        return 0 < self.remaining_ms(item_id, at_ms) <= TIME_CHECK_LEAD_MS

    def actual_ms(self, at_ms: int | None = None) -> dict[int, int]:
        """Time spent per item (for planned-vs-actual in the minutes); `at_ms`: as of then."""
        now = self._reading(at_ms)
        return {i.key: self.elapsed_ms(i.key, now) for i in self._items}

    @property
    def every_item_done(self) -> bool:
        """Every item is done and none is on: nothing is left to run but End meeting."""
        done = self.record.done
        return bool(self._items) and all(i.key in done for i in self._items)

    def last_record(self, spoken: tuple[int, int | None] | None = None) -> LastRecord | None:
        """The last moment the meeting is recorded as on: its start, an item's start, pause
        or end, or (`spoken`: the last stretch of speaking on its floor, start and end, the end
        None while it was never closed) a speaker's, whichever is latest. None before it
        started. A moment shared by two records is the later one's (the item put on as the one
        before ended)."""
        started = self.record.started_ms
        if started is None:
            return None
        last = LastRecord(started, Recorded.MEETING_STARTED)
        segments = self.record.segments
        final = {s.item_id: n for n, s in enumerate(segments)}  # each item's last stretch
        for n, s in enumerate(segments):
            if s.start_ms >= last.at_ms:
                last = LastRecord(s.start_ms, Recorded.ITEM_STARTED, s.item_id)
            if s.end_ms is not None and s.end_ms >= last.at_ms:
                finished = s.item_id in self.record.done and final[s.item_id] == n
                what = Recorded.ITEM_ENDED if finished else Recorded.ITEM_PAUSED
                last = LastRecord(s.end_ms, what, s.item_id)
        if spoken is not None:
            start, end = spoken
            if end is None and start > last.at_ms:
                last = LastRecord(start, Recorded.TURN_STARTED)
            elif end is not None and end > last.at_ms:
                last = LastRecord(end, Recorded.TURN_ENDED)
        return last

    def left_open(self, last: LastRecord | None, at_ms: int | None = None) -> bool:
        """Whether the meeting was left open: started and never ended, and `last` (the last
        thing recorded, see `last_record`) on an earlier day than now and at least
        `LEFT_OPEN_MS` before. Its time since then is no meeting: it ends at `last`."""
        if last is None or not self.started or self.ended:
            return False
        now = self._reading(at_ms)
        return (
            now - last.at_ms >= LEFT_OPEN_MS
            and local_time(now).date() > local_time(last.at_ms).date()
        )

    def end_choices(
        self, last: LastRecord | None, at_ms: int | None = None
    ) -> tuple[EndChoice, ...]:
        """The ends End meeting offers, the one to take by default first; none unless the
        meeting is running. `last`: the last thing recorded (`last_record`).

        A meeting left open ends at `last` only. One whose every item was done a while ago
        ends then by default (the room may have gone as the last item ended), or now (it
        stayed on: a last word, a round of thanks). Any other ends now.
        """
        started = self.record.started_ms
        if started is None or self.ended:
            return ()
        now = self._reading(at_ms)
        if last is not None:
            then = EndChoice(last.at_ms, max(0, last.at_ms - started), last)
            if self.left_open(last, now):
                return (then,)
            if self.every_item_done and now - last.at_ms >= ENDED_EARLIER_MS:
                return then, EndChoice(now, max(0, now - started))
        return (EndChoice(now, max(0, now - started)),)

    # What the facilitator does. Each changes `record`; the caller saves it.

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """The agenda was edited (items added, moved, deleted) while the meeting runs."""
        self._items = list(items)
        ids = {i.key for i in self._items}
        if self.record.current_item_id is not None and self.record.current_item_id not in ids:
            self._close_segment()
            self.record = replace(self.record, current_item_id=None)

    def put_back_on(self, item_id: int, running: bool) -> bool:
        """The item that was on (`running`, else paused) was deleted, and that is undone: the
        item is restored in `items` already. If nothing has been on since, it is on again as
        if it had never been deleted; when it was running, its segment is reopened, so the
        time in between counts for it, as on a wall clock: the room went on talking about it
        while the facilitator undid the slip. If the meeting moved on meanwhile (another item
        was started, or the meeting ended), it stays off. Return whether anything changed."""
        if not self.started or self.ended or self.record.current_item_id is not None:
            return False
        last = self.record.segments[-1] if self.record.segments else None
        if self._item(item_id) is None or last is None or last.item_id != item_id:
            return False
        segments = self.record.segments
        if running:
            segments = (*segments[:-1], replace(last, end_ms=None))
        self.record = replace(
            self.record,
            current_item_id=item_id,
            done=self.record.done - {item_id},
            segments=segments,
        )
        return True

    def start_meeting(self) -> None:
        if self.started:
            raise RunError(translate("Agenda", "The meeting has already started."))
        self.record = replace(self.record, started_ms=self.now_ms())
        first = self._next_pending(after=None)
        if first is not None:
            self.start_item(first.key)

    def take_back_start(self, started: RunRecord) -> bool:
        """Undo a start (F5 pressed by mistake, while planning): the meeting is not started,
        as before, if the run is still as the start left it (`started`, the record it made:
        nothing paused, finished, put on or ended since). Return whether it was undone."""
        if not self.started or self.record != started:
            return False
        self.record = RunRecord()
        return True

    def put_back_start(self, started: RunRecord) -> bool:
        """Redo a start undone: the run is `started` again, as it was, unless it was started
        since. The time in between counts, as on a wall clock: a start undone by mistake
        loses nothing. Return whether it was put back."""
        if self.started or started.started_ms is None:
            return False
        self.record = started
        self.set_items(self._items)  # an item deleted meanwhile is not on
        return True

    def start_item(self, item_id: int) -> None:
        """Put an item on the floor. The item that was on is paused, not finished."""
        self._require_running()
        if self._item(item_id) is None:
            raise RunError(translate("Agenda", "That agenda item no longer exists."))
        if item_id == self.record.current_item_id and self._open_segment():
            return
        self._close_segment()
        self.record = replace(
            self.record,
            current_item_id=item_id,
            done=self.record.done - {item_id},
            segments=(*self.record.segments, Segment(item_id, self.now_ms())),
        )

    def pause(self) -> None:
        self._require_running()
        if not self._open_segment():
            raise RunError(translate("Agenda", "No item is running."))
        self._close_segment()

    def resume(self) -> None:
        current = self.record.current_item_id
        if current is None:
            raise RunError(translate("Agenda", "No item to resume."))
        self.start_item(current)

    def toggle_pause(self) -> None:
        if self._open_segment():
            self.pause()
        else:
            self.resume()

    def advance(self) -> AgendaItem | None:
        """Finish the current item and start the next one not yet done; return it (or None)."""
        self._require_running()
        current = self.record.current_item_id
        self._close_segment()
        done = self.record.done | ({current} if current is not None else set())
        self.record = replace(self.record, done=frozenset(done), current_item_id=None)
        following = self._next_pending(after=current)
        if following is not None:
            self.start_item(following.key)
        return following

    def end_meeting(self, at_ms: int | None = None) -> None:
        """End the meeting now, or at `at_ms`: an earlier moment (`end_choices`), no earlier
        than anything the run records. The item on, if any, ends with it."""
        self._require_running()
        now = self.now_ms()
        end = now if at_ms is None else at_ms
        own = self.last_record()
        if end > now or (own is not None and end < own.at_ms):
            raise ValueError(f"a meeting cannot end at {end}: not between {own} and now")
        current = self.record.current_item_id
        self._close_segment(end)
        done = self.record.done | ({current} if current is not None else set())
        self.record = replace(self.record, done=frozenset(done), current_item_id=None, ended_ms=end)

    # Internals

    def _item(self, item_id: int | None) -> AgendaItem | None:
        return next((i for i in self._items if i.id == item_id), None)

    def _planned_ms(self, item_id: int) -> int:
        item = self._item(item_id)
        return item.planned_minutes * 60_000 if item else 0

    def _open_segment(self) -> Segment | None:
        segments = self.record.segments
        if segments and segments[-1].end_ms is None:
            return segments[-1]
        return None

    def _close_segment(self, at_ms: int | None = None) -> None:
        """Close the open segment now, or at `at_ms`."""
        open_segment = self._open_segment()
        if open_segment is not None:
            end = max(open_segment.start_ms, self._reading(at_ms))
            self.record = replace(
                self.record,
                segments=(*self.record.segments[:-1], replace(open_segment, end_ms=end)),
            )

    def _next_pending(self, after: int | None) -> AgendaItem | None:
        """The first item not done after `after` in agenda order, else the first from the top."""
        order = [i for i in self._items if i.key not in self.record.done]
        if after is not None:
            ids = [i.key for i in self._items]
            if after in ids:
                position = ids.index(after)
                later = [i for i in order if ids.index(i.key) > position]
                if later:
                    return later[0]
        return order[0] if order else None

    def _require_running(self) -> None:
        if not self.started:
            raise RunError(translate("Agenda", "Start the meeting first."))
        if self.ended:
            raise RunError(translate("Agenda", "The meeting has ended."))
