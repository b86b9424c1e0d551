"""Undoable changes to the meeting shown: its agenda and its floor share one history.

The screen performs each change once, outside the undo stack (so an error is reported before
anything is pushed); the command's first `redo` is therefore skipped. Later undo and redo calls
go through the screen's own functions, which report errors instead of letting Qt swallow them.

A command holds no session: its functions act on the session the screen shows when they run.
The session is rebuilt whenever the meeting is shown again (after editing the meeting or a
person), and the history survives that; an action acting on the session it was made with would
change the database behind the new session's back, and save that stale state over the real one.

What an undo or redo did is kept for the status line (`take_outcome`): the stack cannot say it
afterwards, since a change that refuses (`MadeChange.refuse`) leaves the history at once, and
the command at the stack's index is then another one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QUndoCommand


class Where(StrEnum):
    """The tab a change shows on: undoing it from elsewhere brings that tab into view."""

    AGENDA = "agenda"
    FLOOR = "floor"


@dataclass(frozen=True)
class Outcome:
    """What the last undo or redo of a change did."""

    text: str  # the change, as the Edit menu names it ("Start meeting")
    where: Where
    refused: str = ""  # why it was not done, and is no longer on the history; "" if done


# Undo and redo run on the one GUI thread, and whoever pressed them reads this right after
_last: list[Outcome] = []


def take_outcome() -> Outcome | None:
    """What the last undo or redo did, once: None when none ran since it was last taken."""
    return _last.pop() if _last else None


class MadeChange(QUndoCommand):
    def __init__(
        self,
        text: str,
        where: Where,
        apply: Callable[[], None],
        revert: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.where = where
        self._apply = apply
        self._revert = revert
        self._done_once = False
        self._refused = ""

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def refuse(self, why: str) -> None:
        """Called by the change's own undo or redo when it cannot be done: the change leaves
        the history (Qt drops an obsolete command once its undo or redo returns), and the
        status line says `why` instead of "Undid"."""
        self._refused = why
        self.setObsolete(True)

    def _run(self, action: Callable[[], None]) -> None:
        text = self.text()
        self._refused = ""
        _last.clear()  # failed with a bug, it has no outcome to tell
        action()
        _last[:] = [Outcome(text, self.where, self._refused)]
