"""Making the app's actions: text, keys, and where the keys work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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
    the focus is inside that widget, so single keys like N or Del never fire while someone
    types elsewhere; without it, the action's keys work wherever the widgets it is added to
    (a menu, the window) are shown.
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
    return action
