"""Colours that carry meaning — wrap up, over time, overdue, done — chosen for the background
they are drawn on, so they stay readable in the light, dark and high-contrast themes.

A widget never hard-codes such a colour: it asks `tones(palette)` (when it paints, or on each
tick of a clock) or hands a label to `tint`, which keeps its colour right when the theme
changes. Every tone reads at WCAG AA (4.5:1) on the light theme's window and base, and at AAA
(7:1) on the dark and high-contrast ones (tests/ui/test_theme.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

Role = QPalette.ColorRole

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

HIGH_CONTRAST_RATIO = 18.0
"""Text this far from a dark background (black and white is 21:1) marks a high-contrast
palette: ours, or the desktop's own."""


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance: 0 for black, 1 for white."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white); text wants 4.5, AAA wants 7."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def is_high_contrast(palette: QPalette) -> bool:
    """Near-black background with near-white text: the high-contrast theme, or the desktop's."""
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    return is_dark(palette) and contrast_ratio(window, text) >= HIGH_CONTRAST_RATIO


class Tone(Enum):
    """What a colour says."""

    WARNING = "warning"  # nearly there: wrap up, attendance falling
    DANGER = "danger"  # past it: over time, overdue, an error
    MUTED = "muted"  # secondary: done, none, a caption
    NOTICE = "notice"  # a banner's text, on `notice_background`


class Tones(NamedTuple):  # not a dataclass: a NamedTuple costs less at start-up
    warning: QColor
    danger: QColor
    muted: QColor
    notice: QColor
    notice_background: QColor
    bar_neutral: QColor  # a bar for comparison (share of the room, all meetings)
    bar_strong: QColor  # the bar that matters (airtime, the last meeting)
    bar_over: QColor  # a bar past what it should be

    def of(self, tone: Tone) -> QColor:
        return QColor(getattr(self, tone.value))


def _tones(*colours: str) -> Tones:
    return Tones(*(QColor(c) for c in colours))


LIGHT_TONES = _tones(
    "#8f5200", "#b3261e", "#5f6368", "#1a1a1a", "#fff3c4", "#b9c0c6", "#1e6bb8", "#8f5200"
)
DARK_TONES = _tones(
    "#ffb74d", "#ff8a80", "#bdc1c6", "#fff3c4", "#3d3200", "#8d969e", "#64b5f6", "#ffb74d"
)
HIGH_CONTRAST_TONES = _tones(
    "#ffff00", "#ff8a80", "#e0e0e0", "#ffff00", "#000000", "#8c8c8c", "#ffffff", "#ffff00"
)


def tones(palette: QPalette) -> Tones:
    """The meaningful colours for what is drawn on `palette`'s window."""
    if not is_dark(palette):
        return LIGHT_TONES
    return HIGH_CONTRAST_TONES if is_high_contrast(palette) else DARK_TONES


class _Tint(QObject):
    """Keeps one widget's text (and, for a banner, background) in its tone for the ground it
    is drawn on: again when it moves or its palette changes, and after a change of theme
    (`refresh_tints`, which the theme calls)."""

    def __init__(self, widget: QWidget, tone: Tone, background: bool) -> None:
        super().__init__(widget)
        self.tone, self.background = tone, background
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        palette = widget.palette()
        behind = widget.parentWidget()  # what the widget is drawn on, a banner's own aside
        shown = tones(behind.palette() if behind is not None else palette)
        colours = {Role.WindowText: shown.of(self.tone), Role.Text: shown.of(self.tone)}
        if self.background:
            colours[Role.Window] = shown.notice_background
        if all(palette.color(role) == colour for role, colour in colours.items()):
            return  # setting an equal palette would only send another PaletteChange
        for role, colour in colours.items():
            palette.setColor(role, colour)
        widget.setPalette(palette)
        widget.setAutoFillBackground(self.background)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange)
        if moved and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def refresh_tints(widgets: Iterable[QWidget]) -> None:
    """Choose the tinted widgets' colours again for the palettes they have now: after a
    change of theme (with an application style sheet, Qt stops telling each widget)."""
    for widget in widgets:
        keeper = widget.findChild(_Tint, options=_DIRECT)
        if keeper is not None:
            keeper.apply(widget)


def tint(widget: QWidget, tone: Tone | None, *, banner: bool = False) -> None:
    """Colour `widget`'s text in `tone` (None: the palette's own) from now on, in any theme.

    With `banner`, the widget is also filled with the notice background (a time check, a
    warning about the network). Cheap to call again with the same tone, e.g. on a clock tick.
    """
    keeper = widget.findChild(_Tint, options=_DIRECT)
    if tone is None:
        if keeper is not None:
            widget.removeEventFilter(keeper)
            keeper.setParent(None)  # no longer found as the widget's keeper, even before…
            keeper.deleteLater()  # …Qt deletes it
            widget.setPalette(QPalette())  # the parent's palette again
            widget.setAutoFillBackground(False)
        return
    if keeper is None:
        keeper = _Tint(widget, tone, banner)
    keeper.tone, keeper.background = tone, banner
    keeper.apply(widget)
