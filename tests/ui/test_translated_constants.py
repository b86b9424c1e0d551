"""Words of the people, privacy, sign-in, roster and projector screens said outside `self.tr`
— module constants, dialogs behind classmethods, the start-up messages — reach Qt's translator
under the context `pyside6-lupdate` files them under, and counts take the language's plural.

The translation is made on the spot from the screens' own source: every message reads
"ES " + its English, a plural "ES1 " or "ES2 " + its English (so a test sees which form was
chosen), and "en", the sign-in catalogue's language, becomes "es". A word whose runtime context
differs from the one lupdate extracted, or that lupdate cannot see, comes back in English.
"""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QGroupBox, QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import CATALOGUE, FormSettings
from meetingkit.services.data_dir import database_path
from meetingkit.services.encryption import request_change
from meetingkit.services.roster_import import RosterImport
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.retention import Retention
from meetingkit.ui.feedback import Alert
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog
from meetingkit.ui.privacy_page import BackupPath, RestorePath, RetentionModel
from meetingkit.ui.profession_bars import ProfessionShare, share_text
from meetingkit.ui.projector import ProjectorWindow
from meetingkit.ui.roster_import_dialog import RosterImportDialog, RosterPath
from meetingkit.ui.save_document import SavePath
from meetingkit.ui.shortcut_sheet import shortcut_rows
from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog
from meetingkit.ui.signin_tab import ArrivalsModel, SignInTab
from meetingkit.ui.unheard_choice import Unheard, UnheardChoice
from meetingkit.ui.unlock import unlock_at_start
from tests.ui.marked_translation import marked_qm, speaking

SCREENS = (
    "privacy_page.py",
    "profession_bars.py",
    "projector.py",
    "retention_table.py",
    "roster_import_dialog.py",
    "save_document.py",
    "shortcut_sheet.py",
    "signin_fields_dialog.py",
    "signin_tab.py",
    "unheard_choice.py",
    "unheard_wording.py",
    "unlock.py",
)


@pytest.fixture(scope="module")
def marked_translation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return marked_qm(tmp_path_factory.mktemp("i18n"), SCREENS, ("ES1 ", "ES2 "))


@pytest.fixture
def spanish(qapp: QApplication, marked_translation: Path) -> Iterator[None]:
    with speaking(marked_translation):
        yield


@pytest.fixture
def signin(conn: sqlite3.Connection, data_dir: Path) -> Iterator[SignInSession]:
    """A meeting's sign-in, its server closed, with Rosa (first time) in at the kiosk."""
    meeting = MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    clock = ManualClock(dt.datetime(2026, 11, 21, 19, 5).timestamp())
    session = SignInSession(meeting, conn, database_path(data_dir), clock, None)
    session.set_quorum(3)
    session.kiosk_sign_in({"first_name": "Rosa", "first_time": "yes"})
    yield session
    session.close()


def test_the_projector_window_is_titled_in_the_translation(spanish: None, qtbot: QtBot) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "ES meetingkit — projector"


def test_the_roster_preview_heads_its_columns_in_the_translation(
    spanish: None, qtbot: QtBot, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Full name,Cell\nAna García,312 555 0100\n", encoding="utf-8")
    importer = RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))
    dialog = RosterImportDialog(importer, importer.read(path), path.name)
    qtbot.addWidget(dialog)
    table = dialog.preview_table
    heads = [table.horizontalHeaderItem(n).text() for n in range(table.columnCount())]
    assert heads[:3] == ["ES Row", "ES First name", "ES Last name"]
    assert heads[-1] == "ES What happens"
    # One row: the singular form, its count still written with the thousands separator.
    assert dialog.about.text().startswith("ES1 members.csv: 1 rows, ")


