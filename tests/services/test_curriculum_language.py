"""A curriculum says which language it is written in (`language: es`); its guide and
handouts then print meetingkit's own words in that language, whatever the app speaks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core import i18n
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.handouts_pdf import render_handouts
from meetingkit.services.training import agenda_from
from meetingkit.ui import language
from tests.pdf_reading import needs
from tests.pdf_reading import pdf_text as _text


def _with_language(tmp_path: Path, line: str) -> Path:
    """A copy of the bundled one-on-ones curriculum (`language: en`) with `line` in place of
    its language line, at the top of its front matter; with `line=""`, without one."""
    folder = tmp_path / "one-on-ones"
    shutil.copytree(curricula_dir() / "one-on-ones", folder)
    text = (folder / "curriculum.md").read_text(encoding="utf-8")
    assert "\nlanguage: en\n" in text
    text = text.replace("\nlanguage: en\n", "\n", 1)
    if line:
        text = text.replace("---\n", f"---\n{line}\n", 1)
    (folder / "curriculum.md").write_text(text, "utf-8")
    return folder


@pytest.fixture
def english_app(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "en")
    yield
    language.install(qapp, "en")


def test_a_curriculum_without_the_key_says_no_language(tmp_path: Path) -> None:
    curriculum, problems = load_curriculum(_with_language(tmp_path, ""))
    assert curriculum is not None
    assert not problems
    assert curriculum.language == ""


def test_the_language_is_read_and_a_wrong_code_is_a_problem(tmp_path: Path) -> None:
    curriculum, problems = load_curriculum(_with_language(tmp_path / "a", "language: es"))
    assert curriculum is not None
    assert not problems
    assert curriculum.language == "es"
    curriculum, problems = load_curriculum(_with_language(tmp_path / "b", "language: Spanish"))
    assert [(p.line, p.message) for p in problems] == [
        (
            2,
            "“language” must be a two-letter language code such as “en” or “es”, not “Spanish”",
        )
    ]


@needs("pdftotext")
def test_a_spanish_curriculum_prints_in_spanish_from_an_english_app(
    english_app: None, tmp_path: Path
) -> None:
    curriculum, _ = load_curriculum(_with_language(tmp_path, "language: es"))
    assert curriculum is not None
    guide, handouts = tmp_path / "guide.pdf", tmp_path / "handouts.pdf"
    render_guide(guide, curriculum)
    render_handouts(handouts, curriculum)
    text = _text(guide)
    assert "Metas" in text
    assert "Al final, las personas participantes podrán:" in text
    assert "By the end, participants can:" not in text
    assert "página 1 de" in _text(handouts, 1).lower()
    # The app itself still speaks English afterwards.
    assert i18n.language() == "en"
    assert i18n.translate("Guide PDF", "Goals") == "Goals"


@needs("pdftotext")
def test_an_english_curriculum_prints_in_english_from_a_spanish_app(
    qapp: QApplication, tmp_path: Path
) -> None:
    curriculum, _ = load_curriculum(_with_language(tmp_path, "language: en"))
    assert curriculum is not None
    language.install(qapp, "es")
    try:
        render_guide(tmp_path / "guide.pdf", curriculum)
        assert i18n.translate("Guide PDF", "Goals") == "Metas"
    finally:
        language.install(qapp, "en")
    text = _text(tmp_path / "guide.pdf")
    assert "By the end, participants can:" in text
    assert "Metas" not in text


def test_a_language_meetingkit_does_not_speak_prints_in_the_apps(english_app: None) -> None:
    assert language.voice_of("fr") is None
    with i18n.speaking("fr") as spoken:
        assert not spoken
        assert i18n.translate("Guide PDF", "Goals") == "Goals"
    assert language.language_name("fr") == "Français"
    assert language.language_name("es") == "Español"


def test_a_training_from_a_spanish_curriculum_has_its_agenda_notes_in_spanish(
    english_app: None,
) -> None:
    """The agenda of a training made from the Spanish edition: the module titles are the
    curriculum's, and the words we add to each item's notes follow them into Spanish."""
    curriculum, _ = load_curriculum(curricula_dir() / "reuniones-inclusivas")
    assert curriculum is not None
    notes = [item.notes for item in agenda_from(curriculum)]
    assert notes[0].startswith("Método: plenaria.")
    assert not any("Method:" in n or "Materials:" in n for n in notes)
    english, _ = load_curriculum(curricula_dir() / "inclusive-meetings")
    assert english is not None
    assert agenda_from(english)[0].notes.startswith("Method: plenary.")
    assert i18n.language() == "en"
