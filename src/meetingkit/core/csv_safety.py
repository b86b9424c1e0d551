"""Cells a spreadsheet will show as text, never run as a formula (CSV injection).

A name typed on a phone as `=HYPERLINK("http://…","Click")` becomes a live link, or worse, when
an organizer opens the export in Excel or LibreOffice. OWASP's advice: a cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets
read as "this is text". So does one that starts like a formula after spaces or a line break
(" =1+1", "\n=1+1"): an import that trims spaces (LibreOffice's "Trim spaces", Google
Sheets') would read it as one. Quotes, commas and newlines inside a cell are the csv module's
job.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

# OWASP's list, plus the full-width forms that East Asian spreadsheet locales accept as well.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
# Control characters other than tab and the line breaks a quoted cell may hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def safe_cell(value: object) -> str:
    """`value` as text that opens as text: control characters dropped, formulas defused."""
    text = _CONTROL.sub("", "" if value is None else str(value))
    formula = text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)
    return "'" + text if formula else text


def csv_text(headers: Iterable[object], rows: Iterable[Iterable[object]]) -> str:
    """A whole CSV document (RFC 4180: CRLF line ends, quotes only where needed), every
    cell, headers included, made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in headers])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buffer.getvalue()
