"""The projector's lines one above the other never overlap, whatever the screen, the type
and the item's title: the secondary lines give way first, then the item's title, the speaker's
name and the clock last."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.floor import Cue, Policy
from meetingkit.core.rotation import Cue as RotationCue
from meetingkit.core.rotation import RotationShown
from meetingkit.core.stack_entry import EntryKind, Vocabulary
from meetingkit.services.floor_session import FloorSnapshot, SpeakerView
from meetingkit.ui.projector import (
    ITEM_SIZE,
    LARGE_TYPE_FACTOR,
    NEXT_SIZE,
    SPEAKER_SIZE,
    TIMER_SIZE,
    TITLE_LINES,
    ProjectorWindow,
    elided_lines,
    wrapped_lines,
)

LONG_TITLE = (
    "Staffing survey results from every unit, shift and profession, with the follow-up "
    "questions about missed breaks, mandatory overtime and the float pool"
)
DEMO_TITLE = "Proposal: a safe-staffing vigil on December 5"
# The demo's longest titles in Spanish, and one of 120 characters
DEMO_TITLES_ES = (
    "Resultados de la encuesta sobre dotación de personal",
    "Propuesta: una encuesta sobre dotación de personal en todas las unidades",
)
TITLE_120 = (
    "Resultados de la encuesta de personal por unidad y turno, con preguntas sobre descansos "
    "perdidos y horas extra forzadas."
)
SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
# Every line the floor can show at once: a kind, a pause, five waiting, the stack closed.
EVERYTHING = FloorSnapshot(
    SpeakerView("Samuel", EntryKind.CLARIFYING, 35_000, 120_000, Cue.NONE, True),
    ("Rosa", "Aisha", "Carmen"),
    5,
    True,
    # The longest a rule gets: the groups lifted up are named
    "Priority for chosen groups (CNA, Night shift, Spanish speaking, First-generation)",
    Policy.LEAST_AIRTIME_MEETING.explanation,
    (GroupShare("RN", 11, 120_000, 0.55, 0.20), GroupShare("MD", 3, 330_000, 0.15, 0.55)),
)


def shown(
    qtbot: QtBot,
    size: tuple[int, int],
    large: bool,
    title: str,
    snapshot: FloorSnapshot = EVERYTHING,
    rotation: RotationShown | None = None,
) -> ProjectorWindow:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.set_large_type(large)
    window.show_snapshot(snapshot, title, -200_000, Vocabulary.ASSEMBLY, True, rotation)
    window.show()
    qtbot.waitExposed(window)
    window._settle()
    return window


def on_window(window: ProjectorWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def text_height(label: QLabel) -> int:
    """The height a label's text needs at its font (wrapped to its width if it wraps)."""
    wrapped = label.heightForWidth(label.width()) if label.wordWrap() else -1
    return wrapped if wrapped > 0 else label.sizeHint().height()


@pytest.mark.parametrize(
    "title",
    [LONG_TITLE, DEMO_TITLE, TITLE_120, *DEMO_TITLES_ES],
    ids=["long", "demo", "120", "results-es", "proposal-es"],
)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize(
    "size", [*SIZES, (1280, 720)], ids=[f"{w}x{h}" for w, h in [*SIZES, (1280, 720)]]
)
def test_no_two_lines_overlap_and_none_is_cut(
    qtbot: QtBot, size: tuple[int, int], large: bool, title: str
) -> None:
    """At 1024×768 in large type "Paused" sat on the clock and "Next:" was cut off; with a
    four-line title even 1920×1080 hid the lower half of the speaker's name."""
    window = shown(qtbot, size, large, title)
    assert_fits(window, title)


