"""Making the app's actions: text, keys, and where the keys work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def make_action(
    owner: QObject,
    text: str,
    slot: Callable[[], object],
    keys: Keys | None = None,
    *,
    short: str = "",
    tip: str = "",
    scope: QWidget | None = None,
) -> QAction:
    """An action that calls `slot`.

    `short` is what a button shows (menus keep `text`). With `scope`, the keys work only while
    the focus is inside that widget and it shows, so single keys like N or Del never fire while
    someone types elsewhere, nor on the menu bar; without it, the action's keys work wherever
    the widgets it is added to (a menu, the window) are shown.
    """
    action = QAction(text, owner)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    if short:
        action.setIconText(short)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    if scope is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope.addAction(action)
        action.installEventFilter(_FocusInScope(scope, action))
    return action


class _FocusInScope(QObject):
    """Lets a scoped action's keys through only while the focus is inside its scope widget.

    Qt counts an action put in a menu as the menu bar's too: with the focus on the menu bar
    (after Alt+E, Esc) or in an open menu, a scoped key would fire however hidden its widget is
    (QA 16e: Del on the Floor tab deleted the agenda item that was on). Choosing the action in
    a menu is no key, and still works."""

    def __init__(self, scope: QWidget, action: QAction) -> None:
        super().__init__(action)
        self._scope = scope

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut:
            return False
        return not _focus_inside(self._scope)


def _focus_inside(scope: QWidget) -> bool:
    if not scope.isVisible():
        return False
    widget = QApplication.focusWidget()
    while widget is not None and widget is not scope:
        if widget.isWindow():  # a popup or dialog of its own is not inside
            return False
        widget = widget.parentWidget()
    return widget is scope
