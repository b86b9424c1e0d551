"""The Groups page on the demo: members and their rungs, people not seen lately, professions
over time, the ladder, and the changes an organizer makes there."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.ladder import DEFAULT_RUNGS, Measure, Rung
from meetingkit.core.person import Person
from meetingkit.services.demo import Demo
from meetingkit.services.demo_group import (
    COMMITTEE,
    WORKING_GROUP,
    DemoGroups,
    write_demo_groups,
)
from meetingkit.services.groups import Groups
from meetingkit.storage import transaction
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.feedback import Alert, Confirm
from meetingkit.ui.group_dialogs import GroupChoice, GroupDialog, RungsDialog
from meetingkit.ui.group_models import MembersModel
from meetingkit.ui.groups_page import TAB_NOT_SEEN, GroupsPage
from meetingkit.ui.person_picker import PersonPicker
from tests.ui.typed_answers import typed


@pytest.fixture
def demo_groups(conn: sqlite3.Connection, demo: Demo) -> DemoGroups:
    """The demo's groups: written here until write_demo writes them itself."""
    if found := {g.name: g.key for g in GroupStore(conn).all()}:
        return DemoGroups(found[WORKING_GROUP], found[COMMITTEE])
    people = {p.first_name: p for p in PeopleStore(conn).search("", limit=100).people}
    meetings = MeetingStore(conn)
    with transaction(conn):
        return write_demo_groups(
            conn,
            people,
            october=meetings.get(demo.meeting_ids[0]),
            tonight=meetings.get(demo.meeting_id),
        )


