"""An unexpected error is shown once, in a window, and still printed."""

import sys
from types import TracebackType

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.ui.unexpected_error import UnexpectedErrors


def raised(make: type[BaseException], text: str) -> tuple:
    try:
        raise make(text)
    except BaseException:  # the triple is what the hook receives
        return sys.exc_info()


def test_an_unexpected_error_is_shown_once_with_its_details(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[BaseException] = []
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    hook = UnexpectedErrors(lambda _kind, error, _tb: printed.append(error))
    failure = raised(ValueError, "day is out of range for month")
    hook(*failure)
    assert len(printed) == 1
    assert len(shown) == 1
    box = shown[0]
    assert box.windowTitle() == "Something went wrong"
    assert "ValueError: day is out of range for month" in box.text()
    assert "saved as it was made" in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "day is out of range" in box.detailedText()

    hook(*failure)  # a timer failing on every tick: printed each time, shown once
    assert (len(printed), len(shown)) == (2, 1)
    hook(*raised(KeyError, "other"))  # a different error from a different place is shown
    assert len(shown) == 2


def test_interrupts_and_exits_are_only_passed_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    printed: list[BaseException] = []
    hook = UnexpectedErrors(lambda _kind, error, _tb: printed.append(error))
    hook(*raised(KeyboardInterrupt, ""))
    hook(*raised(SystemExit, "2"))
    assert len(printed) == 2
    assert shown == []


def test_an_error_told_already_is_not_worked_out_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A timer failing on every tick, once told: its traceback is not formatted again, nor a
    damaged file's backups looked for again (a look in their folder), five times a second."""
    import sqlite3
    import traceback

    from meetingkit.ui import damaged_data

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    formatted: list[BaseException] = []
    explained: list[BaseException] = []
    format_exception, explanation = traceback.format_exception, damaged_data.explanation

    def counted_format(
        kind: type[BaseException], error: BaseException, tb: TracebackType
    ) -> list[str]:
        formatted.append(error)
        return format_exception(kind, error, tb)

    def counted_explanation(error: BaseException) -> str | None:
        explained.append(error)
        return explanation(error)

    monkeypatch.setattr(traceback, "format_exception", counted_format)
    monkeypatch.setattr(damaged_data, "explanation", counted_explanation)
    hook = UnexpectedErrors(lambda *_: None)
    failure = raised(ValueError, "day is out of range for month")
    for _tick in range(5):
        hook(*failure)
    assert len(formatted) == 1
    damage = raised(sqlite3.DatabaseError, "database disk image is malformed")
    for _tick in range(5):
        hook(*damage)
    assert (len(formatted), len(explained)) == (2, 1)


def test_once_the_app_has_quit_an_error_is_printed_not_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A box runs an event loop: after the quit it would bring the app back, with its window
    and its data closed, and wait for the box however it was asked to quit (app._run)."""
    import sqlite3

    from meetingkit.ui import unexpected_error

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    printed: list[BaseException] = []
    hook = UnexpectedErrors(lambda _kind, error, _tb: printed.append(error))
    monkeypatch.setattr(sys, "excepthook", hook)
    unexpected_error.stop_showing()  # as app._run does once app.exec() has returned
    hook(*raised(ValueError, "raised while closing"))
    hook(*raised(sqlite3.DatabaseError, "database disk image is malformed"))
    assert len(printed) == 2
    assert shown == []
