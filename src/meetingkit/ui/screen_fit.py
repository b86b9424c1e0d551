"""Windows no larger than the screen, whatever the font and the display's scaling.

With a large system font (11 to 14 points) or the display scaled to 150 or 200 %, a page or a
dialog can need more room than the screen has: a window never smaller than its content hung
off the screen's edge even maximized, its right-hand controls and its Save button out of
reach (QA round 16a). Here the window asks for no more than the screen's free area leaves,
and what does not fit scrolls, either way; where it fits, as on any usual screen and font,
the content fills the window exactly as it would without the scroll area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from meetingkit.ui.scroll_column import ScrollColumn, least_height

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

# Room for the frame the window manager draws around a window: its title bar and thin edges
# (as ui.window_place)
FRAME = QSize(16, 40)
UNBOUNDED = QSize(16_777_215, 16_777_215)


def screen_room(widget: QWidget) -> QSize:
    """The most a window may take on the screen `widget`'s window is on: the screen's free
    area (less its taskbar), less the window's frame."""
    screen = widget.window().screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return UNBOUNDED
    return screen.availableGeometry().size() - FRAME


def least_size(widget: QWidget) -> QSize:
    """How small `widget` may be, as a layout takes it: its minimum size hint, or the
    minimum it was given."""
    hint, given = widget.minimumSizeHint(), widget.minimumSize()
    return QSize(given.width() or max(hint.width(), 0), given.height() or max(hint.height(), 0))


