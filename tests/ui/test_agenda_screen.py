"""The agenda tab driven from the keyboard, with the app's clock advanced by the test."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.agenda_run import ItemState
from meetingkit.core.clock import ManualClock
from meetingkit.core.decision import Decision, Objections, Outcome
from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import Demo
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.decisions import DecisionStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.agenda_item_dialog import AgendaItemDialog
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.decision_dialog import DecisionDialog, TemperatureCheckDialog
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath
from meetingkit.ui.tones import LIGHT_TONES
from tests.ui.typed_answers import typed

MakeWindow = Callable[[], MainWindow]


def answer_items(monkeypatch: pytest.MonkeyPatch, items: list[AgendaItem]) -> None:
    """AgendaItemDialog.ask returns these items, one per call, as if typed in and saved."""
    queue = list(items)

    def ask(
        _cls: type,
        _parent: object,
        draft: AgendaItem,
        _people: object,
        _title: str,
        save: Callable[[AgendaItem], object],
    ) -> AgendaItem:
        item = queue.pop(0)
        answered = AgendaItem(item.title, item.planned_minutes, item.kind, id=draft.id)
        save(answered)  # as the dialog does before it closes
        return answered

    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(ask))


@pytest.fixture
def tab_window(
    conn: sqlite3.Connection, make_window: MakeWindow
) -> tuple[MainWindow, AgendaTab, Meeting]:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19, 0), planned_minutes=30)
    )
    window = make_window()
    return window, window.meetings_page.view.agenda_tab, meeting


def shown_agenda(
    window: MainWindow, conn: sqlite3.Connection, meeting: Meeting, items: list[AgendaItem]
) -> list[AgendaItem]:
    """Give the meeting these items, stored, and show it with them in the window."""
    added = AgendaStore(conn).add_items(meeting.key, items)
    window.meetings_page.reload(select_id=meeting.key)
    return added


def titles(tab: AgendaTab) -> list[str]:
    model = tab.editor.model
    return [model.item(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window, key, modifier)


def test_building_and_reordering_an_agenda_by_keyboard(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    monkeypatch: pytest.MonkeyPatch,
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    answer_items(
        monkeypatch,
        [
            AgendaItem("Check-in", 5, ItemKind.WELCOME),
            AgendaItem("Break room survey", 20, ItemKind.DISCUSSION),
            AgendaItem("Plus / delta", 10, ItemKind.EVALUATION),
        ],
    )
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_A, ctrl_shift)
    assert titles(tab) == ["Check-in", "Break room survey", "Plus / delta"]
    # 35 minutes planned for a 30-minute meeting: the editor says so.
    assert tab.editor.warning_label.isVisibleTo(tab)
    assert "5 min over the planned 30 min" in tab.editor.warning_label.text()

    tab.editor.table.setFocus()
    tab.editor.select_item(tab.editor.model.item(2).key)  # type: ignore[union-attr]
    qtbot.keyClick(tab.editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == ["Check-in", "Plus / delta", "Break room survey"]
    stored = [i.title for i in AgendaStore(conn).items(meeting.key)]
    assert stored == ["Check-in", "Plus / delta", "Break room survey"]
    assert tab.editor.model.index(2, 0).data() == "19:15"  # start times follow the order

    window.show_people()  # Ctrl+Z elsewhere undid the move out of sight, without a word
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the move
    assert titles(tab) == ["Check-in", "Break room survey", "Plus / delta"]
    assert window.meetings_page.view.agenda_tab.isVisible()  # brought into view
    assert window.statusBar().currentMessage() == "Undid: Move “Plus / delta”"
    tab.editor.table.setFocus()
    qtbot.keyClick(tab.editor.table, Qt.Key.Key_Delete)  # deletes the selected item
    assert len(titles(tab)) == 2
    assert not tab.editor.warning_label.isVisibleTo(tab)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    assert len(titles(tab)) == 3
    press(qtbot, window, Qt.Key.Key_Z, ctrl_shift)  # and redo it
    assert len(AgendaStore(conn).items(meeting.key)) == 2


def test_running_two_items_with_the_keyboard(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, meeting = tab_window
    store = AgendaStore(conn)
    items = [AgendaItem("Check-in", 5), AgendaItem("Survey", 20), AgendaItem("Evaluation", 5)]
    shown_agenda(window, conn, meeting, items)
    first, second, _ = store.items(meeting.key)
    runner = tab.runner

    press(qtbot, window, Qt.Key.Key_F5)  # start the meeting and its first item
    assert runner.timer.isActive()
    clock.advance(4 * 60 + 30)
    runner.refresh()
    assert runner.countdown_label.text() == "0:30"
    amber, red = LIGHT_TONES.warning.name(), LIGHT_TONES.danger.name()
    assert f"color: {amber}" in runner.countdown_label.styleSheet()  # under 2 min: amber

    clock.advance(45)
    runner.refresh()
    assert runner.countdown_label.text() == "+0:15"
    assert f"color: {red}" in runner.countdown_label.styleSheet()  # over: red
    assert runner.detail_label.text() == "15\u00a0s over the planned 5 min"  # one unbroken span

    press(qtbot, window, Qt.Key.Key_F8)  # next item
    session = runner.session
    assert session is not None
    assert session.state(first.key) == ItemState.DONE
    assert tab.editor.selected_item() == session.item(second.key)  # selection follows
    clock.advance(60)
    press(qtbot, window, Qt.Key.Key_F6)  # pause
    clock.advance(600)  # ten paused minutes do not count
    press(qtbot, window, Qt.Key.Key_F6)  # resume
    clock.advance(14 * 60 + 1)
    runner.refresh()
    assert runner.time_check_banner.isVisibleTo(tab)  # 4:59 left: time check
    assert "Timekeeper, call time" in runner.time_check_banner.text()

    saved = store.run(meeting.key)  # everything is already on disk
    assert saved.done == frozenset({first.key})
    assert saved.current_item_id == second.key
    restarted = AgendaStore(conn).run(meeting.key)
    assert restarted == session.run.record
    assert session.run.elapsed_ms(second.key) == 15 * 60_000 + 1_000
    asked: list[tuple[str, str]] = []

    def answer(answer: bool) -> None:
        def ask(cls: type, parent: object, title: str, text: str, action: str) -> bool:
            asked.append((title, text))
            return answer

        monkeypatch.setattr(Confirm, "ask", classmethod(ask))

    answer(False)  # Shift+F8 by mistake, one key from F8: asked, and nothing ends
    press(qtbot, window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    [(title, text)] = asked
    assert title == "End the meeting?"
    assert text.startswith(
        "The clocks stop, and the meeting cannot be started again. It is recorded as lasting "
        "30\u00a0min\u00a016\u00a0s (19:10–19:40). 1 item"
    )
    assert text.endswith("not been reached.")  # the singular when English plurals are loaded
    assert store.run(meeting.key).ended_ms is None
    assert runner.timer.isActive()
    answer(True)
    press(qtbot, window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # end meeting
    assert store.run(meeting.key).ended_ms is not None
    assert not runner.timer.isActive()


def test_the_time_check_goes_with_its_item_and_f8_stops_when_nothing_is_left(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
) -> None:
    """ "Time check: 5:00 left on “Check-in”" stayed up while the next, shorter item ran; past
    the last item the screen said "press F8 for the next" and F8 did nothing."""
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Check-in", 10), AgendaItem("News", 5)])
    runner = tab.runner
    press(qtbot, window, Qt.Key.Key_F5)
    clock.advance(5 * 60)
    runner.refresh()
    assert "“Check-in”" in runner.time_check_banner.text()
    assert runner.time_check_banner.isVisibleTo(tab)
    press(qtbot, window, Qt.Key.Key_F8)  # News, 5 minutes: no time check of its own
    runner.refresh()
    assert not runner.time_check_banner.isVisibleTo(tab)
    assert runner.act_next.isEnabled()  # F8 finishes the last item
    press(qtbot, window, Qt.Key.Key_F8)
    assert not runner.act_next.isEnabled()
    assert runner.item_label.text() == "Every item is done. Press Shift+F8 to end the meeting."
    assert runner.act_end_meeting.isEnabled()


def test_the_running_row_the_big_clock_and_its_caption_say_the_same_second(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Check-in", 10)])
    press(qtbot, window, Qt.Key.Key_F5)
    clock.advance(10 * 60 + 200.6)  # 3 min 20.6 s over
    tab.runner.timer.timeout.emit()  # one tick: the clock face and the table repaint
    clock.advance(0.5)  # the table's cells are drawn a moment later, in the next second
    model = tab.editor.model
    assert tab.runner.countdown_label.text() == "+3:20"
    assert model.index(0, AgendaModel.COL_TIME).data() == "13 min 20 s (+3 min 20 s)"
    assert tab.runner.detail_label.text() == "3\u00a0min\u00a020\u00a0s over the planned 10 min"


def test_minutes_are_saved_as_you_type(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Survey", 20)])
    qtbot.keyClicks(tab.runner.minutes_edit, "71% miss breaks")
    qtbot.waitUntil(lambda: AgendaStore(conn).items(meeting.key)[0].minutes == "71% miss breaks")


def test_minutes_typed_just_before_closing_the_app_are_kept(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Survey", 20)])
    qtbot.keyClicks(tab.runner.minutes_edit, "Vote: 12 for")
    assert tab.runner.minutes_timer.isActive()  # not saved yet: typing has not paused
    window.close()
    assert AgendaStore(conn).items(meeting.key)[0].minutes == "Vote: 12 for"


def test_recording_a_decision_and_a_temperature_check(
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, meeting = tab_window
    [item] = shown_agenda(window, conn, meeting, [AgendaItem("Vigil", 20, ItemKind.PROPOSAL)])
    decision = Decision(
        "Hold a vigil on Dec 5", Outcome.CONSENSUS, stand_asides=Objections(("Mei",))
    )
    monkeypatch.setattr(DecisionDialog, "ask", typed(decision))
    tab.runner.act_decision.trigger()
    assert DecisionStore(conn).decision(item.key) == decision
    assert "Adopted by consensus; stand-asides: Mei" in tab.runner.decision_label.text()
    from meetingkit.core.decision import CheckKind, TemperatureCheck

    check = TemperatureCheck(CheckKind.TWINKLES, (9, 2, 0))
    monkeypatch.setattr(TemperatureCheckDialog, "ask", typed(check))
    tab.runner.act_check.trigger()
    assert (
        "Twinkles: up:\u00a09\u00a0· flat:\u00a02\u00a0· down:\u00a00"
        in tab.runner.decision_label.text()
    )


def test_the_decision_dialog_refuses_a_contradiction(qtbot: QtBot) -> None:
    dialog = DecisionDialog("Vigil", None)
    qtbot.addWidget(dialog)
    dialog.outcome_combo.setCurrentIndex(list(Outcome).index(Outcome.MAJORITY))
    dialog.for_spin.setValue(4)
    dialog.against_spin.setValue(9)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "not a majority" in dialog.error_label.text()
    assert not dialog.threshold_spin.isVisibleTo(dialog)
    dialog.outcome_combo.setCurrentIndex(list(Outcome).index(Outcome.MODIFIED_CONSENSUS))
    assert dialog.threshold_spin.isVisibleTo(dialog)


def test_a_restarted_meeting_says_the_time_while_closed_counted(
    demo: Demo,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
) -> None:
    make_window().close()  # the app ran the demo's meeting, and was closed…
    clock.advance(10 * 60)  # …for ten minutes
    window = make_window()
    banner = window.meetings_page.view.agenda_tab.runner.resume_banner
    assert banner.isVisibleTo(window)
    assert "closed for about 10 min" in banner.text()
    assert "as on a wall clock" in banner.text()


def test_a_restarted_meeting_paused_at_the_crash_says_no_item_ran(
    demo: Demo,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
) -> None:
    from meetingkit.services.agenda_session import AgendaSession

    meeting = MeetingStore(conn).get(demo.meeting_id)
    AgendaSession(meeting, conn, clock).toggle_pause()  # paused, then the laptop died
    clock.advance(10 * 60)
    window = make_window()
    banner = window.meetings_page.view.agenda_tab.runner.resume_banner
    assert banner.isVisibleTo(window)
    assert "while the agenda was paused: no item's time ran" in banner.text()
    assert "while this meeting ran" not in banner.text()


def keep_the_meeting_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+E then OK: the meeting dialog hands back the meeting unchanged."""
    from meetingkit.ui.meeting_dialog import MeetingDialog

    def ask(
        _cls: type,
        _parent: object,
        current: Meeting,
        _title: str,
        save: Callable[[Meeting], object],
        **_kw: object,
    ) -> Meeting:
        save(current)
        return current

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(ask))


