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

SHORT_DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
"""Where a model may keep shorter details lines, longest first, the first that fits drawn
where the whole does not: the meeting list's leave out the kind, then the time, so the step
on the path shows ("Sun 22 Nov · 10:20 · Run 1/3" rather than "Sun 22 Nov · 10:20 · Meeting ·
…" at 1366x768 and 125%; "dom 25 oct · Seguimiento 1/4" in Spanish)."""

PADDING = 3
"""Pixels above the first line and below the second."""

DETAIL_SCALE = 0.9
"""The details' font size against the name's."""

ELLIPSIS = "…"
SERIES = " — "
"""Between a series' name and what tells its meetings apart: "Safe Staffing Working Group —
November"."""
PARTS = " · "
"""Between the details: "Sun 22 Nov · 08:15 · Meeting · Run 1/3"."""


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
        painter.drawText(first, align, elide_words(name, top, area.width(), elide))
        painter.setFont(small)
        painter.setPen(quiet)
        second = QRect(area.left(), first.bottom() + 1, area.width(), bottom.height())
        detail = str(detail)
        if bottom.horizontalAdvance(detail) > area.width():
            for shorter in index.data(SHORT_DETAIL_ROLE) or ():
                detail = shorter
                if bottom.horizontalAdvance(detail) <= area.width():
                    break
        painter.drawText(second, align, elide_parts(detail, bottom, area.width()))
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


# Cutting a name to fit: between words, never inside one. Qt's own elision cut the meeting
# list's titles mid-word, where they lost their meaning on a laptop screen: "Safe Staffing
# …oup — November", "One-on-one con…new organizers" (QA round 15c).


def elide_words(
    text: str,
    metrics: QFontMetrics,
    width: int,
    mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> str:
    """`text` as it fits `width`, cut between whole words. ElideMiddle keeps both ends (a
    series' meetings share their start): what follows the last " — " stays whole, with as many
    words before it as fit ("Safe Staffing… — November"); with no dash, words from the start
    and from the end ("One-on-one … new organizers"). Other modes keep the start. A first word
    too long for the width is cut as Qt cuts it."""
    if mode == Qt.TextElideMode.ElideNone or metrics.horizontalAdvance(text) <= width:
        return text
    if mode == Qt.TextElideMode.ElideMiddle:
        head, dash, tail = text.rpartition(SERIES)
        if dash and head:
            room = width - metrics.horizontalAdvance(dash + tail)
            kept = _first_words(head, metrics, room)
            if kept:
                return kept + dash + tail
        shown = _both_ends(text, metrics, width)
    else:
        shown = _first_words(text, metrics, width)
    return shown or metrics.elidedText(text, mode, width)


def elide_parts(text: str, metrics: QFontMetrics, width: int) -> str:
    """A details line as it fits `width`: whole parts from its start, and "…" for those left
    out ("Sun 22 Nov · 08:15 · Meeting · …"), rather than a part cut ("Run …")."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    parts = text.split(PARTS)
    for n in range(len(parts) - 1, 0, -1):
        shown = PARTS.join(parts[:n]) + PARTS + ELLIPSIS
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    return elide_words(text, metrics, width)


def _first_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """The most whole words from the start of `text` that fit `width` with "…" after them;
    "" when not even the first word does."""
    words = text.split()
    for n in range(len(words) - 1, 0, -1):
        shown = _trimmed(" ".join(words[:n])) + ELLIPSIS
        if metrics.horizontalAdvance(shown) <= width:
            return shown
    return ""


def _both_ends(text: str, metrics: QFontMetrics, width: int) -> str:
    """Whole words from the start and the end of `text`, " … " between them, as many as fit
    `width` (one from each end in turn, the start first); "" when not one of each fits."""
    words = text.split()
    start, end = 1, 1

    def shown(first: int, last: int) -> str:
        return f"{_trimmed(' '.join(words[:first]))} {ELLIPSIS} {' '.join(words[-last:])}"

    if len(words) < 3 or metrics.horizontalAdvance(shown(start, end)) > width:
        return ""
    grew = True
    while grew and start + end < len(words) - 1:
        grew = False
        for first, last in ((start + 1, end), (start, end + 1)):
            if (
                start + end < len(words) - 1
                and metrics.horizontalAdvance(shown(first, last)) <= width
            ):
                start, end, grew = first, last, True
    return shown(start, end)


def _trimmed(words: str) -> str:
    """Words before "…", without a comma or a dash left hanging at their end."""
    return words.rstrip(" ,;:·—–-")
