"""The live timer of a training module's group rotation, under the item's own countdown.

"Round 2 of 3 · Coaching — 1:40", what comes next, and at every change a flash the room can
see and a chime it can hear. It repaints from the rotation timer, which reads the clock: the
agenda runner's tick calls `refresh`, and a missed tick only delays the paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from meetingkit.core.durations import countdown, span, unbroken
from meetingkit.core.i18n import fill
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.ui.actions import make_action
from meetingkit.ui.chime import Chime
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.labels import countdown_label, heading_label, plain_label
from meetingkit.ui.tones import tones

if TYPE_CHECKING:
    from meetingkit.core.rotation import RotationStatus, RotationTimer

FLASH_MS = 2500
FLASH_STYLE = "RotationPanel {{ background: {}; border: 3px solid {}; border-radius: 6px; }}"


class RotationPanel(QFrame):
    def __init__(self, chime: Chime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RotationPanel")
        self.chime = chime or Chime()
        self._session: AgendaSession | None = None
        self._item_id: int | None = None
        self._seen = 0  # cues already announced
        self.step_label = heading_label(1.4)
        # Wraps: in the runner's narrow column (1024 wide, or in Spanish) one line cut the step
        # name off, and the step is what the trainer calls out.
        self.step_label.setWordWrap(True)
        self.step_label.setAccessibleName(self.tr("Rotation step"))
        self.countdown_label = countdown_label(2.4, self.tr("Time left in this step"))
        self.next_label = plain_label()
        self.next_label.setWordWrap(True)
        self.act_start = make_action(self, self.tr("Start &rotation"), self.start, "F9")
        self.act_pause = make_action(self, self.tr("Pause rotation"), self.toggle_pause, "Shift+F9")
        buttons = QHBoxLayout()
        for action in (self.act_start, self.act_pause):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.next_label)
        layout.addLayout(buttons)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._unflash)
        self.hide()

    def show_item(self, session: AgendaSession | None, item_id: int | None) -> None:
        """Follow the agenda's current item; hidden unless it has a rotation."""
        if (session, item_id) != (self._session, self._item_id):
            self._session, self._item_id = session, item_id
            timer = self._timer()
            # Cues that happened before this screen showed them (e.g. before a restart) are
            # not replayed: only changes from now on flash and chime.
            self._seen = timer.status().cue_count if timer else 0
        self.refresh()

    def _timer(self) -> RotationTimer | None:
        s, item_id = self._session, self._item_id
        return s.rotation(item_id) if s is not None and item_id is not None else None

    @Slot()
    def refresh(self) -> None:
        timer = self._timer()
        self.setVisible(timer is not None)
        self.act_start.setEnabled(timer is not None)
        if timer is None:
            self.act_pause.setEnabled(False)
            return
        status = timer.status()
        new = timer.cues_since(self._seen)
        if new:
            self._seen += len(new)
            self._flash()
        r = timer.rotation
        steps = " + ".join(f"{s.name} {countdown(s.seconds * 1000)}" for s in r.steps)
        plan = self.tr("Groups of %1: %n rounds × (%2)", "", r.rounds)
        plan = fill(plan, str(r.group_size), steps)
        if not status.started:
            self.step_label.setText(self.tr("Rotation ready"))
            self.countdown_label.setText(countdown(r.total_seconds * 1000))
            self.next_label.setText(plan + self.tr(". F9 starts it when the groups are set."))
        elif status.finished:
            self.step_label.setText(self.tr("Rotation over — time is up"))
            self.countdown_label.setText(countdown(0))
            self.next_label.setText(plan)
        else:
            step = status.step
            assert step is not None
            paused = self.tr("  (paused)") if status.paused else ""
            self.step_label.setText(
                fill(self.tr("Round %1 of %2 · %3"), str(step.round), str(status.rounds), step.name)
                + paused
            )
            self.countdown_label.setText(countdown(status.step_remaining_ms))
            upcoming = timer.cues[status.cue_count] if status.cue_count < len(timer.cues) else None
            if upcoming is None:
                following = ""
            elif upcoming.finished:
                following = self.tr("Last step: then time is up")
            else:
                following = fill(self.tr("Next: %1"), str(upcoming))
            self.next_label.setText(
                following
                + fill(self.tr(" · %1 left in the rotation"), countdown(status.total_remaining_ms))
            )
        self.act_start.setText(
            self.tr("Restart &rotation") if status.started else self.tr("Start &rotation")
        )
        self.act_start.setIconText(  # what the button shows
            self.tr("Restart rotation") if status.started else self.tr("Start rotation")
        )
        self.act_pause.setEnabled(status.started and not status.finished)
        self.act_pause.setText(
            self.tr("Resume rotation") if status.paused else self.tr("Pause rotation")
        )

    def _flash(self) -> None:
        shown = tones(self.palette())  # a notice that reads in the theme worn now
        self.setStyleSheet(FLASH_STYLE.format(shown.notice_background.name(), shown.warning.name()))
        self.flash_timer.start()
        self.chime.play()

    @Slot()
    def _unflash(self) -> None:
        self.setStyleSheet("")

    @Slot()
    def start(self) -> None:
        """F9. One key from F8 (next item), so a rotation under way is restarted only once
        the trainer says so: it goes back to round 1 for the whole room."""
        timer = self._timer()
        if self._session is None or self._item_id is None or timer is None:
            return
        status = timer.status()
        if status.started and not status.finished and not self._restart_asked(status):
            return
        self._session.start_rotation(self._item_id)
        self._seen = 0
        self.refresh()

    def _restart_asked(self, status: RotationStatus) -> bool:
        step = status.step
        assert step is not None
        where = fill(
            self.tr("Round %1 of %2, %3 left"),
            str(step.round),
            str(status.rounds),
            unbroken(span(-(-status.total_remaining_ms // 1000) * 1000)),
        )
        text = fill(
            self.tr(
                "The rotation is under way: %1.\n\nRestarting it sends every group back to"
                " round 1 and the first step, and its time starts again."
            ),
            where,
        )
        return Confirm.ask(
            self, self.tr("Restart the rotation?"), text, self.tr("Restart rotation")
        )

    @Slot()
    def toggle_pause(self) -> None:
        if self._session is not None and self._item_id is not None:
            self._session.toggle_rotation_pause(self._item_id)
            self.refresh()

    @property
    def flashing(self) -> bool:
        return self.flash_timer.isActive()