def test_a_running_meeting_shown_again_by_the_running_app_says_nothing_of_a_restart(
    demo: Demo,
    conn: sqlite3.Connection,
    clock: ManualClock,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Editing the meeting, or looking at another and coming back, rebuilds its session; the
    app never closed, so there is no "resumed after a restart" to tell."""
    window = make_window()
    page, runner = window.meetings_page, window.meetings_page.view.agenda_tab.runner
    live = page.current_meeting()
    assert live is not None
    assert runner.session is not None
    assert runner.session.is_live()
    assert not runner.resume_banner.isVisibleTo(window)
    window.alive_timer.timeout.emit()
    clock.advance(10)  # less than a heartbeat later
    keep_the_meeting_as_it_is(monkeypatch)
    window.act_edit_meeting.trigger()
    assert not runner.resume_banner.isVisibleTo(window)
    other = next(m for m in MeetingStore(conn).all() if m.id != live.id)
    window.open_meeting(other.key)
    clock.advance(20 * 60)  # no heartbeat for the live meeting while another is shown
    window.open_meeting(live.key)
    assert page.current_meeting() == live
    assert not runner.resume_banner.isVisibleTo(window)


def test_print_agenda_from_the_file_menu(
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    target = tmp_path / "agenda.pdf"
    shown: list[Path] = []
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda _c, *_a: target))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, p: shown.append(p) or True))
    window.act_print_agenda.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert shown == [target]
    assert "opening it in your PDF viewer" in window.statusBar().currentMessage()


def test_minutes_typed_just_before_deleting_the_item_come_back_with_undo(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Survey", 20), AgendaItem("Vigil", 5)])
    tab.editor.select_item(tab.editor.model.item(0).key)  # type: ignore[union-attr]
    qtbot.keyClicks(tab.runner.minutes_edit, "Breaks missed on 4 West")
    tab.editor.act_delete.trigger()  # before the save delay has passed
    assert titles(tab) == ["Vigil"]
    tab.editor.act_undo.trigger()
    assert titles(tab) == ["Survey", "Vigil"]
    assert AgendaStore(conn).items(meeting.key)[0].minutes == "Breaks missed on 4 West"


def test_undo_survives_the_meeting_being_shown_again_but_not_another_meeting(
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem(t, 5) for t in "ABC"])
    editor = tab.editor
    editor.select_item(editor.model.item(1).key)  # type: ignore[union-attr]
    editor.act_delete.trigger()
    assert titles(tab) == ["A", "C"]
    keep_the_meeting_as_it_is(monkeypatch)
    window.act_edit_meeting.trigger()  # the meeting is shown again, with a new session
    assert editor.act_undo.isEnabled()
    editor.act_undo.trigger()  # acts on the session shown now
    assert titles(tab) == ["A", "B", "C"]
    assert [i.title for i in AgendaStore(conn).items(meeting.key)] == ["A", "B", "C"]
    editor.act_redo.trigger()
    assert titles(tab) == ["A", "C"]
    other = MeetingStore(conn).create(
        Meeting("Day shift check-in", dt.date(2026, 11, 22), dt.time(7, 0))
    )
    window.meetings_page.reload(select_id=other.key)
    window.meetings_page.reload(select_id=meeting.key)
    assert not editor.act_undo.isEnabled()  # another meeting's history is not this one's


def test_undo_and_redo_put_every_item_back_exactly_where_it_was(
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Moves renumber the items around a deleted (or undone) one: undo and redo still put
    each back in the row it had at that point of the history."""
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem(t, 5) for t in "ABCDE"])
    answer_items(monkeypatch, [AgendaItem("X", 5)])
    editor = tab.editor

    def select(title: str) -> None:
        editor.select_item(next(i.key for i in editor.session.items if i.title == title))  # type: ignore[union-attr]

    states = [titles(tab)]
    select("E")
    for _ in range(4):  # E to the top, one row at a time
        editor.act_up.trigger()
        states.append(titles(tab))
    editor.act_delete.trigger()
    states.append(titles(tab))
    select("B")
    editor.act_down.trigger()
    states.append(titles(tab))
    select("A")
    editor.act_add.trigger()  # X after A
    states.append(titles(tab))
    select("C")
    editor.act_up.trigger()
    states.append(titles(tab))
    assert states[4:] == [
        list("EABCD"),
        list("ABCD"),
        list("ACBD"),
        list("AXCBD"),
        list("ACXBD"),
    ]
    for state in reversed(states[:-1]):
        editor.act_undo.trigger()
        assert titles(tab) == state
    for state in states[1:]:
        editor.act_redo.trigger()
        assert titles(tab) == state
        assert [i.title for i in AgendaStore(conn).items(meeting.key)] == state


