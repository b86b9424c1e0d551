import sqlite3

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
