"""The guide printed from a training's guided path carries the training's title, day and clock
times; printed from the Curricula page, which knows no training, the curriculum's own."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath
from tests.pdf_reading import needs, page_texts

MakeWindow = Callable[[], MainWindow]

pytestmark = needs("pdftotext")


@pytest.fixture
def training(conn: sqlite3.Connection) -> int:
    """A One-on-ones training at 19:00, its demonstration lengthened to 20 minutes."""
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    meeting = create_training(
        conn, curriculum, dt.date(2026, 11, 28), dt.time(19), title="Night shift one-on-ones"
    )
    store = AgendaStore(conn)
    demonstration = store.items(meeting.key)[3]
    assert demonstration.title == "Demonstration"
    store.update_item(replace(demonstration, planned_minutes=20))
    return meeting.key


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    out = tmp_path / "g.pdf"
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda _c, *_a, **_k: out))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, _p: True))
    return out


def test_printed_from_the_training_s_path_it_is_on_its_clock(
    make_window: MakeWindow, training: int, printed: Path
) -> None:
    window = make_window()
    window.meetings_page.reload(select_id=training)
    window.go_to_place("print_guide")
    cover = page_texts(printed)[0]
    assert "FACILITATOR GUIDE Night shift one-on-ones" in cover
    assert "Saturday 28 November 2026" in cover
    assert "19:00–21:05 (2 h 5 min)" in cover
    assert "4 19:30–19:50 20 Demonstration" in cover
    assert "5 19:50–20:00 10 Plan your first one-on-one" in cover


def test_printed_from_the_curricula_page_it_is_the_curriculum_s(
    make_window: MakeWindow, training: int, printed: Path
) -> None:
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    page.list.setCurrentRow(
        next(n for n, t in enumerate(page.titles()) if t.startswith("One-on-one"))
    )
    page.print_guide()
    cover = page_texts(printed)[0]
    assert "FACILITATOR GUIDE One-on-one relational meetings" in cover
    assert "4 0:30–0:45 15 Demonstration" in cover
    assert "Night shift" not in cover