def test_undoing_the_deletion_of_the_running_item_puts_it_back_on(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    first, _ = shown_agenda(
        window, conn, meeting, [AgendaItem("Survey", 20), AgendaItem("Vigil", 5)]
    )
    press(qtbot, window, Qt.Key.Key_F5)
    clock.advance(60)
    tab.editor.select_item(first.key)
    tab.editor.act_delete.trigger()
    assert tab.runner.item_label.text().startswith("No item is on")
    clock.advance(30)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == ["Survey", "Vigil"]
    assert tab.runner.item_label.text() == "Survey"
    assert tab.runner.countdown_label.text() == "18:30"  # the half minute to undo counts
    assert AgendaStore(conn).run(meeting.key).current_item_id == first.key


def test_the_agenda_model_is_well_behaved_and_drops_ask_to_move(
    qtmodeltester: ModelTester,
    demo: Demo,
    make_window: MakeWindow,
) -> None:
    window = make_window()
    model = window.meetings_page.view.agenda_tab.editor.model
    qtmodeltester.check(model)
    moves: list[tuple[int, int]] = []
    model.move_requested.connect(lambda item_id, row: moves.append((item_id, row)))
    first = model.item(0)
    assert first is not None
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert moves == [(first.key, 2)]  # dropped above row 3: it lands after the third item
    third = model.item(2)  # the editor performed that move; the rows have changed
    assert third is not None
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert moves[-1] == (third.key, 0)


def test_a_drop_reorders_through_the_undo_stack(
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem(t, 5) for t in "ABC"])
    model = tab.editor.model
    model.dropMimeData(
        model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1)
    )
    assert titles(tab) == ["B", "C", "A"]
    tab.editor.act_undo.trigger()
    assert titles(tab) == ["A", "B", "C"]


