"""The agenda as a table: planned start, length, title, kind, owner, and time used.

A thin adapter over `AgendaSession`. Rows move by drag and drop; the model does not reorder
itself but asks (`move_requested`) so the move goes through the undo stack like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import ItemState
from meetingkit.core.agenda_times import ItemStart, StartShown, item_starts
from meetingkit.core.durations import span, wall_time
from meetingkit.core.i18n import fill
from meetingkit.core.meeting import format_duration
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.list_table_model import RIGHT, Index, ListTableModel
from meetingkit.ui.tones import tones

MIME_TYPE = "application/x-meetingkit-agenda-item"


class AgendaModel(ListTableModel[AgendaItem]):
    COL_START, COL_MINUTES, COL_TITLE, COL_KIND, COL_OWNER, COL_TIME = range(6)
    ItemRole = Qt.ItemDataRole.UserRole + 1

    move_requested = Signal(int, int)
    """(item id, destination row): a drag and drop asked to move an item."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._session: AgendaSession | None = None
        # Each row's start: as planned, then once the meeting has started, as run and as
        # projected (core.agenda_times), read again on each tick while it runs
        self._starts: list[ItemStart] = []
        # The clock reading the times are shown as of: the big clock's, handed over on each
        # tick (refresh_times), or taken when the rows change, never as each cell is drawn.
        self._at_ms: int | None = None
        self._over_shown = True  # "11 min 20 s (+1 min 20 s)", or where room is short "11 min 20 s"
        # Each row's time used as last shown, and whether in red (`refresh_times`)
        self._shown_times: list[tuple[str, bool]] = []
        # Whether the view hides a column (the kind, the owner, where a laptop screen has no
        # room for them): what it hides, the title's tooltip says.
        self.column_hidden: Callable[[int], bool] = lambda _column: False

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Start"),
            self.tr("Min"),
            self.tr("Item"),
            self.tr("Kind"),
            self.tr("Owner"),
            self.tr("Time used"),
        )

    def set_session(self, session: AgendaSession | None) -> None:
        self.beginResetModel()
        self._session = session
        self._load()
        self.endResetModel()

    def reload(self) -> None:
        """The items changed (added, edited, moved, deleted)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def refresh_times(self, at_ms: int | None) -> None:
        """The clock moved: repaint the time column as of `at_ms` (this runs on every tick),
        and the start column if a start to come moved with it (an item running over)."""
        self._at_ms = at_ms
        if self._rows:
            # Only rows whose time or colour changed: the item on turns over once a second,
            # and a tick comes five times a second (each change re-measures the column and
            # tells a screen reader the table changed)
            times_before, shown = self._shown_times, self._times_shown()
            changed = [
                r
                for r, cell in enumerate(shown)
                if r >= len(times_before) or times_before[r] != cell
            ]
            self._shown_times = shown
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], self.COL_TIME), self.index(changed[-1], self.COL_TIME)
                )
            if self._session is not None and self._session.is_live():
                before = [self._start_text(start) for start in self._starts]
                self._starts = self._read_starts()
                if [self._start_text(start) for start in self._starts] != before:
                    last = len(self._rows) - 1
                    self.dataChanged.emit(
                        self.index(0, self.COL_START), self.index(last, self.COL_START)
                    )

    def refresh_states(self) -> None:
        """An item started, paused or finished: repaint every row's marks, colours and
        starts."""
        self._read_clock()
        self._starts = self._read_starts()
        self._shown_times = self._times_shown()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))

    def show_time_over(self, shown: bool) -> None:
        """Whether the time used says the time over too; where there is no room for it, the
        time used shows whole, in red, and its tooltip says the time over."""
        if shown != self._over_shown:
            self._over_shown = shown
            self.refresh_times(self._at_ms)

    def time_cells(self, over: bool) -> list[tuple[str, bool]]:
        """Each row's time used, with its time over or without, and whether it is in bold (the
        item on): what the time column would show either way, to measure it."""
        if self._session is None:
            return []
        states = [self._session.state(item.key) for item in self._rows]
        return [
            (self._time_text(item, state, over), state in (ItemState.RUNNING, ItemState.PAUSED))
            for item, state in zip(self._rows, states, strict=True)
        ]

    def item(self, row: int) -> AgendaItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._rows) if i.id == item_id), -1)

    def _read_clock(self) -> None:
        self._at_ms = self._session.run.now_ms() if self._session else None

    def _load(self) -> None:
        self._read_clock()
        s = self._session
        self._rows = s.items if s else []
        self._starts = self._read_starts()
        self._shown_times = self._times_shown()

    def _times_shown(self) -> list[tuple[str, bool]]:
        """Each row's time used as it shows now, and whether it is in red (over its time)."""
        s = self._session
        if s is None:
            return []
        return [
            (
                self._display(item, self.COL_TIME, s.state(item.key)),
                bool(s.run.overrun_ms(item.key, self._at_ms)),
            )
            for item in self._rows
        ]

    def _read_starts(self) -> list[ItemStart]:
        s = self._session
        return item_starts(s.run, s.meeting.starts_at, self._at_ms) if s else []

    def _start_text(self, start: ItemStart) -> str:
        return "" if start.at_ms is None else wall_time(start.at_ms)

    def _start_tip(self, start: ItemStart) -> str:
        """What the start shown is: the plan, or how it compares with the plan."""
        planned = wall_time(start.planned_ms)
        if start.shown is StartShown.STARTED:
            return fill(self.tr("Started at %1 (planned %2)"), self._start_text(start), planned)
        if start.shown is StartShown.PROJECTED:
            return fill(
                self.tr("Starts at about %1 at this pace (planned %2)"),
                self._start_text(start),
                planned,
            )
        if start.shown is StartShown.NOT_REACHED:
            return fill(self.tr("Not reached (planned %1)"), planned)
        return fill(self.tr("Planned to start at %1"), planned)

    # Qt model interface

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._session is None:
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.ItemRole:
            return item
        state = self._session.state(item.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_START:
                return self._start_text(self._starts[index.row()])
            return self._display(item, column, state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_START:
                return self._start_tip(self._starts[index.row()])
            if column == self.COL_TITLE:  # whole, where the column gives way and cuts it
                return plain_tip(
                    "\n\n".join(t for t in (item.title, *self._hidden_cells(item), item.notes) if t)
                )
            if column == self.COL_OWNER and item.owner_name:  # a long name is cut short too
                return plain_tip(item.owner_name)
            if column == self.COL_KIND:  # and so is the kind, on a laptop screen
                return item.kind.label
            over = column == self.COL_TIME and self._time_tip(item, state)
            return over or item.notes or item.title
        if role == Qt.ItemDataRole.FontRole and state in (ItemState.RUNNING, ItemState.PAUSED):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            shown = tones(QGuiApplication.palette())  # the theme's, asked as the row is drawn
            if column == self.COL_TIME and self._session.run.overrun_ms(item.key, self._at_ms):
                return QBrush(shown.danger)
            if state == ItemState.DONE:
                return QBrush(shown.muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_MINUTES,
            self.COL_TIME,
        ):
            return int(RIGHT)
        return None

    def _hidden_cells(self, item: AgendaItem) -> list[str]:
        """The kind and owner of `item` where the view hides their columns, as the title's
        tooltip says them: "Kind: Discussion", "Owner: Keisha Brown"."""
        said = []
        if self.column_hidden(self.COL_KIND):
            said.append(fill(self.tr("Kind: %1"), item.kind.label))
        if item.owner_name and self.column_hidden(self.COL_OWNER):
            said.append(fill(self.tr("Owner: %1"), item.owner_name))
        return ["\n".join(said)] if said else []

    def _display(self, item: AgendaItem, column: int, state: ItemState) -> str:
        if column == self.COL_MINUTES:
            return str(item.planned_minutes)
        if column == self.COL_TITLE:
            marks = {ItemState.RUNNING: "▶ ", ItemState.PAUSED: "❚❚ ", ItemState.DONE: "✓ "}
            return marks.get(state, "") + item.title
        if column == self.COL_KIND:
            return item.kind.label
        if column == self.COL_OWNER:
            return item.owner_name
        return self._time_text(item, state, self._over_shown)

    def _time_text(self, item: AgendaItem, state: ItemState, with_over: bool) -> str:
        used, over = self._time_used(item, state)
        if not used and state not in (ItemState.RUNNING, ItemState.PAUSED):
            return ""  # not reached yet; the item on reads "0 s" as it starts
        return span(used) + (f" (+{span(over)})" if over and with_over else "")

    def _time_used(self, item: AgendaItem, state: ItemState) -> tuple[int, int]:
        """The item's time used and time over (ms). The item on counts in the whole seconds
        its big clock shows (which floors the time over), so the two always agree."""
        assert self._session is not None
        run = self._session.run
        used = run.elapsed_ms(item.key, self._at_ms)
        over = run.overrun_ms(item.key, self._at_ms)
        if state in (ItemState.RUNNING, ItemState.PAUSED):
            return used - used % 1000, over - over % 1000
        return used, over

    def _time_tip(self, item: AgendaItem, state: ItemState) -> str | None:
        """The whole of the time an item ran over, which a narrow column may cut short."""
        used, over = self._time_used(item, state)
        if not over:
            return None
        planned = format_duration(item.planned_minutes)
        return fill(self.tr("%1 used: %2 over the planned %3"), span(used), span(over), planned)

    # Drag and drop: rows move within the table

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].key).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        source = self.row_of(item_id)
        destination = row - 1 if row > source else row
        if source >= 0 and destination != source:
            self.move_requested.emit(item_id, destination)
        return False  # the move happens through the undo stack, which reloads the model
