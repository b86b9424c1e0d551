import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.person_picker import PersonPicker


def test_typing_then_enter_picks_the_first_match(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    store = PeopleStore(conn)
    store.add(Person("Ana", "Lima"))
    lan = store.add(Person("Lan", "Nguyen"))
    picker = PersonPicker(store, "Pick")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "lan")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen() == lan


def test_arrow_keys_move_through_matches(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    store = PeopleStore(conn)
    store.add(Person("Ana", "Lima"))
    anh = store.add(Person("Anh", "Tran"))
    picker = PersonPicker(store, "Pick")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "an")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen() == anh


def test_a_new_name_is_added_on_the_spot(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    store = PeopleStore(conn)
    picker = PersonPicker(store, "Pick")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "Juana  de la Cruz")
    assert picker.add_button.text() == "Add “Juana de la Cruz” as a new person"
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    chosen = picker.chosen()
    assert chosen is not None
    assert (chosen.first_name, chosen.last_name) == ("Juana", "de la Cruz")
    assert store.get(chosen.key) == chosen


def test_a_new_name_the_disk_refuses_stays_in_the_picker_with_why(
    qtbot: QtBot, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk: the picker says why in plain words, stays open with the name as typed,
    and Enter again adds it once there is space."""
    store = PeopleStore(conn)
    adding = PeopleStore.add

    def full(_store: PeopleStore, _person: Person, at_meeting: int | None = None) -> Person:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(PeopleStore, "add", full)
    picker = PersonPicker(store, "Pick")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "Zed Fullerton")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.result() != picker.DialogCode.Accepted
    assert picker.chosen() is None
    assert picker.search_edit.text() == "Zed Fullerton"
    assert picker.error_label.text().startswith(
        "Could not write to the disk (database or disk is full). Nothing was saved."
    )
    assert not picker.error_label.isHidden()

    monkeypatch.setattr(PeopleStore, "add", adding)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    chosen = picker.chosen()
    assert chosen is not None
    assert chosen.display_name == "Zed Fullerton"
    assert picker.result() == picker.DialogCode.Accepted
