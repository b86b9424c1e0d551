"""When the agenda moves on with people still waiting to speak: carry them, park them, or
leave them with the item they asked on."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.feedback import plain_box


class Unheard(StrEnum):
    CARRY = "carry"
    PARK = "park"
    KEEP = "keep"


class UnheardChoice:
    @classmethod
    def ask(cls, parent: QWidget | None, waiting: int, old_item: str, new_item: str) -> Unheard:
        translate = QCoreApplication.translate
        waiting_text = (
            translate("UnheardChoice", "1 person is still waiting to speak on “%1”.")
            if waiting == 1
            else translate(
                "UnheardChoice", "%2 people are still waiting to speak on “%1”."
            ).replace("%2", str(waiting))
        )
        question = translate(
            "UnheardChoice", "Carry them to “%1”, or move them to the parking lot for later?"
        )
        box = plain_box(
            QMessageBox.Icon.Question,
            translate("UnheardChoice", "People still on the stack"),
            fill(waiting_text, old_item) + "\n\n" + fill(question, new_item),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        carry = box.addButton(
            # The item now on may be before the old one (F7 went back): not "the next item"
            translate("UnheardChoice", "Carry them over"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        park = box.addButton(
            translate("UnheardChoice", "Parking lot"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(translate("UnheardChoice", "Leave them"), QMessageBox.ButtonRole.RejectRole)
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
