"""The room's screen, fed snapshots built by hand (no database, no clock)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.floor import Cue, Policy
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.floor_session import FloorSnapshot, SpeakerView
from meetingkit.ui.agenda_runner import OVER_COLOUR, WARNING_COLOUR
from meetingkit.ui.airtime_bars import (
    BARS_SHARE,
    NAME_HEIGHT,
    AirtimeBars,
    _font,
    share_text,
    speaks_beyond_room,
)
from meetingkit.ui.projector import WINDOW_TITLE, ProjectorWindow, render_preview

SHARES = (
    GroupShare("RN", 11, 120_000, 0.55, 0.20),
    GroupShare("MD", 3, 330_000, 0.15, 0.55),
    GroupShare("CNA", 4, 60_000, 0.20, 0.10),
)


def speaker(
    name: str = "Dele",
    *,
    spoken_ms: int = 30_000,
    limit_ms: int = 120_000,
    cue: Cue = Cue.NONE,
    kind: EntryKind = EntryKind.GENERAL,
    paused: bool = False,
) -> SpeakerView:
    return SpeakerView(name, kind, spoken_ms, limit_ms, cue, paused)


def snapshot(
    who: SpeakerView | None = None,
    next_names: tuple[str, ...] = ("Ana", "Wren", "Bo"),
    waiting: int = 3,
    *,
    stack_closed: bool = False,
) -> FloorSnapshot:
    first_time = Policy.FIRST_TIME
    return FloorSnapshot(
        who, next_names, waiting, stack_closed, first_time.label, first_time.explanation, SHARES
    )


@pytest.fixture
def projector(qtbot: QtBot) -> ProjectorWindow:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    return window


def show(
    window: ProjectorWindow,
    snap: FloorSnapshot,
    *,
    title: str = "Report-backs",
    remaining_ms: int | None = 600_000,
    show_bars: bool = True,
) -> None:
    window.show_snapshot(snap, title, remaining_ms, Vocabulary.ASSEMBLY, show_bars)


def visible_texts(window: ProjectorWindow) -> list[str]:
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]


def test_the_speaker_and_the_next_three_are_shown(projector: ProjectorWindow) -> None:
    """The speaker's name is shown exactly as given, with the next three on the stack."""
    show(projector, snapshot(speaker("Dele")))
    assert projector.windowTitle() == WINDOW_TITLE
    assert projector.speaker_label.text() == "Dele"
    assert projector.next_label.text() == "Next: Ana, Wren, Bo"
    assert "more" not in projector.next_label.text()


def test_more_waiting_than_shown_reads_plus_n_more(projector: ProjectorWindow) -> None:
    show(projector, snapshot(speaker(), waiting=7))
    assert projector.next_label.text().endswith("+4\u00a0more")  # never split over two lines


def test_nobody_on_the_floor_reads_the_floor_is_open(projector: ProjectorWindow) -> None:
    """With nobody speaking there is no timer, no kind, and nobody waiting is said plainly."""
    show(projector, snapshot(None, (), 0))
    assert projector.speaker_label.text() == "The floor is open"
    assert not projector.timer_label.isVisibleTo(projector)
    assert not projector.kind_label.isVisibleTo(projector)
    assert projector.next_label.text() == "Nobody is waiting to speak"
    assert not projector.blink_timer.isActive()


@pytest.mark.parametrize(
    ("spoken_ms", "cue", "text", "colour"),
    [
        (30_000, Cue.NONE, "1:30", None),
        (110_000, Cue.WRAP_UP, "0:10", WARNING_COLOUR),
        (132_000, Cue.OVER, "+0:12", OVER_COLOUR),
    ],
)
def test_the_turn_timer_counts_down_and_changes_colour_with_the_cue(
    projector: ProjectorWindow, spoken_ms: int, cue: Cue, text: str, colour: str | None
) -> None:
    """Time left of the limit; past it, '+' and the time over. The colour follows the cue."""
    show(projector, snapshot(speaker(spoken_ms=spoken_ms, cue=cue)))
    assert projector.timer_label.text() == text
    assert projector.cue is cue
    style = projector.timer_label.styleSheet()
    for other in (WARNING_COLOUR, OVER_COLOUR):
        assert (other in style) == (other == colour)


