"""Edit meeting, moved to another day: the dialog says under the date that the due dates on its
cards move with it, and by how much; once saved they have moved, and the status line says so,
with the commitments already made keeping theirs (QA 15a, finding 2)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.commitments import CommitmentStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog

MakeWindow = Callable[[], MainWindow]
DEC_5 = dt.date(2026, 12, 5)


@pytest.fixture
def training(conn: sqlite3.Connection) -> int:
    curriculum, problems = load_curriculum(curricula_dir() / "across-professions")
    assert curriculum is not None, problems
    return create_training(conn, curriculum, DEC_5, dt.time(9, 30), "Local 1199 hall").key


def moving_to(monkeypatch: pytest.MonkeyPatch, day: dt.date, seen: list[str]) -> None:
    """The dialog's date is changed to `day`, what it says under the date kept, and OK."""

    def exec_(dialog: MeetingDialog) -> int:
        dialog.date_edit.setDate(day)
        seen.append(
            dialog.due_dates_label.text() if dialog.due_dates_label.isVisibleTo(dialog) else ""
        )
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", exec_)


def test_moving_a_training_two_weeks_on_moves_its_cards_due_dates_and_says_so(
    conn: sqlite3.Connection,
    training: int,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = [o.due for o in CommitmentStore(conn).options(training)]
    window = make_window()
    window.meetings_page.reload(select_id=training)
    seen: list[str] = []
    moving_to(monkeypatch, DEC_5 + dt.timedelta(days=14), seen)
    window.edit_meeting()

    assert seen == ["The due dates on its cards move with it: 14 days later."]
    after = [o.due for o in CommitmentStore(conn).options(training)]
    assert after == [d + dt.timedelta(days=14) if d else None for d in before]
    assert window.statusBar().currentMessage() == (
        "Moved to Sat 19 Dec: the due dates on its cards moved with it, 14 days later."
    )


def test_a_change_that_keeps_the_day_says_nothing_about_due_dates(
    conn: sqlite3.Connection,
    training: int,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = CommitmentStore(conn).options(training)
    window = make_window()
    window.meetings_page.reload(select_id=training)
    seen: list[str] = []
    moving_to(monkeypatch, DEC_5, seen)
    window.edit_meeting()
    assert seen == [""]
    assert CommitmentStore(conn).options(training) == before
    assert "due dates" not in window.statusBar().currentMessage()
