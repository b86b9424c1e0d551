"""Handouts are photocopied one at a time: each is numbered on its own ("page 1 of 3" within
the conversation log), and a form to fill in, such as one conversation of the log, is never
cut across two pages where a page holds it, unless keeping it whole costs a page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.platypus import PageBreak, Paragraph  # type: ignore[import-untyped]

from meetingkit.core.curriculum import Curriculum
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing import handouts_pdf
from meetingkit.services.printing.curriculum_pdf import read_handout, styles
from meetingkit.services.printing.document import NumberedPart, page_count, write_story
from meetingkit.services.printing.handouts_pdf import render_handouts
from tests.pdf_reading import needs, page_texts

pytestmark = needs("pdftotext")

_PAGE = re.compile(r"(?:page|página) (\d+) (?:of|de) (\d+)")


def _bundled(slug: str) -> Curriculum:
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    assert curriculum is not None, problems
    return curriculum


def _numbers(pdf: Path) -> list[tuple[int, int]]:
    found = []
    for text in page_texts(pdf):
        match = _PAGE.search(text)
        assert match, text
        found.append((int(match[1]), int(match[2])))
    return found


def test_numbered_parts_restart_the_count_and_other_documents_keep_theirs(
    tmp_path: Path,
) -> None:
    style = styles().guide.body
    parted, whole = tmp_path / "parted.pdf", tmp_path / "whole.pdf"
    pages = [Paragraph("one", style), PageBreak(), Paragraph("two", style)]
    pages += [PageBreak(), Paragraph("three", style)]
    write_story(parted, "x", [NumberedPart(), *pages[:2], NumberedPart(), *pages[2:]])
    assert _numbers(parted) == [(1, 1), (1, 2), (2, 2)]
    write_story(whole, "x", [*pages])
    assert _numbers(whole) == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize(
    ("slug", "log", "counts"),
    [
        ("one-on-ones", "Conversation log", [2, 1, 3]),
        ("conversaciones-uno-a-uno", "Registro de conversaciones", [2, 1, 3]),
    ],
)
def test_each_handout_is_numbered_on_its_own(
    slug: str, log: str, counts: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "handouts.pdf"
    render_handouts(out, _bundled(slug))
    expected = [(n, count) for count in counts for n in range(1, count + 1)]
    assert _numbers(out) == expected
    texts = page_texts(out)
    first_of_log = next(n for n, text in enumerate(texts) if log in text)
    assert _numbers(out)[first_of_log] == (1, 3)


@pytest.mark.parametrize(
    ("slug", "name", "title", "last"),
    [
        ("one-on-ones", "conversation-log.md", "Conversation", "Follow-up date:"),
        (
            "conversaciones-uno-a-uno",
            "registro-de-conversaciones.md",
            "Conversación",
            "Fecha de seguimiento:",
        ),
    ],
)
def test_a_conversation_of_the_log_stays_on_one_page(
    slug: str, name: str, title: str, last: str, tmp_path: Path
) -> None:
    """Each page holds whole conversations: as many headings as follow-up dates (the last
    line of each), and every conversation on one page."""
    curriculum = _bundled(slug)
    out = tmp_path / "log.pdf"
    story = handouts_pdf._handout(read_handout(curriculum, name), curriculum, styles())
    write_story(out, "log", story)
    texts = page_texts(out)
    for text in texts:
        assert len(re.findall(rf"{title} \d", text)) == text.count(last), text
    assert sum(len(re.findall(rf"{title} \d", text)) for text in texts) == 3


def test_forms_run_on_where_keeping_them_whole_costs_a_page() -> None:
    """The escalation ladder's forms, each kept whole, would take six pages; let run on, as
    before, four."""
    curriculum = _bundled("birddogging-escalation")
    handout = read_handout(curriculum, "escalation-ladder.md")
    st = styles()
    parts = handouts_pdf._worksheet_parts(handout.body)
    asked = [part[1] for part in parts if isinstance(part, tuple)]
    kept = handouts_pdf._story(handout, curriculum, st, parts, asked, keep_forms=True)
    assert page_count(kept) > 4
    assert page_count(handouts_pdf._handout(handout, curriculum, st)) == 4
