"""A year of meetings: the list is searched (title, place, group, kind, day; accents folded as
the People search folds them) and filtered by group; Ctrl+Shift+F goes to the search and Esc
clears it; nothing found says so with a way back; the meeting on screen stays selected while
it still matches, and stays on screen when the search hides it."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.core.group import Group
from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.storage.groups import GroupStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_view import MeetingView
from meetingkit.ui.meetings_page import MeetingsPage


@pytest.fixture
def year(conn: sqlite3.Connection) -> dict[str, int]:
    """Five meetings of two groups and none, by a short name: their ids."""
    store, groups = MeetingStore(conn), GroupStore(conn)
    icu = groups.create(Group("ICU nurses")).key
    staffing = groups.create(Group("Safe Staffing Working Group")).key
    made = {}
    for name, meeting, group in (
        ("march", Meeting("ICU — March", dt.date(2026, 3, 3), dt.time(7, 15), place="4 West"), icu),
        ("april", Meeting("ICU — April", dt.date(2026, 4, 7), dt.time(7, 15)), icu),
        (
            "reunion",
            Meeting("Reunión de enfermeras", dt.date(2026, 5, 5), dt.time(18), place="Sala Łódź"),
            staffing,
        ),
        (
            "november",
            Meeting("Working group — November", dt.date(2026, 11, 24), dt.time(18)),
            staffing,
        ),
        (
            "assembly",
            Meeting("Spring assembly", dt.date(2026, 4, 20), dt.time(10), MeetingKind.ASSEMBLY),
            None,
        ),
    ):
        made[name] = store.create(meeting).key
        if group is not None:
            groups.set_meeting_group(made[name], group)
    return made


def listed(page: MeetingsPage) -> list[str]:
    """The meetings the list shows, top to bottom."""
    model, titles = page.model, []
    for branch in range(model.rowCount()):
        parent = model.index(branch, 0)
        titles += [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]
    return titles


def headers(page: MeetingsPage) -> list[str]:
    return [str(page.model.index(b, 0).data()) for b in range(page.model.rowCount())]


def test_words_of_the_title_place_group_kind_and_month_find_a_meeting(
    year: dict[str, int], make_window: Callable[..., MainWindow]
) -> None:
    page = make_window().meetings_page
    assert len(listed(page)) == 5
    page.search_edit.setText("icu mar")
    assert listed(page) == ["ICU — March"]
    assert headers(page) == ["Past (1 of 4)"]  # no upcoming meeting matches: no heading
    page.search_edit.setText("4 west")
    assert listed(page) == ["ICU — March"]
    page.search_edit.setText("nurses")  # the group's name
    assert listed(page) == ["ICU — April", "ICU — March"]
    page.search_edit.setText("april")  # the month, as the meeting's screen writes its day
    assert listed(page) == ["Spring assembly", "ICU — April"]
    page.search_edit.setText("assembly")  # its kind
    assert listed(page) == ["Spring assembly"]
    page.search_edit.setText("reunion lodz")  # accents and Ł as on a US keyboard
    assert listed(page) == ["Reunión de enfermeras"]
    page.search_edit.setText("")
    assert len(listed(page)) == 5
    assert headers(page) == ["Upcoming (1)", "Past (4)"]


def test_a_branch_with_nothing_found_is_left_out_while_searching(
    year: dict[str, int],
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    qtmodeltester: ModelTester,
) -> None:
    """QA round 11: "Upcoming (0 of 1)" above what was found took the first row, and the
    focus on Tab. Without a search, both branches show, empty or not."""
    window = make_window()
    page = window.meetings_page
    model, tree = page.model, page.tree
    window.open_meeting(year["november"])
    page.search_edit.setText("icu mar")  # hides the meeting on screen
    assert headers(page) == ["Past (1 of 4)"]
    qtmodeltester.check(model)
    found = model.meeting_index(year["march"])
    assert model.parent(found) == model.index(0, 0)
    assert model.branch_index(model.UPCOMING) == QModelIndex()
    assert model.branch_index(model.PAST) == model.index(0, 0)
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert page.group_box.hasFocus()
    qtbot.keyClick(page.group_box, Qt.Key.Key_Tab)
    assert tree.hasFocus()
    assert tree.currentIndex().data() == "Past (1 of 4)"
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert page.current_meeting().key == year["march"]

    page.search_edit.setText("november")
    assert headers(page) == ["Upcoming (1 of 1)"]
    qtmodeltester.check(model)
    page.group_box.setCurrentIndex(1)  # ICU nurses: nothing upcoming
    page.search_edit.clear()
    assert headers(page) == ["Past (2 of 4)"]
    page.group_box.setCurrentIndex(0)
    assert headers(page) == ["Upcoming (1)", "Past (4)"]
    qtmodeltester.check(model)


def test_without_a_search_an_empty_branch_keeps_its_heading(
    conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    MeetingStore(conn).create(Meeting("ICU — March", dt.date(2026, 3, 3), dt.time(7, 15)))
    page = make_window().meetings_page
    assert headers(page) == ["Upcoming (0)", "Past (1)"]


def test_the_group_filter_shows_one_groups_meetings(
    year: dict[str, int], make_window: Callable[..., MainWindow]
) -> None:
    page = make_window().meetings_page
    box = page.group_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All groups",
        "ICU nurses",
        "Safe Staffing Working Group",
    ]
    box.setCurrentIndex(2)
    assert listed(page) == ["Working group — November", "Reunión de enfermeras"]
    page.search_edit.setText("icu")
    assert listed(page) == []
    assert page.empty_label.text() == "No meeting of Safe Staffing Working Group matches “icu”."
    box.setCurrentIndex(1)
    assert listed(page) == ["ICU — April", "ICU — March"]


def test_nothing_found_says_so_and_shows_every_meeting_again(
    year: dict[str, int], make_window: Callable[..., MainWindow]
) -> None:
    page = make_window().meetings_page
    page.search_edit.setText("picket")
    assert listed(page) == []
    assert page.empty_panel.isVisible()
    assert not page.tree.isVisible()
    assert page.empty_label.text() == "No meeting matches “picket”."
    page.show_all_button.click()
    assert page.search_edit.text() == ""
    assert len(listed(page)) == 5
    assert page.tree.isVisible()
    assert page.tree.hasFocus()
    assert not page.empty_panel.isVisible()


def test_the_selection_stays_while_it_matches_and_the_meeting_stays_on_screen_after(
    year: dict[str, int],
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_meeting(year["april"])
    page = window.meetings_page
    shown: list[object] = []
    show_meeting = MeetingView.show_meeting

    def spy(view: MeetingView, meeting: Meeting | None) -> None:
        shown.append(meeting)
        show_meeting(view, meeting)

    monkeypatch.setattr(MeetingView, "show_meeting", spy)
    qtbot.keyClicks(page.search_edit, "icu")
    assert page.model.meeting(page.tree.currentIndex()).key == year["april"]
    assert page.tree.selectionModel().hasSelection()
    assert shown == []  # still the same meeting: not read and drawn again at each key
    page.search_edit.setText("icu march")
    assert page.current_meeting().key == year["april"]  # hidden, but still on screen
    assert not page.tree.selectionModel().hasSelection()
    assert window.act_delete_meeting.isEnabled()
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # to the list, on what was found
    assert page.current_meeting().key == year["march"]
    assert page.tree.hasFocus()
    page.search_edit.setText("icu")
    assert page.model.meeting(page.tree.currentIndex()).key == year["march"]


def test_ctrl_shift_f_goes_to_the_search_and_esc_clears_it(
    year: dict[str, int], make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    page = window.meetings_page
    assert page.tree.hasFocus()
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "spring")
    assert listed(page) == ["Spring assembly"]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert len(listed(page)) == 5


def test_a_meeting_opened_from_elsewhere_is_shown_even_if_the_search_hid_it(
    year: dict[str, int], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    page = window.meetings_page
    page.search_edit.setText("icu")
    window.open_meeting(year["november"])  # from the Start page's "Open meeting"
    assert page.search_edit.text() == ""
    assert page.current_meeting().key == year["november"]
    assert page.tree.currentIndex() != QModelIndex()


def test_a_new_meeting_made_while_searching_is_shown(
    year: dict[str, int], conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    page = make_window().meetings_page
    page.search_edit.setText("icu")
    made = MeetingStore(conn).create(Meeting("Picket planning", dt.date(2026, 12, 1), dt.time(18)))
    page.reload(select_id=made.key)
    assert page.current_meeting().key == made.key
    assert "Picket planning" in listed(page)


def test_back_on_the_page_with_nothing_found_the_search_has_the_focus(
    year: dict[str, int], make_window: Callable[..., MainWindow]
) -> None:
    """The list is hidden by its message then: the focus, and with it Ctrl+Shift+F, stays on
    the page."""
    window = make_window()
    page = window.meetings_page
    page.search_edit.setText("picket")
    window.show_people()
    window.show_meetings()
    assert page.search_edit.hasFocus()