def test_only_over_time_blinks_and_the_timer_only_flips_the_phase(
    projector: ProjectorWindow,
) -> None:
    """Past the limit the cue blinks; the blink timer toggles the phase and never the time."""
    show(projector, snapshot(speaker(spoken_ms=110_000, cue=Cue.WRAP_UP)))
    assert not projector.blink_timer.isActive()

    show(projector, snapshot(speaker(spoken_ms=123_000, cue=Cue.OVER)))
    assert projector.blink_timer.isActive()
    assert projector.blink_on
    lit = projector.timer_label.styleSheet()
    projector.toggle_blink()
    assert not projector.blink_on
    assert projector.timer_label.styleSheet() != lit
    assert projector.timer_label.text() == "+0:03"
    projector.toggle_blink()
    assert projector.timer_label.styleSheet() == lit

    show(projector, snapshot(speaker(spoken_ms=10_000, cue=Cue.NONE, name="Ana")))
    assert not projector.blink_timer.isActive()
    assert projector.blink_on


def test_the_blink_timer_runs_on_its_own_while_over(
    qtbot: QtBot, projector: ProjectorWindow
) -> None:
    show(projector, snapshot(speaker(spoken_ms=121_000, cue=Cue.OVER)))
    with qtbot.waitSignal(projector.blink_timer.timeout, timeout=2000):
        pass
    assert not projector.blink_on


def test_over_time_blinks_for_five_seconds_then_stays_red(projector: ProjectorWindow) -> None:
    """WCAG 2.2.2: the red block blinked for as long as the turn ran over. It blinks for the
    first 5 s over, then stays lit, full red, even caught in its dim phase."""
    show(projector, snapshot(speaker(spoken_ms=124_800, cue=Cue.OVER)))
    assert projector.blink_timer.isActive()
    projector.toggle_blink()
    assert not projector.blink_on  # dim
    show(projector, snapshot(speaker(spoken_ms=125_000, cue=Cue.OVER)))
    assert not projector.blink_timer.isActive()
    assert projector.blink_on
    lit = projector.timer_label.styleSheet()
    assert OVER_COLOUR in lit
    for spoken_ms in (126_000, 132_000, 300_000):
        show(projector, snapshot(speaker(spoken_ms=spoken_ms, cue=Cue.OVER)))
        assert not projector.blink_timer.isActive()
        assert projector.timer_label.styleSheet() == lit


def test_a_paused_speaker_over_time_is_red_but_still(projector: ProjectorWindow) -> None:
    """Nobody is talking during a pause, so the cue stays red without blinking."""
    show(projector, snapshot(speaker(spoken_ms=132_000, cue=Cue.OVER, paused=True)))
    assert projector.paused_label.isVisibleTo(projector)
    assert OVER_COLOUR in projector.timer_label.styleSheet()
    assert not projector.blink_timer.isActive()


@pytest.mark.parametrize("size", [(1024, 700), (1024, 768), (1920, 1080)])
def test_paused_never_overlaps_the_clock(
    qtbot: QtBot, projector: ProjectorWindow, size: tuple[int, int]
) -> None:
    """On a 4:3 projector, "Paused" (longer in Spanish: "En pausa") sat on the clock's box."""
    projector.paused_label.setText("En pausa")
    projector.resize(*size)
    show(projector, snapshot(speaker(spoken_ms=35_000, paused=True)))
    projector.show()
    projector._settle()
    clock = projector.timer_label.geometry()
    paused = projector.paused_label.geometry()
    assert projector.paused_label.isVisibleTo(projector)
    assert not clock.intersects(paused), (clock, paused)
    words = projector.paused_label.fontMetrics().horizontalAdvance("En pausa")
    assert paused.width() >= words


def test_a_jump_the_queue_entry_is_named_in_the_rooms_vocabulary(
    projector: ProjectorWindow,
) -> None:
    show(projector, snapshot(speaker(kind=EntryKind.CLARIFYING)))
    assert projector.kind_label.isVisibleTo(projector)
    assert projector.kind_label.text() == "Clarifying question"
    projector.show_snapshot(
        snapshot(speaker(kind=EntryKind.PROCESS)), "", None, Vocabulary.PARLIAMENTARY, False
    )
    assert projector.kind_label.text() == "Point of order"
    show(projector, snapshot(speaker(kind=EntryKind.GENERAL)))
    assert not projector.kind_label.isVisibleTo(projector)


def test_a_closed_stack_is_announced(projector: ProjectorWindow) -> None:
    show(projector, snapshot(speaker(), stack_closed=True))
    assert "Stack closed for this item" in visible_texts(projector)
    show(projector, snapshot(speaker()))
    assert "Stack closed for this item" not in visible_texts(projector)


