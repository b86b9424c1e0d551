"""The floor's right-hand side: the rule the room agreed, and how airtime is shared.

`RulePanel` only shows settings and says which the facilitator chose (`settings_chosen`);
the floor tab saves them. `AirtimePanel` only shows a session's airtime.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.durations import span
from meetingkit.core.floor import MAX_GROUP_SHOWN, MIN_GROUP_SHOWN, FloorSettings, Policy
from meetingkit.core.i18n import fill
from meetingkit.core.settings import MAX_TURN_LIMIT_S, MIN_TURN_LIMIT_S
from meetingkit.core.stack_entry import Vocabulary
from meetingkit.services.floor_session import FloorSession, ShownShares
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.floor_models import PeopleAirtimeModel
from meetingkit.ui.labels import describe_as, plain_label, plain_tip
from meetingkit.ui.list_table_model import show_at_least
from meetingkit.ui.two_line_rows import DETAIL_SCALE

# Keys that still leave a plain key plain: a capital letter, a key of the number pad.
_PLAIN = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class KeysOfTheirOwn(QObject):
    """Claims single keys for the widgets it watches, ahead of the floor's single-key
    shortcuts: Space opens the Order list and a letter picks a rule there, instead of pausing
    the speaker or opening the log. Keys with Ctrl or Alt (Ctrl+K, Ctrl+3) still reach the
    shortcuts. (The panel's buttons take Space and Enter as every button of the floor does:
    see `floor_tab.ButtonsTakeTheirKeys`.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~_PLAIN
        ):
            event.accept()  # the widget gets the key as a key press; no shortcut fires
            return True
        return super().eventFilter(watched, event)


