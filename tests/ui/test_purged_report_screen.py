"""A purged meeting on screen: its Report shows the counts kept and says the names are gone;
and the Forget confirmation says everything forgetting removes, and what it cannot reach."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.services.demo import Demo
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.report_tab import ReportTab


@pytest.fixture
def tab(qtbot: QtBot, conn: sqlite3.Connection, clock: ManualClock) -> ReportTab:
    widget = ReportTab(MeetingReports(conn, clock))
    qtbot.addWidget(widget)
    return widget


def test_a_purged_meeting_reports_who_came_from_the_counts_kept(
    tab: ReportTab, conn: sqlite3.Connection, demo: Demo, clock: ManualClock
) -> None:
    came = len(AttendanceStore(conn).present(demo.meeting_id))
    tab.show_meeting(MeetingStore(conn).get(demo.meeting_id))
    assert tab.purged_label.isHidden()
    tab.facilitator_check.setChecked(True)
    purge_meeting(conn, demo.meeting_id, clock)
    tab.refresh()

    figure, caption = tab.figures[0]
    assert (figure.text(), caption.text()) == (str(came), "attended")
    assert tab.attendance_label.text().startswith(f"{came} people attended")
    assert not tab.purged_label.isHidden()
    assert tab.purged_label.text().startswith("Names purged on ")
    assert "only the anonymous counts kept" in tab.purged_label.text()
    # Every profession row is big enough not to point at anyone, or the combined rest.
    rows = [
        (tab.professions_model.index(r, 0).data(), int(tab.professions_model.index(r, 1).data()))
        for r in range(tab.professions_model.rowCount())
    ]
    assert rows
    assert all(n >= 3 or label == "Other professions" for label, n in rows)
    assert sum(n for _, n in rows) == came
    # Nothing per person is left: no facilitator's copy to ask for.
    assert not tab.facilitator_check.isEnabled()
    assert not tab.facilitator_check.isChecked()
    assert tab.copy_label.isHidden()
    assert tab.people_model.rowCount() == tab.committed_model.rowCount() == 0
    assert tab.stack_label.text() == "The floor's log and its turns were removed with the names."


def test_the_forget_confirmation_lists_what_goes_and_says_backups_keep_them(
    make_window: Callable[[], MainWindow], demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def ask(_cls: type, *args: object) -> bool:
        asked.append(args)
        return False

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    window = make_window()
    window.find_people()
    window.people_page.search_edit.setText("dele")
    window.act_forget_person.trigger()
    text = str(asked[0][2])
    assert text.startswith("Forget Dele Okonkwo?")
    for gone in ("attendance", "sign-ins", "stack entries and turns", "commitments and follow-ups"):
        assert gone in text
    assert "Backups made before now still contain them" in text