def assert_fits(window: ProjectorWindow, title: str) -> None:
    parts: list[QWidget] = [
        label for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    ]
    if window.bars.isVisibleTo(window):
        parts.append(window.bars)
    screen = window.rect()
    for n, part in enumerate(parts):
        rect = on_window(window, part)
        assert screen.contains(rect), (part, rect)
        if isinstance(part, QLabel):
            assert rect.height() >= text_height(part), (part.text(), rect)
        for other in parts[n + 1 :]:
            assert not rect.intersects(on_window(window, other)), (part, other)
    shown_title = window.item_title_label.text()
    assert len(shown_title.splitlines()) <= 3
    assert shown_title.replace("\n", " ").rstrip("…") in title


# Too long for three lines of a 1080p screen even in the usual type, whatever the font
LONGER_TITLE = (
    f"{LONG_TITLE}, and what the night shift asked the working group to bring to the "
    "hospital's staffing committee in January, with the answers from the float pool"
)


def test_the_title_gives_way_before_the_speakers_name(qtbot: QtBot) -> None:
    """Samuel speaking under a long title, on a 1080p screen in large type: the title takes
    what lines it may, elided, and the name keeps the whole size large type gives it."""
    calm = replace(EVERYTHING, speaker=replace(EVERYTHING.speaker, paused=False))
    window = shown(qtbot, (1920, 1080), True, LONGER_TITLE, replace(calm, stack_closed=False))
    label = window.item_title_label
    usual = QFont(label.font())
    usual.setPixelSize(round(ITEM_SIZE * 1080))
    assert not wrapped_lines(LONGER_TITLE, usual, 1920, TITLE_LINES)[1]  # whole in no type
    assert label.text().endswith("…")
    assert len(label.text().splitlines()) in (2, 3)
    wanted = round(SPEAKER_SIZE * 1080 * LARGE_TYPE_FACTOR)
    assert window.speaker_label.font().pixelSize() == wanted


# Tonight in the demo: Samuel speaking, three waiting and two more.
TONIGHT = replace(
    EVERYTHING,
    speaker=replace(EVERYTHING.speaker, kind=EntryKind.GENERAL, paused=False),
    stack_closed=False,
)


