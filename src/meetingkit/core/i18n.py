"""Translatable text outside the Qt layers, through Qt's translation system all the same.

The core, storage and services cannot import Qt, yet the words they produce (a validation
error, a guided-path step, a line of the start screen) reach the screen. They wrap those words
in `translate(context, text)`, which `pyside6-lupdate` finds like Qt's own
`QCoreApplication.translate`. The app installs Qt's translator at start-up (`install`); until
then (the command line, the tests) the text comes back in English, with `%n` filled in.

Words fixed at import time (module constants) are marked with `QT_TRANSLATE_NOOP(context,
text)`, which lupdate also finds, and translated where they are shown:
`translate(context, constant)`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install(translator: Translator | None) -> None:
    """Route `translate` through `translator` (Qt's), or back to English with None."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the app's language. With `n` >= 0, `%n` is replaced by it and the plural form
    chosen by the language's rules ("%n person(s)")."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds this spelling
    """Mark `text` for translation without translating it now (a module constant)."""
    return text
