"""The Groups page after a year of monthly meetings, on a laptop's 1366×768 screen: whom it
has not seen reads whole (names, the "(not a member)" mark, professions), members first;
the Balance tab keeps its professions in view across twelve meetings that span two years,
heads last year's meetings with their year, and the page is no taller than the screen."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.group import Group, GroupKind
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import PROFESSIONS, Person
from meetingkit.services.groups import Groups
from meetingkit.storage import transaction
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.group_models import NotSeenModel
from meetingkit.ui.groups_page import TAB_BALANCE, TAB_NOT_SEEN
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.table_columns import cells_width, column_cells

LAPTOP = (1366, 768)
PHONE = "(312) 555-0123"  # a phone number as the demo's
NOW = dt.datetime(2026, 11, 21, 19, 10)  # the GUI tests' clock (tests/ui/conftest.py)
# The first Tuesday of each month, December 2025 to November 2026.
DAYS = [dt.date(2025, 12, 2)] + [
    dt.date(2026, m, 1 + (1 - dt.date(2026, m, 1).weekday()) % 7) for m in range(1, 12)
]
FIRST_NAMES = ("Kateryna", "Oluwaseun", "Bartholomew", "Maximiliano", "Anastasia", "Christopher")
LAST_NAMES = ("Scott-Hill", "Nwachukwu-Adeyemi", "Villanueva Castañeda", "Kowalczyk")


@pytest.fixture
def working_group(conn: sqlite3.Connection) -> int:
    """A working group's year: two members, who came to the meetings up to August, and
    drop-ins of every profession with long names, none of them members, who came once
    (the last of them in September, after the members), and a regular at every meeting."""
    people, meetings, attendance = PeopleStore(conn), MeetingStore(conn), AttendanceStore(conn)
    groups = GroupStore(conn)
    with transaction(conn):
        group = groups.create(Group("Safe Staffing Working Group", GroupKind.WORKING_GROUP))
        held = []
        for day in DAYS:
            meeting = meetings.create(Meeting(f"Working group {day:%B}", day, dt.time(18, 30)))
            groups.set_meeting_group(meeting.key, group.key)
            held.append(meeting)

        def came(person: Person, meeting: Meeting) -> None:
            stamp = int(dt.datetime.combine(meeting.date, meeting.start).timestamp() * 1000)
            attendance.mark_present(meeting.key, person.key, stamp, "manual")

        for name in ("Aroha", "Wren"):
            member = people.add(Person(name, "Te Rangi", profession="Registered nurse (RN)"))
            groups.add_member(group.key, member.key)
            for meeting in held[:9]:
                came(member, meeting)
        for n, profession in enumerate(PROFESSIONS):
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = LAST_NAMES[n % len(LAST_NAMES)]
            person = people.add(Person(first, f"{last} {n}", profession=profession))
            came(person, held[n % 10])
        regular = people.add(Person("Dele", "Okafor", profession="Registered nurse (RN)"))
        for meeting in held:
            came(regular, meeting)
    return group.key


@pytest.fixture
def window(make_window: Callable[..., MainWindow], working_group: int, qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.resize(*LAPTOP)
    window.show_groups()
    page = window.groups_page
    page.refresh(select_id=working_group)
    qtbot.waitUntil(lambda: page.overview() is not None)
    return window


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_members_come_first_among_the_people_not_seen(
    conn: sqlite3.Connection, working_group: int
) -> None:
    o = Groups(conn, ManualClock(NOW.timestamp())).overview(working_group)
    members = [row.member for row in o.not_seen]
    assert members[:2] == [True, True]  # last seen in August, before September's drop-ins
    assert not any(members[2:])
    drop_ins = [row.not_seen.last_attended for row in o.not_seen[2:]]
    assert drop_ins == sorted(drop_ins, reverse=True)  # each part most recently seen first
    assert len(drop_ins) == len(PROFESSIONS)


def test_on_a_laptop_whom_to_call_reads_whole(window: MainWindow, qtbot: QtBot) -> None:
    page = window.groups_page
    page.tabs.setCurrentIndex(TAB_NOT_SEEN)
    _settle()
    tab = page.not_seen_tab
    table, m = tab.table, tab.model
    assert m.rowCount() == 2 + len(PROFESSIONS)
    for column in (NotSeenModel.COL_NAME, NotSeenModel.COL_PROFESSION, NotSeenModel.COL_LAST):
        needed = cells_width(table, column_cells(table, column))
        assert table.columnWidth(column) >= needed, m.headers()[column]
    names = column_cells(table, NotSeenModel.COL_NAME)
    assert names[0][0] == "Aroha Te Rangi"  # members first
    assert "(not a member)" in names[-1][0]
    # Everything fits beside them: the contact takes what is left, nothing scrolls sideways.
    shown = [c for c in range(m.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    assert table.columnWidth(NotSeenModel.COL_PHONE) >= cells_width(table, [(PHONE, False)])
    others = len(PROFESSIONS)
    assert f"Members first (2), then {others} people who came but are not members." in (
        tab.note_label.text()
    )
    row = m.rowCount() - 1
    contact = m.index(row, NotSeenModel.COL_PHONE)
    assert contact.data(Qt.ItemDataRole.ToolTipRole) == contact.data()  # cut short: whole here


def test_where_long_names_leave_too_little_room_the_follow_ups_go_before_the_phone(
    window: MainWindow, qtbot: QtBot
) -> None:
    """In a font a little wider than the usual one, 1366 pixels left the contact 75: a phone
    number cut short. Where the names, professions and days, whole, and the others at their
    narrowest leave the contact less than a phone number, the meetings missed go, then the
    follow-ups, then the last contact; the phone number stays whole. Measured in the table's
    font: the window is made as wide as the follow-ups' going needs."""
    page = window.groups_page
    page.tabs.setCurrentIndex(TAB_NOT_SEEN)
    _settle()
    tab = page.not_seen_tab
    table, m = tab.table, NotSeenModel
    phone = cells_width(table, [(PHONE, False)])
    window.resize(1920, LAPTOP[1])  # every column shown
    qtbot.waitUntil(lambda: not table.isColumnHidden(m.COL_MISSED))
    floors = tab.columns.floors()  # at their narrowest
    floors.pop(m.COL_MISSED, None)
    floors.pop(m.COL_FOLLOW_UP, None)
    room = tab.columns.main_room(table.viewport().width())
    assert room >= phone
    wanted = sum(floors.values()) + room + 4  # room for all but the follow-ups, just
    window.resize(window.width() - table.viewport().width() + wanted, LAPTOP[1])
    qtbot.waitUntil(lambda: table.viewport().width() == wanted)
    _settle()
    assert table.isColumnHidden(m.COL_MISSED)
    assert table.isColumnHidden(m.COL_FOLLOW_UP)
    assert not table.isColumnHidden(m.COL_CONTACT)
    assert table.columnWidth(m.COL_PHONE) >= phone
    for column in m.WHOLE_COLUMNS:
        assert table.columnWidth(column) >= cells_width(table, column_cells(table, column))
    assert table.horizontalScrollBar().maximum() == 0
    just = window.width()
    window.resize(just - 20, LAPTOP[1])  # less: the last contact goes too
    qtbot.waitUntil(lambda: table.isColumnHidden(m.COL_CONTACT))
    assert table.columnWidth(m.COL_PHONE) >= phone
    window.resize(just, LAPTOP[1])  # and comes back with the room
    qtbot.waitUntil(lambda: not table.isColumnHidden(m.COL_CONTACT))


