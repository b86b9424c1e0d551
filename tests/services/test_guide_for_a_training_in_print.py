"""What a trainer reads in a training's printed guide: the days on the cards beside the
commitment options, a total that says it counts the break, the agenda overview on one page,
the evaluation with its module; and the guide of another edition of the training's
curriculum (the Spanish one of an English training) on the training's clock."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.errors import MeetingkitError
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.curriculum_library import CurriculumLibrary
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.training_times import times_for_training
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.ui import language
from tests.pdf_reading import needs, page_texts, pdf_text

DAY = dt.date(2026, 12, 12)  # a Saturday
START = dt.time(17, 30)


def _bundled(slug: str) -> Curriculum:
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    assert curriculum is not None, problems
    return curriculum


def _training(conn: sqlite3.Connection, slug: str) -> int:
    curriculum = _bundled(slug)
    return create_training(conn, curriculum, DAY, START, "Salón del sindicato").key


@needs("pdftotext")
def test_the_options_print_the_days_on_the_cards(conn: sqlite3.Connection, tmp_path: Path) -> None:
    across = _bundled("across-professions")
    meeting_id = _training(conn, "across-professions")
    out = tmp_path / "guide.pdf"
    render_guide(out, across, training=times_for_training(conn, meeting_id, across))
    text = pdf_text(out)
    first = across.commitment.options[0] if across.commitment else None
    assert first is not None
    assert first.due_days == 14
    # The card's day, after the option, set apart from its words
    assert f"{first.text} (by Sat 26 Dec)" in text
    assert "days after the training" not in text
    library = tmp_path / "library.pdf"
    render_guide(library, across)
    assert f"{first.text} (due 14 days after the training)" in pdf_text(library)


@needs("pdftotext")
def test_an_option_due_another_day_on_the_cards_prints_that_day(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    """The guide agrees with the cards: an option's day as the training holds it."""
    across = _bundled("across-professions")
    meeting_id = _training(conn, "across-professions")
    conn.execute(
        "UPDATE commitment_options SET due = '2027-01-08' WHERE meeting_id = ? AND position = 0",
        [meeting_id],
    )
    out = tmp_path / "guide.pdf"
    render_guide(out, across, training=times_for_training(conn, meeting_id, across))
    assert across.commitment is not None
    assert f"{across.commitment.options[0].text} (by Fri 8 Jan 2027)" in pdf_text(out)


@needs("pdftotext")
def test_the_total_says_it_counts_the_break(conn: sqlite3.Connection, tmp_path: Path) -> None:
    across = _bundled("across-professions")
    out = tmp_path / "guide.pdf"
    training = times_for_training(conn, _training(conn, "across-professions"), across)
    render_guide(out, across, training=training)
    [overview] = [page for page in page_texts(out) if "Session 1:" in page]
    assert "165" in overview
    assert "Total, with the break" in overview
    library = tmp_path / "library.pdf"
    render_guide(library, across)
    [overview] = [page for page in page_texts(library) if "Session 1:" in page]
    assert "150" in overview
    assert "Total" in overview
    assert "with the break" not in overview  # the curriculum's minutes count none


@pytest.fixture
def english_app(qapp: QApplication) -> Iterator[None]:
    """The app in English, with its Spanish for the Spanish curricula's guides."""
    language.install(qapp, "en")
    yield
    language.install(qapp, "en")


@needs("pdftotext")
@pytest.mark.parametrize("slug", ["entre-profesiones", "across-professions"])
def test_the_agenda_overview_is_on_one_page(
    english_app: None, conn: sqlite3.Connection, tmp_path: Path, slug: str
) -> None:
    """The Spanish training's overview broke after its tenth module, its eleventh and its
    total alone on page 2; it now sits whole on page 2, after the cover and the goals."""
    curriculum = _bundled(slug)
    out = tmp_path / "guide.pdf"
    render_guide(
        out, curriculum, training=times_for_training(conn, _training(conn, slug), curriculum)
    )
    pages = page_texts(out)
    first_session = "Sesión 1:" if slug == "entre-profesiones" else "Session 1:"
    [overview] = [n for n, page in enumerate(pages) if first_session in page]
    assert "20:09–20:15 6" in pages[overview]  # the last module's row
    assert "165" in pages[overview]  # the total


@needs("pdftotext")
@pytest.mark.parametrize(
    ("slug", "heading", "label"),
    [
        ("entre-profesiones", "11. Evaluación", "EVALUACIÓN"),
        ("across-professions", "11. Evaluation", "EVALUATION"),
    ],
)
def test_the_evaluation_is_on_the_page_of_its_module(
    english_app: None, conn: sqlite3.Connection, tmp_path: Path, slug: str, heading: str, label: str
) -> None:
    curriculum = _bundled(slug)
    out = tmp_path / "guide.pdf"
    render_guide(
        out, curriculum, training=times_for_training(conn, _training(conn, slug), curriculum)
    )
    last = page_texts(out)[-1]
    assert heading in last
    assert label in last


# Another edition's guide, on the training's clock


def test_another_edition_takes_the_times_of_the_module_in_its_place(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    across, entre = _bundled("across-professions"), _bundled("entre-profesiones")
    meeting_id = _training(conn, "across-professions")
    agenda = AgendaStore(conn)
    second = agenda.items(meeting_id)[1]
    agenda.update_item(replace(second, planned_minutes=second.planned_minutes + 4))
    library = CurriculumLibrary(tmp_path)
    own = times_for_training(conn, meeting_id, across)
    other = times_for_training(conn, meeting_id, entre, library)
    assert other.modules == own.modules
    assert other.others == own.others
    assert other.title == "Organizing across professions"


def test_a_curriculum_of_another_course_is_still_refused(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    meeting_id = _training(conn, "across-professions")
    library = CurriculumLibrary(tmp_path)
    with pytest.raises(MeetingkitError, match="not from power-mapping or an edition of it"):
        times_for_training(conn, meeting_id, _bundled("power-mapping"), library)
    with pytest.raises(MeetingkitError, match="not from entre-profesiones"):
        times_for_training(conn, meeting_id, _bundled("entre-profesiones"))  # no library
    # A copy in the same language is no edition: its modules may say anything
    copy = library.duplicate(curricula_dir() / "across-professions")
    same, _ = load_curriculum(copy)
    assert same is not None
    with pytest.raises(MeetingkitError, match="was made from the curriculum across-professions"):
        times_for_training(conn, meeting_id, same, library)


def test_an_edition_whose_modules_differ_is_refused(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    meeting_id = _training(conn, "across-professions")
    changed = tmp_path / "otra"
    shutil.copytree(curricula_dir() / "entre-profesiones", changed)
    file = changed / "curriculum.md"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("minutes: 10\nmethod: plenary", "minutes: 10\nmethod: pairs", 1))
    edition, problems = load_curriculum(changed)
    assert edition is not None, problems
    with pytest.raises(MeetingkitError, match="was made from the curriculum across-professions"):
        times_for_training(conn, meeting_id, edition, CurriculumLibrary(tmp_path))
