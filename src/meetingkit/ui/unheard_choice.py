"""When the agenda moves on with people still waiting to speak: carry them, park them, or
leave them with the item they asked on. Carrying leaves out direct responses and clarifying
questions (core.stack_entry.EntryKind.carries_over): the question names them first."""

from __future__ import annotations

from collections.abc import Sequence
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
    def ask(
        cls,
        parent: QWidget | None,
        waiting: int,
        old_item: str,
        new_item: str,
        not_carried: Sequence[str] = (),
    ) -> Unheard:
        """`not_carried`: the entries carrying would take off the stack instead, each as the
        stack names it ("Aisha Bello (Direct response)")."""
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
        text = fill(waiting_text, old_item) + "\n\n" + fill(question, new_item)
        if not_carried:
            # One sentence or the other by the count: lupdate takes no count given to
            # QCoreApplication.translate, and would leave the sentence out of the translation
            left_out = (
                translate(
                    "UnheardChoice",
                    "Not carried over: %1. It is about what was said on “%2”, so “Carry them "
                    "over” takes it off the stack, and the floor's log says so.",
                )
                if len(not_carried) == 1
                else translate(
                    "UnheardChoice",
                    "Not carried over: %1. They are about what was said on “%2”, so “Carry "
                    "them over” takes them off the stack, and the floor's log says so.",
                )
            )
            text += "\n\n" + fill(left_out, ", ".join(not_carried), old_item)
        box = plain_box(
            QMessageBox.Icon.Question,
            translate("UnheardChoice", "People still on the stack"),
            text,
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
