"""The live floor: who speaks, who is waiting and why, and how airtime is shared.

Keyboard first: N next speaker, Space pause or resume, E end the turn, A adds to the stack
(P, T, C, D for a point of process, a technical point, a clarifying question, a direct
response), Del withdraws, R refuses a direct response, Ctrl+Up/Down moves (logged). One QTimer
repaints from the clock; it holds no time of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.durations import countdown, span
from meetingkit.core.floor import Cue, FloorSettings, Policy
from meetingkit.core.person import Person
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.floor_session import FloorSession
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.floor_models import PeopleAirtimeModel, StackModel
from meetingkit.ui.labels import fix_size_for, plain_label, set_text_colour

TICK_MS = 200
SLOW_EVERY = 5  # airtime panels repaint every fifth tick (once a second)
WRAP_UP_COLOUR = "#b26a00"
OVER_COLOUR = "#c62828"

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
        self._ticks = 0

        # The speaker
        self.speaker_label = plain_label()
        font = QFont(self.speaker_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.speaker_label.setFont(font)
        self.speaker_label.setAccessibleName(self.tr("Speaker"))
        self.kind_label = plain_label()
        self.turn_label = plain_label()
        self.turn_label.setAccessibleName(self.tr("Time left in this turn"))
        big = QFont(self.turn_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        big.setFamilies(["DejaVu Sans Mono", "Monospace"])
        self.turn_label.setFont(big)
        fix_size_for(self.turn_label, "+88:88:88")

        def act(text: str, short: str, keys: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setIconText(short)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

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
            self.tr("&Withdraw entry"), self.tr("Withdraw"), "Del", self.withdraw
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
        self.act_carry = act(self.tr("Carry unheard to the next item"), "", "", self.carry)
        self.act_park = act(self.tr("Move unheard to the parking lot"), "", "", self.park)

        turn_buttons = QHBoxLayout()
        for action in (self.act_next, self.act_pause, self.act_end):
            turn_buttons.addWidget(_button(action))
        turn_buttons.addStretch(1)
        add_buttons = _button_grid([self.add_actions[kind] for kind, _key in ADD_KEYS], 3)

        self.stack_model = StackModel(self)
        self.stack_table = QTableView()
        self.stack_table.setModel(self.stack_model)
        self.stack_table.setAccessibleName(self.tr("Speaking stack"))
        self.stack_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stack_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stack_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stack_table.verticalHeader().hide()
        self.stack_table.setWordWrap(False)
        header = self.stack_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StackModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 30), (1, 120), (2, 150), (4, 70)):
            self.stack_table.setColumnWidth(column, width)
        self.stack_table.doubleClicked.connect(self._on_double_click)
        stack_buttons = _button_grid(
            [
                self.act_give,
                self.act_withdraw,
                self.act_refuse,
                self.act_up,
                self.act_down,
                self.act_resort,
                self.act_close,
            ],
            4,
        )
        unheard = QToolButton()
        unheard.setText(self.tr("Unheard"))
        unheard_menu = QMenu(unheard)
        unheard_menu.addActions([self.act_carry, self.act_park])
        unheard.setMenu(unheard_menu)
        unheard.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        unheard.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        stack_buttons.addWidget(unheard, 1, 3)
        self.stack_note = plain_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.speaker_label)
        left_layout.addWidget(self.kind_label)
        left_layout.addWidget(self.turn_label)
        left_layout.addLayout(turn_buttons)
        left_layout.addWidget(plain_label(self.tr("Add to the stack:")))
        left_layout.addLayout(add_buttons)
        left_layout.addWidget(self.stack_table, 1)
        left_layout.addLayout(stack_buttons)
        left_layout.addWidget(self.stack_note)

        # The rule and airtime
        self.policy_combo = QComboBox()
        for policy in Policy:
            self.policy_combo.addItem(policy.label, policy.value)
        self.policy_combo.setAccessibleName(self.tr("Stack order rule"))
        self.explanation_label = plain_label()
        self.explanation_label.setWordWrap(True)
        self.vocabulary_combo = QComboBox()
        for vocabulary in Vocabulary:
            self.vocabulary_combo.addItem(vocabulary.label, vocabulary.value)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(15, 1800)
        self.limit_spin.setSingleStep(15)
        self.limit_spin.setSuffix(self.tr(" s per turn"))
        self.limits_button = QToolButton()
        self.limits_button.setText(self.tr("Per kind…"))
        self.limits_button.clicked.connect(self.edit_limits)
        self.groups_button = QToolButton()
        self.groups_button.setText(self.tr("Priority groups…"))
        self.groups_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.groups_menu = QMenu(self.groups_button)
        self.groups_button.setMenu(self.groups_menu)
        self.groups_menu.aboutToShow.connect(self._fill_groups_menu)
        rule_box = QGroupBox(self.tr("The rule the room agreed"))
        rule_form = QFormLayout(rule_box)
        rule_form.addRow(self.tr("Order:"), self.policy_combo)
        rule_form.addRow(self.explanation_label)
        rule_form.addRow(self.tr("Words:"), self.vocabulary_combo)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_spin, 1)
        limit_row.addWidget(self.limits_button)
        rule_form.addRow(self.tr("Turn limit:"), limit_row)
        rule_form.addRow("", self.groups_button)
        self.bars = AirtimeBars()
        self.total_label = plain_label()
        self.total_label.setAccessibleName(self.tr("Total speaking time"))
        bars_box = QGroupBox(self.tr("Airtime by group, against share of the room"))
        bars_layout = QVBoxLayout(bars_box)
        bars_layout.addWidget(self.total_label)
        bars_layout.addWidget(self.bars)
        self.airtime_model = PeopleAirtimeModel(self)
        self.airtime_table = QTableView()
        self.airtime_table.setModel(self.airtime_model)
        self.airtime_table.setAccessibleName(self.tr("Airtime per person"))
        self.airtime_table.verticalHeader().hide()
        self.airtime_table.horizontalHeader().setStretchLastSection(True)
        self.airtime_table.setColumnWidth(0, 140)
        person_box = QGroupBox(self.tr("Airtime per person — this screen only"))
        QVBoxLayout(person_box).addWidget(self.airtime_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(rule_box)
        right_layout.addWidget(bars_box)
        right_layout.addWidget(person_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.policy_combo.currentIndexChanged.connect(self._settings_changed)
        self.vocabulary_combo.currentIndexChanged.connect(self._settings_changed)
        self.limit_spin.editingFinished.connect(self._settings_changed)
        self.stack_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # Showing

    def set_session(self, session: FloorSession | None) -> None:
        self.session = session
        self.stack_model.set_session(session)
        self._show_settings()
        self.refresh()

    def refresh(self) -> None:
        """Everything, after a change: the stack's order, the speaker, the airtime."""
        selected = self.selected_entry()
        self.stack_model.reload()
        if selected is not None:
            self.select_entry(selected)
        self.tick(slow=True)
        self._update_actions()

    @Slot()
    def tick(self, slow: bool = False) -> None:
        """Repaint what the clock moves: the turn timer, waiting times, and once a second
        the airtime panels."""
        self._ticks += 1
        self._show_speaker()
        self.stack_model.refresh_times()
        if slow or self._ticks % SLOW_EVERY == 0:
            s = self.session
            self.bars.set_shares(s.shares() if s else [])
            self.airtime_model.set_rows(s.people_airtime() if s else [])
            self.total_label.setText(self._total_text())

    def _show_speaker(self) -> None:
        s = self.session
        turn = s.floor.current_turn if s else None
        if s is None or turn is None:
            self.speaker_label.setText(self.tr("The floor is open"))
            self.kind_label.setText(self._waiting_text())
            self.turn_label.setText("")
            return
        snap_name = next(
            (
                e.name
                for e in s.floor.entries()
                if e.person_id == turn.person_id and e.state.value == "speaking"
            ),
            "",
        )
        now = s.floor.now_ms()
        left = s.floor.turn_limit_ms(turn) - turn.spoken_ms(now)
        self.speaker_label.setText(snap_name)
        kind = s.floor.settings.vocabulary.name_of(turn.kind)
        paused = self.tr(" — paused") if turn.paused else ""
        self.kind_label.setText(f"{kind}{paused}" if turn.kind.jumps_queue or paused else "")
        self.turn_label.setText(countdown(left))
        cue = s.floor.cue(turn)
        blink_off = cue == Cue.OVER and (now // 500) % 2 == 1
        colour = {Cue.NONE: "", Cue.WRAP_UP: WRAP_UP_COLOUR, Cue.OVER: OVER_COLOUR}[cue]
        set_text_colour(self.turn_label, "transparent" if blink_off else colour)

    def _total_text(self) -> str:
        s = self.session
        if s is None:
            return ""
        now, ledger = s.floor.now_ms(), s.floor.ledger
        meeting_ms = ledger.meeting_ms(now)
        if not meeting_ms:
            return self.tr("Nobody has spoken yet.")
        item_ms = ledger.item_ms(s.floor.item_id, now)
        return (
            self.tr("Speaking time: %1 in the meeting, %2 on this item")
            .replace("%1", span(meeting_ms))
            .replace("%2", span(item_ms))
        )

    @Slot()
    def edit_limits(self) -> None:
        from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog

        s = self.session
        if s is None:
            return
        old = s.floor.settings
        limits = TurnLimitsDialog.ask(self, old.limits, old.vocabulary)
        if limits is not None and limits != old.limits:
            self._act(
                self.tr("change the turn limits"),
                lambda: s.set_settings(replace(old, limits=limits)),
            )
            self._show_settings()

    def _waiting_text(self) -> str:
        s = self.session
        if s is None:
            return ""
        waiting = len(s.placements())
        closed = self.tr(" The stack is closed for this item.") if s.floor.stack_closed else ""
        if not waiting:
            return self.tr("Nobody is waiting. Press A to add someone.") + closed
        text = (
            self.tr("1 person waiting.")
            if waiting == 1
            else self.tr("%1 people waiting.").replace("%1", str(waiting))
        )
        return text + self.tr(" Press N for the next speaker.") + closed

    def _show_settings(self) -> None:
        s = self.session
        settings = s.floor.settings if s else FloorSettings()
        for combo, value in (
            (self.policy_combo, settings.policy.value),
            (self.vocabulary_combo, settings.vocabulary.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.limit_spin.setValue(settings.limits.general_ms // 1000)
        self.explanation_label.setText(settings.policy.explanation)
        for kind, key in ADD_KEYS:
            name = settings.vocabulary.name_of(kind)
            self.add_actions[kind].setText(self.tr("Add: %1").replace("%1", name))
            self.add_actions[kind].setIconText(f"{name} ({key})")

    # Acting

    def _act(self, doing: str, action: Callable[[], object]) -> None:
        if self.session is None:
            return
        with user_errors(self, doing):
            action()
        self.refresh()
        self.floor_changed.emit()

    def selected_entry(self) -> int | None:
        rows = self.stack_table.selectionModel().selectedRows()
        placement = self.stack_model.placement(rows[0].row()) if rows else None
        return placement.entry.id if placement else None

    def select_entry(self, entry_id: int) -> None:
        row = self.stack_model.row_of(entry_id)
        if row >= 0:
            self.stack_table.selectRow(row)

    @Slot()
    def next_speaker(self) -> None:
        if self.session is not None:
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
        if s is None:
            return
        title = self.tr("Add to the stack: %1").replace(
            "%1", s.floor.settings.vocabulary.name_of(kind)
        )
        in_room = [
            Person(p.first_name, p.last_name, profession=p.profession, id=p.person_id)
            for p in s.present()
        ]
        with user_errors(self, self.tr("add to the stack")):
            person = PersonPicker.ask(self, self._people, title, in_room)
            if person is None:
                return
        self._act(
            self.tr("add to the stack"),
            lambda: s.add(person.key, person.first_name, person.last_name, kind),
        )

    @Slot()
    def give_floor(self) -> None:
        entry = self.selected_entry()
        if self.session is not None and entry is not None:
            session = self.session
            self._act(self.tr("give the floor"), lambda: session.give_floor(entry))

    @Slot(QModelIndex)
    def _on_double_click(self, _index: QModelIndex) -> None:
        self.give_floor()

    @Slot()
    def withdraw(self) -> None:
        entry = self.selected_entry()
        if self.session is not None and entry is not None:
            session = self.session
            self._act(self.tr("withdraw the entry"), lambda: session.withdraw(entry))

    @Slot()
    def refuse(self) -> None:
        entry = self.selected_entry()
        if self.session is not None and entry is not None:
            session = self.session
            self._act(self.tr("refuse the direct response"), lambda: session.refuse(entry))

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
        """The entries go with the next agenda item (chosen by the caller's agenda)."""
        if self.session is not None and self.next_item_id is not None:
            session, item = self.session, self.next_item_id
            self._act(self.tr("carry the unheard entries"), lambda: session.move_unheard(item))

    @Slot()
    def park(self) -> None:
        if self.session is not None:
            self._act(self.tr("park the unheard entries"), self.session.park_unheard)

    next_item_id: int | None = None
    """Set by the meeting view: the agenda item after the current one, if any."""

    @Slot()
    def _settings_changed(self) -> None:
        s = self.session
        if s is None:
            return
        old = s.floor.settings
        limits = old.limits
        seconds = self.limit_spin.value()
        if seconds * 1000 != limits.general_ms:
            limits = replace(limits, general_ms=seconds * 1000)
        settings = FloorSettings(
            policy=Policy(self.policy_combo.currentData()),
            vocabulary=Vocabulary(self.vocabulary_combo.currentData()),
            priority_groups=old.priority_groups,
            limits=limits,
            min_group_size=old.min_group_size,
        )
        if settings != old:
            self._act(self.tr("change the stack rule"), lambda: s.set_settings(settings))
            self._show_settings()

    @Slot()
    def _fill_groups_menu(self) -> None:
        menu, s = self.groups_menu, self.session
        menu.clear()
        if s is None:
            return
        groups = sorted(
            {g for p in s.present() for g in s.groups_of(p.person_id)}
            | set(s.known_categories())
            | s.floor.settings.priority_groups
        )
        if not groups:
            menu.addAction(self.tr("No groups yet: people give them in their details")).setEnabled(
                False
            )
        for group in groups:
            action = menu.addAction(group)
            action.setCheckable(True)
            action.setChecked(group in s.floor.settings.priority_groups)
            action.toggled.connect(partial(self._toggle_group, group))

    def _toggle_group(self, group: str, on: bool) -> None:
        s = self.session
        if s is None:
            return
        old = s.floor.settings
        chosen = old.priority_groups | {group} if on else old.priority_groups - {group}
        self._act(
            self.tr("choose priority groups"),
            lambda: s.set_settings(
                FloorSettings(
                    old.policy, old.vocabulary, frozenset(chosen), old.limits, old.min_group_size
                )
            ),
        )

    @Slot()
    def _update_actions(self) -> None:
        s = self.session
        entry_id = self.selected_entry()
        entry = s.floor.entry(entry_id) if s and entry_id is not None else None
        has_turn = s is not None and s.floor.current_turn is not None
        has_turn = s is not None and s.floor.current_turn is not None
        # With nobody waiting, "next" still ends the current turn and opens the floor.
        self.act_next.setEnabled(s is not None and (bool(s.placements()) or has_turn))
        self.act_pause.setEnabled(has_turn)
        self.act_end.setEnabled(has_turn)
        for action in self.add_actions.values():
            action.setEnabled(s is not None)
        self.act_give.setEnabled(entry is not None)
        self.act_withdraw.setEnabled(entry is not None)
        self.act_refuse.setEnabled(entry is not None and entry.kind == EntryKind.DIRECT_RESPONSE)
        general = entry is not None and not entry.kind.jumps_queue
        self.act_up.setEnabled(general)
        self.act_down.setEnabled(general)
        self.act_resort.setEnabled(s is not None and bool(s.floor.manual_order))
        closed = s is not None and s.floor.stack_closed
        self.act_close.setIconText(self.tr("Reopen stack") if closed else self.tr("Close stack"))
        self.act_carry.setEnabled(s is not None and self.next_item_id is not None)
        self.stack_note.setText(self._waiting_text() if s and s.floor.current_turn else "")


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    return button


def _button_grid(actions: list[QAction], columns: int) -> QGridLayout:
    """Buttons in rows of `columns`, each as wide as its column: compact on small screens."""
    grid = QGridLayout()
    for at, action in enumerate(actions):
        button = _button(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid.addWidget(button, at // columns, at % columns)
    return grid
