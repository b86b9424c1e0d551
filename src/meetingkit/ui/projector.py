"""The room's screen: who has the floor and for how long, who is next, and the rule in use.

Shown full screen on the projector in large light-on-dark type (black, white and yellow when
the app wears high contrast; larger still with Shift+F11, for a hall). It renders only what it
is given — a `FloorSnapshot` (first names, no contact data, no roster), the agenda item's
title and time left, and a training module's group rotation while it is under way — and holds
no time of its own: its timers flip the blink phase of an over-time cue and end the flash of a
rotation's change of step, nothing else. Where it goes (ui/room_screens.py) and the keys it
is given are the main window's business (ui/projector_control.py).

While groups work through a rotation the floor is not open, so the rotation takes the floor's
place: "Round 2 of 3", the step in large type, its countdown, and what comes next.

The airtime bars, when the room agreed to them, sit beside the floor in 9/20 of the width, or
more where their groups' names need it to show whole (up to CHART_MOST): the floor's lines wrap
and its clock keeps room for hours only while it counts them, so it can spare the width.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QScreen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from meetingkit.core.durations import countdown, unbroken
from meetingkit.core.floor import Cue
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.core.rotation import RotationShown
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.floor_session import FloorSnapshot
from meetingkit.ui.agenda_runner import OVER_COLOUR, WARNING_COLOUR
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.labels import OVER_BLINK_MS, describe_as, fix_size_for, plain_label
from meetingkit.ui.room_screens import home_screen as home_screen  # where it goes, for its
from meetingkit.ui.room_screens import room_screen as room_screen  # tests and callers
from meetingkit.ui.room_screens import show_full_screen, show_in_window
from meetingkit.ui.rotation_panel import FLASH_MS
from meetingkit.ui.tones import is_high_contrast

WINDOW_TITLE = QT_TRANSLATE_NOOP("ProjectorWindow", "meetingkit — projector")
BLINK_MS = 500

BACKGROUND = "#101317"
TEXT = "#f4f4f4"
MUTED = "#b4bcc4"
PILL = "#272d34"  # the timer's resting background
OVER_DIM = "#3a1618"  # the over-time timer's "off" blink phase
OVER_DIM_TEXT = "#ff8a80"
CLOSED_TEXT = "#ffcc80"
MIN_FONT_PX = 10


@dataclass(frozen=True)
class RoomLook:
    """The colours of a screen the room reads: light on dark for a dimmed room, or black,
    white and yellow when the app wears high contrast (every pair at least 7:1)."""

    background: str
    text: str
    muted: str
    pill: str  # the timer's resting background…
    pill_border: str  # …and its edge
    wrap_up: str
    wrap_up_text: str
    over: str
    over_text: str
    over_dim: str  # the over-time timer's "off" blink phase
    over_dim_text: str
    closed_text: str


ROOM_LOOK = RoomLook(
    background=BACKGROUND,
    text=TEXT,
    muted=MUTED,
    pill=PILL,
    pill_border=PILL,
    wrap_up=WARNING_COLOUR,
    wrap_up_text="black",  # 5:1 on amber, where white would be 4.2:1
    over=OVER_COLOUR,
    over_text="white",
    over_dim=OVER_DIM,
    over_dim_text=OVER_DIM_TEXT,
    closed_text=CLOSED_TEXT,
)
HIGH_CONTRAST_ROOM_LOOK = RoomLook(
    background="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    pill="#000000",
    pill_border="#ffffff",
    wrap_up="#ffff00",
    wrap_up_text="#000000",
    over="#ff8a80",
    over_text="#000000",
    over_dim="#000000",
    over_dim_text="#ff8a80",
    closed_text="#ffff00",
)


def room_look() -> RoomLook:
    """The look that goes with the app's theme: high contrast, or the room's own."""
    return HIGH_CONTRAST_ROOM_LOOK if is_high_contrast(QGuiApplication.palette()) else ROOM_LOOK


def wear_room_look(window: QWidget, look: RoomLook) -> None:
    """Paint a window for the room in `look`: its background, and its text by default."""
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(look.background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(look.text))
    window.setPalette(palette)
    window.setAutoFillBackground(True)


LARGE_TYPE_FACTOR = 1.5
"""Large type (for the back of a hall, Shift+F11) is this much bigger; the airtime
bars and the policy's explanation make way for it."""
TITLE_LINES = 3  # the most an agenda item's title takes on the projector; the rest is elided
TIGHT_TITLE_LINES = 2  # …and when even the speaker's name would have to shrink for a third
SHRINK_STEP = 0.9  # what does not fit shrinks by this much at a time
SMALLEST_FIT = 0.3  # …down to this much of its size, the most a screen can take
CLOCK_FACES = ("+88:88", "+88:88:88")  # the widest countdowns, under an hour or not
FLOOR_STRETCH, CHART_STRETCH = 11, 9  # how the floor and the airtime chart share the width…
CHART_MOST = 0.55
"""…and the most of it the chart takes where its groups' names need more to show whole (see
`ProjectorWindow._room_for_names`): the floor, who speaks and for how long, keeps the rest."""


