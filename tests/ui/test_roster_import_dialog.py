"""The roster import dialog: guessed columns, a chooser per column, counts, then import."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.roster import RosterStore
from meetingkit.ui.roster_import_dialog import RosterImportDialog, RosterPath

MEMBERS = (
    "Full name,Cell,Title,Badge\n"
    "Ana García,312 555 0100,RN,A1\n"
    "<b>Ben</b> Okafor,312 555 0101,CNA,B2\n"
    ",,,C3\n"
)


@pytest.fixture
def importer(conn: sqlite3.Connection) -> RosterImport:
    return RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))


@pytest.fixture
def members(tmp_path: Path) -> Path:
    path = tmp_path / "members.csv"
    path.write_text(MEMBERS, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, importer: RosterImport, path: Path) -> RosterImportDialog:
    dialog = RosterImportDialog(importer, importer.read(path), path.name)
    qtbot.addWidget(dialog)
    return dialog


def test_columns_are_guessed_and_can_be_changed(
    qtbot: QtBot, importer: RosterImport, members: Path, conn: sqlite3.Connection
) -> None:
    PeopleStore(conn).add(Person("Ana", "García", phone="(312) 555-0100"))
    dialog = open_dialog(qtbot, importer, members)
    assert dialog.mapping() == ("full_name", "phone", "", "")
    assert (
        "New people: 1 · Already here, empty fields filled in: 0 · Already here, nothing to "
        "add: 1 · Skipped: 1"
    ) in dialog.counts.text()  # Ana's row has nothing she lacks: not "filled in"
    assert "Row 4: no name" in dialog.skipped.toPlainText()
    dialog.set_field("Title", "profession")
    assert dialog.mapping() == ("full_name", "phone", "profession", "")
    assert "filled in: 1 · Already here, nothing to add: 0" in dialog.counts.text()
    outcome = dialog.preview_table.item(0, 8).text()
    assert outcome == "already here; adds profession"
    assert dialog.preview_table.item(1, 1).text() == "<b>Ben</b>"  # shown as typed, not as HTML
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_without_a_name_column_nothing_can_be_imported(
    qtbot: QtBot, importer: RosterImport, members: Path
) -> None:
    dialog = open_dialog(qtbot, importer, members)
    dialog.set_field("Full name", "")
    assert dialog.error.isVisibleTo(dialog)
    assert "No column is set to hold names" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_field("Full name", "full_name")
    assert dialog.import_button.isEnabled()


def test_import_writes_and_logs(
    qtbot: QtBot, importer: RosterImport, members: Path, conn: sqlite3.Connection
) -> None:
    dialog = open_dialog(qtbot, importer, members)
    dialog.set_field("Title", "profession")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RosterImportDialog.DialogCode.Accepted
    assert dialog.outcome is not None
    assert (dialog.outcome.entry.added, dialog.outcome.entry.skipped) == (2, 1)
    [ben] = PeopleStore(conn).with_phone("3125550101")
    assert (ben.first_name, ben.profession) == ("<b>Ben</b>", "Certified nursing assistant (CNA)")
    assert RosterStore(conn).imports()[0].mapping == {
        "Full name": "full_name",
        "Cell": "phone",
        "Title": "profession",
    }


def test_ask_chooses_a_file_and_reports_a_bad_one(
    qtbot: QtBot,
    importer: RosterImport,
    members: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.feedback import Alert

    shown: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda cls, p, t, m: shown.append(m)))
    bad = tmp_path / "members.xlsx"
    bad.write_bytes(b"PK\x03\x04zip")
    monkeypatch.setattr(RosterPath, "ask", classmethod(lambda cls, parent: bad))
    assert RosterImportDialog.ask(None, importer) is None
    assert "Excel workbook" in shown[0]

    monkeypatch.setattr(RosterPath, "ask", classmethod(lambda cls, parent: None))
    assert RosterImportDialog.ask(None, importer) is None  # cancelled

    def run_import_instead(self: RosterImportDialog) -> int:
        qtbot.addWidget(self)
        self.run_import()
        return int(self.result())

    monkeypatch.setattr(RosterImportDialog, "exec", run_import_instead)
    outcome = RosterImportDialog.ask(None, importer, members)
    assert outcome is not None
    assert outcome.entry.added == 2


def test_the_columns_not_imported_are_named(
    qtbot: QtBot, importer: RosterImport, members: Path
) -> None:
    dialog = open_dialog(qtbot, importer, members)
    assert dialog.ignored.isVisibleTo(dialog)
    assert dialog.ignored.text().startswith("Not imported: Title, Badge (")
    dialog.set_field("Title", "profession")
    assert dialog.ignored.text().startswith("Not imported: Badge (")
    dialog.set_field("Badge", "notes")
    assert not dialog.ignored.isVisibleTo(dialog)


def test_a_list_imported_again_says_who_is_not_added_again(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path, conn: sqlite3.Connection
) -> None:
    PeopleStore(conn).add(Person("Just", "One Name"))
    path = tmp_path / "again.csv"
    path.write_text(f"Name,Notes\nJust One Name,\nBen Okafor,{'x' * 4001}\n", encoding="utf-8")
    dialog = open_dialog(qtbot, importer, path)
    counts = dialog.counts.text()
    assert "New people: 1 · " in counts
    assert "Skipped: 1" in counts
    assert (
        "1 row has the same name as someone already here, and neither has a phone or email: "
        "it is not added again."
    ) in counts
    assert "1 value was longer than 200 characters (4,000 for notes) and was cut." in counts
    assert dialog.preview_table.item(0, 8).text().startswith("skipped: already here under")


def test_a_crm_export_with_hundreds_of_columns_names_the_first_ignored_and_counts_the_rest(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path
) -> None:
    """Each of 298 ignored columns was named under the table, a wall of text (and 10,000
    columns froze the window: they are refused now, core.roster_file.MAX_COLUMNS)."""
    path = tmp_path / "crm.csv"
    extra = [f"custom{i}" for i in range(1, 299)]
    path.write_text(
        ",".join(["first_name", "last_name", *extra]) + "\nAna,Lima" + ",x" * 298 + "\n"
    )
    dialog = open_dialog(qtbot, importer, path)
    named = ", ".join(extra[:20])
    assert dialog.ignored.text() == (
        f"Not imported: {named} and 278 more (choose a field at the top of a column to import it)."
    )
    assert dialog.import_button.isEnabled()


def test_a_file_of_ten_thousand_columns_is_refused_before_a_window_is_built(
    qtbot: QtBot, importer: RosterImport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meetingkit.ui.feedback import Alert

    path = tmp_path / "wide.csv"
    path.write_text(
        ",".join(["first_name", *(f"col{i}" for i in range(9_999))]) + "\nAna" + ",x" * 9_999
    )
    told: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _t, text: told.append(text)))
    built: list[object] = []
    monkeypatch.setattr(RosterImportDialog, "exec", lambda self: built.append(self))
    assert RosterImportDialog.ask(None, importer, path) is None
    assert not built
    assert told[0].startswith("wide.csv has 10,000 columns; meetingkit reads rosters of up to 500")
