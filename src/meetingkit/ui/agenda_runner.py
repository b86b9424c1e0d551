"""Running the agenda live: the current item's countdown, the meeting's projected end, the
timekeeper's five-minute call, and the minutes and decisions of the selected item.

One QTimer repaints from the clock; it holds no time of its own, so a late or missed tick
changes nothing but when the screen catches up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.agenda import AgendaItem
from meetingkit.core.agenda_run import EndChoice, ItemState, LastRecord, Recorded, RunRecord
from meetingkit.core.agenda_times import StartQuestion, start_question
from meetingkit.core.clock import local_time
from meetingkit.core.durations import countdown, over_by, span, unbroken, wall_time
from meetingkit.core.i18n import fill, weekday_date
from meetingkit.core.module_fit import minutes_and_seconds, overrun_seconds
from meetingkit.core.wall_clock import ms_between
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.ui.actions import make_action
from meetingkit.ui.button_flow import ButtonFlow
from meetingkit.ui.end_meeting_choice import EndMeetingChoice
from meetingkit.ui.feedback import Alert, Confirm, attempt, could_not, user_errors
from meetingkit.ui.labels import (
    breakable,
    countdown_label,
    describe_as,
    error_label,
    heading_label,
    plain_label,
    set_text_colour,
)
from meetingkit.ui.notice_banner import NoticeBanner
from meetingkit.ui.rotation_panel import RotationPanel
from meetingkit.ui.tones import Tone, tint, tones

if TYPE_CHECKING:
    from meetingkit.ui.undo_commands import MadeChange

TICK_MS = 200
MINUTES_SAVE_DELAY_MS = 600
MINUTES_RETRY_MS = 10_000  # minutes that could not be saved (a full disk) are tried again
# End meeting's question answered this long after it was asked is asked again (_end_as_asked)
_STALE_QUESTION_MS = 60_000
WARNING_COLOUR = "#b26a00"  # the projector's wrap-up and over-time cues (a dark screen)
OVER_COLOUR = "#c62828"


def _banner() -> QLabel:
    label = plain_label()
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    tint(label, Tone.NOTICE, banner=True)
    label.hide()
    return label


def _banner_with_buttons(label: QLabel, *buttons: QPushButton) -> QFrame:
    """A notice like `_banner`'s, its words over a row of buttons that answer it; hidden."""
    label.setWordWrap(True)
    banner = QFrame()
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    tint(banner, Tone.NOTICE, banner=True)
    layout = QVBoxLayout(banner)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(label)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    banner.hide()
    return banner


class _SteadyButton(QToolButton):
    """A button as wide as the widest of the texts it takes turns showing ("Pause", "Resume"):
    pressing it moves no button. In Spanish at 125 %, "Pausar" turned into the wider
    "Reanudar", the run buttons needed a third row where the panel, laid out for two, had
    no room for it, and "Terminar reunión" was drawn over the minutes' heading (QA)."""

    def __init__(self, *texts: str) -> None:
        super().__init__()
        self._texts = texts

    def sizeHint(self) -> QSize:
        """Also its minimum: QToolButton's minimumSizeHint is its sizeHint."""
        hint = super().sizeHint()

        def width(text: str) -> int:  # as QToolButton measures its text
            return self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width()

        widest = max(width(text) for text in self._texts)
        hint.setWidth(hint.width() + max(widest - width(self.text()), 0))
        return hint


@dataclass(frozen=True)
class _Unsaved:
    """Minutes typed for an item that could not be saved yet: kept until they are."""

    session: AgendaSession
    title: str
    text: str


