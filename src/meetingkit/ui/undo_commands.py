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

An undo or redo whose write the database refuses (another program holds the file, a full
disk) changes nothing: the screen's functions return why, the status line says it, and the
change goes back where it was on the history (`take_outcome`), so that pressing Undo (or Redo)
again tries it again, as the message asks.

An undo or redo that was done makes the row it brought back or changed the current, selected
row of its table, scrolled into view (`ChangedRow`): a keyboard user sees where it is, and the
next key (Del) acts on it, not on the row the selection was left on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTableView

# An undo or redo: None when it was done, or why it was not, in words for the person (the
# database refused it: `ui.feedback.attempt`), nothing of it done.
Step = Callable[[], str | None]


class Where(StrEnum):
    """The tab a change shows on: undoing it from elsewhere brings that tab into view."""

    AGENDA = "agenda"
    FLOOR = "floor"


@dataclass(frozen=True)
class Outcome:
    """What the last undo or redo of a change did."""

    text: str  # the change, as the Edit menu names it ("Start meeting")
    where: Where
    # Why it was not done; "" if done. Refused by the database, the change is still on the
    # history, to try again (`take_outcome`); refused by the change itself
    # (`MadeChange.refuse`), it is no longer on it.
    refused: str = ""


@dataclass(frozen=True)
class ChangedRow:
    """The row a change is about, in the table that shows it: made current once the change
    is undone or redone. Named by its key (an agenda item's id, a stack entry's), since the
    table is reloaded by then and its rows numbered anew; None (for `undone` or `redone`)
    leaves the selection as the view left it."""

    table: QTableView
    row_of: Callable[[int], int]  # the key's row in the table's model now; -1 if not there
    undone: int | None = None  # after an undo: the item deleted, put back
    redone: int | None = None  # after a redo: the item added, added again

    def show(self, key: int | None) -> None:
        """The row of `key` the current and only selected row, scrolled into view (also
        while its tab is hidden: the undo is made before its tab is brought into view)."""
        row = -1 if key is None else self.row_of(key)
        if row < 0:
            return
        table = self.table
        model = table.model()
        column = table.currentIndex().column()  # no sideways scroll to another column
        if column < 0 or table.isColumnHidden(column):  # scrollTo skips a hidden column
            shown = (c for c in range(model.columnCount()) if not table.isColumnHidden(c))
            column = next(shown, 0)
        index = model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        table.scrollTo(index)


# Undo and redo run on the one GUI thread, and whoever pressed them reads this right after
_last: list[Outcome] = []
# The change the database refused on the last undo or redo, and the step of the history's
# index that puts it back where it was (+1 after an undo, -1 after a redo)
_put_back: list[tuple[MadeChange, int]] = []


def take_outcome(history: QUndoStack | None = None) -> Outcome | None:
    """What the last undo or redo did, once: None when none ran since it was last taken.

    A change the database refused goes back where it was on `history` (the stack it ran on),
    so that Undo or Redo offers it again: the stack has moved past it by then. Its own undo
    or redo is skipped as it does, since its data is already so."""
    if _put_back and history is not None:
        change, step = _put_back[0]
        at = history.index() if step > 0 else history.index() - 1
        if 0 <= at < history.count() and history.command(at) is change:
            history.setIndex(history.index() + step)
    _put_back.clear()
    return _last.pop() if _last else None


class MadeChange(QUndoCommand):
    def __init__(
        self,
        text: str,
        where: Where,
        apply: Step,
        revert: Step,
        row: ChangedRow | None = None,
    ) -> None:
        """`row`: the row to make current once the change is undone or redone."""
        super().__init__(text)
        self.where = where
        self._apply = apply
        self._revert = revert
        self._row = row
        # The next undo or redo finds its data already so: the first redo (made already, on
        # the screen), and the one that puts a change the database refused back in its place
        self._already = True
        self._refused = ""

    def redo(self) -> None:
        if self._already:
            self._already = False
            return
        if self._run(self._apply, step=-1) and self._row is not None:
            self._row.show(self._row.redone)

    def undo(self) -> None:
        if self._already:
            self._already = False
            return
        if self._run(self._revert, step=1) and self._row is not None:
            self._row.show(self._row.undone)

    def refuse(self, why: str) -> None:
        """Called by the change's own undo or redo when it cannot be done: the change leaves
        the history (Qt drops an obsolete command once its undo or redo returns), and the
        status line says `why` instead of "Undid"."""
        self._refused = why
        self.setObsolete(True)

    def _run(self, action: Step, step: int) -> bool:
        """`step`: how the history's index goes back should the database refuse `action`.
        True when it was done (refused neither by the database nor by the change)."""
        text = self.text()
        self._refused = ""
        _last.clear()  # failed with a bug, it has no outcome to tell
        _put_back.clear()
        why = action()
        if why is not None and not self._refused:  # nothing done: it stays, to try again
            self._already = True
            _put_back[:] = [(self, step)]
            _last[:] = [Outcome(text, self.where, why)]
            return False
        _last[:] = [Outcome(text, self.where, self._refused)]
        return not self._refused
