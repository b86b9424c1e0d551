"""The sign-in code for the room: the QR, the address and the phrase, in large type on the
projector. Only these three things: no names, no count, no roster.

It goes where the projector goes (ui/room_screens.py): full screen on a second screen apart
from the laptop's, with no pointer over it, and without taking the keyboard; else (no second
screen, or one that mirrors the laptop's) a window on the laptop's screen, with the usual
pointer; and again when a screen is plugged in or out. It took the keyboard from the main
window full screen, went full screen over a mirrored screen (over the facilitator's window)
and stayed where it was when the cable was pulled. A key that reaches it is the main window's
(Ctrl+Shift+J there closes it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.projector import room_look, wear_room_look
from meetingkit.ui.projector_control import pass_key
from meetingkit.ui.qr_view import QrView
from meetingkit.ui.room_screens import (
    Moved,
    ScreenWatch,
    place_and_say,
    show_full_screen,
    show_in_window,
)
from meetingkit.ui.room_screens import screens as screens  # tests put others in its place
from meetingkit.ui.window_place import place_for

BOARD_SIZE = QSize(1024, 640)  # on one screen, where there is room for it


class SignInBoard(QWidget):
    said = Signal(str)
    """A line for the main window's status bar: where the code went, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("meetingkit — sign in"))
        # The facilitator goes on typing in the main window while the room scans the code
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.full_screen_on: QScreen | None = None  # the room's screen, while full screen
        self._main: QWidget | None = None  # the main window, which the keys are for
        self.screen_watch = ScreenWatch(self, self.isVisible)
        self.screen_watch.settled.connect(self.follow_screens)
        wear_room_look(self, room_look())  # light on dark, or high contrast
        self.qr = QrView()
        self.title = heading_label(2.2, self.tr("Sign in · Regístrate"))
        self.meeting_label = plain_label()
        self.meeting_label.setWordWrap(True)
        self.url_label = plain_label()
        self.url_label.setWordWrap(True)
        self.phrase_label = heading_label(2.0)
        self.check_label = plain_label(
            self.tr("Your phone should show this phrase · Tu teléfono debe mostrar esta frase")
        )
        self.check_label.setWordWrap(True)
        text = QVBoxLayout()
        for widget in (
            self.title,
            self.meeting_label,
            self.url_label,
            self.check_label,
            self.phrase_label,
        ):
            text.addWidget(widget)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.qr, 3)
        layout.addSpacing(48)
        layout.addLayout(text, 2)

    def show_code(self, url: str, phrase: str, meeting_title: str) -> None:
        self.qr.set_data(url)
        self.url_label.setText(url)
        self.phrase_label.setText(phrase)
        self.meeting_label.setText(meeting_title)

    def place_on_second_screen(self, main: QWidget | None = None) -> None:
        """Show the code for the room beside `main`, the main window (`place_for_room`): full
        screen on a second screen, else a window on the laptop's; and again as screens come
        and go. Keys that reach it go on to `main`."""
        self._main = main
        self._place(opening=True)

    def place_on(self, screen: QScreen | None, home: QScreen | None = None) -> None:
        """Full screen on `screen`, the room's, with no pointer over it; with none, a window
        on `home`, the laptop's screen, no larger than its free area leaves (a laptop of
        1366x768 at 125 % has 1093x559 pixels for it, QA round 15c), with the usual pointer."""
        self.full_screen_on = screen
        if screen is not None:
            show_full_screen(self, screen)
            return
        here = home or self.screen() or QGuiApplication.primaryScreen()
        show_in_window(
            self, here, place_for(BOARD_SIZE, here.availableGeometry(), None).inside.size()
        )

    @Slot()
    def follow_screens(self) -> None:
        """The screens changed and settled: the code goes where it now belongs."""
        if self.isVisible():
            self._place(opening=False)

    def _place(self, *, opening: bool) -> None:
        said = {
            Moved.FULL_SCREEN: self.tr("The sign-in code is full screen on the second screen."),
            Moved.OPENED_IN_A_WINDOW: self.tr(
                "The sign-in code opened in a window: no second screen, or it mirrors this "
                "one. Extend the desktop instead."
            ),
            Moved.SCREEN_GONE: self.tr(
                "The sign-in code's screen is gone: its window is on this screen now, and "
                "goes back full screen when a second screen is plugged in."
            ),
        }
        moved = place_and_say(self, self._main, screens(), said, self.said.emit, opening=opening)
        if moved is None and opening:  # full screen on the room's screen
            self.said.emit(
                self.tr(
                    "The sign-in code is full screen on the second screen; Ctrl+Shift+J closes it."
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(1, self.height())
        for label, share in (
            (self.meeting_label, 0.045),
            (self.url_label, 0.035),
            (self.check_label, 0.035),
        ):
            font = label.font()
            font.setPixelSize(max(12, round(share * height)))
            label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Every key is the main window's (as on the projector): Ctrl+Shift+J there closes
        the code, Escape does there what it does. Shown alone, Escape closes it."""
        main = self._main
        if main is None:
            if event.key() == Qt.Key.Key_Escape:
                self.close()
                return
            super().keyPressEvent(event)
            return
        event.accept()
        main.activateWindow()
        pass_key(main, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._main is not None:
            # Made the active window anyway (a click, a window manager): the keyboard goes
            # back to the main window
            QTimer.singleShot(0, self._main.activateWindow)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.screen_watch.stop()
        self.full_screen_on = None
        super().closeEvent(event)
