"""Printing role cards from the app: the Roles tab's "Print role cards…" button and the Meeting
menu's item save the PDF where the person says, open it for printing, say so in the status bar,
and log it with the other printouts that name people. A role nobody holds gets a card to fill
in, unless the box beside the button is unticked."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting, Role
from meetingkit.services.demo import Demo
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Alert
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath
from tests.pdf_reading import needs, page_texts, pdf_text

MakeWindow = Callable[..., MainWindow]

pytestmark = needs("pdftotext")


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, str, Path]]:
    """Answers the save dialog with a file in `tmp_path`; records what it was asked (title,
    suggested name) and what was opened for printing. The desktop has no PDF viewer."""
    asked: list[tuple[str, str, Path]] = []
    target = tmp_path / "roles.pdf"

    def ask(_cls: object, _parent: object, title: str, filename: str, *_a: object) -> Path:
        asked.append((title, filename, target))
        return target

    monkeypatch.setattr(SavePath, "ask", classmethod(ask))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, _p: False))
    return asked


def test_the_roles_tab_prints_a_card_for_each_role_and_says_where(
    make_window: MakeWindow,
    demo: Demo,
    saved: list[tuple[str, str, Path]],
    conn: sqlite3.Connection,
) -> None:
    window = make_window()
    view = window.meetings_page.view
    view.show_roles()
    panel = view.roles_panel
    assert panel.print_button.isVisible()
    assert panel.print_button.text() == "Print role &cards…"
    assert panel.blank_check.isChecked()
    panel.print_button.click()
    [(title, filename, target)] = saved
    assert title == "Print role cards (3 per Letter, Avery 5388)"
    assert filename.startswith("role-cards-2026-11-21-safe-staffing")
    text = pdf_text(target)
    for role, name in (
        ("Facilitator", "Dele"),
        ("Timekeeper", "Omar"),
        ("Stack keeper", "Keisha"),
        ("Greeter", "Marisol"),
        ("Greeter", "Sofía"),
    ):
        assert f"{role} {name} " in text
    assert "Watches the clock and calls time about five minutes early." in text
    assert len(page_texts(target)) == 3  # eight holders (two greeters), three to a sheet
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Saved {target}: 8 role card")
    assert message.endswith("in a PDF viewer to print them.") or message.endswith("print it.")
    entry = ExportLog(conn).entries(demo.meeting_id)[0]  # the newest
    assert (entry.kind, entry.file_name, entry.rows) == (ExportKind.ROLE_CARDS, "roles.pdf", 8)


def test_the_cards_are_gathered_once_for_the_check_and_the_print(
    make_window: MakeWindow,
    demo: Demo,
    saved: list[tuple[str, str, Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check before the save dialog (nothing to print is said first) gathers the cards,
    and the print prints what it gathered: the roles, agenda and floor are read once."""
    from meetingkit.services.printing import role_cards as module

    made: list[int] = []

    def counted(*args: object, **kwargs: object) -> object:
        made.append(1)
        return real(*args, **kwargs)

    real = module.role_cards
    monkeypatch.setattr(module, "role_cards", counted)
    window = make_window()
    window.meetings_page.view.roles_panel.print_role_cards()
    assert "Timekeeper Omar" in pdf_text(saved[0][2])
    assert len(made) == 1


def _meeting_with_a_facilitator(window: MainWindow, conn: sqlite3.Connection, demo: Demo) -> int:
    """A new meeting where only Dele has a role, selected in the window."""
    meetings = MeetingStore(conn)
    meeting = meetings.create(Meeting("Vigil planning", dt.date(2026, 11, 28), dt.time(18)))
    meetings.assign(meeting.key, Role.FACILITATOR, demo.person_ids[0])
    window.meetings_page.reload()
    window.meetings_page.select_meeting(meeting.key)
    return meeting.key


def test_a_role_nobody_holds_gets_a_card_to_fill_in_unless_unticked(
    make_window: MakeWindow,
    demo: Demo,
    saved: list[tuple[str, str, Path]],
    conn: sqlite3.Connection,
) -> None:
    window = make_window()
    _meeting_with_a_facilitator(window, conn, demo)
    panel = window.meetings_page.view.roles_panel
    panel.print_role_cards()
    target = saved[-1][2]
    assert pdf_text(target).count("Name") == len(Role) - 1
    panel.blank_check.setChecked(False)
    panel.print_role_cards()
    text = pdf_text(target)
    assert "Facilitator" in text
    assert "Name" not in text
    assert "Timekeeper" not in text


def test_nobody_holding_a_role_is_said_before_the_save_dialog(
    make_window: MakeWindow,
    demo: Demo,
    saved: list[tuple[str, str, Path]],
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    meeting_id = _meeting_with_a_facilitator(window, conn, demo)
    MeetingStore(conn).unassign(meeting_id, Role.FACILITATOR, demo.person_ids[0])
    said: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _t, text: said.append(text)))
    panel = window.meetings_page.view.roles_panel
    panel.blank_check.setChecked(False)
    panel.print_role_cards()
    assert saved == []
    assert said
    assert said[0].startswith("Nobody holds a role in this meeting yet.")


def test_cancelling_the_save_dialog_prints_and_logs_nothing(
    make_window: MakeWindow, demo: Demo, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    before = len(ExportLog(conn).entries())
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda *_a, **_k: None))
    shown: list[Path] = []
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, p: shown.append(p)))
    window.meetings_page.view.roles_panel.print_role_cards()
    assert shown == []
    assert len(ExportLog(conn).entries()) == before


def test_the_meeting_menu_prints_them_too(
    make_window: MakeWindow, demo: Demo, saved: list[tuple[str, str, Path]]
) -> None:
    window = make_window()
    window.meeting_menu.aboutToShow.emit()
    texts = [a.text() for a in window.meeting_menu.actions()]
    assert "Print role cards &for this meeting…" in texts
    assert window.act_print_role_cards.isEnabled()
    window.act_print_role_cards.trigger()  # the Roles tab was never opened
    [(_, _, target)] = saved
    assert "Timekeeper Omar" in pdf_text(target)


def test_the_roles_tabs_letters_reach_one_thing(make_window: MakeWindow, demo: Demo) -> None:
    from tests.ui.test_mnemonics import clashes

    window = make_window()
    view = window.meetings_page.view
    panel = view.roles_panel
    top = [a.text() for a in window.menuBar().actions()]
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    mine = [panel.print_button.text(), panel.blank_check.text()]
    assert clashes(top + tabs + mine) == {}


def test_the_stack_keepers_card_has_the_floor_tabs_keys() -> None:
    from meetingkit.core.role_card import STACK_KEYS
    from meetingkit.ui.floor_tab import ADD_KEYS

    assert tuple(STACK_KEYS) == tuple(ADD_KEYS)
