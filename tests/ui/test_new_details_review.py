"""A phone signs in under a known person's first name and number with an email: the record
stays as it is (it took the email, and the follow-ups went to whoever signed in); a quiet
count on the Sign-in tab and the People page leads to the details, grouped by person, and
the organizer adds them to the record or leaves them out."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.services.new_details_review import NewDetailDecisions, NewDetailsReview
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.new_details_dialog import NewDetailsDialog
from tests.ui.test_accessibility import problems
from tests.ui.test_signin_screen import open_signin, phone_signs_in

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )


@pytest.fixture
def rosa(conn: sqlite3.Connection) -> Person:
    return PeopleStore(conn).add(Person("Rosa", "Delgado", phone="(312) 555-0104"))


def _button(dialog: NewDetailsDialog, text: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def _texts(dialog: NewDetailsDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_organizer_adds_the_email_a_phone_gave_from_the_signin_tab(
    qtbot: QtBot,
    meeting: Meeting,
    rosa: Person,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    tab = open_signin(window, qtbot)
    try:
        url = tab.session.url()  # type: ignore[union-attr]
        assert not tab.new_details_button.isVisible()
        assert phone_signs_in(url, first_name="Rosa", phone="312.555.0104", email="r@x.org") == 303
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    finally:
        window.toggle_signin()
    assert PeopleStore(conn).get(rosa.key) == rosa
    assert tab.new_details_button.isVisible()
    assert tab.new_details_button.text().startswith("Review new details for 1 person")
    seen: list[str] = []

    def show_for(_cls: type, parent: object, review: NewDetailDecisions) -> None:
        dialog = NewDetailsDialog(review, None)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(_texts(dialog))
        assert problems(dialog) == []
        qtbot.mouseClick(_button(dialog, "Add to record"), Qt.MouseButton.LeftButton)
        seen.append(_texts(dialog))

    monkeypatch.setattr(NewDetailsDialog, "show_for", classmethod(show_for))
    qtbot.mouseClick(tab.new_details_button, Qt.MouseButton.LeftButton)
    assert "Rosa Delgado · (312) 555-0104" in seen[0]
    assert "Email: r@x.org\nsigned in at Night shift assembly" in seen[0]
    assert "Nothing to review." in seen[1]
    assert PeopleStore(conn).get(rosa.key).email == "r@x.org"
    assert not tab.new_details_button.isVisible()


def test_the_people_page_counts_them_and_leaving_one_out_keeps_the_record(
    qtbot: QtBot,
    meeting: Meeting,
    rosa: Person,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.show_people()  # built before anyone signs in: it counts again when shown
    session = window.meetings_page.view.signin_tab.session
    assert session is not None
    session.kiosk_sign_in({"first_name": "Rosa", "phone": "3125550104", "email": "r@x.org"})
    window.show_meetings()
    window.show_people()
    button = window.people_page.new_details_button
    assert button.isVisible()
    assert button.text().startswith("Review new details for 1 person")
    reviewed: list[int] = []

    def show_for(_cls: type, _parent: object, review: NewDetailsReview) -> None:
        reviewed.append(review.count())
        dialog = NewDetailsDialog(review, None)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(_button(dialog, "Leave out"), Qt.MouseButton.LeftButton)

    monkeypatch.setattr(NewDetailsDialog, "show_for", classmethod(show_for))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reviewed == [1]
    assert PeopleStore(conn).get(rosa.key) == rosa
    assert not button.isVisible()


def test_a_different_phone_shows_what_the_record_says_now(
    qtbot: QtBot, meeting: Meeting, conn: sqlite3.Connection
) -> None:
    PeopleStore(conn).add(Person("Ana", email="ana@example.org", phone="312 555 0100"))
    from meetingkit.core.signin import FormSettings, check_submission
    from meetingkit.storage.signin import SignInStore

    submission = check_submission(
        {"first_name": "Ana", "email": "ana@example.org", "phone": "773 555 0199"},
        FormSettings(("first_name", "phone", "email")),
    )
    SignInStore(conn).record(meeting.key, submission, "n", source="phone", language="en", now_ms=0)
    dialog = NewDetailsDialog(NewDetailsReview(conn))
    qtbot.addWidget(dialog)
    assert "Phone: 773 555 0199\ninstead of 312 555 0100 · signed in at Night shift" in _texts(
        dialog
    )
