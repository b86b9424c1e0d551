"""The airtime bars' group names read whole at a projector's 1024×768 and 1280×720, in English
and in Spanish: "Hispanohablantes", a word that cannot wrap, showed as "Hispanohab…" on the
projector and "Hispanohablant…" on the floor. The names' column takes what the names need,
leaving the bars a fair share of the chart; on the projector the chart takes more of the
window's width where its names need it (`AirtimeBars.width_for_names`, up to the projector's
CHART_MOST); a word that still does not fit is set a little smaller rather than cut short."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.stack_entry import Vocabulary
from meetingkit.services.demo import write_demo
from meetingkit.ui import language
from meetingkit.ui.airtime_bars import SMALLEST_NAME, AirtimeBars, group_label
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.projector import ProjectorWindow
from tests.ui.conftest import NOW
from tests.ui.test_projector_fit import EVERYTHING

# The demo's groups in each language, as the floor gives them: largest first
ENGLISH = (
    GroupShare("Registered nurse (RN)", 5, 120_000, 0.26, 0.20),
    GroupShare("Spanish speaking", 4, 0, 0.17, 0.0),
    GroupShare("Certified nursing assistant (CNA)", 3, 60_000, 0.13, 0.10),
    GroupShare("Physician (MD/DO)", 3, 250_000, 0.13, 0.43),
    GroupShare("Night shift", 3, 10_000, 0.13, 0.03),
)
SPANISH = tuple(
    replace(share, group=name)
    for share, name in zip(
        ENGLISH,
        (
            "Enfermera registrada (RN)",
            "Hispanohablantes",
            "Asistente de enfermería certificada (CNA)",
            "Médico (MD/DO)",
            "Turno de noche",
        ),
        strict=True,
    )
)


def assert_whole(bars: AirtimeBars) -> None:
    names = bars.names_as_set()
    assert [text for text, _ in names] == [group_label(s.group) for s in bars._layout().shown]
    assert all(size >= SMALLEST_NAME - 0.01 for _, size in names), names
    bars_width = bars.width() - bars.name_column(
        bars.width(), bars._layout().unit, bars._layout().compact, bars._layout().shown
    )
    assert bars_width >= bars.width() * 0.4  # the bars and their values keep their room


@pytest.mark.parametrize("groups", [ENGLISH, SPANISH], ids=["english-groups", "spanish-groups"])
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=["1024x768", "1280x720"])
def test_the_projectors_group_names_show_whole(
    qtbot: QtBot,
    spoken: str,  # the language sets the values' width ("airtime 100%", "tiempo 100%")
    size: tuple[int, int],
    large: bool,
    groups: tuple[GroupShare, ...],
) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.set_large_type(large)
    snapshot = replace(EVERYTHING, shares=groups)
    window.show_snapshot(snapshot, "Resultados", -200_000, Vocabulary.ASSEMBLY, True)
    window.show()
    qtbot.waitExposed(window)
    window._settle()
    if large:  # large type gives the bars' room to the floor (ProjectorWindow.set_large_type)
        assert not window.bars.isVisibleTo(window)
        return
    assert window.bars.isVisibleTo(window)
    assert len(window.bars.names_as_set()) == len(groups)
    assert_whole(window.bars)


@pytest.fixture
def spanish_demo(conn: sqlite3.Connection, qapp: QApplication) -> Iterator[int]:
    """The demo written, and shown, in Spanish: its groups are "Hispanohablantes"…"""
    language.install(qapp, "es")
    yield write_demo(conn, NOW).meeting_id
    language.install(qapp, "en")


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=["1024x768", "1280x720"])
def test_the_floors_group_names_show_whole(
    qtbot: QtBot, spanish_demo: int, make_window: Callable[..., MainWindow], size: tuple[int, int]
) -> None:
    window = make_window()
    window.open_meeting(spanish_demo)
    window.show_floor()
    window.resize(*size)
    bars = window.meetings_page.view.floor_tab.airtime_panel.bars
    assert "Hispanohablantes" in [s.group for s in bars.shares()]

    def settled() -> bool:
        QApplication.processEvents()
        return bars.height() > 0 and bars._layout().needed <= bars.height() + 0.5

    qtbot.waitUntil(settled)
    assert "Hispanohablantes" in [name for name, _ in bars.names_as_set()]
    assert_whole(bars)


def test_a_chart_as_wide_as_width_for_names_sets_every_name_whole_at_full_size(
    qtbot: QtBot, spoken: str
) -> None:
    """What the projector gives the chart when it can: every name whole in full-size type,
    the bars and their values keeping their room; narrower, the longest word is set smaller."""
    bars = AirtimeBars()
    qtbot.addWidget(bars)
    bars.set_large(True)
    font = bars.font()
    font.setPixelSize(16)  # the projector's at 1024×768: a unit of 24 px
    bars.setFont(font)
    bars.set_shares(SPANISH)
    bars.resize(1000, 495)
    wide = math.ceil(bars.width_for_names())
    assert bars._layout().unit == 24
    bars.resize(wide, 495)
    assert [size for _, size in bars.names_as_set()] == [1.0] * len(SPANISH)
    assert_whole(bars)
    bars.resize(wide - 24, 495)
    assert_whole(bars)
    assert min(size for _, size in bars.names_as_set()) < 1.0
