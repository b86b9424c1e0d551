"""The projector from the main window: its window while it is open, and the three menu items
that drive it — open or close it (F11), airtime bars on it (Ctrl+Shift+B), large type
(Shift+F11, kept in the settings for the next start).

Where the window goes follows the screens as they come and go (`room_screen`): full screen on a
second screen apart from the laptop's, else a window on the laptop's. A projector unplugged, or
the lid closed, leaves the window on the laptop's screen with the usual pointer, and the
keyboard with the main window; plugged in (again, or after the window opened), the window
goes full screen on it. The window never takes the keyboard, and a key that reaches it anyway
does what it does in the main window (`pass_key`).

The projector shows the meeting it was opened for (the one selected, or the start screen's
next one), whether it has started or not, and stays on it while the facilitator looks at
another meeting, until it is closed or that meeting is deleted or purged."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from meetingkit.ui.actions import make_action
from meetingkit.ui.room_screens import SETTLE_MS as SETTLE_MS  # its tests wait for it
from meetingkit.ui.room_screens import Moved, ScreenWatch, place_and_say
from meetingkit.ui.room_screens import screens as screens  # tests put others in its place

if TYPE_CHECKING:
    from meetingkit.core.meeting import Meeting
    from meetingkit.services.agenda_session import AgendaSession
    from meetingkit.services.floor_session import FloorSession
    from meetingkit.ui.meeting_view import RoomView
    from meetingkit.ui.projector import ProjectorWindow

Room = tuple["FloorSession | None", "AgendaSession | None"]
"""A meeting's floor and agenda, as the main window has them: None before the floor opens."""

AWAY_READ_EVERY = 25
"""While another meeting is on screen, the projector's meeting reads who is present again every
this many refreshes (5 s): phones sign in to it all the same."""


class ProjectorControl(QObject):
    """`shown()` is the meeting on screen's floor and agenda sessions (the floor None without a
    meeting, or before it is opened); `prepare()` builds the floor before the projector first
    opens; `reopen(meeting)` opens its floor and agenda sessions afresh; `remember(**choice)` keeps
    a choice in the settings. The actions' keys work anywhere in `main`, the main window.

    Without a meeting there is nothing for the room: the window does not open."""

    closed = Signal()
    """The projector's window closed: F11 may be greyed out again if there is no meeting."""
    said = Signal(str)
    """A line for the main window's status bar: where the window went, and why."""

    def __init__(
        self,
        main: QWidget,
        *,
        shown: Callable[[], Room],
        prepare: Callable[[], None],
        reopen: Callable[[Meeting], Room],
        remember: Callable[..., None],
        large_type: bool,
    ) -> None:
        super().__init__(main)
        self._main = main
        self._shown = shown
        self._prepare = prepare
        self._reopen = reopen
        self._remember = remember
        self._room: tuple[FloorSession, AgendaSession | None] | None = None  # while open
        self._away_refreshes = 0  # refreshes since the meeting, away, read who is present
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

        self.screen_watch = ScreenWatch(self, lambda: self.window is not None)
        self.screen_watch.settled.connect(self.follow_screens)

    def _action(self, text: str, slot: Callable[[], None], keys: str, tip: str = "") -> QAction:
        action = make_action(self, text, slot, keys, tip=tip)
        self._main.addAction(action)  # its keys work on every page
        return action

    def actions(self) -> list[QAction]:
        """The menu items, in menu order."""
        return [self.act_open, self.act_bars, self.act_large]

    @Slot()
    def toggle(self) -> None:
        """Open the room's window for the meeting on screen (full screen on a second screen if
        there is one), or close it."""
        if self.window is not None:
            self.window.close()
            return
        from meetingkit.ui.projector import ProjectorWindow

        self._prepare()
        floor, agenda = self._shown()
        if floor is None:
            return
        self._room = floor, agenda
        self._away_refreshes = 0
        projector = ProjectorWindow()
        projector.closed.connect(self._closed)
        projector.set_large_type(self.act_large.isChecked())
        projector.large_type_changed.connect(self._large_type_changed)
        projector.key_pressed.connect(self._key_pressed)
        projector.activated.connect(self._give_back_keyboard)
        self.window = projector
        self.refresh()
        self._place(opening=True)
        self.act_open.setChecked(True)

    # The meeting shown

    def meeting_id(self) -> int | None:
        """The meeting on the projector, while it is open."""
        return None if self._room is None else self._room[0].meeting.key

    def _room_view(self) -> RoomView | None:
        """The projector's meeting as it is now: through the main window's sessions while it
        is the meeting on screen (they are the ones the facilitator acts through), else
        through those it had when last on screen."""
        from meetingkit.ui.meeting_view import room_view_of

        if self._room is None:
            return None
        floor, agenda = self._shown()
        if floor is not None and floor.meeting.key == self._room[0].meeting.key:
            self._room = floor, agenda  # on screen (again), through new sessions
            self._away_refreshes = 0
        else:
            self._away_refreshes += 1
            if self._away_refreshes >= AWAY_READ_EVERY:
                self._away_refreshes = 0
                self._room[0].reload_present()
        return room_view_of(*self._room)

    def read_again(self) -> None:
        """People were forgotten, merged or purged: the projector's meeting, if it is not the
        one on screen (which the main window reads again), is read again too, so the room sees
        nobody who is gone."""
        if self._room is None:
            return
        floor, _agenda = self._shown()
        if floor is None or floor.meeting.key != self._room[0].meeting.key:
            again, agenda = self._reopen(self._room[0].meeting)
            if again is not None:
                self._room = again, agenda
        self.refresh()

    def let_go(self, meeting_id: int) -> None:
        """Meeting `meeting_id` is being deleted or purged: off the projector if it is on."""
        if self.window is not None and self.meeting_id() == meeting_id:
            self.window.close()
            self.said.emit(self.tr("The projector was closed with its meeting."))

    @Slot()
    def refresh(self) -> None:
        """Show the room as it is now: on every tick of the floor's clock."""
        if self.window is None:
            return
        room = self._room_view()
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

    # Where the window goes

    @Slot()
    def follow_screens(self) -> None:
        """The screens changed (a projector plugged in or out, the lid closed or opened, the
        display switched between mirror and extend): the window goes where it now belongs."""
        if self.window is not None:
            self._place(opening=False)

    def _place(self, *, opening: bool) -> None:
        """Full screen on the room's screen, else a window on the laptop's (`place_for_room`),
        and the status bar says where it went when that is news."""
        window = self.window
        assert window is not None
        said = {
            Moved.FULL_SCREEN: self.tr("The projector is full screen on the second screen."),
            Moved.OPENED_IN_A_WINDOW: self.tr(
                "The projector opened in a window: no second screen, or it mirrors this "
                "one. Extend the desktop instead."
            ),
            Moved.SCREEN_GONE: self.tr(
                "The projector's screen is gone: its window is on this screen now, and goes "
                "back full screen when a second screen is plugged in."
            ),
        }
        place_and_say(window, self._main, screens(), said, self.said.emit, opening=opening)

    # The keyboard stays with the main window

    @Slot(object)
    def _key_pressed(self, event: QKeyEvent) -> None:
        """A key reached the projector: it goes on to the main window."""
        self._main.activateWindow()
        pass_key(self._main, event)

    @Slot()
    def _give_back_keyboard(self) -> None:
        """The projector was made the active window anyway: the main window gets it back."""
        QTimer.singleShot(0, self._main.activateWindow)

    # Looks

    @Slot()
    def _set_large_type(self) -> None:
        on = self.act_large.isChecked()
        if self.window is not None:
            self.window.set_large_type(on)
        self._remember(projector_large_type=on)

    @Slot(bool)
    def _large_type_changed(self, on: bool) -> None:
        """The projector's type changed size (it says so whoever switched it)."""
        self.act_large.setChecked(on)
        self._remember(projector_large_type=on)

    @Slot()
    def _closed(self) -> None:
        self.window = None
        self._room = None
        self.screen_watch.stop()
        self.act_open.setChecked(False)
        self.closed.emit()


