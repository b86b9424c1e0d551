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
from meetingkit.core.clock import Clock, to_ms
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import translate

TIME_CHECK_LEAD_MS = 5 * 60_000  # the timekeeper calls time about five minutes early
DEFAULT_WARNING_MS = 2 * 60_000
# A run started this far from the meeting's planned start is the meeting held on another day
# than planned (its date never changed): its planned end is then counted from when it started.
ANOTHER_DAY_MS = 12 * 3_600_000


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

    def actual_ms(self) -> dict[int, int]:
        """Time spent per item (for planned-vs-actual in the minutes)."""
        return {i.key: self.elapsed_ms(i.key) for i in self._items}

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

    def end_meeting(self) -> None:
        self._require_running()
        current = self.record.current_item_id
        self._close_segment()
        done = self.record.done | ({current} if current is not None else set())
        self.record = replace(
            self.record, done=frozenset(done), current_item_id=None, ended_ms=self.now_ms()
        )

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

    def _close_segment(self) -> None:
        open_segment = self._open_segment()
        if open_segment is not None:
            end = max(open_segment.start_ms, self.now_ms())
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
