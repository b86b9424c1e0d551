"""Delete meeting says how many people leave the directory with the meeting — those it brought
in, with nothing else on record, as its purge would delete — and they are gone after, from
the People page too (storage.erasure.delete_meeting)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.core.clock import ManualClock
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def test_the_question_counts_who_leaves_the_directory_and_they_go(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: MakeWindow,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = PeopleStore(conn)
    # Typed in at tonight's meeting, at nothing else: goes with it, as the phone's new one.
    walk_in = people.add(Person("Wobbleton", "Krasp", phone="555-0177"), demo.meeting_id).key
    meeting = MeetingStore(conn).get(demo.meeting_id)
    FloorSession(meeting, conn, clock).mark_present(walk_in)
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.show_people()
    assert _shown(window, "Wobbleton")
    asked: list[str] = []

    def ask(_cls: type, _parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    window.show_meetings()
    window.delete_meeting()

    [text] = asked
    assert (
        "This cannot be undone.\n\n2 people who came into your directory at a meeting, with "
        "nothing else on record, are deleted from it too.\n\nTo take people's names out"
    ) in text
    assert conn.execute("SELECT count(*) FROM people WHERE id = ?", [walk_in]).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM people WHERE phone = '555-0177'").fetchone()[0] == 0
    assert people.search("Wobbleton").total == 0
    window.show_people()
    assert not _shown(window, "Wobbleton")  # the People page read the directory again


def _shown(window: MainWindow, name: str) -> list[str]:
    model = window.people_page.model
    names = [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    return [n for n in names if name in n]
