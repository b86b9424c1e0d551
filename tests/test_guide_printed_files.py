"""Wherever the guide says to shred or delete a printed file, it says what deleting the file
leaves behind: the PDF viewer's list of recent files and the file manager's thumbnails."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).parents[1] / "docs" / "guide"


def _blocks(text: str) -> list[str]:
    """Paragraphs and list items, each on one line."""
    blocks = re.split(r"\n\s*\n|\n(?=- )", text)
    return [" ".join(b.split()) for b in blocks]


def test_every_advice_to_shred_names_recent_files_and_thumbnails() -> None:
    advice = [
        (page.name, block)
        for page in sorted(GUIDE.glob("*.md"))
        for block in _blocks(page.read_text(encoding="utf-8"))
        if "shred" in block.lower()
    ]
    assert advice
    for page, block in advice:
        assert "recent files" in block, (page, block)
        assert "thumbnail" in block, (page, block)


def test_blocks_are_list_items_and_paragraphs() -> None:
    assert _blocks("One\ntwo.\n\n- a\n  b\n- c") == ["One two.", "- a b", "- c"]
