"""When the agenda moves on with people still waiting to speak: carry them, park them, or
leave them with the item they asked on."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Unheard(StrEnum):
    CARRY = "carry"
    PARK = "park"
    KEEP = "keep"


class UnheardChoice:
    @classmethod
    def ask(cls, parent: QWidget | None, waiting: int, old_item: str, new_item: str) -> Unheard:
        people = "1 person is" if waiting == 1 else f"{waiting} people are"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "People still on the stack",
            f"{people} still waiting to speak on “{old_item}”.\n\n"
            f"Carry them to “{new_item}”, or move them to the parking lot for later?",
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        carry = box.addButton("Carry to the next item", QMessageBox.ButtonRole.AcceptRole)
        park = box.addButton("Parking lot", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Leave them", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry)
        box.exec()
        clicked = box.clickedButton()
        return (
            Unheard.CARRY
            if clicked is carry
            else Unheard.PARK
            if clicked is park
            else (Unheard.KEEP)
        )