@dataclass(frozen=True)
class Fit:
    """How the projector's lines are sized to fit one above the other: the most lines the
    item's title may take, and the scale of each kind of line (1.0 the usual type)."""

    title_lines: int
    main: float  # the speaker's name and the clock
    title: float  # the agenda item's title and its countdown
    rest: float  # the secondary lines: a turn's kind, "Paused", who is next, the rule


def fits(wanted: float) -> Iterator[Fit]:
    """Every `Fit` from the type wanted down to the smallest, in the order things give way:
    the secondary lines back to the usual type, then the item's title (which wraps to
    `TITLE_LINES`, not elided while there is room), then its third line, and only then
    everything, the speaker's name and the clock with it. (A title cut short where the lines
    fit is then set smaller where that shows it whole: `ProjectorWindow._show_title_whole`.)"""
    rest = wanted
    yield Fit(TITLE_LINES, wanted, wanted, rest)
    while rest > 1.0:
        rest = max(1.0, rest * SHRINK_STEP)
        yield Fit(TITLE_LINES, wanted, wanted, rest)
    title = wanted
    while title > 1.0:
        title = max(1.0, title * SHRINK_STEP)
        yield Fit(TITLE_LINES, wanted, title, rest)
    yield Fit(TIGHT_TITLE_LINES, wanted, title, rest)
    shrink = 1.0
    while shrink > SMALLEST_FIT:
        shrink *= SHRINK_STEP
        yield Fit(TIGHT_TITLE_LINES, wanted * shrink, title * shrink, rest * shrink)


# Font sizes as fractions of the window's height, so 1280×720 and 1920×1080 read the same.
ITEM_SIZE = 0.05
KIND_SIZE = 0.045
ROUND_SIZE = 0.065  # a rotation's "Round 2 of 3", over its step in the speaker's place
SPEAKER_SIZE = 0.12
OPEN_FLOOR_SIZE = 0.085
TIMER_SIZE = 0.105
PAUSED_SIZE = 0.045
NEXT_SIZE = 0.05
CLOSED_SIZE = 0.04
POLICY_SIZE = 0.042
EXPLANATION_SIZE = 0.03
BARS_SIZE = 0.021
MARGIN = 0.045


def _pill(background: str, text: str, border: str, px: int) -> str:
    """A rounded block behind a time; the border is always drawn so states never change size."""
    return (
        f"QLabel {{ background: {background}; color: {text}; border: {max(2, px // 24)}px solid"
        f" {border}; border-radius: {px // 6}px; padding: {px // 14}px {px // 3}px; }}"
    )


def _set_pixel_size(widget: QWidget, px: int) -> None:
    if widget.font().pixelSize() != px:
        font = QFont(widget.font())
        font.setPixelSize(px)
        widget.setFont(font)


def _set_style(label: QLabel, style: str) -> None:
    """Restyle only on a change: the window is refreshed several times a second."""
    if label.styleSheet() != style:
        label.setStyleSheet(style)


