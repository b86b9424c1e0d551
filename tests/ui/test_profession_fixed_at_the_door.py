"""A facilitator fixes someone's profession in the People directory during tonight's meeting:
tonight's floor and report follow; October's meeting, long over, keeps what it had."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest

from meetingkit.services.demo import Demo
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_dialog import PersonDialog, PersonForm
from tests.ui.typed_answers import typed

PHARMACIST = "Pharmacist"


def test_a_profession_fixed_tonight_reaches_tonight_and_not_october(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attendance = AttendanceStore(conn)
    october = demo.meeting_ids[0]
    tonight = {p.person_id: p for p in attendance.present(demo.meeting_id)}
    was = {p.person_id: p.profession for p in attendance.present(october)}
    person_id = next(pid for pid in tonight if pid in was and was[pid] != PHARMACIST)
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.find_people()
    window.people_page.refresh(select_id=person_id)
    person = window.people_page.current_person()
    assert person is not None
    assert person.key == person_id

    fixed = PersonForm(replace(person, profession=PHARMACIST), frozenset())
    monkeypatch.setattr(PersonDialog, "ask", typed(fixed))
    window.edit_person()

    assert {p.person_id: p.profession for p in attendance.present(october)} == was
    assert {p.person_id: p.profession for p in attendance.present(demo.meeting_id)}[
        person_id
    ] == PHARMACIST
    session = window.meetings_page.view.floor_tab.session
    assert session is not None
    assert next(p for p in session.present() if p.person_id == person_id).profession == PHARMACIST
