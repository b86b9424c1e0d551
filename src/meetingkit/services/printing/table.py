"""reportlab's table, set in the bundled font: every PDF's tables are built from this one.

reportlab's own sets each cell in its default font, Helvetica, unless a FONTNAME style says
otherwise: even a cell that holds a Paragraph (set in its own style's font) selects Helvetica
on the page as it is drawn, and the PDF then lists Helvetica as a font it uses, not embedded,
which a print shop's preflight check flags. Here a cell left in that default is set in DejaVu
Sans instead (fonts.py), whatever a table's style says or forgets to say.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import tables  # type: ignore[import-untyped]

from meetingkit.services.printing.fonts import register_fonts


class Table(tables.Table):  # type: ignore[misc]
    """reportlab's `Table`, its cells set in the bundled font where no FONTNAME says which."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        font = register_fonts().regular
        for row in self._cellStyles:  # a part of a split table shares its whole's: done already
            for cell in row:
                if cell.fontname == tables.CellStyle.fontname:  # reportlab's default
                    cell.fontname = font
