"""List rows in two lines: a name, and under it a quieter line of details.

The meeting list is narrow beside the meeting it shows. As a table its title, date, kind and
path columns fought for ~330 px: every title was cut and the rest needed a scroll bar. In two
lines the title gets the whole width and its details sit under it, as in a mail client.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from meetingkit.ui.tones import tones

Index = QModelIndex | QPersistentModelIndex

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
"""Where a model keeps a row's details (the second line) unless it says otherwise."""

PADDING = 3
"""Pixels above the first line and below the second."""

DETAIL_SCALE = 0.9
"""The details' font size against the name's."""


def detail_font(font: QFont) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * DETAIL_SCALE)
    else:
        smaller.setPixelSize(max(1, round(font.pixelSize() * DETAIL_SCALE)))
    return smaller


class TwoLineDelegate(QStyledItemDelegate):
    """Draws the display text, and under it the text of `detail_role` in the palette's muted
    tone. Rows without details (a branch such as "Upcoming (2)") are drawn as usual."""

    def __init__(self, parent: QObject | None = None, detail_role: int = DETAIL_ROLE) -> None:
        super().__init__(parent)
        self._detail_role = detail_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        detail = index.data(self._detail_role)
        if not detail:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        name, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        area = area.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        state = item.state
        group = (
            QPalette.ColorGroup.Normal
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        palette = item.palette
        if state & QStyle.StateFlag.State_Selected:
            ink = palette.color(group, QPalette.ColorRole.HighlightedText)
            quiet = QColor(ink)
        else:
            ink = palette.color(group, QPalette.ColorRole.Text)
            quiet = tones(palette).muted
        align = QStyle.visualAlignment(
            item.direction,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
        font = item.font
        small = detail_font(font)
        top, bottom = QFontMetrics(font), QFontMetrics(small)
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        first = QRect(area.left(), area.top(), area.width(), top.height())
        elide = item.textElideMode
        painter.drawText(first, align, top.elidedText(name, elide, area.width()))
        painter.setFont(small)
        painter.setPen(quiet)
        second = QRect(area.left(), first.bottom() + 1, area.width(), bottom.height())
        shown = bottom.elidedText(str(detail), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(second, align, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        detail = index.data(self._detail_role)
        if not detail:
            return size
        font = option.font
        top, bottom = QFontMetrics(font), QFontMetrics(detail_font(font))
        height = top.height() + bottom.height() + 1 + 2 * PADDING
        width = max(size.width(), bottom.horizontalAdvance(str(detail)) + 2 * PADDING)
        return QSize(width, max(size.height(), height))