def test_on_a_laptop_the_balance_keeps_its_professions_and_the_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.groups_page
    page.tabs.setCurrentIndex(TAB_BALANCE)
    _settle()
    tab = page.balance_tab
    model, table = tab.model, tab.table
    professions = model.balance().professions
    assert len(professions) == len(PROFESSIONS)
    assert model.columnCount() == 12 + 1
    rows = table.verticalHeader()
    assert rows.isVisible()  # the professions stay in view while the meetings scroll
    longest = max(
        (str(model.headerData(r, Qt.Orientation.Vertical)) for r in range(model.rowCount())),
        key=len,
    )
    assert rows.width() >= table.fontMetrics().horizontalAdvance(longest)
    # The newest meetings and the totals are what shows first.
    qtbot.waitUntil(lambda: table.horizontalScrollBar().value() > 0)
    last = model.columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= (
        table.viewport().width()
    )
    # Twenty professions' bars scroll within the tab: the window stays on the screen.
    assert window.height() <= LAPTOP[1]
    assert tab.bars_area.widget() is tab.bars


def test_last_years_meetings_are_headed_with_their_year(window: MainWindow, qtbot: QtBot) -> None:
    page = window.groups_page
    tab = page.balance_tab
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[0] == "2 Dec 2025"
    assert headers[1] == "6 Jan"  # this year's, as before
    assert headers[-1] == "3 Nov"
    assert tab.model.headerData(12, Qt.Orientation.Horizontal) == "All"
    assert "2 Dec 2025" in str(
        tab.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    )
