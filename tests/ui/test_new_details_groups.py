"""New details from sign-in lists the groups a sign-in matched to a known person ticked that
her record lacks, for the organizer to accept (then they count) or leave out."""

import datetime as dt
import sqlite3

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.new_details_dialog import NewDetailsDialog

FORM = FormSettings(("first_name", "phone"), (), ("Night shift", "Spanish speaking"))


def test_a_waiting_group_is_listed_and_accepted(qtbot: QtBot, conn: sqlite3.Connection) -> None:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    rosa = PeopleStore(conn).add(Person("Rosa", "Delgado", phone="312 555 0104")).key
    answers = {"first_name": "Rosa", "phone": "3125550104", "group_2": "Spanish speaking"}
    SignInStore(conn).record(
        meeting.key, check_submission(answers, FORM), "n1", source="kiosk", language="en",
        now_ms=1_795_000_000_000,
    )  # fmt: skip
    review = NewDetailsReview(conn, meeting.key)
    dialog = NewDetailsDialog(review)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(t.startswith("In the group: Spanish speaking\n") for t in labels)
    assert any("not counted until you accept it" in t for t in labels)
    [accept] = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.accessibleName() == "Accept — Rosa Delgado: In the group: Spanish speaking"
    ]
    accept.click()
    assert PeopleStore(conn).categories([rosa])[rosa] == {"Spanish speaking"}
    assert review.count() == 0
