"""A profession is stored as the suggestions write it in English ("Physician (MD/DO)"); the
Spanish screens showed it so on People, Groups and Start while the report said "Médica/o
(MD/DO)". Every list now shows it through the report's `canonical_profession`."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.group import Contact, MemberHistory
from meetingkit.core.group_attendance import NotSeen
from meetingkit.core.person import Person
from meetingkit.core.whats_next import FollowUpSummary
from meetingkit.services.groups import MemberRow, NotSeenRow
from meetingkit.services.whats_next import WhatsNext
from meetingkit.storage.attendance import Newcomer
from meetingkit.ui import language
from meetingkit.ui.group_models import MembersModel, NotSeenModel
from meetingkit.ui.people_model import PeopleModel
from meetingkit.ui.start_page import StartPage

DOCTOR = Person("Ana", "Ruiz", profession="Physician (MD/DO)", id=1)
TYPED = Person("Luis", profession="Guardia de seguridad", id=2)  # not a suggestion: as typed


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.mark.usefixtures("spanish")
def test_the_people_list_shows_a_profession_in_the_app_language() -> None:
    model = PeopleModel()
    model.set_rows([DOCTOR, TYPED])
    column = PeopleModel.COL_PROFESSION
    assert [model.data(model.index(r, column)) for r in (0, 1)] == [
        "Médica/o (MD/DO)",
        "Guardia de seguridad",
    ]


@pytest.mark.usefixtures("spanish")
def test_a_group_s_members_and_people_not_seen_show_professions_in_the_app_language() -> None:
    history = MemberHistory(1, (True,), committed=0, kept=0, led=0, last_attended=None)
    members = MembersModel()
    members.set_members((MemberRow(DOCTOR, history, None),), ())
    assert members.data(members.index(0, MembersModel.COL_PROFESSION)) == "Médica/o (MD/DO)"
    not_seen = NotSeenModel()
    row = NotSeenRow(DOCTOR, NotSeen(1, dt.date(2026, 10, 1), 3), Contact(None, 0, 0), True)
    not_seen.set_rows([row])
    assert not_seen.data(not_seen.index(0, NotSeenModel.COL_PROFESSION)) == "Médica/o (MD/DO)"


@pytest.mark.usefixtures("spanish")
def test_the_start_page_s_newcomers_show_professions_in_the_app_language(qtbot: QtBot) -> None:
    news = WhatsNext(
        now=dt.datetime(2026, 11, 22, 9, 0),
        next_meeting=None,
        follow_ups=FollowUpSummary(to_call=[], overdue=0, stale=0, open_count=0),
        newcomers=[
            Newcomer(1, "Ana Ruiz", "Student", "2026-11-03"),
            Newcomer(2, "Luis", "", "2026-11-03"),
        ],
        path=None,
        falling=[],
        has_groups=False,
    )
    page = StartPage(lambda: news)
    qtbot.addWidget(page)
    page.refresh()
    assert page.newcomer_list.rows() == [("Ana Ruiz", "Estudiante"), ("Luis", "—")]


@pytest.mark.usefixtures("spanish")
def test_airtime_per_person_on_the_floor_shows_professions_in_the_app_language() -> None:
    from meetingkit.services.floor_session import PersonAirtime
    from meetingkit.ui.floor_models import PeopleAirtimeModel

    model = PeopleAirtimeModel()
    model.set_rows([PersonAirtime(1, "Ana", "Physician (MD/DO)", 1, 30_000, 30_000)])
    assert model.data(model.index(0, 1)) == "Médica/o (MD/DO)"