class ScreenFit(ScrollColumn):
    """`content` shown whole where there is room, else scrolled; as small as `content` may
    be, but never more than `room()`. The content of a QStackedWidget is the page shown: a
    small page does not scroll because a page not shown is large. Nor is it ever shorter than
    its wrapped lines need at its width: squeezed, the Privacy page's paragraphs took the
    height of the table between them, down to its header. (A tab widget counts for its
    preferred height there: a table in one takes an Ignored vertical size policy and a
    minimum height of its own, or a page that fits would scroll.)"""

    def __init__(
        self, content: QWidget, room: Callable[[], QSize], parent: QWidget | None = None
    ) -> None:
        super().__init__(content, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._room = room
        self._least = QSize()
        if isinstance(content, QStackedWidget):
            content.currentChanged.connect(self._page_changed)

    def _shown(self) -> QWidget | None:
        content = self.widget()
        if isinstance(content, QStackedWidget):
            return content.currentWidget()
        return content

    def _content_least(self) -> QSize:
        shown = self._shown()
        return QSize(0, 0) if shown is None else least_size(shown)

    def minimumSizeHint(self) -> QSize:
        return self._content_least().boundedTo(self._room()).expandedTo(QSize(0, 0))

    def sizeHint(self) -> QSize:
        content = self.widget()
        return super().sizeHint() if content is None else content.sizeHint()

    @Slot()
    def _page_changed(self) -> None:
        self.fit()

    def fit(self) -> None:
        """The content as large as the view, and never smaller than it may be: the scroll
        bars show only where the view is smaller than that."""
        content, shown = self.widget(), self._shown()
        if content is None:
            return
        least = self._content_least()
        if least != self._least:  # the window's minimum follows the content's
            self._least = least
            self.updateGeometry()

        def tall(width: int) -> int:
            if shown is None:
                return least.height()
            return max(least.height(), least_height(shown, max(width, least.width())))

        view = self.maximumViewportSize()
        width, height = view.width(), view.height()
        sideways = least.width() > width
        if sideways:
            height -= self.horizontalScrollBar().sizeHint().height()
        needed = tall(width)  # measured again only at a width the scroll bar narrowed
        if needed > height:
            width -= self.verticalScrollBar().sizeHint().width()
            if not sideways and least.width() > width:
                height -= self.horizontalScrollBar().sizeHint().height()
            needed = tall(width)
        content.resize(max(width, least.width()), max(height, needed))


class TabsAtLeast(QTabWidget):
    """Tabs as tall, for a width, as their page needs at least: QTabWidget says its page's
    preferred height, where a table in it counts for its size hint (nothing, with an Ignored
    vertical policy), so a `ScreenFit` page around it thought it had room, and squeezed the
    wrapped text above the table."""

    def heightForWidth(self, width: int) -> int:
        hint = super().heightForWidth(width)
        page = self.currentWidget()
        layout = page.layout() if page is not None else None
        if hint < 0 or page is None or layout is None or not layout.hasHeightForWidth():
            return hint
        laid_out = page.width() > 0 and page.height() > 0
        inner = width - (self.width() - page.width()) if laid_out else width
        around = self.height() - page.height() if laid_out else self.tabBar().sizeHint().height()
        return max(hint, layout.totalMinimumHeightForWidth(inner) + around)


def main_window_room(window: QMainWindow) -> Callable[[], QSize]:
    """The room for `window`'s central widget: the screen's (`screen_room`), less what the
    menus, the toolbars and the status bar take around it."""

    def room() -> QSize:
        width, height = 0, 0
        menus = window.menuWidget()
        if menus is not None and not menus.isHidden():
            height += menus.sizeHint().height()
        for toolbar in window.findChildren(QToolBar):
            if toolbar.isHidden() or toolbar.isFloating() or toolbar.parentWidget() is not window:
                continue
            if window.toolBarArea(toolbar) in (
                Qt.ToolBarArea.LeftToolBarArea,
                Qt.ToolBarArea.RightToolBarArea,
            ):
                width += toolbar.sizeHint().width()
            else:
                height += toolbar.sizeHint().height()
        status = window.findChild(QStatusBar)
        if status is not None and not status.isHidden():
            height += status.sizeHint().height()
        return screen_room(window) - QSize(width, height)

    return room


def fit_dialog(dialog: QDialog) -> None:
    """As `dialog` shows (from its showEvent, before Qt places it): no larger than the
    screen's room where its minimum allows, and as tall as its wrapped lines need at its
    width (a window grows no taller by itself for them: the Settings' note on the data folder
    was cut mid-sentence). Where even its minimum does not fit, its body scrolls, with its
    buttons (a QDialogButtonBox ending its layout) in view under it. A dialog that fits as
    it is laid out is left so."""
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout  # not at start

    layout = dialog.layout()
    if layout is None or dialog.property("fits_the_screen"):
        return
    layout.activate()
    room = screen_room(dialog)
    size = dialog.size().boundedTo(room).expandedTo(dialog.minimumSizeHint())
    if layout.hasHeightForWidth():
        size.setHeight(max(size.height(), dialog.heightForWidth(size.width())))
    if size.width() <= room.width() and size.height() <= room.height():
        if size != dialog.size():
            dialog.resize(size)
        return
    dialog.setProperty("fits_the_screen", True)
    body = QWidget()
    body.setLayout(layout)  # its widgets come along
    last = layout.itemAt(layout.count() - 1)
    buttons = last.widget() if last is not None else None
    if not isinstance(buttons, QDialogButtonBox):
        buttons = None
    elif isinstance(layout, QFormLayout):
        layout.takeRow(buttons)
    else:
        layout.removeWidget(buttons)
    whole = QVBoxLayout(dialog)
    whole.setContentsMargins(0, 0, 0, 0)
    whole.setSpacing(0)
    outside = QSize(0, 0)
    if buttons is not None:
        margins = layout.contentsMargins()
        buttons.setContentsMargins(margins.left(), margins.top(), margins.right(), margins.bottom())
        outside = QSize(0, buttons.sizeHint().height())
    area = ScreenFit(body, lambda: screen_room(dialog) - outside)
    whole.addWidget(area, 1)
    if buttons is not None:
        whole.addWidget(buttons)
    whole.activate()
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))  # one it was given, too
    if size.height() > room.height():  # room for the scroll bar beside the body, if there is
        size.setWidth(size.width() + area.verticalScrollBar().sizeHint().width())
    dialog.resize(size.boundedTo(room))


