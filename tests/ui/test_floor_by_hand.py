"""A move by hand on the Floor tab: only the person moved reads "Placed here by the
facilitator", and the note under the stack says so, and that Ctrl+R puts the stack back in
the rule's order (QA round 7, finding 2)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.floor import FloorSettings, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker

CTRL = Qt.KeyboardModifier.ControlModifier
BY_HAND = "Placed here by the facilitator"


@pytest.fixture
def people(conn: sqlite3.Connection) -> dict[str, Person]:
    MeetingStore(conn).create(Meeting("Staffing assembly", dt.date(2026, 11, 21), dt.time(19)))
    store = PeopleStore(conn)
    people = {
        first: store.add(Person(first, "Ruiz", profession="Physician"))
        for first in ("Ben", "Eve", "Dolores", "Iris", "Farah")
    }
    for night_shift in ("Dolores", "Farah"):
        store.set_categories(people[night_shift].key, ["Night shift"])
    return people


def stack(tab: FloorTab) -> list[tuple[str, str]]:
    model = tab.stack_model
    return [
        (model.index(r, model.COL_NAME).data(), model.index(r, model.COL_REASON).data())
        for r in range(model.rowCount())
    ]


def test_the_note_says_who_is_placed_by_hand_and_how_to_go_back_to_the_rule(
    qtbot: QtBot,
    people: dict[str, Person],
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queue = [people[n] for n in ("Ben", "Eve", "Dolores", "Iris", "Farah")]
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda _cls, *_a: queue.pop(0)))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the floor
    tab = window.meetings_page.view.floor_tab
    assert tab.session is not None
    tab.session.set_settings(
        FloorSettings(Policy.PRIORITY_GROUPS, priority_groups=frozenset({"Night shift"}))
    )
    for _ in range(4):
        qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    assert [name for name, _ in stack(tab)] == ["Dolores", "Ben", "Eve", "Iris"]
    assert tab.stack_note.text() == ""
    assert not tab.act_resort.isEnabled()

    tab.stack_table.selectRow(3)  # Iris, moved up by hand
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)  # Farah (Night shift) raises a hand
    assert stack(tab) == [
        ("Dolores", "Priority group: Night shift"),
        ("Farah", "Priority group: Night shift"),
        ("Ben", "Joined the stack"),
        ("Iris", BY_HAND),
        ("Eve", "Joined the stack"),
    ]
    assert tab.stack_note.text() == (
        "Placed by hand: Iris; everyone else by the rule. Ctrl+R puts everyone back in the "
        "rule's order."
    )
    assert tab.act_resort.isEnabled()

    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)  # Dolores speaks: both notes, one line
    assert tab.stack_note.text().startswith(
        "4 people waiting. Press N for the next speaker. Placed by hand: Iris;"
    )

    qtbot.keyClick(tab.stack_table, Qt.Key.Key_R, CTRL)
    assert BY_HAND not in dict(stack(tab)).values()
    assert tab.stack_note.text() == "4 people waiting. Press N for the next speaker."
    assert not tab.act_resort.isEnabled()
