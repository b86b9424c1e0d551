"""Quick lock (Ctrl+L): one key hides everything, before the facilitator steps away.

The main window's content, menus and toolbars are hidden behind a plain panel; every other
window of the app (projector, kiosk, sign-in code) is covered by a blank curtain, and an open
dialog is cancelled, since it may show a person's details. No key reaches the app while it
is locked except those typed into the panel. With encryption on, only the passphrase
unlocks it, tried on a fresh connection to the database; without it, the panel says that
anyone can unlock it and that a passphrase gives a real lock. The meeting goes on underneath:
the clock, sign-ins and the sign-in server keep running.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from meetingkit.core.errors import MeetingkitError
from meetingkit.storage.database import is_encrypted
from meetingkit.ui.actions import make_action
from meetingkit.ui.labels import error_label, heading_label, plain_label

LOCK_KEYS = "Ctrl+L"


@cache
def _key_events() -> frozenset[QEvent.Type]:
    # Built at the first lock, not at import: PySide makes QEvent's enums on first touch.
    return frozenset(
        (
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
        )
    )


class _Curtain(QWidget):
    """A blank cover over another window of the app, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setAutoFillBackground(True)  # in the covered window's own background colour
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        return False


class LockScreen(QWidget):
    """The panel over the main window while it is locked.

    Only the action (Ctrl+L) exists until the first lock, which builds the panel's widgets:
    the first QLineEdit of a process costs ~8 ms, which start-up need not pay
    (bench/startup.py).
    """

    heading: QLabel
    explanation: QLabel
    passphrase: QLineEdit
    unlock_button: QPushButton
    error: QLabel

    locked = Signal()  # the screen was locked
    unlocked = Signal()  # the right passphrase (or, without encryption, a click) opened it

    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._db_path = db_path
        self._needs_passphrase = False
        self._locked = False
        self._hidden: list[QWidget] = []
        self._focus_before: QWidget | None = None  # where the keys went before the lock
        self._curtains: list[_Curtain] = []
        self._built = False
        self.hide()

        self.act_lock = make_action(
            window,
            self.tr("&Lock screen"),
            self.lock,
            LOCK_KEYS,
            tip=self.tr("Hide everything at once; unlock with the passphrase"),
        )
        # Works in every window of the app (the projector, the kiosk), not just this one.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        window.addAction(self.act_lock)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Locked"))
        self.heading = heading_label(1.6, self.tr("meetingkit is locked"))
        self.explanation = plain_label()
        self.explanation.setWordWrap(True)
        self.explanation.setFixedWidth(480)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setFixedWidth(320)
        self.passphrase.returnPressed.connect(self._unlock_clicked)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        # Enter on the focused button presses it, as Space does (outside a dialog a button
        # answers Enter only when it is auto-default)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self._unlock_clicked)
        self.error = error_label()
        self.error.setFixedWidth(480)
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (
            self.heading,
            self.explanation,
            self.passphrase,
            self.unlock_button,
            self.error,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    @classmethod
    def install(cls, window: QMainWindow, db_path: Path) -> LockScreen:
        """Give `window` the lock: its action (Ctrl+L) is `act_lock`, for a menu."""
        return cls(window, db_path)

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def action(self) -> QAction:
        return self.act_lock

    @Slot()
    def lock(self) -> None:
        if self.is_locked:
            return
        self._build()
        self._focus_before = self._window.focusWidget()
        try:
            self._needs_passphrase = is_encrypted(self._db_path)
        except MeetingkitError:
            self._needs_passphrase = False
        if self._needs_passphrase:
            self.explanation.setText(
                self.tr("Type the passphrase to unlock. The meeting goes on meanwhile.")
            )
        else:
            self.explanation.setText(
                self.tr(
                    "This hides the screen, but anyone at this laptop can unlock it: the data "
                    "is not encrypted. Turn encryption on (Privacy page) and the passphrase "
                    "will be needed to unlock."
                )
            )
        # A wrapped label placed by alignment gets its one-line height: give it its lines.
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(480))
        self.passphrase.setVisible(self._needs_passphrase)
        self.passphrase.clear()
        self.error.hide()
        self._locked = True
        self._hide_window_content()
        self._cover_other_windows()
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # keys, and the window's size, while locked
        (self.passphrase if self._needs_passphrase else self.unlock_button).setFocus()
        self.locked.emit()

    def try_unlock(self, passphrase: str = "") -> bool:
        """Unlock if the passphrase opens the data (or if it is not encrypted)."""
        if not self.is_locked:
            return True
        if self._needs_passphrase:
            from meetingkit.services.encryption import key_opens

            try:
                opens = bool(passphrase) and key_opens(self._db_path, passphrase)
            except MeetingkitError:
                opens = False
            if not opens:
                self.passphrase.clear()
                self.error.setText(self.tr("That passphrase does not unlock meetingkit."))
                self.error.show()
                self.passphrase.setFocus()
                return False
        self._locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.passphrase.clear()
        self.hide()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._window.menuBar().setEnabled(True)
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains = []
        self._give_focus_back()
        self.unlocked.emit()
        return True

    def _give_focus_back(self) -> None:
        """The keys go where they went before the lock (the floor's stack: A adds someone),
        not nowhere, if that widget is still there."""
        before, self._focus_before = self._focus_before, None
        if before is not None and isValid(before) and before.isVisible() and before is not self:
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _unlock_clicked(self) -> None:
        self.try_unlock(self.passphrase.text())

    def _hide_window_content(self) -> None:
        window = self._window
        self._window.menuBar().setEnabled(False)  # a native (macOS) menu bar is not covered
        children = window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for widget in children:
            if widget is not self and not widget.isWindow() and not widget.isHidden():
                widget.hide()
                self._hidden.append(widget)

    def _cover_other_windows(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top is self._window or not top.isVisible():
                continue
            if isinstance(top, QMenu):
                top.close()
            elif isinstance(top, QDialog) and top.isModal():
                top.reject()  # it may show someone's details; cancelling changes nothing
            else:
                self._curtains.append(_Curtain(top))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        if self._locked and kind in _key_events():
            # While locked, only the panel's own widgets hear keys: no shortcut, no page.
            return not self._for_the_panel(watched)
        return False

    def _for_the_panel(self, watched: QObject) -> bool:
        """Whether a key on its way to `watched` is for the panel's widgets.

        On a real display a key first reaches the window's QWindow, which hands it to the
        focused widget, and this filter sees it again there: a key to the main window's
        QWindow passes when its focus is in the panel. A shortcut goes to its action (no
        widget), and a key to another window (the projector's) stays out."""
        if isinstance(watched, QWindow) and watched is self._window.windowHandle():
            watched = self._window.focusWidget()
        return isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched))