def test_the_warning_threshold_is_set_per_meeting(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab, meeting = tab_window
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Survey", 20)])
    from meetingkit.ui.meeting_dialog import MeetingDialog

    def ask(
        _cls: type,
        _parent: object,
        current: Meeting,
        _title: str,
        save: Callable[[Meeting], object],
        **_kw: object,
    ) -> Meeting:
        dialog = MeetingDialog(current, "Edit")
        qtbot.addWidget(dialog)
        dialog.warning_spin.setValue(5)
        save(dialog.meeting())
        return dialog.meeting()

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(ask))
    window.act_edit_meeting.trigger()
    assert MeetingStore(conn).get(meeting.key).warning_minutes == 5
    tab.runner.act_start_meeting.trigger()
    clock.advance(15 * 60 + 30)  # 4:30 left: amber at a 5-minute threshold
    tab.runner.refresh()
    assert f"color: {LIGHT_TONES.warning.name()}" in tab.runner.countdown_label.styleSheet()


def test_the_real_dialogs_return_enums_not_strings(qtbot: QtBot) -> None:
    """Qt returns combo-box item data as str; every dialog must hand back the enum."""
    from meetingkit.core.decision import CheckKind
    from meetingkit.core.meeting import MeetingKind
    from meetingkit.ui.meeting_dialog import MeetingDialog

    meeting_dialog = MeetingDialog(Meeting("X", dt.date(2026, 11, 21), dt.time(18)), "Edit")
    qtbot.addWidget(meeting_dialog)
    meeting_dialog.kind_combo.setCurrentIndex(2)
    assert meeting_dialog.meeting().kind is MeetingKind.ASSEMBLY
    decision_dialog = DecisionDialog("Vigil", None)
    qtbot.addWidget(decision_dialog)
    decision_dialog.outcome_combo.setCurrentIndex(4)
    assert decision_dialog.decision().outcome is Outcome.WITHDRAWN
    check_dialog = TemperatureCheckDialog()
    qtbot.addWidget(check_dialog)
    check_dialog.kind_combo.setCurrentIndex(1)
    assert check_dialog.check().kind is CheckKind.FIST_TO_FIVE
    assert len(check_dialog.spins) == 6


