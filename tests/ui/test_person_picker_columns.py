"""The person picker (A on the floor) shows names whole: columns empty for everyone listed
(workplace, phone, email in a directory of sign-ins) are hidden instead of taking the room the
names need (qa14a, finding 7)."""

import sqlite3

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.people_model import PeopleModel
from meetingkit.ui.person_picker import PersonPicker

LONG = ("Keisha Marguerite", "Abernathy-Villanueva de la Cruz")


def shown_whole(picker: PersonPicker, column: int, text: str) -> bool:
    needed = QFontMetrics(picker.table.font()).horizontalAdvance(text)
    return picker.table.columnWidth(column) >= needed


def test_a_long_name_is_not_cut_short_when_the_other_columns_are_empty(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    store = PeopleStore(conn)
    keisha = store.add(Person(*LONG, profession="Registered nurse (RN)"))
    store.add(Person("José", "Peña Núñez", profession="Physician (MD/DO)"))
    picker = PersonPicker(store, "Add to the stack")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    hidden = [picker.table.isColumnHidden(c) for c in range(picker.model.columnCount())]
    assert hidden == [False, False, True, True, True]  # workplace, phone, email: nobody's
    assert shown_whole(picker, PeopleModel.COL_NAME, keisha.display_name)
    profession = picker.model.index(0, PeopleModel.COL_PROFESSION).data()
    assert profession
    assert shown_whole(picker, PeopleModel.COL_PROFESSION, profession)


def test_a_column_comes_back_when_someone_listed_has_it(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    store = PeopleStore(conn)
    store.add(Person("Ana", "Lima"))
    store.add(Person("Lan", "Nguyen", email="lan.nguyen.at.a.very.long.address@example.org"))
    picker = PersonPicker(store, "Pick")
    qtbot.addWidget(picker)
    picker.show()
    assert not picker.table.isColumnHidden(PeopleModel.COL_EMAIL)
    assert picker.table.isColumnHidden(PeopleModel.COL_PHONE)
    picker.search_edit.setText("ana")  # Lan's email is no longer listed
    assert picker.table.isColumnHidden(PeopleModel.COL_EMAIL)
    picker.search_edit.setText("lan")
    assert not picker.table.isColumnHidden(PeopleModel.COL_EMAIL)
