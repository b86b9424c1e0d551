"""The person picker lists the people in the room first when what is typed names them with or
without the apostrophes and hyphens inside their names, as the directory's search finds them
(PeopleStore.search): "obrien" is Aoife O'Brien in the room, not only in the directory."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.person_picker import PersonPicker


@pytest.mark.parametrize("typed", ["obrien", "o'brien", "O’Brien", "o brien"])
def test_someone_in_the_room_comes_first_however_their_name_is_typed(
    qtbot: QtBot, conn: sqlite3.Connection, typed: str
) -> None:
    store = PeopleStore(conn)
    store.add(Person("Abby", "Obrien"))  # in the directory, not in the room; first by name
    here = store.add(Person("Aoife", "O'Brien"))
    picker = PersonPicker(store, "Pick", preferred=[here])
    qtbot.addWidget(picker)
    picker.search_edit.setText(typed)  # as typed or pasted: a curly apostrophe too
    assert picker.model.rowCount() == 2
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen() == here


@pytest.mark.parametrize("typed", ["scotthill", "scott-h", "scott hill", "hill"])
def test_a_hyphenated_name_in_the_room_comes_first(
    qtbot: QtBot, conn: sqlite3.Connection, typed: str
) -> None:
    store = PeopleStore(conn)
    store.add(Person("Abby", "Hill-Scott"))  # in the directory, first by name
    store.add(Person("Abby", "Scotthill"))
    here = store.add(Person("Bilal", "Scott-Hill"))
    picker = PersonPicker(store, "Pick", preferred=[here])
    qtbot.addWidget(picker)
    picker.search_edit.setText(typed)  # as typed or pasted: a curly apostrophe too
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.chosen() == here
