"""Labels that never interpret what they show as markup.

QLabel renders rich text by default, so a name like `<img src=…>` typed on a phone would be
rendered. Everything that can contain attendee text goes through `plain_label`.
"""

from __future__ import annotations

from html import escape

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from meetingkit.ui.tones import Tone, tint


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """`text` for a tooltip, shown as written. Qt reads a tooltip that looks like markup as
    rich text, as QLabel does: a name typed "<img src=…>" or "<font size=7>" would be drawn
    as what it says. Text that does not look like markup is left as it is."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def button_text(text: str) -> str:
    """Typed text (a name) for a button, shown as typed: Qt reads "&" on a button as the mark
    of its Alt letter, so "Ana & Bo" would show as "Ana  Bo" with a stray shortcut."""
    return text.replace("&", "&&")


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red line for a dialog's validation message."""
    label = plain_label("", parent)
    label.setWordWrap(True)
    tint(label, Tone.DANGER)
    describe_as(label, QCoreApplication.translate("labels", "Error"))  # read as its message
    label.hide()
    return label


def describe_as(label: QLabel, role: str) -> None:
    """Let a screen reader say both what `label` shows and what it is: the text stays the
    label's accessible name ("Samuel", "+0:27") and `role` ("Speaker", "Time left in this
    turn") becomes its description, heard after it. An accessible name replaces the text
    (Qt reads a label's name in place of what it shows), so a role given as the name was all
    a reader ever said: who had the floor, and how long, went unheard.

    Clocks: with no name of its own, a label tells the reader its name changed when its text
    does, and `setText` with the same text (most of the five ticks a second) tells nothing,
    so a clock counting seconds raises one event a second, as a name kept in step would."""
    label.setAccessibleName("")
    label.setAccessibleDescription(role)


def set_text_colour(label: QLabel, colour: str) -> None:
    """Colour a label's text ("" for the palette's). Re-applying an unchanged style sheet makes
    Qt re-polish the widget, so this is a no-op when nothing changes: it runs on clock ticks."""
    sheet = f"color: {colour};" if colour else ""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


OVER_BLINK_MS = 5_000
"""How long a clock past its limit blinks (the floor's, the projector's), each phase BLINK_MS;
then it stays still in its over-time colour (WCAG 2.2.2: nothing blinks longer than 5 s)."""
BLINK_MS = 500


def over_blink_off(over_ms: int) -> bool:
    """Whether a clock `over_ms` past its limit shows its blink's "off" phase: every other half
    second of the first OVER_BLINK_MS over, never after (a clock that blinked to nothing for
    as long as a turn ran over hid the time half the time)."""
    return 0 <= over_ms < OVER_BLINK_MS and (over_ms // BLINK_MS) % 2 == 1


_BREAK = "\u200b"  # zero-width space: a place a line may break, drawn as nothing
_LONGEST_RUN = 24


def breakable(text: str) -> str:
    """`text` with a place to break a line every 24 characters of a run without one: a word-
    wrapped label is at least as wide as its longest word, so a title typed without spaces
    (a pasted link, "Staffing" fifteen times) would make the window wider than the screen."""
    words = text.split(" ")
    if all(len(word) <= _LONGEST_RUN for word in words):
        return text
    return " ".join(
        _BREAK.join(word[i : i + _LONGEST_RUN] for i in range(0, len(word), _LONGEST_RUN))
        if len(word) > _LONGEST_RUN
        else word
        for word in words
    )


def fix_size_for(label: QLabel, widest: str) -> None:
    """Fix a label's size to fit `widest` in its current font.

    A label whose text changes every second (a countdown) would otherwise ask its window to
    lay out again on each change, repainting everything around it.
    """
    text = label.text()
    label.setMinimumSize(0, 0)
    label.setMaximumSize(16_777_215, 16_777_215)
    label.setText(widest)
    size = label.sizeHint()
    label.setText(text)
    label.setFixedSize(size)


def heading_label(scale: float, text: str = "") -> QLabel:
    """A bold plain-text label `scale` times the normal size: titles and names."""
    label = plain_label(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def countdown_label(scale: float, role: str) -> QLabel:
    """A large monospace clock face whose size never changes as it counts (see fix_size_for),
    read as its time and `role` (see describe_as)."""
    label = heading_label(scale)
    font = QFont(label.font())
    font.setFamilies(["DejaVu Sans Mono", "Monospace"])
    label.setFont(font)
    describe_as(label, role)
    fix_size_for(label, "+88:88:88")
    return label