def pass_key(main: QWidget, event: QKeyEvent) -> bool:
    """Do in `main`, the main window, what `event`'s key does there, as Qt would for a key typed
    in it: the key is its focus's if the focus keeps it (a box typed in); else it triggers the
    action whose keys they are where they work (a tab's action, like the floor's N or L, only
    while `main`'s focus is in that tab); else it goes to the focus. Whether an action was
    triggered."""
    focus = main.focusWidget() or main

    def copy(kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(
            kind, event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
        )

    # As Qt does: the focus may keep the key (a box typed in, a button and its Space)
    override = copy(QEvent.Type.ShortcutOverride)
    override.ignore()
    QCoreApplication.sendEvent(focus, override)
    if not override.isAccepted():
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for action in main.findChildren(QAction):
            if action.isEnabled() and keys in action.shortcuts() and _works_at(action, focus, main):
                action.trigger()
                return True
    QCoreApplication.sendEvent(focus, copy(QEvent.Type.KeyPress))
    return False


def _works_at(action: QAction, focus: QWidget, main: QWidget) -> bool:
    """Whether `action`'s keys work with `focus` the focus of `main`, as Qt decides for keys
    typed in `main` (its shortcut context)."""
    context = action.shortcutContext()
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    for widget in action.associatedObjects():
        if not isinstance(widget, QWidget):
            continue
        if context == Qt.ShortcutContext.WidgetShortcut:
            if widget is focus:
                return True
        elif context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            if widget.isVisible() and (widget is focus or widget.isAncestorOf(focus)):
                return True
        elif isinstance(widget, QMenu):
            if _inside(widget, main):  # a menu of the main window's menu bar
                return True
        elif widget.window() is main and widget.isVisible():
            return True
    return False


def _inside(widget: QWidget, main: QWidget) -> bool:
    """Whether `main` is `widget`'s parent, or its parent's, and so on."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is main:
            return True
        parent = parent.parentWidget()
    return False
