"""Where the data is, on the main window's status bar for as long as the window is open.

A status bar message ("Data stored on this computer in …") was gone for good once any other
replaced it ("Undid …", "Exported …"): QStatusBar never brings back a message a temporary one
replaced. So the folder is a permanent widget on the bar's right, and what was just done still
shows on its left for a few seconds. A long path is cut in its middle, between folders, so the
label never makes the window wider than a small screen at a large font; its tooltip and a
screen reader have it whole.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Slot
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.labels import describe_as, plain_tip

ELLIPSIS = "…"
_LAST_FOLDER_LETTERS = 20  # at its narrowest, the most of the path it keeps, in letters
_MESSAGE_ROOM = 18  # QStatusBar draws a message from 6 px in to 2 px before the label; spare


def elide_path(path: str, metrics: QFontMetrics, width: int) -> str:
    """`path` as it fits `width`: its start, as many of its last folders as fit, then of its
    first, and "…" for those left out ("/…/share/meetingkit", "C:\\Users\\…\\Local\\meetingkit"):
    the last folder always whole. Where not even "/…/meetingkit" fits, cut in the middle as
    Qt cuts it."""
    if metrics.horizontalAdvance(path) <= width:
        return path
    sep = "\\" if "\\" in path and "/" not in path else "/"
    parts = path.split(sep)

    def kept(head: int, tail: int) -> str:
        return sep.join([*parts[:head], ELLIPSIS, *parts[len(parts) - tail :]])

    def fits(head: int, tail: int) -> bool:
        return head + tail < len(parts) and metrics.horizontalAdvance(kept(head, tail)) <= width

    if not fits(1, 1):
        return metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, width)
    head, tail = 1, 1
    while True:  # a folder more from the end, else from the start, while one fits
        if fits(head, tail + 1):
            tail += 1
        elif fits(head + 1, tail):
            head += 1
        else:
            return kept(head, tail)


class DataFolderLabel(QLabel):
    """`sentence` ("Data stored on this computer in %1") with the data folder in it.

    Its text is the sentence whole (what a screen reader reads, and the tooltip); it draws
    what fits (`shown_text`). While a status message shows, it gives the message the room it
    needs, down to its narrowest (`minimumSizeHint`), and takes it back when the message goes.
    """

    def __init__(self, sentence: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._sentence = sentence
        self._folder = folder
        self._next_start = ""
        self._message = ""
        self._bar: QStatusBar | None = None
        describe_as(self, self.tr("Data folder"))
        self.show_folder(folder)

    def place_on(self, bar: QStatusBar) -> None:
        """Put it on the right of `bar`, for good, and make room for the bar's messages."""
        self._bar = bar
        bar.addPermanentWidget(self)
        bar.messageChanged.connect(self._make_room)
        bar.installEventFilter(self)

    def show_folder(self, folder: str) -> None:
        """Name `folder` as where the data is (the screenshots name a staged one)."""
        self._folder = folder
        self.setText(fill(self._sentence, folder))
        self._tell_whole()

    def set_next_start(self, note: str) -> None:
        """What changes at the next start (another data folder chosen in Settings), said in
        the tooltip after where the data is now; "" for nothing."""
        self._next_start = note
        self._tell_whole()

    def _tell_whole(self) -> None:
        if self._next_start:  # as rich text, so that Qt wraps a tooltip this long
            paragraphs = (self.text(), self._next_start)
            self.setToolTip("".join(f"<p>{escape(p)}</p>" for p in paragraphs))
        else:
            self.setToolTip(plain_tip(self.text()))
        self.updateGeometry()
        self.update()

    def shown_text(self) -> str:
        """The sentence as drawn at the label's width: whole if it fits, else with its path
        cut in the middle (`elide_path`), else cut at its end."""
        return self._fitted(self._text_rect().width())

    def _gap(self) -> int:
        """Two letters before the sentence: a message on the bar's left, cut where the label
        starts, does not run into it."""
        return 2 * self.fontMetrics().averageCharWidth()

    def _text_rect(self) -> QRect:
        return self.contentsRect().adjusted(self._gap(), 0, 0, 0)

    def _fitted(self, width: int) -> str:
        metrics, whole = self.fontMetrics(), self.text()
        if metrics.horizontalAdvance(whole) <= width:
            return whole
        head, marker, tail = self._sentence.partition("%1")
        if marker:
            room = width - metrics.horizontalAdvance(head + tail)
            path = elide_path(self._folder, metrics, room) if room > 0 else ""
            if path.strip(ELLIPSIS) and metrics.horizontalAdvance(path) <= room:
                return head + path + tail
        return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)

    def _extra_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + self._gap()

    def _whole_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text()) + self._extra_width()

    def minimumSizeHint(self) -> QSize:
        """Its sentence with the path cut to its last folder ("… in /…/meetingkit"), a last
        folder of more than 20 letters cut too: never what makes the window wider than the
        screen, whatever the folder is called."""
        metrics = self.fontMetrics()
        head, _, tail = self._sentence.partition("%1")
        last = self._folder.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        path = min(
            metrics.horizontalAdvance(f"/{ELLIPSIS}/{last}"),
            _LAST_FOLDER_LETTERS * metrics.averageCharWidth(),
        )
        least = metrics.horizontalAdvance(head + tail) + path
        hint = super().minimumSizeHint()
        hint.setWidth(min(least + self._extra_width(), self._whole_width()))
        return hint

    def sizeHint(self) -> QSize:
        """The sentence whole; while a message shows, what the message leaves of the bar."""
        hint = super().sizeHint()
        width = self._whole_width()
        if self._message and self._bar is not None:
            grips = (g for g in self._bar.findChildren(QSizeGrip) if g.isVisible())
            left = self._bar.width() - sum(g.width() for g in grips)
            left -= self._bar.fontMetrics().horizontalAdvance(self._message) + _MESSAGE_ROOM
            width = max(self.minimumSizeHint().width(), min(width, left))
        hint.setWidth(width)
        return hint

    @Slot(str)
    def _make_room(self, message: str) -> None:
        self._message = message
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.Resize and self._message:
            self.updateGeometry()  # what a message leaves changes with the bar's width
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.drawFrame(painter)
        self.style().drawItemText(
            painter,
            self._text_rect(),
            self.alignment().value,
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