def test_the_agenda_item_shows_its_countdown_and_overrun_in_red(
    projector: ProjectorWindow,
) -> None:
    show(projector, snapshot(speaker()), title="Report-backs", remaining_ms=754_000)
    assert projector.item_title_label.text() == "Report-backs"
    assert projector.item_countdown_label.text() == "12:34"
    assert OVER_COLOUR not in projector.item_countdown_label.styleSheet()
    show(projector, snapshot(speaker()), title="Report-backs", remaining_ms=-200_000)
    assert projector.item_countdown_label.text() == "+3:20"
    assert OVER_COLOUR in projector.item_countdown_label.styleSheet()
    show(projector, snapshot(speaker()), title="", remaining_ms=None)
    assert not projector.item_row.isVisibleTo(projector)


def test_the_policy_is_shown_in_words(projector: ProjectorWindow) -> None:
    show(projector, snapshot(speaker()))
    assert projector.policy_label.text() == Policy.FIRST_TIME.label
    assert projector.explanation_label.text() == Policy.FIRST_TIME.explanation


def test_attendee_text_is_never_read_as_markup(projector: ProjectorWindow) -> None:
    """A name or title typed as HTML shows literally: every label is plain text."""
    name, title = "<b>Eve</b>", "<img src=x>Budget & <i>dues</i>"
    show(
        projector,
        snapshot(speaker(name), next_names=("<a href='x'>Mo</a>",), waiting=1),
        title=title,
    )
    assert projector.speaker_label.text() == name
    assert projector.item_title_label.text() == title
    assert projector.next_label.text() == "Next: <a href='x'>Mo</a>"
    labels = projector.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_the_bars_show_the_shares_or_hide(projector: ProjectorWindow) -> None:
    show(projector, snapshot(speaker()), show_bars=True)
    assert projector.bars.isVisibleTo(projector)
    assert projector.bars.is_large()
    assert projector.bars.shares() == SHARES
    show(projector, snapshot(speaker()), show_bars=False)
    assert not projector.bars.isVisibleTo(projector)


def test_render_preview_has_the_requested_size(qtbot: QtBot) -> None:
    size = QSize(1280, 720)
    pixmap = render_preview(
        snapshot(speaker(spoken_ms=132_000, cue=Cue.OVER)),
        "Report-backs",
        -200_000,
        Vocabulary.ASSEMBLY,
        True,
        size,
    )
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().toSize() == size


def test_closing_the_window_says_so(qtbot: QtBot, projector: ProjectorWindow) -> None:
    """Closed (F11 in the main window, its close button), `closed` lets a toggle untick."""
    show(projector, snapshot(speaker(spoken_ms=132_000, cue=Cue.OVER)))
    projector.show()
    qtbot.waitExposed(projector)
    with qtbot.waitSignal(projector.closed, timeout=1000):
        projector.close()
    assert not projector.isVisible()
    assert not projector.blink_timer.isActive()


def test_escape_and_l_are_the_main_window_s_keys(qtbot: QtBot, projector: ProjectorWindow) -> None:
    """A key that reaches the projector is handed on (to the main window): Escape closed the
    room's screen, L made its type larger, where the facilitator meant the main window."""
    show(projector, snapshot(speaker()))
    projector.show()
    qtbot.waitExposed(projector)
    handed: list[int] = []
    projector.key_pressed.connect(lambda event: handed.append(event.key()))
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.keyClick(projector, Qt.Key.Key_L)
    assert handed == [Qt.Key.Key_Escape, Qt.Key.Key_L]
    assert projector.isVisible()
    assert not projector.large_type()


def test_without_a_second_screen_it_opens_as_a_normal_window(
    qtbot: QtBot, projector: ProjectorWindow
) -> None:
    projector.place_on(None)
    qtbot.waitExposed(projector)
    assert projector.isVisible()
    assert not projector.isFullScreen()


def test_a_long_name_shrinks_to_fit_instead_of_widening_the_window(
    qtbot: QtBot, projector: ProjectorWindow
) -> None:
    show(projector, snapshot(speaker("Alexandria-Josephine-Marguerite")))
    projector.show()
    qtbot.waitExposed(projector)
    label = projector.speaker_label
    qtbot.waitUntil(
        lambda: label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    )
    assert projector.width() == 1280


# The bars on their own


def test_a_group_name_has_room_for_two_lines(qtbot: QtBot) -> None:
    """A long name wraps in its row ("Spanish / speaking") instead of being cut short."""
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    for unit in (12.0, 18.0, 27.0, 40.0):
        bold = QFontMetricsF(_font(bars.font(), unit, bold=True))
        assert 2 * bold.lineSpacing() <= unit * NAME_HEIGHT


