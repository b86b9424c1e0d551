"""Words translated without `self.tr` — module constants, classmethod dialogs, the error box —
reach Qt's translator under the context `pyside6-lupdate` files them under.

The translation used here is made on the spot: lupdate reads the screens' source, every message
gets "ES " in front, lrelease compiles it. A word whose runtime context differs from the one
lupdate extracted (or that lupdate cannot see) comes back in plain English and fails.
"""

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.commitment import Commitment
from meetingkit.core.errors import MeetingkitError
from meetingkit.storage.database import refusal
from meetingkit.ui import feedback
from meetingkit.ui.agenda_editor import TemplateName
from meetingkit.ui.airtime_bars import share_text
from meetingkit.ui.commitment_dialogs import LAYOUT_LABELS, PrintCardsDialog
from meetingkit.ui.commitments_tab import RecordedModel
from meetingkit.ui.curricula_page import ImportPath
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.main_window import MainWindow
from tests.ui.marked_translation import marked_qm, speaking

SCREENS = (
    "agenda_editor.py",
    "airtime_bars.py",
    "commitment_dialogs.py",
    "commitments_tab.py",
    "curricula_page.py",
    "feedback.py",
)


@pytest.fixture(scope="module")
def marked_translation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return marked_qm(tmp_path_factory.mktemp("i18n"), SCREENS, ("ES ", "ES "))


@pytest.fixture
def spanish(qapp: QApplication, marked_translation: Path) -> Iterator[None]:
    with speaking(marked_translation):
        yield


def test_the_template_name_dialog_is_translated(
    spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def get_text(_parent: object, title: str, label: str) -> tuple[str, bool]:
        asked.append((title, label))
        return "Monthly", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    assert TemplateName.ask(None) == "Monthly"
    assert asked == [("ES Save as template", "ES Template name:")]


def test_the_import_dialog_has_a_translated_caption_even_without_a_parent(
    spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    captions: list[str] = []

    def open_file(_cls: object, _parent: object, caption: str, _folder: Path, _types: str) -> str:
        captions.append(caption)
        return ""

    monkeypatch.setattr(FileDialog, "open", classmethod(open_file))
    assert ImportPath.ask(None) is None
    assert captions == ["ES Import a curriculum: choose its curriculum.md"]


def test_a_group_is_described_to_screen_readers_in_the_translation(spanish: None) -> None:
    assert share_text(GroupShare("RN", 11, 120_000, 0.55, 0.20)) == "ES RN — room 55% · airtime 20%"


def test_a_group_named_with_a_percent_sign_reads_as_typed() -> None:
    """The group's own name is filled in last, so a "%2" in it is not taken for the room."""
    share = GroupShare("Unit %2 nights", 3, 0, 0.25, 0.0)
    assert share_text(share) == "Unit %2 nights — room 25% · airtime 0%"


def test_card_layouts_are_offered_in_the_translation(spanish: None, qtbot: QtBot) -> None:
    dialog = PrintCardsDialog(3, True, "Print")
    qtbot.addWidget(dialog)
    combo = dialog.layout_combo
    offered = [combo.itemText(n) for n in range(combo.count())]
    assert offered == ["ES " + label for label in LAYOUT_LABELS.values()]


def test_how_a_commitment_was_recorded_is_translated(spanish: None) -> None:
    model = RecordedModel()
    due = dt.datetime(2026, 11, 23, 19, 0)
    model.set_rows(
        [
            ("Rosa", Commitment(1, 1, "Join the committee", due, source="phone")),
            ("Ana", Commitment(1, 2, "Join the committee", due, source="kiosk")),
        ]
    )
    how = [model.index(row, RecordedModel.COL_HOW).data() for row in range(2)]
    assert how == ["ES phone", "kiosk"]  # a source the app does not name is shown as stored


def test_the_way_a_module_is_run_is_translated(
    spanish: None, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show_curricula()
    tree = window.curricula_page.modules_tree
    session = tree.topLevelItem(0)
    assert session is not None
    assert session.childCount() > 0
    for n in range(session.childCount()):
        assert session.child(n).text(2).startswith("ES "), session.child(n).text(0)


def test_an_error_box_says_what_could_not_be_done_in_the_translation(
    spanish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        feedback.Alert, "show", classmethod(lambda _c, _p, title, text: shown.append((title, text)))
    )
    with feedback.user_errors(None, "guardar el punto"):
        raise MeetingkitError("The title is empty.")
    with feedback.user_errors(None, "guardar el punto"):
        raise sqlite3.OperationalError("disk I/O error")
    assert shown == [
        ("ES Could not guardar el punto", "The title is empty."),
        # The body is storage's own words (translated through core.i18n, as in the app).
        ("ES Could not guardar el punto", refusal(sqlite3.OperationalError("disk I/O error"))),
    ]
