"""At a projector's 1024×768 the airtime chart beside the floor takes the width its groups'
names need to show whole (up to CHART_MOST of it), and the floor's column can give it: its
lines wrap, and the turn's clock keeps room for hours only while it counts them. In Spanish,
with every line of the floor shown, "Hispanohablantes" read "Hispan…", the closed stack
"Lista de palabra cerrada para este" and the legend "muy por encima de su parte de la"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from meetingkit.core.stack_entry import Vocabulary
from meetingkit.ui import language
from meetingkit.ui.airtime_bars import AirtimeBars, _font
from meetingkit.ui.projector import CHART_MOST, CLOCK_FACES
from tests.ui.test_airtime_group_names_whole import ENGLISH, SPANISH, assert_whole
from tests.ui.test_projector_fit import EVERYTHING, assert_fits, shown


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


def text_fits(label: QLabel) -> bool:
    """The label's text, wrapped if it wraps, within the label: nothing cut off."""
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.AlignmentFlag.AlignLeft
    room = label.contentsRect()
    needed = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, room.width(), 100_000), int(flags), label.text()
    )
    return needed.width() <= room.width() and needed.height() <= room.height()


def legend_fits(bars: AirtimeBars) -> bool:
    """Every entry of the chart's legend, its swatch and its words, within the chart's width:
    the longest, "muy por encima de su parte de la sala", was cut at the chart's edge."""
    unit = bars._layout().unit
    metrics = QFontMetricsF(_font(bars.font(), unit * 0.85))
    width = bars.contentsRect().width()
    for line in bars._legend_lines(width, unit):
        x = 0.0
        for _key, text in line:
            x += unit * 2.0 + metrics.horizontalAdvance(text)
            if x > width:
                return False
            x += unit
    return True


def test_in_spanish_every_line_beside_the_chart_and_every_name_in_it_shows_whole(
    qtbot: QtBot, spanish: None
) -> None:
    title = "Resultados de la encuesta"
    window = shown(qtbot, (1024, 768), False, title, replace(EVERYTHING, shares=SPANISH))
    lines = (window.kind_label, window.paused_label, window.next_label, window.closed_label)
    assert all(label.isVisibleTo(window) for label in lines)
    assert window.closed_label.text() == "Lista de palabra cerrada para este punto"
    for label in lines:
        assert text_fits(label), label.text()
    assert "Hispanohablantes" in [name for name, _ in window.bars.names_as_set()]
    assert_whole(window.bars)
    assert legend_fits(window.bars)
    assert_fits(window, title)


def test_the_chart_takes_more_of_the_width_only_where_its_names_need_it(qtbot: QtBot) -> None:
    """English groups wrap ("Spanish / speaking"): the chart keeps its usual share. Spanish
    ones need more, and get it up to CHART_MOST; the floor keeps the rest."""
    english = shown(qtbot, (1024, 768), False, "Results", replace(EVERYTHING, shares=ENGLISH))
    spanish = shown(qtbot, (1024, 768), False, "Results", replace(EVERYTHING, shares=SPANISH))
    body = english.body.geometry().width() - english.body.spacing()
    assert english.bars.width() == pytest.approx(body * 9 / 20, abs=1)
    assert body * 9 / 20 + 1 < spanish.bars.width() <= body * CHART_MOST
    assert_whole(english.bars)
    assert_whole(spanish.bars)


def test_the_turns_clock_keeps_room_for_hours_only_while_it_counts_them(qtbot: QtBot) -> None:
    """Reserved for "+88:88:88" while it read "1:25", the clock's pill took 146 px the chart
    needed at 1024×768; it widens when the turn counts hours (a rotation's long step)."""
    window = shown(qtbot, (1024, 768), False, "Results", EVERYTHING)
    clock = window.timer_label
    metrics = QFontMetrics(clock.font())
    assert clock.text() == "1:25"
    under_an_hour = clock.width()
    assert metrics.horizontalAdvance(CLOCK_FACES[0]) < under_an_hour
    assert under_an_hour < metrics.horizontalAdvance(CLOCK_FACES[1])

    hours = replace(EVERYTHING.speaker, limit_ms=3 * 3_600_000)
    window.show_snapshot(
        replace(EVERYTHING, speaker=hours), "Results", -200_000, Vocabulary.ASSEMBLY, True
    )
    window._settle()
    assert clock.text() == "2:59:25"
    assert metrics.horizontalAdvance(CLOCK_FACES[1]) < clock.width()
    assert_fits(window, "Results")
