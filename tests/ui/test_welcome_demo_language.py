"""The first run's welcome, answered "Try the demo": the throwaway demo is written in the
language the welcome shows, the one saved or the one just chosen in it, as `meetingkit --demo`
writes it in the app's (tests/ui/test_settings_and_welcome.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from meetingkit import app as app_module
from meetingkit.services.settings_file import Preferences
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.welcome import FirstStep, WelcomeDialog


@pytest.mark.parametrize(("saved", "chosen"), [("es", "es"), ("en", "es"), ("es", "en")])
def test_the_welcomes_demo_is_in_the_language_it_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saved: str, chosen: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from meetingkit.ui import language

    Preferences.load().change(language=saved)

    def answer(self: WelcomeDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData(chosen))
        self._finish(FirstStep.DEMO)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    titles: list[str] = []
    run = app_module._run

    def opened(
        data_dir: Path, meeting_id: int | None, demo: bool, preferences: object, given: bool
    ) -> int:
        if not demo:  # the first run: the welcome, then the demo
            return run(data_dir, meeting_id, demo, preferences, given)  # type: ignore[arg-type]
        conn = open_db(data_dir / "meetingkit.sqlite3")
        titles.extend(m.title for m in MeetingStore(conn).all())
        conn.close()
        return 0

    monkeypatch.setattr(app_module, "_run", opened)
    try:
        assert opened(tmp_path / "data", None, False, Preferences.load(), False) == 0
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install(app, "en")
    november = {
        "es": "Grupo de trabajo por la dotación segura — noviembre",
        "en": "Safe Staffing Working Group — November",
    }
    assert november[chosen] in titles