def fit_message_box(box: QMessageBox) -> None:
    """As `box` shows (after Qt has sized it): no taller than the screen's room. QMessageBox
    sizes itself, as narrow as its style likes (500 pixels at most, whatever the text) and as
    tall as the text wraps to there: Delete meeting's question in Spanish at 14 points was
    400x962 on a 720-pixel screen, its buttons below the edge. Too tall, it is made wider
    first: its lines as long as the screen's room and Qt let them (`_widest_box`), or as its
    own are, if shorter; still too tall, its text scrolls, the buttons in view under it. A
    box that fits, as any does at the usual font, is left as Qt made it."""
    from PySide6.QtWidgets import QLabel  # not at start

    room = screen_room(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if box.height() <= room.height() or label is None or box.property("fits_the_screen"):
        return
    box.setProperty("fits_the_screen", True)
    outside = box.width() - label.width()  # the icon, the margins
    least = label.width()
    widest = max(min(room.width(), _widest_box(box)) - outside, least)
    lowest = _tall_at(box, label, widest)
    if lowest > room.height():
        _scroll_text(box, label, least, widest, room)
        return
    narrow = least  # the narrowest that is no taller than the widest, to 8 pixels: a line
    while narrow < widest - 8:  # wider would only leave room on its right
        middle = (narrow + widest) // 2
        if _tall_at(box, label, middle) <= lowest:
            widest = middle
        else:
            narrow = middle
    _tall_at(box, label, widest)


def _widest_box(box: QMessageBox) -> int:
    """The widest Qt lets a message box be on its screen (QMessageBoxPrivate::updateSize's
    hard limit): wider, it breaks the text anywhere, even mid-word, and cuts it."""
    screen = box.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return UNBOUNDED.width()
    width = screen.availableGeometry().width()
    return width if width <= 1024 else min(width - 480, 1000)


def _laid_out_again(box: QMessageBox) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent  # not at start

    QCoreApplication.sendEvent(box, QEvent(QEvent.Type.LayoutRequest))  # Qt sizes it anew


def _tall_at(box: QMessageBox, label: QWidget, width: int) -> int:
    """How tall `box` is with its text `width` pixels wide (it stays so)."""
    label.setMinimumWidth(width)
    _laid_out_again(box)
    return box.height()


def _scroll_text(box: QMessageBox, label: QWidget, least: int, most: int, room: QSize) -> None:
    """`box`'s text in a scroll area as tall as the room leaves beside the buttons: as wide
    as its longest line, between `least` (as Qt made it) and `most` pixels. Qt's own label is
    hidden, as Qt keeps setting its width; a copy of it is shown."""
    from PySide6.QtGui import QFontMetrics  # not at start
    from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea

    grid = box.layout()
    if not isinstance(label, QLabel) or not isinstance(grid, QGridLayout):
        return
    label.setMinimumWidth(0)
    lines = QFontMetrics(label.font())
    longest = max((lines.horizontalAdvance(line) for line in label.text().splitlines()), default=0)
    copy = QLabel(label.text())
    copy.setObjectName("fitted_text")
    copy.setTextFormat(label.textFormat())
    copy.setWordWrap(True)
    copy.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    copy.setTextInteractionFlags(label.textInteractionFlags())
    copy.setOpenExternalLinks(label.openExternalLinks())
    copy.setFont(label.font())
    area = QScrollArea()
    area.setObjectName("fitted_text_area")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    area.setWidgetResizable(True)
    area.setWidget(copy)
    bar = area.verticalScrollBar().sizeHint().width()
    area.setFixedWidth(min(most, max(longest + bar, least)))
    row, column, rows, columns = cast(
        "tuple[int, int, int, int]", grid.getItemPosition(grid.indexOf(label))
    )
    label.hide()
    grid.addWidget(area, row, column, rows, columns)
    area.show()  # the box is shown: Qt would show it only later
    area.setFixedHeight(max(label.height(), 1))
    for _ in range(3):  # the rest of the box is as tall as it was: at most twice more
        _laid_out_again(box)
        over = box.height() - room.height()
        if over <= 0:
            break
        area.setFixedHeight(max(area.maximumHeight() - over, lines.height() * 3))
