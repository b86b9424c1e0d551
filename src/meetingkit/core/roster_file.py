"""Reading a roster file someone saved from a spreadsheet, a CRM or a union database.

Such files come in every shape: UTF-8 with or without a byte-order mark, Windows-1252 from
older Excel, UTF-16 from Excel's "Unicode text", commas, semicolons (European Excel) or tabs.
This reads them all, and refuses what is not a table of text with a message that says what to
do instead — never a traceback, never a silent mess of mojibake. A title above the column names
("Lista de miembros - noviembre 2026", then a blank line), as union databases and Excel sheets
often put there, is skipped, and the note says so.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from meetingkit.core.errors import ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
# A roster has a few dozen columns; a CRM's full export a few hundred. Far more is a file that
# is not a roster (or a sheet saved with its empty columns), and a field chooser for each of
# them froze the import window (10,000 columns: 20 s and 0.5 GB).
MAX_COLUMNS = 500
# Longer than any field holds (notes: 4,000), so that a cell cut here is still seen as too
# long, and said, when it is imported.
MAX_CELL = 4_001
DELIMITERS = (",", ";", "\t", "|")
# How far down the column names are looked for: past a title and a few lines about the export.
HEADER_SEARCH = 20
_SAVE_AS_CSV = QT_TRANSLATE_NOOP(
    "Roster file", "Open it in your spreadsheet and save it as “CSV UTF-8”, then choose that file."
)
_SIGNATURES = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Roster file", "%1 is an Excel workbook or another zipped file, not a CSV file."
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("Roster file", "%1 is an old-style Excel or Word file, not a CSV file."),
    ),
    (b"%PDF", QT_TRANSLATE_NOOP("Roster file", "%1 is a PDF, not a CSV file.")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("Roster file", "%1 is a database, not a CSV file.")),
)
_DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("Roster file", "commas"),
    ";": QT_TRANSLATE_NOOP("Roster file", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("Roster file", "tabs"),
    "|": QT_TRANSLATE_NOOP("Roster file", "bars"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RosterFileError(ValidationError):
    """The file cannot be read as a roster; the message says why and what to do."""


@dataclass(frozen=True)
class RosterFile:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each as long as `headers`; blank rows dropped
    lines: tuple[int, ...]  # each row's line in the file as a spreadsheet numbers it
    encoding: str  # as a person would name it: "UTF-8", "UTF-16", "Windows-1252"
    delimiter: str
    note: str = ""  # something the person should check, e.g. a guessed encoding
    skipped_above: int = 0  # lines above the column names, left out (a title, a blank line)

    @property
    def delimiter_name(self) -> str:
        return translate("Roster file", _DELIMITER_NAMES[self.delimiter])


def _problem(message: str, name: str, *details: str) -> RosterFileError:
    """`message` (marked for translation) about the file called `name` ("" for "The file"),
    with `details` in place of %2, %3…"""
    named = name or translate("Roster file", "The file")
    text = fill(translate("Roster file", message), named, *details)
    return RosterFileError(text)


def _unreadable(message: str, name: str, detail: str = "") -> RosterFileError:
    """A file that is not a readable table: `message`, then the advice to save it as CSV."""
    problem = _problem(message, name, detail)
    return RosterFileError(f"{problem} {translate('Roster file', _SAVE_AS_CSV)}")


def read_roster(data: bytes, name: str = "") -> RosterFile:
    """A roster from a file's bytes, or a RosterFileError naming `name` ("" for "The file")."""
    check_size(len(data), name)
    text, encoding, note = _decode(data, name)
    header_line, delimiter = find_header(text)
    records = _records(text, delimiter, name)
    if (line := _unclosed_quote(text, delimiter)) is not None:
        unclosed = QT_TRANSLATE_NOOP(
            "Roster file",
            "%1 has a quote mark that is never closed, on line %2: every row after it would "
            "run into one cell, and those people would be lost. Remove that quote mark (or "
            "close it) and import again.",
        )
        raise _problem(unclosed, name, str(line))
    above = [cells for starts, cells, _, _ in records if starts < header_line]
    numbered = [
        (n, [_tidy(c) for c in cells])
        for n, (starts, cells, _, _) in enumerate(records, 1)
        if starts >= header_line and any(c.strip() for c in cells)
    ]
    if not numbered:
        raise _problem(QT_TRANSLATE_NOOP("Roster file", "%1 is empty."), name)
    if len(numbered) - 1 > MAX_ROWS:
        too_many = QT_TRANSLATE_NOOP(
            "Roster file",
            "%1 has more than %2 rows. Split it into smaller files and import them one after "
            "another.",
        )
        raise _problem(too_many, name, f"{MAX_ROWS:,}")
    _, header_cells = numbered[0]
    header_cells = header_cells[: _columns_used(records[numbered[0][0] - 1 :], name)]
    column = translate("Roster file", "Column %1")
    headers = tuple(h or fill(column, str(i)) for i, h in enumerate(header_cells, 1))
    width = len(headers)
    rows = tuple(tuple((cells + [""] * width)[:width]) for _, cells in numbered[1:])
    if not rows:
        raise _problem(
            QT_TRANSLATE_NOOP("Roster file", "%1 has a header row but no people under it."), name
        )
    lines = tuple(n for n, _ in numbered[1:])
    skipped = numbered[0][0] - 1  # rows above the column names, blank ones included
    if title := _first_words(above):
        note = " ".join(n for n in (_skipped_note(skipped, title), note) if n)
    return RosterFile(headers, rows, lines, encoding, delimiter, note, skipped if title else 0)