@pytest.mark.parametrize("title", DEMO_TITLES_ES, ids=["results", "proposal"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=["1024x768", "1280x720"])
def test_in_large_type_on_a_projector_the_items_title_is_shown_whole(
    qtbot: QtBot, size: tuple[int, int], title: str
) -> None:
    """QA: in large type at 1024×768 the room read "Resultados de la encues…" and could not
    tell which item was on. The title wraps, and the lines under the clock make room for it:
    "Next:" gives way before the title does, and the name and the clock keep their size."""
    height = size[1]
    window = shown(qtbot, size, True, title, TONIGHT)
    assert window.item_title_label.text().replace("\n", " ") == title
    assert window.item_title_label.font().pixelSize() >= round(ITEM_SIZE * height)
    assert window.next_label.font().pixelSize() <= round(NEXT_SIZE * height * LARGE_TYPE_FACTOR)
    wanted = round(TIMER_SIZE * height * LARGE_TYPE_FACTOR)
    assert window.timer_label.font().pixelSize() == wanted
    assert_fits(window, title)


@pytest.mark.parametrize("title", DEMO_TITLES_ES, ids=["results", "proposal"])
def test_a_title_cut_short_in_large_type_is_set_smaller_where_that_shows_it_whole(
    qtbot: QtBot, title: str
) -> None:
    """On a 1024×768 projector "…dotación de personal …" was cut short in the large type the
    lines fitted in, where a title a little smaller showed whole: which of the two a room got
    hung on a few pixels of its font's width. On screens of every shape (some too narrow for
    the title in large type, whatever the font) the title shows whole, never below the usual
    type, and the name and the clock keep their large type. It is cut short only where the
    height leaves it two lines of the usual type (the third gives way before the name), as
    on a tall narrow window in a font with tall lines."""
    whole = 0
    for width in range(800, 1500, 50):
        for height in (600, 720, 768):
            window = shown(qtbot, (width, height), True, title, TONIGHT)
            label = window.item_title_label
            usual = round(ITEM_SIZE * height)
            if label.text().replace("\n", " ") == title:
                whole += 1
                assert label.font().pixelSize() >= usual, (width, height)
            else:
                assert len(label.text().splitlines()) < TITLE_LINES, (width, height)
                assert label.font().pixelSize() == usual, (width, height)
            big = round(TIMER_SIZE * height * LARGE_TYPE_FACTOR)
            assert window.timer_label.font().pixelSize() == big, (width, height)
            big = round(SPEAKER_SIZE * height * LARGE_TYPE_FACTOR)
            assert window.speaker_label.font().pixelSize() == big, (width, height)
            assert_fits(window, title)
            window.close()
    assert whole >= 14 * 3 * 0.8  # in the usual fonts, all of them


def test_a_long_title_wraps_before_the_next_line_keeps_large_type(qtbot: QtBot) -> None:
    """120 characters at 1024×768 in large type: three lines of the title, not one; the
    title is larger than "Next:", which has gone back to the usual type."""
    window = shown(qtbot, (1024, 768), True, TITLE_120, TONIGHT)
    assert len(window.item_title_label.text().splitlines()) == 3
    assert window.next_label.font().pixelSize() == round(NEXT_SIZE * 768)
    assert window.item_title_label.font().pixelSize() >= window.next_label.font().pixelSize()
    assert window.item_countdown_label.font().pixelSize() >= round(ITEM_SIZE * 768)


def test_a_short_title_is_shown_whole(qtbot: QtBot) -> None:
    window = shown(qtbot, (1366, 768), False, "Report-backs")
    assert window.item_title_label.text() == "Report-backs"


def test_a_title_is_cut_into_lines_and_the_last_elided(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    font = label.font()
    width = label.fontMetrics().horizontalAdvance("Staffing survey results from")
    text = elided_lines(LONG_TITLE, font, width, 2)
    first, second = text.split("\n")
    assert LONG_TITLE.startswith(first)
    assert second.endswith("…")
    assert label.fontMetrics().horizontalAdvance(second) <= width
    assert elided_lines("Check-in", font, width, 2) == "Check-in"


# The longest step name of the bundled curricula, paused, on a screen with everything else,
# before the longest "Next" line: a new round's ("Next: Round 3 of 3 · …").
ROTATION = RotationShown(
    round=2,
    rounds=3,
    step="Redactar y probar la demanda",
    step_remaining_ms=179_000,
    total_remaining_ms=1_079_000,
    upcoming=RotationCue(6, 3, 3, "Comentarios de quien observa", 1_800_000, new_round=True),
    paused=True,
    cue_count=5,
)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_rotation_in_the_floors_place_fits_too(
    qtbot: QtBot, size: tuple[int, int], large: bool
) -> None:
    window = shown(qtbot, size, large, LONG_TITLE, rotation=ROTATION)
    assert window.kind_label.text() == "Round 2 of 3"
    assert window.speaker_label.text() == ROTATION.step
    assert window.timer_label.text() == "2:59"
    assert window.paused_label.isVisibleTo(window)
    assert_fits(window, LONG_TITLE)


def test_the_items_clock_makes_room_for_hours_only_when_it_counts_them(qtbot: QtBot) -> None:
    """Sized for "+88:88:88" always, the item's countdown took a third of a 1024-pixel screen
    in large type from the title beside it; it widens when it reaches an hour."""
    window = shown(qtbot, (1024, 768), True, TITLE_120, TONIGHT)
    clock = window.item_countdown_label
    minutes = clock.width()
    assert clock.text() == "+3:20"
    window.show_snapshot(TONIGHT, TITLE_120, -3_800_000, Vocabulary.ASSEMBLY, True)
    window._settle()
    assert clock.text() == "+1:03:20"
    assert clock.width() > minutes
    assert clock.width() >= clock.fontMetrics().horizontalAdvance("+1:03:20")
    assert_fits(window, TITLE_120)
