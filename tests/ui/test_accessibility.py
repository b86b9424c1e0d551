"""Every control a facilitator can use has a name a screen reader says and a way in from the
keyboard: on every page, every tab of the meeting and group screens, the main dialogs and the
windows for the room (issue #10)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.group import GroupKind
from meetingkit.core.ladder import DEFAULT_RUNGS
from meetingkit.core.settings import Settings
from meetingkit.core.signin import FormSettings
from meetingkit.core.stack_entry import TurnLimits, Vocabulary
from meetingkit.services.demo import Demo
from meetingkit.services.exports import Exports
from meetingkit.services.next_meeting import draft_next, plan_next
from meetingkit.services.roster_import import RosterImport
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow

from .conftest import TODAY

MakeWindow = Callable[..., MainWindow]

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
"""What a person operates: buttons, fields, lists and tables, sliders."""

COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QScrollBar)
"""Qt widgets whose inner parts speak through the whole."""


def _inner_part(widget: QWidget) -> bool:
    """A piece of a Qt widget (a combo's line edit, a table's header, a tab bar's scroll
    arrows, a toolbar's overflow button): named and reached through its owner."""
    if isinstance(widget, (QHeaderView, QScrollBar)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets on screen under `root`."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisible() and not _inner_part(w)
    ]


def _label_of(widget: QWidget) -> str:
    """The text of the label whose buddy `widget` is (a form's "Name:"), mnemonic removed."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").strip()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls the control: a name given to it, its label's text, or what
    Qt derives (a button's text). Two things Qt falls back on are not names: a combo box's
    current choice (its name on Linux) and the title of the group box around the control."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    derived = interface.text(QAccessible.Text.Name).strip()
    if widget.accessibleName().strip() or _label_of(widget):
        return derived or widget.accessibleName().strip()
    if isinstance(widget, QComboBox):
        return ""
    group = widget.parentWidget()
    if isinstance(group, QGroupBox) and derived == group.title().replace("&", "").strip():
        return ""
    return derived


def _describe(widget: QWidget) -> str:
    owner = widget.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    where = type(owner).__name__ if owner is not None else "?"
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} in {where} {text!r} {widget.toolTip()[:40]!r}"


def reachable(action: QAction) -> bool:
    """From the keyboard: in a menu (the menu bar, a submenu, a button's drop-down) or by keys,
    or on a button that Tab reaches (every such button is checked to take the focus)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return True
        if isinstance(owner, QAbstractButton) and _takes_focus(owner):
            return True
    return not action.shortcut().isEmpty()


def _takes_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _mouse_only_with_keys(widget: QWidget) -> bool:
    """A toolbar's button takes no focus: its action is in a menu or has keys."""
    if not isinstance(widget, QToolButton) or not isinstance(widget.parentWidget(), QToolBar):
        return False
    action = widget.defaultAction()
    return action is not None and reachable(action)


def problems(root: QWidget) -> list[str]:
    """Controls without a name, enabled controls that Tab never reaches, and tables that
    keep Tab to walk their cells (so what comes after them is never reached)."""
    found = controls(root)
    assert found, f"no controls found in {type(root).__name__}"
    return (
        [f"no name: {_describe(w)}" for w in found if not accessible_name(w)]
        + [
            f"no focus: {_describe(w)}"
            for w in found
            if w.isEnabled() and not _takes_focus(w) and not _mouse_only_with_keys(w)
        ]
        + [
            f"Tab stays inside: {_describe(w)}"
            for w in found
            if isinstance(w, QAbstractItemView) and w.tabKeyNavigation()
        ]
    )


def pages(window: MainWindow) -> Iterator[str]:
    """Show every page and every tab of the meeting and group screens in turn."""
    window.show_start()
    yield "start"
    for name in ("meetings", "people", "follow_ups", "curricula", "privacy"):
        getattr(window, f"show_{name}")()
        yield name
    window.show_groups()
    groups = window.groups_page
    for index in range(groups.tabs.count()):
        groups.tabs.setCurrentIndex(index)
        yield f"groups, tab {groups.tabs.tabText(index).replace('&', '')}"
    window.show_meetings()
    view = window.meetings_page.view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        yield f"meeting, tab {view.tabs.tabText(index).replace('&', '')}"


def dialogs(
    window: MainWindow, conn: sqlite3.Connection, clock: ManualClock, tmp_path: Path
) -> Iterator[QWidget]:
    """The app's dialogs and second windows, built as their `ask` would build them."""
    from meetingkit.ui.agenda_item_dialog import AgendaItemDialog
    from meetingkit.ui.commitment_dialogs import OptionDialog, PrintCardsDialog, RecordCardDialog
    from meetingkit.ui.decision_dialog import DecisionDialog, TemperatureCheckDialog
    from meetingkit.ui.duplicates_dialog import DuplicatesDialog
    from meetingkit.ui.export_dialog import ExportDialog
    from meetingkit.ui.follow_ups_page import FollowUpDialog
    from meetingkit.ui.group_dialogs import GroupDialog, RungsDialog
    from meetingkit.ui.hotspot_dialog import HotspotDialog
    from meetingkit.ui.kiosk import KioskWindow
    from meetingkit.ui.meeting_dialog import MeetingDialog
    from meetingkit.ui.next_meeting_dialog import NextMeetingDialog
    from meetingkit.ui.passphrase_dialogs import NewPassphraseDialog, PassphraseDialog
    from meetingkit.ui.person_dialog import PersonDialog
    from meetingkit.ui.person_picker import PersonPicker
    from meetingkit.ui.privacy_page import RetentionDialog
    from meetingkit.ui.roster_import_dialog import RosterImportDialog
    from meetingkit.ui.settings_dialog import SettingsDialog
    from meetingkit.ui.shortcut_sheet import ShortcutSheet
    from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog
    from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog
    from meetingkit.ui.welcome import WelcomeDialog

    people = PeopleStore(conn)
    view = window.meetings_page.view
    meeting = view.meeting()
    assert meeting is not None
    agenda, desk = view.agenda_tab.editor.session, view.commitments_tab.desk
    signin = view.signin_tab.session
    assert agenda is not None
    assert desk is not None
    assert signin is not None
    window.show_follow_ups()
    follow_up = window.follow_ups_page.current()
    assert follow_up is not None
    roster = tmp_path / "members.csv"
    roster.write_text("Full name,Cell,Title\nAna García,312 555 0100,RN\n", encoding="utf-8")
    importer = RosterImport(conn, clock)

    yield MeetingDialog(meeting, "Edit meeting")
    yield PersonDialog(people.get(follow_up.commitment.person_id), "Edit person")
    yield AgendaItemDialog(agenda.items[0], people, "Edit item")
    yield NextMeetingDialog(meeting, draft_next(meeting, TODAY), plan_next(conn, meeting))
    yield DecisionDialog(agenda.items[0].title, None)
    yield TemperatureCheckDialog()
    yield OptionDialog(desk.options()[0], "Edit option", today=TODAY)
    yield PrintCardsDialog(12, True, "Print cards")
    yield RecordCardDialog(desk.holder_for_person(follow_up.commitment.person_id), desk.options())
    yield GroupDialog("New group", "", GroupKind.WORKING_GROUP)
    yield RungsDialog(DEFAULT_RUNGS)
    yield TurnLimitsDialog(TurnLimits(), Vocabulary.ASSEMBLY)
    yield SignInFieldsDialog(FormSettings())
    yield HotspotDialog()
    yield DuplicatesDialog(signin)
    yield PassphraseDialog("The passphrase of this file:")
    yield NewPassphraseDialog()
    yield ShortcutSheet(window.shortcut_actions())
    yield PersonPicker(people, "Who facilitates?")
    yield RetentionDialog("Keep personal data for", 90)
    yield FollowUpDialog(follow_up, people)
    yield ExportDialog(Exports(conn, clock), meeting)
    yield RosterImportDialog(importer, importer.read(roster), roster.name)
    yield SettingsDialog(Settings(), tmp_path / "data", data_dir_given=False)
    yield WelcomeDialog(tmp_path / "data", can_change_folder=True)
    yield KioskWindow(signin)


@pytest.fixture
def window(demo: Demo, make_window: MakeWindow) -> MainWindow:
    return make_window(start=True)


def test_every_control_on_every_page_is_named_and_reached_by_tab(window: MainWindow) -> None:
    """A screen reader says what each control is (its text, its label, or a name given to
    it), and Tab reaches every enabled one, except a toolbar button whose action is in a menu."""
    found = {where: problems(window) for where in pages(window)}
    assert {where: listed for where, listed in found.items() if listed} == {}
    assert len(found) == 6 + 4 + 7  # the pages, the group tabs, the meeting tabs: all seen


def test_every_control_in_the_dialogs_is_named_and_reached_by_tab(
    qtbot: QtBot,
    window: MainWindow,
    conn: sqlite3.Connection,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    found: dict[str, list[str]] = {}
    for dialog in dialogs(window, conn, clock, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        found[type(dialog).__name__] = problems(dialog)
        dialog.close()
    assert {where: listed for where, listed in found.items() if listed} == {}
    assert len(found) == 26


def test_the_lock_screen_is_named_and_reached_by_tab(window: MainWindow) -> None:
    window.lock_screen.lock()
    assert window.lock_screen.isVisible()
    assert problems(window.lock_screen) == []


def test_every_action_that_does_something_is_reached_from_the_keyboard(
    window: MainWindow,
) -> None:
    """In a menu, by its keys, or on a button in the Tab order: never only on a toolbar."""
    for _ in pages(window):
        pass  # builds every lazy page and tab, and their actions
    toolbar_toggles = {bar.toggleViewAction() for bar in window.findChildren(QToolBar)}
    orphans = [
        f"{type(action.parent()).__name__}: {action.text()}"
        for action in window.findChildren(QAction)
        if action.text()
        and not action.isSeparator()
        and action.menu() is None
        and action not in toolbar_toggles  # in the window's own context menu
        and action.receivers("2triggered(bool)") + action.receivers("2triggered()") > 0
        and not reachable(action)
    ]
    assert orphans == []


def test_the_projectors_large_type_is_a_key_away_and_in_the_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Shift+F11 in the main window (the projector never has the keyboard), or Meeting ›
    Large type on the projector; either way the other follows, and the window really grows
    its type."""
    assert window.projector.act_large in window.meeting_menu.actions()
    assert not window.projector.act_large.isChecked()  # the default: the usual size
    window.show_meetings()
    window.projector.act_open.trigger()
    [projector] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectorWindow)]
    qtbot.addWidget(projector)
    before = projector.timer_label.font().pixelSize()
    qtbot.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert projector.large_type()
    assert window.projector.act_large.isChecked()
    assert projector.timer_label.font().pixelSize() >= before * 1.4
    assert not projector.explanation_label.isVisibleTo(projector)
    window.projector.act_large.trigger()
    assert not projector.large_type()
    assert projector.timer_label.font().pixelSize() == before
    projector.close()


def test_tab_moves_on_from_the_agenda_to_the_minutes_and_from_the_stack(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab walked the agenda's cells and wrapped round, changing the selected item as it
    went: the Minutes box and the run buttons were never reached from the keyboard."""
    window.show_meetings()
    view = window.meetings_page.view
    view.show_agenda()
    table = view.agenda_tab.editor.table
    table.setFocus()
    row = table.currentIndex().row()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert view.agenda_tab.runner.minutes_edit in reached
    assert table.currentIndex().row() == row
    view.show_floor()
    stack = view.floor_tab.stack_table
    stack.setFocus()
    qtbot.keyClick(stack, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not stack
