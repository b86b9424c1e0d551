"""A focus ring seen at arm's length, in the light and dark themes and over the desktop's own
look ("Follow the system").

Fusion shows where the keyboard is with a 1-px border in the accent colour and a faint fill
(1.15:1): a facilitator a step from the laptop, or driving it from the projector, loses it.
`FocusRingStyle` is Fusion (or, for "Follow the system", the desktop's own style when its
focus is as faint: `FAINT_FOCUS_STYLES`) with a 2-px ring in the accent colour round the
control that has the focus: a button, a list to choose from, a text or number box, the
current tab of a tab bar, a check box, a list's or table's frame and its current cell (in the
selected row's text colour there, where the accent is the row's own fill). The ring is
painted over the control's own edge, inside its rectangle, so nothing moves when the focus
does.

As in Fusion (and a browser's focus-visible), buttons, tabs and lists to choose from show the
ring once the keyboard has moved the focus in that window (Tab, a shortcut); a text box, a
list or a table shows it whenever it has the focus (as Qt marks a table's current cell).
High contrast has a thicker yellow frame of its own (ui/theme.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

RING_PX = 2
"""How thick the ring is."""

_P = QStyle.PrimitiveElement
_C = QStyle.ControlElement
_X = QStyle.ComplexControl
_M = QStyle.PixelMetric
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_BY_KEYBOARD = QStyle.StateFlag.State_KeyboardFocusChange
_SELECTED = QStyle.StateFlag.State_Selected

# Controls whose ring goes round the whole of them: the small focus rectangle Fusion draws
# inside some of them (a tool button's) would be a second ring.
_RINGED_CONTROLS = {_X.CC_ToolButton, _X.CC_ComboBox, _X.CC_SpinBox}
# Framed views whose content is drawn on the Base colour: their frame is as thick as the ring
_ON_BASE = (QAbstractItemView, QTextEdit, QPlainTextEdit)


FAINT_FOCUS_STYLES = frozenset({"fusion", "windows", "windowsvista"})
"""Desktop styles whose focus is hard to see a step away (Fusion's 1-px line, the dotted
rectangle of the Windows styles): "Follow the system" wears the ring over them. The others
(macOS, Windows 11, Breeze) draw a focus ring of their own that shows, and are left alone."""


class FocusRingStyle(QProxyStyle):
    """Fusion, or the style named `base`, with a focus ring that shows (see the module)."""

    def __init__(self, base: str = "Fusion") -> None:
        style = QStyleFactory.create(base) or QStyleFactory.create("Fusion")
        self.base_name = style.name().lower()
        """The style under the ring ("fusion"), as `QStyle.name()` calls it."""
        super().__init__(style)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _P.PE_FrameFocusRect:
            if _ringed_whole(widget):
                return
            if _by_keyboard(option):
                # A table's current cell, a check box's label: on a selected row, whose fill
                # is the accent, in the row's text colour
                role = (
                    QPalette.ColorRole.HighlightedText
                    if option.state & _SELECTED
                    else QPalette.ColorRole.Highlight
                )
                _ring(painter, option.rect, option.palette.color(role))
                return
        super().drawPrimitive(element, option, painter, widget)
        if (
            element == _P.PE_PanelLineEdit
            and isinstance(widget, QLineEdit)
            and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            and isinstance(option, QStyleOptionFrame)
            and option.lineWidth > 0  # a box with a frame, not a table's cell being edited
            and option.state & _HAS_FOCUS
        ):
            _ring(painter, option.rect, _accent(option))

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in (_C.CE_PushButtonBevel, _C.CE_TabBarTab) and _by_keyboard(option):
            _ring(painter, option.rect, _accent(option))
        elif element == _C.CE_ShapedFrame and isinstance(widget, QAbstractScrollArea):
            # A list, a table, a text box. Their frame is as thick as the ring (see
            # pixelMetric): without the focus, the line inside Fusion's own is the colour of
            # what the frame holds.
            if option.state & _HAS_FOCUS:
                _ring(painter, option.rect, _accent(option))
            elif isinstance(widget, _ON_BASE) and widget.frameWidth() >= RING_PX:
                inside = option.rect.adjusted(1, 1, -2, -2)  # the pixels next to Fusion's line
                painter.save()
                painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Base), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(inside)
                painter.restore()

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """A list's, a table's or a text box's frame as thick as the ring, always: the ring
        is drawn on it, not under the rows or the header (nothing moves when the focus does)."""
        value = super().pixelMetric(metric, option, widget)
        if metric == _M.PM_DefaultFrameWidth and isinstance(widget, _ON_BASE):
            return max(value, RING_PX) if value > 0 else value
        return value

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control not in _RINGED_CONTROLS or not option.state & _HAS_FOCUS:
            return
        typed = control == _X.CC_SpinBox or (
            isinstance(option, QStyleOptionComboBox) and option.editable
        )
        if typed or _by_keyboard(option):
            _ring(painter, option.rect, _accent(option))


def _ringed_whole(widget: QWidget | None) -> bool:
    return isinstance(widget, QAbstractSpinBox | QComboBox) or (
        widget is not None and widget.inherits("QToolButton")
    )


def _by_keyboard(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & _HAS_FOCUS and state & _BY_KEYBOARD)


def _accent(option: QStyleOption) -> QColor:
    return option.palette.color(QPalette.ColorRole.Highlight)


def _ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A ring RING_PX thick just inside `rect`, its corners slightly rounded."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(colour, RING_PX)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    half = RING_PX / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 2.0, 2.0)
    painter.restore()