@pytest.fixture
def page(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> GroupsPage:
    widget = GroupsPage(Groups(conn, clock), PeopleStore(conn))
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    return widget


def _column(model: object, column: int) -> list[str]:
    return [
        model.index(r, column).data()  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_page_shows_the_demo_working_group(
    page: GroupsPage, demo_groups: DemoGroups, qtmodeltester: ModelTester
) -> None:
    page.refresh(select_id=demo_groups.working_group_id)
    assert _column(page.groups_model, 0) == [
        "Medication safety committee",
        "Safe Staffing Working Group",
    ]
    assert page.title_label.text() == "Safe Staffing Working Group"
    assert page.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "18 members · 6 meetings held" in page.summary_label.text()
    members = page.members_tab.model
    assert members.rowCount() == 18
    row = _column(members, MembersModel.COL_NAME).index("Maria José Alvarez")
    assert members.index(row, MembersModel.COL_ATTENDANCE).data() == "✓✓✓✓✓✓"
    assert members.index(row, MembersModel.COL_RUNG).data() == "Came at least 3 times"
    assert page.tabs.tabText(TAB_NOT_SEEN) == "Haven't &seen (2)"
    assert sorted(_column(page.not_seen_tab.model, 0)) == ["Jamal Carter", "Wren"]
    assert "never contacted" not in _column(page.not_seen_tab.model, 4)
    balance = page.balance_tab.model
    assert balance.columnCount() == 6 + 1  # 6 meetings, all; the professions head the rows
    assert balance.headerData(0, Qt.Orientation.Vertical) == "RN"
    assert len(page.balance_tab.bars.shares()) == page.balance_tab.model.rowCount()
    assert _column(page.ladder_tab.model, 0)[0] == "Leads a role or a meeting"  # top first
    for model in (
        page.groups_model,
        members,
        page.not_seen_tab.model,
        page.balance_tab.model,
        page.ladder_tab.model,
    ):
        qtmodeltester.check(model)


def test_the_falling_committee_says_so(page: GroupsPage, demo_groups: DemoGroups) -> None:
    page.refresh(select_id=demo_groups.committee_id)
    assert page.groups_model.index(0, page.groups_model.COL_TREND).data() == "falling"
    assert "7 → 5 → 3" in page.summary_label.text()
    assert "fewer people" in page.summary_label.text()


def test_a_new_group_gets_a_member_who_can_be_removed_after_asking(
    page: GroupsPage,
    conn: sqlite3.Connection,
    demo_groups: DemoGroups,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.refresh()
    monkeypatch.setattr(GroupDialog, "ask", typed(GroupChoice("Pharmacy", GroupKind.CHAPTER)))
    page.new_button.click()
    assert page.title_label.text() == "Pharmacy"
    assert page.members_tab.model.rowCount() == 0
    ngozi = PeopleStore(conn).search("Ngozi").people[0]
    monkeypatch.setattr(PersonPicker, "ask", classmethod(lambda *a, **k: ngozi))
    page.members_tab.add_button.click()
    assert _column(page.members_tab.model, 0) == ["Ngozi Eze"]
    assert page.members_tab.current() is not None  # the new member is selected
    asked: list[str] = []

    def refuse(cls: object, parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Confirm, "ask", classmethod(refuse))
    page.members_tab.remove_button.click()
    assert asked == [
        "Take Ngozi Eze off the members of “Pharmacy”? Their attendance and commitments stay."
    ]
    assert page.members_tab.model.rowCount() == 1
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *a, **k: True))
    page.members_tab.remove_button.click()
    assert page.members_tab.model.rowCount() == 0
    assert PeopleStore(conn).get(ngozi.key) == ngozi


def test_a_group_name_already_taken_is_said_in_the_dialog_which_keeps_what_was_typed(
    page: GroupsPage, demo_groups: DemoGroups, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The New group dialog stays open on a name already taken and says so, with the name and
    kind as typed; another name then creates the group."""
    page.refresh()
    alerts: list[str] = []
    monkeypatch.setattr(
        Alert, "show", classmethod(lambda cls, parent, title, text: alerts.append(text))
    )
    seen: list[tuple[int, str, str, GroupKind]] = []

    def type_and_press_ok(dialog: GroupDialog) -> int:
        dialog.name_edit.setText("safe staffing working group")
        dialog.kind_combo.setCurrentIndex(list(GroupKind).index(GroupKind.CHAPTER))
        dialog.accept()
        choice = dialog.choice()
        seen.append((dialog.result(), dialog.error_label.text(), choice.name, choice.kind))
        dialog.name_edit.setText("Night shift chapter")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GroupDialog, "exec", type_and_press_ok)
    page.new_button.click()
    assert seen == [
        (
            0,  # still open
            "There is already a group called “safe staffing working group”. Choose another name.",
            "safe staffing working group",
            GroupKind.CHAPTER,
        )
    ]
    assert alerts == []
    assert page.groups_model.rowCount() == 3
    assert page.title_label.text() == "Night shift chapter"


def test_editing_the_rungs_moves_people_on_the_ladder(
    page: GroupsPage, demo_groups: DemoGroups, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.refresh(select_id=demo_groups.working_group_id)
    rungs = (Rung("Regular", Measure.ATTENDED, 5), Rung("Facilitates", Measure.LED, 3))
    monkeypatch.setattr(RungsDialog, "ask", classmethod(lambda *a, **k: rungs))
    page.ladder_tab.edit_button.click()
    assert page.current_group() is not None
    assert page.current_group().rungs == rungs  # type: ignore[union-attr]
    assert _column(page.ladder_tab.model, 0) == ["Facilitates", "Regular"]
    members = page.members_tab.model
    row = _column(members, 0).index("Maria José Alvarez")
    assert members.index(row, MembersModel.COL_RUNG).data() == "Regular"
    row = _column(members, 0).index("Wren")
    assert members.index(row, MembersModel.COL_RUNG).data() == "— not yet —"


def test_asking_for_a_longer_absence_shortens_the_list_and_is_kept(
    page: GroupsPage, conn: sqlite3.Connection, demo_groups: DemoGroups
) -> None:
    page.refresh(select_id=demo_groups.working_group_id)
    page.not_seen_tab.missed_spin.setValue(4)
    assert _column(page.not_seen_tab.model, 0) == ["Wren"]
    assert GroupStore(conn).get(demo_groups.working_group_id).missed_meetings == 4
    assert page.tabs.tabText(TAB_NOT_SEEN) == "Haven't &seen (1)"


def test_deleting_a_group_asks_and_keeps_its_meetings(
    page: GroupsPage,
    conn: sqlite3.Connection,
    demo_groups: DemoGroups,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.refresh(select_id=demo_groups.committee_id)
    before = len(MeetingStore(conn).all())
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *a, **k: True))
    page.delete_button.click()
    assert _column(page.groups_model, 0) == ["Safe Staffing Working Group"]
    assert page.title_label.text() == "Safe Staffing Working Group"
    assert len(MeetingStore(conn).all()) == before


def test_without_groups_the_page_says_how_to_start(page: GroupsPage) -> None:
    page.refresh()
    page.show()
    assert page.empty_label.isVisible()
    assert not page.tabs.isVisible()
    assert not page.edit_button.isEnabled()


def test_the_rungs_dialog_refuses_a_ladder_nobody_could_climb(qtbot: QtBot) -> None:
    dialog = RungsDialog(DEFAULT_RUNGS)
    qtbot.addWidget(dialog)
    dialog.rows[1].at_least.setValue(1)  # the second rung now asks what the first asks
    dialog.accept()
    assert dialog.result() == 0
    assert "Nobody could ever stand on “Came at least once”" in dialog.error_label.text()
    dialog.reset()
    assert dialog.rungs() == DEFAULT_RUNGS
    dialog.add_button.click()
    dialog.rows[-1].name.setText("Brings others")
    dialog.rows[-1].measure.setCurrentIndex(list(Measure).index(Measure.COMMITTED))
    dialog.rows[-1].at_least.setValue(3)
    dialog.remove_rung(dialog.rows[0])
    assert [r.name for r in dialog.rungs()] == [
        "Came at least 3 times",
        "Made a commitment",
        "Kept a commitment",
        "Leads a role or a meeting",
        "Brings others",
    ]


def test_the_group_dialog_needs_a_name(qtbot: QtBot) -> None:
    dialog = GroupDialog("New group", "  ", GroupKind.COMMITTEE)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "A group needs a name."
    dialog.name_edit.setText("Medication safety")
    assert dialog.choice() == GroupChoice("Medication safety", GroupKind.COMMITTEE)


def test_names_are_shown_as_typed_never_as_markup(
    page: GroupsPage, conn: sqlite3.Connection
) -> None:
    groups = GroupStore(conn)
    group = groups.create(Group("<b>x</b>"))
    person = PeopleStore(conn).add(Person("<img src=x>", profession="<i>RN</i>"))
    groups.add_member(group.key, person.key)
    page.refresh(select_id=group.key)
    assert page.title_label.text() == "<b>x</b>"
    assert page.title_label.textFormat() == Qt.TextFormat.PlainText
    assert page.members_tab.model.index(0, 0).data() == "<img src=x>"
