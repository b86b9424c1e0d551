"""A curriculum's editions in other languages are found by the training they run (the same
sessions, modules' minutes, methods, groups and rotations), since curricula declare their
language but not their translations."""

from __future__ import annotations

from pathlib import Path

from meetingkit.services.curriculum_library import CurriculumLibrary

PAIRS = {
    "across-professions": "entre-profesiones",
    "birddogging-escalation": "preguntas-publicas-y-escalada",
    "inclusive-meetings": "reuniones-inclusivas",
    "one-on-ones": "conversaciones-uno-a-uno",
    "power-mapping": "mapa-de-poder",
    "public-narrative": "narrativa-publica",
    "strategy-chart": "cuadro-de-estrategia",
}


def test_each_shipped_curriculum_has_its_edition_in_the_other_language(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    both = {**PAIRS, **{es: en for en, es in PAIRS.items()}}
    entries = library.entries()
    assert {entry.slug for entry in entries} == set(both)
    for entry in entries:
        curriculum = entry.folder.curriculum
        assert curriculum is not None
        other = "es" if curriculum.language == "en" else "en"
        assert [e.slug for e in library.editions(curriculum, other)] == [both[entry.slug]]


def test_a_copy_in_the_same_language_is_no_edition_and_a_changed_one_neither(
    tmp_path: Path,
) -> None:
    library = CurriculumLibrary(tmp_path)
    spanish = library.duplicate(library.bundled_dir / "conversaciones-uno-a-uno")
    english = next(e for e in library.entries() if e.slug == "one-on-ones").folder.curriculum
    assert english is not None
    found = [e.slug for e in library.editions(english, "es")]
    assert found == ["conversaciones-uno-a-uno", spanish.name]  # the trainer's copy, too
    file = spanish / "curriculum.md"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace("minutes: 7\nmethod: plenary", "minutes: 7\nmethod: spectrum", 1),
        encoding="utf-8",
    )
    assert [e.slug for e in library.editions(english, "es")] == ["conversaciones-uno-a-uno"]
