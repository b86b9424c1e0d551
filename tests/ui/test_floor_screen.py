"""The floor driven by keyboard only, with the app's clock advanced by the test."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import EntryState, Policy
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.demo import Demo
from meetingkit.storage.floor import FloorStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.floor_log_dialog import FloorLogDialog
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.tones import LIGHT_TONES

MakeWindow = Callable[[], MainWindow]
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def room(conn: sqlite3.Connection) -> tuple[Meeting, dict[str, Person]]:
    meeting = MeetingStore(conn).create(
        Meeting("Break room assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    store = PeopleStore(conn)
    people = {
        p.first_name: store.add(p)
        for p in (
            Person("Ana", "Lima", profession="RN"),
            Person("Bea", "Kim", profession="MD"),
            Person("Cal", "Ng", profession="CNA"),
        )
    }
    return meeting, people


def open_floor(window: MainWindow, qtbot: QtBot) -> FloorTab:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the floor
    tab = window.meetings_page.view.floor_tab
    assert tab.isVisible()
    assert tab.stack_table.hasFocus()
    return tab


def picks(monkeypatch: pytest.MonkeyPatch, *people: Person) -> list[tuple]:
    """PersonPicker answers with these people in turn (the typing is tested elsewhere)."""
    queue, asked = list(people), []

    def ask(_cls: type, *args: object) -> Person:
        asked.append(args)
        return queue.pop(0)

    monkeypatch.setattr(PersonPicker, "ask", classmethod(ask))
    return asked


def names(tab: FloorTab) -> list[str]:
    return [
        tab.stack_model.placement(r).entry.name  # type: ignore[union-attr]
        for r in range(tab.stack_model.rowCount())
    ]


def test_running_the_floor_by_keyboard_only(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    conn: sqlite3.Connection,
) -> None:
    meeting, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    asked = picks(monkeypatch, people["Ana"], people["Bea"], people["Cal"])
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_C):  # Ana, Bea; Cal asks a question
        qtbot.keyClick(tab.stack_table, key)
    assert names(tab) == ["Cal", "Ana", "Bea"]
    assert asked[2][2] == "Add to the stack: Clarifying question"
    assert tab.stack_model.index(0, 2).data() == "Clarifying question"
    assert tab.stack_model.index(0, 3).data() == "Goes before the general stack"

    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)  # Cal has the floor
    assert tab.speaker_label.text() == "Cal"
    clock.advance(30)
    tab.tick()
    assert tab.turn_label.text() == "0:15"  # a clarifying question gets 45 s
    assert LIGHT_TONES.warning.name() in tab.turn_label.styleSheet()  # the wrap-up cue
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)  # pause
    clock.advance(120)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)  # resume: the pause did not count
    clock.advance(20)
    tab.tick()
    assert tab.turn_label.text() == "+0:05"
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_E)  # end the turn
    assert tab.speaker_label.text() == "The floor is open"

    tab.stack_table.selectRow(1)  # Bea; move her up (logged)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(tab) == ["Bea", "Ana"]
    assert tab.stack_model.index(0, 3).data() == "Placed here by the facilitator"
    saved = FloorStore(conn).load(meeting.key)
    assert saved.log[-1].text == "Moved Bea from 2 to 1 on the stack"
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Delete)  # Bea withdraws
    assert names(tab) == ["Ana"]
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)
    assert tab.speaker_label.text() == "Ana"
    clock.advance(10)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)  # nobody left: the turn ends
    assert tab.speaker_label.text() == "The floor is open"
    rows = {r.name: r for r in window.meetings_page.view.floor_tab.session.people_airtime()}  # type: ignore[union-attr]
    assert rows["Cal Ng"].meeting_ms == 50_000
    assert rows["Ana Lima"].meeting_ms == 10_000
    assert {e.state for e in FloorStore(conn).load(meeting.key).entries} == {
        EntryState.HEARD,
        EntryState.WITHDRAWN,
    }


def test_refusing_a_direct_response_by_keyboard(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    picks(monkeypatch, people["Bea"])
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_D)
    tab.stack_table.selectRow(0)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_R)
    assert names(tab) == []
    assert tab.session is not None
    assert tab.session.floor.log[-1].text == "Refused a direct response from Bea"

    # The log: counted under the stack, opened with L
    assert tab.act_log.iconText() == "Log (1)"
    shown: list[FloorLogDialog] = []
    monkeypatch.setattr(FloorLogDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_L)
    [dialog] = shown
    at = dt.datetime.fromtimestamp(tab.session.floor.log[-1].at_ms / 1000)
    assert dialog.model.row(0) == (f"{at:%H:%M}", "Refused a direct response from Bea")
    assert dialog.model.rowCount() == 1


def test_a_withdrawal_is_undone_with_ctrl_z_from_anywhere_and_logged(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Del takes someone off the stack without asking; Ctrl+Z puts them back where they were,
    from the floor or from another page (which brings the floor into view and says so), and
    Ctrl+Y takes them off again. Each change is in the floor's log."""
    _, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    picks(monkeypatch, people["Ana"], people["Bea"], people["Cal"])
    for _ in range(3):
        qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    tab.stack_table.selectRow(1)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Delete)
    assert names(tab) == ["Ana", "Cal"]
    assert tab.session is not None
    assert tab.session.floor.log[-1].text == "Took Bea off the stack"

    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Z, ctrl)
    assert names(tab) == ["Ana", "Bea", "Cal"]
    assert window.statusBar().currentMessage() == "Undid: Take Bea off the stack"
    assert tab.session.floor.log[-1].text == "Put Bea back on the stack"

    window.show_people()
    qtbot.keyClick(window, Qt.Key.Key_Y, ctrl)
    assert names(tab) == ["Ana", "Cal"]
    assert tab.isVisible()  # the floor, not the agenda, brought into view
    assert window.statusBar().currentMessage() == "Redid: Take Bea off the stack"
    assert tab.act_log.iconText() == "Log (3)"


