"""The docs list what ships: every bundled curriculum appears in docs/curricula.md."""

from pathlib import Path

import pytest

from meetingkit.services.curricula import CurriculumFolder, bundled_curricula

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", bundled_curricula(), ids=lambda f: f.folder.name)
def test_every_bundled_curriculum_is_in_the_docs(folder: CurriculumFolder) -> None:
    text = (ROOT / "docs" / "curricula.md").read_text(encoding="utf-8")
    assert folder.curriculum is not None
    assert f"`{folder.folder.name}`" in text
    assert folder.curriculum.title in text
