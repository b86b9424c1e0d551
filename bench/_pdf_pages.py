"""The page count of a PDF the benchmarks wrote, from poppler's `pdfinfo` (for information
only: NaN when poppler is not installed)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def page_count(pdf: Path) -> float:
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return float("nan")
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return float(line.split()[1])
    return float("nan")