def test_the_item_dialog_returns_an_item_kind(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    from meetingkit.storage.people import PeopleStore

    dialog = AgendaItemDialog(AgendaItem("Vigil", 20), PeopleStore(conn), "Edit")
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(list(ItemKind).index(ItemKind.PROPOSAL))
    assert dialog.item().kind is ItemKind.PROPOSAL


def test_on_a_small_screen_the_title_gives_way_and_a_dragged_width_is_kept_while_it_fits(
    qtbot: QtBot, tab_window: tuple[MainWindow, AgendaTab, Meeting], conn: sqlite3.Connection
) -> None:
    """A short title leaves its room to the other columns, which show whole
    (tests/ui/test_agenda_columns_readable.py); the table never scrolls sideways."""
    window, tab, meeting = tab_window
    shown_agenda(window, conn, meeting, [AgendaItem("Check-in", 5, ItemKind.WELCOME)])
    table, model = tab.editor.table, AgendaModel
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: table.columnWidth(model.COL_TITLE) > 400)
    kind = table.columnWidth(model.COL_KIND)
    table.setColumnWidth(model.COL_KIND, kind + 30)  # dragged by the facilitator: kept
    window.resize(1500, 900)
    qtbot.wait(10)
    assert table.columnWidth(model.COL_KIND) == kind + 30

    window.resize(1024, 640)
    qtbot.waitUntil(lambda: table.columnWidth(model.COL_TITLE) < 300)
    assert table.columnWidth(model.COL_KIND) >= kind  # never narrower than "Welcome & ..."
    assert table.horizontalScrollBar().maximum() == 0


