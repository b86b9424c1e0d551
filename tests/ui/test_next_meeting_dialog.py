"""The "Next meeting from this one" dialog: a date a month on, and every carried thing ticked
until the facilitator unticks it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meetingkit.core.carry_over import CHECK_IN_TITLE, CarryPlan
from meetingkit.core.meeting import Meeting, Role
from meetingkit.services.demo import Demo
from meetingkit.services.next_meeting import create_next, draft_next, plan_next
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.next_meeting_dialog import NextMeetingDialog

from .conftest import TODAY


@pytest.fixture
def tonight(conn: sqlite3.Connection, demo: Demo) -> Meeting:
    return MeetingStore(conn).get(demo.meeting_id)


@pytest.fixture
def dialog(qtbot: QtBot, conn: sqlite3.Connection, tonight: Meeting) -> NextMeetingDialog:
    widget = NextMeetingDialog(tonight, draft_next(tonight, TODAY), plan_next(conn, tonight))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_it_proposes_next_month_and_carries_everything_by_default(
    dialog: NextMeetingDialog, conn: sqlite3.Connection, tonight: Meeting
) -> None:
    assert dialog.date_edit.date() == QDate(2026, 12, 19)  # the third Saturday, as tonight
    assert dialog.title_edit.text() == "Safe Staffing Working Group — December"
    choice = dialog.choice()
    assert choice.plan == plan_next(conn, tonight)
    assert choice.meeting.id is None
    assert choice.meeting.start == tonight.start
    assert dialog.check_in_box is not None
    assert dialog.check_in_box.isChecked()
    assert all(box.isChecked() for box, _ in [*dialog.item_boxes, *dialog.role_boxes])


def test_unticked_things_stay_behind(dialog: NextMeetingDialog, qtbot: QtBot) -> None:
    first_item, first_role = dialog.item_boxes[0], dialog.role_boxes[0]
    assert dialog.check_in_box is not None
    for box in (dialog.check_in_box, first_item[0], first_role[0]):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    plan = dialog.choice().plan
    assert plan.check_in is None
    assert first_item[1] not in plan.unfinished
    assert len(plan.unfinished) == len(dialog.item_boxes) - 1
    assert first_role[1] not in plan.roles
    assert len(plan.roles) == len(dialog.role_boxes) - 1


def test_the_date_buttons_and_the_title_follow_each_other_until_the_title_is_typed(
    dialog: NextMeetingDialog, qtbot: QtBot
) -> None:
    qtbot.mouseClick(dialog.week_button, Qt.MouseButton.LeftButton)
    assert dialog.choice().meeting.date == dt.date(2026, 11, 28)
    assert dialog.title_edit.text() == "Safe Staffing Working Group — November"
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    assert dialog.choice().meeting.date == dt.date(2026, 12, 19)
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Winter kickoff")
    qtbot.mouseClick(dialog.week_button, Qt.MouseButton.LeftButton)
    assert dialog.title_edit.text() == "Winter kickoff"


def test_a_meeting_without_a_title_is_refused_with_a_reason(
    dialog: NextMeetingDialog, qtbot: QtBot
) -> None:
    dialog.title_edit.clear()
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "title" in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText


def test_nothing_to_carry_is_said_plainly(
    qtbot: QtBot, tonight: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = NextMeetingDialog(tonight, draft_next(tonight, TODAY), CarryPlan())
    qtbot.addWidget(widget)
    assert widget.check_in_box is None
    assert not widget.item_boxes
    assert not widget.role_boxes
    monkeypatch.setattr(NextMeetingDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert NextMeetingDialog.ask(None, tonight, draft_next(tonight, TODAY), CarryPlan()) is None


def test_what_the_dialog_chose_is_what_the_new_meeting_gets(
    conn: sqlite3.Connection, tonight: Meeting, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def untick_roles_and_accept(self: NextMeetingDialog) -> QDialog.DialogCode:
        qtbot.addWidget(self)
        for box, _ in self.role_boxes:
            box.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NextMeetingDialog, "exec", untick_roles_and_accept)
    choice = NextMeetingDialog.ask(
        None, tonight, draft_next(tonight, TODAY), plan_next(conn, tonight)
    )
    assert choice is not None
    made = create_next(conn, tonight, choice.meeting, choice.plan)
    titles = [i.title for i in AgendaStore(conn).items(made.meeting.key)]
    assert titles[0] == CHECK_IN_TITLE
    assert len(titles) == 1 + len(choice.plan.unfinished)
    assert MeetingStore(conn).roles(made.meeting.key) == []
    assert Role.FACILITATOR not in {r.role for r in choice.plan.roles}


def test_an_item_title_is_shown_as_typed_even_with_a_percent_sign(
    qtbot: QtBot, conn: sqlite3.Connection, tonight: Meeting
) -> None:
    """Titles go into the sentence in one pass: a "%2" someone typed is not taken for the
    place of the minutes (it was, when the title was put in first)."""
    plan = plan_next(conn, tonight)
    typed = "Dues: 2%2 or 3%?"
    first = plan.unfinished[0]
    plan = replace(plan, unfinished=(replace(first, title=typed), *plan.unfinished[1:]))
    widget = NextMeetingDialog(tonight, draft_next(tonight, TODAY), plan)
    qtbot.addWidget(widget)
    box = widget.item_boxes[0][0]
    assert box.text().startswith(f"{typed} · {first.planned_minutes} min")
