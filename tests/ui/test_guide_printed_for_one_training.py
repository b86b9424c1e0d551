"""A curriculum's guide ticks "Guide printed" on the training it was printed for, and on no
other made from the same curriculum."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.guided_path import GuidedPath
from meetingkit.services.training import create_training
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def trainings(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Three trainings from One-on-ones: one held last month, one next week, one after."""
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    days = (dt.date(2026, 10, 28), dt.date(2026, 11, 28), dt.date(2026, 12, 5))
    held, coming, later = (create_training(conn, curriculum, d, dt.time(19)) for d in days)
    return held.key, coming.key, later.key


@pytest.fixture
def printing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda _c, *_a, **_k: tmp_path / "g.pdf"))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, _p: True))


def _guide_printed(conn: sqlite3.Connection, clock: ManualClock, meeting_id: int) -> bool:
    progress = GuidedPath(conn, clock).progress(meeting_id)
    return next(s for s in progress.items if s.item.key == "printed_guide").done


@pytest.mark.usefixtures("printing")
def test_printed_from_a_training_s_path_it_ticks_that_training_only(
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    clock: ManualClock,
    trainings: tuple[int, int, int],
) -> None:
    """Printing One-on-ones' guide ticked every training to come made from it (print_log
    rows for each)."""
    held, coming, later = trainings
    window = make_window()
    window.meetings_page.reload(select_id=coming)
    window.go_to_place("print_guide")
    assert _guide_printed(conn, clock, coming)
    assert not _guide_printed(conn, clock, held)
    assert not _guide_printed(conn, clock, later)
    rows = conn.execute("SELECT meeting_id, what FROM print_log").fetchall()
    assert [tuple(r) for r in rows] == [(coming, "guide")]


@pytest.mark.usefixtures("printing")
def test_printed_from_the_curricula_page_it_ticks_no_training(
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    clock: ManualClock,
    trainings: tuple[int, int, int],
) -> None:
    """The library knows no training: the trainer ticks the step of the one it was for."""
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    page.list.setCurrentRow(
        next(n for n, t in enumerate(page.titles()) if t.startswith("One-on-one"))
    )
    page.print_guide()
    assert conn.execute("SELECT count(*) FROM print_log").fetchone()[0] == 0
    assert not any(_guide_printed(conn, clock, m) for m in trainings)
