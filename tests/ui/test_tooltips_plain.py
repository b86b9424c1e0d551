"""What people typed reads as typed in tooltips too. Qt reads a tooltip that looks like markup
as rich text (as QLabel does): a name typed on a phone as "<u>Dele</u>" or with an
`<img src=…>` would be drawn as what it says when the organizer hovers the People table, the
agenda's owner, the Groups page, the start screen or the airtime and profession charts."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.core.airtime import GroupShare
from meetingkit.core.person import Person
from meetingkit.services.curricula import curricula_dir
from meetingkit.services.curriculum_library import USER_FOLDER, CurriculumLibrary
from meetingkit.services.demo import Demo
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.curricula_page import CurriculaPage
from meetingkit.ui.labels import plain_tip
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.people_model import PeopleModel
from meetingkit.ui.profession_bars import ProfessionBars, ProfessionShare

MARK = "<u>MK</u>"


def shown(tip: str) -> str:
    """The text a tooltip shows, as Qt's tooltip label reads it (rich text when it looks
    like markup)."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_plain_tip_shows_markup_as_written(qapp: QApplication) -> None:
    assert plain_tip("Rosa Delgado") == "Rosa Delgado"  # as it was: nothing to escape
    assert plain_tip("Rosa <3") == "Rosa <3"  # not read as markup by Qt either
    for typed in ("<b>Dele</b>", '<img src="file:///etc/x.png">Ana', "<font size=7>A & B</font>"):
        assert shown(plain_tip(typed)) == typed
    assert shown(plain_tip("<i>Ana</i>\nRN")) == "<i>Ana</i>\nRN"  # lines stay lines


def test_the_people_tables_tooltips_show_names_as_typed(qapp: QApplication) -> None:
    model = PeopleModel()
    model.set_rows([Person("<b>Dele</b>", "<img src=x>", id=1, workplace="<h1>Mercy</h1>")])
    name = model.index(0, PeopleModel.COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(name) == "<b>Dele</b> <img src=x>"
    assert model.index(0, PeopleModel.COL_NAME).data() == "<b>Dele</b> <img src=x>"
    workplace = model.index(0, PeopleModel.COL_WORKPLACE).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(workplace) == "<h1>Mercy</h1>"


def _tips(window: QWidget) -> list[str]:
    """Every tooltip that holds the typed mark in `window`'s widgets and in the cells and
    headers of its tables (but the floor's: ui/floor_models.py is its owners' to fix)."""
    tips = []
    for widget in window.findChildren(QWidget):
        tips.append(widget.toolTip())
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if model is None or type(model).__name__ == "StackModel":
            continue
        tip = Qt.ItemDataRole.ToolTipRole
        for row in range(model.rowCount()):
            tips += [model.index(row, c).data(tip) for c in range(model.columnCount())]
            tips.append(model.headerData(row, Qt.Orientation.Vertical, tip))
        for column in range(model.columnCount()):
            tips.append(model.headerData(column, Qt.Orientation.Horizontal, tip))
    return [t for t in tips if isinstance(t, str) and "MK" in t]


def test_no_page_reads_a_typed_name_or_profession_as_markup(
    conn: sqlite3.Connection, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    conn.execute(
        "UPDATE people SET first_name = first_name || ?, last_name = last_name || ?,"
        " profession = ? || profession, workplace = ?",
        [MARK, MARK, MARK, MARK],
    )
    conn.execute("UPDATE attendance SET profession = ? || profession", [MARK])
    conn.commit()
    window = make_window(start=True)
    pages = {
        "start": lambda: None,
        "people": window.show_people,
        "groups": window.show_groups,
        "meeting": lambda: window.open_meeting(demo.meeting_id),
    }
    for page, show in pages.items():
        show()
        QApplication.processEvents()
        found = _tips(window)
        assert found, page  # the marked names are there, in tooltips
        assert [t for t in found if MARK not in shown(t)] == [], page


def _hover(bars: QWidget, qtbot: QtBot, y: int) -> str:
    point = QPoint(20, y)
    bars.event(QHelpEvent(QEvent.Type.ToolTip, point, bars.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_the_charts_tooltips_show_professions_as_typed(qtbot: QtBot) -> None:
    bars = ProfessionBars()
    qtbot.addWidget(bars)
    bars.set_shares([ProfessionShare("<u>Nurse</u>", 0.5, 0.5)], "3 Nov")
    bars.resize(300, bars.heightForWidth(300))
    bars.show()
    qtbot.waitExposed(bars)
    row = bars._layout(300.0).rows[0]
    assert shown(_hover(bars, qtbot, round(row.top + row.height / 2))).startswith("<u>Nurse</u>")
    airtime = AirtimeBars()
    qtbot.addWidget(airtime)
    airtime.set_shares([GroupShare("<u>Night shift</u>", 3, 60_000, 0.5, 0.5)])
    airtime.resize(400, 200)
    airtime.show()
    qtbot.waitExposed(airtime)
    y = next(y for y in range(200) if airtime.share_at(y) is not None)
    assert shown(_hover(airtime, qtbot, y)).startswith("<u>Night shift</u>")


def test_a_curriculum_files_title_is_shown_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    mine = tmp_path / USER_FOLDER / "mine"
    shutil.copytree(curricula_dir() / "one-on-ones", mine)
    text = (mine / "curriculum.md").read_text(encoding="utf-8")
    title = "<u>One-on-ones</u>"
    text = text.replace("title: One-on-one relational meetings", f'title: "{title}"', 1)
    (mine / "curriculum.md").write_text(text, encoding="utf-8")
    page = CurriculaPage(CurriculumLibrary(tmp_path))
    qtbot.addWidget(page)
    page.reload()
    tips = [page.list.item(n).toolTip() for n in range(page.list.count())]
    [tip] = [t for t in tips if title in t or "One-on-ones" in shown(t)]
    assert shown(tip).startswith(title)
