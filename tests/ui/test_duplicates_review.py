"""Possible duplicates are reviewed from People, wherever they were found, and a merge shows
what it will keep, lets the organizer choose, and waits for them to confirm (QA s18/qa4,
sections 4 and 11)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.core.roster import guess_mapping
from meetingkit.core.roster_file import read_roster
from meetingkit.services.duplicate_review import DuplicateReview
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.duplicates_dialog import SHOWN, DuplicatesDialog, MergeDialog
from meetingkit.ui.main_window import MainWindow
from tests.ui.test_accessibility import problems

MakeWindow = Callable[..., MainWindow]


def _import(conn: sqlite3.Connection, text: str) -> None:
    roster = read_roster(text.encode(), "members.csv")
    importer = RosterImport(conn, ManualClock(dt.datetime(2026, 11, 1).timestamp()))
    importer.apply(roster, guess_mapping(roster.headers), "members.csv")


@pytest.fixture
def rosa(conn: sqlite3.Connection) -> Person:
    """Rosa is known by her old phone; the import brings her new one."""
    rosa = PeopleStore(conn).add(
        Person("Rosa", "Delgado", phone="312 555 0104", email="rosa@example.org")
    )
    _import(conn, "First,Last,Phone,Workplace\nRosa,Delgado,(773) 555-0199,St. Brigid\n")
    return rosa


def _texts(dialog: DuplicatesDialog | MergeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_people_menu_and_page_lead_to_the_imports_duplicates(
    qtbot: QtBot,
    rosa: Person,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The import said "check them in People", where nothing showed them."""
    window = make_window()
    people_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&People")
    assert window.act_review_people_duplicates in people_menu.actions()
    reviewed: list[list[str]] = []

    def show_for(_cls: type, _parent: object, review: DuplicateReview) -> None:
        reviewed.append([f.file_name for f in review.flags()])

    monkeypatch.setattr(DuplicatesDialog, "show_for", classmethod(show_for))
    window.act_review_people_duplicates.trigger()
    window.show_people()
    button = window.people_page.duplicates_button
    assert button.isVisible()
    assert button.text().startswith("Review 1 possible duplicate")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reviewed == [["members.csv"], ["members.csv"]]
    dialog = DuplicatesDialog(DuplicateReview(conn))
    qtbot.addWidget(dialog)
    assert "Imported from members.csv:\nRosa Delgado" in _texts(dialog)


def test_the_button_goes_once_nothing_waits(
    rosa: Person, make_window: MakeWindow, conn: sqlite3.Connection
) -> None:
    window = make_window()
    window.show_people()
    [flag] = DuplicateReview(conn).flags()
    DuplicateReview(conn).dismiss(flag)
    window.people_page.refresh()
    assert not window.people_page.duplicates_button.isVisible()


def test_a_merge_shows_the_result_and_lets_the_newer_phone_win(
    qtbot: QtBot, rosa: Person, conn: sqlite3.Connection
) -> None:
    [flag] = DuplicateReview(conn).flags()
    dialog = MergeDialog(flag)
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.choices) == ["phone"]  # the only detail both have, differently
    assert dialog.results["phone"].text() == "312 555 0104"  # the known one, unless chosen
    assert dialog.results["workplace"].text() == "St. Brigid"  # only the newer has it: kept
    assert dialog.results["email"].text() == "rosa@example.org"
    qtbot.mouseClick(dialog.choices["phone"], Qt.MouseButton.LeftButton)
    assert dialog.results["phone"].text() == "(773) 555-0199"
    assert dialog.take() == {"phone"}
    assert "A merge cannot be undone." in _texts(dialog)
    assert problems(dialog) == []
    radios = dialog.findChildren(QRadioButton)
    assert sorted(r.accessibleName() for r in radios) == [
        "Phone: (773) 555-0199 (the newer record)",
        "Phone: 312 555 0104 (already known)",
    ]


def test_same_person_merges_only_once_confirmed_and_as_chosen(
    qtbot: QtBot, rosa: Person, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Same person: merge" acted at once, keeping only the old record's contact details."""
    answers: list[frozenset[str] | None] = [None, frozenset({"phone"})]
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda *_: answers.pop(0)))
    review = DuplicateReview(conn)
    dialog = DuplicatesDialog(review)
    qtbot.addWidget(dialog)

    def merge_button() -> QPushButton:
        return next(
            b for b in dialog.findChildren(QPushButton) if b.text() == "Same person: merge…"
        )

    qtbot.mouseClick(merge_button(), Qt.MouseButton.LeftButton)  # cancelled
    people = PeopleStore(conn)
    assert (people.count(), review.count()) == (2, 1)
    qtbot.mouseClick(merge_button(), Qt.MouseButton.LeftButton)
    assert (people.count(), review.count()) == (1, 0)
    kept = people.get(rosa.key)
    assert (kept.phone, kept.email, kept.workplace) == (
        "(773) 555-0199",
        "rosa@example.org",
        "St. Brigid",
    )
    assert "Nothing to review." in _texts(dialog)


def test_thousands_of_pairs_are_shown_some_at_a_time(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    """An import flagged 2,711 people at once."""
    PeopleStore(conn).add(Person("Ana", "García", email="garcia@example.org"))
    rows = "".join(f"Ana{n},García,garcia@example.org\n" for n in range(SHOWN + 10))
    _import(conn, "First,Last,Email\n" + rows)
    dialog = DuplicatesDialog(DuplicateReview(conn))
    qtbot.addWidget(dialog)
    merges = [b for b in dialog.findChildren(QPushButton) if b.text() == "Same person: merge…"]
    assert len(merges) == SHOWN
    assert dialog.more.text() == (
        "Showing the first 50 of 60: decide these, and the next ones appear."
    )
