"""What is said about carrying the people still waiting on the stack ("unheard") to another
agenda item, in one place for the two ways of doing it: the question asked as the agenda moves
on (ui.unheard_choice) and the floor's "Carry unheard to the next item" (ui.floor_tab). Both
name, before carrying, the entries it takes off the stack instead (direct responses and
clarifying questions: core.stack_entry.EntryKind.carries_over), in the same words, under the
translation context the question has always had."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from meetingkit.core.i18n import fill


def waiting_text(waiting: int, old_item: str) -> str:
    """'3 people are still waiting to speak on “Budget”.'"""
    translate = QCoreApplication.translate
    if waiting == 1:
        return fill(
            translate("UnheardChoice", "1 person is still waiting to speak on “%1”."), old_item
        )
    many = translate("UnheardChoice", "%2 people are still waiting to speak on “%1”.")
    return fill(many, old_item, str(waiting))


def carry_button_text() -> str:
    """The button that carries them: the sentence of `not_carried_text` names it."""
    # The item now on may be before the old one (F7 went back): not "the next item"
    return QCoreApplication.translate("UnheardChoice", "Carry them over")


def not_carried_text(not_carried: Sequence[str], old_item: str) -> str:
    """Who carrying takes off the stack instead, and why ("" for nobody). `not_carried`:
    each entry as the stack names it (`FloorSession.not_carried`); `old_item`: the title of
    the item they asked on."""
    if not not_carried:
        return ""
    translate = QCoreApplication.translate
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
    return fill(left_out, ", ".join(not_carried), old_item)
