"""The sign-in code for the room: the QR, the address and the phrase, in large type on the
projector. Only these three things: no names, no count, no roster."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.projector import room_look, wear_room_look
from meetingkit.ui.qr_view import QrView
from meetingkit.ui.window_place import place_for

BOARD_SIZE = QSize(1024, 640)  # on one screen, where there is room for it


class SignInBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("meetingkit — sign in"))
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

    def place_on_second_screen(self) -> None:
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            # A window the facilitator drags, no larger than the screen's free area: a laptop
            # of 1366x768 at 125 % has 1093x559 pixels for it (QA round 15c)
            here = self.screen() or QGuiApplication.primaryScreen()
            place = place_for(BOARD_SIZE, here.availableGeometry(), None)
            self.setGeometry(place.inside)
            self.show()

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
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
