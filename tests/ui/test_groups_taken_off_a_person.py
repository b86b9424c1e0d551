"""Taking a self-identified group off someone's record in People: the meetings they came to
still count them in it, as they were then, unless the person took back what they told you —
then, asked, it goes from those meetings too."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from meetingkit.services.demo import Demo
from meetingkit.services.demo_floor import NIGHT_SHIFT, SPANISH_SPEAKING
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_dialog import PersonDialog, PersonForm
from tests.ui.typed_answers import typed


def _edit_maria(
    conn: sqlite3.Connection,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    groups: frozenset[str],
    answer: bool | None,
) -> tuple[int, list[str]]:
    """Maria José, in October's room and tonight's on the night shift and Spanish speaking,
    saved with `groups`; `answer` to the question (None: it must not be asked)."""
    asked: list[str] = []

    def ask(_cls: type, _parent: object, title: str, text: str, _action: str) -> bool:
        asked.append(text)
        assert answer is not None, f"asked: {title}"
        return answer

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    [maria] = PeopleStore(conn).search("Maria José").people
    window.find_people()
    window.people_page.refresh(select_id=maria.key)
    monkeypatch.setattr(PersonDialog, "ask", typed(PersonForm(maria, groups)))
    window.edit_person()
    return maria.key, asked


def _october(conn: sqlite3.Connection, demo: Demo, person_id: int) -> frozenset[str]:
    return _groups_at(conn, demo.meeting_ids[0], person_id)


def _groups_at(conn: sqlite3.Connection, meeting_id: int, person_id: int) -> frozenset[str]:
    present = AttendanceStore(conn).present(meeting_id)
    return next(p.categories for p in present if p.person_id == person_id)


def test_a_group_taken_off_stays_in_past_meetings_unless_withdrawn(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    maria, asked = _edit_maria(conn, window, monkeypatch, frozenset({SPANISH_SPEAKING}), False)
    assert len(asked) == 1
    assert f"is no longer in: {NIGHT_SHIFT}." in asked[0]
    assert _october(conn, demo, maria) == {NIGHT_SHIFT, SPANISH_SPEAKING}  # as she was
    assert _groups_at(conn, demo.meeting_id, maria) == {SPANISH_SPEAKING}  # tonight follows
    assert PeopleStore(conn).categories([maria]) == {maria: {SPANISH_SPEAKING}}

    # Asked again later (she took it back): it goes from October too.
    PeopleStore(conn).set_categories(maria, [NIGHT_SHIFT, SPANISH_SPEAKING])
    maria, asked = _edit_maria(conn, window, monkeypatch, frozenset({SPANISH_SPEAKING}), True)
    assert len(asked) == 1
    assert _october(conn, demo, maria) == {SPANISH_SPEAKING}
    assert AttendanceStore(conn).kept_categories(maria) == {SPANISH_SPEAKING}


def test_adding_a_group_asks_nothing(
    demo: Demo,
    conn: sqlite3.Connection,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    more = frozenset({NIGHT_SHIFT, SPANISH_SPEAKING, "Parents"})
    maria, asked = _edit_maria(conn, window, monkeypatch, more, None)
    assert asked == []
    assert _october(conn, demo, maria) == {NIGHT_SHIFT, SPANISH_SPEAKING}