# What the note says of the lines left out above the column names: for one and for many (%1),
# with the first of them (%2) so the person sees what it was.
_SKIPPED = (
    QT_TRANSLATE_NOOP("Roster file", "Skipped 1 line above the column names: “%2”."),
    QT_TRANSLATE_NOOP("Roster file", "Skipped %1 lines above the column names, starting “%2”."),
)


def _skipped_note(lines: int, title: str) -> str:
    return fill(translate("Roster file", _SKIPPED[lines != 1]), str(lines), title)


def _first_words(rows: list[list[str]]) -> str:
    """The first row's text, its cells joined ("Lista de miembros - noviembre 2026"), or ""
    when every row is blank."""
    for cells in rows:
        if words := " ".join(_tidy(c) for c in cells if c.strip()):
            return words[:80]
    return ""


_Record = tuple[int, list[str], int, int]


def _columns_used(records: Sequence[_Record], name: str) -> int:
    """How many of the header's columns to read: all of them, unless they are more than
    `MAX_COLUMNS`; then only up to the last that holds anything (a sheet saved with thousands
    of empty columns reads as the table it is), or refused if that is still too many.
    `records` starts with the header's."""
    header_length = records[0][2]
    if header_length <= MAX_COLUMNS:
        return header_length
    used = max(min(filled, header_length) for _, _, _, filled in records)
    if used <= MAX_COLUMNS:
        return used
    too_wide = QT_TRANSLATE_NOOP(
        "Roster file",
        "%1 has %2 columns; meetingkit reads rosters of up to %3. Delete the columns you do "
        "not need in your spreadsheet (keep names, contact details, profession and "
        "workplace), save it as “CSV UTF-8”, and import that.",
    )
    raise _problem(too_wide, name, f"{used:,}", f"{MAX_COLUMNS:,}")


