"""The live floor: who speaks, who is waiting and why, and how airtime is shared.

Keyboard first: N next speaker, Space pause or resume, E end the turn, A adds to the stack
(P, T, C, D for a point of process, a technical point, a clarifying question, a direct
response), Del withdraws, R refuses a direct response, Ctrl+Up/Down moves (logged), L shows
the log of changes by hand. One QTimer repaints from the clock; it holds no time of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.durations import clock_face, countdown, span, wall_time
from meetingkit.core.floor import (
    Cue,
    Floor,
    FloorSettings,
    Placement,
    StackEntry,
    changes_by_hand,
)
from meetingkit.core.i18n import fill
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind
from meetingkit.services.floor_session import FloorSession, Resumed
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.button_flow import ButtonFlow
from meetingkit.ui.feedback import Alert, Confirm, attempt, could_not, user_errors
from meetingkit.ui.floor_models import StackModel
from meetingkit.ui.floor_panels import AirtimePanel, RulePanel
from meetingkit.ui.labels import (
    countdown_label,
    describe_as,
    heading_label,
    over_blink_off,
    plain_label,
    set_text_colour,
)
from meetingkit.ui.notice_banner import NoticeBanner
from meetingkit.ui.scroll_column import ScrollColumn, least_height
from meetingkit.ui.table_columns import ReadableColumns, header_width, text_width
from meetingkit.ui.tones import tones
from meetingkit.ui.unheard_wording import carry_button_text, not_carried_text, waiting_text

TICK_MS = 200
SLOW_EVERY = 5  # airtime panels repaint every fifth tick (once a second)
WRAPPED_ROW_PADDING = 6  # a row of the stack whose text wraps: a little air above and below
NEXT_IN_VIEW = 3  # the people the stack keeps in view where its column scrolls anyway

ADD_KEYS = (
    (EntryKind.GENERAL, "A"),
    (EntryKind.PROCESS, "P"),
    (EntryKind.TECHNICAL, "T"),
    (EntryKind.CLARIFYING, "C"),
    (EntryKind.DIRECT_RESPONSE, "D"),
)


class FloorTab(QWidget):
    floor_changed = Signal()
    """The stack or the turn changed (for the projector and the agenda)."""

    def __init__(self, people: PeopleStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.session: FloorSession | None = None
        # The meeting's history of changes, shared with its agenda (set by the meeting view):
        # a withdrawal or a refusal is undone with Ctrl+Z like an agenda edit.
        self.undo_stack: QUndoStack | None = None
        self._ticks = 0
        self._resumed: Resumed | None = None
        # The time left on the agenda item on now (negative once it runs over), from its time
        # check on; None before that, or with no item on (set by whoever holds the agenda, as
        # the agenda's `stack_waiting`): the stack keeper is asked whether to close the stack
        self.item_time_left: Callable[[], int | None] = lambda: None
        self._by_hand_note = ""  # who is placed by hand, under the stack (`_update_actions`)
        # While a refresh runs, once it has placed the stack: the floor the stack model's rows
        # were placed from, so that the actions it updates read who is placed by hand from
        # them rather than place the stack again (`_placed_by_hand`). None otherwise: a change
        # of selection places it afresh, as the speaker's own place moves with the clock
        # under a least-airtime rule while the rows shown keep the last refresh's order.
        self._placed_for: Floor | None = None
        # An agenda item's title by its id (set by whoever holds the agenda): the confirmation
        # before "Carry unheard" names the item the entries leave and the one they go to
        self.item_title: Callable[[int | None], str] = lambda _item_id: ""
        # Whether the meeting has ended (set by whoever holds the agenda): the floor then gives
        # nobody the floor, since nothing after the end counts as anyone's airtime
        self.meeting_ended: Callable[[], bool] = lambda: False

        # After a restart: the turn left speaking was paused when the app was last running
        # (its Hide button puts it away sooner)
        self.resume_banner = NoticeBanner()
        self.resume_banner.dismissed.connect(self._dismiss_resumed)

        # The speaker
        self.speaker_label = heading_label(2.2)
        describe_as(self.speaker_label, self.tr("Speaker"))
        self.speaker_label.setWordWrap(True)  # "La palabra está abierta" beside the clock
        self.kind_label = plain_label()
        self.kind_label.setWordWrap(True)
        self.turn_label = countdown_label(2.6, self.tr("Time left in this turn"))

        def act(text: str, short: str, keys: str, slot: Callable[[], None]) -> QAction:
            return make_action(self, text, slot, keys or None, short=short, scope=self)

        self.act_next = act(
            self.tr("&Next speaker"), self.tr("Next speaker"), "N", self.next_speaker
        )
        self.act_pause = act(
            self.tr("&Pause / resume turn"), self.tr("Pause"), "Space", self.toggle_pause
        )
        self.act_end = act(self.tr("&End turn"), self.tr("End turn"), "E", self.end_turn)
        self.add_actions: dict[EntryKind, QAction] = {}
        for kind, key in ADD_KEYS:
            self.add_actions[kind] = act("", "", key, partial(self.add_to_stack, kind))
        self.act_give = act(
            self.tr("&Give the floor to the selected"),
            self.tr("Give floor"),
            "Return",
            self.give_floor,
        )
        self.act_withdraw = act(
            self.tr("W&ithdraw entry"), self.tr("Withdraw"), "Del", self.withdraw
        )
        self.act_refuse = act(
            self.tr("&Refuse direct response"), self.tr("Refuse"), "R", self.refuse
        )
        self.act_up = act(
            self.tr("Move &up (logged)"), self.tr("Up"), "Ctrl+Up", partial(self.move_entry, -1)
        )
        self.act_down = act(
            self.tr("Move do&wn (logged)"),
            self.tr("Down"),
            "Ctrl+Down",
            partial(self.move_entry, 1),
        )
        self.act_resort = act(
            self.tr("Re-sort by the rule"), self.tr("Re-sort"), "Ctrl+R", self.resort
        )
        self.act_close = act(
            self.tr("&Close the stack for this item"),
            self.tr("Close stack"),
            "Ctrl+K",
            self.toggle_closed,
        )
        self.act_log = act(self.tr("Show the floor's &log…"), self.tr("Log"), "L", self.show_log)
        self.act_carry = act(self.tr("Carry unheard to the next item"), "", "", self.carry)
        self.act_park = act(self.tr("Move unheard to the parking lot"), "", "", self.park)

        turn_buttons = QHBoxLayout()
        for action in (self.act_next, self.act_pause, self.act_end):
            turn_buttons.addWidget(_button(action))
        turn_buttons.addStretch(1)
        # Rows that wrap rather than widen the window: the translated names make these wide
        # ("Cuestión técnica / de idioma (T)"). Three rows of them on a laptop in Spanish.
        add_buttons = _button_flow([self.add_actions[kind] for kind, _key in ADD_KEYS], 3)

        self.stack_model = StackModel(self)
        self.stack_table = QTableView()
        self.stack_table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.stack_table.setModel(self.stack_model)
        self.stack_table.setAccessibleName(self.tr("Speaking stack"))
        # On a short screen the stack is what gives way, down to its header and its next
        # speakers (the rest scroll in it): the buttons under it and the note stay in view
        # (QA round 15c: at 1093x559 they were below the fold). Its rows as tall as they are
        # (`_keep_next_in_view`): wrapped at a large font, two rows' height showed one person.
        self._keep_next_in_view()
        self.stack_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stack_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stack_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stack_table.verticalHeader().hide()
        # On a laptop screen "Why here" and "Asks for" wrap onto a second line, their rows
        # as tall as that needs (`_fit_rows`), rather than cut what the facilitator reads out
        self.stack_table.setWordWrap(True)
        self._stack_columns = self._readable_stack_columns()
        # When a column's width changes: at once if the columns fill the table (the stretching
        # one follows the others, a moment later), and again once they have settled
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        self.stack_table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.stack_table.doubleClicked.connect(self._on_double_click)
        stack_buttons = _button_flow(
            [
                self.act_give,
                self.act_withdraw,
                self.act_refuse,
                self.act_up,
                self.act_down,
                self.act_resort,
                self.act_close,
            ],
            2,
        )
        unheard = QToolButton()
        unheard.setText(self.tr("Unheard"))
        unheard_menu = QMenu(unheard)
        unheard_menu.addActions([self.act_carry, self.act_park])
        unheard.setMenu(unheard_menu)
        unheard.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        stack_buttons.addWidget(unheard)
        # Log with the stack's buttons, and the note under them only while it has something
        # to say: on a laptop screen the line they shared pushed both out of view
        stack_buttons.addWidget(_button(self.act_log))
        self.stack_note = plain_label()
        self.stack_note.setWordWrap(True)
        self.stack_note.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)  # a few pixels each: the buttons' rows keep apart by their own
        left_layout.addWidget(self.resume_banner)
        # The speaker's name and the turn's clock share a line: a small screen keeps its
        # height for the stack.
        speaker = QHBoxLayout()
        speaker.addWidget(self.speaker_label, 1)
        speaker.addWidget(self.turn_label)
        left_layout.addLayout(speaker)
        left_layout.addWidget(self.kind_label)
        left_layout.addLayout(turn_buttons)
        left_layout.addWidget(plain_label(self.tr("Add to the stack:")))
        left_layout.addLayout(add_buttons)
        left_layout.addWidget(self.stack_table, 1)
        left_layout.addLayout(stack_buttons)
        left_layout.addWidget(self.stack_note)

        # The rule and airtime
        self.rule_panel = RulePanel(self._groups)
        self.airtime_panel = AirtimePanel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rule_panel)
        right_layout.addWidget(self.airtime_panel, 1)
        # On a small screen the column scrolls rather than squeeze a group out of the chart.
        right_scroll = ScrollColumn(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        # On a short screen the column scrolls, the stack keeps its next speakers in view
        # (`_keep_next_in_view`).
        self._stack_column = ScrollColumn(left)
        splitter.addWidget(self._stack_column)
        self._stack_column.installEventFilter(self)  # its height: two people or three
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Three fifths for the stack from the start, not what the column's size hint asks
        splitter.setSizes([3000, 2000])
        splitter.setChildrenCollapsible(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Space and Enter on a focused button press it, not pause or give the floor
        pressing = ButtonsTakeTheirKeys(self)
        for button in self.findChildren(QAbstractButton):
            button.installEventFilter(pressing)

        self.rule_panel.settings_chosen.connect(self._apply_settings)
        self.airtime_panel.group_size_chosen.connect(self._apply_group_size)
        self.stack_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.stack_table.selectionModel().currentRowChanged.connect(self._select_current)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # Showing

    def set_session(self, session: FloorSession | None) -> None:
        """Show this session. The first time this app shows a meeting's floor, a turn left
        speaking when the app closed is paused as of the last moment it was running."""
        if (
            session is None
            or self.session is None
            or session.meeting.key != self.session.meeting.key
        ):
            self._resumed = None
        if session is not None and session is not self.session and session.first_open:
            with user_errors(self, self.tr("pause the turn left on the floor")):
                self._resumed = session.leave_out_closed_time()
        self.session = session
        self.stack_model.set_session(session)
        self._show_settings()
        self.refresh()

    @Slot()
    def _dismiss_resumed(self) -> None:
        """Hide was pressed on the notice after a restart: it is not shown again."""
        self._resumed = None

    def _show_resumed(self) -> None:
        """The notice after a restart, while the turn it paused is still paused."""
        s, resumed = self.session, self._resumed
        turn = s.floor.current_turn if s else None
        if resumed is None or turn is None or turn.id != resumed.turn_id or not turn.paused:
            self._resumed = None
            self.resume_banner.hide()
            return
        if resumed.asleep:
            said = self.tr(
                "This computer was asleep for about %1 (since %2) while %3 had the floor: the "
                "turn was paused as it went to sleep, so that time is not counted as speaking "
                "time. Press Space to resume it."
            )
        elif resumed.clock_behind_ms:
            said = self.tr(
                "Resumed after a restart. This computer's clock reads about %4 earlier than the "
                "last time saved for this meeting (%2), so how long meetingkit was closed cannot "
                "be told: %3's turn was paused as of %2, and no time since counts as speaking "
                "time. Check the computer's date and time; press Space to resume the turn."
            )
        else:
            said = self.tr(
                "Resumed after a restart. meetingkit was closed for about %1 (since %2) "
                "while %3 had the floor: the turn was paused then, so that time is not "
                "counted as speaking time. Press Space to resume it."
            )
        self.resume_banner.setText(
            fill(
                said,
                span(resumed.gap_ms),
                wall_time(resumed.last_seen_ms),
                resumed.name,
                span(resumed.clock_behind_ms),
            )
        )
        self.resume_banner.show()

    def refresh(self, placements: list[Placement] | None = None) -> None:
        """Everything, after a change: the stack's order, the speaker, the airtime. The stack
        is placed once, not three times as it was (each placing costs 0.1-0.3 ms with a full
        room, 15 to 50 waiting, more as the stack grows: bench/floor_tick.py), or not at all
        when the caller gives the session's `placements`, placed just now with nothing
        changed since (`follow_room`)."""
        s = self.session
        selected = self.selected_entry()
        self.stack_model.reload(placements)
        placed_for, self._placed_for = self._placed_for, s.floor if s is not None else None
        try:
            self._fit_kind_column()
            self._fit_rows()
            if selected is not None:
                self.select_entry(selected)  # which updates the actions, as a selection does
            self.tick(slow=True)  # which refreshes again if the turn paused for a sleep
            self._show_resumed()
            self._update_actions()
        finally:
            self._placed_for = placed_for

    def follow_room(self) -> None:
        """People signed in or left: the session reads again only who did
        (`FloorSession.follow_room`), and the airtime follows; the stack and the speaker are
        made again only if what they show changed with them (a name the room now tells apart
        by an initial, a group lifted up the stack). With 3,000 present, everything after each
        arrival cost 55-75 ms. The stack is placed once before the room is read again, and
        after it only if someone who changed has an entry on the floor: the floor reads the
        room of nobody else (`Floor.reads_room_of`), so for most arrivals what it shows is
        the same as before without placing it again."""
        s = self.session
        if s is None:
            return
        shown = self._stack_shown(s, s.placements())
        changed = s.follow_room()
        if not changed:
            return
        if s.floor.reads_room_of(changed):
            placements = s.placements()
            if self._stack_shown(s, placements) != shown:
                self.refresh(placements)  # the stack as just placed, not placed once more
                return
        self.airtime_panel.show_airtime(s)

    @staticmethod
    def _stack_shown(s: FloorSession, placements: list[Placement]) -> tuple[object, ...]:
        """What the stack, the speaker and the note under the stack show of the people in
        them: each place and why (a direct response names whom it answers), and the names."""
        turn = s.floor.current_turn
        return (
            *placements,
            *(s.floor.name_of(p.entry) for p in placements),
            s.floor.speaking_name(turn.person_id) if turn is not None else "",
        )

    @Slot()
    def tick(self, slow: bool = False) -> None:
        """Repaint what the clock moves: the turn timer, waiting times, and once a second
        the airtime panels and the note under the stack (its call to close the stack)."""
        self._ticks += 1
        if self._left_out_sleep():
            self.refresh()  # the turn paused as the computer went to sleep, and the notice
            return
        self._show_speaker()
        # A line only while it says something (a kind that jumps the queue, a pause, who
        # waits): a general turn leaves its height to the stack
        self.kind_label.setVisible(bool(self.kind_label.text()))
        self.stack_model.refresh_times()
        if slow or self._ticks % SLOW_EVERY == 0:
            self.airtime_panel.show_airtime(self.session)
            self._show_stack_note()

    def _left_out_sleep(self) -> bool:
        """The computer slept (its lid closed over a break) while someone had the floor: their
        turn is paused as it went to sleep, and the notice says so (`FloorSession.leave_out_sleep`:
        asked on every tick, it reads nothing unless the clock saw a sleep). Whether it was."""
        s = self.session
        if s is None:
            return False
        resumed = None
        with user_errors(self, self.tr("pause the turn left on the floor")):
            resumed = s.leave_out_sleep()  # a refused save is said once, not on every tick
        if resumed is None:
            return False
        self._resumed = resumed
        return True

    def _show_speaker(self) -> None:
        s = self.session
        turn = s.floor.current_turn if s else None
        if s is not None and turn is None and self.meeting_ended():
            self.speaker_label.setText(self.tr("The meeting has ended"))
            self.kind_label.setText(
                self.tr(
                    "The floor is closed: nothing after the end counts as anyone's airtime. "
                    "Press L for the floor's log."
                )
            )
            self.turn_label.setText("")
            return
        if s is None or turn is None:
            self.speaker_label.setText(self.tr("The floor is open"))
            self.kind_label.setText(self._waiting_text())
            self.turn_label.setText("")
            return
        now = s.floor.now_ms()
        left = s.floor.turn_limit_ms(turn) - turn.spoken_ms(now)
        self.speaker_label.setText(s.floor.speaking_name(turn.person_id))
        kind = s.floor.settings.vocabulary.name_of(turn.kind)
        paused = self.tr(" — paused") if turn.paused else ""
        self.kind_label.setText(f"{kind}{paused}" if turn.kind.jumps_queue or paused else "")
        self.turn_label.setText(countdown(left))
        cue = s.floor.cue(turn)
        # Over time it blinks for its first seconds (not while paused), between its over-time
        # colour and the ordinary one, never to nothing; then it stays still
        blink_off = cue == Cue.OVER and not turn.paused and over_blink_off(-left)
        shown = tones(self.palette())  # read on every tick: a change of theme shows at once
        colour = {Cue.NONE: "", Cue.WRAP_UP: shown.warning.name(), Cue.OVER: shown.danger.name()}
        set_text_colour(self.turn_label, "" if blink_off else colour[cue])

    def _waiting_text(self) -> str:
        s = self.session
        if s is None:
            return ""
        waiting = len(s.floor.waiting())  # on every tick: counted
        closed = self.tr(" The stack is closed for this item.") if s.floor.stack_closed else ""
        if not waiting:
            return self.tr("Nobody is waiting. Press A to add someone.") + closed
        if not closed and (call := self._close_stack_call(waiting)):
            return call
        text = (
            self.tr("1 person waiting.")
            if waiting == 1
            else self.tr("%n people waiting.", "", waiting)
        )
        return text + self.tr(" Press N for the next speaker.") + closed

    def _close_stack_call(self, n: int) -> str:
        """Near the item's end (its time check) and once it runs over, with `n` people still
        waiting on the open stack (everyone the table shows, as the agenda's note counts
        them): how many, the time left or over, and whether to close the stack (DOMAIN.md:
        "N on stack and M minutes left — close the stack?"; the agenda's time check asks the
        same, `AgendaRunner._stack_note`)."""
        left = self.item_time_left()
        if left is None:
            return ""
        key = self.act_close.shortcut().toString()  # "Ctrl+K", as the agenda's time check
        if left >= 0:
            call = self.tr("%n people waiting to speak, %1 left: close the stack? (%2)", "", n)
            return fill(call, countdown(left), key)
        call = self.tr(
            "%n people waiting to speak, the item is %1 over: close the stack? (%2)", "", n
        )
        return fill(call, clock_face(-left), key)

    def _groups(self) -> list[str]:
        """The groups the rule can lift up: those of the people here, and all given ones."""
        s = self.session
        if s is None:
            return []
        return sorted(
            {g for p in s.present() for g in s.groups_of(p.person_id)} | set(s.known_categories())
        )

    @Slot(object)
    def _apply_settings(self, settings: FloorSettings) -> None:
        s = self.session
        if s is not None:
            self._act(self.tr("change the stack rule"), lambda: s.set_settings(settings))
        self._show_settings()

    @Slot(int)
    def _apply_group_size(self, size: int) -> None:
        """The smallest group shown: these bars and the projector's follow at once, and the
        report and a purge's kept counts read it from the saved settings."""
        s = self.session
        if s is not None and size != s.floor.settings.min_group_size:
            settings = replace(s.floor.settings, min_group_size=size)
            self._act(self.tr("change the smallest group shown"), lambda: s.set_settings(settings))
        self._show_settings()

    def _show_settings(self) -> None:
        s = self.session
        settings = s.floor.settings if s else FloorSettings()
        self.rule_panel.show_settings(settings)
        self.airtime_panel.show_group_size(settings.min_group_size)
        for kind, key in ADD_KEYS:
            name = settings.vocabulary.name_of(kind)
            self.add_actions[kind].setText(fill(self.tr("Add: %1"), name))
            self.add_actions[kind].setIconText(f"{name} ({key})")

    # Acting

    def _act(self, doing: str, action: Callable[[], object]) -> bool:
        """Do `action`, report an error as `doing` failed, and show the floor after it.
        True when it was done."""
        return self.session is not None and self._attempt(doing, action) is None

    def _attempt(self, doing: str, action: Callable[[], object]) -> str | None:
        """As `_act`: None when `action` was done, or why not, as the message told."""
        problem = attempt(action)
        if problem is not None:
            Alert.show(self, could_not(doing), problem)
        self.refresh()
        self.floor_changed.emit()
        return problem

    def selected_entry(self) -> int | None:
        rows = self.stack_table.selectionModel().selectedRows()
        placement = self.stack_model.placement(rows[0].row()) if rows else None
        return placement.entry.id if placement else None

    def select_entry(self, entry_id: int) -> None:
        row = self.stack_model.row_of(entry_id)
        if row >= 0:
            self.stack_table.selectRow(row)

    def _floor_open(self) -> bool:
        """Whether someone may be put on the stack or given the floor: a meeting shown, and
        not ended (a double-click on a row, or a key, after End meeting gives nobody the
        floor)."""
        return self.session is not None and not self.meeting_ended()

    @Slot()
    def next_speaker(self) -> None:
        if self.session is not None and self._floor_open():
            self._act(self.tr("give the floor to the next speaker"), self.session.next_speaker)

    @Slot()
    def toggle_pause(self) -> None:
        if self.session is not None and self.session.floor.current_turn is not None:
            self._act(self.tr("pause or resume the turn"), self.session.toggle_pause)

    @Slot()
    def end_turn(self) -> None:
        if self.session is not None:
            self._act(self.tr("end the turn"), self.session.end_turn)

    def add_to_stack(self, kind: EntryKind) -> None:
        from meetingkit.ui.person_picker import PersonPicker

        s = self.session
        if s is None or not self._floor_open():
            return
        title = fill(self.tr("Add to the stack: %1"), s.floor.settings.vocabulary.name_of(kind))
        in_room = [
            Person(p.first_name, p.last_name, profession=p.profession, id=p.person_id)
            for p in s.present()
        ]
        person: Person | None = None
        with user_errors(self, self.tr("add to the stack")):
            # A closed stack says so before a name is asked (a new name would join the people)
            s.floor.check_can_add(kind)
            person = PersonPicker.ask(self, self._people, title, in_room, s.meeting.key)
        if person is None:
            return
        self._act(
            self.tr("add to the stack"),
            lambda: s.add(person.key, person.first_name, person.last_name, kind),
        )

    @Slot()
    def give_floor(self) -> None:
        entry = self.selected_entry()
        if self.session is not None and entry is not None and self._floor_open():
            session = self.session
            self._act(self.tr("give the floor"), lambda: session.give_floor(entry))

    def _readable_stack_columns(self) -> ReadableColumns:
        """On a laptop screen "Why here" ("Goes before the general stack", "3 min 30 s of
        airtime today") keeps room to be read: the name and kind columns give way first,
        the place and the time waited never below their widest value."""
        m, table = StackModel, self.stack_table
        header = self.stack_model.headers()
        whole = {
            m.COL_POSITION: text_width(table, header[m.COL_POSITION], "88", bold=True),
            m.COL_WAITED: text_width(table, header[m.COL_WAITED], "88:88", bold=True),
        }
        return ReadableColumns(
            table,
            m.COL_REASON,
            {m.COL_NAME: 100, m.COL_KIND: 150},
            main_minimum=200,
            floors={m.COL_NAME: 80},
            whole=whole,
            # At a large font the time waited steps aside before "Why here" is narrower than
            # its header ("/hy her") and cuts its words ("Goes bef… the")
            give_way=(m.COL_WAITED,),
            give_way_below=header_width(table, m.COL_REASON),
        )

    def _fit_kind_column(self) -> None:
        """The kind column as wide as the kinds waiting need, so that where there is room
        they show whole ("Pregunta aclaratoria", in bold as a kind that jumps the queue)."""
        s = self.session
        if s is None:
            return
        vocabulary, table, model = s.floor.settings.vocabulary, self.stack_table, self.stack_model
        shown = [(vocabulary.name_of(EntryKind.GENERAL), False)]
        for row in range(model.rowCount()):
            placement = model.placement(row)
            assert placement is not None
            kind = placement.entry.kind
            shown.append((vocabulary.name_of(kind), kind.jumps_queue))
        widths = [text_width(table, name, bold=bold) for name, bold in shown]
        # Squeezed, a kind wraps at its spaces ("Pregunta / aclaratoria"): no word is cut
        words = [text_width(table, *name.split(), bold=bold) for name, bold in shown]
        self._stack_columns.set_width(StackModel.COL_KIND, max(widths), floor=max(words))

    @Slot()
    def _column_resized(self) -> None:
        """Fit the rows to a column's new width: at once where the stretching column has
        caught up with the others (a row fitted to a passing width stays too tall), and
        again once the columns have settled."""
        table = self.stack_table
        if table.horizontalHeader().length() == table.viewport().width():
            self._fit_rows()
        self._rows_timer.start()

    @Slot()
    def _fit_rows(self) -> None:
        """Each row of the stack as tall as its wrapped text needs, never below the usual
        height: asked of the cells when the stack or a column's width changes, never on a
        clock tick."""
        table = self.stack_table
        usual = table.verticalHeader().defaultSectionSize()
        for row in range(self.stack_model.rowCount()):
            needed = table.sizeHintForRow(row)
            height = usual if needed <= usual else needed + WRAPPED_ROW_PADDING
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)
        self._keep_next_in_view()

    def _keep_next_in_view(self) -> None:
        """The stack never shorter than its header and its next two speakers' rows, as tall
        as they are; three where its column scrolls anyway, by more than a row (a large font,
        the display scaled up). Wrapped onto two or three lines, the height of two usual rows
        showed barely one person (QA round 16a, at 200 %)."""
        table = self.stack_table
        usual = table.verticalHeader().defaultSectionSize()
        heights = [table.rowHeight(row) for row in range(self.stack_model.rowCount())]
        heights = (heights + [usual] * NEXT_IN_VIEW)[:NEXT_IN_VIEW]
        around = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        two = around + sum(heights[:2])
        least = two
        column = getattr(self, "_stack_column", None)
        content = column.widget() if column is not None else None
        if column is not None and content is not None:
            with_two = least_height(content, content.width()) - (table.minimumHeight() - two)
            if with_two - column.viewport().height() > heights[2]:
                least = around + sum(heights)
        if table.minimumHeight() != least:
            table.setMinimumHeight(least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_stack_column", None) and event.type() == QEvent.Type.Resize:
            self._keep_next_in_view()
        return super().eventFilter(watched, event)

    @Slot(QModelIndex, QModelIndex)
    def _select_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The row the keyboard is on is the one selected: focus arriving on the stack puts
        it on the first row, which Give floor and Withdraw then act on, and Down goes to the
        second (QA round 15c: the first Down selected the third)."""
        rows = self.stack_table.selectionModel().selectedRows()
        if current.isValid() and not any(r.row() == current.row() for r in rows):
            self.stack_table.selectRow(current.row())

    @Slot(QModelIndex)
    def _on_double_click(self, _index: QModelIndex) -> None:
        self.give_floor()

    @Slot()
    def withdraw(self) -> None:
        """Take the selected entry off the stack (logged; Ctrl+Z puts it back)."""
        self._take_off(
            self.tr("withdraw the entry"), self.tr("Take %1 off the stack"), FloorSession.withdraw
        )

    @Slot()
    def refuse(self) -> None:
        self._take_off(
            self.tr("refuse the direct response"),
            self.tr("Refuse %1's direct response"),
            FloorSession.refuse,
        )

    def _take_off(
        self, doing: str, change: str, take: Callable[[FloorSession, int], object]
    ) -> None:
        """Withdraw or refuse the selected entry, and put the change on the meeting's undo
        history: undoing puts the entry back where it was, selected; redoing takes it off
        again."""
        from meetingkit.ui.undo_commands import ChangedRow, MadeChange, Where

        entry_id, s = self.selected_entry(), self.session
        if s is None or entry_id is None:
            return
        name = s.floor.name_of(s.floor.entry(entry_id))
        if self._act(doing, lambda: take(s, entry_id)) and self.undo_stack is not None:
            self.undo_stack.push(
                MadeChange(
                    fill(change, name),
                    Where.FLOOR,
                    partial(self._redo, doing, take, entry_id),
                    partial(
                        self._redo, self.tr("put the entry back"), FloorSession.put_back, entry_id
                    ),
                    ChangedRow(self.stack_table, self.stack_model.row_of, undone=entry_id),
                )
            )

    def _redo(
        self, doing: str, change: Callable[[FloorSession, int], object], entry_id: int
    ) -> str | None:
        """Undo or redo a change of the floor shown (the session may be rebuilt since): None
        when done, or why not (`undo_commands.Step`)."""
        s = self.session
        return None if s is None else self._attempt(doing, lambda: change(s, entry_id))

    def move_entry(self, steps: int) -> None:
        entry = self.selected_entry()
        s = self.session
        if s is None or entry is None:
            return
        general = [p.entry.id for p in s.placements() if not p.entry.kind.jumps_queue]
        if entry not in general:
            return
        target = general.index(entry) + 1 + steps
        if 1 <= target <= len(general):
            self._act(self.tr("move the entry"), lambda: s.move(entry, target))
            self.select_entry(entry)

    @Slot()
    def resort(self) -> None:
        if self.session is not None:
            self._act(self.tr("re-sort the stack"), self.session.resort)

    @Slot()
    def toggle_closed(self) -> None:
        s = self.session
        if s is not None:
            action = s.reopen_stack if s.floor.stack_closed else s.close_stack
            self._act(self.tr("close or reopen the stack"), action)

    @Slot()
    def carry(self) -> None:
        """The entries go with the next agenda item (chosen by the caller's agenda). Those
        that do not carry over (direct responses, clarifying questions) are taken off the
        stack instead: asked first, naming them, in the words of the question asked as the
        agenda moves on (ui.unheard_wording); Cancel, the default, carries nobody."""
        s, item = self.session, self.next_item_id
        if s is None or item is None:
            return
        not_carried = s.not_carried()
        if not_carried and not self._carry_anyway(s, item, not_carried):
            return
        self._act(self.tr("carry the unheard entries"), lambda: s.move_unheard(item))

    def _carry_anyway(self, s: FloorSession, item: int, not_carried: list[str]) -> bool:
        old_item = self.item_title(s.floor.item_id)
        text = "\n\n".join(
            [
                waiting_text(len(s.floor.waiting()), old_item),
                fill(self.tr("Carry them to “%1”?"), self.item_title(item)),
                not_carried_text(not_carried, old_item),
            ]
        )
        title = self.tr("Carry unheard to the next item")
        return Confirm.ask(self, title, text, carry_button_text())

    @Slot()
    def park(self) -> None:
        if self.session is not None:
            self._act(self.tr("park the unheard entries"), self.session.park_unheard)

    @Slot()
    def show_log(self) -> None:
        from meetingkit.ui.floor_log_dialog import FloorLogDialog

        if self.session is not None:
            FloorLogDialog(self.session.floor.log, self).exec()

    next_item_id: int | None = None
    """Set by the meeting view: the agenda item after the current one, if any."""

    @Slot()
    def _update_actions(self) -> None:
        shown = self.session
        # Once the meeting has ended, the stack and the turns are closed; the log stays open
        s = shown if shown is not None and not self.meeting_ended() else None
        entry_id = self.selected_entry()
        entry = s.floor.entry(entry_id) if s and entry_id is not None else None
        has_turn = s is not None and s.floor.current_turn is not None
        # With nobody waiting, "next" still ends the current turn and opens the floor.
        self.act_next.setEnabled(s is not None and (bool(s.floor.waiting()) or has_turn))
        self.act_pause.setEnabled(has_turn)
        paused = s is not None and s.floor.current_turn is not None and s.floor.current_turn.paused
        self.act_pause.setIconText(self.tr("Resume") if paused else self.tr("Pause"))
        self.act_end.setEnabled(has_turn)
        for action in self.add_actions.values():
            action.setEnabled(s is not None)
        self.act_give.setEnabled(entry is not None)
        self.act_withdraw.setEnabled(entry is not None)
        self.act_refuse.setEnabled(entry is not None and entry.kind == EntryKind.DIRECT_RESPONSE)
        general = entry is not None and not entry.kind.jumps_queue
        self.act_up.setEnabled(general)
        self.act_down.setEnabled(general)
        by_hand = self._placed_by_hand(s) if s else []
        self.act_resort.setEnabled(bool(by_hand))
        closed = s is not None and s.floor.stack_closed
        self.act_close.setEnabled(s is not None)
        self.act_close.setIconText(self.tr("Reopen stack") if closed else self.tr("Close stack"))
        self.act_carry.setEnabled(s is not None and self.next_item_id is not None)
        changes = changes_by_hand(shown.floor.log) if shown else 0
        self.act_log.setEnabled(shown is not None)
        self.act_log.setIconText(
            fill(self.tr("Log (%1)"), str(changes)) if changes else self.tr("Log")
        )
        self._by_hand_note = self._by_hand_text(by_hand)
        self._show_stack_note()

    def _placed_by_hand(self, s: FloorSession) -> list[StackEntry]:
        """Who is placed by hand, in speaking order: from the stack model's rows while a
        refresh runs that has just placed the stack from this very floor (`_placed_for`),
        otherwise from the stack placed again now, as it always was."""
        floor = s.floor
        if self._placed_for is floor:
            return floor.placed_by_hand(self.stack_model.placements())
        return floor.placed_by_hand()

    def _show_stack_note(self) -> None:
        """Under the stack, while someone speaks: who waits (or the call to close the stack),
        and who is placed by hand."""
        s = self.session
        waiting = self._waiting_text() if s and s.floor.current_turn else ""
        note = " ".join(t for t in (waiting, self._by_hand_note) if t)
        self.stack_note.setText(note)
        self.stack_note.setVisible(bool(note))

    def _by_hand_text(self, by_hand: list[StackEntry]) -> str:
        """While someone is placed by hand, who, and how the stack goes back to the rule."""
        s = self.session
        if not by_hand or s is None:
            return ""
        return fill(
            self.tr(
                "Placed by hand: %1; everyone else by the rule. %2 puts everyone back in the "
                "rule's order."
            ),
            ", ".join(s.floor.name_of(e) for e in by_hand),
            self.act_resort.shortcut().toString(),
        )


class ButtonsTakeTheirKeys(QObject):
    """On a focused button, Space and Enter press the button, as on any button, instead of
    pausing the speaker or giving the floor to the selected: the floor's own single keys
    work from the stack. Watches the buttons."""

    PRESS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Return, Qt.Key.Key_Enter})
    ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractButton)
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and Qt.Key(event.key()) in self.PRESS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the button gets the key as a key press; no shortcut fires
                return True
            if Qt.Key(event.key()) in self.ENTER:  # which a tool button leaves to its parent
                if not event.isAutoRepeat():
                    watched.click()
                return True
        return super().eventFilter(watched, event)


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    return button


def _button_flow(actions: list[QAction], max_rows: int) -> ButtonFlow:
    flow = ButtonFlow(max_rows)
    for action in actions:
        flow.addWidget(_button(action))
    return flow
