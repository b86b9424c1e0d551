"""The themes: readable palettes, dark that is dark, meaningful colours that follow the theme,
and custom-painted widgets that stay readable in the dark and high-contrast themes."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core import settings
from meetingkit.core.airtime import GroupShare
from meetingkit.core.floor import Cue, Policy
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.demo import Demo
from meetingkit.services.floor_session import FloorSnapshot, SpeakerView
from meetingkit.services.qr import QUIET_ZONE, qr_matrix
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.profession_bars import ProfessionBars
from meetingkit.ui.projector import (
    HIGH_CONTRAST_ROOM_LOOK,
    ROOM_LOOK,
    ProjectorWindow,
    RoomLook,
)
from meetingkit.ui.qr_view import QrView
from meetingkit.ui.theme import (
    THEMES,
    apply_theme,
    current_theme,
    style_sheet,
    theme_label,
    theme_palette,
)
from meetingkit.ui.tones import (
    DARK_TONES,
    HIGH_CONTRAST_TONES,
    LIGHT_TONES,
    Tone,
    Tones,
    contrast_ratio,
    is_dark,
    is_high_contrast,
    luminance,
    tint,
    tones,
)

Role = QPalette.ColorRole
OWN_THEMES = ("light", "dark", "high-contrast")
NEEDED = {"light": 4.5, "dark": 4.5, "high-contrast": 7.0}
"""WCAG AA for text in the light and dark themes, AAA in high contrast."""

TEXT_PAIRS = (
    (Role.Window, Role.WindowText),
    (Role.Base, Role.Text),
    (Role.AlternateBase, Role.Text),
    (Role.Button, Role.ButtonText),
    (Role.Highlight, Role.HighlightedText),
    (Role.ToolTipBase, Role.ToolTipText),
    (Role.Base, Role.PlaceholderText),
    (Role.Base, Role.Link),
)
SHARES = (
    GroupShare("RN", 11, 120_000, 0.55, 0.20),
    GroupShare("MD", 3, 330_000, 0.15, 0.55),
)


def strongest_contrast(image: QImage, background: QColor) -> float:
    """The contrast of the pixel that stands out most from `background`: text, if only text
    was drawn (antialiased edges are in between)."""
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    return max((contrast_ratio(QColor.fromRgb(c), background) for c in colours), default=1.0)


# The palettes


@pytest.mark.parametrize("name", OWN_THEMES)
def test_every_text_colour_reads_on_its_background(name: str) -> None:
    palette = theme_palette(name)
    for background, text in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(background), palette.color(text))
        assert ratio >= NEEDED[name], (name, background, text, round(ratio, 2))


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_dark_is_really_dark(name: str) -> None:
    """Dark grounds (luminance under 5%), light text: not a grey compromise."""
    palette = theme_palette(name)
    for background, text in TEXT_PAIRS[:3]:
        assert luminance(palette.color(background)) < 0.05, background
        assert luminance(palette.color(text)) > 0.6, text
    assert is_dark(palette)
    assert is_high_contrast(palette) == (name == "high-contrast")


def test_light_is_light_and_not_mistaken_for_high_contrast() -> None:
    palette = theme_palette("light")
    assert not is_dark(palette)
    assert not is_high_contrast(palette)


def test_high_contrast_is_black_white_and_yellow_with_a_thick_focus_frame() -> None:
    palette = theme_palette("high-contrast")
    assert palette.color(Role.Window) == QColor("black")
    assert palette.color(Role.WindowText) == QColor("white")
    assert palette.color(Role.Highlight) == QColor("#ffff00")
    sheet = style_sheet("high-contrast")
    assert "QPushButton:focus" in sheet
    assert "4px solid #ffff00" in sheet  # the focus frame, four times a plain border
    # Disabled controls differ in their border's pattern, not only in a shade of grey.
    assert "border-style: dashed" in sheet
    assert style_sheet("light") == ""


def test_every_theme_has_a_label_for_its_menu() -> None:
    labels = [theme_label(name) for name in THEMES]
    assert all(labels)
    assert len({label.replace("&", "") for label in labels}) == len(THEMES)
    mnemonics = [label[label.index("&") + 1].lower() for label in labels]
    assert len(set(mnemonics)) == len(THEMES)  # one letter each in View › Theme
    assert settings.THEMES == THEMES  # the settings store what the themes draw


# Colours with a meaning


@pytest.mark.parametrize(
    ("name", "shown"),
    [("light", LIGHT_TONES), ("dark", DARK_TONES), ("high-contrast", HIGH_CONTRAST_TONES)],
)
def test_meaningful_colours_read_on_the_themes_grounds(name: str, shown: Tones) -> None:
    """Over time, overdue, wrap up, done: readable on the window and in lists, in each theme
    (AAA in the dark ones, where it comes cheap)."""
    palette = theme_palette(name)
    assert tones(palette) is shown
    needed = 4.5 if name == "light" else 7.0
    for tone in (Tone.WARNING, Tone.DANGER, Tone.MUTED):
        for ground in (Role.Window, Role.Base):
            ratio = contrast_ratio(shown.of(tone), palette.color(ground))
            assert ratio >= needed, (name, tone, ground, round(ratio, 2))
    assert contrast_ratio(shown.notice, shown.notice_background) >= needed


def test_a_tinted_label_follows_the_theme(qtbot: QtBot, wear: Callable[[str], None]) -> None:
    """A label coloured once (an error, an overdue date) is recoloured when the theme changes."""
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("due Sun 26 Jul", parent)
    tint(label, Tone.DANGER)
    parent.show()
    assert label.palette().color(Role.WindowText) == tones(parent.palette()).danger
    for name, shown in (("dark", DARK_TONES), ("high-contrast", HIGH_CONTRAST_TONES)):
        wear(name)
        assert label.palette().color(Role.WindowText) == shown.danger
        assert contrast_ratio(shown.danger, parent.palette().color(Role.Window)) >= 7
    tint(label, None)
    assert label.palette().color(Role.WindowText) == parent.palette().color(Role.WindowText)


def drawn_colours(widget: QWidget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def test_a_style_sheets_palette_colour_follows_the_theme(
    qtbot: QtBot, wear: Callable[[str], None]
) -> None:
    """The guided path's links are coloured `palette(link)` by a style sheet, which Qt reads
    once: after dark and back to light, they are the light theme's link colour again."""
    link = QLabel("Print the agenda")
    qtbot.addWidget(link)
    link.setStyleSheet("QLabel { color: palette(link); }")
    link.show()
    for name in ("dark", "light"):
        wear(name)
        assert theme_palette(name).color(Role.Link).rgb() in drawn_colours(link)