def test_a_long_one_word_group_name_shows_whole_where_it_could_not_wrap(qtbot: QtBot) -> None:
    """One word cannot wrap: the names' column widens to hold it ("Hispanohablantes" was
    "Hispanohab…" on the projector), and where rows are folded onto one line, to hold the
    longest name; within reason: the bars keep a quarter of the chart or so."""
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    word = "Hispanohablantes"
    bars.set_shares([GroupShare(word, 4, 0, 0.17, 0.0), *SHARES])
    unit, chart = 22.0, 560.0  # about the projector's chart at 1366×768
    needed = QFontMetricsF(_font(bars.font(), unit, bold=True)).horizontalAdvance(word)
    assert bars.name_column(chart, unit, compact=False) - unit * 0.5 >= needed
    assert needed > chart * 0.32  # it needed the wider column
    assert bars.name_column(chart, unit, compact=True) - unit * 0.5 >= needed
    long_word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    bars.set_shares([GroupShare(long_word, 4, 0, 0.17, 0.0)])
    for compact in (False, True):  # within reason: the bars keep their share
        column = bars.name_column(chart, unit, compact)
        assert chart - column - bars._value_width(unit, compact) >= chart * BARS_SHARE - 0.01


def test_bars_with_no_groups_say_no_airtime_yet(qtbot: QtBot) -> None:
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_shares([])
    assert bars.accessibleDescription() == "No airtime yet."
    assert bars.accessibleName() == "Airtime by group"
    bars.resize(bars.sizeHint())
    image = bars.grab().toImage()
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(colours) > 1  # the sentence is drawn, not an empty panel


def test_bars_describe_each_group_in_words(qtbot: QtBot) -> None:
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_shares(SHARES)
    assert share_text(SHARES[0]) == "RN — room 55% · airtime 20%"
    assert bars.accessibleDescription().splitlines() == [share_text(s) for s in SHARES]


def test_a_group_speaking_well_beyond_its_room_share_is_marked() -> None:
    """More than 10 points above its share of the room: amber. At or under: ordinary."""
    assert speaks_beyond_room(SHARES[1])
    assert not speaks_beyond_room(SHARES[0])
    assert not speaks_beyond_room(replace(SHARES[0], airtime_share=0.64))


def test_bars_grow_with_rows_and_in_projector_mode(qtbot: QtBot) -> None:
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_shares(SHARES[:1])
    one = bars.sizeHint()
    bars.set_shares(SHARES)
    three = bars.sizeHint()
    assert three.height() > one.height()
    bars.set_large(True)
    assert bars.sizeHint().height() > three.height()
    assert bars.sizeHint().width() > three.width()


def test_fifteen_groups_paint_in_a_small_space(qtbot: QtBot) -> None:
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_large(True)
    bars.set_shares([GroupShare(f"Group {n}", 3, 1000, 0.06, 0.05) for n in range(15)])
    bars.resize(500, 300)
    assert not bars.grab().isNull()


def test_groups_are_labelled_by_the_short_name_a_room_uses() -> None:
    from meetingkit.ui.airtime_bars import group_label

    assert group_label("Registered nurse (RN)") == "RN"
    assert group_label("Physician (MD/DO)") == "MD/DO"
    assert group_label("Night shift") == "Night shift"
    assert group_label("Home health aide") == "Home health aide"


def test_hovering_a_row_names_its_group_in_full(qtbot: QtBot) -> None:
    """A narrow chart cuts a long name short ("Home health aide (night…"); its tooltip
    says the whole name and both shares, in full rows and in rows folded onto one line."""
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    long = "Home health aide (night shift float pool)"
    bars.set_shares([GroupShare(long, 1, 0, 0.04, 0.0), *SHARES])
    bars.show()
    for height in (400, 90):  # two-line rows; then every row folded onto one line
        bars.resize(320, height)
        found = [bars.share_at(y) for y in range(height)]
        assert found[0] is None  # above the rows: the legend, or the margin of a centred chart
        groups = [s.group for s in found if s is not None]
        assert list(dict.fromkeys(groups)) == [long, "RN", "MD", "CNA"]

    y = next(y for y in range(90) if (s := bars.share_at(y)) and s.group == long)
    point = QPoint(10, y)
    QApplication.sendEvent(bars, QHelpEvent(QEvent.Type.ToolTip, point, bars.mapToGlobal(point)))
    assert QToolTip.text() == share_text(bars.shares()[0])
    assert long in QToolTip.text()
