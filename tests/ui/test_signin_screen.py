"""The sign-in screen with its server running: phones, the kiosk, duplicates, the board."""

import datetime as dt
import http.client
import re
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode, urlparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.core.person import Person
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.signin import SignInStore
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.signin_tab import SignInTab

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def meeting(conn: sqlite3.Connection) -> Meeting:
    return MeetingStore(conn).create(
        Meeting("Night shift assembly", dt.date(2026, 11, 21), dt.time(19))
    )


def free_port() -> int:
    """A port nothing on this machine listens on now (another run, a facilitator's server)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def open_signin(window: MainWindow, qtbot: QtBot) -> SignInTab:
    tab = window.meetings_page.view.signin_tab
    window.meetings_page.view.show_signin()
    tab.address_combo.setCurrentIndex(tab.address_combo.findData("127.0.0.1"))
    tab.port_spin.setValue(free_port())
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.session is not None
    assert tab.session.is_open
    return tab


def phone_signs_in(url: str, **fields: str) -> int:
    parsed = urlparse(url)
    host = f"{parsed.hostname}:{parsed.port}"
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
    conn.request("GET", parsed.path, headers={"Host": host})
    response = conn.getresponse()
    cookie = response.getheader("set-cookie", "").split(";")[0]
    page = response.read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    body = urlencode({"csrf": csrf, "nonce": nonce, **fields})
    conn.request(
        "POST",
        parsed.path,
        body=body,
        headers={
            "Host": host,
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    status = conn.getresponse().status
    conn.close()
    return status


def test_phones_sign_in_and_the_screen_follows(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
) -> None:
    window = make_window()
    tab = open_signin(window, qtbot)
    try:
        url = tab.session.url()  # type: ignore[union-attr]
        assert url.startswith(f"http://127.0.0.1:{tab.port_spin.value()}/s/")
        assert tab.url_label.text() == url
        assert tab.phrase_label.text() == SignInStore(conn).settings(meeting.key).phrase
        tab.quorum_spin.setValue(2)
        tab.quorum_spin.editingFinished.emit()
        assert phone_signs_in(url, first_name="Rosa", first_time="yes") == 303
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
        assert tab.model.index(0, 0).data() == "Rosa"
        assert tab.model.index(0, 3).data() == "★ first time"
        assert "1 more for quorum" in tab.count_label.text().replace("\xa0", " ")
        assert phone_signs_in(url, first_name="<b>Dele</b>") == 303
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
        assert tab.model.index(0, 0).data() == "<b>Dele</b>"  # newest first, shown as typed
        assert "quorum met" in tab.count_label.text().replace("\xa0", " ")
    finally:
        window.toggle_signin()
    assert not tab.session.is_open  # type: ignore[union-attr]


def test_a_sign_in_the_disk_refused_is_shown_until_one_is_saved(
    qtbot: QtBot, meeting: Meeting, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    tab = open_signin(window, qtbot)
    try:
        url = tab.session.url()  # type: ignore[union-attr]

        def full(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(SignInStore, "record", full)
        assert phone_signs_in(url, first_name="Rosa") == 503
        qtbot.waitUntil(lambda: "could not be saved" in tab.status_label.text(), timeout=3000)
        assert "Could not write to the disk" in tab.status_label.text()
        assert "paper sheet" in tab.status_label.text()
        monkeypatch.undo()
        assert phone_signs_in(url, first_name="Rosa") == 303
        qtbot.waitUntil(lambda: "could not be saved" not in tab.status_label.text(), timeout=3000)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
        # Refused again, then sign-in closed and opened: a fresh start, no old alarm.
        monkeypatch.setattr(SignInStore, "record", full)
        assert phone_signs_in(url, first_name="Ana") == 503
        qtbot.waitUntil(lambda: "could not be saved" in tab.status_label.text(), timeout=3000)
        monkeypatch.undo()
        window.toggle_signin()
        window.toggle_signin()
        assert tab.session.is_open  # type: ignore[union-attr]
        assert "could not be saved" not in tab.status_label.text()
    finally:
        window.toggle_signin()


def test_the_address_fields_show_where_sign_in_is_served(
    qtbot: QtBot, meeting: Meeting, make_window: MakeWindow
) -> None:
    """Opened on another port than the fields held (the screenshot opens it on loopback,
    on any free port): the fields follow the link, not the other way round."""
    window = make_window()
    window.meetings_page.view.show_signin()
    tab = window.meetings_page.view.signin_tab
    assert tab.session is not None
    tab.port_spin.setValue(8765)
    tab.session.open("127.0.0.1", 0, tab.signals)
    try:
        tab.refresh()
        port = urlparse(tab.session.url()).port
        assert port is not None
        assert port != 8765
        assert tab.address_combo.currentData() == "127.0.0.1"
        assert tab.port_spin.value() == port
        assert not tab.port_spin.isEnabled()
    finally:
        tab.session.close()


def test_a_busy_port_is_explained_and_a_free_one_offered(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The port taken, the alert said so and offered nothing: the facilitator had to guess a
    free one in front of the room."""
    from meetingkit.ui.feedback import Alert

    shown: list[tuple] = []
    asked: list[tuple[int, int]] = []
    answer = [False]

    def ask(_tab: SignInTab, taken: int, free: int) -> bool:
        asked.append((taken, free))
        return answer[0]

    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, *a: shown.append(a)))
    monkeypatch.setattr(SignInTab, "ask_other_port", ask)
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    taken = blocker.getsockname()[1]
    try:
        window = make_window()
        tab = window.meetings_page.view.signin_tab
        tab.address_combo.setCurrentIndex(tab.address_combo.findData("127.0.0.1"))
        tab.port_spin.setValue(taken)
        tab.toggle_open()  # Cancel: nothing opens, and nothing more is said
        [(port, free)] = asked
        assert port == taken
        assert free != taken
        assert shown == []
        assert not tab.session.is_open  # type: ignore[union-attr]
        assert tab.port_spin.value() == taken
        answer[0] = True
        tab.toggle_open()  # Use port …: open there, and the status says the code is new
        assert tab.session.is_open  # type: ignore[union-attr]
        served = tab.port_spin.value()
        assert served == asked[-1][1] != taken
        assert f":{served}/s/" in tab.session.url()  # type: ignore[union-attr]
        assert tab.status_label.text().startswith(
            f"Port {taken} was taken by another program, so sign-in opened on port {served}."
        )
        assert shown == []
        tab.close_serving()
    finally:
        blocker.close()