# Applying a theme


def test_applying_a_theme_changes_every_window_and_system_gives_the_desktop_back(
    qapp: QApplication, wear: Callable[[str], None]
) -> None:
    desktop = qapp.palette().color(Role.Window)
    wear("dark")
    assert current_theme(qapp) == "dark"
    assert qapp.palette().color(Role.Window) == theme_palette("dark").color(Role.Window)
    wear("high-contrast")
    assert qapp.styleSheet() == style_sheet("high-contrast")
    wear("system")
    assert current_theme(qapp) == "system"
    assert qapp.palette().color(Role.Window) == desktop
    assert qapp.styleSheet() == ""


def test_an_unknown_theme_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="sepia"):
        apply_theme(qapp, "sepia")


def test_view_theme_applies_the_theme_and_ticks_it(
    qapp: QApplication,
    demo: Demo,
    make_window: Callable[..., MainWindow],
    wear: Callable[[str], None],
) -> None:
    window = make_window(start=True)
    items = {action.data(): action for action in window.theme_menu.actions()}
    assert list(items) == list(THEMES)
    assert items["system"].isChecked()
    items["high-contrast"].trigger()
    assert current_theme(qapp) == "high-contrast"
    assert items["high-contrast"].isChecked()
    assert not items["system"].isChecked()
    items["system"].trigger()
    assert current_theme(qapp) == "system"
    wear("dark")  # as the Settings dialog does: the menu ticks it when next opened
    window.theme_menu.aboutToShow.emit()
    assert items["dark"].isChecked()


