"""A handout's form (a section with writing lines) is measured for its page by the one measure
every printout shares (`page_breaks.stacked`), not a copy of its own: the handouts of every
bundled curriculum broke on the same pages with either (compared page by page with pdftotext,
English and Spanish)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing import handouts_pdf, page_breaks
from meetingkit.services.printing.curriculum_pdf import WritingLines, read_handout, styles
from meetingkit.services.printing.document import write_story
from tests.pdf_reading import needs, page_texts

pytestmark = needs("pdftotext")


def test_a_form_is_measured_by_the_shared_stacked_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[list[Any]] = []

    def spy(flowables: Any, width: float, canvas: Any) -> tuple[float, float, float]:
        measured.append(list(flowables))
        return page_breaks.stacked(flowables, width, canvas)

    monkeypatch.setattr(handouts_pdf, "stacked", spy)
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    handout = read_handout(curriculum, "conversation-log.md")
    out = tmp_path / "log.pdf"
    write_story(out, "log", handouts_pdf._handout(handout, curriculum, styles()))
    assert measured, "no form was measured"
    assert all(any(isinstance(f, WritingLines) for f in section) for section in measured)
    # And still a conversation to a page, whole (test_a_conversation_of_the_log_stays_...)
    texts = page_texts(out)
    for text in texts:
        assert len(re.findall(r"Conversation \d", text)) == text.count("Follow-up date:"), text
