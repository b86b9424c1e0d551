"""The Path panel: a column per phase, the app's own steps shown but not tickable, hand ticks
saved at once, and a link from each open step to where it is done."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.guided_path import Phase
from meetingkit.services.demo import Demo
from meetingkit.services.guided_path import GuidedPath
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui import language
from meetingkit.ui.guided_path_panel import GuidedPathPanel


@pytest.fixture
def path(conn: sqlite3.Connection, clock: ManualClock) -> GuidedPath:
    return GuidedPath(conn, clock)


@pytest.fixture
def panel(qtbot: QtBot, path: GuidedPath, conn: sqlite3.Connection, demo: Demo) -> GuidedPathPanel:
    widget = GuidedPathPanel(path)
    qtbot.addWidget(widget)
    widget.show_meeting(MeetingStore(conn).get(demo.meeting_id))  # tonight's, under way
    widget.show()
    return widget


def test_the_live_meeting_is_in_run_with_each_phase_counted(panel: GuidedPathPanel) -> None:
    assert panel.summary_label.text() == "Now: Run — 1 of 3 steps done"
    assert panel.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.columns[Phase.RUN].title().endswith("— now")
    assert not panel.columns[Phase.PLAN].title().endswith("— now")
    plan = panel.columns[Phase.PLAN].bar
    assert (plan.value(), plan.maximum()) == (2, 2)
    prepare = panel.columns[Phase.PREPARE].bar
    assert (prepare.value(), prepare.maximum()) == (0, 4)


def test_steps_the_app_checks_are_ticked_by_it_and_cannot_be_clicked(
    panel: GuidedPathPanel, qtbot: QtBot
) -> None:
    roles = panel.rows["roles"]
    assert roles.check.isChecked()
    assert not roles.check.isEnabled()
    assert "Checked by the app" in roles.check.toolTip()
    assert not roles.go.isVisibleTo(panel)
    run = panel.rows["agenda_run"]
    assert not run.check.isChecked()
    assert not run.check.isEnabled()
    qtbot.mouseClick(run.check, Qt.MouseButton.LeftButton)
    assert not run.check.isChecked()


def test_a_hand_tick_is_saved_at_once_and_can_be_taken_back(
    panel: GuidedPathPanel, qtbot: QtBot, path: GuidedPath, conn: sqlite3.Connection, demo: Demo
) -> None:
    meeting = MeetingStore(conn).get(demo.meeting_id)
    poster = panel.rows["printed_poster"]
    assert poster.check.isEnabled()
    assert not poster.check.isChecked()
    with qtbot.waitSignal(panel.path_changed) as changed:
        qtbot.mouseClick(poster.check, Qt.MouseButton.LeftButton)
    assert changed.args == [demo.meeting_id]
    assert poster.check.isChecked()
    assert not poster.go.isVisibleTo(panel)
    saved = next(s for s in path.progress(meeting).items if s.item.key == "printed_poster")
    assert saved.done
    assert panel.columns[Phase.PREPARE].bar.value() == 1
    qtbot.mouseClick(poster.check, Qt.MouseButton.LeftButton)
    assert not poster.check.isChecked()
    assert panel.columns[Phase.PREPARE].bar.value() == 0


def test_an_open_step_links_to_where_it_is_done(panel: GuidedPathPanel, qtbot: QtBot) -> None:
    go = panel.rows["printed_agenda"].go
    assert go.isVisibleTo(panel)
    with qtbot.waitSignal(panel.place_requested) as asked:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert asked.args == ["print_agenda"]


def test_steps_that_do_not_apply_are_greyed_and_say_so(panel: GuidedPathPanel) -> None:
    guide = panel.rows["printed_guide"]
    assert not guide.check.isEnabled()
    assert not guide.check.isChecked()
    assert guide.detail.text() == "Not needed for this meeting."
    assert not guide.go.isVisibleTo(panel)


def test_the_panel_follows_what_happened_elsewhere_on_refresh(
    panel: GuidedPathPanel, path: GuidedPath, demo: Demo
) -> None:
    assert not panel.rows["printed_agenda"].check.isChecked()
    path.record_printed(demo.meeting_id, "agenda")
    panel.refresh()
    assert panel.rows["printed_agenda"].check.isChecked()
    assert not panel.rows["printed_agenda"].check.isEnabled()  # the app saw it: not untickable


def test_without_a_meeting_the_panel_is_disabled(panel: GuidedPathPanel) -> None:
    panel.show_meeting(None)
    assert not panel.isEnabled()
    assert panel.progress is None


def test_a_step_is_ticked_by_clicking_its_words_too(panel: GuidedPathPanel, qtbot: QtBot) -> None:
    poster = panel.rows["printed_poster"]
    qtbot.mouseClick(poster.wording, Qt.MouseButton.LeftButton)
    assert poster.check.isChecked()
    run = panel.rows["agenda_run"]  # the app's own step: its words do not tick it either
    qtbot.mouseClick(run.wording, Qt.MouseButton.LeftButton)
    assert not run.check.isChecked()
    assert run.check.accessibleName() == run.wording.text()


@pytest.mark.parametrize("spoken", ["en", "es"])
def test_the_four_phases_fit_beside_the_meetings_list_without_scrolling(
    qtbot: QtBot,
    qapp: QApplication,
    path: GuidedPath,
    conn: sqlite3.Connection,
    demo: Demo,
    spoken: str,
) -> None:
    """At 1180 px the meeting's side is about 870 px: the steps wrap, nothing is cut off."""
    language.install(qapp, spoken)
    try:
        widget = GuidedPathPanel(path)
        qtbot.addWidget(widget)
        widget.show_meeting(MeetingStore(conn).get(demo.meeting_id))
        strip = widget.findChild(QScrollArea).widget()
        assert strip.minimumSizeHint().width() <= 860
    finally:
        language.install(qapp, "en")
