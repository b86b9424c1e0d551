"""What a screen reader hears of the labels that show the room's state (QA 16a): both what a
label is and what it shows. Each had its role as its accessible name, and Qt reads a label's
name in place of its text, so the reader said "Speaker" and "Time left in this turn" and never
who had the floor, nor how long. The text is now the name and the role the description."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.floor import Cue
from meetingkit.core.meeting import Meeting
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.demo import Demo
from meetingkit.services.floor_session import FloorSnapshot, SpeakerView
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.labels import error_label
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow

from .test_floor_over_time_blink import T0, speaking

MakeWindow = Callable[..., MainWindow]


def heard(label: QLabel) -> tuple[str, str]:
    """The name and description Qt gives a screen reader for `label`."""
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_the_floor_says_who_speaks_and_the_time_left(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    clock = ManualClock(T0)
    tab = speaking(qtbot, conn, clock)
    clock.advance(5)
    tab.tick()
    assert heard(tab.speaker_label) == ("Ana", "Speaker")
    assert heard(tab.turn_label) == ("1:55", "Time left in this turn")
    clock.advance(1)
    tab.tick()  # the name follows the clock
    assert heard(tab.turn_label) == ("1:54", "Time left in this turn")
    tab.end_turn()
    assert heard(tab.speaker_label) == ("The floor is open", "Speaker")


def test_the_agenda_says_the_time_left_and_the_meeting_clock(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow, clock: ManualClock
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19, 10), planned_minutes=30)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 10)])
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # start the meeting
    runner = window.meetings_page.view.agenda_tab.runner
    clock.advance(60)
    runner.refresh()
    assert heard(runner.countdown_label) == ("9:00", "Time left on the current item")
    assert heard(runner.meeting_label) == (
        "Meeting: 1\u00a0min so far · projected end 19:20",
        "Meeting clock",
    )


def test_the_projector_says_who_speaks_and_the_time_left(qtbot: QtBot) -> None:
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    ana = SpeakerView("Ana", EntryKind.GENERAL, 30_000, 120_000, Cue.NONE, False)
    snapshot = FloorSnapshot(ana, ("Bo",), 1, False, "", "", ())
    projector.show_snapshot(snapshot, "Report-backs", 600_000, Vocabulary.ASSEMBLY, False)
    assert heard(projector.speaker_label) == ("Ana", "Speaking now")
    assert heard(projector.timer_label) == ("1:30", "Time left in this turn")
    assert heard(projector.item_countdown_label) == ("10:00", "Time left on the agenda item")
    assert heard(projector.next_label) == ("Next: Bo", "Next on the stack")


def test_an_error_is_read_as_its_message(qtbot: QtBot) -> None:
    label = error_label()
    qtbot.addWidget(label)
    label.setText("The title is empty.")
    assert heard(label) == ("The title is empty.", "Error")


def test_the_meeting_clock_changes_once_a_second_past_its_planned_end(
    qtbot: QtBot, conn: sqlite3.Connection, make_window: MakeWindow, clock: ManualClock
) -> None:
    """Its time so far and its time past the planned end each turned over on their own
    second: the line changed (and a screen reader was told of it) twice a second."""
    meeting = MeetingStore(conn).create(
        Meeting("Night shift check-in", dt.date(2026, 11, 21), dt.time(19, 10), planned_minutes=1)
    )
    AgendaStore(conn).add_items(meeting.key, [AgendaItem("Check-in", 1)])
    window = make_window()
    window.meetings_page.reload(select_id=meeting.key)
    clock.advance(0.4)  # started off the whole second the planned end falls on
    qtbot.keyClick(window, Qt.Key.Key_F5)
    runner = window.meetings_page.view.agenda_tab.runner
    clock.advance(180)  # two minutes past the planned end: both counts shown
    runner.refresh()
    assert "past the planned end" in runner.meeting_label.text()
    changes, shown = 0, runner.meeting_label.text()
    for _ in range(30):  # three seconds, a tick every 100 ms
        clock.advance(0.1)
        runner.refresh()
        changes += runner.meeting_label.text() != shown
        shown = runner.meeting_label.text()
    assert changes == 3


def test_no_label_in_the_window_hides_what_it_shows_behind_its_role(
    qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    """Every label of every page and tab, with tonight's meeting open: a label given an
    accessible name is heard by that name in place of its text, so the name must say the text
    (`labels.describe_as` gives the role as its description instead). The sign-in tab's
    address and count, a meeting's planned end and a role's holders were heard by role alone."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    for show in (view.show_floor, view.show_signin, view.show_roles, view.show_agenda):
        show()  # each tab is made as it is first shown
    unheard = []
    for label in window.findChildren(QLabel):
        text = label.text().replace("&", "")
        if not text or label.accessibleName() == "" or "<" in text:
            continue  # no name: heard by its text; rich text: read by its own rules
        name, _ = heard(label)
        if text not in name:
            unheard.append((name, text))
    assert unheard == []