# Custom-painted widgets in the dark themes


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_painted_bars_write_readable_text(
    qtbot: QtBot, wear: Callable[[str], None], name: str
) -> None:
    """With nothing to show, the bars say so: in words that read on the theme's ground."""
    wear(name)
    airtime, professions = AirtimeBars(), ProfessionBars()
    airtime.set_shares([])
    professions.set_shares([], "")
    for widget in (airtime, professions):
        qtbot.addWidget(widget)
        widget.resize(widget.sizeHint())
        widget.setAutoFillBackground(True)
        ground = widget.palette().color(Role.Window)
        assert strongest_contrast(widget.grab().toImage(), ground) >= NEEDED[name]


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_painted_bars_use_the_themes_colours(
    qtbot: QtBot, wear: Callable[[str], None], name: str
) -> None:
    """The amber of a group speaking beyond its room share is the theme's, readable on it."""
    wear(name)
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_shares(SHARES)
    bars.resize(bars.sizeHint())
    bars.setAutoFillBackground(True)
    image = bars.grab().toImage()
    over = tones(bars.palette()).bar_over
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert over.rgb() in colours
    assert contrast_ratio(over, bars.palette().color(Role.Window)) >= NEEDED[name]


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_the_start_screens_overdue_dates_read_in_dark_themes(
    demo: Demo, make_window: Callable[..., MainWindow], wear: Callable[[str], None], name: str
) -> None:
    window = make_window(start=True)
    wear(name)
    due = window.start_page.overdue_list.columns[2]
    assert "due" in due.text()
    ground = window.start_page.palette().color(Role.Window)
    assert contrast_ratio(due.palette().color(Role.WindowText), ground) >= NEEDED[name]


@pytest.mark.parametrize("name", THEMES)
def test_the_qr_code_stays_dark_on_light_with_its_quiet_zone(
    qtbot: QtBot, wear: Callable[[str], None], name: str
) -> None:
    """Phones read black on white, with four white modules round the code, in every theme."""
    wear(name)
    view = QrView()
    qtbot.addWidget(view)
    view.resize(330, 330)
    view.set_data("http://192.0.2.2:8765/s/abc")
    image = view.grab().toImage()
    modules = len(qr_matrix("http://192.0.2.2:8765/s/abc"))
    unit = 330 / modules
    white, black = QColor("white").rgb(), QColor("black").rgb()
    for n in range(QUIET_ZONE):  # the quiet zone: white on every side
        edge = round((n + 0.5) * unit)
        for along in range(0, 330, 7):
            assert image.pixel(edge, along) == white
            assert image.pixel(along, 329 - edge) == white
    corner = round((QUIET_ZONE + 0.5) * unit)  # the finder pattern's dark corner
    assert image.pixel(corner, corner) == black


# The projector


def floor(cue: Cue = Cue.WRAP_UP) -> FloorSnapshot:
    speaker = SpeakerView("Dele", EntryKind.GENERAL, 110_000, 120_000, cue, False)
    policy = Policy.FIRST_TIME
    return FloorSnapshot(speaker, ("Ana",), 1, False, policy.label, policy.explanation, SHARES)


