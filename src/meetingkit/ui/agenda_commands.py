"""Undoable agenda edits.

The editor performs each change once, outside the undo stack (so an error is reported before
anything is pushed); the command's first `redo` is therefore skipped. Later undo and redo calls
go through `perform`, which reports errors instead of letting Qt swallow them.

A command holds no session: its actions are handed the editor's session when they run. The
session is rebuilt whenever the meeting is shown again (after editing the meeting or a person),
and the history survives that; an action acting on the session it was made with would change
the database behind the new session's back, and save that stale run over the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from meetingkit.services.agenda_session import AgendaSession

Action = Callable[["AgendaSession"], object]


class AgendaCommand(QUndoCommand):
    def __init__(
        self, text: str, perform: Callable[[Action], None], apply: Action, revert: Action
    ) -> None:
        super().__init__(text)
        self._perform = perform
        self._apply = apply
        self._revert = revert
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._perform(self._apply)

    def undo(self) -> None:
        self._perform(self._revert)
