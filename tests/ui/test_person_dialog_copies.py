"""New person and Edit person: a phone number and an email address must be ones, and a copy
of someone already in People is asked about before it is saved (qa4 §9)."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meetingkit.core.already_there import AlreadyThere, Shared
from meetingkit.core.person import Person
from meetingkit.storage.people import PeopleStore
from meetingkit.ui import person_dialog
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.person_dialog import (
    AlreadyThereQuestion,
    Choice,
    PersonDialog,
    PersonForm,
)
from tests.ui.marked_translation import marked_qm, speaking

ROSA = Person("Rosa", "Delgado", "rosa.delgado@example.org", "(312) 555-0104")


@pytest.fixture
def people(conn: sqlite3.Connection) -> PeopleStore:
    store = PeopleStore(conn)
    store.add(ROSA)
    store.add(Person("Tom", "Delgado", phone="(312) 555-0104"))  # the family phone
    return store


def answering(monkeypatch: pytest.MonkeyPatch, choice: Choice) -> list[tuple[AlreadyThere, bool]]:
    asked: list[tuple[AlreadyThere, bool]] = []

    def ask(_cls: type, _parent: object, same: AlreadyThere, adding: bool) -> Choice:
        asked.append((same, adding))
        return choice

    monkeypatch.setattr(AlreadyThereQuestion, "ask", classmethod(ask))
    return asked


def filled(qtbot: QtBot, people: PeopleStore, person: Person, typed: Person) -> PersonDialog:
    dialog = PersonDialog(person, "New person", people=people)
    qtbot.addWidget(dialog)
    dialog.first_name_edit.setText(typed.first_name)
    dialog.last_name_edit.setText(typed.last_name)
    dialog.email_edit.setText(typed.email)
    dialog.phone_edit.setText(typed.phone)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("choice", "stays_open", "open_instead"),
    [(Choice.OPEN, False, True), (Choice.BACK, True, False)],
)
def test_adding_an_exact_copy_asks_to_open_the_one_there(
    qtbot: QtBot,
    people: PeopleStore,
    monkeypatch: pytest.MonkeyPatch,
    choice: Choice,
    stays_open: bool,
    open_instead: bool,
) -> None:
    asked = answering(monkeypatch, choice)
    dialog = filled(qtbot, people, Person(""), ROSA)
    dialog.accept()
    (same, adding), *_ = asked
    assert (same.person.display_name, same.shared, adding) == ("Rosa Delgado", Shared.PHONE, True)
    assert dialog.isVisible() is stays_open
    rosa_id = people.search("rosa").people[0].id
    assert dialog.open_instead == (rosa_id if open_instead else None)


def test_someone_else_on_the_family_phone_is_added_without_a_question(
    qtbot: QtBot, people: PeopleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Choice.BACK)
    dialog = filled(qtbot, people, Person(""), Person("Ana", "Delgado", phone="3125550104"))
    dialog.accept()
    assert asked == []
    assert not dialog.isVisible()


def test_text_that_is_no_phone_number_is_refused_with_a_reason(
    qtbot: QtBot, people: PeopleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Choice.SAVE)
    typed = Person("Phonejunk", phone="call me after 5", email="a@b.org")
    dialog = filled(qtbot, people, Person(""), typed)
    dialog.accept()
    assert dialog.isVisible()
    assert "7 to 15 digits" in dialog.error_label.text()
    assert asked == []


@pytest.mark.parametrize(
    ("email", "reason"),
    [
        ("a@b", "after the @ it needs a domain with a dot"),
        ("ana.example.org", "it needs a name, one @ and a domain"),
        ("ana lima@example.org", "has a space in it"),
    ],
)
def test_text_that_is_no_email_address_is_refused_with_a_reason(
    qtbot: QtBot, people: PeopleStore, monkeypatch: pytest.MonkeyPatch, email: str, reason: str
) -> None:
    """No card can be sent to "a@b": the dialog stays open and says what is missing, as
    the phone form and the roster import would."""
    asked = answering(monkeypatch, Choice.SAVE)
    dialog = filled(qtbot, people, Person(""), Person("Ana", email=email))
    dialog.accept()
    assert dialog.isVisible()
    assert f"“{email}”" in dialog.error_label.text()
    assert reason in dialog.error_label.text()
    assert asked == []


def test_editing_someone_into_a_copy_of_another_warns(
    qtbot: QtBot, people: PeopleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Choice.SAVE)
    tom = people.search("tom").people[0]
    dialog = filled(qtbot, people, tom, Person("Rosa", "Delgado", phone=tom.phone))
    dialog.accept()
    (same, adding), *_ = asked
    assert (same.person.display_name, adding) == ("Rosa Delgado", False)
    assert not dialog.isVisible()  # saved anyway, as asked
    asked.clear()
    unchanged = filled(qtbot, people, tom, tom)
    unchanged.accept()  # Tom saved as he is: he is not a copy of himself
    assert asked == []


def test_the_question_names_the_person_and_offers_to_open_them(
    qtbot: QtBot, people: PeopleStore
) -> None:
    rosa = people.search("rosa").people[0]
    seen: list[tuple[str, list[str]]] = []

    def click_open() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = sorted(b.text() for b in box.buttons())  # laid out by the platform's order
        seen.append((box.text(), buttons))
        next(b for b in box.buttons() if b.text() == "Open Rosa Delgado").click()

    QTimer.singleShot(0, click_open)
    choice = AlreadyThereQuestion.ask(None, AlreadyThere(rosa, Shared.PHONE), adding=True)
    assert choice == Choice.OPEN
    assert seen == [
        (
            "Rosa Delgado, with this phone number, is already in People. Open that record "
            "instead of adding a copy?",
            ["Add anyway", "Go back", "Open Rosa Delgado"],
        )
    ]


def test_the_question_is_translated(
    qapp: QApplication, tmp_path: Path, people: PeopleStore
) -> None:
    rosa = people.search("rosa").people[0]
    qm = marked_qm(tmp_path, ["person_dialog.py"], ("ES ", "ES "))
    with speaking(qm):
        text = person_dialog._question(AlreadyThere(rosa, Shared.EMAIL), adding=False)
    assert text.startswith("ES Rosa Delgado, with this email address")


def test_new_person_opens_the_one_already_there_instead(
    conn: sqlite3.Connection,
    people: PeopleStore,
    make_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    rosa = people.search("rosa").people[0]
    answers = [PersonForm(ROSA, open_instead=rosa.key), None]
    opened: list[Person] = []

    def ask(
        _cls: type, _parent: object, person: Person, *_args: object, **_kwargs: object
    ) -> PersonForm | None:
        opened.append(person)
        return answers.pop(0)

    monkeypatch.setattr(PersonDialog, "ask", classmethod(ask))
    window.new_person()
    assert [p.display_name for p in opened] == ["", "Rosa Delgado"]  # new, then Rosa's own
    assert opened[1].id == rosa.key
    assert window.pages.currentWidget() is window.people_page
    assert window.people_page.current_person() == rosa
    assert PeopleStore(conn).count() == 2  # no copy added