class RulePanel(QGroupBox):
    settings_chosen = Signal(object)
    """The facilitator chose new `FloorSettings`."""

    def __init__(self, groups: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The rule the room agreed"))
        self._groups = groups  # the groups that can be lifted up the stack
        self._settings = FloorSettings()
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
        self.limit_spin.setRange(MIN_TURN_LIMIT_S, MAX_TURN_LIMIT_S)  # as in Per kind…
        self.limit_spin.setSingleStep(15)
        self.limit_spin.setSuffix(self.tr(" s per turn"))
        self.limit_spin.setAccessibleName(self.tr("Turn limit"))
        self.limits_button = QToolButton()
        self.limits_button.setText(self.tr("Per kind…"))
        self.groups_button = QToolButton()
        self.groups_button.setText(self.tr("Priority groups…"))
        self.groups_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.groups_menu = QMenu(self.groups_button)
        self.groups_button.setMenu(self.groups_menu)
        form = QFormLayout(self)
        # Where a field does not fit beside its label ("Primero quien menos habló (toda la
        # reunión)" on a laptop), it goes under it instead of widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Order:"), self.policy_combo)
        form.addRow(self.explanation_label)
        form.addRow(self.tr("Words:"), self.vocabulary_combo)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_spin, 1)
        limit_row.addWidget(self.limits_button)
        form.addRow(self.tr("Turn limit:"), limit_row)
        form.addRow("", self.groups_button)
        self.policy_combo.currentIndexChanged.connect(self._edited)
        self.vocabulary_combo.currentIndexChanged.connect(self._edited)
        self.limit_spin.editingFinished.connect(self._edited)
        self.limits_button.clicked.connect(self._edit_limits)
        self.groups_menu.aboutToShow.connect(self._fill_groups_menu)
        typing = KeysOfTheirOwn(self)
        for widget in (self.policy_combo, self.vocabulary_combo, self.limit_spin):
            widget.installEventFilter(typing)

    def show_settings(self, settings: FloorSettings) -> None:
        self._settings = settings
        for combo, value in (
            (self.policy_combo, settings.policy.value),
            (self.vocabulary_combo, settings.vocabulary.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.limit_spin.setValue(settings.limits.general_ms // 1000)
        self.explanation_label.setText(settings.rule_explanation)

    def _choose(self, settings: FloorSettings) -> None:
        if settings != self._settings:
            self.settings_chosen.emit(settings)

    @Slot()
    def _edited(self) -> None:
        old = self._settings
        self._choose(
            replace(
                old,
                policy=Policy(self.policy_combo.currentData()),
                vocabulary=Vocabulary(self.vocabulary_combo.currentData()),
                limits=replace(old.limits, general_ms=self._general_ms()),
            )
        )

    def _general_ms(self) -> int:
        """The general limit typed, or the one kept if the spin was only passed through (a
        limit kept from before the two ranges agreed shows as the spin's minimum)."""
        old = self._settings.limits.general_ms
        shown = max(min(old // 1000, self.limit_spin.maximum()), self.limit_spin.minimum())
        value = self.limit_spin.value()
        return old if value == shown else value * 1000

    @Slot()
    def _edit_limits(self) -> None:
        from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog

        old = self._settings
        limits = TurnLimitsDialog.ask(self, old.limits, old.vocabulary)
        if limits is not None:
            self._choose(replace(old, limits=limits))

    @Slot()
    def _fill_groups_menu(self) -> None:
        menu = self.groups_menu
        menu.clear()
        chosen = self._settings.priority_groups
        groups = sorted(set(self._groups()) | chosen)
        if not groups:
            empty = menu.addAction(self.tr("No groups yet: people give them in their details"))
            empty.setEnabled(False)
        for group in groups:
            action = menu.addAction(group)
            action.setCheckable(True)
            action.setChecked(group in chosen)
            action.toggled.connect(partial(self._toggle_group, group))

    def _toggle_group(self, group: str, on: bool) -> None:
        chosen = self._settings.priority_groups
        self._choose(
            replace(self._settings, priority_groups=chosen | {group} if on else chosen - {group})
        )


class AirtimePanel(QWidget):
    """Each group's share of airtime against its share of the room, the totals, and airtime
    per person — the last for the facilitator's screen only.

    The bars show the groups the projector shows, by the same rule (`shown_shares`): a laptop
    mirrored to the projector (one HDMI cable) shows this panel to the room, and a group of one
    or two is that person's speaking time. The facilitator loses nothing: each person's time is
    in the table below, which says it is for this screen only. Under the bars, the smallest
    group shown, as the group sets it (`group_size_chosen`; the floor tab saves it)."""

    group_size_chosen = Signal(int)
    """The facilitator set the smallest group shown (`FloorSettings.min_group_size`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group_size = MIN_GROUP_SHOWN  # as saved (`show_group_size`)
        self.bars = AirtimeBars()
        # Watched while running the room: never smaller than the app's small text; on a
        # laptop the groups that do not fit are counted ("+3 more groups"), not cut off
        self.bars.keep_readable(DETAIL_SCALE)
        self.total_label = plain_label()
        describe_as(self.total_label, self.tr("Total speaking time"))
        self.total_label.setWordWrap(True)
        bars_box = QGroupBox(self.tr("Airtime by group, against share of the room"))
        bars_layout = QVBoxLayout(bars_box)
        bars_layout.addWidget(self.total_label)
        bars_layout.addWidget(self.bars)
        # The group's threshold (DOMAIN.md: "hide groups smaller than a threshold, default 3"):
        # these bars and the projector's, the report, the counts a purge keeps
        self.group_size_spin = QSpinBox()
        self.group_size_spin.setRange(MIN_GROUP_SHOWN, MAX_GROUP_SHOWN)
        self.group_size_spin.setSuffix(self.tr(" people"))
        self.group_size_spin.setAccessibleName(self.tr("Smallest group shown"))
        self.group_size_spin.setToolTip(
            plain_tip(
                self.tr(
                    "Airtime by group leaves out any group with fewer people present than this: "
                    "here, on the projector, in the report and in the counts a purge keeps. The "
                    "smaller the number, the less private: in a group of three, the bar is close "
                    "to each one's own speaking time. It never goes below 3."
                )
            )
        )
        self.group_size_spin.installEventFilter(KeysOfTheirOwn(self))  # digits, not the floor's
        self.group_size_spin.editingFinished.connect(self._group_size_edited)
        size_label = QLabel(self.tr("Smallest group shown:"))
        size_label.setBuddy(self.group_size_spin)
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.group_size_spin)
        size_row.addStretch(1)
        # Under the chart, not above it: a laptop's screen keeps the chart whole in view
        bars_layout.addLayout(size_row)
        self.small_groups_label = plain_label()  # how many groups the rule leaves out
        self.small_groups_label.setWordWrap(True)
        self.small_groups_label.hide()
        bars_layout.addWidget(self.small_groups_label)
        self.people_model = PeopleAirtimeModel(self)
        self.people_table = QTableView()
        self.people_table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.people_table.setModel(self.people_model)
        self.people_table.setAccessibleName(self.tr("Airtime per person"))
        self.people_table.verticalHeader().hide()
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.setColumnWidth(0, 140)
        # Never fewer than three people in view (the column scrolls on a small screen),
        # above the horizontal scroll bar
        show_at_least(self.people_table, 4)
        person_box = QGroupBox(self.tr("Airtime per person — this screen only"))
        QVBoxLayout(person_box).addWidget(self.people_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bars_box)
        layout.addWidget(person_box, 1)

    def show_airtime(self, session: FloorSession | None) -> None:
        shown = session.shown_shares() if session else None
        self.bars.set_shares(shown.groups if shown else [])
        self.people_model.set_rows(session.people_airtime() if session else [])
        self.total_label.setText(self._total_text(session))
        left_out = self._small_groups_text(shown)
        self.small_groups_label.setText(left_out)
        self.small_groups_label.setVisible(bool(left_out))

    def show_group_size(self, size: int) -> None:
        """The meeting's smallest group shown, as saved."""
        self._group_size = size
        self.group_size_spin.setValue(size)

    @Slot()
    def _group_size_edited(self) -> None:
        """The smallest group typed; one saved outside the spin's range (by hand, or by an
        older version) is kept if the spin was only passed through."""
        old, spin = self._group_size, self.group_size_spin
        shown = max(min(old, spin.maximum()), spin.minimum())
        if spin.value() != shown:
            self.group_size_chosen.emit(spin.value())

    def _small_groups_text(self, shown: ShownShares | None) -> str:
        """How many groups the rule leaves out, as the projector does ("" if none)."""
        if shown is None or not shown.left_out:
            return ""
        return self.tr("%n smaller group(s) not shown, as on the projector.", "", shown.left_out)

    def _total_text(self, session: FloorSession | None) -> str:
        if session is None:
            return ""
        now, ledger = session.floor.now_ms(), session.floor.ledger
        meeting_ms = ledger.meeting_ms(now)
        if not meeting_ms:
            return self.tr("Nobody has spoken yet.")
        item_ms = ledger.item_ms(session.floor.item_id, now)
        return fill(
            self.tr("Speaking time: %1 in the meeting, %2 on this item"),
            span(meeting_ms),
            span(item_ms),
        )