def test_an_item_that_ran_over_shows_its_whole_time_when_there_is_room_and_in_its_tip(
    qtbot: QtBot,
    tab_window: tuple[MainWindow, AgendaTab, Meeting],
    clock: ManualClock,
    conn: sqlite3.Connection,
) -> None:
    window, tab, meeting = tab_window
    check_in = "Check-in: how is everyone arriving tonight?"  # a title that wants its room
    shown_agenda(window, conn, meeting, [AgendaItem(check_in, 5), AgendaItem("Survey", 20)])
    press(qtbot, window, Qt.Key.Key_F5)
    clock.advance(13 * 60 + 28)
    press(qtbot, window, Qt.Key.Key_F8)  # the check-in ends 8 min 28 s over
    table, model = tab.editor.table, tab.editor.model
    used = model.index(0, AgendaModel.COL_TIME)
    assert used.data() == "13 min 28 s (+8 min 28 s)"
    tip = "13 min 28 s used: 8 min 28 s over the planned 5 min"
    assert used.data(Qt.ItemDataRole.ToolTipRole) == tip
    survey = model.index(1, AgendaModel.COL_TIME)
    assert survey.data(Qt.ItemDataRole.ToolTipRole) == "Survey"  # running: its title

    clock.advance(21 * 60)  # the survey runs a minute over, then is set aside for the check-in
    tab.editor.select_item(model.index(0, 0).data(AgendaModel.ItemRole).key)
    press(qtbot, window, Qt.Key.Key_F7)
    assert survey.data() == "21 min (+1 min)"
    assert survey.data(Qt.ItemDataRole.ToolTipRole) == (
        "21 min used: 1 min over the planned 20 min"
    )

    window.resize(1600, 900)
    qtbot.waitUntil(lambda: used.data() == "13 min 28 s (+8 min 28 s)")
    shown = table.sizeHintForIndex(used).width()  # the text with its cell's margins
    assert table.columnWidth(AgendaModel.COL_TIME) >= shown  # not cut to "13 min 28 s (+8…"
    window.resize(1024, 640)  # no room for the time over: its tooltip says it
    qtbot.waitUntil(lambda: used.data() == "13 min 28 s")
    shown = table.sizeHintForIndex(used).width()
    assert table.columnWidth(AgendaModel.COL_TIME) >= shown
    assert used.data(Qt.ItemDataRole.ToolTipRole) == tip
