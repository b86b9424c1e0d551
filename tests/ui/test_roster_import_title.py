"""The roster dialog with exports as they really come: a title above the column names, numbers
a spreadsheet shortened, a row repeated, near matches (QA s18/qa4, sections 4, 7, 10, 12)."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.roster_import_dialog import RosterImportDialog

TITLED = (
    "Lista de miembros - noviembre 2026\n"
    "\n"
    "Nombre;Apellidos;Teléfono;Correo electrónico;Centro de trabajo;Turno\n"
    "José;Núñez Peña;(312) 555-0150;jose.nunez@example.org;Hospital Señora de Guadalupe;Noche\n"
    "Begoña;Ibáñez;312 555 0151;;Clínica Ñuñoa;Tarde\n"
)


@pytest.fixture
def importer(conn: sqlite3.Connection) -> RosterImport:
    return RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))


def open_dialog(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path, text: str
) -> RosterImportDialog:
    path = tmp_path / "members.csv"
    path.write_text(text, encoding="utf-8")
    dialog = RosterImportDialog(importer, importer.read(path), path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_roster_with_a_title_line_imports(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path
) -> None:
    """It read as one comma column named after the title, and Import stayed disabled."""
    dialog = open_dialog(qtbot, importer, tmp_path, TITLED)
    assert dialog.about.text() == "members.csv: 2 rows, UTF-8, separated by semicolons."
    assert dialog.note.isVisible()
    assert dialog.note.text() == (
        "Skipped 2 lines above the column names, starting “Lista de miembros - noviembre 2026”."
    )
    assert dialog.mapping()[:4] == ("first_name", "last_name", "phone", "email")
    assert not dialog.error.isVisible()
    assert dialog.import_button.isEnabled()
    assert [dialog.preview_table.item(r, 0).text() for r in range(2)] == ["4", "5"]


def test_the_skipped_rows_box_goes_with_the_preview_when_the_mapping_is_wrong(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path
) -> None:
    """It stayed on screen as an empty frame beside the red error."""
    dialog = open_dialog(qtbot, importer, tmp_path, "Name,Phone\nAna,12\nBen,3125550101\n")
    assert dialog.skipped.isVisible()  # Ana's "12" is no phone number
    dialog.set_field("Name", "")
    assert dialog.error.isVisible()
    assert not dialog.skipped.isVisible()
    dialog.set_field("Name", "full_name")
    assert dialog.skipped.isVisible()


def test_a_shortened_number_and_a_repeated_row_are_said_on_their_rows(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path
) -> None:
    text = "First,Last,Mobile\nAna,One,3.12555E+09\nLuis,Ortega,\nLuis,Ortega,\n"
    dialog = open_dialog(qtbot, importer, tmp_path, text)
    assert (
        "Row 2: “3.12555E+09” looks like a number your spreadsheet shortened; left out"
        in dialog.skipped.toPlainText()
    )
    assert dialog.preview_table.item(0, 4).text() == ""  # no phone
    assert dialog.preview_table.item(2, 8).text() == "same person as row 3"
    assert "New people: 2 · " in dialog.counts.text()


def test_near_matches_are_sent_to_the_review(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path, conn: sqlite3.Connection
) -> None:
    PeopleStore(conn).add(Person("Rosa", "Delgado", email="delgados@example.org"))
    text = "First,Email\nTomás,delgados@example.org\nMei,chens@example.org\nLu,chens@example.org\n"
    dialog = open_dialog(qtbot, importer, tmp_path, text)
    assert "Review them in People › Review possible duplicates." in dialog.counts.text()
    assert dialog.preview_table.item(2, 8).text() == (
        "new — shares a phone, email or full name with row 3: review it"
    )
