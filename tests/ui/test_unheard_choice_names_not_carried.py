"""The question asked as the agenda moves on with people still waiting names the entries that
"Carry them over" would take off the stack instead of carrying (qa14a, finding 10)."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from meetingkit.ui import language
from meetingkit.ui.unheard_choice import Unheard, UnheardChoice


def asked_text(monkeypatch: pytest.MonkeyPatch, *args: object) -> str:
    shown: list[str] = []

    def show(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    assert UnheardChoice.ask(None, *args) is Unheard.KEEP  # type: ignore[arg-type]
    return shown[0]


def test_the_question_says_which_entries_are_not_carried(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = asked_text(
        monkeypatch,
        3,
        "Budget",
        "Staffing",
        ["Aisha Bello (Direct response)", "Cal (Clarifying question)"],
    )
    assert text == (
        "3 people are still waiting to speak on “Budget”.\n\n"
        "Carry them to “Staffing”, or move them to the parking lot for later?\n\n"
        "Not carried over: Aisha Bello (Direct response), Cal (Clarifying question). They are "
        "about what was said on “Budget”, so “Carry them over” takes them off the stack, and "
        "the floor's log says so."
    )


def test_nothing_more_is_said_when_every_entry_carries_over(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = asked_text(monkeypatch, 2, "Budget", "Staffing")
    assert "Not carried" not in text


def test_one_entry_not_carried_is_said_in_the_singular(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = asked_text(monkeypatch, 2, "Budget", "Staffing", ["Aisha Bello (Direct response)"])
    assert text.endswith(
        "Not carried over: Aisha Bello (Direct response). It is about what was said on "
        "“Budget”, so “Carry them over” takes it off the stack, and the floor's log says so."
    )


def test_the_entries_not_carried_are_said_in_spanish_too(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentence was left out of the translation (lupdate takes no count given to
    QCoreApplication.translate) and showed in English in a Spanish dialog."""
    language.install(qapp, "es")
    try:
        text = asked_text(monkeypatch, 3, "Presupuesto", "Personal", ["Aisha (Respuesta directa)"])
    finally:
        language.install(qapp, "en")
    said = "No se lleva: Aisha (Respuesta directa). Es sobre lo que se dijo en “Presupuesto”"
    assert said in text
