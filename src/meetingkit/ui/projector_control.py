"""The projector from the main window: its window while it is open, and the three menu items
that drive it — open or close it (F11), airtime bars on it (Ctrl+Shift+B), large type
(Shift+F11, kept in the settings for the next start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from meetingkit.ui.actions import make_action

if TYPE_CHECKING:
    from meetingkit.ui.meeting_view import RoomView
    from meetingkit.ui.projector import ProjectorWindow


class ProjectorControl(QObject):
    """`room()` is what the projector may show now (None without a meeting on the floor);
    `prepare()` builds the floor before the projector first opens; `remember(**choice)` keeps
    a choice in the settings. The actions' keys work anywhere in `main`, the main window.

    Without a meeting there is nothing for the room: the window does not open, and an open
    one closes (the only meeting was deleted)."""

    closed = Signal()
    """The projector's window closed: F11 may be greyed out again if there is no meeting."""

    def __init__(
        self,
        main: QWidget,
        *,
        room: Callable[[], RoomView | None],
        prepare: Callable[[], None],
        remember: Callable[..., None],
        large_type: bool,
    ) -> None:
        super().__init__(main)
        self._main = main
        self._room = room
        self._prepare = prepare
        self._remember = remember
        self.window: ProjectorWindow | None = None  # while it is open
        self.act_open = self._action(
            self.tr("Pro&jector window"),
            self.toggle,
            "F11",
            self.tr("A second window in large type for the room"),
        )
        self.act_open.setCheckable(True)
        self.act_bars = self._action(
            self.tr("Show airtime &bars on the projector"), self.refresh, "Ctrl+Shift+B"
        )
        self.act_bars.setCheckable(True)
        self.act_large = self._action(
            self.tr("Large t&ype on the projector"),
            self._set_large_type,
            "Shift+F11",
            self.tr("Everything on the projector half as large again, for the back of a hall"),
        )
        self.act_large.setCheckable(True)
        self.act_large.setChecked(large_type)

    def _action(self, text: str, slot: Callable[[], None], keys: str, tip: str = "") -> QAction:
        action = make_action(self, text, slot, keys, tip=tip)
        self._main.addAction(action)  # its keys work on every page
        return action

    def actions(self) -> list[QAction]:
        """The menu items, in menu order."""
        return [self.act_open, self.act_bars, self.act_large]

    @Slot()
    def toggle(self) -> None:
        """Open the room's window on a second screen if there is one, or close it."""
        if self.window is not None:
            self.window.close()
            return
        from PySide6.QtGui import QGuiApplication

        from meetingkit.ui.projector import ProjectorWindow

        self._prepare()
        if self._room() is None:
            return
        projector = ProjectorWindow()
        projector.closed.connect(self._closed)
        projector.set_large_type(self.act_large.isChecked())
        projector.large_type_changed.connect(self._large_type_changed)
        self.window = projector
        others = [s for s in QGuiApplication.screens() if s is not self._main.screen()]
        self.refresh()
        projector.place_on(others[0] if others else None)
        self.act_open.setChecked(True)

    @Slot()
    def refresh(self) -> None:
        """Show the room as it is now: on every tick of the floor's clock."""
        if self.window is None:
            return
        room = self._room()
        if room is None:
            self.window.close()
        else:
            self.window.show_snapshot(
                room.snapshot,
                room.item_title,
                room.item_remaining_ms,
                room.vocabulary,
                self.act_bars.isChecked(),
                room.rotation,
            )

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    @Slot()
    def _set_large_type(self) -> None:
        on = self.act_large.isChecked()
        if self.window is not None:
            self.window.set_large_type(on)
        self._remember(projector_large_type=on)

    @Slot(bool)
    def _large_type_changed(self, on: bool) -> None:
        """Large type was switched on the projector itself (its key, L)."""
        self.act_large.setChecked(on)
        self._remember(projector_large_type=on)

    @Slot()
    def _closed(self) -> None:
        self.window = None
        self.act_open.setChecked(False)
        self.closed.emit()
