"""The app's looks: the desktop's own, light, dark, or high contrast for low vision and bright
rooms.

`apply_theme(app, name)` is called at start-up and from the settings. "system" follows the
desktop's light or dark scheme (Qt's `QStyleHints.colorScheme()`), and keeps the desktop's
style and palette when they already match it. The other themes draw with Fusion, the one Qt
style that honours a palette on every platform, and their own palette. All but high contrast
draw a 2-px focus ring in the accent colour (`ui/focus_ring.py`): "system" over the desktop's
own style and palette, where that style's focus is faint (Fusion's, on most Linux desktops).
A style sheet adds what a palette cannot say: in dark, check boxes whose box shows; in high
contrast, visible borders round every control and a thick yellow frame round the one with the
focus.

Colours that carry meaning (over time, overdue) follow the palette through `ui/tones.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from meetingkit import paths
from meetingkit.core.i18n import QT_TRANSLATE_NOOP
from meetingkit.core.settings import THEMES
from meetingkit.ui.tones import refresh_tints

__all__ = [
    "THEMES",
    "apply_theme",
    "current_theme",
    "style_sheet",
    "theme_label",
    "theme_palette",
]

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_APPLIED = "meetingkit_theme"  # properties on the QApplication: the theme worn now,
_DESKTOP_STYLE = "meetingkit_desktop_style"  # the style it had before we changed it,
_FOLLOWING = "meetingkit_follows_desktop"  # and whether it listens to the desktop's scheme

_LABELS = {
    "system": QT_TRANSLATE_NOOP("Theme", "&Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "&Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Theme", "&High contrast"),
}

_LIGHT = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1f1f1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f2f4f7",
    Role.Text: "#1f1f1f",
    Role.PlaceholderText: "#6b6f74",
    Role.Button: "#ececec",
    Role.ButtonText: "#1f1f1f",
    Role.BrightText: "#b3261e",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1f1f1f",
    Role.Highlight: "#1a5fb4",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1a5fb4",
    Role.LinkVisited: "#6a1b9a",
    Role.Accent: "#1a5fb4",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
}
_LIGHT_DISABLED = {Role.WindowText: "#8a8a8a", Role.Text: "#8a8a8a", Role.ButtonText: "#8a8a8a"}

_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#26282b",
    Role.Text: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Button: "#2d2e31",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ff8a80",
    Role.ToolTipBase: "#2d2e31",
    Role.ToolTipText: "#e8eaed",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#202124",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.Accent: "#8ab4f8",
    Role.Light: "#4a4d52",
    Role.Midlight: "#3c4043",
    Role.Mid: "#2d2e31",
    Role.Dark: "#121314",
    Role.Shadow: "#000000",
}
_DARK_DISABLED = {Role.WindowText: "#7c8187", Role.Text: "#7c8187", Role.ButtonText: "#7c8187"}

YELLOW = "#ffff00"
_HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1c1c1c",
    Role.Text: "#ffffff",
    Role.PlaceholderText: "#d0d0d0",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: YELLOW,
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.Highlight: YELLOW,
    Role.HighlightedText: "#000000",
    Role.Link: YELLOW,
    Role.LinkVisited: "#ffb3ff",
    Role.Accent: YELLOW,
    Role.Light: "#ffffff",
    Role.Midlight: "#ffffff",
    Role.Mid: "#ffffff",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
}
# Disabled controls stay readable (7:1) and are told apart by dashed borders, not by grey.
_HIGH_CONTRAST_DISABLED = {
    Role.WindowText: "#a6a6a6",
    Role.Text: "#a6a6a6",
    Role.ButtonText: "#a6a6a6",
}

_PALETTES = {
    "light": (_LIGHT, _LIGHT_DISABLED),
    "dark": (_DARK, _DARK_DISABLED),
    "high-contrast": (_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED),
}

# What a palette cannot say in Fusion, whose borders are a shade of the window (invisible on
# black): check boxes and radio buttons with a visible box in the dark themes; in high
# contrast, a white border round every control and a thick yellow one round the focused
# control (the padding shrinks as the border grows, so nothing moves), dashed when disabled.
_INDICATORS = """
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
    width: 14px; height: 14px; border: 2px solid {edge}; background: {base}; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QAbstractItemView::indicator:checked {{
    background: {on}; border-color: {on}; image: url("{check}"); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
"""

_HIGH_CONTRAST_CONTROLS = """
QPushButton, QToolButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit,
QAbstractItemView, QTabBar::tab, QGroupBox, QMenu, QToolTip {{ border: 1px solid #ffffff; }}
QPushButton, QToolButton, QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 4px 8px; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 4px solid {yellow}; padding: 1px 5px; }}
QTextEdit:focus, QPlainTextEdit:focus, QAbstractItemView:focus {{ border: 4px solid {yellow}; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {yellow}; }}
QPushButton:hover, QToolButton:hover, QTabBar::tab:hover {{ border-color: {yellow}; }}
QPushButton:pressed, QPushButton:checked, QToolButton:pressed, QToolButton:checked,
QTabBar::tab:selected, QMenuBar::item:selected, QMenu::item:selected {{
    background: {yellow}; color: #000000; }}
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled,
QAbstractSpinBox:disabled {{ border-style: dashed; }}
QComboBox::drop-down, QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    width: 18px; border: none; border-left: 1px solid #ffffff; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url("{down}"); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
QPushButton::menu-indicator, QToolButton::menu-indicator {{
    image: url("{down}"); width: 10px; height: 10px; subcontrol-position: right center;
    subcontrol-origin: padding; }}
QGroupBox {{ margin-top: 1.4em; padding-top: 0.3em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QTabBar::tab {{ padding: 5px 12px; margin-right: 2px; }}
QTabBar:focus {{ border: 3px solid {yellow}; }}
QHeaderView::section {{ background: #000000; color: #ffffff; border: 1px solid #ffffff;
    padding: 3px; }}
QFrame[frameShape="6"] {{ border: 1px solid #ffffff; }}
QScrollBar {{ background: #000000; border: 1px solid #ffffff; }}
QScrollBar::handle {{ background: #ffffff; min-height: 24px; min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: #000000; }}
"""


def _icon(name: str) -> str:
    return paths.resource("icons", f"theme-{name}.png").as_posix()


def style_sheet(name: str) -> str:
    """The application style sheet a theme adds to its palette ("" for none)."""
    if name == "dark":
        return _INDICATORS.format(
            edge=_DARK[Role.PlaceholderText],
            base=_DARK[Role.Base],
            on=_DARK[Role.Highlight],
            check=_icon("check"),
        )
    if name != "high-contrast":
        return ""
    indicators = _INDICATORS.format(edge="#ffffff", base="#000000", on=YELLOW, check=_icon("check"))
    controls = _HIGH_CONTRAST_CONTROLS.format(
        yellow=YELLOW, down=_icon("arrow-down"), up=_icon("arrow-up")
    )
    return indicators + controls


def theme_label(name: str) -> str:
    """The theme's name for a menu or a list, in the app's language."""
    return QCoreApplication.translate("Theme", _LABELS[name])


def theme_palette(name: str) -> QPalette:
    """The palette of a theme of our own ("light", "dark" or "high-contrast")."""
    colours, disabled = _PALETTES[name]
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def current_theme(app: QApplication) -> str:
    """The theme `apply_theme` last gave `app` ("system" when none was asked for)."""
    return str(app.property(_APPLIED) or "system")


def apply_theme(app: QApplication, name: str) -> None:
    """Wear theme `name` (one of THEMES) in every window of `app`, now and as the desktop
    changes; windows already open repaint at once."""
    if name not in THEMES:
        raise ValueError(f"Unknown theme {name!r}: one of {', '.join(THEMES)}.")
    first = app.property(_APPLIED) is None
    app.setProperty(_APPLIED, name)
    _follow_desktop(app)
    if name == "system" and first and not _desktop_wants_dark(app):
        _ring_over_desktop(app)  # starting on the desktop's own look: only the ring to add
        return
    if name == "system":
        _take_off(app)
        if _desktop_wants_dark(app):
            _wear(app, "dark", None)
        else:
            _ring_over_desktop(app)
    else:
        _wear(app, name, Qt.ColorScheme.Light if name == "light" else Qt.ColorScheme.Dark)
    _settle(app)


def _settle(app: QApplication) -> None:
    """Every widget gets its new palette now, not on a later turn of the event loop; then the
    colours that carry meaning are chosen again, and a widget's own style sheet is applied
    again (its `palette(link)` is read when the sheet is)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    widgets = app.allWidgets()
    refresh_tints(widgets)
    for widget in widgets:
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def _desktop_wants_dark(app: QApplication) -> bool:
    """The desktop asks for dark and its palette (with the style we were given) is not."""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return dark and app.palette().color(Role.Window).lightness() >= 128


def _remember_desktop_style(app: QApplication) -> str:
    """The desktop's own style ("fusion"), noted the first time the app changes its style."""
    from meetingkit.ui.focus_ring import FocusRingStyle

    if app.property(_DESKTOP_STYLE) is None:
        style = app.style()
        name = style.base_name if isinstance(style, FocusRingStyle) else style.name()
        app.setProperty(_DESKTOP_STYLE, name)
    return str(app.property(_DESKTOP_STYLE))


def _ring_over_desktop(app: QApplication) -> None:
    """The desktop's own style and palette, with a focus ring that shows when that style's
    own is faint (ui/focus_ring.py). Its looks are otherwise the desktop's."""
    from meetingkit.ui.focus_ring import FAINT_FOCUS_STYLES, FocusRingStyle

    desktop = _remember_desktop_style(app)
    style = app.style()
    if desktop.lower() not in FAINT_FOCUS_STYLES:
        return  # its own ring shows
    if not (isinstance(style, FocusRingStyle) and style.base_name == desktop.lower()):
        app.setStyle(FocusRingStyle(desktop))


def _wear(app: QApplication, name: str, scheme: Qt.ColorScheme | None) -> None:
    app.setStyleSheet("")  # so that app.style() is the style itself, not a sheet's wrapper
    _remember_desktop_style(app)
    # The style before the palette: a new style resets it. Light and dark draw a focus ring
    # that shows; high contrast's style sheet has one of its own.
    from meetingkit.ui.focus_ring import FocusRingStyle  # only for the themes that draw it

    style = app.style()
    ringed = isinstance(style, FocusRingStyle) and style.base_name == "fusion"
    if name == "high-contrast":
        if isinstance(style, FocusRingStyle) or style.name().lower() != "fusion":
            app.setStyle("Fusion")
    elif not ringed:
        app.setStyle(FocusRingStyle())
    if scheme is not None:
        # Native parts (file dialogs, title bars) follow where the platform can.
        app.styleHints().setColorScheme(scheme)
    app.setPalette(theme_palette(name))
    app.setStyleSheet(style_sheet(name))


def _take_off(app: QApplication) -> None:
    """Back to the desktop's style, palette and scheme."""
    app.setStyleSheet("")
    app.styleHints().unsetColorScheme()
    style = app.property(_DESKTOP_STYLE)
    if style and app.style().name().lower() != str(style).lower():
        app.setStyle(str(style))  # a ring's style (named "") too: the ring goes on again after
    app.setPalette(QPalette())


def _follow_desktop(app: QApplication) -> None:
    """While the theme is "system", a change of the desktop's scheme is followed at once."""
    if app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)

    def changed(_scheme: Qt.ColorScheme) -> None:
        if current_theme(app) == "system":
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(changed)