def test_the_policy_is_chosen_and_explained(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    conn: sqlite3.Connection,
) -> None:
    meeting, _ = room
    window = make_window()
    tab = open_floor(window, qtbot)
    tab.rule_panel.policy_combo.setCurrentIndex(
        tab.rule_panel.policy_combo.findData(Policy.FIRST_TIME.value)
    )
    assert tab.rule_panel.explanation_label.text() == Policy.FIRST_TIME.explanation
    assert FloorStore(conn).load(meeting.key).settings.policy == Policy.FIRST_TIME
    tab.rule_panel.limit_spin.setValue(90)
    tab.rule_panel.limit_spin.editingFinished.emit()
    assert FloorStore(conn).load(meeting.key).settings.limits.general_ms == 90_000


def test_the_floor_of_the_demo_reopens_exactly_after_a_restart(
    demo: Demo,
    make_window: MakeWindow,
    clock: ManualClock,
    qtbot: QtBot,
) -> None:
    window = make_window()
    tab = open_floor(window, qtbot)
    before = (names(tab), tab.speaker_label.text())
    assert before == (["Rosa", "Aisha", "Carmen", "Lupe", "Daniel"], "Samuel")
    assert tab.turn_label.text() == "0:35"  # 85 s of a 120 s turn
    clock.advance(60)
    window.alive_timer.timeout.emit()  # the app notes it is running, every few seconds
    # The floor shown again (read again after an edit elsewhere): the app never closed
    tab.set_session(window.meetings_page.view._sessions.floor(tab.session.meeting))  # type: ignore[union-attr]
    assert not tab.resume_banner.isVisible()
    assert tab.turn_label.text() == "+0:25"  # 145 s, still running
    window.close()
    clock.advance(30)  # killed and restarted half a minute later
    again = make_window()
    tab2 = open_floor(again, qtbot)
    assert (names(tab2), tab2.speaker_label.text()) == before
    # The half minute the app was closed is not Samuel's: his turn was paused when it closed
    assert tab2.turn_label.text() == "+0:25"
    assert tab2.kind_label.text() == "Stack — paused"
    assert tab2.resume_banner.isVisible()
    assert tab2.resume_banner.text() == (
        "Resumed after a restart. meetingkit was closed for about 30 s (since 19:11) while "
        "Samuel had the floor: the turn was paused then, so that time is not counted as "
        "speaking time. Press Space to resume it."
    )
    qtbot.keyClick(tab2.stack_table, Qt.Key.Key_Space)  # resumed
    clock.advance(5)
    tab2.tick()
    assert tab2.turn_label.text() == "+0:30"
    assert not tab2.resume_banner.isVisible()


