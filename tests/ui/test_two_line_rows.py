"""The two-line rows of the meeting list: taller than one line, details drawn under the name."""

import datetime as dt

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from meetingkit.core.meeting import Meeting
from meetingkit.ui.meeting_list_model import MeetingListModel
from meetingkit.ui.two_line_rows import TwoLineDelegate

TODAY = dt.date(2026, 11, 21)


def _tree(qtbot: QtBot) -> tuple[QTreeView, MeetingListModel, TwoLineDelegate]:
    model = MeetingListModel()
    model.set_meetings([Meeting(id=1, title="Safe Staffing", date=TODAY, start=dt.time(18))], TODAY)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(model)
    delegate = TwoLineDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.expandAll()
    tree.resize(300, 200)
    return tree, model, delegate


def test_a_row_with_details_is_two_lines_tall_and_a_branch_one(qtbot: QtBot) -> None:
    tree, model, delegate = _tree(qtbot)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    branch = delegate.sizeHint(option, model.index(0, 0))
    row = delegate.sizeHint(option, model.meeting_index(1))
    line = tree.fontMetrics().height()
    assert branch.height() < 2 * line
    assert row.height() >= 2 * line


def test_the_details_line_is_drawn_under_the_name(qtbot: QtBot) -> None:
    tree, model, _ = _tree(qtbot)
    tree.show()
    qtbot.waitExposed(tree)
    rect = tree.visualRect(model.meeting_index(1))
    assert rect.height() >= 2 * tree.fontMetrics().height()
    image: QImage = tree.viewport().grab(rect).toImage()
    background = tree.palette().color(tree.viewport().backgroundRole())

    def inked_rows() -> list[int]:
        return [
            y
            for y in range(image.height())
            if any(image.pixelColor(x, y) != background for x in range(image.width()))
        ]

    rows = inked_rows()
    assert rows, "nothing drawn"
    # One line of text centred in the row would leave its top and bottom quarters blank.
    assert min(rows) < rect.height() / 4
    assert max(rows) > rect.height() * 3 / 4
