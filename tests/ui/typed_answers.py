"""A dialog's `ask` answered as if typed in and OK pressed, for tests that skip the dialog."""

from collections.abc import Callable

import pytest

from meetingkit.ui.feedback import Confirm


def typed(value: object) -> classmethod:
    """For `monkeypatch.setattr(Dialog, "ask", typed(value))`: answers `value`, saving it first
    when the caller gave a `save`, as the real dialog does before it closes."""

    def ask(
        _cls: type, *_args: object, save: Callable[[object], object] | None = None, **_kw: object
    ) -> object:
        if save is not None and value is not None:
            save(value)
        return value

    return classmethod(ask)


def answering(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[tuple[str, str, str]]:
    """`Confirm.ask` answered `answer` (True: the button that goes ahead), and what each
    question asked kept in turn: its title, its text and that button's text."""
    asked: list[tuple[str, str, str]] = []

    def ask(_cls: type, _parent: object, title: str, text: str, action: str) -> bool:
        asked.append((title, text, action))
        return answer

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return asked
