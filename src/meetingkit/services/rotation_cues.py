"""The changes of step the room must hear, from every group rotation under way, whichever
meeting the trainer has on screen.

The agenda runner shows one meeting at a time. A training's rotation runs on while the trainer
looks at another meeting (tonight's, to check a time), and "switch roles" must still sound:
so the cues follow the rotations that run, not the meeting shown. Each meeting shown is
followed from then on; one no longer shown is let go once its rotation is over or paused
(nobody can resume it without showing it again, and then it is followed again).

How many cues of the rotation have been announced is kept here, across the sessions a meeting
is shown through: a change that happened while the meeting was being shown again (or between
two polls) is announced once, never lost, never twice. A rotation met mid-way (after a restart,
or its item put on again after another) announces only the changes from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meetingkit.core.meeting import Meeting
    from meetingkit.core.rotation import Cue, RotationTimer
    from meetingkit.services.agenda_session import AgendaSession


@dataclass(frozen=True)
class RotationChange:
    """A change of step (or the end) of a meeting's rotation, to chime and to tell."""

    meeting: Meeting
    item_id: int
    cue: Cue
    step_remaining_ms: int  # what is left now of the step it began; 0 once over, and at the end
    # A rotation in a trainer's words, else timed steps (`core.rotation.Rotation.rotates`)
    rotates: bool


@dataclass
class _Followed:
    session: AgendaSession
    item_id: int | None = None  # the item whose rotation is followed: the one on
    seen: int = 0  # its cues announced


class RotationCues:
    def __init__(self) -> None:
        self._followed: dict[int, _Followed] = {}  # meeting id ->
        self._shown: int | None = None  # the meeting on screen

    def follow(self, session: AgendaSession | None) -> None:
        """`session`'s meeting is shown now (None: none is). A meeting shown again comes with
        a new session: it takes the old one's place, keeping what was announced."""
        self._shown = None if session is None else session.meeting.key
        if session is None:
            return
        followed = self._followed.get(session.meeting.key)
        if followed is None:
            self._followed[session.meeting.key] = _Followed(session)
        else:
            followed.session = session
        self._current(session.meeting.key)  # a rotation under way now is not replayed

    def restarted(self, session: AgendaSession, item_id: int) -> None:
        """The rotation was started (again): its first step is announced, from round 1."""
        followed = self._followed.get(session.meeting.key)
        if followed is not None and followed.session is session:
            followed.item_id, followed.seen = item_id, 0

    def running_elsewhere(self) -> bool:
        """Whether a rotation runs in a meeting not shown: its changes need polling for (the
        meeting shown is polled by the screen's own clock while it is live)."""
        for meeting_id in list(self._followed):
            if meeting_id == self._shown:
                continue
            current = self._current(meeting_id)
            if current is not None:
                status = current[1].status()
                if status.started and not status.paused and not status.finished:
                    return True
        return False

    def changes(self) -> list[RotationChange]:
        """The changes not yet announced, oldest first, each announced once."""
        found: list[RotationChange] = []
        for meeting_id in list(self._followed):
            current = self._current(meeting_id)
            if current is None:
                self._let_go(meeting_id)
                continue
            item_id, timer = current
            followed = self._followed[meeting_id]
            seen = followed.seen
            new = timer.cues_since(seen)
            away = meeting_id != self._shown
            if new and away and not followed.session.rotation_as_saved(item_id):
                del self._followed[meeting_id]  # deleted, or changed behind this session
                continue
            if new:
                followed.seen = seen + len(new)
                meeting, rotates = followed.session.meeting, timer.rotation.rotates
                found.extend(RotationChange(meeting, item_id, cue, 0, rotates) for cue in new[:-1])
                remaining = 0 if new[-1].finished else timer.status().step_remaining_ms
                found.append(RotationChange(meeting, item_id, new[-1], remaining, rotates))
            self._let_go(meeting_id)
        return found

    def _current(self, meeting_id: int) -> tuple[int, RotationTimer] | None:
        """The current item's rotation in that meeting, if it has one (counted as announced
        up to where it is when its item is met on: its changes before are not replayed)."""
        followed = self._followed[meeting_id]
        session = followed.session
        item = session.run.current_item if session.is_live() else None
        timer = session.rotation(item.key) if item is not None else None
        if item is None or timer is None:
            followed.item_id = None
            return None
        if item.key != followed.item_id:
            followed.item_id, followed.seen = item.key, timer.status().cue_count
        return item.key, timer

    def _let_go(self, meeting_id: int) -> None:
        """Stop following a meeting not on screen whose rotation can no longer change by itself:
        none, over, paused or not started (all its changes announced)."""
        if meeting_id == self._shown or meeting_id not in self._followed:
            return
        current = self._current(meeting_id)
        if current is not None:
            status = current[1].status()
            announced = self._followed[meeting_id].seen >= status.cue_count
            if status.started and not status.paused and not status.finished:
                return
            if not announced:
                return
        del self._followed[meeting_id]
