"""The live timer of a training module's group rotation, under the item's own countdown.

"Round 2 of 3 · Coaching — 1:40", what comes next, and at every change a flash the room can
see and a chime it can hear. It repaints from the rotation timer, which reads the clock: the
agenda runner's tick calls `refresh`, and a missed tick only delays the paint.

The chime follows the rotations that run, not the meeting shown (services/rotation_cues.py):
while the trainer looks at another meeting, a training's change of step still chimes, and the
status bar says which ("One-on-one conversations: Round 3 of 3 · One-on-one"), as it does
when the panel is out of sight on another tab or page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from meetingkit.core.durations import countdown, span, unbroken
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.services.rotation_cues import RotationChange, RotationCues
from meetingkit.ui.actions import make_action
from meetingkit.ui.chime import Chime
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.labels import (
    countdown_label,
    describe_as,
    fix_size_for,
    heading_label,
    plain_label,
)
from meetingkit.ui.tones import tones

if TYPE_CHECKING:
    from meetingkit.core.rotation import RotationStatus, RotationTimer

FLASH_MS = 2500
CUE_POLL_MS = 250  # a rotation's change chimes this soon, whatever the screen shows
ENDED_NOTICE_MS = 60_000  # how long the status bar tells that a rotation shown elsewhere ended
FLASH_STYLE = "RotationPanel {{ background: {}; border: 3px solid {}; border-radius: 6px; }}"


@dataclass(frozen=True)
class _Words:
    """The panel's words for what it runs: a rotation, where roles change or rounds repeat,
    or timed steps, gone through once (core/rotation.py `Rotation.rotates`)."""

    ready: str
    left: str
    over: str
    start: str
    restart: str
    start_button: str
    restart_button: str
    pause: str
    resume: str


_ROTATION = _Words(
    QT_TRANSLATE_NOOP("RotationPanel", "Rotation ready"),
    QT_TRANSLATE_NOOP("RotationPanel", "%1 left in the rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Rotation over — time is up"),
    QT_TRANSLATE_NOOP("RotationPanel", "Start &rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Restart &rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Start rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Restart rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Pause rotation"),
    QT_TRANSLATE_NOOP("RotationPanel", "Resume rotation"),
)
_TIMED_STEPS = _Words(
    QT_TRANSLATE_NOOP("RotationPanel", "Timed steps ready"),
    QT_TRANSLATE_NOOP("RotationPanel", "%1 left in the steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Timed steps over — time is up"),
    QT_TRANSLATE_NOOP("RotationPanel", "Sta&rt timed steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Resta&rt timed steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Start timed steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Restart timed steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Pause timed steps"),
    QT_TRANSLATE_NOOP("RotationPanel", "Resume timed steps"),
)


class RotationPanel(QFrame):
    def __init__(self, chime: Chime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RotationPanel")
        self.chime = chime or Chime()
        self._session: AgendaSession | None = None
        self._item_id: int | None = None
        self._cues = RotationCues()
        self.step_label = heading_label(1.4)
        # Wraps: in the runner's narrow column (1024 wide, or in Spanish) one line cut the step
        # name off, and the step is what the trainer calls out.
        self.step_label.setWordWrap(True)
        describe_as(self.step_label, self.tr("Rotation step"))
        self.countdown_label = countdown_label(2.4, self.tr("Time left in this step"))
        # A step's time is never over (nor past 9 hours): narrower than the item's clock face,
        # so that the time left in the whole rotation fits beside it
        fix_size_for(self.countdown_label, "8:88:88")
        self.total_label = plain_label()
        self.total_label.setWordWrap(True)
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
        clock = QHBoxLayout()
        clock.addWidget(self.countdown_label)
        clock.addWidget(self.total_label, 1, Qt.AlignmentFlag.AlignBottom)
        # Compact: with it, the runner's column (minutes, decision buttons) fits a 1366×768
        # laptop without scrolling, in English and in Spanish
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.step_label)
        layout.addLayout(clock)
        layout.addWidget(self.next_label)
        layout.addLayout(buttons)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._unflash)
        # Polls for the changes of a rotation running in a meeting no longer shown
        self.cue_timer = QTimer(self)
        self.cue_timer.setInterval(CUE_POLL_MS)
        self.cue_timer.timeout.connect(self.refresh)
        self.hide()

    def show_item(self, session: AgendaSession | None, item_id: int | None) -> None:
        """Follow the agenda's current item; hidden unless it has a rotation."""
        if session is not self._session:
            self._cues.follow(session)
        self._session, self._item_id = session, item_id
        self.refresh()

    def _timer(self) -> RotationTimer | None:
        s, item_id = self._session, self._item_id
        return s.rotation(item_id) if s is not None and item_id is not None else None

    @Slot()
    def refresh(self) -> None:
        changes = self._cues.changes()
        # Ticks on its own while a rotation runs in a meeting not shown: the runner's clock
        # follows the meeting shown (and stops for one not live)
        if not self._cues.running_elsewhere():
            self.cue_timer.stop()
        elif not self.cue_timer.isActive():
            self.cue_timer.start()
        timer = self._timer()
        self.setVisible(timer is not None)
        self.act_start.setEnabled(timer is not None)
        if timer is None:
            self.act_pause.setEnabled(False)
        else:
            self._paint(timer)
        self._announce(changes)  # once painted: the status bar tells what the panel cannot

    def _announce(self, changes: list[RotationChange]) -> None:
        """A chime for any change; a flash for this panel's; the status bar tells a change the
        trainer cannot see here (another meeting's, or this one's with the panel out of sight)."""
        if not changes:
            return
        self.chime.play()
        session = self._session
        shown = session.meeting.key if session is not None else None
        here = [c for c in changes if (c.meeting.key, c.item_id) == (shown, self._item_id)]
        if here:
            self._flash()
        unseen = [c for c in changes if c not in here or not self.isVisible()]
        bar = getattr(self.window(), "statusBar", None)
        if unseen and bar is not None:
            last = unseen[-1]
            if last.cue.finished and last.rotates:  # as the panel's own words (`_paint`)
                text = fill(self.tr("%1: rotation over — time is up"), last.meeting.title)
            elif last.cue.finished:
                text = fill(self.tr("%1: timed steps over — time is up"), last.meeting.title)
            else:
                text = fill(self.tr("%1: %2"), last.meeting.title, str(last.cue))
            bar().showMessage(text, last.step_remaining_ms or ENDED_NOTICE_MS)

    def _paint(self, timer: RotationTimer) -> None:
        shown = timer.shown()  # under way: what the room's screen shows too
        status = timer.status()
        r = timer.rotation
        steps = " + ".join(f"{s.name} {countdown(s.seconds * 1000)}" for s in r.steps)
        if r.rotates:
            plan = self.tr("Groups of %1: %n rounds × (%2)", "", r.rounds)
        else:  # one round, no roles changing: timed steps, not a rotation
            plan = self.tr("Groups of %1: %2")
        plan = fill(plan, str(r.group_size), steps)
        words = _ROTATION if r.rotates else _TIMED_STEPS
        if shown is not None:
            paused = self.tr("  (paused)") if shown.paused else ""
            self.step_label.setText(shown.step_line + paused)
            self.countdown_label.setText(countdown(shown.step_remaining_ms))
            self.total_label.setText(
                fill(self._tr(words.left), countdown(shown.total_remaining_ms))
            )
            self.next_label.setText(shown.next_line)
        elif not status.started:
            self.step_label.setText(self._tr(words.ready))
            self.countdown_label.setText(countdown(r.total_seconds * 1000))
            self.total_label.setText("")
            self.next_label.setText(plan + self.tr(". F9 starts it when the groups are set."))
        else:
            self.step_label.setText(self._tr(words.over))
            self.countdown_label.setText(countdown(0))
            self.total_label.setText("")
            self.next_label.setText(plan)
        self.act_start.setText(self._tr(words.restart if status.started else words.start))
        self.act_start.setIconText(  # what the button shows
            self._tr(words.restart_button if status.started else words.start_button)
        )
        self.act_pause.setEnabled(status.started and not status.finished)
        self.act_pause.setText(self._tr(words.resume if status.paused else words.pause))

    def _flash(self) -> None:
        shown = tones(self.palette())  # a notice that reads in the theme worn now
        self.setStyleSheet(FLASH_STYLE.format(shown.notice_background.name(), shown.warning.name()))
        self.flash_timer.start()

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
        rotates = timer.rotation.rotates
        if status.started and not status.finished and not self._restart_asked(status, rotates):
            return
        self._session.start_rotation(self._item_id)
        self._cues.restarted(self._session, self._item_id)  # its first step is announced
        self.refresh()

    def _restart_asked(self, status: RotationStatus, rotates: bool) -> bool:
        step = status.step
        assert step is not None
        left = unbroken(span(-(-status.total_remaining_ms // 1000) * 1000))
        if status.rounds == 1:  # a single round: no "Round 1 of 1"
            where = fill(self.tr("%1 left"), left)
        else:
            where = fill(
                self.tr("Round %1 of %2, %3 left"), str(step.round), str(status.rounds), left
            )
        if rotates:
            text = self.tr(
                "The rotation is under way: %1.\n\nRestarting it sends every group back to"
                " round 1 and the first step, and its time starts again."
            )
            title, button = self.tr("Restart the rotation?"), self.tr("Restart rotation")
        else:
            text = self.tr(
                "The timed steps are under way: %1.\n\nRestarting them sends every group back"
                " to the first step, and their time starts again."
            )
            title, button = self.tr("Restart the timed steps?"), self.tr("Restart timed steps")
        return Confirm.ask(self, title, fill(text, where), button)

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("RotationPanel", text)

    @Slot()
    def toggle_pause(self) -> None:
        if self._session is not None and self._item_id is not None:
            self._session.toggle_rotation_pause(self._item_id)
            self.refresh()

    @property
    def flashing(self) -> bool:
        return self.flash_timer.isActive()
