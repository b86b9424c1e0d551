"""Typing in People's search runs the search again, not the counts of what waits for review:
they are the same whatever is typed, and the count of new details from sign-in reads every
one waiting (after a year unreviewed, thousands), so it was read at every keystroke. They are
counted as the page is shown and after a change."""

import sqlite3

from pytestqt.qtbot import QtBot

from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.people_page import PeoplePage


def test_typing_searches_and_counts_what_waits_only_on_refresh(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    people = PeopleStore(conn)
    for first, last in (("Rosa", "Delgado"), ("Rob", "Okafor"), ("Ana", "Ruiz")):
        people.add(Person(first, last))
    counted: list[str] = []

    def duplicates() -> int:
        counted.append("duplicates")
        return 1

    def new_details() -> int:
        counted.append("new details")
        return 2

    page = PeoplePage(people, duplicates=duplicates, new_details=new_details)
    qtbot.addWidget(page)
    page.refresh()
    assert counted == ["duplicates", "new details"]
    assert page.duplicates_button.text().startswith("Review 1 possible duplicate")
    # "2 people" where English plurals are loaded (earlier tests load them), else "2 person(s)"
    assert page.new_details_button.text().startswith("Review new details for 2 pe")
    counted.clear()
    for key in "ro":  # typed, one key at a time
        page.search_edit.insert(key)
    assert page.model.rowCount() == 2  # Rosa, Rob: the search followed each key
    assert counted == []
    page.refresh()
    assert counted == ["duplicates", "new details"]
