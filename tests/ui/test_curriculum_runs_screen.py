"""The Curricula page knows a curriculum's trainings: when each was, with which group, how many
of its modules ran, how many of the curriculum's modules were covered, and one click to open
a training. The demo's training shows under the one-on-ones curriculum."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda_run import RunRecord, Segment
from meetingkit.core.i18n import meeting_day
from meetingkit.core.meeting import MeetingKind
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.demo import Demo
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.curricula_page import CurriculaPage
from meetingkit.ui.main_window import MainWindow
from tests.ui.conftest import TODAY

MakeWindow = Callable[..., MainWindow]


def curricula_on(window: MainWindow, title: str) -> CurriculaPage:
    window.show_curricula()
    page = window.curricula_page
    page.list.setCurrentRow(next(n for n, t in enumerate(page.titles()) if t.startswith(title)))
    return page


def test_the_demos_training_shows_under_its_curriculum_and_opens(
    make_window: MakeWindow, demo: Demo, conn: sqlite3.Connection, qtbot: QtBot
) -> None:
    window = make_window()
    page = curricula_on(window, "One-on-one relational meetings")
    panel = page.runs_panel
    assert panel.isVisibleTo(page)
    [training] = [m for m in MeetingStore(conn).all() if m.kind is MeetingKind.TRAINING]
    day = meeting_day(training.date, TODAY)  # next week's
    assert panel.trainings() == [
        (day, "One-on-one conversations: a training for new organizers", "", "9 planned")
    ]
    assert panel.summary_label.text() == f"Planned: {day}"
    assert panel.act_open.isEnabled()  # the latest is chosen
    with qtbot.waitSignal(page.training_opened) as opened:
        panel.act_open.trigger()
    assert opened.args == [training.key]
    assert window.pages.currentWidget() is window.meetings_page
    assert window.meetings_page.current_meeting() == training


def test_a_curriculum_run_in_part_says_what_its_trainings_covered(
    make_window: MakeWindow, conn: sqlite3.Connection
) -> None:
    """Two held trainings, each of which ran some modules, and one never started: the page
    counts the curriculum's modules covered and names those not covered yet."""
    curriculum, problems = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None, problems
    titles = [m.title for m in curriculum.modules()]
    agenda = AgendaStore(conn)
    for day, started in ((dt.date(2026, 10, 3), 3), (dt.date(2026, 10, 10), 5)):
        meeting = create_training(conn, curriculum, day, dt.time(10, 0))
        items = agenda.items(meeting.key)[:started]
        segments = tuple(Segment(i.key, n, n + 1) for n, i in enumerate(items))
        done = frozenset(i.key for i in items)
        agenda.save_run(meeting.key, RunRecord(1, 99, None, segments, done), seen_ms=None)
    create_training(conn, curriculum, dt.date(2026, 11, 7), dt.time(10, 0))  # never started

    window = make_window()
    page = curricula_on(window, "One-on-one relational meetings")
    panel = page.runs_panel
    total = len(titles)
    # "training(s)" until the English plural forms are in the translations
    assert re.fullmatch(
        rf"Ran in 3 training(s|\(s\)): 3 Oct, 10 Oct, 7 Nov · modules covered 5 of {total}",
        panel.summary_label.text(),
    )
    assert panel.summary_label.toolTip() == "Not covered yet: " + "; ".join(titles[5:])
    rows = panel.trainings()
    assert [r[3] for r in rows] == [f"3 of {total} run", f"5 of {total} run", "not recorded"]
    second = panel.list.topLevelItem(1)
    assert second is not None
    assert second.toolTip(3) == "Not run: " + "; ".join(titles[5:])


def test_a_curriculum_never_run_says_so_and_a_new_training_shows_on_return(
    make_window: MakeWindow, conn: sqlite3.Connection
) -> None:
    window = make_window()
    page = curricula_on(window, "Power mapping")
    panel = page.runs_panel
    assert panel.summary_label.text() == "No training has been made from this curriculum yet."
    assert not panel.list.isVisibleTo(page)
    assert not panel.act_open.isEnabled()
    curriculum = page.current()
    assert curriculum is not None
    create_training(conn, curriculum, dt.date(2026, 12, 1), dt.time(9, 0))
    window.show_meetings()
    window.show_curricula()
    assert panel.list.isVisibleTo(page)
    assert panel.summary_label.text() == "Planned: 1 Dec"
    item = panel.list.topLevelItem(0)
    assert item is not None
    assert item.flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags  # read-only


def test_the_group_column_shows_only_when_a_training_has_a_group(
    make_window: MakeWindow, demo: Demo, conn: sqlite3.Connection
) -> None:
    """QA round 11: trainings of no group (the usual case) left an empty "Group" column."""
    from meetingkit.core.group import Group
    from meetingkit.storage.groups import GroupStore

    window = make_window()
    page = curricula_on(window, "One-on-one relational meetings")
    panel = page.runs_panel
    assert panel.trainings()[0][panel.COL_GROUP] == ""
    assert panel.list.isColumnHidden(panel.COL_GROUP)
    [training] = [m for m in MeetingStore(conn).all() if m.kind is MeetingKind.TRAINING]
    groups = GroupStore(conn)
    groups.set_meeting_group(training.key, groups.create(Group("New organizers")).key)
    window.show_meetings()
    window.show_curricula()
    assert panel.trainings()[0][panel.COL_GROUP] == "New organizers"
    assert not panel.list.isColumnHidden(panel.COL_GROUP)
