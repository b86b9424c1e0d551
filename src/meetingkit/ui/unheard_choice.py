"""When the agenda moves on with people still waiting to speak: carry them, park them, or
leave them with the item they asked on. Carrying leaves out direct responses and clarifying
questions (core.stack_entry.EntryKind.carries_over): the question names them first, in the
words the floor's own "Carry unheard" uses (ui.unheard_wording).

The agenda has already moved on when this is asked, so no answer is a "Cancel": Esc and the
window's close button do nothing, and one of the three is pressed. Esc used to choose "Leave
them" unsaid (QA 15c); the question now says that leaving them is the way back, since they
are on the stack again when the agenda returns to their item."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit.core.i18n import fill
from meetingkit.ui.feedback import plain_box
from meetingkit.ui.unheard_wording import carry_button_text, not_carried_text, waiting_text


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
        question = translate(
            "UnheardChoice", "Carry them to “%1”, or move them to the parking lot for later?"
        )
        said = [waiting_text(waiting, old_item), fill(question, new_item)]
        said.append(not_carried_text(not_carried, old_item))
        text = "\n\n".join(t for t in said if t)
        box = plain_box(
            QMessageBox.Icon.Question,
            translate("UnheardChoice", "People still on the stack"),
            text,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setInformativeText(
            fill(
                translate(
                    "UnheardChoice",
                    "“Leave them” keeps them on “%1”: they are on the stack again if you go "
                    "back to it.",
                ),
                old_item,
            )
        )
        carry = box.addButton(carry_button_text(), QMessageBox.ButtonRole.AcceptRole)
        park = box.addButton(
            translate("UnheardChoice", "Parking lot"), QMessageBox.ButtonRole.ActionRole
        )
        # No button with the role of Cancel (RejectRole): Esc would press it unasked
        box.addButton(translate("UnheardChoice", "Leave them"), QMessageBox.ButtonRole.ActionRole)
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
