"""The paper sign-in sheet and the groups the form offers: no column to tick them, since
everyone who signs after you reads the sheet and the form promises groups only as totals; a
line names the groups and says whom to tell instead, in the sheet's language."""

import datetime as dt
from pathlib import Path

from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import FormSettings
from meetingkit.services.printing.signin_pdf import render_signin_sheet
from tests.pdf_reading import needs, pdf_text

MEETING = Meeting("Safe Staffing", dt.date(2026, 11, 21), dt.time(18, 30), id=1)
FIELDS = ("first_name", "last_name", "phone")


def flat(text: str) -> str:
    return " ".join(text.split())


@needs("pdftotext")
def test_the_groups_are_named_on_a_line_not_ticked_in_a_column(tmp_path: Path) -> None:
    offered = FormSettings(FIELDS, ("photo",), ("Night shift", "<b>Spanish</b> speaking"))
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, offered, rows=3)
    text = flat(pdf_text(pdf))
    assert (
        "Want to be counted in a group (Night shift, <b>Spanish</b> speaking)? Tell an "
        "organizer in person, or sign in at the laptop" in text
    )
    plain = tmp_path / "plain.pdf"
    render_signin_sheet(plain, MEETING, FormSettings(FIELDS, ("photo",)), rows=3)
    assert "counted in a group" not in flat(pdf_text(plain))
    # named once, on the line: no column heading for it, nobody's group beside their name
    assert text.count("Night shift") == 1
    assert text.split("Photo OK", 2)[2] == flat(pdf_text(plain)).split("Photo OK", 2)[2]


@needs("pdftotext")
def test_in_spanish(tmp_path: Path) -> None:
    pdf = tmp_path / "hoja.pdf"
    render_signin_sheet(
        pdf, MEETING, FormSettings(FIELDS, (), ("Turno de noche",)), rows=3, language="es"
    )
    assert "¿Quieres que te cuenten en un grupo (Turno de noche)?" in flat(pdf_text(pdf))