def test_the_question_names_both_ports_and_its_button_the_free_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, list[str]]] = []
    press = ["Use port 8766"]

    def exec_(box: QMessageBox) -> int:
        names = [b.text() for b in box.buttons()]
        seen.append((box.text(), names))
        [button] = [b for b in box.buttons() if b.text() == press[0]]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    tab = SignInTab()
    qtbot.addWidget(tab)
    assert tab.ask_other_port(8765, 8766)
    [(text, buttons)] = seen
    assert text.startswith(
        "Port 8765 is in use by another program. Open sign-in on port 8766, which is free?"
    )
    assert "Ctrl+Shift+J" in text
    assert sorted(buttons) == ["Cancel", "Use port 8766"]
    press[0] = "Cancel"
    assert not tab.ask_other_port(8765, 8766)


def test_an_address_not_this_laptops_is_explained_with_no_port_offered(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.feedback import Alert

    shown: list[tuple] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, *a: shown.append(a)))
    monkeypatch.setattr(
        SignInTab, "ask_other_port", lambda *_a: pytest.fail("asked"), raising=False
    )
    window = make_window()
    tab = window.meetings_page.view.signin_tab
    tab._show_address("192.0.2.77", free_port())  # TEST-NET: never this laptop's
    tab.toggle_open()
    [(_parent, _title, text)] = shown
    assert text.startswith("Cannot serve on 192.0.2.77:")
    assert not tab.session.is_open  # type: ignore[union-attr]


def test_the_kiosk_signs_people_in_and_shows_nobody(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
) -> None:
    from meetingkit.ui.kiosk import KioskWindow

    PeopleStore(conn).add(Person("Already", "Here"))
    window = make_window()
    tab = window.meetings_page.view.signin_tab
    kiosk = KioskWindow(tab.session)  # type: ignore[arg-type]
    qtbot.addWidget(kiosk)
    texts = " ".join(w.text() for w in kiosk.findChildren(QLabel))
    assert "Already" not in texts  # no roster, no names
    name = kiosk.inputs["first_name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Marisol")
    kiosk.consents["photo"].setChecked(True)
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    assert "Welcome, Marisol!" in kiosk.welcome.text()
    assert name.text() == ""  # cleared for the next person
    assert not kiosk.consents["photo"].isChecked()
    [signed] = SignInStore(conn).signed_in(meeting.key)
    assert (signed.first_name, signed.source) == ("Marisol", "kiosk")
    kiosk.sign_in()  # nothing typed
    assert "Please give a name." in kiosk.error.text()


