"""Record decision: who moved and who seconded, picked from the people present (a few letters
of the name find them) or typed for someone who is not in the directory; optional."""

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import Decision, Outcome, Someone
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.decision_dialog import DecisionDialog
from meetingkit.ui.main_window import MainWindow

ROOM = [
    Someone("Aisha Bello", 1),
    Someone("Ana Lima", 2),
    Someone("Carmen Ruiz", 3),
    Someone("Dele Okafor", 4),
]


def _dialog(qtbot: QtBot, existing: Decision | None = None) -> DecisionDialog:
    dialog = DecisionDialog("Dues", existing, present=ROOM)
    qtbot.addWidget(dialog)
    return dialog


def test_nobody_is_recorded_unless_given(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    for box in (dialog.moved_by_box, dialog.seconded_by_box):
        assert box.currentText() == ""
        assert box.lineEdit().placeholderText() == "Optional"
        assert [box.itemText(i) for i in range(box.count())] == [s.name for s in ROOM]
    decision = dialog.decision()
    assert (decision.moved_by, decision.seconded_by) == (None, None)


def test_a_few_letters_find_someone_present(qtbot: QtBot) -> None:
    """ "oka" finds Dele Okafor in the completer's list; Enter there takes him."""
    dialog = _dialog(qtbot)
    dialog.show()
    box = dialog.moved_by_box
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "oka")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == "Dele Okafor"
    assert dialog.decision().moved_by == Someone("Dele Okafor", 4)


