"""Labels that never interpret what they show as markup.

QLabel renders rich text by default, so a name like `<img src=…>` typed on a phone would be
rendered. Everything that can contain attendee text goes through `plain_label`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden red line for a dialog's validation message."""
    label = plain_label("", parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName("Error")
    label.hide()
    return label