def test_duplicates_are_reviewed_by_a_person(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.ui.duplicates_dialog import DuplicatesDialog, MergeDialog

    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda *_: frozenset()))  # confirmed

    people = PeopleStore(conn)
    people.add(Person("Rosa", "Delgado", email="delgados@example.org"))
    people.add(Person("Lan", "Nguyen", phone="3125550199"))
    window = make_window()
    session = window.meetings_page.view.signin_tab.session
    assert session is not None
    session.kiosk_sign_in({"first_name": "Tomás", "email": "delgados@example.org"})
    session.kiosk_sign_in({"first_name": "Lan", "last_name": "Nguyen"})
    dialog = DuplicatesDialog(session)
    qtbot.addWidget(dialog)
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "Tomás" in labels
    assert "Rosa Delgado" in labels
    flags = session.flags()
    assert [f.new.first_name for f in flags] == ["Tomás", "Lan"]
    dialog._decide(flags[0], same=False)  # Tomás is Rosa's brother
    dialog._decide(flags[1], same=True)  # the second Lan Nguyen is the same Lan
    assert session.flags() == []
    assert PeopleStore(conn).search("nguyen").total == 1
    assert PeopleStore(conn).search("tomas").total == 1


def test_the_hotspot_code_is_a_wifi_qr(qtbot: QtBot) -> None:
    from meetingkit.ui.hotspot_dialog import HotspotDialog

    dialog = HotspotDialog()
    qtbot.addWidget(dialog)
    dialog.ssid_edit.setText("Union Hall")
    dialog.password_edit.setText("short")
    assert dialog.error.isVisibleTo(dialog)
    dialog.password_edit.setText("solidarity2026")
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.payload() == "WIFI:T:WPA;S:Union Hall;P:solidarity2026;;"


def test_the_board_shows_only_the_code(qtbot: QtBot) -> None:
    from meetingkit.ui.signin_board import SignInBoard

    board = SignInBoard()
    qtbot.addWidget(board)
    board.show_code("http://192.168.1.23:8765/s/abc", "maple-river-seven", "Assembly")
    texts = [w.text() for w in board.findChildren(QLabel)]
    assert "maple-river-seven" in texts
    assert "http://192.168.1.23:8765/s/abc" in texts