def test_the_projector_wears_high_contrast_with_the_app(
    qtbot: QtBot, wear: Callable[[str], None]
) -> None:
    """Black, white and yellow while the app is in high contrast; its own look otherwise, and
    a projector already open follows the change."""
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.show_snapshot(floor(), "Report-backs", 60_000, Vocabulary.ASSEMBLY, True)
    assert projector.palette().color(Role.Window) == QColor(ROOM_LOOK.background)
    wear("high-contrast")
    look = HIGH_CONTRAST_ROOM_LOOK
    assert projector.palette().color(Role.Window) == QColor("black")
    assert f"background: {look.wrap_up}" in projector.timer_label.styleSheet()
    assert contrast_ratio(QColor(look.wrap_up), QColor(look.wrap_up_text)) >= 7
    assert contrast_ratio(QColor(look.muted), QColor(look.background)) >= 7
    wear("system")
    assert projector.palette().color(Role.Window) == QColor(ROOM_LOOK.background)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_speaker_and_the_next_line_read_after_an_open_floor(
    qtbot: QtBot, wear: Callable[[str], None], theme: str
) -> None:
    """Once "The floor is open" and "Nobody is waiting" were shown muted, the next speaker's
    name and "Next:" line went back to no style of their own, and so to the app theme's text
    colour: near-black on the room's black in the light theme (1.13:1)."""
    wear(theme)
    main = QWidget()  # the projector is a window of the main window's, as in the app
    qtbot.addWidget(main)
    projector = ProjectorWindow(main)
    projector.resize(1024, 768)
    projector.show()
    empty = FloorSnapshot(None, (), 0, False, "", "", SHARES)
    projector.show_snapshot(empty, "Report-backs", 60_000, Vocabulary.ASSEMBLY, False)
    projector.show_snapshot(floor(Cue.NONE), "Report-backs", 60_000, Vocabulary.ASSEMBLY, False)
    background = projector.palette().color(Role.Window)
    for label in (projector.speaker_label, projector.next_label):
        assert label.text() in ("Dele", "Next: Ana")
        # As the room sees it: the label's place in the window (a label grabbed alone is
        # drawn in its own palette, which was never wrong).
        shown = projector.grab(QRect(label.mapTo(projector, QPoint(0, 0)), label.size()))
        assert strongest_contrast(shown.toImage(), background) >= 7, label.text()


@pytest.mark.parametrize("look", [ROOM_LOOK, HIGH_CONTRAST_ROOM_LOOK])
def test_every_projector_colour_pair_reads(look: RoomLook) -> None:
    """AA on the room's own dark screen, AAA in high contrast: every state of the timer."""
    needed = 7.0 if look is HIGH_CONTRAST_ROOM_LOOK else 4.5
    pairs = [
        (look.background, look.text),
        (look.background, look.muted),
        (look.background, look.closed_text),
        (look.pill, look.text),
        (look.wrap_up, look.wrap_up_text),
        (look.over, look.over_text),
        (look.over_dim, look.over_dim_text),
    ]
    for a, b in pairs:
        assert contrast_ratio(QColor(a), QColor(b)) >= needed, (a, b)


def test_large_type_makes_everything_larger_and_still_fits(qtbot: QtBot) -> None:
    """For the back of a hall: half as large again, nothing pushed off a 720p screen; the
    bars and the policy's explanation make way, and come back with the usual size."""
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show_snapshot(floor(Cue.NONE), "Report-backs", 60_000, Vocabulary.ASSEMBLY, True)
    labels = (projector.timer_label, projector.next_label, projector.policy_label)
    usual = [label.font().pixelSize() for label in labels]
    with qtbot.waitSignal(projector.large_type_changed):
        projector.set_large_type(True)
    projector.show()
    qtbot.waitExposed(projector)
    for label, before in zip(labels, usual, strict=True):
        assert label.font().pixelSize() >= before * 1.45
    assert not projector.bars.isVisibleTo(projector)
    assert not projector.explanation_label.isVisibleTo(projector)
    assert projector.size().height() == 720
    shown = (projector.speaker_label, projector.timer_label, projector.next_label)
    for label in (*shown, projector.policy_label):
        bottom = label.mapTo(projector, label.rect().bottomLeft()).y()
        assert bottom <= projector.height(), label.accessibleName() or label.text()
    for upper, lower in pairwise(shown):  # none drawn over another
        assert upper.geometry().bottom() < lower.geometry().top()
    projector.set_large_type(False)
    assert projector.bars.isVisibleTo(projector)
    assert [label.font().pixelSize() for label in labels] == usual


def test_the_settings_know_every_theme_drawn() -> None:
    from meetingkit.core import settings
    from meetingkit.ui import theme

    assert tuple(theme.THEMES) == settings.THEMES
