"""Each person in the review of new details from sign-in has one "Accept all (it was them)":
at a first assembly every regular's first sign-in leaves a few consents waiting, and the
organizer who knows it was them takes them all in one press, by mouse or keyboard, then goes
on to the next person. The single buttons stay; the counts on the Sign-in tab and the People
page follow."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.core.signin import FormSettings, check_submission
from meetingkit.services.new_details_review import NewDetailDecisions, NewDetailsReview
from meetingkit.storage.attendee_records import AttendeeRecords
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.new_details_dialog import NewDetailsDialog
from tests.ui.test_accessibility import problems

MakeWindow = Callable[[], MainWindow]
FORM = FormSettings(("first_name", "phone", "email"))
EVERY_BOX = {f"consent_{c}": "yes" for c in ("contact_email", "contact_text", "photo", "show_name")}


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(Meeting("First assembly", dt.date(2026, 11, 21), dt.time(19)))


@pytest.fixture
def regulars(conn: sqlite3.Connection, meeting: Meeting) -> tuple[Person, Person]:
    """Two people from the roster, agreeing to nothing yet, at their first sign-in: Rosa
    gives an email and ticks every box, Ana ticks two."""
    people = PeopleStore(conn)
    rosa = people.add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    ana = people.add(Person("Ana", "Lima", phone="(312) 555-0100"))
    store = SignInStore(conn)
    for nonce, answers in (
        (
            "rosa-nonce-xxxx",
            {"first_name": "Rosa", "phone": "3125550104", "email": "r@x.org"} | EVERY_BOX,
        ),
        (
            "ana-nonce-xxxxx",
            {
                "first_name": "Ana",
                "phone": "3125550100",
                "consent_photo": "yes",
                "consent_show_name": "yes",
            },
        ),
    ):
        submission = check_submission(answers, FORM)
        store.record(meeting.key, submission, nonce, source="phone", language="en", now_ms=0)
    return rosa, ana


def _accept_all(dialog: NewDetailsDialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.objectName() == "accept_all"]


def _consents(conn: sqlite3.Connection, meeting: Meeting) -> dict[str, frozenset[str]]:
    return {a.person.first_name: a.consents for a in AttendeeRecords(conn).for_meeting(meeting.key)}


def _rebuilt() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_one_key_press_per_person_accepts_all_and_goes_on_to_the_next(
    qtbot: QtBot, conn: sqlite3.Connection, meeting: Meeting, regulars: tuple[Person, Person]
) -> None:
    rosa, _ana = regulars
    dialog = NewDetailsDialog(NewDetailsReview(conn))
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems(dialog) == []
    buttons = _accept_all(dialog)
    assert [b.text() for b in buttons] == ["Accept all (it was them)"] * 2
    assert [b.accessibleName() for b in buttons] == [
        "Accept all (it was them) — Ana Lima",
        "Accept all (it was them) — Rosa Delgado",
    ]
    singles = [b.text() for b in dialog.findChildren(QPushButton) if b not in buttons]
    assert singles.count("Accept") == 6
    assert singles.count("Add to record") == 1
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    _rebuilt()
    assert _consents(conn, meeting) == {"Ana": {"photo", "show_name"}, "Rosa": frozenset()}
    [rosa_button] = _accept_all(dialog)
    assert rosa_button.accessibleName().endswith("Rosa Delgado")
    assert dialog.focusWidget() is rosa_button  # the keyboard carries on with the next person
    qtbot.keyClick(rosa_button, Qt.Key.Key_Space)
    _rebuilt()
    assert PeopleStore(conn).get(rosa.key).email == "r@x.org"
    assert _consents(conn, meeting)["Rosa"] == {
        "contact_email",
        "contact_text",
        "photo",
        "show_name",
    }
    assert "Nothing to review." in [label.text() for label in dialog.findChildren(QLabel)]
    assert NewDetailsReview(conn).count() == 0


def test_the_people_page_and_signin_tab_counts_follow(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    meeting: Meeting,
    regulars: tuple[Person, Person],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.meetings_page.view.show_signin()
    tab = window.meetings_page.view.signin_tab
    tab.refresh()
    assert tab.new_details_button.text().startswith("Review new details for 2 ")

    def accept_first(_cls: type, _parent: object, review: NewDetailDecisions) -> None:
        dialog = NewDetailsDialog(review, None)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(_accept_all(dialog)[0], Qt.MouseButton.LeftButton)

    monkeypatch.setattr(NewDetailsDialog, "show_for", classmethod(accept_first))
    qtbot.mouseClick(tab.new_details_button, Qt.MouseButton.LeftButton)
    assert tab.new_details_button.text().startswith("Review new details for 1 person")
    window.show_people()
    button = window.people_page.new_details_button
    assert button.isVisible()
    assert button.text().startswith("Review new details for 1 person")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isVisible()
    assert NewDetailsReview(conn).count() == 0
    window.show_meetings()
    window.meetings_page.view.show_signin()
    tab.refresh()
    assert not tab.new_details_button.isVisible()


def test_accept_all_is_off_once_only_a_choice_between_two_values_is_left(
    qtbot: QtBot, conn: sqlite3.Connection, meeting: Meeting
) -> None:
    # Rosa's sign-ins at two meetings gave two emails, and the first ticked a box: Accept all
    # takes the consent and leaves the emails to choose from. Its button stayed as it was, and
    # pressing it again did nothing at all.
    later = MeetingStore(conn).create(Meeting("December", dt.date(2026, 12, 5), dt.time(19)))
    PeopleStore(conn).add(Person("Rosa", "Delgado", phone="(312) 555-0104"))
    store = SignInStore(conn)
    for at, nonce, answers in (
        (meeting, "rosa-nonce-one1", {"email": "r@x.org", "consent_photo": "yes"}),
        (later, "rosa-nonce-two2", {"email": "rosa@y.org"}),
    ):
        answers |= {"first_name": "Rosa", "phone": "3125550104"}
        submission = check_submission(answers, FORM)
        store.record(at.key, submission, nonce, source="phone", language="en", now_ms=0)
    dialog = NewDetailsDialog(NewDetailsReview(conn))
    qtbot.addWidget(dialog)
    dialog.show()
    [button] = _accept_all(dialog)
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    _rebuilt()
    [button] = _accept_all(dialog)
    assert not button.isEnabled()
    assert "two different values" in button.toolTip()
    focused = dialog.focusWidget()
    assert isinstance(focused, QPushButton)
    assert focused.accessibleName() == "Add to record — Rosa Delgado, Email: r@x.org"
    assert problems(dialog) == []
