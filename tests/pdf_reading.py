"""Printed PDFs read back as a reader gets them, through poppler's command-line tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip where any of poppler's `tools` ("pdftotext", "pdfinfo"…) is not installed."""
    return pytest.mark.skipif(
        not all(shutil.which(tool) for tool in tools),
        reason=f"poppler's {'/'.join(tools)} not installed (apt-get install poppler-utils)",
    )


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The PDF's text (one page, or all) with runs of whitespace (line and cell breaks) folded
    to one space."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(out.stdout.split())


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, whitespace folded; blank pages left out."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(page.split()) for page in out.stdout.split("\f") if page.strip()]
