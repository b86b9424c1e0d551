"""The main window: menus, shortcuts, and the meetings and people pages."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from meetingkit import __version__
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.i18n import fill, weekday_date
from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.sessions import HEARTBEAT_MS
from meetingkit.services.settings_file import Preferences
from meetingkit.storage.database import transaction
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.data_folder_label import DataFolderLabel
from meetingkit.ui.day_purge import DayPurge
from meetingkit.ui.feedback import Confirm, user_errors
from meetingkit.ui.lock_screen import LockScreen
from meetingkit.ui.projector_control import ProjectorControl
from meetingkit.ui.screen_fit import ScreenFit, main_window_room
from meetingkit.ui.start_page import StartPage
from meetingkit.ui.theme import THEMES, apply_theme, current_theme, theme_label

if TYPE_CHECKING:
    from meetingkit.core.curriculum import Curriculum
    from meetingkit.services.printing.meeting_documents import MeetingDocuments
    from meetingkit.services.sessions import Sessions
    from meetingkit.services.whats_next import WhatsNext
    from meetingkit.storage.meetings import DueDatesMoved
    from meetingkit.ui.curricula_page import CurriculaPage
    from meetingkit.ui.floor_tab import FloorTab
    from meetingkit.ui.follow_ups_page import FollowUpsPage
    from meetingkit.ui.groups_page import GroupsPage
    from meetingkit.ui.guided_path_panel import GuidedPathPanel
    from meetingkit.ui.meetings_page import MeetingsPage
    from meetingkit.ui.people_page import PeoplePage
    from meetingkit.ui.privacy_page import PrivacyPage
    from meetingkit.ui.signin_tab import SignInTab

# The window opens on the start screen. The meetings, people and other pages, dialogs and
# printing are imported when first used, not at start-up: bench/startup.py holds the app to
# 1.5x the start-up time of a bare window.

StandardKey = QKeySequence.StandardKey
USUAL_SIZE = QSize(1180, 760)  # the window's size on a screen with room for it


class MainWindow(QMainWindow):
    def __init__(
        self,
        meetings: MeetingStore,
        people: PeopleStore,
        sessions: Sessions,
        documents: Callable[[], MeetingDocuments],
        today: Callable[[], dt.date],
        data_dir: Path,
        *,
        demo: bool = False,
        preferences: Preferences | None = None,
        data_dir_given: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences or Preferences()
        self._data_dir_given = data_dir_given
        self._meetings = meetings
        self._people = people
        self._make_documents = documents
        self._meeting_documents: MeetingDocuments | None = None
        self._sessions = sessions
        self._data_dir = data_dir
        self._read_today = today  # read when used: the day changes while the app runs
        self.setWindowTitle(self.tr("meetingkit — demo") if demo else "meetingkit")
        self._make_actions()
        self.lock_screen = LockScreen.install(self, sessions.db_path)
        self.start_page = StartPage(self._whats_next)
        self._meetings_page: MeetingsPage | None = None
        self._people_page: PeoplePage | None = None
        self._follow_ups_page: FollowUpsPage | None = None
        self._curricula_page: CurriculaPage | None = None
        self._privacy_page: PrivacyPage | None = None
        self._groups_page: GroupsPage | None = None
        self._kiosk: QWidget | None = None
        self._board: QWidget | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        # With a large font or the display scaled up, a page may need more than the screen:
        # the window then asks for no more than the screen's room, and the page scrolls
        self.pages_area = ScreenFit(self.pages, main_window_room(self))
        self.setCentralWidget(self.pages_area)
        self._make_menus()
        # Where the data is stays on the status bar's right for good; what was just done
        # shows on its left for a few seconds (ui.data_folder_label)
        where = (
            self.tr("Demo data in %1 — deleted when you quit")
            if demo
            else self.tr("Data stored on this computer in %1")
        )
        self.data_folder = DataFolderLabel(where, str(data_dir))
        self.data_folder.place_on(self.statusBar())
        self._say_next_data_folder()

        self.start_page.meeting_requested.connect(self.open_meeting)
        self.start_page.new_meeting_requested.connect(self.new_meeting)
        self.start_page.follow_ups_requested.connect(self.show_follow_ups)
        self.start_page.people_requested.connect(self.show_people)
        self.start_page.groups_requested.connect(self.show_groups)
        self.start_page.path_requested.connect(self._open_path_of)
        self.pages.currentChanged.connect(self._update_actions)
        self.start_page.refresh()
        self.resize(USUAL_SIZE)  # until placed on a screen (`place_on_screen`)
        self._update_actions()
        # Every few seconds the app notes it is running, for each meeting it has open or had
        # open: after a crash, a restart leaves out only the time it was really closed.
        self.alive_timer = QTimer(self)
        self.alive_timer.setInterval(HEARTBEAT_MS)
        self.alive_timer.timeout.connect(self._note_alive)
        self.alive_timer.start()
        # The retention purges run again as the day changes while the app stays open (a
        # laptop left on for days): a look at the day on the heartbeat (ui.day_purge)
        self.day_purge = DayPurge(sessions, today, self._meetings_open, self)
        self.day_purge.purged.connect(self._purged_while_open)
        self.day_purge.said.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.alive_timer.timeout.connect(self.day_purge.follow_clock)

    def place_on_screen(self) -> None:
        """Before the window first shows: where it was last closed, if that fits a screen now;
        else its usual size, or maximized on a screen too small for it (ui.window_place)."""
        from meetingkit.ui.window_place import place_window

        place_window(self, USUAL_SIZE, self._preferences.settings.window)

    def _remember_place(self) -> None:
        """Keep where the window is as it closes, for the next start; a settings file that
        cannot be written only loses that (quitting is not held up for it)."""
        from meetingkit.ui.window_place import place_text

        with suppress(MeetingkitError):
            self._preferences.change(window=place_text(self))

    @Slot()
    def _note_alive(self) -> None:
        # A full disk says so at the next change by hand, not in a box every few seconds
        with suppress(sqlite3.Error):
            self._sessions.note_alive()

    @property
    def _today(self) -> dt.date:
        """The day it is now, on the app's clock (or the day a test or screenshot pinned): a
        meeting run past midnight, or the laptop opened the next morning, has the new day."""
        return self._read_today()

    # Building

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = make_action(self, text, slot, shortcut, tip=tip)  # type: ignore[arg-type]
        self.addAction(action)  # its keys work on every page, even if not in a menu
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_settings = a(
            self.tr("&Settings…"),
            self.show_settings,
            "Ctrl+,",
            self.tr("Data folder, language, theme, and the defaults for new meetings"),
        )
        self.act_new_meeting = a(
            self.tr("&New meeting…"),
            self.new_meeting,
            StandardKey.New,
            self.tr("Plan a new meeting, training or assembly"),
        )
        self.act_edit_meeting = a(self.tr("&Edit meeting…"), self.edit_meeting, "Ctrl+E")
        self.act_duplicate_meeting = a(
            self.tr("D&uplicate meeting…"),
            self.duplicate_meeting,
            "Ctrl+D",
            self.tr("Start a new meeting from this one: same plan and roles, another date"),
        )
        self.act_delete_meeting = a(self.tr("&Delete meeting…"), self.delete_meeting, "Ctrl+Del")
        self.act_print_agenda = a(
            self.tr("Print &agenda…"),
            self.print_agenda,
            "Ctrl+P",
            self.tr("Save the agenda as a PDF and open it for printing"),
        )
        self.act_print_minutes = a(
            self.tr("Print &minutes…"),
            self.print_minutes,
            "Ctrl+Shift+P",
            self.tr("Minutes with decisions and planned vs actual times"),
        )
        self.act_export_attendees = a(
            self.tr("Export a&ttendees…"),
            self.export_attendees,
            tip=self.tr("An Action Network upload or an attendance CSV: opted-in people only"),
        )
        self.act_import_roster = a(
            self.tr("&Import roster…"),
            self.import_roster,
            tip=self.tr("Add people from a CSV: an Action Network export or a member list"),
        )
        self.act_print_report = a(
            self.tr("Print &report…"),
            self.print_report,
            tip=self.tr("Attendance, planned vs actual, decisions, airtime equity, commitments"),
        )
        self.act_quit = a(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_new_person = a(self.tr("New &person…"), self.new_person, "Ctrl+Shift+N")
        self.act_edit_person = a(self.tr("Edit p&erson…"), self.edit_person, "Ctrl+Shift+E")
        self.act_forget_person = a(
            self.tr("&Forget person…"),
            self.forget_person,
            "Shift+Del",
            self.tr("Delete everything meetingkit holds about this person"),
        )
        # The People page's History (Ctrl+I): in the People menu and the F1 list from the start,
        # though the page is built when first shown, which then takes it (ui.people_page). Off
        # until a person is selected there (`_update_actions`); words in the page's context.
        self.act_person_history = a(
            QCoreApplication.translate("PeoplePage", "&History"),
            self._person_history_toggled,
            "Ctrl+I",
            QCoreApplication.translate(
                "PeoplePage", "Show or hide the selected person's history under the list"
            ),
        )
        self.act_person_history.setCheckable(True)
        self.act_person_history.setChecked(True)
        self.act_person_history.setEnabled(False)
        self.act_review_people_duplicates = a(
            self.tr("Review possible &duplicates…"),
            self.review_people_duplicates,
            tip=self.tr("People from sign-ins and roster imports who may be someone already here"),
        )
        self.act_find = a(self.tr("&Find people"), self.find_people, StandardKey.Find)
        self.act_show_start = a(
            self.tr("&Start"),
            self.show_start,
            "Ctrl+0",
            self.tr("What to do now: the next meeting, overdue follow-ups, new people"),
        )
        self.act_show_meetings = a(self.tr("&Meetings"), self.show_meetings, "Ctrl+1")
        self.act_show_people = a(self.tr("&People"), self.show_people, "Ctrl+2")
        self.act_show_follow_ups = a(
            self.tr("Follow-&ups"),
            self.show_follow_ups,
            "Ctrl+4",
            self.tr("Commitments to follow up across meetings, overdue first"),
        )
        self.act_show_curricula = a(
            self.tr("&Curricula"),
            self.show_curricula,
            "Ctrl+5",
            self.tr("Trainings to run and print: the bundled library and your own"),
        )
        self.act_show_groups = a(
            self.tr("&Groups"),
            self.show_groups,
            "Ctrl+6",
            self.tr("Working groups and committees: who comes, who drifted, the ladder"),
        )
        self.act_next_meeting = a(
            self.tr("Ne&xt meeting from this one…"),
            self.next_meeting,
            "Ctrl+Shift+M",
            self.tr(
                "Carry over unfinished items, the parking lot and open commitments; "
                "pass the roles round"
            ),
        )
        self.act_meeting_group = a(
            self.tr("Meeting's gr&oup…"),
            self.choose_meeting_group,
            tip=self.tr("Which working group or committee this meeting belongs to"),
        )
        self.act_show_path = a(
            self.tr("Guided pat&h"),
            self.show_path,
            "Ctrl+Shift+G",
            self.tr("Plan, prepare, run, follow up: what is done and what is left"),
        )
        self.act_show_privacy = a(
            self.tr("P&rivacy and data"),
            self.show_privacy,
            "Ctrl+7",
            self.tr("What is stored and where; retention, purge, backup, encryption"),
        )
        pages = QActionGroup(self)
        for act in self._page_actions():
            act.setCheckable(True)
            pages.addAction(act)
        self.act_show_start.setChecked(True)
        self.act_show_floor = a(
            self.tr("The &floor"),
            self.show_floor,
            "Ctrl+3",
            self.tr("The speaking stack and airtime of this meeting"),
        )
        self.act_meeting_list = a(
            self.tr("Meeting &list"),
            self._show_meeting_list,
            "Ctrl+B",
            self.tr("Hide the list of meetings to give a small screen to the meeting"),
        )
        self.act_meeting_list.setCheckable(True)
        self.act_meeting_list.setChecked(True)
        self.projector = ProjectorControl(
            self,
            shown=lambda: (
                self.meetings_page.view.floor_tab.session,
                self.meetings_page.view.agenda_tab.editor.session,
            ),
            prepare=self._floor_actions,  # the projector shows the floor: build it
            reopen=lambda meeting: (self._sessions.floor(meeting), self._sessions.agenda(meeting)),
            remember=self._remember,
            large_type=self._preferences.settings.projector_large_type,
        )
        self.projector.closed.connect(self._update_actions)
        self.projector.said.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.act_signin = a(
            self.tr("&Open or close sign-in"),
            self.toggle_signin,
            "Ctrl+Shift+O",
            self.tr("Serve the sign-in form to phones on this network"),
        )
        self.act_signin_link = a(self.tr("New sign-in &link"), self.rotate_signin_link)
        self.act_kiosk = a(
            self.tr("&Kiosk: sign in at this laptop"),
            self.open_kiosk,
            "Ctrl+Shift+K",
            self.tr("For people without a phone; shows nobody"),
        )
        self.act_duplicates = a(self.tr("Review possible &duplicates…"), self.review_duplicates)
        self.act_hotspot = a(self.tr("&Hotspot code…"), self.show_hotspot)
        self.act_poster = a(self.tr("Print sign-in &poster…"), self.print_poster)
        self.act_sheet = a(self.tr("Print paper sign-in &sheet…"), self.print_signin_sheet)
        self.act_board = a(
            self.tr("Show sign-in code on the projector"), self.show_board, "Ctrl+Shift+J"
        )
        self.act_call_list = a(
            self.tr("Print call li&st…"),
            self.print_call_list,
            tip=self.tr("Open follow-ups with phone numbers and room to write, overdue first"),
        )
        self.act_print_period = a(
            self.tr("Print figures for a &period…"),
            self.print_period,
            tip=self.tr(
                "Counts for a report to the union or a funder: meetings, people reached, "
                "first-timers, professions, commitments"
            ),
        )
        self.act_export_calendar = a(
            self.tr("Export follow-ups to calen&dar…"),
            self.export_calendar,
            tip=self.tr("An iCalendar (.ics) file with an appointment for each follow-up"),
        )
        self.act_print_cards = a(
            self.tr("Print commitment &cards…"),
            lambda: self.meetings_page.view.commitments_tab.print_cards(),
            "Ctrl+Shift+C",
        )
        self.act_print_badges = a(
            self.tr("Print name &badges…"),
            lambda: self.meetings_page.view.commitments_tab.print_badges(),
        )
        self.act_print_tents = a(
            self.tr("Print name &tents…"),
            lambda: self.meetings_page.view.commitments_tab.print_tents(),
        )
        self.act_record_card = a(
            self.tr("&Record a returned card…"), self.record_card, "Ctrl+Shift+R"
        )
        self.act_print_role_cards = a(
            self.tr("Print role cards &for this meeting…"),
            lambda: self.meetings_page.view.roles_panel.print_role_cards(),
            tip=self.tr("A card for each role: its duty, what to do, the timekeeper's times"),
        )
        self.act_shortcuts = a(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, StandardKey.HelpContents
        )
        self.act_about = a(self.tr("&About meetingkit"), self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.act_new_meeting, self.act_duplicate_meeting, self.act_next_meeting]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.act_print_agenda, self.act_print_minutes])
        file_menu.addAction(self.act_print_report)
        file_menu.addActions([self.act_print_cards, self.act_call_list])
        file_menu.addAction(self.act_print_period)
        file_menu.addAction(self.act_export_calendar)
        file_menu.addSeparator()
        file_menu.addActions([self.act_export_attendees, self.act_import_roster])
        file_menu.addSeparator()
        file_menu.addActions([self.lock_screen.act_lock, self.act_quit])
        # The agenda's actions (undo, run, edit) join the Edit and Meeting menus when the
        # meetings page is built: on opening either menu at the latest.
        self.edit_menu = edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_edit_meeting, self.act_delete_meeting])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)
        self.meeting_menu = meeting_menu = bar.addMenu(self.tr("&Meeting"))
        for menu in (edit_menu, meeting_menu):
            menu.aboutToShow.connect(self._build_meetings_page)
        self.floor_menu = meeting_menu.addMenu(self.tr("F&loor"))
        # The floor tab (and so its actions) is built when first needed; its menu is filled then.
        self.floor_menu.aboutToShow.connect(self._floor_actions)
        signin_menu = meeting_menu.addMenu(self.tr("Sig&n-in"))
        signin_menu.addActions(
            [
                self.act_signin,
                self.act_signin_link,
                self.act_board,
                self.act_kiosk,
                self.act_duplicates,
                self.act_hotspot,
            ]
        )
        signin_menu.addSeparator()
        signin_menu.addActions([self.act_poster, self.act_sheet])
        commitments_menu = meeting_menu.addMenu(self.tr("&Commitments"))
        commitments_menu.addActions(
            [self.act_print_cards, self.act_print_badges, self.act_print_tents]
        )
        commitments_menu.addSeparator()
        commitments_menu.addAction(self.act_record_card)
        meeting_menu.addAction(self.act_print_role_cards)
        meeting_menu.addSeparator()
        meeting_menu.addActions([self.act_show_path, self.act_meeting_group])
        meeting_menu.addSeparator()
        meeting_menu.addActions(self.projector.actions())
        self.people_menu = people_menu = bar.addMenu(self.tr("&People"))
        people_menu.addActions(
            [
                self.act_new_person,
                self.act_edit_person,
                self.act_person_history,
                self.act_review_people_duplicates,
            ]
        )
        people_menu.addSeparator()
        people_menu.addAction(self.act_forget_person)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([*self._page_actions(), self.act_show_floor])
        view_menu.addSeparator()
        view_menu.addAction(self.act_meeting_list)
        self.theme_menu = view_menu.addMenu(self.tr("&Theme"))
        themes = QActionGroup(self)
        for name in THEMES:
            action = self.theme_menu.addAction(theme_label(name))
            action.setData(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, name=name: self._set_theme(name))
            themes.addAction(action)
        self._check_theme()
        self.theme_menu.aboutToShow.connect(self._check_theme)  # the settings may change it
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_shortcuts, self.act_about])
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions(self._page_actions())
        toolbar.addSeparator()
        toolbar.addActions([self.act_new_meeting, self.act_new_person])

    def _page_actions(self) -> list[QAction]:
        return [
            self.act_show_start,
            self.act_show_meetings,
            self.act_show_people,
            self.act_show_follow_ups,
            self.act_show_curricula,
            self.act_show_groups,
            self.act_show_privacy,
        ]

    def _fill_agenda_menus(self, page: MeetingsPage) -> None:
        agenda = page.view.agenda_tab
        first = self.edit_menu.actions()[0]
        self.edit_menu.insertActions(first, [agenda.editor.act_undo, agenda.editor.act_redo])
        self.edit_menu.insertSeparator(first)
        agenda.editor.act_undo.triggered.connect(self._undone)
        agenda.editor.act_redo.triggered.connect(self._redone)
        floor = self.floor_menu.menuAction()
        self.meeting_menu.insertActions(floor, agenda.run_actions())
        self.meeting_menu.insertSeparator(floor)
        self.meeting_menu.insertActions(floor, agenda.edit_actions())
        self.meeting_menu.insertMenu(floor, agenda.editor.templates_menu)
        page.view.floor_tab_created.connect(self._fill_floor_menu)

    @Slot()
    def _undone(self) -> None:
        self._show_undo(self.tr("Undid: %1"), self.tr("Not undone: %1. %2"))

    @Slot()
    def _redone(self) -> None:
        self._show_undo(self.tr("Redid: %1"), self.tr("Not redone: %1. %2"))

    def _show_undo(self, said: str, refused: str) -> None:
        """Undo and redo are the meeting's (its agenda edits and the floor's withdrawals):
        pressed on another page or tab, they bring the tab the change is on into view, so
        what changed is seen, its row selected (`undo_commands.ChangedRow`) and its table
        given the keys; pressed on the tab it is on, the keys stay where they were (not on
        the meetings list, where Down would open another meeting). The status bar says what
        it was, or that it was refused and why. What was done is the change's own word
        (`take_outcome`), not the stack's: a change refused leaves the history, and the
        stack's index then points at another; one the database refused goes back in its
        place on the history, to try again."""
        from meetingkit.ui.undo_commands import Where, take_outcome

        view = self.meetings_page.view
        outcome = take_outcome(view.agenda_tab.editor.undo_stack)
        if outcome is None:
            return
        elsewhere = self.pages.currentWidget() is not self.meetings_page
        if elsewhere:
            self.show_meetings()
        if outcome.where == Where.FLOOR:
            view.show_floor()
        else:
            brought = elsewhere or view.tabs.currentWidget() is not view.agenda_tab
            view.show_agenda()
            if brought:
                view.agenda_tab.editor.table.setFocus()
        if outcome.refused:
            self.statusBar().showMessage(fill(refused, outcome.text, outcome.refused), 15_000)
        else:
            self.statusBar().showMessage(fill(said, outcome.text), 8_000)

    @Slot()
    def _floor_actions(self) -> None:
        _ = self.meetings_page.view.floor_tab  # builds it, which fills the menu

    @Slot(object)
    def _fill_floor_menu(self, floor: FloorTab) -> None:
        menu = self.floor_menu
        menu.addActions([floor.act_next, floor.act_pause, floor.act_end])
        menu.addSeparator()
        menu.addActions([floor.add_actions[kind] for kind in floor.add_actions])
        menu.addSeparator()
        menu.addActions(
            [
                floor.act_give,
                floor.act_withdraw,
                floor.act_refuse,
                floor.act_up,
                floor.act_down,
                floor.act_resort,
                floor.act_close,
                floor.act_carry,
                floor.act_park,
            ]
        )
        floor.timer.timeout.connect(self.projector.refresh)

    def shortcut_actions(self) -> list[QAction]:
        """Every action in the menus that has a key, in menu order, each once."""
        self._floor_actions()  # builds the meetings page too, which fills its menus
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif not action.shortcut().isEmpty() and action not in found:
                    found.append(action)

        walk(self.menuBar().actions())
        return found

    @Slot()
    def _update_actions(self) -> None:
        page = self._meetings_page
        on_meetings = page is not None and self.pages.currentWidget() is page
        has_meeting = page is not None and page.current_meeting() is not None
        # The meeting the room's actions (sign-in, the projector) act on: the one selected, or
        # before the meetings page is first built, the start screen's next meeting (the page
        # opens on it).
        room_meeting = has_meeting if page is not None else self.start_page.meeting_id is not None
        people = self._people_page
        has_person = (
            people is not None
            and self.pages.currentWidget() is people
            and people.current_person() is not None
        )
        for act in (
            self.act_edit_meeting,
            self.act_duplicate_meeting,
            self.act_delete_meeting,
            self.act_print_agenda,
            self.act_print_minutes,
            self.act_print_report,
            self.act_export_attendees,
            self.act_next_meeting,
            self.act_meeting_group,
            self.act_show_path,
        ):
            act.setEnabled(on_meetings and has_meeting)
        for act in (self.act_edit_person, self.act_forget_person):
            act.setEnabled(has_person)  # only the person selected on the page in view
        self.act_person_history.setEnabled(has_person)
        self.act_show_start.setChecked(self.pages.currentWidget() is self.start_page)
        self.act_show_meetings.setChecked(on_meetings)
        self.act_show_people.setChecked(self.pages.currentWidget() is self._people_page)
        self.act_show_follow_ups.setChecked(self.pages.currentWidget() is self._follow_ups_page)
        self.act_show_curricula.setChecked(self.pages.currentWidget() is self._curricula_page)
        self.act_show_privacy.setChecked(self.pages.currentWidget() is self._privacy_page)
        self.act_show_groups.setChecked(self.pages.currentWidget() is self._groups_page)
        for act in (
            self.act_print_cards,
            self.act_print_badges,
            self.act_print_tents,
            self.act_record_card,
            self.act_print_role_cards,
        ):
            act.setEnabled(on_meetings and has_meeting)
        for act in (
            self.act_signin,
            self.act_signin_link,
            self.act_kiosk,
            self.act_duplicates,
            self.act_poster,
            self.act_sheet,
            self.act_board,
        ):
            act.setEnabled(room_meeting)
        # Open, the projector stays on its meeting whichever is selected (F11 closes it)
        projector = room_meeting or self.projector.window is not None
        self.projector.act_open.setEnabled(projector)
        self.projector.act_bars.setEnabled(projector)

    # Pages

    @Slot()
    def show_floor(self) -> None:
        self.show_meetings()
        self.meetings_page.view.show_floor()

    # Sign-in

    def _signin(self) -> SignInTab | None:
        if self.meetings_page.current_meeting() is None:
            return None
        # Not show_meetings: that puts the focus on the meeting list, whose type-ahead then
        # took the floor's keys (QA 16e). The focus goes to the Sign-in tab the key shows.
        self.pages.setCurrentWidget(self.meetings_page)
        view = self.meetings_page.view
        view.show_signin()
        tab = view.signin_tab
        _focus_into(view.tabs.currentWidget())
        return tab

    @Slot()
    def toggle_signin(self) -> None:
        tab = self._signin()
        if tab is not None:
            tab.toggle_open()

    def _tell_if_signin_was_open(self, page: MeetingsPage) -> None:
        """After a crash while sign-in was open, the agenda says so and offers to open it
        again (before the page shows its first meeting)."""
        runner = page.view.agenda_tab.runner
        runner.signin_was_open = self._signin_was_open
        runner.open_signin_again.connect(self.open_signin_again)
        runner.leave_signin_closed.connect(self._leave_signin_closed)
        page.view.signin_tab_created.connect(self._follow_signin)

    def _signin_was_open(self, meeting_id: int) -> bool:
        from meetingkit.storage.signin_note import serving_noted

        conn = self._sessions.conn
        if not serving_noted(conn, meeting_id):  # as nearly always: nothing more to load
            return False
        from meetingkit.storage.signin import SignInStore

        return SignInStore(conn).noted_serving(meeting_id) is not None

    def _follow_signin(self, tab: SignInTab) -> None:
        tab.serving_changed.connect(self.meetings_page.view.agenda_tab.runner.show_signin_notice)

    @Slot()
    def open_signin_again(self) -> None:
        """Sign-in was open when meetingkit closed: open it again where it was served."""
        tab = self._signin()
        if tab is not None:
            tab.open_again()

    @Slot()
    def _leave_signin_closed(self) -> None:
        if self.meetings_page.current_meeting() is not None:
            self.meetings_page.view.signin_tab.leave_closed()

    @Slot()
    def rotate_signin_link(self) -> None:
        tab = self._signin()
        if tab is not None:
            tab.rotate()

    @Slot()
    def open_kiosk(self) -> None:
        from meetingkit.ui.kiosk import KioskWindow

        tab = self._signin()
        if tab is None or tab.session is None:
            return
        kiosk = KioskWindow(tab.session, self)
        kiosk.signed_in.connect(tab.refresh)
        kiosk.signed_in.connect(tab.room_changed)
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk.showFullScreen()
        self._kiosk = kiosk

    @Slot()
    def review_duplicates(self) -> None:
        from meetingkit.ui.duplicates_dialog import DuplicatesDialog

        tab = self._signin()
        if tab is not None and tab.session is not None:
            DuplicatesDialog.show_for(self, tab.session)
            tab.refresh()
            # A merge deletes one of the two records: the floor, the agenda's owners and the
            # people page must not go on showing (and writing) the one that is gone.
            self._people_changed()

    @Slot()
    def review_people_duplicates(self) -> None:
        """Every possible duplicate, from any meeting's sign-in or any roster import."""
        from meetingkit.services.duplicate_review import DuplicateReview
        from meetingkit.ui.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog.show_for(self, DuplicateReview(self._sessions.conn))
        self._people_changed()  # a merge deletes one of the two records

    @Slot()
    def review_new_details(self) -> None:
        """Every new detail from sign-in, from any meeting, to add to a record or leave out."""
        from meetingkit.services.new_details_review import NewDetailsReview
        from meetingkit.ui.new_details_dialog import NewDetailsDialog

        NewDetailsDialog.show_for(self, NewDetailsReview(self._sessions.conn))
        self._people_changed()  # a record may have taken a new name or number

    @Slot()
    def show_hotspot(self) -> None:
        from meetingkit.ui.hotspot_dialog import HotspotDialog

        HotspotDialog.show_for(self)

    @Slot()
    def show_board(self) -> None:
        """The sign-in code for the room (ui/signin_board.py); shown, Ctrl+Shift+J closes it:
        full screen on the projector, it never takes the keyboard."""
        from meetingkit.ui.signin_board import SignInBoard

        if self._board is not None and self._board.isVisible():
            self._board.close()
            return
        tab = self._signin()
        if tab is None or tab.session is None:
            return
        if not tab.session.is_open:
            tab.toggle_open()
        board = SignInBoard()
        board.said.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        board.show_code(tab.planned_url(), tab.session.settings().phrase, tab.session.meeting.title)
        board.place_on_second_screen(self)
        self._board = board

    @Slot()
    def print_poster(self) -> None:
        tab = self._signin()
        if tab is None:
            return
        url = tab.planned_url()
        self._print(
            self.tr("sign-in poster"),
            "sign-in-poster",
            lambda meeting_id, path: self._documents.poster(meeting_id, path, url),
            # Printed at home, a poster leads to the home network's address (QA round 14)
            after=fill(
                self.tr("Its code leads to %1: this laptop's address on the network it is on now."),
                url,
            ),
        )

    @Slot()
    def print_signin_sheet(self) -> None:
        self._print(self.tr("sign-in sheet"), "sign-in-sheet", self._documents.signin_sheet)

    def _remember(self, **changes: object) -> None:
        """Keep a choice made from a menu in the settings, for the next start."""
        with user_errors(self, self.tr("save the settings")):
            self._preferences.change(**changes)

    def _set_theme(self, name: str) -> None:
        """Wear theme `name` (View › Theme) in every window of the app, from now on."""
        self._wear_theme(name)
        self._remember(theme=name)

    def _wear_theme(self, name: str) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self._check_theme()

    @Slot()
    def _check_theme(self) -> None:
        """Tick the theme worn now in View › Theme."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        worn = current_theme(app) if isinstance(app, QApplication) else "system"
        for action in self.theme_menu.actions():
            action.setChecked(action.data() == worn)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._meetings_page is not None:  # minutes typed in the last 0.6 s: keep them
            if not self._meetings_page.view.agenda_tab.runner.may_close():  # a full disk
                event.ignore()
                return
            self._meetings_page.view.close_signin()  # the port is free, the last sign-in saved
        self._forget_signin_was_open()
        self._remember_place()
        self.projector.close()
        if self._board is not None:
            self._board.close()
        super().closeEvent(event)
        if event.isAccepted():  # closed for good: no clock of it reads the data from now on
            for timer in self.findChildren(QTimer):
                timer.stop()

    def _forget_signin_was_open(self) -> None:
        """A normal quit: the next start has no sign-in left open by a crash to tell of. If
        the data refuses (a full disk, already closed), that start offers to open it again:
        no reason to hold up quitting."""
        from meetingkit.storage.signin_note import forget_serving

        with suppress(sqlite3.Error):
            forget_serving(self._sessions.conn)

    @property
    def _documents(self) -> MeetingDocuments:
        """The meeting's printed documents, made (and reportlab loaded) on first use."""
        if self._meeting_documents is None:
            self._meeting_documents = self._make_documents()
        return self._meeting_documents

    @property
    def meetings_page(self) -> MeetingsPage:
        """The meetings list beside the selected meeting, built the first time it is needed."""
        if self._meetings_page is None:
            from meetingkit.ui.meetings_page import MeetingsPage

            page = MeetingsPage(
                self._meetings,
                self._people,
                self._sessions,
                self._read_today,
                [self.act_edit_meeting, self.act_duplicate_meeting, self.act_delete_meeting],
            )
            self._meetings_page = page
            self.pages.addWidget(page)
            self._fill_agenda_menus(page)
            self._tell_if_signin_was_open(page)
            page.view.path_panel_created.connect(self._connect_path)
            page.current_meeting_changed.connect(self._update_actions)
            page.meeting_activated.connect(self.edit_meeting)
            # The list re-splits Upcoming and Past as the day changes while it is shown: a
            # cheap look at the clock on the heartbeat, no timer of its own
            self.alive_timer.timeout.connect(page.follow_clock)
            page.reload()
            page.set_list_shown(self.act_meeting_list.isChecked())
        return self._meetings_page

    @Slot()
    def _show_meeting_list(self) -> None:
        shown = self.act_meeting_list.isChecked()
        if self._meetings_page is not None:
            self._meetings_page.set_list_shown(shown)
        if shown:  # brought back to choose a meeting
            self.show_meetings()

    @Slot()
    def _build_meetings_page(self) -> None:
        _ = self.meetings_page

    def _whats_next(self) -> WhatsNext:
        from meetingkit.services.whats_next import whats_next

        return whats_next(self._sessions.conn, self._sessions.clock)

    @Slot()
    def show_start(self) -> None:
        self.start_page.refresh()
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.setFocus()

    @property
    def people_page(self) -> PeoplePage:
        """The people directory, built the first time it is needed."""
        if self._people_page is None:
            from meetingkit.services.duplicate_review import DuplicateReview
            from meetingkit.services.new_details_review import NewDetailsReview
            from meetingkit.storage.person_history import read_person_history
            from meetingkit.ui.people_page import PeoplePage

            conn = self._sessions.conn
            clock = self._sessions.clock
            page = PeoplePage(
                self._people,
                duplicates=DuplicateReview(conn).count,
                new_details=NewDetailsReview(conn).count,
                history=lambda person_id: read_person_history(
                    conn, person_id, dt.datetime.fromtimestamp(clock.now())
                ),
                history_action=self.act_person_history,
            )
            page.review_duplicates.connect(self.review_people_duplicates)
            page.review_new_details.connect(self.review_new_details)
            page.current_person_changed.connect(self._update_actions)
            page.person_activated.connect(self.edit_person)
            self.pages.addWidget(page)
            self._people_page = page
            page.refresh()
        return self._people_page

    @Slot()
    def _person_history_toggled(self) -> None:
        """People › History: on only while the People page shows a person, so it is built."""
        if self._people_page is not None:
            self._people_page.show_history_as_chosen()

    @property
    def follow_ups_page(self) -> FollowUpsPage:
        """The follow-up list across meetings, built the first time it is needed."""
        if self._follow_ups_page is None:
            from meetingkit.ui.follow_ups_page import FollowUpsPage

            page = FollowUpsPage(self._sessions.follow_ups(), self._people)
            self.pages.addWidget(page)
            self._follow_ups_page = page
        return self._follow_ups_page

    @property
    def curricula_page(self) -> CurriculaPage:
        """The curriculum library, built (and read from disk) the first time it is needed."""
        if self._curricula_page is None:
            from meetingkit.services.curriculum_library import CurriculumLibrary
            from meetingkit.storage.curriculum_runs import CurriculumRunStore
            from meetingkit.ui.curricula_page import CurriculaPage

            runs = CurriculumRunStore(self._sessions.conn).runs
            page = CurriculaPage(
                CurriculumLibrary(self._data_dir), runs=runs, today=self._read_today
            )
            page.training_requested.connect(self.new_training)
            page.print_requested.connect(self.print_curriculum)
            page.training_opened.connect(self.open_meeting)
            self.pages.addWidget(page)
            self._curricula_page = page
            page.reload()
        return self._curricula_page

    @property
    def groups_page(self) -> GroupsPage:
        """Working groups and committees, built the first time they are needed."""
        if self._groups_page is None:
            from meetingkit.services.groups import Groups
            from meetingkit.ui.groups_page import GroupsPage

            page = GroupsPage(Groups(self._sessions.conn, self._sessions.clock), self._people)
            page.changed.connect(self.start_page.refresh)
            self.pages.addWidget(page)
            self._groups_page = page
        return self._groups_page

    @Slot()
    def show_groups(self) -> None:
        page = self.groups_page
        page.refresh()
        self.pages.setCurrentWidget(page)
        page.focus_list()

    @Slot()
    def choose_meeting_group(self) -> None:
        from meetingkit.services.groups import Groups
        from meetingkit.ui.group_dialogs import MeetingGroupChoice

        meeting = self.meetings_page.current_meeting()
        if meeting is None:
            return
        groups = Groups(self._sessions.conn, self._sessions.clock)
        chosen, group_id = MeetingGroupChoice.ask(
            self, [line.group for line in groups.lines()], groups.group_of(meeting.key)
        )
        if chosen:
            with user_errors(self, self.tr("set the meeting's group")):
                groups.set_meeting_group(meeting.key, group_id)
                self.meetings_page.reload(select_id=meeting.key)

    @Slot()
    def next_meeting(self) -> None:
        """The next meeting of the series, carrying over what this one left open."""
        from meetingkit.services.next_meeting import (
            NextMeeting,
            already_planned,
            create_next,
            draft_next,
            plan_next,
        )
        from meetingkit.ui.next_meeting_dialog import NextMeetingChoice, NextMeetingDialog

        source = self.meetings_page.current_meeting()
        if source is None:
            return
        conn = self._sessions.conn
        made: list[NextMeeting] = []
        keep = self._preferences.settings.new_meeting_retention  # if the source has none

        def create(c: NextMeetingChoice) -> None:  # before the dialog closes: a full disk
            made.append(create_next(conn, source, c.meeting, c.plan, retention_days=keep))

        with user_errors(self, self.tr("create the next meeting")):
            choice = NextMeetingDialog.ask(
                self,
                source,
                draft_next(source, self._today),
                plan_next(conn, source),
                already=lambda meeting: already_planned(conn, meeting),  # not made twice
                save=create,
            )
            if choice is None:
                return
            if choice.open_instead is not None:
                self.open_meeting(choice.open_instead)
                return
            self.meetings_page.reload(select_id=made[0].meeting.key)
            self.show_meetings()
            self.statusBar().showMessage(made[0].summary, 15_000)

    @Slot()
    def show_path(self) -> None:
        if self.meetings_page.current_meeting() is None:
            return
        self.show_meetings()
        self.meetings_page.view.show_path()

    @Slot(int)
    def _open_path_of(self, meeting_id: int) -> None:
        self.open_meeting(meeting_id)
        self.meetings_page.view.show_path()

    @Slot(object)
    def _connect_path(self, panel: GuidedPathPanel) -> None:
        panel.place_requested.connect(self.go_to_place)
        panel.path_changed.connect(self._path_changed)

    @Slot(int)
    def _path_changed(self, meeting_id: int) -> None:
        self.meetings_page.show_progress(meeting_id)

    @Slot(str)
    def go_to_place(self, place: str) -> None:
        """Where an unchecked step of the guided path gets done."""
        view = self.meetings_page.view
        meeting = view.meeting()
        if meeting is None:
            return
        if place in ("agenda", "decisions"):
            view.show_agenda()
        elif place == "roles":
            view.show_roles()
        elif place == "print_agenda":
            self.print_agenda()
        elif place == "print_cards":
            self.act_print_cards.trigger()
        elif place == "print_poster":
            self.print_poster()
        elif place == "signin":
            self._signin()
        elif place == "report":
            view.show_report()
        elif place == "follow_ups":
            self.show_follow_ups()
        elif place == "people":
            self.show_start()
        elif place in ("print_guide", "print_handouts"):
            self._print_training_curriculum(meeting.key, place.removeprefix("print_"))
        if self._meetings_page is not None and view.meeting() is not None:
            view.path_panel.refresh()

    def _print_training_curriculum(self, meeting_id: int, what: str) -> None:
        from meetingkit.services.curricula import load_curriculum
        from meetingkit.services.curriculum_library import CurriculumLibrary

        slug = self._meetings.curriculum(meeting_id)
        try:
            entry = CurriculumLibrary(self._data_dir).find(slug) if slug else None
        except MeetingkitError:
            entry = None
        if entry is None:
            self.statusBar().showMessage(
                self.tr("This meeting was not made from a curriculum in the library."), 10_000
            )
            return
        curriculum, problems = load_curriculum(entry)
        if curriculum is None or problems:
            self.statusBar().showMessage(
                fill(self.tr("The curriculum “%1” has problems: see View › Curricula."), slug),
                10_000,
            )
            return
        self.print_curriculum(curriculum, what, meeting_id)

    @property
    def privacy_page(self) -> PrivacyPage:
        """What is stored and where, with its controls; built the first time it is needed."""
        if self._privacy_page is None:
            from meetingkit.ui.privacy_page import PrivacyPage

            s = self._sessions
            page = PrivacyPage(
                s.conn, s.db_path, s.db_key, s.clock, self._read_today, settings=s.settings
            )
            page.restart_needed.connect(self.close)
            page.purging.connect(self._close_signin)
            page.purging.connect(self.projector.let_go)
            page.purged.connect(self._people_changed)  # nobody shown stays on the open screens
            self.pages.addWidget(page)
            self._privacy_page = page
        return self._privacy_page

    @Slot()
    def show_privacy(self) -> None:
        page = self.privacy_page
        page.refresh()
        self.pages.setCurrentWidget(page)

    @Slot()
    def show_curricula(self) -> None:
        page = self.curricula_page
        self.pages.setCurrentWidget(page)
        page.list.setFocus()

    def new_training(self, curriculum: Curriculum) -> None:
        """A training meeting from a curriculum: its agenda, rotations and commitments."""
        from meetingkit.core.meeting import MeetingKind
        from meetingkit.services.training import agenda_from, create_training_as
        from meetingkit.ui.meeting_dialog import MeetingDialog

        planned = sum(i.planned_minutes for i in agenda_from(curriculum))
        draft = Meeting(
            title=curriculum.title,
            date=self._today + dt.timedelta(days=7),
            start=dt.time(10, 0),
            kind=MeetingKind.TRAINING,
            planned_minutes=planned,
        )
        conn = self._sessions.conn
        made: list[Meeting] = []
        keep = self._preferences.settings.new_meeting_retention

        def create(meeting: Meeting) -> None:  # before the dialog closes, all or nothing: a
            made.append(  # full disk keeps it open
                create_training_as(conn, curriculum, meeting, retention_days=keep)
            )

        if MeetingDialog.ask(self, draft, self.tr("New training"), save=create) is None:
            return
        created = made[0]
        self.meetings_page.reload(select_id=created.key)
        self.show_meetings()
        self.statusBar().showMessage(
            fill(
                self.tr("Created “%1”: its agenda holds the curriculum's modules."),
                created.title,
            ),
            10_000,
        )

    def print_curriculum(
        self, curriculum: Curriculum, what: str, meeting_id: int | None = None
    ) -> None:
        """Print a curriculum's guide or handouts. Printed for a training (from its guided
        path), they tick that training's step, and the guide carries the training's title,
        day and clock times, by its agenda; from the Curricula page, which knows no training,
        none: the trainer ticks the step of the one it was for."""
        from meetingkit.services.printing.guide_pdf import render_guide
        from meetingkit.services.printing.handouts_pdf import render_handouts
        from meetingkit.ui.save_document import SavePath, show_saved

        name = self.tr("facilitator guide") if what == "guide" else self.tr("handouts")
        path = SavePath.ask(
            self, fill(self.tr("Save the %1 as PDF"), name), f"{curriculum.slug}-{what}.pdf"
        )
        if path is None:
            return
        with user_errors(self, fill(self.tr("make the %1"), name)):
            if what == "guide" and meeting_id is not None:  # on the training's clock
                from meetingkit.services.printing.training_times import times_for_training

                training = times_for_training(self._sessions.conn, meeting_id, curriculum)
                render_guide(path, curriculum, training=training)
            else:
                (render_guide if what == "guide" else render_handouts)(path, curriculum)
            if meeting_id is not None:
                from meetingkit.services.guided_path import GuidedPath

                GuidedPath(self._sessions.conn, self._sessions.clock).record_printed(
                    meeting_id, what
                )
            message = show_saved(
                path,
                self.tr("Saved %1 — opening it in your PDF viewer."),
                self.tr("Saved %1. Open it in a PDF viewer to print it."),
            )
            self.statusBar().showMessage(message, 10_000)

    @Slot()
    def show_follow_ups(self) -> None:
        page = self.follow_ups_page
        page.refresh()
        self.pages.setCurrentWidget(page)
        page.table.setFocus()

    @Slot()
    def record_card(self) -> None:
        view = self.meetings_page.view
        view.show_commitments()
        view.commitments_tab.card_edit.setFocus()
        view.commitments_tab.card_edit.selectAll()

    @Slot()
    def print_call_list(self) -> None:
        from meetingkit.ui.call_list_dialog import CallListDialog
        from meetingkit.ui.save_document import DocumentViewer, SavePath

        follow_ups = self._sessions.follow_ups()
        with user_errors(self, self.tr("make the call list")):
            follow_ups.check_anyone_to_call()  # before anything is asked
            choice = CallListDialog.ask(self, follow_ups.organizers(), follow_ups.now().date())
            if choice is None:
                return
            organizer, since = choice.organizer, choice.since
            follow_ups.check_anyone_to_call(organizer=organizer, since=since)  # before the file
            path = SavePath.ask(self, self.tr("Save the call list as PDF"), "call-list.pdf")
            if path is None:
                return
            printed = follow_ups.print_call_list(path, organizer=organizer, since=since)
            DocumentViewer.show(path)
            self.statusBar().showMessage(
                fill(
                    self.tr(
                        "Saved %1: %n people to call (%2). Keep it private; shred it after the "
                        "calls.",
                        "",
                        printed.people,
                    ),
                    str(path),
                    self.tr("%n follow-ups", "", printed.follow_ups),
                ),
                10_000,
            )

    @Slot()
    def print_period(self) -> None:
        from meetingkit.services.curriculum_library import CurriculumLibrary
        from meetingkit.services.period_report import PeriodReports
        from meetingkit.ui.period_dialog import print_period

        s = self._sessions
        reports = PeriodReports(s.conn, s.clock, CurriculumLibrary(self._data_dir))
        say = self.statusBar().showMessage
        print_period(self, reports, reports.today(), lambda message: say(message, 10_000))

    @Slot()
    def export_calendar(self) -> None:
        from meetingkit.ui.save_document import SavePath

        warning = self.tr(
            "Calendar apps often copy their events to an online account (Google, iCloud, "
            "Outlook): outside this laptop, and outside meetingkit's protection. Each event "
            "holds the person's name, phone and email, what they took on and at which "
            "meeting.\n\nThe call list (File › Print call list…) stays on paper."
        )
        if not Confirm.ask(
            self, self.tr("Export follow-ups to a calendar"), warning, self.tr("Export anyway")
        ):
            return
        path = SavePath.ask(
            self,
            self.tr("Export follow-ups to a calendar file"),
            "follow-ups.ics",
            (self.tr("iCalendar files"), ".ics"),
        )
        if path is None:
            return
        with user_errors(self, self.tr("export the follow-ups")):
            count = self._sessions.follow_ups().export_calendar(path)
            self.statusBar().showMessage(
                fill(
                    self.tr(
                        "Saved %n follow-ups to %1. Import it into your calendar app.", "", count
                    ),
                    str(path),
                ),
                10_000,
            )

    @Slot()
    def show_meetings(self) -> None:
        self.pages.setCurrentWidget(self.meetings_page)
        self.meetings_page.tree.setFocus()

    @Slot()
    def show_people(self) -> None:
        self.pages.setCurrentWidget(self.people_page)
        self.people_page.table.setFocus()

    @Slot()
    def find_people(self) -> None:
        self.pages.setCurrentWidget(self.people_page)
        self.people_page.focus_search()

    def open_meeting(self, meeting_id: int) -> None:
        self.show_meetings()
        self.meetings_page.select_meeting(meeting_id)

    # Meetings

    @Slot()
    def new_meeting(self) -> None:
        from meetingkit.ui.meeting_dialog import MeetingDialog

        draft = Meeting(title="", date=self._today, start=dt.time(18, 0))
        created: list[Meeting] = []
        keep = self._preferences.settings.new_meeting_retention

        def create(meeting: Meeting) -> None:  # before the dialog closes: a full disk
            created.append(self._meetings.create(meeting, retention_days=keep))  # leaves it open

        if MeetingDialog.ask(self, draft, self.tr("New meeting"), save=create) is None:
            return
        self.meetings_page.reload(select_id=created[0].key)
        self.show_meetings()

    @Slot()
    def edit_meeting(self) -> None:
        from meetingkit.ui.meeting_dialog import MeetingDialog

        current = self.meetings_page.current_meeting()
        if current is None:
            return
        meetings = self._meetings
        moved: list[DueDatesMoved | None] = []

        def save(meeting: Meeting) -> None:  # before the dialog closes: a full disk leaves it
            moving = meetings.due_dates_moving(meeting)  # open, with what was typed
            meetings.update(meeting)  # moved to another day, the cards' due dates move too
            moved[:] = [moving]

        title, dated = self.tr("Edit meeting"), meetings.dated_options(current.key)
        edited = MeetingDialog.ask(self, current, title, save=save, dated_options=dated)
        if edited is None:
            return
        self.meetings_page.reload(select_id=current.key)
        if moved and moved[0] is not None:
            self.statusBar().showMessage(self._due_dates_moved(edited, moved[0]), 20_000)

    def _due_dates_moved(self, meeting: Meeting, moved: DueDatesMoved) -> str:
        """After a meeting moved to another day: its cards' due dates moved with it, by how
        much; the commitments people already made keep theirs; cards printed before show the
        old dates."""
        if moved.days > 0:
            text = self.tr(
                "Moved to %1: the due dates on its cards moved with it, %n days later.",
                "",
                moved.days,
            )
        else:
            text = self.tr(
                "Moved to %1: the due dates on its cards moved with it, %n days earlier.",
                "",
                -moved.days,
            )
        said = [fill(text, weekday_date(meeting.date))]
        if moved.kept:
            said.append(
                self.tr(
                    "%n commitments already made keep the date people committed to.",
                    "",
                    moved.kept,
                )
            )
        if moved.cards_printed:
            said.append(self.tr("Cards printed before show the old dates: print them again."))
        return " ".join(said)

    @Slot()
    def duplicate_meeting(self) -> None:
        from meetingkit.ui.meeting_dialog import MeetingDialog

        source = self.meetings_page.current_meeting()
        if source is None:
            return
        # A duplicate is usually the next in a series: same weekday and time, the first week
        # whose start is still ahead (today's, if its time has not come yet).
        now = dt.datetime.fromtimestamp(self._sessions.clock.now())
        date = source.date + dt.timedelta(days=7)
        while dt.datetime.combine(date, source.start) <= now:
            date += dt.timedelta(days=7)
        draft = source.as_template_for(date)
        created: list[Meeting] = []
        keep = self._preferences.settings.new_meeting_retention  # if the source has none

        def duplicate(meeting: Meeting) -> None:  # before the dialog closes, as for a new one;
            created.append(  # all or nothing
                self._meetings.duplicate(source.key, meeting, retention_days=keep)
            )

        if MeetingDialog.ask(self, draft, self.tr("Duplicate meeting"), save=duplicate) is None:
            return
        self.meetings_page.reload(select_id=created[0].key)

    @Slot()
    def delete_meeting(self) -> None:
        from meetingkit.services.meeting_deletion import backup_before_deleting, left_open_at
        from meetingkit.storage.erasure import leaving_if_deleted
        from meetingkit.storage.export_log import ExportLog
        from meetingkit.ui.meeting_deletion import MeetingDeletion
        from meetingkit.ui.pending_wipe import wipe_later

        current = self.meetings_page.current_meeting()
        if current is None:
            return
        words = MeetingDeletion()
        with user_errors(self, self.tr("delete the meeting")):
            left_open = left_open_at(self._sessions.conn, current.key, self._sessions.clock)
            leaving = leaving_if_deleted(self._sessions.conn, current.key).deleted
            record = self._meetings.record(current.key)
            text = words.question(
                current,
                record,
                left_open,
                leaving=len(leaving),
                exported=len(ExportLog(self._sessions.conn).entries(current.key)),
                encrypted=self._sessions.db_key is not None,
            )
            if not Confirm.ask(self, self.tr("Delete meeting"), text, self.tr("Delete meeting")):
                return
            s = self._sessions  # a backup first, unless it holds nothing but a plan
            backup = backup_before_deleting(s.conn, current.key, s.db_path.parent, s.db_key)
            self._close_signin(current.key)
            self.projector.let_go(current.key)
            deleted = self._meetings.delete(current.key)
            if deleted.people_left:  # people left the directory with it
                self._people_changed()
            self.meetings_page.reload()
            self.statusBar().showMessage(words.deleted(current, backup), 15_000)
            if not (deleted.wiped or record.empty):  # a plan names nobody
                # another program is reading: said, and wiped once it stops
                wipe_later(self, self._sessions.conn, words.not_wiped(current), one_name=False)

    @Slot(int)
    def _close_signin(self, meeting_id: int) -> None:
        """A meeting being deleted or purged takes no more sign-ins from phones, and is not
        offered to open them again."""
        from meetingkit.storage.signin import SignInStore

        if self._meetings_page is not None and self._meetings_page.view.close_signin(meeting_id):
            self.statusBar().showMessage(self.tr("Sign-in was closed."), 8000)
        with suppress(sqlite3.Error):  # else forgotten when next asked: the meeting is gone
            SignInStore(self._sessions.conn).forget_serving(meeting_id)

    @Slot()
    def print_agenda(self) -> None:
        self._print(self.tr("agenda"), "agenda", self._documents.agenda)

    @Slot()
    def export_attendees(self) -> None:
        from meetingkit.services.exports import Exports
        from meetingkit.ui.export_dialog import ExportDialog

        meeting = self.meetings_page.current_meeting()
        if meeting is None:
            return
        done = ExportDialog.ask(self, Exports(self._sessions.conn, self._sessions.clock), meeting)
        if done is not None:
            left_out = "; ".join(done.table.describe_left_out())
            self.statusBar().showMessage(
                fill(
                    self.tr("Exported %n people to %1. %2", "", len(done.table.rows)),
                    str(done.path),
                    left_out,
                ),
                15_000,
            )

    @Slot()
    def import_roster(self) -> None:
        from meetingkit.services.roster_import import RosterImport
        from meetingkit.ui.roster_import_dialog import RosterImportDialog

        done = RosterImportDialog.ask(self, RosterImport(self._sessions.conn, self._sessions.clock))
        if done is None:
            return
        self._people_changed()
        self.statusBar().showMessage(
            fill(
                self.tr(
                    "Imported %1: %2 added, %3 already here got empty fields filled in,"
                    " %4 already here with nothing to add, %5 skipped."
                ),
                done.entry.file_name,
                str(done.entry.added),
                str(done.already_here.filled),
                str(done.already_here.unchanged),
                str(done.entry.skipped),
            ),
            15_000,
        )

    @Slot()
    def print_report(self) -> None:
        """The report tab, where the shared or the facilitator's copy is chosen and printed."""
        view = self.meetings_page.view
        view.show_report()
        view.report_tab.print_report()

    @Slot()
    def print_minutes(self) -> None:
        self._print(self.tr("minutes"), "minutes", self._documents.minutes)

    def _print(
        self, what: str, file_word: str, make: Callable[[int, Path], None], after: str = ""
    ) -> None:
        """Save a meeting document as PDF and open it: `what` names it in the dialogs (in the
        app's language), `file_word` starts its file name (the same in every language);
        `after` follows the message that says it was saved."""
        from meetingkit.services.printing.meeting_documents import suggested_filename
        from meetingkit.ui.save_document import SavePath, show_saved

        current = self.meetings_page.current_meeting()
        if current is None:
            return
        self.meetings_page.view.agenda_tab.runner.save_minutes()
        title = fill(self.tr("Save the %1 as PDF"), what)
        path = SavePath.ask(self, title, suggested_filename(file_word, current))
        if path is None:
            return
        with user_errors(self, fill(self.tr("make the %1"), what)):
            make(current.key, path)
            message = show_saved(
                path,
                self.tr("Saved %1 — opening it in your PDF viewer."),
                self.tr("Saved %1. Open it in a PDF viewer to print it."),
            )
            self.statusBar().showMessage(" ".join([message, after]).strip(), 10_000)

    # People

    @Slot()
    def new_person(self) -> None:
        from meetingkit.ui.person_dialog import PersonDialog, PersonForm

        added: list[Person] = []

        def add(form: PersonForm) -> None:  # saved before the dialog closes: a full disk
            with transaction(self._sessions.conn):  # leaves it open, as typed, and no half
                person = self._people.add(form.person)
                self._people.set_categories(person.key, form.groups)
            added.append(person)

        form = PersonDialog.ask(
            self, Person(first_name=""), self.tr("New person"), frozenset(), self._people, save=add
        )
        if form is None:
            return
        if form.open_instead is not None:  # already there: open them, add no copy
            self._open_person(form.open_instead)
            return
        self.show_people()
        self.people_page.search_edit.clear()
        self.people_page.refresh(select_id=added[0].key)

    def _open_person(self, person_id: int) -> None:
        """Show a person in People, found by their name, and open them for editing."""
        with user_errors(self, self.tr("open the person")):
            person = self._people.get(person_id)
            self.show_people()
            self.people_page.search_edit.setText(person.display_name)
            self.people_page.refresh(select_id=person_id)
            current = self.people_page.current_person()
            if current is not None and current.id == person_id:
                self.edit_person()

    @Slot()
    def edit_person(self) -> None:
        from meetingkit.ui.person_dialog import PersonDialog, PersonForm

        current = self.people_page.current_person()
        if current is None:
            return
        groups = self._people.categories([current.key]).get(current.key, frozenset())
        person_id = current.key

        def save(form: PersonForm) -> None:  # before the dialog closes, as for a new person
            with transaction(self._sessions.conn):
                self._people.update(form.person, today=self._today)  # today's meeting follows
                self._people.set_categories(person_id, form.groups, today=self._today)

        form = PersonDialog.ask(
            self, current, self.tr("Edit person"), groups, self._people, save=save
        )
        if form is None:
            return
        self._offer_withdrawal(current, groups - form.groups)
        self.people_page.refresh(select_id=current.key)
        self._people_changed()

    def _offer_withdrawal(self, person: Person, taken_off: frozenset[str]) -> None:
        """Groups taken off someone's record stay in the meetings they came to, as they were
        then (they left the night shift); if the person took back what they told you, they
        go from those meetings too (storage.erasure.withdraw_categories)."""
        from meetingkit.storage.attendance import AttendanceStore

        kept = AttendanceStore(self._sessions.conn).kept_categories(person.key) & taken_off
        if not kept:
            return
        text = fill(
            self.tr(
                "%1 is no longer in: %2.\n\nThe meetings they came to still count them there, "
                "as they were then. If they asked you to take back what they told you, remove "
                "it from those meetings' figures too. This cannot be undone."
            ),
            person.display_name,
            ", ".join(sorted(kept, key=str.casefold)),
        )
        title, action = self.tr("Groups taken off"), self.tr("Remove from past meetings")
        if Confirm.ask(self, title, text, action):
            with user_errors(self, self.tr("remove the groups from past meetings")):
                self._people.withdraw_categories(person.key, kept)

    @Slot()
    def forget_person(self) -> None:
        current = self.people_page.current_person()
        if current is None:
            return
        from meetingkit.core import copies_outside
        from meetingkit.ui.pending_wipe import wipe_later

        text = fill(
            self.tr(
                "Forget %1? This deletes their contact details and notes, their groups and "
                "roles, their attendance, sign-ins, stack entries and turns, and their "
                "commitments and follow-ups. Their name, email and phone are wiped from minutes "
                "and notes and from the database file. It cannot be undone."
            ),
            current.display_name,
        )
        text += "\n\n" + copies_outside.of_person()
        if not Confirm.ask(self, self.tr("Forget this person"), text, self.tr("Forget")):
            return
        with user_errors(self, self.tr("forget the person")):
            wiped = self._people.forget(current.key)
            self._people_changed()
            self.statusBar().showMessage(
                fill(self.tr("%1 was forgotten."), current.display_name), 8000
            )
            if not wiped:  # another program is reading: said, and wiped once it stops
                wipe_later(
                    self,
                    self._sessions.conn,
                    fill(
                        self.tr(
                            "%1 was forgotten: meetingkit no longer shows or uses anything "
                            "about them."
                        ),
                        current.display_name,
                    ),
                    one_name=True,
                )

    @Slot()
    def _people_changed(self) -> None:
        """People were added, merged, forgotten or purged: every screen that shows names (the
        people directory, the open meeting's floor and agenda, the start screen) reads them
        again, so none goes on showing or writing someone who is gone."""
        if self._people_page is not None:
            self._people_page.refresh()
        if self._meetings_page is not None:
            self._meetings_page.reload()
        self.start_page.refresh()
        self.projector.read_again()  # the projector's meeting, when another is on screen

    def _meetings_open(self) -> list[int]:
        """The meetings open in the app, which a purge as the day changes holds until they
        are let go (ui.day_purge): the one on screen and the projector's."""
        page = self._meetings_page
        shown = page.current_meeting() if page is not None else None
        ids = [shown.id if shown is not None else None, self.projector.meeting_id()]
        return [m for m in ids if m is not None]

    @Slot()
    def _purged_while_open(self) -> None:
        """Meetings were purged as the day changed while the app was open: the screens that
        show their people, commitments or purge read them again."""
        self._people_changed()
        for page in (self._privacy_page, self._follow_ups_page, self._groups_page):
            if page is not None:
                page.refresh()

    # Help

    @Slot()
    def show_shortcuts(self) -> None:
        from meetingkit.ui.shortcut_sheet import ShortcutSheet

        ShortcutSheet.show_for(self, self.shortcut_actions())

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @Slot()
    def show_settings(self) -> None:
        from meetingkit.ui.settings_dialog import SettingsDialog, language_next_start

        dialog = SettingsDialog(
            self._preferences.settings, self._data_dir, self._data_dir_given, self
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.settings()
        with user_errors(self, self.tr("save the settings")):
            before = self._preferences.settings
            self._preferences.change(**chosen.to_dict())
            if chosen.theme != before.theme:
                self._wear_theme(chosen.theme)
            said = [self.tr("Settings saved.")]
            if chosen.language != before.language:
                said.append(language_next_start())
            self.statusBar().showMessage(" ".join(said), 5000)
            self._say_next_data_folder()

    def _say_next_data_folder(self) -> None:
        """Another data folder chosen in Settings opens from the next start; until then the
        data is where it is. The status bar names the folder in use, and its tooltip the one
        to come. A folder given by --data-dir or the environment (and the demo's) is that
        run's own: the settings do not change it."""
        from meetingkit.services.data_dir import resolve_data_dir

        chosen = self._preferences.settings.data_dir
        ahead = None if self._data_dir_given else resolve_data_dir(None, {}, chosen)
        note = ""
        if ahead is not None and ahead != self._data_dir:
            from meetingkit.ui.settings_dialog import folder_next_start

            note = folder_next_start(str(ahead), str(self._data_dir))
        self.data_folder.set_next_start(note)

    @Slot()
    def show_about(self) -> None:
        from meetingkit.ui.feedback import MessageBox

        MessageBox.tell(
            QMessageBox.Icon.NoIcon,
            self,
            self.tr("About meetingkit"),
            fill(
                self.tr(
                    "<h3>meetingkit %1</h3>"
                    "<p>Run in-person meetings, trainings and assemblies from one laptop: agendas, "
                    "a speaking stack, equal airtime, QR sign-in, commitment cards.</p>"
                    "<p>Everything stays on this computer. meetingkit sends nothing anywhere: no "
                    "accounts, no cloud, no telemetry.</p>"
                ),
                __version__,
            ),
        )


def _focus_into(page: QWidget) -> None:
    """Put the focus in `page` unless it is there already: on the widget that last had it
    there, else on the first one Tab reaches."""
    focus = QApplication.focusWidget()
    if focus is not None and page.isAncestorOf(focus):
        return
    last = page.focusWidget()
    if last is not None and last.isVisible() and last.isEnabled():
        last.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and page.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
