"""Undoable changes to the meeting shown: its agenda and its floor share one history.

The screen performs each change once, outside the undo stack (so an error is reported before
anything is pushed); the command's first `redo` is therefore skipped. Later undo and redo calls
go through the screen's own functions, which report errors instead of letting Qt swallow them.

A command holds no session: its functions act on the session the screen shows when they run.
The session is rebuilt whenever the meeting is shown again (after editing the meeting or a
person), and the history survives that; an action acting on the session it was made with would
change the database behind the new session's back, and save that stale state over the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtGui import QUndoCommand


class Where(StrEnum):
    """The tab a change shows on: undoing it from elsewhere brings that tab into view."""

    AGENDA = "agenda"
    FLOOR = "floor"


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

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._apply()

    def undo(self) -> None:
        self._revert()
