"""The meeting screen: what the meeting is, its agenda (planned and live), and its roles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import full_date
from meetingkit.core.meeting import Meeting, format_duration
from meetingkit.services.sessions import Sessions
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_tab import AgendaTab
from meetingkit.ui.labels import breakable, heading_label, plain_label
from meetingkit.ui.roles_panel import RolesPanel

if TYPE_CHECKING:
    from meetingkit.core.rotation import RotationShown
    from meetingkit.core.stack_entry import Vocabulary
    from meetingkit.services.agenda_session import AgendaSession
    from meetingkit.services.floor_session import FloorSession, FloorSnapshot
    from meetingkit.storage.signin import SignedIn
    from meetingkit.ui.commitments_tab import CommitmentsTab
    from meetingkit.ui.floor_tab import FloorTab
    from meetingkit.ui.guided_path_panel import GuidedPathPanel
    from meetingkit.ui.report_tab import ReportTab
    from meetingkit.ui.signin_tab import SignInTab
    from meetingkit.ui.today import Today


@dataclass(frozen=True)
class RoomView:
    snapshot: FloorSnapshot
    item_title: str
    item_remaining_ms: int | None
    vocabulary: Vocabulary
    rotation: RotationShown | None = None  # the item's group rotation, while under way


def room_view_of(floor: FloorSession, agenda: AgendaSession | None) -> RoomView:
    """What the projector shows of a meeting's floor and agenda (its `agenda` None, or
    another meeting's: no item): the floor's snapshot and the item the floor is on, its title,
    time left and rotation. The item the floor is on, not the agenda's: as the agenda moves on
    with people still waiting, the floor stays on the item left until the facilitator says
    where they go, and the room saw the new item's title and clock over the old one's speaker
    and "Next:"."""
    if agenda is not None and agenda.meeting.key != floor.meeting.key:
        agenda = None
    item_id = floor.floor.item_id
    item = next((i for i in agenda.items if i.id == item_id), None) if agenda else None
    remaining = agenda.run.remaining_ms(item.key) if agenda and item else None
    timer = agenda.rotation(item.key) if agenda and item else None
    return RoomView(
        floor.snapshot(),
        item.title if item else "",
        remaining,
        floor.floor.settings.vocabulary,
        timer.shown() if timer else None,
    )


class MeetingView(QWidget):
    """Shows one meeting. Every change in it is saved at once."""

    def __init__(
        self,
        meetings: MeetingStore,
        people: PeopleStore,
        sessions: Sessions,
        header_actions: list[QAction],
        parent: QWidget | None = None,
        *,
        today: Today,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._people = people
        self._sessions = sessions
        self._today = today  # the app's day, read when used (a new commitment's due date)
        self._meeting: Meeting | None = None
        self._roles_panel: RolesPanel | None = None

        self.empty_label = plain_label(
            self.tr("No meeting selected.\n\nCreate one with File → New meeting (Ctrl+N).")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        self.title_label = heading_label(1.6)
        self.title_label.setWordWrap(True)
        self.when_label = plain_label()
        self.place_label = plain_label()
        # A place is written "as it should print on the agenda and the poster": room and
        # address, up to 300 characters. It wraps under the title rather than widen the window.
        self.place_label.setWordWrap(True)
        header_buttons = QHBoxLayout()
        for action in header_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            header_buttons.addWidget(button)
        header_buttons.addStretch(1)

        self.agenda_tab = AgendaTab(people)
        # The floor and the roles are built the first time they are needed: they are not on
        # screen at start-up, and building them would slow it (bench/startup.py).
        self._floor_tab: FloorTab | None = None
        self._floor_page = _lazy_page()
        self._roles_page = _lazy_page()
        self._signin_tab: SignInTab | None = None
        self._signin_page = _lazy_page()
        self._commitments_tab: CommitmentsTab | None = None
        self._commitments_page = _lazy_page()
        self._report_tab: ReportTab | None = None
        self._report_page = _lazy_page()
        self._path_panel: GuidedPathPanel | None = None
        self._path_page = _lazy_page()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_tab, self.tr("&Agenda"))
        self.tabs.addTab(self._floor_page, self.tr("F&loor"))  # Alt+F is the File menu
        self.tabs.addTab(self._signin_page, self.tr("&Sign-in"))
        self.tabs.addTab(self._commitments_page, self.tr("Comm&itments"))
        self.tabs.addTab(self._roles_page, self.tr("R&oles"))
        self.tabs.addTab(self._report_page, self.tr("&Report"))
        self.tabs.addTab(self._path_page, self.tr("Pa&th"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # A tab clicked takes the keys with it: the floor's A, P, T (its hint says "Press A")
        # work only with the focus in it, and typed into the meeting list they were its
        # type-ahead, then Enter edited the meeting's title (QA 17a)
        self.tabs.tabBarClicked.connect(self._focus_clicked_tab)

        details = QWidget()
        layout = QVBoxLayout(details)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.place_label)
        layout.addLayout(header_buttons)
        layout.addWidget(self.tabs, 1)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self.agenda_tab.runner.run_changed.connect(self._follow_agenda)
        self.agenda_tab.runner.run_changed.connect(self._refresh_shown_report)
        self.agenda_tab.editor.items_changed.connect(self._follow_agenda)
        # Sign-in closes with the meeting (DOMAIN.md): End meeting closes it if it is open
        self.agenda_tab.runner.signin_open = self._signin_open_for
        self.agenda_tab.runner.stack_waiting = self._stack_waiting
        self.agenda_tab.runner.still_waiting = self._still_waiting  # End meeting says them
        self.agenda_tab.runner.meeting_ended.connect(self.close_signin)

    floor_tab_created = Signal(object)
    """The floor tab was just built (for whoever adds its actions to menus)."""

    @property
    def floor_tab(self) -> FloorTab:
        if self._floor_tab is None:
            from meetingkit.ui.floor_tab import FloorTab

            tab = FloorTab(self._people)
            tab.undo_stack = self.agenda_tab.editor.undo_stack  # one history per meeting
            tab.item_time_left = self._item_time_left  # asks to close the stack near the end
            tab.item_title = self._item_title  # names the item carrying the unheard leaves
            tab.meeting_ended = self._meeting_ended  # the floor closes with the meeting
            _mount(self._floor_page, tab)
            self._floor_tab = tab
            meeting = self._meeting
            tab.set_session(None if meeting is None else self._sessions.floor(meeting))
            self._follow_agenda(ask=False)
            self.floor_tab_created.emit(tab)
        return self._floor_tab

    signin_tab_created = Signal(object)
    """The sign-in tab was just built."""

    @property
    def signin_tab(self) -> SignInTab:
        if self._signin_tab is None:
            from meetingkit.ui.signin_tab import SignInTab

            tab = SignInTab()
            _mount(self._signin_page, tab)
            self._signin_tab = tab
            meeting = self._meeting
            tab.set_session(None if meeting is None else self._sessions.signin(meeting))
            tab.room_changed.connect(self._room_changed)
            # Whom the server's sign-ins concern: the floor reads only them again
            tab.signals.signed_in_.connect(self._signed_in)
            tab.signals.withdrawn_.connect(self._taken_back)
            tab.signals.committed_.connect(self._phone_committed)
            self.signin_tab_created.emit(tab)
        return self._signin_tab

    commitments_changed = Signal()
    """Commitments were recorded, here or from a phone (the follow-up list refreshes)."""

    @property
    def commitments_tab(self) -> CommitmentsTab:
        if self._commitments_tab is None:
            from meetingkit.ui.commitments_tab import CommitmentsTab

            tab = CommitmentsTab(self._people, today=self._today)
            _mount(self._commitments_page, tab)
            self._commitments_tab = tab
            meeting = self._meeting
            tab.set_desk(None if meeting is None else self._sessions.commitments(meeting))
            tab.commitments_changed.connect(self.commitments_changed)
            tab.room_changed.connect(self._walked_in)
        return self._commitments_tab

    @property
    def report_tab(self) -> ReportTab:
        """The meeting report, built (and the report computed) the first time it is shown."""
        if self._report_tab is None:
            from meetingkit.services.meeting_report import MeetingReports
            from meetingkit.ui.report_tab import ReportTab

            tab = ReportTab(MeetingReports(self._sessions.conn, self._sessions.clock))
            _mount(self._report_page, tab)
            self._report_tab = tab
            tab.show_meeting(self._meeting)
        return self._report_tab

    path_panel_created = Signal(object)
    """The guided path panel was built (the main window connects its links)."""

    @property
    def path_panel(self) -> GuidedPathPanel:
        """Plan → Prepare → Run → Follow up, built the first time it is shown."""
        if self._path_panel is None:
            from meetingkit.services.guided_path import GuidedPath
            from meetingkit.ui.guided_path_panel import GuidedPathPanel

            panel = GuidedPathPanel(GuidedPath(self._sessions.conn, self._sessions.clock))
            _mount(self._path_page, panel)
            self._path_panel = panel
            panel.show_meeting(self._meeting)
            self.path_panel_created.emit(panel)
        return self._path_panel

    def show_path(self) -> None:
        self.tabs.setCurrentWidget(self._path_page)
        _ = self.path_panel

    def show_agenda(self) -> None:
        self.tabs.setCurrentWidget(self.agenda_tab)

    def show_roles(self) -> None:
        self.tabs.setCurrentWidget(self._roles_page)
        _ = self.roles_panel

    def show_report(self) -> None:
        self.tabs.setCurrentWidget(self._report_page)
        _ = self.report_tab

    def show_commitments(self) -> None:
        self.tabs.setCurrentWidget(self._commitments_page)

    @Slot()
    def _phone_committed(self) -> None:
        if self._commitments_tab is not None:
            self._commitments_tab.refresh()
        self.commitments_changed.emit()

    @Slot()
    def _walked_in(self) -> None:
        """A walk-in's blank card marked them present: the floor's room and the arrivals
        follow."""
        self._room_changed()
        if self._signin_tab is not None:
            self._signin_tab.refresh()

    @Slot()
    def _room_changed(self) -> None:
        """Sign-ins change who is present: the floor's room shares follow."""
        if self._floor_tab is not None:
            self._floor_tab.follow_room()

    @Slot(object)
    def _signed_in(self, signed: SignedIn) -> None:
        """The sign-in server saved or fixed a sign-in: at the room's next change the floor
        reads its person again, and not everyone (services.floor_room)."""
        floor = self._floor_tab.session if self._floor_tab is not None else None
        if floor is not None:
            floor.note_arrival(signed.person_id)

    @Slot(int)
    def _taken_back(self, _signin_id: int) -> None:
        """The sign-in server took a sign-in back: the floor reads the whole room again."""
        floor = self._floor_tab.session if self._floor_tab is not None else None
        if floor is not None:
            floor.note_taken_back()

    def show_signin(self) -> None:
        self.tabs.setCurrentWidget(self._signin_page)

    def _signin_open_for(self, meeting_id: int) -> bool:
        tab = self._signin_tab
        return tab is not None and tab.serving is not None and tab.serving.meeting.key == meeting_id

    def _agenda_and_floor(self) -> tuple[AgendaSession, FloorSession] | None:
        """The agenda's session and the floor's, once the floor is opened on the agenda's
        meeting; None before, or mid-way from one meeting to another (or from a deleted one)."""
        if self._floor_tab is None:  # nothing on the floor until it is opened
            return None
        agenda, floor = self.agenda_tab.editor.session, self._floor_tab.session
        if agenda is None or floor is None or floor.meeting.key != agenda.meeting.key:
            return None
        return agenda, floor

    def _stack_waiting(self) -> int:
        """People waiting on the item on now while its stack is open (for the time check):
        everyone the floor's table shows, as the floor's own call to close the stack counts."""
        both = self._agenda_and_floor()
        floor = both[1].floor if both is not None else None
        return 0 if floor is None or floor.stack_closed else len(floor.waiting())

    def _still_waiting(self) -> str:
        """Who is still waiting on the floor's stack, open or closed, as the question asked
        as the agenda moves on says it (`waiting_text`), for End meeting's question; "" for
        nobody, or before the floor is opened on the meeting."""
        from meetingkit.ui.unheard_wording import waiting_text

        both = self._agenda_and_floor()
        floor = both[1].floor if both is not None else None
        waiting = floor.waiting() if floor is not None else []
        if floor is None or not waiting:
            return ""
        return waiting_text(len(waiting), self._item_title(floor.item_id))

    def _meeting_ended(self) -> bool:
        """Whether the floor's meeting has ended (its floor then gives nobody the floor)."""
        both = self._agenda_and_floor()
        return both is not None and both[0].run.ended

    def _item_title(self, item_id: int | None) -> str:
        """The title of the floor's meeting's agenda item `item_id`, as the questions about
        the people still waiting name it; "the meeting" for the meeting's own stack."""
        both = self._agenda_and_floor()
        items = both[0].items if both is not None else []
        title = next((i.title for i in items if item_id is not None and i.id == item_id), "")
        return title or self.tr("the meeting")

    def _item_time_left(self) -> int | None:
        """The time left on the item on now, on the floor's meeting (negative once over),
        from the item's time check on (for the floor's call to close the stack)."""
        both = self._agenda_and_floor()
        if both is None:
            return None
        run, floor = both[0].run, both[1].floor
        item = run.current_item
        if item is None or floor.item_id != item.key:
            return None
        at = run.now_ms()
        left = run.remaining_ms(item.key, at)
        return left if left < 0 or run.time_check_due(item.key, at) else None

    def close_signin(self, meeting_id: int | None = None) -> bool:
        """Close sign-in if it is open (for `meeting_id`, deleted or purged, when given):
        whether it was."""
        return self._signin_tab is not None and self._signin_tab.close_serving(meeting_id)

    @property
    def roles_panel(self) -> RolesPanel:
        if self._roles_panel is None:
            self._roles_panel = RolesPanel(self._meetings, self._people, self._sessions)
            _mount(self._roles_page, self._roles_panel)
            self._roles_panel.show_meeting(self._meeting)
        return self._roles_panel

    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.agenda_tab.set_session(None if meeting is None else self._sessions.agenda(meeting))
        if self._floor_tab is not None:
            self._floor_tab.set_session(None if meeting is None else self._sessions.floor(meeting))
        if self._signin_tab is not None:
            self._signin_tab.set_session(
                None if meeting is None else self._sessions.signin(meeting)
            )
        if self._commitments_tab is not None:
            self._commitments_tab.set_desk(
                None if meeting is None else self._sessions.commitments(meeting)
            )
        self._follow_agenda(ask=False)
        if self._report_tab is not None:
            self._report_tab.show_meeting(meeting)
        if self._path_panel is not None:
            self._path_panel.show_meeting(meeting)
        if self._roles_panel is not None:
            self._roles_panel.show_meeting(meeting)
        if meeting is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.title_label.setText(breakable(meeting.title))
        self.when_label.setText(
            f"{meeting.kind.label} · {full_date(meeting.date)} · "
            f"{meeting.start:%H:%M}–{meeting.planned_end:%H:%M} "
            f"({format_duration(meeting.planned_minutes)})"
        )
        self.place_label.setText(breakable(meeting.place) or self.tr("No place set"))
        if self._floor_tab is None and self._sessions.turn_left_on(meeting):
            # Opened as soon as the window is up, not when first looked at: a restart's
            # gap is left out as of now, and the turn is kept alive from now on.
            QTimer.singleShot(0, self, partial(self._open_floor, meeting.key))

    def _open_floor(self, meeting_id: int) -> None:
        if self._meeting is not None and self._meeting.key == meeting_id:
            _ = self.floor_tab

    def room_view(self) -> RoomView | None:
        """What the projector may show now: the floor's snapshot and the agenda item."""
        floor, agenda = self.floor_tab.session, self.agenda_tab.editor.session
        return None if floor is None else room_view_of(floor, agenda)

    def show_floor(self) -> None:
        self.tabs.setCurrentWidget(self._floor_page)
        self.floor_tab.stack_table.setFocus()

    @Slot()
    def _follow_agenda(self, ask: bool = True) -> None:
        """The floor's stack is the current agenda item's. When the agenda moves on and people
        are still waiting on the old item, the facilitator decides where they go."""
        from meetingkit.ui.unheard_choice import Unheard, UnheardChoice

        both = self._agenda_and_floor()
        if both is None:  # nothing to follow until the floor is opened on this meeting
            return
        agenda, floor = both
        current = agenda.run.current_item
        new_id = current.id if current else None
        ids = [i.key for i in agenda.items]
        after = ids.index(new_id) + 1 if new_id in ids else None
        self.floor_tab.next_item_id = ids[after] if after is not None and after < len(ids) else None
        old_id = floor.floor.item_id
        if new_id == old_id:
            self.floor_tab.refresh()
            return
        waiting = floor.floor.waiting()
        if ask and waiting and current is not None:
            choice = UnheardChoice.ask(
                self,
                len(waiting),
                self._item_title(old_id),
                current.title,
                floor.not_carried(),
            )
            if choice == Unheard.CARRY:
                floor.move_unheard(new_id)
            elif choice == Unheard.PARK:
                floor.park_unheard()
        floor.follow_item(new_id)
        self.floor_tab.refresh()

    @Slot()
    def _refresh_shown_report(self) -> None:
        """The meeting started, moved on or ended (Shift+F8 works from any tab): the report on
        show follows it, and a hidden one reads it again when shown (QA 16e)."""
        if self._report_tab is not None and self._report_tab.isVisible():
            self._report_tab.refresh()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._floor_page:
            _ = self.floor_tab
        if self.tabs.widget(index) is self._signin_page:
            _ = self.signin_tab
        if self.tabs.widget(index) is self._roles_page:
            _ = self.roles_panel
        if self.tabs.widget(index) is self._commitments_page:
            self.commitments_tab.refresh()
        if self.tabs.widget(index) is self._path_page:
            _ = self.path_panel  # it reads the path again each time it is shown
        if self.tabs.widget(index) is self._report_page:
            _ = self.report_tab  # it reads the report again each time it is shown

    @Slot(int)
    def _focus_clicked_tab(self, index: int) -> None:
        # After the click has made it current (and built it, the first time)
        QTimer.singleShot(0, self, partial(self._focus_page, index))

    def _focus_page(self, index: int) -> None:
        """The keys to the page of tab `index` if it is on screen and has not got them: its
        main table (the agenda's, the stack), else the first control it has."""
        if self.tabs.currentIndex() != index:
            return
        page = self.tabs.widget(index)
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        if page is self._floor_page and self._floor_tab is not None:
            self._floor_tab.stack_table.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        if page is self.agenda_tab:
            self.agenda_tab.editor.table.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.MouseFocusReason)
                return
            widget = widget.nextInFocusChain()


def _lazy_page() -> QWidget:
    """A tab's page, empty until the tab's own widget is built on first use."""
    page = QWidget()
    QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
    return page


def _mount(page: QWidget, widget: QWidget) -> None:
    layout = page.layout()
    assert layout is not None
    layout.addWidget(widget)
    widget.show()  # a child added to a page already on screen stays hidden otherwise
