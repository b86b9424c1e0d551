"""A training's module with timed steps, begun on the agenda (its timed steps not started),
for the tests of the rotation panel and of the room's screen while groups go through them."""

import datetime as dt
import sqlite3
from collections.abc import Callable

from meetingkit.core.agenda import AgendaItem
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.training import create_training
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.main_window import MainWindow


class QuietChime:
    enabled = True

    def play(self) -> None:
        pass


def at_rotation(
    make_window: Callable[[], MainWindow],
    conn: sqlite3.Connection,
    slug: str = "one-on-ones",
    title: str | None = None,
) -> tuple[MainWindow, AgendaRunner, AgendaItem]:
    """A training of the bundled curriculum `slug`, its meeting started and its module titled
    `title` (else its first with timed steps) under way, the runner showing it, its chime
    quiet: the window, the runner and the module's item."""
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    assert curriculum is not None, problems
    create_training(conn, curriculum, dt.date(2026, 11, 21), dt.time(19))
    window = make_window()
    runner = window.meetings_page.view.agenda_tab.runner
    runner.rotation_panel.chime = QuietChime()  # type: ignore[assignment]
    session = runner.session
    assert session is not None
    item = next(i for i in session.items if (i.title == title if title else i.rotation is not None))
    runner.act_start_meeting.trigger()
    session.start_item(item.key)
    runner.refresh()
    return window, runner, item