class AgendaRunner(QWidget):
    run_changed = Signal()
    """The meeting or an item started, paused, moved on or ended."""
    clock_read = Signal(object)
    """The clock reading (epoch ms) every time on screen was just shown as of, or None: the
    agenda's rows repaint as of the same reading, so they agree with the big clock."""
    meeting_ended = Signal(int)
    """The meeting (its id) was just ended: its sign-in closes with it."""
    open_signin_again = Signal()
    """"Open sign-in again" was pressed: sign-in was open when meetingkit closed (a crash)."""
    leave_signin_closed = Signal()
    """"Leave it closed" was pressed: sign-in was open when meetingkit closed, and stays shut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: AgendaSession | None = None
        self._selected: AgendaItem | None = None
        self._saved_minutes = ""  # the selected item's minutes as last loaded or saved
        # Minutes the database refused (a full disk), by item id: never lost, shown again with
        # their item, saved at the next chance; closing the window asks before losing them
        self._unsaved: dict[int, _Unsaved] = {}
        self._unsaved_problem: str | None = None  # why they could not be saved, as told
        self._time_checked: set[int] = set()
        self._time_check_item: int | None = None  # the item the time check banner names
        self._held_lines: dict[str, tuple[int, int]] = {}  # `_hold_lines`: (width, height)
        # Whether sign-in is open for a meeting (set by whoever holds the sign-in tab): ending
        # the meeting closes it, and the question says so
        self.signin_open: Callable[[int], bool] = lambda _meeting_id: False
        # Whether sign-in was being served for a meeting when meetingkit stopped without
        # closing it (a crash, a flat battery; set by whoever holds the data): phones that scan
        # its code find nothing, and the facilitator is told at once
        self.signin_was_open: Callable[[int], bool] = lambda _meeting_id: False
        # How many people wait on the general stack of the item on now, while the stack is
        # open (set by whoever holds the floor): the time check asks whether to close it
        self.stack_waiting: Callable[[], int] = lambda: 0
        # Who is still waiting on the floor's stack, open or closed, in the words of the
        # question asked as the agenda moves on ("3 people are still waiting to speak on
        # “Budget”.": ui.unheard_wording), "" for nobody (set by whoever holds the floor):
        # End meeting's question says it first
        self.still_waiting: Callable[[], str] = lambda: ""
        # The meeting's undo history (the agenda's and the floor's, set by the agenda tab):
        # the start goes on it, as its first change
        self.undo_stack: QUndoStack | None = None

        # After a restart, until the agenda moves to another item or Hide is pressed: said
        # once, it is read once, and then its four lines are the minutes' (QA round 15c)
        self.resume_banner = NoticeBanner()
        self.resume_banner.dismissed.connect(self._resume_read)
        self._resume_item: int | None = None  # the item on when it was shown
        self._resume_done = False  # put away, for the meeting shown: not shown again
        self.signin_label = plain_label(
            self.tr(
                "Sign-in was open when meetingkit closed. Phones can't sign in until you open "
                "it again."
            )
        )
        self.open_signin_button = QPushButton(self.tr("Open sign-in again"))
        self.open_signin_button.setAccessibleName(self.tr("Open sign-in again"))
        self.open_signin_button.clicked.connect(self.open_signin_again)
        self.leave_signin_button = QPushButton(self.tr("Leave it closed"))
        self.leave_signin_button.setAccessibleName(self.tr("Leave sign-in closed"))
        self.leave_signin_button.clicked.connect(self.leave_signin_closed)
        self.signin_banner = _banner_with_buttons(
            self.signin_label, self.open_signin_button, self.leave_signin_button
        )
        self.signin_banner.setAccessibleName(self.tr("Sign-in was open"))
        self.time_check_banner = _banner()
        # A meeting left open (End meeting forgotten, days ago): shown as it was then, and
        # offered its end then
        self._left_open: LastRecord | None = None
        self.left_open_label = plain_label()
        self.left_open_button = QPushButton()
        self.left_open_button.clicked.connect(self.end_meeting)
        self.left_open_banner = _banner_with_buttons(self.left_open_label, self.left_open_button)
        self.item_label = heading_label(1.3)
        self.item_label.setWordWrap(True)
        self.countdown_label = countdown_label(3.2, self.tr("Time left on the current item"))
        self.detail_label = plain_label()
        self.detail_label.setWordWrap(True)
        self.meeting_label = plain_label()
        self.meeting_label.setWordWrap(True)
        describe_as(self.meeting_label, self.tr("Meeting clock"))
        self.rotation_panel = RotationPanel()

        act = partial(make_action, self)

        self.act_start_meeting = act(self.tr("&Start meeting"), self.start_meeting, "F5")
        self.act_start_item = act(self.tr("Start selected ite&m"), self.start_selected, "F7")
        self.act_pause = act(self.tr("&Pause / resume item"), self.toggle_pause, "F6")
        self.act_next = act(self.tr("Ne&xt agenda item"), self.advance, "F8")
        self.act_end_meeting = act(self.tr("&End meeting"), self.end_meeting, "Shift+F8")
        self.act_decision = act(self.tr("Record &decision…"), self.record_decision, "Ctrl+Shift+D")
        self.act_check = act(self.tr("&Temperature check…"), self.temperature_check, "Ctrl+T")
        short_texts = (
            (self.act_start_meeting, self.tr("Start meeting")),
            (self.act_start_item, self.tr("Start item")),
            (self.act_pause, self.tr("Pause")),
            (self.act_next, self.tr("Next item")),
            (self.act_end_meeting, self.tr("End meeting")),
        )
        buttons = ButtonFlow(2)
        for action, short in short_texts:
            action.setIconText(short)  # buttons show this; menus keep the full text
            # Pause says Resume while the item is paused (`_update_actions`)
            turns = (short, self.tr("Resume")) if action is self.act_pause else (short,)
            run_button = _SteadyButton(*turns)
            run_button.setDefaultAction(action)
            buttons.addWidget(run_button)

        # A group box's title cannot wrap, and "Minutes — <a long item's title>" in it kept
        # the window wider than a laptop: the box is headed by a label that wraps instead.
        self.minutes_box = QGroupBox()
        self.minutes_box.setAccessibleName(self.tr("Minutes"))
        self.minutes_heading = heading_label(1.0, self.tr("Minutes"))
        self.minutes_heading.setWordWrap(True)
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setPlaceholderText(
            self.tr(
                "Notes for the selected item, saved as you type: what was said, who will "
                "do what by when."
            )
        )
        self.minutes_edit.setTabChangesFocus(True)
        lines = self.minutes_edit.fontMetrics().lineSpacing()
        self.minutes_edit.setMinimumHeight(4 * lines + 12)  # the note taker sees what they type
        self.minutes_edit.setAccessibleName(self.tr("Minutes for the selected item"))
        self.unsaved_label = error_label()
        self.decision_label = plain_label()
        self.decision_label.setWordWrap(True)
        record_buttons = QHBoxLayout()
        for action in (self.act_decision, self.act_check):
            button = QToolButton()
            button.setDefaultAction(action)
            record_buttons.addWidget(button)
        record_buttons.addStretch(1)
        minutes_layout = QVBoxLayout(self.minutes_box)
        minutes_layout.setSpacing(4)
        minutes_layout.addWidget(self.minutes_heading)
        minutes_layout.addWidget(self.minutes_edit, 1)
        minutes_layout.addWidget(self.unsaved_label)
        minutes_layout.addWidget(self.decision_label)
        minutes_layout.addLayout(record_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A few pixels apart: at 1093x559 (a 1366x768 laptop at 125 %) the clock, its buttons,
        # the minutes and Record decision share the height of the screen (QA round 15c)
        layout.setSpacing(4)
        layout.addWidget(self.resume_banner)
        layout.addWidget(self.signin_banner)
        layout.addWidget(self.left_open_banner)
        layout.addWidget(self.time_check_banner)
        layout.addWidget(self.item_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.rotation_panel)
        layout.addWidget(self.meeting_label)
        layout.addLayout(buttons)
        layout.addWidget(self.minutes_box, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.minutes_timer = QTimer(self)
        self.minutes_timer.setSingleShot(True)
        self.minutes_timer.setInterval(MINUTES_SAVE_DELAY_MS)
        self.minutes_timer.timeout.connect(self.save_minutes)
        self.minutes_edit.textChanged.connect(self.minutes_timer.start)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(MINUTES_RETRY_MS)
        self.retry_timer.timeout.connect(self.save_minutes)

    # Showing

    def set_session(self, session: AgendaSession | None) -> None:
        """Show this session. The same meeting shown again (its session rebuilt after an
        edit) keeps its banners: the time check already called is not called again."""
        self.save_minutes()
        same_meeting = (
            session is not None
            and self.session is not None
            and session.meeting.id == self.session.meeting.id
        )
        self.session = session
        self._selected = None
        if not same_meeting:
            self._time_checked = set()
            self.resume_banner.hide()
            self._resume_done = False
            self.time_check_banner.hide()
        if session is not None and session.resumed is not None and not self._resume_done:
            gap = session.resumed
            if gap.clock_behind_ms:
                said = self.tr(
                    "Resumed after a restart. This computer's clock reads about %3 earlier than "
                    "the last time saved for this meeting (%2): its date or time was changed. "
                    "The meeting's clock carries on from %2, so no time runs backwards, and the "
                    "time meetingkit was closed is not counted. Check the computer's date and "
                    "time."
                )
            elif gap.item_ran:
                said = self.tr(
                    "Resumed after a restart. meetingkit was closed for about %1 (since %2) "
                    "while this meeting ran; that time is counted, as on a wall clock."
                )
            else:
                said = self.tr(
                    "Resumed after a restart. meetingkit was closed for about %1 (since %2) "
                    "while the agenda was paused: no item's time ran, and the meeting's clock "
                    "counts it, as on a wall clock."
                )
            self.resume_banner.setText(
                fill(
                    said,
                    span(gap.gap_ms),
                    wall_time(gap.last_seen_ms),
                    span(gap.clock_behind_ms),
                )
            )
            self.resume_banner.show()
            current = session.run.current_item
            self._resume_item = current.key if current is not None else None
        self.show_signin_notice()
        self.refresh()

    @Slot()
    def _resume_read(self) -> None:
        """The notice after a restart was put away: Hide, or the agenda moved on."""
        self.resume_banner.hide()
        self._resume_done = True

    def _retire_resume(self) -> None:
        """The notice after a restart goes once another item is on, or none (the meeting
        ended): what it said is about the time before."""
        s = self.session
        if s is None or self.resume_banner.isHidden():
            return
        current = s.run.current_item
        if (current.key if current is not None else None) != self._resume_item:
            self._resume_read()

    @Slot()
    def show_signin_notice(self) -> None:
        """Say so if sign-in was open for the meeting when meetingkit closed and is not open
        now; a meeting since ended or purged says nothing."""
        s = self.session
        key = s.meeting.key if s is not None else None
        shown = key is not None and not self.signin_open(key) and self.signin_was_open(key)
        self.signin_banner.setVisible(shown)

    def set_selected_item(self, item: AgendaItem | None) -> None:
        """The item whose minutes and decisions are shown (the one selected in the agenda)."""
        self.save_minutes()
        if item is not None and self.session is not None:
            # As saved now: the agenda's rows were read before minutes typed since were saved,
            # and showing those would let the next save overwrite what was typed
            item = next((i for i in self.session.items if i.key == item.key), item)
        self._selected = item
        self.minutes_heading.setText(
            fill(self.tr("Minutes — %1"), breakable(item.title)) if item else self.tr("Minutes")
        )
        self._saved_minutes = item.minutes if item else ""
        unsaved = self._unsaved.get(item.key) if item else None
        self.minutes_edit.blockSignals(True)
        self.minutes_edit.setPlainText(unsaved.text if unsaved else self._saved_minutes)
        self.minutes_edit.blockSignals(False)
        self.minutes_edit.setEnabled(item is not None)
        self._show_record()
        self._update_actions()

    @Slot()
    def refresh(self) -> None:
        """Repaint every time on screen from the clock: a meeting left open, as it was when
        last recorded (nothing ticks then)."""
        s = self.session
        live = s is not None and s.is_live()
        self._left_open = s.left_open() if s is not None and live else None
        ticking = live and self._left_open is None
        if ticking and not self.timer.isActive():
            self.timer.start()
        elif not ticking:
            self.timer.stop()
        at = None  # one reading for every time shown
        if s is not None:
            at = self._left_open.at_ms if self._left_open is not None else s.run.now_ms()
        self._show_left_open()
        self._retire_resume()
        self._show_current(at)
        self._show_meeting_clock(at)
        self._hold_lines()
        self._update_actions()
        self.clock_read.emit(at)

    def _show_current(self, at: int | None) -> None:
        s = self.session
        current = s.run.current_item if s else None
        self.rotation_panel.show_item(s, current.key if current else None)
        if s is None or current is None:
            self.item_label.setText(self._idle_text())
            self.countdown_label.setText("")
            self.detail_label.setText("")
            self.time_check_banner.hide()
            return
        run = s.run
        remaining = run.remaining_ms(current.key, at)
        paused = run.state(current.key) == ItemState.PAUSED
        self.item_label.setText(
            breakable(current.title) + (self.tr("  (paused)") if paused else "")
        )
        self.countdown_label.setText(countdown(remaining))
        warning_ms = s.meeting.warning_minutes * 60_000
        shown = tones(self.palette())  # read on every tick: a change of theme shows at once
        cue = shown.danger if remaining < 0 else shown.warning
        set_text_colour(self.countdown_label, cue.name() if remaining <= warning_ms else "")
        if remaining < 0:
            detail = fill(self.tr("%1 over the planned %2 min"), unbroken(over_by(remaining)))
        else:
            detail = self.tr("left of the planned %2 min")
        detail = detail.replace("%2", str(current.planned_minutes))
        rotation = current.rotation  # a module shortened below its timed steps says so
        if rotation is not None and overrun_seconds(current.planned_minutes, rotation):
            takes = unbroken(minutes_and_seconds(rotation.total_seconds))
            detail = fill(self.tr("%1 · its rotation takes %2"), detail, takes)
        self.detail_label.setText(detail)
        if self._time_check_item != current.key:  # the banner names the item it was for
            self.time_check_banner.hide()
        if run.time_check_due(current.key, at) and current.key not in self._time_checked:
            self._time_checked.add(current.key)
            self._time_check_item = current.key
            self.time_check_banner.show()
        elif remaining < 0 or remaining > 5 * 60_000:
            self.time_check_banner.hide()
        if not self.time_check_banner.isHidden():
            # The call follows the clock as the note on the stack does: one time left in it
            call = fill(
                self.tr("Time check: %1 left on “%2”. Timekeeper, call time."),
                countdown(remaining),
                current.title,
            )
            self.time_check_banner.setText(call + self._stack_note(remaining))

    def _hold_lines(self) -> None:
        """The clock's lines that wrap take a line more at the tick their text needs it, not
        a moment later, and keep it while their width stays: drawn for a moment into the
        height of one line less, the meeting's clock in Spanish ran over the lines above
        and below it (QA round 15c), and "1 min 1 s" then "1 min 21 s" moved the buttons
        under it up and down a line every few seconds."""
        grew = False
        for name, label in (("detail", self.detail_label), ("meeting", self.meeting_label)):
            width = label.width()
            needed = label.heightForWidth(width) if label.text() else 0
            held_width, held = self._held_lines.get(name, (0, 0))
            if held_width == width:
                needed = max(needed, held)
            self._held_lines[name] = (width, needed)
            if label.minimumHeight() != needed:
                grew = grew or needed > label.height()
                label.setMinimumHeight(needed)
        layout = self.layout()
        if grew and layout is not None:
            layout.activate()  # now, before the screen is drawn

    def _stack_note(self, remaining_ms: int) -> str:
        """With people still waiting to speak near the item's end: how many, the time left,
        and whether to close the stack (DOMAIN.md: "N on stack and M minutes left — close the
        stack?"). Follows the stack on every tick; nothing once it is closed or empty."""
        waiting = self.stack_waiting()
        if not waiting:
            return ""
        note = self.tr(
            "%n people waiting to speak, %1 left: close the stack? (Ctrl+3, then Ctrl+K)",
            "",
            waiting,
        )
        return " " + fill(note, countdown(remaining_ms))

    def _show_left_open(self) -> None:
        last = self._left_open
        self.left_open_banner.setVisible(last is not None)
        if last is None:
            return
        self.left_open_label.setText(
            fill(
                self.tr(
                    "This meeting was left open: End meeting was never pressed. The last thing "
                    "recorded is at %1, %2, and the agenda is shown as it was then."
                ),
                self._moment(last.at_ms),
                self._when(last),
            )
        )
        self.left_open_button.setText(fill(self.tr("End at %1…"), wall_time(last.at_ms)))

    def _moment(self, at_ms: int, beside: int | None = None) -> str:
        """'19:55', or '19:55 on Tue 3 Nov' on another day than today (or than `beside`, a
        moment named just before it)."""
        s = self.session
        day = local_time(at_ms).date()
        today = local_time(s.run.now_ms()).date() if s is not None else day
        if beside is not None:
            today = local_time(beside).date()
        if day == today:
            return wall_time(at_ms)
        return fill(
            self.tr("%1 on %2"), wall_time(at_ms), weekday_date(day, year=day.year != today.year)
        )

    def _when(self, last: LastRecord) -> str:
        """What the last thing recorded was: 'when the last item ended'."""
        s = self.session
        title = next((i.title for i in s.items if i.id == last.item_id), None) if s else None
        what = last.what
        if what is Recorded.ITEM_ENDED and s is not None and s.run.every_item_done:
            return self.tr("when the last item ended")
        if what is Recorded.TURN_ENDED:
            return self.tr("when the last speaker finished")
        if what is Recorded.TURN_STARTED:
            return self.tr("when the last speaker began")
        if what is Recorded.MEETING_STARTED:
            return self.tr("when the meeting started")
        if title is None:  # an item deleted since
            return self.tr("when the agenda last moved on")
        if what is Recorded.ITEM_ENDED:
            return fill(self.tr("when “%1” ended"), title)
        if what is Recorded.ITEM_PAUSED:
            return fill(self.tr("when “%1” was paused"), title)
        return fill(self.tr("when “%1” started"), title)

    def _idle_text(self) -> str:
        s = self.session
        if s is None:
            return ""
        if not s.items:
            return self.tr("Add agenda items, or pick a template, to run this meeting.")
        if not s.run.started:
            return self.tr("Not started. Press F5 to start the meeting and its first item.")
        if s.run.ended:
            return self.tr("The meeting has ended.")
        if not self._items_left():
            return self.tr("Every item is done. Press Shift+F8 to end the meeting.")
        return self.tr("No item is on. Select one and press F7, or press F8 for the next.")

    def _items_left(self) -> bool:
        """Whether an item is on or still to come: F8 has something to move to or finish."""
        s = self.session
        return s is not None and any(s.state(i.key) != ItemState.DONE for i in s.items)

    def _show_meeting_clock(self, at: int | None) -> None:
        s = self.session
        if s is None or not s.run.started:
            if s is not None:
                self.meeting_label.setText(
                    fill(
                        self.tr("Planned %1–%2"),
                        f"{s.meeting.start:%H:%M}",
                        f"{s.meeting.planned_end:%H:%M}",
                    )
                )
            else:
                self.meeting_label.setText("")
            set_text_colour(self.meeting_label, "")  # a late meeting shown before left it red
            return
        run = s.run
        started = run.record.started_ms
        if self._left_open is not None and started is not None:
            self.meeting_label.setText(
                fill(
                    self.tr("Started %1 · left open since %2"),
                    self._moment(started),
                    self._moment(self._left_open.at_ms, beside=started),
                )
            )
            set_text_colour(self.meeting_label, "")
            return
        at = run.meeting_second_ms(at)  # every count below turns over at the same moment
        elapsed = unbroken(span(run.meeting_elapsed_ms(at)))
        # Against the planned end the header shows (the room is booked until then): a late
        # start is warned of, and then that end is named, since it is not start + length.
        end = run.end_against_plan(s.meeting.starts_at, s.meeting.planned_minutes, at)
        assert end is not None
        late_now = end.over_ms >= 60_000 and not run.ended
        if run.ended:
            text = fill(self.tr("Ended at %1 after %2."), wall_time(end.projected_ms))
        else:
            text = fill(
                self.tr("Meeting: %2 so far · projected end %1"), wall_time(end.projected_ms)
            )
            if late_now and end.started_off_plan:
                text += fill(
                    self.tr(" — %1 past the planned end %2"),
                    unbroken(span(end.over_ms)),
                    wall_time(end.planned_ms),
                )
            elif late_now:
                text += self.tr(" — %3 past the planned end").replace(
                    "%3", unbroken(span(end.over_ms))
                )
        self.meeting_label.setText(text.replace("%2", elapsed))
        set_text_colour(self.meeting_label, tones(self.palette()).danger.name() if late_now else "")

    def _show_record(self) -> None:
        s, item = self.session, self._selected
        if s is None or item is None or not s.has_records(item.key):
            self.decision_label.setText("")
            self.decision_label.hide()  # its line is the minutes' on a laptop screen
            return
        lines = []
        decision = s.decision(item.key)
        if decision is not None:
            lines.append(fill(self.tr("Decision: %1"), decision.summary()))
            if motion := decision.motion():  # "Moved by Dele Okafor, seconded by Priya Raman"
                lines.append(motion)
        lines.extend(c.summary() for c in s.checks().get(item.key, []))
        self.decision_label.setText("\n".join(lines))
        self.decision_label.setVisible(bool(lines))

    @Slot()
    def _update_actions(self) -> None:
        s = self.session
        started = s is not None and s.run.started
        live = s is not None and s.is_live()
        # Left open, only its end is due: an item started, resumed or finished now would
        # count the days since as its time
        running = live and self._left_open is None
        current = s.run.current_item if s else None
        self.act_start_meeting.setEnabled(s is not None and not started and bool(s.items))
        self.act_start_item.setEnabled(
            running
            and self._selected is not None
            and (
                current is None
                or self._selected.id != current.id
                or (s is not None and s.state(current.key) == ItemState.PAUSED)
            )
        )
        self.act_pause.setEnabled(running and current is not None)
        paused = s is not None and current is not None and s.state(current.key) == ItemState.PAUSED
        self.act_pause.setIconText(self.tr("Resume") if paused else self.tr("Pause"))
        self.act_next.setEnabled(running and self._items_left())
        self.act_end_meeting.setEnabled(live)
        self.act_decision.setEnabled(self._selected is not None)
        self.act_check.setEnabled(self._selected is not None)

    # Acting

    def _act(self, doing: str, action: Callable[[], object]) -> None:
        if self.session is None:
            return
        with user_errors(self, doing):
            action()
        self.refresh()
        self.run_changed.emit()

    @Slot()
    def start_meeting(self) -> None:
        """F5. A meeting planned for another day, or half an hour or more from now, is asked
        about first (Cancel the default): started by mistake while preparing it, it would
        count as run, at the wrong times. The start goes on the meeting's undo history."""
        s = self.session
        if s is None:
            return
        if not s.run.started and not self._start_now(s):
            return
        self._act(self.tr("start the meeting"), s.start_meeting)
        if s.run.started:
            self._push_start(s.run.record)

    def _start_now(self, s: AgendaSession) -> bool:
        """Whether to start now: asked when the plan is far off (core.agenda_times)."""
        now = dt.datetime.fromtimestamp(s.run.now_ms() / 1000)
        today, day = now.date(), s.meeting.date
        planned = dt.datetime.combine(day, s.meeting.start)
        asked = start_question(planned, now)
        if asked is StartQuestion.NONE:
            return True
        if asked is StartQuestion.ANOTHER_DAY:
            text = fill(
                self.tr(
                    "This meeting is planned for %1. Start it now? Its times will be counted "
                    "from now."
                ),
                weekday_date(day, year=day.year != today.year),
            )
        else:
            at = f"{s.meeting.start:%H:%M}"
            if day != today:  # tomorrow morning's, started late tonight
                at = fill(self.tr("%1 on %2"), at, weekday_date(day))
            ahead = ms_between(now, planned) // 60_000 * 60_000
            text = fill(
                self.tr(
                    "This meeting is planned to start at %1, %2 from now. Start it now? Its "
                    "times will be counted from now."
                ),
                at,
                unbroken(span(ahead)),
            )
        return Confirm.ask(self, self.tr("Start the meeting?"), text, self.tr("Start meeting"))

    def _push_start(self, started: RunRecord) -> None:
        """Put the start on the meeting's undo history, which begins anew with it: an agenda
        edit made before the start (a template applied) is no longer undone, since undoing
        it would pull the items from under the running clock. Undoing the start itself puts
        the meeting back as before F5, while it has not moved on (`_take_back_start`)."""
        from meetingkit.ui.undo_commands import MadeChange, Where

        stack = self.undo_stack
        if stack is None:
            return
        made: list[MadeChange] = []
        change = MadeChange(
            self.tr("Start meeting"),
            Where.AGENDA,
            partial(self._put_back_start, started),
            lambda: self._take_back_start(started, made[0]),
        )
        made.append(change)
        stack.clear()
        stack.push(change)

    def _take_back_start(self, started: RunRecord, change: MadeChange) -> str | None:
        """Undo: the meeting not started, as before F5. Once it has moved on (an item paused,
        finished or put on, someone given the floor), that would lose its record: refused,
        saying so (and the status line with it), and the start leaves the undo history.
        Refused by the database, it stays on the history, to try again: returned, as an
        undo's `undo_commands.Step` does."""
        s = self.session
        if s is None:
            return None
        undone: list[bool] = []
        problem = attempt(lambda: undone.append(s.take_back_start(started)))
        if problem is None and not undone[0]:
            moved_on = self.tr(
                "The meeting has moved on since it started: an item was paused, finished or "
                "put on, or someone was given the floor. Undoing the start would lose that "
                "record. To stop the meeting, end it (Shift+F8)."
            )
            change.refuse(moved_on)  # Qt takes it off the history
            Alert.show(self, self.tr("The start can't be undone"), moved_on)
        elif problem is not None:
            Alert.show(self, self.tr("The start can't be undone"), problem)
        self.refresh()
        self.run_changed.emit()
        return problem

    def _put_back_start(self, started: RunRecord) -> str | None:
        """Redo: the start undone is put back as it was, the time since counted. None when
        done, or why not (`undo_commands.Step`)."""
        s = self.session
        if s is None:
            return None
        problem = attempt(partial(s.put_back_start, started))
        if problem is not None:
            Alert.show(self, could_not(self.tr("redo the start")), problem)
        self.refresh()
        self.run_changed.emit()
        return problem

    @Slot()
    def start_selected(self) -> None:
        if self.session is not None and self._selected is not None:
            item_id = self._selected.key
            self._act(self.tr("start the item"), lambda: self.session.start_item(item_id))  # type: ignore[union-attr]

    @Slot()
    def toggle_pause(self) -> None:
        if self.session is not None:
            self._act(self.tr("pause or resume the item"), self.session.toggle_pause)

    @Slot()
    def advance(self) -> None:
        if self.session is not None:
            self._act(self.tr("move to the next item"), self.session.advance)

    @Slot()
    def end_meeting(self) -> None:
        """Shift+F8, one key from F8: asked first, since an ended meeting does not start
        again (its clocks stop, and the report and minutes take its times as final). The
        question says how long the meeting will be recorded as lasting. Every item done a
        while ago, it offers to end when the last item ended (the room may have gone then)
        or now; left open days ago, only when it was last recorded. People still waiting on
        the stack are said first, as moving on (F8) says them."""
        s = self.session
        started = s.run.record.started_ms if s is not None else None
        choices = s.end_choices() if s is not None else ()
        if s is None or started is None or not choices:
            return
        waiting = self.still_waiting()

        def asked(said: list[str]) -> str:
            return "\n\n".join(t for t in (waiting, " ".join(said)) if t)

        stop = self.tr("The clocks stop, and the meeting cannot be started again.")
        after = []
        left = sum(1 for i in s.items if s.state(i.key) == ItemState.PENDING)
        if left:
            after.append(self.tr("%n items have not been reached.", "", left))
        if self.signin_open(s.meeting.key):
            after.append(self.tr("Sign-in from phones closes too."))
        first = choices[0]
        title = self.tr("End the meeting?")
        if first.last is None:  # ending now, mid-meeting: Cancel stays the default
            recorded = fill(
                self.tr("It is recorded as lasting %1 (%2–%3)."),
                unbroken(span(first.length_ms)),
                wall_time(started),
                wall_time(first.at_ms),
            )
            if Confirm.ask(self, title, asked([stop, recorded, *after]), self.tr("End meeting")):
                self._end_as_asked(first)
            return
        then = wall_time(first.at_ms)
        if len(choices) == 1:  # left open
            said = fill(
                self.tr(
                    "This meeting was left open. The last thing recorded is at %1, %2. Ended "
                    "then, it is recorded as lasting %3 (%4–%5)."
                ),
                self._moment(first.at_ms),
                self._when(first.last),
                unbroken(span(first.length_ms)),
                wall_time(started),
                then,
            )
            ends = [fill(self.tr("End at %1"), then)]
        else:
            said = fill(
                self.tr(
                    "Every item is done. Ended at %1, %2, the meeting is recorded as lasting "
                    "%3; ended now, %4."
                ),
                then,
                self._when(first.last),
                unbroken(span(first.length_ms)),
                unbroken(span(choices[1].length_ms)),
            )
            ends = [fill(self.tr("End at %1, %2"), then, self._when(first.last))]
            ends.append(self.tr("End now"))
        chosen = EndMeetingChoice.ask(self, title, asked([said, stop, *after]), ends)
        if chosen is not None:
            self._end_as_asked(choices[chosen])

    def _end_as_asked(self, choice: EndChoice) -> None:
        """End at the moment the question quoted, so that the length it said is the length
        recorded (QA 15a: asked "1 min 23 s", it recorded the 1 min 29 s of the click): the
        meeting ends as End meeting was pressed, the seconds spent reading the question not
        counted. Answered a minute or more later, when the times it quoted no longer hold,
        it is asked again with the times as they are then."""
        s = self.session
        if s is None:
            return
        now = s.run.now_ms()
        if choice.last is None and now - choice.at_ms >= _STALE_QUESTION_MS:
            self.end_meeting()
            return
        # Nothing is recorded while it is asked, nor does the clock go back; were it, now
        own = s.run.last_record()
        fits = choice.at_ms <= now and (own is None or own.at_ms <= choice.at_ms)
        self._end(choice.at_ms if fits else None)

    def _end(self, at_ms: int | None) -> None:
        """End the meeting now, or at `at_ms`; its sign-in closes with it."""
        s = self.session
        if s is None:
            return
        self._act(self.tr("end the meeting"), partial(s.end_meeting, at_ms))
        if s.run.ended:
            self.meeting_ended.emit(s.meeting.key)
            self.show_signin_notice()  # an ended meeting's sign-in is not opened again

    @Slot()
    def save_minutes(self) -> None:
        """Save what was typed, and any minutes not saved before. Those the database refuses
        (a full disk) stay here: the first refusal says why, and a line under the minutes
        says they wait, while they are tried again every few seconds."""
        self.minutes_timer.stop()
        s, item = self.session, self._selected
        if s is not None and item is not None:
            text = self.minutes_edit.toPlainText()
            if text != self._saved_minutes:
                self._unsaved[item.key] = _Unsaved(s, item.title, text)
            else:
                self._unsaved.pop(item.key, None)
        problem = None
        for key, unsaved in list(self._unsaved.items()):
            failed = attempt(partial(unsaved.session.set_minutes, key, unsaved.text))
            if failed is None:
                del self._unsaved[key]
                if self._selected is not None and self._selected.key == key:
                    self._saved_minutes = unsaved.text
            else:
                problem = failed
        told = self._unsaved_problem is not None
        self._unsaved_problem = problem  # before the box: a retry while it is up stays quiet
        self._show_unsaved()
        if problem is not None and not told:
            Alert.show(self, could_not(self.tr("save the minutes")), problem)

    def _show_unsaved(self) -> None:
        n = len(self._unsaved)
        self.unsaved_label.setText(
            self.tr(
                "The minutes of %n items are not saved yet. They stay here, and meetingkit "
                "keeps trying to save them.",
                "",
                n,
            )
        )
        self.unsaved_label.setVisible(bool(n))
        if n and not self.retry_timer.isActive():
            self.retry_timer.start()
        elif not n:
            self.retry_timer.stop()

    def unsaved_minutes(self) -> list[str]:
        """The titles of the items whose typed minutes could not be saved yet."""
        return [u.title for u in self._unsaved.values()]

    def may_close(self) -> bool:
        """Whether the window may close: yes once every typed minute is saved, or when the
        person chooses to lose those the database refuses."""
        self.save_minutes()
        titles = self.unsaved_minutes()
        if not titles:
            return True
        text = fill(
            self.tr(
                "The minutes typed for %1 could not be saved, and are lost if you close now.\n\n"
                "%2\n\nCancel keeps meetingkit open with them: they are saved within seconds "
                "once the disk takes them. You can also copy them into another program first."
            ),
            ", ".join(f"“{t}”" for t in titles),
            self._unsaved_problem or "",
        )
        return Confirm.ask(
            self, self.tr("Close without the minutes?"), text, self.tr("Close and lose them")
        )

    @Slot()
    def record_decision(self) -> None:
        s, item = self.session, self._selected
        if s is None or item is None:
            return
        from meetingkit.ui.decision_dialog import DecisionDialog

        key = item.key
        recorded, present = s.decision(key), s.present()
        # Saved before the dialog closes: a full disk leaves it open, with what was typed
        decision = DecisionDialog.ask(
            self,
            item.title,
            recorded,
            save=lambda d: s.record_decision(key, d),
            present=present,
            shown=s.names_told_apart(present, recorded),
        )
        if decision is not None:
            self._show_record()

    @Slot()
    def temperature_check(self) -> None:
        s, item = self.session, self._selected
        if s is None or item is None:
            return
        from meetingkit.ui.decision_dialog import TemperatureCheckDialog

        key = item.key
        if TemperatureCheckDialog.ask(self, save=lambda c: s.add_check(key, c)) is not None:
            self._show_record()
