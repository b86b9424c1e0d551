"""The guide's pictures stage the app as an organizer sees it (QA round 14: the Sign-in
picture served on 127.0.0.1, which the guide says phones cannot reach, and every picture named
a temporary data folder): `app.Staging` names the usual data folder and shows sign-in served
on a venue's Wi-Fi address, while the picture serves on this machine only."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel

from meetingkit.app import Staging, _stage
from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow

STAGING = Staging("/home/rosa/.local/share/meetingkit", "192.168.1.20", 8765)


def test_staging_names_the_folder_and_the_venue_address(
    demo: Demo, make_window: Callable[..., MainWindow], data_dir: Path
) -> None:
    window = make_window()
    window.show_privacy()  # names the data folder and the database in it
    window.show_meetings()
    view = window.meetings_page.view
    view.show_signin()
    tab = view.signin_tab
    tab.serve("127.0.0.1", 0, for_picture=True)  # as the picture does
    tab.refresh()
    try:
        served = tab.url_label.text()
        assert served.startswith("http://127.0.0.1:")
        for _ in range(2):  # as the picture does: before the window is laid out, and after
            _stage(window, data_dir, STAGING, tab)
        folder = window.data_folder  # the status bar's: drawn, and in its tooltip
        for said in (folder.text(), folder.shown_text(), folder.toolTip()):
            assert STAGING.folder in said
            assert str(data_dir) not in said
        texts = " ".join(label.text() for label in window.privacy_page.findChildren(QLabel))
        assert f"{STAGING.folder}/meetingkit.sqlite3" in texts
        assert str(data_dir) not in texts
        token = served.rsplit("/", 1)[1]
        assert tab.url_label.text() == f"http://192.168.1.20:8765/s/{token}"
        assert tab.address_combo.currentData() == "192.168.1.20"
        assert tab.address_combo.findData("192.168.1.20") == 0  # once, however often staged
        assert tab.address_combo.count() == len(
            {tab.address_combo.itemData(i) for i in range(tab.address_combo.count())}
        )
        assert tab.port_spin.value() == 8765
    finally:
        tab.close_serving()
