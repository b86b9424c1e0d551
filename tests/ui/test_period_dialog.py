"""File › Print figures for a period…: the last twelve months unless changed, every meeting
or one group's, then the PDF saved and opened as every printed document is."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.period_dialog import PeriodChoice, PeriodDialog, a_year_to
from meetingkit.ui.save_document import DocumentViewer, SavePath

TODAY = dt.date(2026, 11, 22)


def test_the_dialog_offers_the_last_twelve_months_and_every_group(qtbot: QtBot) -> None:
    dialog = PeriodDialog([(4, "Night shift"), (1, "Safe staffing")], TODAY)
    qtbot.addWidget(dialog)
    combo = dialog.group_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Every meeting",
        "Night shift",
        "Safe staffing",
    ]
    assert dialog.choice() == PeriodChoice(dt.date(2025, 11, 23), TODAY, None)
    combo.setCurrentIndex(2)
    assert dialog.choice().group_id == 1


def test_a_year_back_from_the_29th_of_february() -> None:
    assert a_year_to(dt.date(2028, 2, 29)) == dt.date(2027, 3, 1)
    assert a_year_to(dt.date(2026, 1, 1)) == dt.date(2025, 1, 2)


def test_a_period_that_ends_before_it_starts_keeps_the_dialog_open(qtbot: QtBot) -> None:
    dialog = PeriodDialog([], TODAY)
    qtbot.addWidget(dialog)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    dialog.accept()
    assert dialog.result() != PeriodDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "The period ends before it starts: change a day."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_file_menu_prints_the_figures_for_a_period(
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    out = tmp_path / "figures.pdf"
    offered: list[list[str]] = []
    suggested: list[str] = []

    def ask(
        _cls: type, _parent: object, groups: list[tuple[int, str]], today: dt.date
    ) -> PeriodChoice:
        offered.append([name for _, name in groups])
        return PeriodChoice(a_year_to(today), today, None)

    def save_path(_cls: type, _parent: object, _title: str, filename: str) -> Path:
        suggested.append(filename)
        return out

    monkeypatch.setattr(PeriodDialog, "ask", classmethod(ask))
    monkeypatch.setattr(SavePath, "ask", classmethod(save_path))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda *_args: True))
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.act_print_period in file_menu.actions()
    window.act_print_period.trigger()
    assert offered == [["Medication safety committee", "Safe Staffing Working Group"]]
    assert suggested == ["figures-2025-11-22-to-2026-11-21.pdf"]
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    text = " ".join(printed.stdout.split())
    assert "FIGURES FOR A PERIOD 22 Nov 2025 – 21 Nov 2026" in text
    assert "Safe Staffing Working Group" in text
    assert f"Saved {out} — opening it in your PDF viewer." == window.statusBar().currentMessage()


def test_an_error_that_wraps_gets_the_room_it_needs(qtbot: QtBot) -> None:
    # The Spanish error takes two lines: the dialog stayed its size, and the error and the
    # sentence at the top were cut.
    from PySide6.QtWidgets import QLabel

    dialog = PeriodDialog([], TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.say(
        "El período termina antes de empezar: cambia una de las fechas, la de inicio o la de "
        "fin, y vuelve a intentarlo."
    )
    qtbot.wait(10)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