def test_picked_typed_and_typed_as_someone_present(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.moved_by_box.setCurrentIndex(2)  # picked from the list
    dialog.seconded_by_box.setEditText("  wren   from Local 9 ")  # not in the directory
    decision = dialog.decision().validated()
    assert decision.moved_by == Someone("Carmen Ruiz", 3)
    assert decision.seconded_by == Someone("wren from Local 9")
    # Typed as the list has them, case and accents aside: that person
    dialog.seconded_by_box.setEditText("ana lima")
    assert dialog.decision().seconded_by == Someone("Ana Lima", 2)


def test_a_recorded_motion_opens_as_it_was(qtbot: QtBot) -> None:
    """Its mover though no longer marked present, by record; a typed seconder, as typed."""
    recorded = Decision(
        "Dues",
        Outcome.MAJORITY,
        9,
        2,
        moved_by=Someone("Samuel Osei", 9),
        seconded_by=Someone("A visitor"),
    )
    dialog = _dialog(qtbot, recorded)
    assert dialog.moved_by_box.currentText() == "Samuel Osei"
    assert dialog.seconded_by_box.currentText() == "A visitor"
    assert dialog.decision() == recorded


def test_nobody_seconds_their_own_motion(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.moved_by_box.setCurrentIndex(3)
    dialog.seconded_by_box.setEditText("DELE OKAFOR")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith(
        "Dele Okafor moved the motion: someone else must second it."
    )


def _proposal_on_the_agenda(
    conn: sqlite3.Connection, make_window: Callable[[], MainWindow], present: Sequence[Person]
) -> tuple[Meeting, AgendaItem, AgendaRunner, list[Person]]:
    """A meeting with a proposal, "Dues", on its agenda, open in the window with the item
    selected, and `present` saved and marked present (as saved, in their order)."""
    meeting = MeetingStore(conn).create(
        Meeting("Local 12 general", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=60)
    )
    [item] = AgendaStore(conn).add_items(meeting.key, [AgendaItem("Dues", 20, ItemKind.PROPOSAL)])
    here = [PeopleStore(conn).add(person) for person in present]
    for person in here:
        AttendanceStore(conn).mark_present(meeting.key, person.key, 1, "manual")
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    agenda = window.meetings_page.view.agenda_tab
    agenda.editor.select_item(item.key)
    return meeting, item, agenda.runner, here


def test_recording_a_motion_from_the_agenda(
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialog lists who is present at the meeting; the decision is saved with the mover
    by record, and the agenda's minutes box says who moved and seconded."""
    PeopleStore(conn).add(Person("Absent", "Member"))
    _, item, runner, here = _proposal_on_the_agenda(
        conn, make_window, [Person("Ana", "Lima"), Person("Dele", "Okafor")]
    )
    listed: list[list[str]] = []

    def exec_(dialog: DecisionDialog) -> int:
        box = dialog.moved_by_box
        listed.append([box.itemText(i) for i in range(box.count())])
        dialog.proposal_edit.setPlainText("Raise dues by $2")
        dialog.outcome_combo.setCurrentIndex(list(Outcome).index(Outcome.MAJORITY))
        dialog.for_spin.setValue(12)
        box.setCurrentIndex(1)
        dialog.seconded_by_box.setEditText("Wren")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", exec_)
    runner.act_decision.trigger()
    assert listed == [["Ana Lima", "Dele Okafor"]]
    saved = DecisionStore(conn).decision(item.key)
    assert saved is not None
    assert (saved.moved_by, saved.seconded_by) == (
        Someone("Dele Okafor", here[1].key),
        Someone("Wren"),
    )
    assert "Moved by Dele Okafor, seconded by Wren" in runner.decision_label.text()


NAMESAKES = [Someone("Ana Lima", 2), Someone("Daniel Reyes", 5), Someone("Daniel Reyes", 6)]
TOLD_APART = {5: "Daniel Reyes · Registered nurse (RN)", 6: "Daniel Reyes · Physician (MD/DO)"}


def test_two_people_of_one_name_are_told_apart_and_recorded_by_name(qtbot: QtBot) -> None:
    """The lists say which Daniel Reyes is which; the one picked is recorded by record and
    name, and opens again as picked. Typed, the bare name is either: a name, not a record."""
    dialog = DecisionDialog("Dues", None, present=NAMESAKES, shown=TOLD_APART)
    qtbot.addWidget(dialog)
    box = dialog.moved_by_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Ana Lima",
        "Daniel Reyes · Registered nurse (RN)",
        "Daniel Reyes · Physician (MD/DO)",
    ]
    box.setCurrentIndex(2)
    dialog.seconded_by_box.setEditText("daniel reyes · registered nurse (rn)")  # as listed
    decision = dialog.decision()
    assert (decision.moved_by, decision.seconded_by) == (
        Someone("Daniel Reyes", 6),
        Someone("Daniel Reyes", 5),
    )
    again = DecisionDialog("Dues", decision, present=NAMESAKES, shown=TOLD_APART)
    qtbot.addWidget(again)
    assert again.moved_by_box.currentText() == "Daniel Reyes · Physician (MD/DO)"
    assert again.decision() == decision
    again.moved_by_box.setEditText("Daniel Reyes")
    assert again.decision().moved_by == Someone("Daniel Reyes")


def test_namesakes_present_are_told_apart_from_the_agenda(
    conn: sqlite3.Connection,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two Daniel Reyes signed in: the facilitator's lists add each one's profession, as the
    People screen shows it, and the one picked is saved by record."""
    daniels = [Person("Daniel", "Reyes", profession=p) for p in ("RN", "Pharmacist")]
    meeting, item, runner, here = _proposal_on_the_agenda(
        conn, make_window, [*daniels, Person("Ana", "Lima", profession="RN")]
    )
    listed: list[list[str]] = []

    def exec_(dialog: DecisionDialog) -> int:
        box = dialog.moved_by_box
        listed.append([box.itemText(i) for i in range(box.count())])
        dialog.outcome_combo.setCurrentIndex(list(Outcome).index(Outcome.MAJORITY))
        dialog.for_spin.setValue(12)
        box.setCurrentIndex(box.findText("Daniel Reyes · Pharmacist"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", exec_)
    runner.act_decision.trigger()
    [names] = listed
    assert sorted(names) == [  # the two Daniels in either order: one name sorts them alike
        "Ana Lima",
        "Daniel Reyes · Pharmacist",
        "Daniel Reyes · Registered nurse (RN)",
    ]
    saved = DecisionStore(conn).decision(item.key)
    assert saved is not None
    assert saved.moved_by == Someone("Daniel Reyes", here[1].key)
    # The pharmacist has left: opened again, the list still tells the two apart
    AttendanceStore(conn).mark_absent(meeting.key, here[1].key)

    def look(dialog: DecisionDialog) -> int:
        box = dialog.moved_by_box
        listed.append([box.itemText(i) for i in range(box.count())])
        return 0  # closed without saving

    monkeypatch.setattr(DecisionDialog, "exec", look)
    runner.act_decision.trigger()
    assert listed[-1] == [
        "Daniel Reyes · Pharmacist",  # recorded, though no longer marked present
        "Ana Lima",
        "Daniel Reyes · Registered nurse (RN)",
    ]
