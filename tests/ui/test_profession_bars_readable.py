"""The Groups page's balance chart names every profession whole, in English and in Spanish,
on a 1024×768 projector-sized screen and a 1366×768 laptop: beside its bars on up to two lines
where a third of the chart has room, else on a line of its own above them. Hovering a row
says its profession and shares."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QFontInfo, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from meetingkit.core.group import Group, GroupKind
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage import transaction
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import language
from meetingkit.ui.airtime_bars import group_label
from meetingkit.ui.groups_page import TAB_BALANCE
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.profession_bars import (
    LABEL_LINES,
    LABEL_SHARE,
    WRAPPED,
    ProfessionBars,
    ProfessionShare,
)

# The demo working group's professions with the longest names.
PROFESSIONS = (
    "Registered nurse (RN)",
    "Home health aide",
    "Patient care technician",
    "Pharmacist",
    "Student",
)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.fixture
def group_id(conn: sqlite3.Connection) -> int:
    """A working group's two meetings, one person of each profession at each."""
    people, meetings, attendance = PeopleStore(conn), MeetingStore(conn), AttendanceStore(conn)
    groups = GroupStore(conn)
    with transaction(conn):
        group = groups.create(Group("Safe Staffing Working Group", GroupKind.WORKING_GROUP))
        held = []
        for day in (dt.date(2026, 10, 6), dt.date(2026, 11, 3)):
            meeting = meetings.create(Meeting(f"Working group {day:%B}", day, dt.time(18, 30)))
            groups.set_meeting_group(meeting.key, group.key)
            held.append(meeting)
        for n, profession in enumerate(PROFESSIONS):
            person = people.add(Person(f"Person{n}", "Okafor", profession=profession))
            for meeting in held:
                stamp = int(dt.datetime.combine(meeting.date, meeting.start).timestamp() * 1000)
                attendance.mark_present(meeting.key, person.key, stamp, "manual")
    return group.key


def assert_names_whole(bars: ProfessionBars) -> None:
    """Every row draws its profession's whole name, within the chart and its own row, with
    no word broken across lines."""
    metrics = QFontMetricsF(bars.font())
    at = bars._layout(float(bars.width()))
    assert len(at.rows) == len(bars.shares())
    for row in at.rows:
        name = group_label(row.share.profession)
        assert row.text == name  # not elided
        needed = metrics.boundingRect(QRectF(row.label.topLeft(), row.label.size()), WRAPPED, name)
        assert needed.width() <= row.label.width() + 0.5, name
        assert needed.height() <= row.label.height() + 0.5, name
        assert row.label.right() <= bars.width()
        assert row.label.top() >= row.top
        assert row.label.bottom() <= row.top + row.height
        for word in name.split():
            assert metrics.horizontalAdvance(word) <= row.label.width() + 0.5, word


def balance_bars(
    make_window: Callable[..., MainWindow], group_id: int, size: tuple[int, int], qtbot: QtBot
) -> ProfessionBars:
    window = make_window()
    window.resize(*size)
    window.show_groups()
    page = window.groups_page
    page.refresh(select_id=group_id)
    qtbot.waitUntil(lambda: page.overview() is not None)
    page.tabs.setCurrentIndex(TAB_BALANCE)
    for _ in range(3):
        QApplication.processEvents()
    bars = page.balance_tab.bars
    assert len(bars.shares()) == len(PROFESSIONS)
    return bars


SIZES = [(1024, 768), (1366, 768)]


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1366x768"])
def test_the_balance_chart_names_every_profession_whole(
    make_window: Callable[..., MainWindow], group_id: int, size: tuple[int, int], qtbot: QtBot
) -> None:
    """QA: "Patient care techn…" and "Home health ai…" were cut at 35% of the chart."""
    assert_names_whole(balance_bars(make_window, group_id, size, qtbot))


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1366x768"])
def test_the_balance_chart_names_every_profession_whole_in_spanish(
    make_window: Callable[..., MainWindow], group_id: int, size: tuple[int, int], qtbot: QtBot
) -> None:
    """QA: "Auxiliar de sa…", "Técnica/o de …" and "Farmacéutica…" in Spanish."""
    bars = balance_bars(make_window, group_id, size, qtbot)
    assert "Auxiliar de salud en el hogar" in [group_label(s.profession) for s in bars.shares()]
    assert_names_whole(bars)


