"""A module with timed steps gone through once, no roles changing ("Mapping the unit": one
round of Map + Share in groups of 4), is called timed steps, on the Curricula page and on the
panel that runs it; "rotation" is kept for modules whose roles rotate."""

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.rotation_panel import RotationPanel
from tests.ui.rotation_under_way import at_rotation

MakeWindow = Callable[[], MainWindow]


def _hows(window: MainWindow, title: str) -> dict[str, str]:
    """The Curricula page's "How" column for each module of the curriculum titled `title`."""
    window.show_curricula()
    page = window.curricula_page
    page.list.setCurrentRow(page.titles().index(title))
    tree = page.modules_tree
    items: list[QTreeWidgetItem] = []
    for n in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(n)
        items += [top.child(k) for k in range(top.childCount())]
    return {item.text(0): item.text(2) for item in items}


def test_the_curricula_page_says_rotation_only_where_roles_rotate(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    across = _hows(window, "Organizing across professions")
    assert across["Mapping the unit"] == "small groups, timed steps in groups of 4"
    assert across["One-on-ones across job titles"] == "pairs, timed steps in groups of 2"
    assert not [how for how in across.values() if "rotation" in how]
    one_on_ones = _hows(window, "One-on-one relational meetings")
    assert "small groups, rotation in groups of 3" in one_on_ones.values()


def _running(
    make_window: MakeWindow, conn: sqlite3.Connection, slug: str, title: str
) -> tuple[MainWindow, RotationPanel]:
    window, runner, _item = at_rotation(make_window, conn, slug, title)
    return window, runner.rotation_panel


def test_the_panel_runs_timed_steps_as_such(
    make_window: MakeWindow, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, panel = _running(make_window, conn, "across-professions", "Mapping the unit")
    assert panel.isVisible()
    assert panel.step_label.text() == "Timed steps ready"
    plan = panel.next_label.text()
    assert plan.startswith("Groups of 4: ")
    assert "round" not in plan
    assert panel.act_start.iconText() == "Start timed steps"
    panel.start()
    assert panel.total_label.text().endswith("left in the steps")
    assert panel.act_pause.text() == "Pause timed steps"
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Confirm, "ask", classmethod(lambda _c, _p, title, text, _b: asked.append((title, text)))
    )
    panel.start()  # under way: asks first
    assert asked[0][0] == "Restart the timed steps?"
    assert "round 1" not in asked[0][1]


def test_the_panel_still_says_rotation_where_roles_rotate(
    make_window: MakeWindow, conn: sqlite3.Connection
) -> None:
    _window, panel = _running(make_window, conn, "one-on-ones", "Practice in threes")
    assert panel.step_label.text() == "Rotation ready"
    assert "3 rounds ×" in panel.next_label.text()
    assert panel.act_start.iconText() == "Start rotation"
