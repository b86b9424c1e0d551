"""A training module shortened below its timed rotation is said where the trainer shortens it
and where it runs: the item dialog warns as the curriculum check words it, and the run panel
names the rotation's length beside the module's (QA 15a, finding 3: "Finding a shared demand"
cut to 15 minutes, its rotation 21, accepted silently everywhere)."""

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_item_dialog import AgendaItemDialog
from meetingkit.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
DEMAND = "Finding a shared demand"


@pytest.fixture
def demand(conn: sqlite3.Connection) -> AgendaItem:
    """The module of training 12: 28 minutes, a rotation of one round of 21 minutes."""
    curriculum, problems = load_curriculum(curricula_dir() / "across-professions")
    assert curriculum is not None, problems
    training = create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))
    item = next(i for i in AgendaStore(conn).items(training.key) if i.title == DEMAND)
    assert item.rotation is not None
    assert item.rotation.total_seconds == 21 * 60
    assert item.planned_minutes == 28
    return item


def test_the_item_dialog_warns_when_the_time_no_longer_holds_the_rotation(
    qtbot: QtBot, conn: sqlite3.Connection, demand: AgendaItem
) -> None:
    dialog = AgendaItemDialog(demand, PeopleStore(conn), "Edit agenda item")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.rotation_label.isVisibleTo(dialog)
    dialog.minutes_spin.setValue(15)
    assert dialog.rotation_label.isVisibleTo(dialog)
    assert dialog.rotation_label.text() == (
        "The rotation takes 21 min (1 round × 21 min), more than the module's 15 min. Plan at "
        "least 21 min for it, or its groups will run past its time."
    )
    dialog.minutes_spin.setValue(21)  # it fits again
    assert not dialog.rotation_label.isVisibleTo(dialog)
    assert dialog.item().planned_minutes == 21  # a warning, not a refusal


def test_an_item_without_timed_steps_is_never_warned(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    dialog = AgendaItemDialog(AgendaItem("Report-backs", 20), PeopleStore(conn), "Edit")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes_spin.setValue(1)
    assert not dialog.rotation_label.isVisibleTo(dialog)


def test_the_run_panel_names_the_rotations_length_beside_the_shortened_module(
    conn: sqlite3.Connection, demand: AgendaItem, make_window: MakeWindow
) -> None:
    AgendaStore(conn).update_item(replace(demand, planned_minutes=15))
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    session = runner.session
    assert session is not None
    runner.act_start_meeting.trigger()
    session.start_item(demand.key)
    runner.refresh()
    assert (
        runner.detail_label.text() == "left of the planned 15 min · its rotation takes 21\u00a0min"
    )

    others = next(i for i in session.items if i.rotation is None and i.key != demand.key)
    session.start_item(others.key)
    runner.refresh()
    assert "rotation" not in runner.detail_label.text()