def test_file_choosers_have_translated_captions_and_file_types(
    spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def choose(_cls: object, _parent: object, caption: str, _where: Path, types: str) -> str:
        asked.append((caption, types))
        return ""

    monkeypatch.setattr(FileDialog, "open", classmethod(choose))
    monkeypatch.setattr(FileDialog, "save", classmethod(choose))
    assert RosterPath.ask(None) is None
    assert BackupPath.ask(None, Path("meetingkit-backup.sqlite")) is None
    assert RestorePath.ask(None, Path("backups")) is None
    assert SavePath.ask(None, "Save the agenda", "agenda.pdf") is None
    assert asked == [
        ("ES Choose a roster file", "ES CSV files (*.csv *.tsv *.txt);;ES All files (*)"),
        ("ES Back up meetingkit's data", "ES meetingkit backups (*.sqlite)"),
        (
            "ES Restore meetingkit's data from a backup",
            "ES meetingkit backups (*.sqlite *.sqlite3);;ES All files (*)",
        ),
        ("Save the agenda", "ES PDF documents (*.pdf)"),
    ]


def test_a_roster_that_cannot_be_read_is_reported_in_the_translation(
    spanish: None, monkeypatch: pytest.MonkeyPatch, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        Alert, "show", classmethod(lambda _c, _p, title, _text: shown.append(title))
    )
    importer = RosterImport(conn, ManualClock(0))
    assert RosterImportDialog.ask(None, importer, tmp_path / "missing.csv") is None
    assert shown == ["ES Could not read the roster"]


def test_how_each_person_arrived_is_said_in_the_translation(
    spanish: None, signin: SignInSession
) -> None:
    model = ArrivalsModel()
    model.set_rows(signin.signed_in())
    assert model.index(0, ArrivalsModel.COL_HOW).data() == "ES at the laptop"


def test_the_room_count_takes_each_counts_plural_form(
    spanish: None, qtbot: QtBot, signin: SignInSession
) -> None:
    tab = SignInTab()
    qtbot.addWidget(tab)
    tab.set_session(signin)
    assert tab.count_label.text().replace("\xa0", " ") == (
        "ES1 1 here · ES1 1 signed in · ES1 1 first time  ·  ES2 2 more for quorum"
    )


def test_the_room_count_reads_as_before_in_english(qtbot: QtBot, signin: SignInSession) -> None:
    tab = SignInTab()
    qtbot.addWidget(tab)
    tab.set_session(signin)
    assert (
        tab.count_label.text().replace("\xa0", " ")
        == "1 here · 1 signed in · 1 first time  ·  2 more for quorum"
    )


def test_the_sign_in_form_dialog_shows_the_catalogue_in_the_apps_language(
    spanish: None, qtbot: QtBot
) -> None:
    dialog = SignInFieldsDialog(FormSettings(("first_name",), ()))
    qtbot.addWidget(dialog)
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles[:2] == ["ES Everyday", "ES Contact details"]
    first = CATALOGUE[0]
    assert dialog.fields[first.name].text() == first.label_in("es") != first.label_in("en")


def test_retention_days_take_the_plural_form(spanish: None) -> None:
    model = RetentionModel()
    one_day = Retention(1, "Safe staffing", dt.date(2026, 10, 1), 1, None)
    a_month = Retention(1, "Safe staffing", dt.date(2026, 10, 1), 30, None)
    assert model.describe(one_day) == "ES1 Kept until 2 Oct 2026 (1 days after)"
    assert model.describe(a_month) == "ES2 Kept until 31 Oct 2026 (30 days after)"


def test_a_profession_share_is_read_out_in_the_translation(spanish: None) -> None:
    share = ProfessionShare("Unit %2 nights", 0.26, 0.36)
    assert share_text(share) == "ES Unit %2 nights — last meeting 26% · all meetings 36%"


def test_a_second_shortcut_is_joined_with_the_translated_or(spanish: None) -> None:
    action = QAction("&Find people")
    action.setShortcuts(["Ctrl+F", "F3"])
    assert shortcut_rows([action]) == [("Find people", "Ctrl+F  ES or  F3")]


@pytest.mark.parametrize(
    ("waiting", "said"),
    [
        (1, "ES 1 person is still waiting to speak on “Budget”."),
        (3, "ES 3 people are still waiting to speak on “Budget”."),
    ],
)
def test_the_unheard_question_is_asked_in_the_translation(
    spanish: None, monkeypatch: pytest.MonkeyPatch, waiting: int, said: str
) -> None:
    asked: list[tuple[str, str, list[str]]] = []

    def show(box: QMessageBox) -> int:
        asked.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    assert UnheardChoice.ask(None, waiting, "Budget", "Staffing") is Unheard.KEEP
    title, text, buttons = asked[0]
    assert title == "ES People still on the stack"
    assert text == (
        f"{said}\n\nES Carry them to “Staffing”, or move them to the parking lot for later?"
    )
    assert sorted(buttons) == ["ES Carry them over", "ES Leave them", "ES Parking lot"]


def test_a_start_that_does_not_turn_encryption_on_says_so_in_the_translation(
    spanish: None, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    data_dir.mkdir()
    request_change(data_dir, encrypt=True)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda _c, _parent: None))
    unlocked = unlock_at_start(database_path(data_dir))
    assert unlocked is not None
    assert unlocked.message == "ES Encryption was not turned on."
