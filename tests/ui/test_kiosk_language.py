"""The kiosk speaks the app's language: its form, its consents, its answers to mistakes, and
the consent wording it records are all in the language the person read at the laptop."""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from meetingkit.core.clock import ManualClock
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import CONSENTS
from meetingkit.services.data_dir import database_path
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui import language as app_language
from meetingkit.ui.kiosk import KioskWindow


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's language while the kiosk is made: English, or Spanish installed."""
    app_language.install(qapp, request.param)
    yield request.param
    app_language.install(qapp, "en")


@pytest.fixture
def kiosk(qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, language: str) -> KioskWindow:
    meeting = MeetingStore(conn).create(Meeting("Assembly", dt.date(2026, 11, 21), dt.time(19)))
    session = SignInSession(meeting, conn, database_path(data_dir), ManualClock(1.8e9))
    window = KioskWindow(session)
    qtbot.addWidget(window)
    return window


def test_the_form_and_the_recorded_consent_are_in_the_apps_language(
    qtbot: QtBot, kiosk: KioskWindow, conn: sqlite3.Connection, language: str
) -> None:
    """A consent is recorded in the words the person ticked, and those are the app's."""
    photo = next(c for c in CONSENTS if c.key == "photo")
    first_name = next(s for s in kiosk._session.settings().form.specs() if s.name == "first_name")
    assert kiosk.language == language
    assert kiosk.consents["photo"].text() == photo.wording_in(language)
    labels = [w.text() for w in kiosk.findChildren(QLabel)]
    assert first_name.label_in(language) in labels
    assert (first_name.label["en"] in labels) == (language == "en")

    kiosk.sign_in()  # nothing typed: the mistake is told in the same language
    assert kiosk.error.text() == {"en": "Please give a name.", "es": "Escribe tu nombre."}[language]

    name = kiosk.inputs["first_name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Marisol")
    kiosk.consents["photo"].setChecked(True)
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    [signed] = SignInStore(conn).signed_in(kiosk._session.meeting.key)
    assert (signed.first_name, signed.language) == ("Marisol", language)
    recorded = conn.execute("SELECT key, wording FROM consents").fetchall()
    assert [tuple(r) for r in recorded] == [("photo", photo.wording_in(language))]
