"""People › History (Ctrl+I): the People page's History is in the People menu too (QA round
11: the shortcut was on the page only), with its own Alt letter, and on only while it can act:
on the People page, with a person selected. It is there from the start (QA round 14: it joined
the menu, and the F1 list, only once the People page had been built), without building the
page, which is built when first shown."""

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

from .test_people_history import DELE, person_id, select


def people_menu_items(window: MainWindow) -> list[str]:
    window.people_menu.aboutToShow.emit()  # as opening it does
    return [a.text() for a in window.people_menu.actions() if not a.isSeparator()]


def test_the_people_menu_has_the_history_from_the_start(
    demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()  # on the Start page: the People page is not built yet
    items = [a.text() for a in window.people_menu.actions() if not a.isSeparator()]
    assert items == [
        "New &person…",
        "Edit p&erson…",
        "&History",
        "Review possible &duplicates…",
        "&Forget person…",
    ]
    assert people_menu_items(window) == items  # opening the menu adds nothing
    history = window.act_person_history
    assert history.shortcut() == QKeySequence("Ctrl+I")
    assert history.isCheckable()
    assert not history.isEnabled()  # another page is in view: no one is selected there
    assert history in window.shortcut_actions()  # F1's list of keys
    assert window._people_page is None  # none of this built the page
    assert window.people_page.act_history is history  # the page, once built, takes it


def test_people_history_from_the_menu_hides_and_shows_the_selected_persons(
    qtbot: QtBot, demo: Demo, conn: sqlite3.Connection, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    people_menu_items(window)
    window.show_people()
    page = window.people_page
    history = page.act_history
    dele = person_id(conn, DELE)
    select(page, dele)
    assert history.isEnabled()
    assert page.history_view.isVisible()
    history.trigger()  # People › History
    assert not page.history_view.isVisible()
    assert not history.isChecked()
    history.trigger()
    assert page.history_view.isVisible()
    shown = page.history_view.history
    assert shown is not None
    assert shown.person.key == dele

    page.search_edit.setText("zzzz nobody")  # nobody selected: nothing to show
    assert page.current_person() is None
    assert not history.isEnabled()
    page.search_edit.clear()
    select(page, dele)
    assert history.isEnabled()
    window.show_meetings()
    assert not history.isEnabled()
