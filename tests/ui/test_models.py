import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.ui.meeting_list_model import MeetingListModel
from meetingkit.ui.people_model import PeopleModel

TODAY = dt.date(2026, 11, 21)


def meeting(i: int, days: int) -> Meeting:
    return Meeting(id=i, title=f"M{i}", date=TODAY + dt.timedelta(days=days), start=dt.time(18))


def test_meeting_list_model_is_a_well_behaved_tree(qtmodeltester: ModelTester) -> None:
    model = MeetingListModel()
    model.set_meetings([meeting(1, -7), meeting(2, 0), meeting(3, 7), meeting(4, -1)], TODAY)
    qtmodeltester.check(model)
    model.set_meetings([], TODAY)
    qtmodeltester.check(model)


def test_upcoming_come_soonest_first_and_past_latest_first() -> None:
    model = MeetingListModel()
    model.set_meetings([meeting(1, -7), meeting(2, 0), meeting(3, 7), meeting(4, -1)], TODAY)
    upcoming, past = model.index(0, 0), model.index(1, 0)
    assert upcoming.data() == "Upcoming (2)"
    assert [model.index(r, 0, upcoming).data() for r in range(2)] == ["M2", "M3"]
    assert [model.index(r, 0, past).data() for r in range(2)] == ["M4", "M1"]
    index = model.meeting_index(3)
    assert model.meeting(index) == meeting(3, 7)
    assert model.meeting(upcoming) is None
    assert not (model.flags(upcoming) & Qt.ItemFlag.ItemIsSelectable)


def test_people_model_is_a_well_behaved_table(qtmodeltester: ModelTester) -> None:
    model = PeopleModel()
    model.set_people(
        [Person("Ana", "Lima", id=1, profession="Social worker (SW)"), Person("Wren", id=2)]
    )
    qtmodeltester.check(model)
    assert model.index(0, PeopleModel.COL_NAME).data() == "Ana Lima"
    assert model.index(0, PeopleModel.COL_PROFESSION).data() == "Social worker (SW)"
    assert model.row_of(2) == 1
