"""The review of new details from sign-in shows, after a person's details, what their
sign-in agreed to beyond what they had, in plain words, for the organizer to accept (it then
counts) or leave out."""

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.new_details_review import NewDetailsReview
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.new_details_dialog import NewDetailsDialog
from tests.ui.test_accessibility import problems


def test_the_organizer_accepts_one_and_leaves_the_other_out(
    qtbot: QtBot, conn: sqlite3.Connection
) -> None:
    meeting = MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )
    PeopleStore(conn).add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    answers = {"first_name": "Rosa", "phone": "312.555.0104", "email": "r@x.org"}
    answers |= {"consent_contact_email": "yes", "consent_photo": "yes"}
    submission = check_submission(answers, FormSettings(("first_name", "phone", "email")))
    SignInStore(conn).record(meeting.key, submission, "n", source="phone", language="es", now_ms=0)
    dialog = NewDetailsDialog(NewDetailsReview(conn))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Email: r@x.org\nsigned in at Night shift assembly" in texts
    assert (
        "OK to email them about the group's work\n"
        "signed in at Night shift assembly · not counted until you accept it"
    ) in texts
    assert "OK to take and share photos they are in\n" in texts
    assert problems(dialog) == []
    accept = [b for b in dialog.findChildren(QPushButton) if b.text() == "Accept"]
    assert [b.accessibleName() for b in accept] == [
        "Accept — Rosa Delgado: OK to email them about the group's work",
        "Accept — Rosa Delgado: OK to take and share photos they are in",
    ]
    qtbot.mouseClick(accept[0], Qt.MouseButton.LeftButton)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the list as it is now
    [leave_photo] = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.accessibleName() == "Leave out — Rosa Delgado: OK to take and share photos they are in"
    ]
    qtbot.mouseClick(leave_photo, Qt.MouseButton.LeftButton)
    [rosa] = AttendeeRecords(conn).for_meeting(meeting.key)
    assert rosa.consents == {"contact_email"}
    assert NewDetailsReview(conn).count() == 1  # the email address itself still waits