class ProjectorWindow(QWidget):
    """A second top-level window for the room. It never takes the keyboard: the facilitator's
    keys stay with the main window, and a key that reaches it anyway goes on there
    (`key_pressed`)."""

    closed = Signal()
    """The window closed (F11 in the main window, its close button, or the app), so a
    "Projector" toggle can untick."""
    large_type_changed = Signal(bool)
    """Large type was switched on or off (`set_large_type`)."""
    key_pressed = Signal(object)
    """A key (a QKeyEvent) reached this window: it is meant for the main window."""
    activated = Signal()
    """This window became the active one (a window manager gave it the keyboard anyway)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("ProjectorWindow", WINDOW_TITLE))
        self.setAccessibleName(self.tr("Projector"))
        # The facilitator keeps typing in the main window while this one appears, and after:
        # full screen on the room's screen, it took the keyboard, and Ctrl+3, N or F11 did
        # nothing, L made the type larger instead of showing the floor's log, and Escape
        # closed the room's screen.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.full_screen_on: QScreen | None = None  # the room's screen, while full screen
        self._look = room_look()
        self._large_type = False
        self._bars_wanted = False  # the main window's "Show airtime bars"

        self._sizes: dict[QLabel, float] = {}
        self._layout_key: tuple[object, ...] | None = None  # what the layout was last fitted to
        self._cue = Cue.NONE
        self._speaking = False
        self._paused = False
        self._over_ms = 0  # how long the speaker has spoken past their limit
        self._item_over = False
        self._blink_on = True
        self._rotation: tuple[str, int] | None = None  # (item, changes) of a rotation shown
        self._muted: dict[QLabel, bool] = {}  # the speaker's and next lines: muted or not

        def label(size: float, *, bold: bool = False, wrap: bool = False) -> QLabel:
            made = plain_label()
            font = QFont(made.font())
            font.setBold(bold)
            made.setFont(font)
            made.setWordWrap(wrap)
            self._sizes[made] = size
            return made

        # At most TITLE_LINES lines, elided to the width it has (`_fit_title`): a long title
        # wrapping without limit pushed the speaker's name under the clock.
        self.item_title_label = label(ITEM_SIZE)
        describe_as(self.item_title_label, self.tr("Agenda item"))
        self.item_title_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self._item_title = ""
        self._fit = Fit(TITLE_LINES, 1.0, 1.0, 1.0)  # see _apply_scale
        self._title_whole = True  # the title shows whole in its lines (see _fit_title)
        self.item_countdown_label = label(ITEM_SIZE, bold=True)
        self.item_countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        describe_as(self.item_countdown_label, self.tr("Time left on the agenda item"))
        # The lines of the floor's column wrap rather than set its width: "Lista de palabra
        # cerrada para este punto" on one line took the airtime chart's room, and was cut.
        self.kind_label = label(KIND_SIZE, bold=True, wrap=True)
        self.speaker_label = label(SPEAKER_SIZE, bold=True)
        describe_as(self.speaker_label, self.tr("Speaking now"))
        # The name shrinks to fit one line instead of pushing the window wider.
        self.speaker_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.speaker_label.installEventFilter(self)
        self.timer_label = label(TIMER_SIZE, bold=True)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        describe_as(self.timer_label, self.tr("Time left in this turn"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for time_label in (self.timer_label, self.item_countdown_label):
            font = QFont(time_label.font())
            font.setFamilies([*mono.families(), "DejaVu Sans Mono", "Monospace"])
            time_label.setFont(font)
        self.paused_label = label(PAUSED_SIZE)
        self.paused_label.setText(self.tr("Paused"))
        self.next_label = label(NEXT_SIZE, wrap=True)
        describe_as(self.next_label, self.tr("Next on the stack"))
        self.closed_label = label(CLOSED_SIZE, wrap=True)
        self.closed_label.setText(self.tr("Stack closed for this item"))
        # The rule may name the groups lifted up: it wraps rather than widen the window
        self.policy_label = label(POLICY_SIZE, bold=True, wrap=True)
        self.explanation_label = label(EXPLANATION_SIZE, wrap=True)
        self.bars = AirtimeBars()
        self.bars.set_large(True)
        self.bars.installEventFilter(self)  # its height sets its type, which sets its names' room

        self.item_row = QWidget()
        self.item_layout = QHBoxLayout(self.item_row)
        self.item_layout.setContentsMargins(0, 0, 0, 0)
        self.item_layout.addWidget(self.item_title_label, 1)
        self.item_layout.addWidget(
            self.item_countdown_label,
            0,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        self.timer_row = QHBoxLayout()
        self.timer_row.addStretch(0)  # stretched only when the floor column is centred
        self.timer_row.addWidget(self.timer_label)
        self.timer_row.addStretch(1)
        self.floor_column = QVBoxLayout()
        self.floor_column.addStretch(1)
        self.floor_column.addWidget(self.kind_label)
        self.floor_column.addWidget(self.speaker_label)
        self.floor_column.addLayout(self.timer_row)
        # Under the clock, not beside it: on a 4:3 projector beside it overlapped the clock.
        self.floor_column.addWidget(self.paused_label)
        self.floor_column.addWidget(self.next_label)
        self.floor_column.addWidget(self.closed_label)
        self.floor_column.addStretch(1)
        self.body = QHBoxLayout()
        self.body.addLayout(self.floor_column, FLOOR_STRETCH)
        self.body.addWidget(self.bars, CHART_STRETCH)
        self.footer = QVBoxLayout()
        self.footer.setSpacing(2)
        self.footer.addWidget(self.policy_label)
        self.footer.addWidget(self.explanation_label)
        self.root = QVBoxLayout(self)
        # The screen decides the size; the content adapts to it.
        self.root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.root.addWidget(self.item_row)
        self.root.addLayout(self.body, 1)
        self.root.addLayout(self.footer)

        self.blink_timer = QTimer(self)
        self.blink_timer.setInterval(BLINK_MS)
        self.blink_timer.timeout.connect(self.toggle_blink)
        self.flash_timer = QTimer(self)  # a rotation's change of step shows this long
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._unflash)

        self.resize(1280, 720)
        self._wear_look()
        self._apply_scale()

    # Showing

    def show_snapshot(
        self,
        snapshot: FloorSnapshot,
        item_title: str,
        item_remaining_ms: int | None,
        vocabulary: Vocabulary,
        show_bars: bool,
        rotation: RotationShown | None = None,
    ) -> None:
        """Show the floor as the room may see it; call again on every tick of the app's clock.
        With a `rotation` under way, it takes the floor's place."""
        if rotation is not None:
            self._show_rotation(rotation, item_title)
        else:
            self._show_floor(snapshot, vocabulary)
        self._item_title = item_title
        self.item_row.setVisible(bool(item_title))
        self._item_over = item_remaining_ms is not None and item_remaining_ms < 0
        self.item_countdown_label.setText(
            countdown(item_remaining_ms) if item_remaining_ms is not None else ""
        )
        self.item_countdown_label.setVisible(item_remaining_ms is not None)

        self.policy_label.setText(snapshot.rule)
        self.explanation_label.setText(snapshot.explanation)
        self.bars.set_shares(snapshot.shares)
        self._bars_wanted = show_bars
        self._lay_out()
        self._update_blink()

    def _show_floor(self, snapshot: FloorSnapshot, vocabulary: Vocabulary) -> None:
        """Who has the floor, their time, and who waits."""
        self._rotation = None
        self.flash_timer.stop()
        self._sizes[self.kind_label] = KIND_SIZE
        _set_style(self.kind_label, f"color: {self._look.muted};")
        speaker = snapshot.speaker
        self._speaking = speaker is not None
        if speaker is None:
            self.speaker_label.setText(self.tr("The floor is open"))
            self._ink(self.speaker_label, muted=True)
            self._sizes[self.speaker_label] = OPEN_FLOOR_SIZE
            self._cue, self._paused = Cue.NONE, False
        else:
            self.speaker_label.setText(speaker.name)
            self._ink(self.speaker_label, muted=False)
            self._sizes[self.speaker_label] = SPEAKER_SIZE
            self._cue, self._paused = speaker.cue, speaker.paused
            self._over_ms = speaker.spoken_ms - speaker.limit_ms
            self.timer_label.setText(countdown(speaker.limit_ms - speaker.spoken_ms))
            self.kind_label.setText(
                vocabulary.name_of(speaker.kind) if speaker.kind is not EntryKind.GENERAL else ""
            )
        self.kind_label.setVisible(speaker is not None and bool(self.kind_label.text()))
        self.timer_label.setVisible(speaker is not None)
        self.paused_label.setVisible(speaker is not None and speaker.paused)

        if snapshot.next_names:
            text = fill(self.tr("Next: %1"), ", ".join(snapshot.next_names))
            more = snapshot.waiting - len(snapshot.next_names)
            if more > 0:
                text += "   " + unbroken(fill(self.tr("+%1 more"), str(more)))
            self._ink(self.next_label, muted=False)
        else:
            text = self.tr("Nobody is waiting to speak")
            self._ink(self.next_label, muted=True)
        self.next_label.setText(text)
        self.closed_label.setVisible(snapshot.stack_closed)

    def _show_rotation(self, rotation: RotationShown, item_title: str) -> None:
        """Groups at work: the round, the step in the speaker's type, the step's countdown
        and what comes next; a change of step flashes, as on the trainer's panel."""
        seen = (item_title, rotation.cue_count)
        if (
            self._rotation is not None
            and self._rotation[0] == item_title
            and self._rotation != seen
        ):
            self.flash_timer.start()
        self._rotation = seen
        self._speaking, self._cue, self._paused = False, Cue.NONE, rotation.paused
        self._sizes[self.kind_label] = ROUND_SIZE
        self._sizes[self.speaker_label] = SPEAKER_SIZE
        rounds = rotation.rounds > 1  # a single round is just its step: no "Round 1 of 1"
        self.kind_label.setText(
            fill(self.tr("Round %1 of %2"), str(rotation.round), str(rotation.rounds))
            if rounds
            else ""
        )
        self.speaker_label.setText(rotation.step)
        self.timer_label.setText(countdown(rotation.step_remaining_ms))
        self.next_label.setText(rotation.next_line)  # as on the trainer's panel
        self._ink(self.next_label, muted=False)
        for shown in (self.speaker_label, self.timer_label, self.next_label):
            shown.setVisible(True)
        self.kind_label.setVisible(rounds)
        self.paused_label.setVisible(rotation.paused)
        self.closed_label.setVisible(False)
        self._style_rotation()

    def _style_rotation(self) -> None:
        """The round and the step in the room's text colour, or in the notice's while a change
        flashes (a background only: nothing moves)."""
        look = self._look
        style = (
            f"QLabel {{ background: {look.wrap_up}; color: {look.wrap_up_text}; }}"
            if self.flashing
            else f"color: {look.text};"
        )
        for label in (self.kind_label, self.speaker_label):
            _set_style(label, style)

    def _ink(self, label: QLabel, *, muted: bool) -> None:
        """Write `label` in the room's text colour, or muted. Always a colour of the room's
        own: with no style of its own a label takes the app theme's text colour, which in
        the light theme is near-black on the room's black."""
        self._muted[label] = muted
        _set_style(label, f"color: {self._look.muted if muted else self._look.text};")

    @property
    def flashing(self) -> bool:
        """A rotation's change of step is being shown."""
        return self._rotation is not None and self.flash_timer.isActive()

    @Slot()
    def _unflash(self) -> None:
        if self._rotation is not None:
            self._style_rotation()
            self._style_times()

    def _lay_out(self) -> None:
        """Re-laying out on every tick would repaint the whole projector each time: only when
        the bars come or go, the type grows, or what is shown one above the other changes
        (the speaker, whose name is fitted to the width, a line shown or hidden, a title or a
        "Next:" that may take more lines). Large type leaves no room beside the floor, so the
        bars wait."""
        bars = self._bars_wanted and not self._large_type
        self.bars.setVisible(bars)
        speaker = self.speaker_label.text(), self._sizes[self.speaker_label]
        shown = tuple(label.isVisibleTo(self) for label in self._sizes)
        texts = self._item_title, self.next_label.text(), self.kind_label.text()
        rotation = self._rotation is not None, self._sizes[self.kind_label]
        clocks = self._clock_face(self.timer_label), self._clock_face(self.item_countdown_label)
        groups = tuple(sorted(share.group for share in self.bars.shares())) if bars else ()
        layout_key = (bars, self._large_type, *speaker, *rotation, *shown, *texts, *clocks, groups)
        if layout_key != self._layout_key:
            self._layout_key = layout_key
            self._centre_floor(not bars)
            self._apply_scale()

    def _centre_floor(self, centre: bool) -> None:
        """Alone on the screen, the floor reads best centred; beside the bars, left-aligned."""
        side = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        floor_labels = (
            self.kind_label,
            self.speaker_label,
            self.paused_label,
            self.next_label,
            self.closed_label,
        )
        for label in floor_labels:
            label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.timer_row.setStretch(0, 1 if centre else 0)

    @property
    def cue(self) -> Cue:
        return self._cue

    @property
    def blink_on(self) -> bool:
        """The over-time cue's phase: True shows the full red block."""
        return self._blink_on

    def _update_blink(self) -> None:
        """Blink only while someone is speaking past their limit (not while paused), and only
        for the first OVER_BLINK_MS of it: then the full red block stays still."""
        blink = self._speaking and self._cue is Cue.OVER and not self._paused
        blink = blink and self._over_ms < OVER_BLINK_MS
        if blink and not self.blink_timer.isActive():
            self._blink_on = True
            self.blink_timer.start()
        elif not blink:
            self.blink_timer.stop()
            self._blink_on = True
        self._style_times()

    @Slot()
    def toggle_blink(self) -> None:
        self._blink_on = not self._blink_on
        self._style_times()

    def _style_times(self) -> None:
        look, px = self._look, self.timer_label.font().pixelSize()
        if self._cue is Cue.OVER and not self._blink_on:
            style = _pill(look.over_dim, look.over_dim_text, look.over, px)
        elif self._cue is Cue.OVER:
            style = _pill(look.over, look.over_text, look.over, px)
        elif self._cue is Cue.WRAP_UP or self.flashing:
            style = _pill(look.wrap_up, look.wrap_up_text, look.wrap_up, px)
        else:
            text = look.muted if self._paused else look.text
            style = _pill(look.pill, text, look.pill_border, px)
        _set_style(self.timer_label, style)
        item_px = self.item_countdown_label.font().pixelSize()
        _set_style(
            self.item_countdown_label,
            _pill(look.over, look.over_text, look.over, item_px)
            if self._item_over
            else _pill(look.background, look.text, look.background, item_px),
        )

    # Looks: the theme's colours, and large type for the back of the room

    def _wear_look(self) -> None:
        look = self._look
        wear_room_look(self, look)
        for label in (self.kind_label, self.paused_label, self.explanation_label):
            _set_style(label, f"color: {look.muted};")
        _set_style(self.closed_label, f"color: {look.closed_text};")
        for label, muted in self._muted.items():  # muted while nobody speaks or waits
            self._ink(label, muted=muted)
        if self._rotation is not None:
            self._style_rotation()
        self._style_times()

    def large_type(self) -> bool:
        return self._large_type

    def set_large_type(self, large: bool) -> None:
        """Everything half as large again, for the back of a hall; the policy's explanation
        and the airtime bars give way (the policy's name stays). Off by default: the usual
        size reads across a meeting room."""
        if large == self._large_type:
            return
        self._large_type = large
        self.explanation_label.setVisible(not large)
        self._lay_out()
        self.large_type_changed.emit(large)

    # Sizing: everything follows the window's height

    def _apply_scale(self) -> None:
        """Type sized to the window's height, and everything one above the other without
        overlapping. When it does not all fit, what the room needs least gives way first (see
        `fits`): the item's title and the clock are what tells the room where it is."""
        margin = round(MARGIN * max(1, self.height()))
        self.root.setContentsMargins(margin, round(margin * 0.7), margin, round(margin * 0.8))
        self.root.setSpacing(round(margin * 0.5))
        self.body.setSpacing(margin)
        self.floor_column.setSpacing(round(margin * 0.35))
        for fit in fits(LARGE_TYPE_FACTOR if self._large_type else 1.0):
            self._fit = fit
            self._size_type()
            if self._height_needed() <= self.height():
                break
        self._show_title_whole()
        self._style_times()

    def _show_title_whole(self) -> None:
        """The lines fit, but the item's title is cut short in its lines: a smaller title, down
        to the usual type, where that shows it whole (the room reads which item is on). Only
        the title and its countdown are set smaller: the speaker's name, the clock and the
        other lines keep their type, and a title too long to show whole at the usual type
        keeps the type the lines fitted in, cut short with "…". Without this, whether a title
        showed whole hung on a few pixels of its font's width."""
        chosen = self._fit
        if self._title_whole or chosen.title_lines < TITLE_LINES:
            return
        title = chosen.title
        while title > 1.0:
            title = max(1.0, title * SHRINK_STEP)
            self._fit = replace(chosen, title=title)
            self._size_type()
            if self._title_whole and self._height_needed() <= self.height():
                return
        self._fit = chosen
        self._size_type()

    def _size_type(self) -> None:
        height = max(1, self.height())
        fit = self._fit
        scales = {
            self.timer_label: fit.main,
            self.item_title_label: fit.title,
            self.item_countdown_label: fit.title,
        }
        for label, size in self._sizes.items():
            if label is not self.speaker_label:  # fitted to its width below
                scale = scales.get(label, fit.rest)
                _set_pixel_size(label, max(MIN_FONT_PX, round(size * height * scale)))
        self._style_times()  # the pill's padding is part of the size to fix
        fix_size_for(self.timer_label, self._clock_face(self.timer_label))
        fix_size_for(self.item_countdown_label, self._clock_face(self.item_countdown_label))
        _set_pixel_size(self.bars, max(MIN_FONT_PX, round(BARS_SIZE * height * fit.rest)))
        self._room_for_names()
        self._fit_speaker()
        self._fit_title()

    @staticmethod
    def _clock_face(clock: QLabel) -> str:
        """The widest face a countdown may show in its present form: room for hours only when
        it counts them, so a long title keeps the width beside the item's clock, and the
        airtime chart the width beside the turn's (reserved for hours, it took the chart's
        room at 1024×768)."""
        return CLOCK_FACES[clock.text().lstrip("+").count(":") > 1]

    def _room_for_names(self) -> bool:
        """The airtime chart beside the floor takes CHART_STRETCH of the width; where its groups'
        names need more to show whole in full-size type (`AirtimeBars.width_for_names`), more,
        up to CHART_MOST of it and as long as the floor's column keeps the width its lines
        need. Past that a name is set smaller, then cut short (`AirtimeBars.name_column`).
        True if the chart's width changed."""
        bars = self.bars
        wanted = 0
        if bars.isVisibleTo(self):
            margins = self.root.contentsMargins()
            body = self.width() - margins.left() - margins.right() - self.body.spacing()
            for layout in (self.timer_row, self.floor_column):
                layout.invalidate()  # its labels' type may have changed
            floor_least = self.floor_column.minimumSize().width()
            most = min(body * CHART_MOST, body - floor_least)
            usual = body * CHART_STRETCH / (FLOOR_STRETCH + CHART_STRETCH)
            names = min(bars.width_for_names(), most)
            wanted = math.floor(names) if names > usual else 0  # 0: the layout's own share
        if bars.minimumWidth() == wanted:
            return False
        bars.setMinimumWidth(wanted)
        return True

    def _height_needed(self) -> int:
        """The height the shown lines take one above the other at their present type, with
        the margins and spacing: more than the window's, and they overlap."""
        self.item_row.updateGeometry()  # the title's row is a widget of its own
        for layout in (self.root, self.body, self.floor_column, self.timer_row, self.footer):
            layout.invalidate()  # a font change tells only the top layout
        return self.root.totalMinimumHeightForWidth(self.width())

    def _fit_title(self) -> None:
        """The item's title in at most the fit's lines of the width it has, elided."""
        width = self.width() - self.root.contentsMargins().left() * 2
        if self.item_countdown_label.isVisibleTo(self):
            spacing = max(0, self.item_layout.spacing())
            width -= self.item_countdown_label.width() + spacing
        label = self.item_title_label
        text, self._title_whole = wrapped_lines(
            self._item_title, label.font(), width, self._fit.title_lines
        )
        label.setText(text)

    def _fit_speaker(self) -> None:
        """Keep a long name on one line: a smaller font rather than clipped letters."""
        label = self.speaker_label
        font = QFont(label.font())
        scale = self._fit.main
        wanted = max(MIN_FONT_PX, round(self._sizes[label] * max(1, self.height()) * scale))
        font.setPixelSize(wanted)
        width = label.contentsRect().width()
        advance = QFontMetrics(font).horizontalAdvance(label.text())
        if 0 < width < advance:
            font.setPixelSize(max(MIN_FONT_PX, int(wanted * width / advance)))
        _set_pixel_size(label, font.pixelSize())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.bars
            and isinstance(event, QResizeEvent)
            and event.size().height() != event.oldSize().height()
            and self._room_for_names()
        ):
            self._apply_scale()  # the floor's column narrower or wider: its lines fitted again
        if watched is self.speaker_label and event.type() == QEvent.Type.Resize:
            before = self.speaker_label.font().pixelSize()
            self._fit_speaker()
            grown = self.speaker_label.font().pixelSize() > before
            if grown and self._height_needed() > self.height():
                self._apply_scale()  # the name grew with its room: the rest fits around it
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    # Placing and closing

    def place_on(self, screen: QScreen | None, home: QScreen | None = None) -> None:
        """Full screen on `screen`, the room's, with no pointer over it; with none (no second
        screen, or it was unplugged), a window of 80% of `home`, the laptop's screen, in its
        middle, with the usual pointer, for the facilitator to drag. Shown without taking the
        keyboard either way (showFullScreen() would take it)."""
        self.full_screen_on = screen
        if screen is not None:
            show_full_screen(self, screen)
            return
        here = home or QGuiApplication.primaryScreen()
        available = here.availableGeometry()
        show_in_window(
            self, here, QSize(round(available.width() * 0.8), round(available.height() * 0.8))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Every key is the main window's (see `key_pressed`)."""
        self.key_pressed.emit(event)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.activated.emit()
        elif event.type() == QEvent.Type.ApplicationPaletteChange and room_look() != self._look:
            self._look = room_look()  # the app changed theme: high contrast or not
            self._wear_look()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.blink_timer.stop()
        self.flash_timer.stop()
        super().closeEvent(event)
        self.closed.emit()

    def _settle(self) -> None:
        """Finish pending layout now (font changes re-lay the window out), e.g. before grab()."""
        for _ in range(3):  # the item's row is a widget with a layout of its own
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def elided_lines(text: str, font: QFont, width: int, most: int) -> str:
    """`text` wrapped to `width` pixels in `font`, in at most `most` lines; the last ends in
    "…" when some is left over."""
    return wrapped_lines(text, font, width, most)[0]


def wrapped_lines(text: str, font: QFont, width: int, most: int) -> tuple[str, bool]:
    """`elided_lines`, and whether the text shows whole in them (nothing left over)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    if not starts:
        return text, True
    lines = [text[a:b].rstrip() for a, b in pairwise(starts)]
    rest = text[starts[-1] :]
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, max(1, width))
    return "\n".join([*lines, last]), last == rest


def render_preview(
    snapshot: FloorSnapshot,
    item_title: str,
    item_remaining_ms: int | None,
    vocabulary: Vocabulary,
    show_bars: bool,
    size: QSize,
    rotation: RotationShown | None = None,
    *,
    large_type: bool = False,
) -> QPixmap:
    """The projector as it would look at `size`, drawn offscreen (for `meetingkit screenshot`),
    in large type if asked."""
    window = ProjectorWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(size)
    window.set_large_type(large_type)
    window.show_snapshot(snapshot, item_title, item_remaining_ms, vocabulary, show_bars, rotation)
    window.show()
    window._settle()
    pixmap = window.grab()
    window.close()
    window.deleteLater()
    return pixmap
