"""Every document meetingkit prints uses only fonts embedded in the PDF (qa14a): a print shop's
preflight check flags a font that is not ("font not embedded"), and a printer without it sets
the text in another. The report, guide, period figures and call list listed Helvetica, not
embedded: reportlab sets a table's cells in Helvetica unless told otherwise (even a cell that
holds a paragraph selects it as it is drawn), and a paragraph's bullet too.

Read back as a preflight check reads them, through poppler's `pdffonts`: every font a page
uses, with whether it is embedded. Run as a user would, in a separate process (cli.main lends
another language's words to the whole process), on the demo data: meeting 2 is the assembly,
3 tonight's meeting, 4 a training.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli_process import make_demo, meetingkit
from tests.pdf_reading import needs

pytestmark = needs("pdffonts")

DOCUMENTS = {
    "report": ("report", "--meeting", "2"),
    "report-es": ("report", "--meeting", "2", "--language", "es"),
    "minutes": ("minutes", "--meeting", "2"),
    "agenda": ("agenda", "--meeting", "3"),
    "cards": ("cards", "--meeting", "3"),
    "badges": ("badges", "--meeting", "3"),
    "tents": ("tents", "--meeting", "3"),
    "role-cards": ("role-cards", "--meeting", "3"),
    "role-cards-es": ("role-cards", "--meeting", "3", "--language", "es"),
    "poster": (
        *("poster", "--meeting", "3", "--host", "192.0.2.1"),
        *("--wifi-ssid", "Clinic", "--wifi-password", "secret123"),
    ),
    "signin-sheet": ("signin-sheet", "--meeting", "3"),
    "guide": ("guide", "power-mapping"),
    "guide-for-a-training": ("guide", "one-on-ones", "--meeting", "4"),
    "handouts": ("handouts", "power-mapping"),
    "period": ("period", "--from", "2020-01-01", "--to", "2030-12-31"),
    "call-list": ("call-list",),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    make_demo(folder)
    return folder


def fonts(pdf: Path) -> list[tuple[str, str, bool]]:
    """Each font the PDF uses: its name, its type, and whether it is embedded."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    listed = []
    for line in out.stdout.splitlines()[2:]:  # under the heading and its rule
        # name, type (a word or two: "Type 1", "CID TrueType"), encoding, emb sub uni, object ID
        words = line.split()
        listed.append((words[0], " ".join(words[1:-6]), words[-5] == "yes"))
    return listed


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_font_is_embedded(kind: str, data: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.pdf"
    done = meetingkit("print", *DOCUMENTS[kind], "--data-dir", str(data), "-o", str(out))
    assert done.returncode == 0, done.stderr
    used = fonts(out)
    assert used, "pdffonts lists no font"
    assert [(name, embedded) for name, _, embedded in used if not embedded] == []
    assert not [name for name, _, _ in used if "Helvetica" in name]
    assert all(kind == "TrueType" for _, kind, _ in used), used  # no Type 3 bitmaps either


def test_a_table_left_to_reportlabs_default_font_is_set_in_the_bundled_one() -> None:
    """Not only the tables there are today: any table, any cell a style forgets."""
    from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
    from reportlab.platypus.tables import CellStyle  # type: ignore[import-untyped]

    from meetingkit.services.printing.fonts import register_fonts
    from meetingkit.services.printing.page_breaks import PagedTable
    from meetingkit.services.printing.table import Table

    bundled = register_fonts()
    for made in (
        Table([["plain", Paragraph("a paragraph")]]),
        PagedTable([["head"], ["row"]], repeatRows=1),
        Table([["x", "y"]], None, None, [("FONTNAME", (1, 0), (1, 0), bundled.bold)]),
    ):
        cells = [cell.fontname for row in made._cellStyles for cell in row]
        assert CellStyle.fontname not in cells
        assert set(cells) <= {bundled.regular, bundled.bold}
    assert made._cellStyles[0][1].fontname == bundled.bold  # a style's own font stays
