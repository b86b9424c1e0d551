import datetime as dt

import pytest
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
    model.set_rows(
        [Person("Ana", "Lima", id=1, profession="Social worker (SW)"), Person("Wren", id=2)]
    )
    qtmodeltester.check(model)
    assert model.index(0, PeopleModel.COL_NAME).data() == "Ana Lima"
    assert model.index(0, PeopleModel.COL_PROFESSION).data() == "Social worker (SW)"
    assert model.row_of(2) == 1


def test_meeting_rows_carry_their_date_kind_and_path_as_details() -> None:
    model = MeetingListModel()
    last_year = Meeting(id=9, title="Old", date=dt.date(2025, 12, 3), start=dt.time(18, 30))
    model.set_meetings([meeting(3, 7), last_year], TODAY, {3: "Plan 1/2"})
    this_year = model.meeting_index(3)
    assert this_year.data() == "M3"
    assert this_year.data(MeetingListModel.DetailRole) == "Sat 28 Nov · 18:00 · Meeting · Plan 1/2"
    # The year only when it is not this one; the tooltip always has it.
    old = model.meeting_index(9)
    assert old.data(MeetingListModel.DetailRole) == "Wed 3 Dec 2025 · 18:30 · Meeting"
    assert this_year.data(Qt.ItemDataRole.ToolTipRole) == (
        "M3\nSat 28 Nov 2026 · 18:00 · Meeting · Plan 1/2"
    )
    assert this_year.data(Qt.ItemDataRole.AccessibleDescriptionRole) == this_year.data(
        MeetingListModel.DetailRole
    )
    model.set_progress(3, "Run 1/3")
    assert this_year.data(MeetingListModel.DetailRole).endswith("· Run 1/3")


def test_meeting_list_works_out_its_search_words_only_once_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A year of meetings is read again at every change; what each is found by (its words,
    folded) waits until someone searches, and is worked out once."""
    from meetingkit.core.meeting_search import search_words
    from meetingkit.ui import meeting_list_model

    folded: list[tuple[str, ...]] = []

    def counted(texts: tuple[str, ...]) -> tuple[str, ...]:
        folded.append(texts)
        return search_words(texts)

    monkeypatch.setattr(meeting_list_model, "search_words", counted)
    model = MeetingListModel()
    model.set_meetings([meeting(1, -7), meeting(2, 0), meeting(3, 7)], TODAY)
    model.set_filter("", group_id=4)  # a group alone needs no words
    assert folded == []
    model.set_filter("m2")
    assert model.shown_count() == 1
    model.set_filter("m")
    assert (model.shown_count(), len(folded)) == (3, 3)