def _records(text: str, delimiter: str, name: str) -> list[_Record]:
    """Each record of the table: the line of the file it starts on (a quoted cell may hold
    line breaks, so a record can span lines), its cells, how many it has, and up to which
    one they hold anything. Only the first `MAX_COLUMNS` cells are kept: a table wider than
    that is refused, or read up to its last column that holds anything (`_columns_used`)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    found = []
    starts = 1
    try:
        for cells in reader:
            filled = next((n for n in range(len(cells), 0, -1) if cells[n - 1].strip()), 0)
            found.append((starts, cells[:MAX_COLUMNS], len(cells), filled))
            starts = reader.line_num + 1
    except csv.Error as e:
        if "field larger than field limit" in str(e):
            huge = QT_TRANSLATE_NOOP(
                "Roster file",
                "%1 has a cell of more than %3 characters, starting on line %2: far more than "
                "any field holds. A quote mark left open can run the rows under it into one "
                "cell: check that line in your spreadsheet, then save it again as “CSV UTF-8”.",
            )
            raise _problem(huge, name, str(starts), f"{csv.field_size_limit():,}") from e
        message = QT_TRANSLATE_NOOP("Roster file", "%1 cannot be read as a table (%2).")
        raise _unreadable(message, name, str(e)) from e
    return found


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line where a quoted cell opens and never closes, or None. Python's lenient reader
    would run the rest of the file into that cell, silently; other stray quotes it reads
    well enough (O"Brien), so only this one is refused."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    last_line = 0
    while True:
        try:
            next(reader)
        except StopIteration:
            return None
        except csv.Error as e:  # the reader goes on at the next line
            if "unexpected end of data" in str(e):
                return last_line + 1
        last_line = reader.line_num


def check_size(size: int, name: str = "") -> None:
    """Refuse a file too large to be a roster before reading it into memory."""
    if size > MAX_BYTES:
        too_large = QT_TRANSLATE_NOOP(
            "Roster file",
            "%1 is larger than %2 MB, more than any roster should be. Split it, or remove "
            "columns you do not need, and try again.",
        )
        raise _problem(too_large, name, str(MAX_BYTES // (1024 * 1024)))


def _decode(data: bytes, name: str) -> tuple[str, str, str]:
    """(text, encoding, note) — or a RosterFileError for what is not text."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise _unreadable(kind, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16", ""
        except UnicodeDecodeError:
            damaged = QT_TRANSLATE_NOOP("Roster file", "%1 is damaged UTF-16 text.")
            raise _unreadable(damaged, name) from None
    if b"\x00" in data[:65536]:
        if (text := _utf16_without_mark(data)) is not None:
            return text, "UTF-16", ""
        binary = QT_TRANSLATE_NOOP("Roster file", "%1 holds binary data, not text.")
        raise _unreadable(binary, name)
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    try:
        text, encoding, note = data.decode("utf-8"), "UTF-8", ""
    except UnicodeDecodeError:
        if bom:
            damaged = QT_TRANSLATE_NOOP("Roster file", "%1 is damaged UTF-8 text.")
            raise _unreadable(damaged, name) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            unknown = QT_TRANSLATE_NOOP(
                "Roster file", "%1 is not text in any encoding meetingkit knows."
            )
            raise _unreadable(unknown, name) from None
        encoding = "Windows-1252"
        note = translate(
            "Roster file",
            "This file is not UTF-8, so it was read as Windows-1252 (older Excel). Check that "
            "accented names look right below; if not, save it as “CSV UTF-8” and choose it again.",
        )
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise _unreadable(QT_TRANSLATE_NOOP("Roster file", "%1 does not look like text."), name)
    return text, encoding, note


def _utf16_without_mark(data: bytes) -> str | None:
    """The text of UTF-16 saved without its byte-order mark (some exports do), or None. Its
    letters of the Latin alphabet are each a byte and a zero: zeros in every other byte,
    almost none in the others, tell it from binary data."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    for codec, zeros, letters in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if zeros.count(0) > len(zeros) // 2 and letters.count(0) <= len(letters) // 100:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def find_header(text: str) -> tuple[int, str]:
    """The line that holds the column names (counted from 1, as `csv` counts lines) and its
    separator: the candidate that occurs most there, outside quotes.

    A header row rarely holds a separator inside a name, which makes it a steadier witness
    than csv.Sniffer's guess over rows of free text (names with commas, notes with semicolons).
    It is the first line that splits into two or more filled cells: a title above it
    ("Lista de miembros - noviembre 2026", or "…;;;;;" as Excel pads it) is one cell. A title
    that splits, by a comma say, is still passed over when the next line splits further by
    another separator, the two lines have no separator in common, and the line after agrees
    ("Members, November 2026", then "Nombre;Apellidos;…"). With no such line, the first
    non-blank line is the header.
    """
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(io.StringIO(text, newline=""), 1):
        if line.strip():
            lines.append((number, line))
            if len(lines) == HEADER_SEARCH:
                break
    if not lines:
        return 1, ","
    shapes = [_shape(line) for _, line in lines]
    for i, (number, _) in enumerate(lines):
        delimiter, filled = shapes[i]
        if filled < 2:
            continue
        if i + 2 < len(lines):
            after, then = shapes[i + 1], shapes[i + 2]
            here, below = _outside_quotes(lines[i][1]), _outside_quotes(lines[i + 1][1])
            apart = after[0] not in here and delimiter not in below  # no separator in common
            if apart and after[1] > filled and then[0] == after[0]:
                continue  # a title with a comma in it, above a table of another separator
        return number, delimiter
    return lines[0][0], shapes[0][0]


def _shape(line: str) -> tuple[str, int]:
    """A line's separator (the candidate it holds most of, outside quotes; ties go to the
    earlier, comma first; a comma when it holds none) and how many cells it fills with it."""
    outside = _outside_quotes(line)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if not counts[best]:
        return ",", 1 if outside.strip() else 0
    return best, sum(bool(cell.strip()) for cell in outside.split(best))


def _outside_quotes(line: str) -> str:
    """The line with each quoted cell as one letter: its separators are not the table's."""
    return re.sub(r'"[^"]*"', "x", line)


def _tidy(cell: str) -> str:
    return " ".join(_CONTROL.sub("", cell).split())[:MAX_CELL]
