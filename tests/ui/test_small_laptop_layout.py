"""A maximized window on a 1366x768 laptop at 125 % with a taskbar has 1093x559 pixels: the
facilitator's controls on the floor and the agenda are in view there without scrolling, and
stay so at 1280x720 and 1920x1080 (QA round 15c: the stack table pushed Give floor, Withdraw,
the note under the stack and Log below the fold; Record decision and Temperature check sat
under the clock, below it)."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.services.demo import Demo
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui import language
from meetingkit.ui.main_window import MainWindow
from tests.ui.laid_out import laid_out

MakeWindow = Callable[..., MainWindow]
SIZES = [(1093, 559), (1280, 720), (1920, 1080)]


def in_view(widget: QWidget, window: QWidget) -> QRect:
    """What of `window` shows `widget`'s ancestors: the window, cut by every scroll area's
    viewport around it."""
    seen = QRect(window.rect())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            seen = seen.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return seen


def where(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def out_of_view(window: QWidget, widgets: dict[str, QWidget]) -> list[str]:
    return [
        f"{name}: {where(w, window)} not in {in_view(w, window)}"
        for name, w in widgets.items()
        if w.isVisible() and not in_view(w, window).contains(where(w, window))
    ]


def buttons(panel: QWidget, *actions: QAction) -> dict[str, QWidget]:
    """The buttons on `panel` that `actions` are pressed with, by their text."""
    return {
        f"button {b.text()}": b
        for action in actions
        for b in action.associatedObjects()
        if isinstance(b, QAbstractButton) and panel.isAncestorOf(b)
    }


def _window(make_window: MakeWindow, demo: Demo, size: tuple[int, int]) -> MainWindow:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.resize(*size)
    return window


@pytest.mark.parametrize("paused", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_the_floor_s_controls_are_in_view_without_scrolling(
    size: tuple[int, int],
    paused: bool,
    spoken: str,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    window = _window(make_window, demo, size)
    window.show_floor()
    tab = window.meetings_page.view.floor_tab
    if paused:  # a line under the speaker says so
        tab.toggle_pause()
        assert tab.kind_label.text()
    laid_out(qtbot)
    controls = buttons(
        tab,
        tab.act_next,
        tab.act_pause,
        tab.act_end,
        *tab.add_actions.values(),
        tab.act_give,
        tab.act_withdraw,
        tab.act_refuse,
        tab.act_up,
        tab.act_down,
        tab.act_resort,
        tab.act_close,
        tab.act_log,
    )
    assert len(controls) == 16
    [unheard] = [
        b for b in tab.findChildren(QToolButton) if b.menu() and tab.act_carry in b.menu().actions()
    ]
    controls["button Unheard"] = unheard
    controls["stack note"] = tab.stack_note
    controls["speaker"] = tab.speaker_label
    controls["turn clock"] = tab.turn_label
    assert tab.stack_note.text()  # who waits, while someone speaks
    assert out_of_view(window, controls) == [], (size, spoken)
    # The stack yields room first, but shows its next speakers
    table = tab.stack_table
    shown = table.viewport().height()
    assert shown >= 2 * table.verticalHeader().defaultSectionSize() - 2, (size, spoken)


@pytest.mark.parametrize("size", SIZES)
def test_the_agenda_s_controls_are_in_view_beside_the_clock(
    size: tuple[int, int], spoken: str, qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    window = _window(make_window, demo, size)
    window.meetings_page.view.show_agenda()
    laid_out(qtbot)
    runner = window.meetings_page.view.agenda_tab.runner
    controls = buttons(
        runner,
        runner.act_start_meeting,
        runner.act_pause,
        runner.act_next,
        runner.act_end_meeting,
        runner.act_decision,
        runner.act_check,
    )
    assert len(controls) == 6
    controls["clock"] = runner.countdown_label
    controls["meeting clock"] = runner.meeting_label
    controls["minutes"] = runner.minutes_edit
    assert out_of_view(window, controls) == [], (size, spoken)
    lines = runner.minutes_edit.fontMetrics().lineSpacing()
    assert runner.minutes_edit.height() >= 3 * lines


def test_the_meeting_clock_has_its_lines_as_soon_as_it_wraps_onto_more(
    qtbot: QtBot, make_window: MakeWindow, conn: sqlite3.Connection, clock: ManualClock
) -> None:
    """In Spanish the meeting's clock line takes a third line once the meeting runs late
    ("— 6 min 28 s después del fin previsto"): it was drawn over the lines above and below
    it, in the height of two (QA round 15c, a screenshot taken on the tick it grew)."""
    language.install(QApplication.instance(), "es")  # type: ignore[arg-type]
    try:
        meeting = MeetingStore(conn).create(
            Meeting("Turno de noche", dt.date(2026, 11, 21), dt.time(19, 10), planned_minutes=30)
        )
        AgendaStore(conn).add_items(meeting.key, [AgendaItem("Ronda", 10), AgendaItem("Plan", 10)])
        window = make_window()
        window.open_meeting(meeting.key)
        window.resize(1093, 614)
        runner = window.meetings_page.view.agenda_tab.runner
        runner.start_meeting()
        laid_out(qtbot)
        label = runner.meeting_label
        grew = False
        for _ in range(30):  # a minute a tick, past the planned end
            lines = label.heightForWidth(label.width())
            clock.advance(61)
            runner.refresh()  # a tick, and nothing else before the screen is drawn
            grew = grew or label.heightForWidth(label.width()) > lines
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert grew
        assert "después del fin previsto" in label.text()
        tallest = label.height()
        for _ in range(60):  # "1 min 1 s" takes a line less than "1 min 21 s": kept
            clock.advance(1)
            runner.refresh()
            laid_out(qtbot)
            assert label.height() == tallest, label.text()
    finally:
        language.install(QApplication.instance(), "en")  # type: ignore[arg-type]
