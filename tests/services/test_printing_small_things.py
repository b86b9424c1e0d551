"""Small things a proofreading of the printed training found: a break printed as "Break
Break", a commitment "due 14 days after" (after what?), a session's "2 H", and an English
"and" in a Spanish curriculum's sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.meeting import Meeting
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing.agenda_pdf import render_agenda
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.ui import language
from tests.pdf_reading import needs, pdf_text

pytestmark = needs("pdftotext")

TRAINING = Meeting("Training", dt.date(2026, 11, 28), dt.time(10), planned_minutes=60, id=1)


def _text(pdf: Path) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.mark.parametrize(
    ("spoken", "brk", "welcome"), [("en", "Break", "Welcome"), ("es", "Descanso", "Bienvenida")]
)
def test_a_break_titled_as_its_kind_prints_the_word_once(
    spoken: str, brk: str, welcome: str, qapp: QApplication, tmp_path: Path
) -> None:
    language.install(qapp, spoken)
    try:
        items = [
            AgendaItem("Check-in", 10, ItemKind.WELCOME, id=1),
            AgendaItem(brk, 15, ItemKind.BREAK, id=2),
            AgendaItem("Practice", 35, ItemKind.DISCUSSION, id=3),
        ]
        out = tmp_path / "agenda.pdf"
        render_agenda(out, TRAINING, [], items)
        text = _text(out)
    finally:
        language.install(qapp, "en")
    assert f"{brk} {brk}" not in text
    assert brk in text
    assert f"Check-in {welcome}" in text  # a kind the title does not say still prints


def _bundled(name: str):  # type: ignore[no-untyped-def]
    curriculum, problems = load_curriculum(curricula_dir() / name)
    assert curriculum is not None, [str(p) for p in problems]
    return curriculum


def test_a_commitment_s_due_day_says_after_what_and_a_session_its_length_in_units(
    tmp_path: Path,
) -> None:
    out = tmp_path / "guide.pdf"
    render_guide(out, _bundled("across-professions"))
    text = _text(out)
    assert "due 14 days after the training" in text
    assert "SESSION 1 OF 2 · 1 h 15 min" in text  # the kicker's unit as units are written


@pytest.mark.usefixtures("spanish")
def test_the_spanish_guide_keeps_its_duration_unit_lowercase(tmp_path: Path) -> None:
    out = tmp_path / "guía.pdf"
    render_guide(out, _bundled("conversaciones-uno-a-uno"))
    text = _text(out)
    assert "SESIÓN · 2 h" in text
    assert "2 H" not in text


def test_spanish_curricula_name_their_sources_in_spanish() -> None:
    for file in sorted(curricula_dir().glob("*/curriculum.md")):
        curriculum, _ = load_curriculum(file)
        if curriculum is None or curriculum.language != "es":
            continue
        for source in curriculum.sources:
            assert "Brenner and" not in source, (file.parent.name, source)
