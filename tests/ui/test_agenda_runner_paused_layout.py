"""With an item paused, the agenda's run buttons stay in their own rows, clear of the minutes
below them, at 100, 125 and 150 % on a 1366x768 laptop and at the window's minimum size, in
English and in Spanish (QA: in Spanish at 125 %, pausing turned "Pausar" into the wider
"Reanudar"; the buttons needed a third row, the panel kept the width of two, and "Terminar
reunión" was drawn over the heading of the minutes)."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.main_window import MainWindow
from tests.ui.laid_out import laid_out

MakeWindow = Callable[..., MainWindow]
# A 1366x768 laptop at 100, 125 and 150 %, with a taskbar, as a maximized window has it
SIZES = [(1366, 728), (1093, 559), (911, 472)]


def _where(widget: QWidget, runner: AgendaRunner) -> QRect:
    return QRect(widget.mapTo(runner, QPoint(0, 0)), widget.size())


def _overlaps(runner: AgendaRunner) -> list[str]:
    """The widgets of the run panel drawn over one another: its lines, its run buttons and
    the minutes box; in the box, its heading, the minutes, and its buttons."""
    shown: dict[str, QWidget] = {
        "item": runner.item_label,
        "clock": runner.countdown_label,
        "detail": runner.detail_label,
        "meeting clock": runner.meeting_label,
        "minutes box": runner.minutes_box,
    }
    for button in runner.findChildren(QToolButton):
        if not runner.minutes_box.isAncestorOf(button):
            shown[f"button {button.text()}"] = button
    inside: dict[str, QWidget] = {
        "minutes heading": runner.minutes_heading,
        "minutes": runner.minutes_edit,
        "decision": runner.decision_label,
    }
    for button in runner.minutes_box.findChildren(QToolButton):
        inside[f"button {button.text()}"] = button
    found = []
    for group in (shown, inside):
        rects = {name: _where(w, runner) for name, w in group.items() if w.isVisible()}
        names = list(rects)
        for at, one in enumerate(names):
            for other in names[at + 1 :]:
                if rects[one].intersects(rects[other]):
                    found.append(f"{one} {rects[one]} over {other} {rects[other]}")
    box = _where(runner.minutes_box, runner)
    for name, w in inside.items():
        if w.isVisible() and not box.contains(_where(w, runner)):
            found.append(f"{name} {_where(w, runner)} outside the minutes box {box}")
    return found


def _runner(make_window: MakeWindow, demo: Demo, size: tuple[int, int] | None) -> AgendaRunner:
    """Tonight's demo meeting on the agenda tab, an item running, the window at `size` (None:
    its minimum)."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    window.meetings_page.view.show_agenda()
    if size is None:
        window.resize(window.minimumSizeHint())
    else:
        window.resize(*size)
    return window.meetings_page.view.agenda_tab.runner


@pytest.mark.parametrize("size", [*SIZES, None])
def test_pausing_an_item_keeps_the_run_buttons_off_the_minutes(
    size: tuple[int, int] | None,
    spoken: str,
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    runner = _runner(make_window, demo, size)
    laid_out(qtbot)
    assert _overlaps(runner) == [], (size, spoken, "running")
    runner.toggle_pause()  # F6, as laid out while the item ran
    laid_out(qtbot)
    assert runner.act_pause.iconText() != runner.tr("Pause")
    assert _overlaps(runner) == [], (size, spoken, "paused")
    runner.toggle_pause()
    laid_out(qtbot)
    assert _overlaps(runner) == [], (size, spoken, "resumed")


@pytest.mark.parametrize("points", [12, 14])
def test_at_a_large_font_pausing_keeps_the_run_buttons_off_the_minutes(
    points: float,
    large_type: Callable[[str, float], None],
    qtbot: QtBot,
    make_window: MakeWindow,
    demo: Demo,
) -> None:
    large_type("es", points)
    runner = _runner(make_window, demo, (1093, 559))
    laid_out(qtbot)
    runner.toggle_pause()
    laid_out(qtbot)
    assert _overlaps(runner) == [], points


def test_the_pause_button_keeps_its_width_when_it_says_resume(
    spoken: str, qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    """The run buttons do not move when the item is paused: the button is as wide for
    "Resume" as for "Pause", and the panel's minimum width stays as it was."""
    runner = _runner(make_window, demo, (1093, 559))
    laid_out(qtbot)
    [button] = [
        b for b in runner.findChildren(QToolButton) if b.defaultAction() is runner.act_pause
    ]
    running_hint, running_least = button.sizeHint(), runner.minimumSizeHint()
    runner.toggle_pause()
    laid_out(qtbot)
    assert button.sizeHint() == running_hint, spoken
    assert runner.minimumSizeHint() == running_least, spoken


@pytest.mark.parametrize("size", [(1093, 559), (911, 472)])
def test_a_notice_with_buttons_widens_the_run_panel_to_its_minimum(
    size: tuple[int, int], spoken: str, qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    """A panel shown in a scroll column beside the agenda gets its new minimum width when
    something shown later asks for more (the notice that sign-in was open, its two buttons
    side by side): laid out narrower than its minimum, the run buttons would take a row more
    than the room the panel leaves them, over the minutes."""
    runner = _runner(make_window, demo, size)
    laid_out(qtbot)
    runner.signin_was_open = lambda _meeting_id: True
    runner.show_signin_notice()
    laid_out(qtbot)
    assert runner.minimumSizeHint().width() <= runner.width(), (size, spoken)
    assert _overlaps(runner) == [], (size, spoken)
