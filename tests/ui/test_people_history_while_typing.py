"""Typing in People's search keeps the selected person's history as read while they stay
selected: it was read again, and laid out again, at every keystroke. It is read when the
selection moves to someone else, and after a change (`refresh`)."""

import datetime as dt
import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.core.person_history import PersonHistory
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.people_page import PeoplePage


def test_typing_reads_a_history_only_when_the_selection_moves(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado"))
    people.add(Person("Rob", "Okafor"))
    people.add(Person("Ana", "Ruiz"))
    read: list[int] = []

    def history(person_id: int) -> PersonHistory:
        read.append(person_id)
        return PersonHistory(
            people.get(person_id), dt.datetime(2026, 11, 21), (), (), (), (), None, 0
        )

    page = PeoplePage(people, history=history)
    qtbot.addWidget(page)
    page.show()  # shown: it reads the directory, selects Ana and reads her history
    assert page.history_view.history is not None
    page.table.selectRow(page.model.row_of(rosa.key))
    read.clear()
    for key in "ro":  # typed, one key at a time: Rosa stays selected
        page.search_edit.insert(key)
    assert page.model.rowCount() == 2  # Rosa, Rob: the search followed each key
    assert page.current_person() == rosa
    assert read == []
    history_shown = page.history_view.history
    assert history_shown is not None
    assert history_shown.person == rosa

    page.search_edit.insert("b")  # "rob": Rosa is gone, Rob is selected and read
    assert page.current_person() is not None
    assert page.current_person().first_name == "Rob"  # type: ignore[union-attr]
    assert len(read) == 1
    page.refresh()  # after a change: read again
    assert len(read) == 2
