"""A dialog's `ask` answered as if typed in and OK pressed, for tests that skip the dialog."""

from collections.abc import Callable


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