def test_after_a_restart_the_floor_is_opened_at_once_not_when_first_looked_at(
    demo: Demo,
    make_window: MakeWindow,
    clock: ManualClock,
    qtbot: QtBot,
) -> None:
    """Opened five minutes later, the floor said the app had been closed for 5 min 20 s
    (the agenda: 20 s), and those five minutes of the turn were lost."""
    first = make_window()
    open_floor(first, qtbot)
    first.close()
    clock.advance(20)  # killed, and restarted 20 s later on the live meeting
    window = make_window()
    view = window.meetings_page.view
    qtbot.waitUntil(lambda: view._floor_tab is not None)  # built once the window is up
    for _ in range(60):  # five minutes on the Agenda tab
        clock.advance(5)
        window.alive_timer.timeout.emit()
    tab = open_floor(window, qtbot)
    assert "closed for about 20 s" in tab.resume_banner.text()


def test_moving_on_the_agenda_asks_about_people_still_waiting(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.unheard_choice import Unheard, UnheardChoice

    window = make_window()
    tab = open_floor(window, qtbot)
    asked: list[tuple] = []
    monkeypatch.setattr(
        UnheardChoice, "ask", classmethod(lambda _c, *a: asked.append(a) or Unheard.CARRY)
    )
    qtbot.keyClick(window, Qt.Key.Key_F8)  # next agenda item
    assert asked[0][1:] == (
        5,
        "Staffing survey results",
        "Proposal: a safe-staffing vigil on December 5",
        ["Rosa (Clarifying question)", "Aisha (Direct response)"],
    )
    # Carried over; Rosa's question and Aisha's response were about what was said on the
    # item left, and are taken off the stack (qa14a)
    assert names(tab) == ["Carmen", "Lupe", "Daniel"]
    assert [line.text for line in tab.session.floor.log[-2:]] == [
        "Took Rosa off the stack as the agenda moved on (Clarifying question: not carried to "
        "another item)",
        "Took Aisha off the stack as the agenda moved on (Direct response: not carried to "
        "another item)",
    ]


def test_floor_models_are_well_behaved(
    qtmodeltester: ModelTester,
    demo: Demo,
    make_window: MakeWindow,
    qtbot: QtBot,
) -> None:
    window = make_window()
    tab = open_floor(window, qtbot)
    qtmodeltester.check(tab.stack_model)
    tab.tick(slow=True)
    qtmodeltester.check(tab.airtime_panel.people_model)
    assert tab.airtime_panel.people_model.rowCount() == 23  # 22 and Tom, new tonight


def test_the_projector_opens_shows_first_names_and_closes(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    projector = window.projector.window
    assert projector is not None
    assert window.projector.act_open.isChecked()
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in projector.findChildren(QLabel))
    assert "Samuel" in texts
    assert "Rosa" in texts
    for private in ("Baptiste", "example.org", "555-01"):
        assert private not in texts
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.projector.window is None
    assert not window.projector.act_open.isChecked()


def test_turn_limits_per_kind_and_the_total_speaking_time(
    qtbot: QtBot,
    demo: Demo,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.core.stack_entry import TurnLimits, Vocabulary
    from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog

    window = make_window()
    tab = open_floor(window, qtbot)
    assert tab.airtime_panel.total_label.text().startswith("Speaking time: ")
    dialog = TurnLimitsDialog(TurnLimits(), Vocabulary.ASSEMBLY)
    qtbot.addWidget(dialog)
    dialog.spins[EntryKind.CLARIFYING].setValue(30)
    dialog.cue_spin.setValue(10)
    chosen = dialog.limits()
    assert (chosen.clarifying_ms, chosen.cue_before_ms, chosen.general_ms) == (
        30_000,
        10_000,
        120_000,
    )
    monkeypatch.setattr(TurnLimitsDialog, "ask", classmethod(lambda _c, *_a: chosen))
    tab.rule_panel.limits_button.click()
    assert tab.session is not None
    saved = FloorStore(conn).load(tab.session.meeting.key)
    assert saved.settings.limits == chosen


def test_the_rule_panel_lifts_up_the_groups_chosen(qtbot: QtBot) -> None:
    from meetingkit.core.floor import FloorSettings
    from meetingkit.ui.floor_panels import RulePanel

    panel = RulePanel(lambda: ["Night shift", "RN"])
    qtbot.addWidget(panel)
    panel.show_settings(FloorSettings(Policy.PRIORITY_GROUPS))
    assert "No group has been chosen yet" in panel.explanation_label.text()
    chosen: list[FloorSettings] = []
    panel.settings_chosen.connect(chosen.append)
    panel.groups_menu.aboutToShow.emit()
    [night, rn] = [a for a in panel.groups_menu.actions() if a.isCheckable()]
    assert (night.text(), rn.text()) == ("Night shift", "RN")
    night.setChecked(True)
    assert chosen[-1].priority_groups == {"Night shift"}
    assert chosen[-1].policy == Policy.PRIORITY_GROUPS


def test_single_keys_typed_in_the_rule_panel_go_to_its_controls(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Space on the Order list opens it (it paused the speaker), L picks a rule there (it
    opened the log); the floor's keys still work on the stack, and Ctrl keys everywhere."""
    from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog

    _, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    picks(monkeypatch, people["Ana"], people["Bea"])
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_N)
    assert tab.session is not None
    turn = tab.session.floor.current_turn
    assert turn is not None
    logs: list[FloorLogDialog] = []
    monkeypatch.setattr(FloorLogDialog, "exec", lambda self: logs.append(self) or 0)
    limits: list[object] = []
    monkeypatch.setattr(TurnLimitsDialog, "ask", classmethod(lambda _c, *a: limits.append(a)))

    combo = tab.rule_panel.policy_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert combo.view().isVisible()  # the list opened…
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_L)  # …and a letter picks a rule, as in any list
    assert combo.currentData() == Policy.LEAST_AIRTIME_ITEM.value
    qtbot.keyClick(combo, Qt.Key.Key_N)
    qtbot.keyClick(combo, Qt.Key.Key_E)
    qtbot.keyClick(tab.rule_panel.limit_spin, Qt.Key.Key_Delete)
    button = tab.rule_panel.limits_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert len(limits) == 1  # Space pressed the button
    floor = tab.session.floor
    assert (floor.current_turn, logs, [p.entry.name for p in floor.placements()]) == (
        turn,
        [],
        ["Bea"],
    )
    qtbot.keyClick(combo, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert floor.stack_closed  # keys with Ctrl still reach the floor

    qtbot.keyClick(tab.stack_table, Qt.Key.Key_Space)
    assert tab.session.floor.current_turn is not None
    assert tab.session.floor.current_turn.paused
    qtbot.keyClick(tab.airtime_panel.people_table, Qt.Key.Key_L)
    assert len(logs) == 1


def test_a_closed_stack_refuses_before_asking_for_a_name(
    qtbot: QtBot,
    room: tuple[Meeting, dict[str, Person]],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.feedback import Alert

    _, people = room
    window = make_window()
    tab = open_floor(window, qtbot)
    asked = picks(monkeypatch, *[people["Ana"]] * 3)
    alerts: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _t, text: alerts.append(text)))
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)
    assert asked == []  # no list of people: a new name typed there would join the directory
    assert alerts == [
        "The stack is closed for this item. These can still be added: Point of process, "
        "Technical point / language, Clarifying question, Direct response."
    ]
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_D)  # a direct response is still taken
    assert names(tab) == ["Ana"]
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)  # reopened: Ana joins the general stack…
    qtbot.keyClick(tab.stack_table, Qt.Key.Key_A)  # …once
    assert names(tab) == ["Ana", "Ana"]
    assert alerts[1:] == ["Ana is already waiting on the stack."]