def test_the_meeting_chooses_its_form_fields(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.core.signin import FormSettings
    from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog

    dialog = SignInFieldsDialog(FormSettings())
    qtbot.addWidget(dialog)
    assert not dialog.fields["first_name"].isEnabled()  # always asked
    assert not dialog.fields["workplace"].isChecked()  # union-revealing: off by default
    dialog.fields["profession"].setChecked(True)
    dialog.consents["photo"].setChecked(False)
    chosen = dialog.chosen()
    assert "profession" in chosen.fields
    assert "photo" not in chosen.consents
    window = make_window()
    tab = window.meetings_page.view.signin_tab
    monkeypatch.setattr(SignInFieldsDialog, "ask", classmethod(lambda _c, *_a: chosen))
    tab.act_fields.trigger()
    assert SignInStore(conn).settings(meeting.key).form == chosen


def test_sign_in_stays_open_while_the_meeting_is_read_again_or_another_is_looked_at(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
) -> None:
    """Phones arriving must not find the door shut because the facilitator merged a
    duplicate, added someone, edited the meeting or looked up last month's meeting."""
    other = MeetingStore(conn).create(Meeting("Last month", dt.date(2026, 10, 20), dt.time(18)))
    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    tab = open_signin(window, qtbot)
    serving = tab.session
    assert serving is not None
    url = serving.url()
    try:
        window._people_changed()  # what a merge, a new person or a purge elsewhere does
        MeetingStore(conn).update(replace(meeting, title="Night shift assembly (room 2)"))
        window.meetings_page.reload(select_id=meeting.key)
        assert tab.session is serving
        assert serving.is_open
        assert serving.meeting.title == "Night shift assembly (room 2)"
        assert tab.url_label.text() == url

        window.meetings_page.select_meeting(other.key)
        assert tab.session is not serving
        assert not tab.session.is_open  # type: ignore[union-attr]
        assert serving.is_open
        assert phone_signs_in(url, first_name="Rosa") == 303
        assert "still open for “Night shift assembly (room 2)”" in tab.status_label.text()
        assert tab.act_open.iconText() == "Open sign-in"

        window.meetings_page.select_meeting(meeting.key)
        assert tab.session is serving
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
        assert "still open" not in tab.status_label.text()
        assert tab.act_open.iconText() == "Close sign-in"

        window.meetings_page.select_meeting(other.key)
        window.toggle_signin()  # opening it here moves it: one server at a time
        assert tab.session.is_open  # type: ignore[union-attr]
        assert not serving.is_open
        assert tab.serving is tab.session
    finally:
        tab.close_serving()
    assert tab.serving is None


def test_deleting_or_purging_a_meeting_closes_its_sign_in(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meetingkit.storage.retention import RetentionStore
    from meetingkit.ui.feedback import Confirm
    from meetingkit.ui.privacy_page import Notice

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *a, **k: True))
    monkeypatch.setattr(Notice, "show", classmethod(lambda *a, **k: None))
    kept = MeetingStore(conn).create(Meeting("Kept", dt.date(2026, 11, 20), dt.time(18)))
    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    tab = open_signin(window, qtbot)
    url = tab.session.url()  # type: ignore[union-attr]
    window.show_privacy()
    page = window.privacy_page
    page.select_meeting(meeting.key)
    page.purge_button.click()
    assert RetentionStore(conn).get(meeting.key).purged_at is not None
    assert tab.serving is None
    assert window.statusBar().currentMessage() == "Sign-in was closed."
    with pytest.raises(ConnectionRefusedError):  # nothing answers there any more
        phone_signs_in(url, first_name="Rosa")

    window.show_meetings()
    window.meetings_page.select_meeting(kept.key)
    open_signin(window, qtbot)
    window.meetings_page.select_meeting(meeting.key)  # looked at: the kept one still serves
    assert tab.serving is not None
    window.meetings_page.select_meeting(kept.key)
    window.delete_meeting()
    assert kept.key not in [m.key for m in MeetingStore(conn).all()]
    assert tab.serving is None


def test_closing_the_window_closes_sign_in(
    qtbot: QtBot, meeting: Meeting, make_window: MakeWindow
) -> None:
    window = make_window()
    tab = open_signin(window, qtbot)
    url = tab.session.url()  # type: ignore[union-attr]
    window.close()
    assert tab.serving is None
    with pytest.raises(ConnectionRefusedError):
        phone_signs_in(url, first_name="Rosa")


def test_a_meeting_purged_by_another_process_turns_phones_away_and_says_so(
    qtbot: QtBot,
    meeting: Meeting,
    make_window: MakeWindow,
    conn: sqlite3.Connection,
    data_dir: Path,
) -> None:
    """`meetingkit purge` ran while the app's sign-in was open: phones went on signing in to
    a meeting no automatic purge visits again, and the screen said nothing."""
    from meetingkit.services.data_dir import database_path
    from meetingkit.services.privacy import purge_meeting
    from meetingkit.storage import open_db

    window = make_window()
    window.meetings_page.select_meeting(meeting.key)
    tab = open_signin(window, qtbot)
    try:
        url = tab.session.url()  # type: ignore[union-attr]
        other = open_db(database_path(data_dir))  # the CLI's own connection
        try:
            purge_meeting(other, meeting.key)
        finally:
            other.close()
        parsed = urlparse(url)
        phone = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
        phone.request("GET", parsed.path, headers={"Host": f"{parsed.hostname}:{parsed.port}"})
        answer = phone.getresponse()
        assert (answer.status, "Sign-in is not open" in answer.read().decode()) == (404, True)
        phone.close()
        assert conn.execute("SELECT count(*) FROM signins").fetchone()[0] == 0
        tab.hint_timer.setInterval(10)  # the status is read again every 15 seconds
        qtbot.waitUntil(lambda: "purged or deleted" in tab.status_label.text(), timeout=3000)
        assert "told sign-in is not open" in tab.status_label.text()
    finally:
        window.toggle_signin()