SPANISH = (
    ProfessionShare("Enfermera/o registrada/o (RN)", 0.4, 0.35),
    ProfessionShare("Auxiliar de salud en el hogar", 0.2, 0.1),
    ProfessionShare("Técnica/o de atención al paciente", 0.0, 0.05),
    ProfessionShare("Farmacéutica/o", 0.1, 0.1),
)


def fit_beside(bars: ProfessionBars, width: int) -> bool | None:
    """Whether every name fits in a third of a chart `width` wide (LABEL_SHARE, less half a
    line's height between the names and the bars) on up to LABEL_LINES lines, no word broken,
    as measured in the chart's font; None when a few pixels either way would change the
    answer (then the chart may do either)."""
    metrics = QFontMetricsF(bars.font())
    gap = QFontInfo(bars.font()).pixelSize() * 0.5

    def fits(room: float) -> bool:
        for share in bars.shares():
            name = group_label(share.profession)
            if any(metrics.horizontalAdvance(word) > room for word in name.split()):
                return False
            wrapped = metrics.boundingRect(QRectF(0, 0, room, 10_000), WRAPPED, name)
            if wrapped.height() >= metrics.lineSpacing() * (LABEL_LINES + 0.5):
                return False
        return True

    room = width * LABEL_SHARE - gap
    narrower, wider = fits(room - 3), fits(room + 3)
    return narrower if narrower == wider else None


@pytest.mark.parametrize("width", [200, 260, 360, 520])
def test_names_stand_above_their_bars_only_when_a_third_of_the_chart_is_too_narrow(
    qtbot: QtBot, width: int
) -> None:
    """In the usual font the names stood above their bars below a 360-pixel chart; in a
    wider or narrower one, where its measures say."""
    bars = ProfessionBars()
    qtbot.addWidget(bars)
    bars.set_shares(SPANISH, "3 nov")
    bars.resize(width, bars.heightForWidth(width))
    assert_names_whole(bars)
    beside = fit_beside(bars, width)
    if beside is not None:
        assert bars.names_above() == (not beside)
    if width in (200, 520):  # too narrow, and wide enough, in any font near the usual one
        assert bars.names_above() == (width == 200)
    assert bars.heightForWidth(width) >= bars._layout(float(width)).height


def test_a_name_wider_than_a_narrow_chart_wraps_above_its_bars(qtbot: QtBot) -> None:
    """A chart a little narrower than its longest name, "Técnica/o de atención al paciente",
    cut it short to "…al pacie…"; it wraps onto a second line, whole, and the chart is as
    tall as its lines."""
    bars = ProfessionBars()
    qtbot.addWidget(bars)
    bars.set_shares(SPANISH, "3 nov")
    metrics = QFontMetricsF(bars.font())
    longest = max(metrics.horizontalAdvance(group_label(s.profession)) for s in SPANISH)
    for width in (math.floor(longest) - 1, math.floor(longest * 0.75)):
        bars.resize(width, bars.heightForWidth(width))
        assert bars.names_above()
        assert_names_whole(bars)
        assert bars.heightForWidth(width) >= bars._layout(float(width)).height


def test_hovering_a_row_says_its_profession_and_shares(qtbot: QtBot) -> None:
    bars = ProfessionBars()
    qtbot.addWidget(bars)
    bars.set_shares(SPANISH, "3 nov")
    bars.resize(200, bars.heightForWidth(200))
    bars.show()
    qtbot.waitExposed(bars)
    row = bars._layout(200.0).rows[2]
    assert bars.share_at(row.top + row.height / 2) == SPANISH[2]
    point = QPoint(20, round(row.top + row.height / 2))
    bars.event(QHelpEvent(QEvent.Type.ToolTip, point, bars.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("Técnica/o de atención al paciente — ")
    QToolTip.hideText()
