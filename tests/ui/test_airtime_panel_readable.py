"""The facilitator's airtime chart on a laptop: its type never below the app's small text (it
went down to 9 px), the groups it has no room for counted on a last line ("+9 more groups")
instead of the last one cut at the screen's edge, and a group in amber always in view."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.services.demo import Demo
from meetingkit.ui.airtime_bars import AirtimeBars, speaks_beyond_room
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.scroll_column import ScrollColumn
from meetingkit.ui.two_line_rows import DETAIL_SCALE


def fifteen_groups() -> list[GroupShare]:
    """Largest first, as the floor gives them; the last, small group speaks far beyond it."""
    shares = [GroupShare(f"Group {n}", 15 - n, 1000, (15 - n) / 120, 0.01) for n in range(14)]
    shares.append(GroupShare("Pharmacist", 1, 9000, 1 / 120, 0.40))
    return shares


def small_text(widget: AirtimeBars) -> float:
    return QFontInfo(widget.font()).pixelSize() * DETAIL_SCALE


def test_a_short_chart_counts_the_groups_it_has_no_room_for(qtbot: QtBot) -> None:
    bars = AirtimeBars()
    bars.keep_readable(DETAIL_SCALE)
    qtbot.addWidget(bars)
    shares = fifteen_groups()
    assert speaks_beyond_room(shares[-1])
    bars.set_shares(shares)
    bars.resize(320, 200)
    at = bars._layout()
    assert at.unit >= small_text(bars) - 0.01
    assert at.hidden
    assert at.shown
    assert at.needed <= at.area.height() + 0.5  # the "+N more" line too: nothing cut
    assert shares[-1] in at.shown  # the group in amber keeps its row…
    assert list(at.shown) == [s for s in shares if s in at.shown]  # …in the chart's order
    assert len(at.shown) + len(at.hidden) == len(shares)
    assert bars.more_text(len(at.hidden)) == f"+{len(at.hidden)} more groups"
    rows_end = at.rows_top + len(at.shown) * bars._row_height(at.unit, at.compact)
    assert bars._more_at(rows_end + 1) == at.hidden  # hovering it names them
    assert bars.share_at(rows_end + 1) is None
    # Its smallest height still has rows to read; a tall chart shows every group
    assert bars.minimumSizeHint().height() >= 5 * 1.5 * small_text(bars)
    bars.resize(320, 900)
    assert not bars.hidden_shares()


def test_a_chart_not_kept_readable_still_shrinks_and_shows_every_group(qtbot: QtBot) -> None:
    """The projector's and the report's charts are unchanged."""
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_shares(fifteen_groups())
    bars.resize(320, 200)
    at = bars._layout()
    assert not at.hidden
    assert len(at.shown) == 15
    assert at.unit < small_text(bars)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_on_a_laptop_the_floors_chart_reads_and_is_whole_in_view(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow], size: tuple[int, int]
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.show_floor()
    window.resize(*size)
    panel = window.meetings_page.view.floor_tab.airtime_panel
    bars = panel.bars
    column = next(
        c
        for c in window.meetings_page.view.floor_tab.findChildren(ScrollColumn)
        if c.widget().isAncestorOf(bars)
    )
    shares = bars.shares()
    # The groups the projector shows (of three or more people present), five in the demo
    session = window.meetings_page.view.floor_tab.session
    assert session is not None
    assert shares == session.shown_shares().groups
    assert len(shares) >= 5

    def settled() -> bool:
        QApplication.processEvents()
        return bars.height() > 0 and bars._layout().needed <= bars.height() + 0.5

    qtbot.waitUntil(settled)
    at = bars._layout()
    assert at.unit >= small_text(bars) - 0.01  # it was about 9 px
    assert len(at.shown) >= 4
    assert len(at.shown) + len(at.hidden) == len(shares)
    assert [s for s in shares if speaks_beyond_room(s)] == [
        s for s in at.shown if speaks_beyond_room(s)
    ]
    # The chart is whole on the screen, the column scrolled to its top: no group cut
    column.verticalScrollBar().setValue(0)
    top = bars.mapTo(column.viewport(), QPoint(0, 0))
    assert column.viewport().rect().contains(QRect(top, bars.size()))
