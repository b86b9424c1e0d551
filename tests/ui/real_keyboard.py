"""Keys sent as a real display sends them: to the window's QWindow, which hands them to the
focused widget (`qtbot.keyClick` on a widget skips that first step, where an app-wide event
filter, the lock screen's, sees the key first)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def press(
    window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(_handle(window), key, modifier)


def type_text(window: QWidget, text: str) -> None:
    handle = _handle(window)
    for char in text:
        QTest.keyClick(handle, ord(char))


def _handle(window: QWidget) -> QWindow:
    handle = window.windowHandle()
    assert handle is not None
    return handle
