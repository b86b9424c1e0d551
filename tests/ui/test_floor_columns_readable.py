"""On a 1024x768 laptop screen, in English and in Spanish, the stack shows what each person asks
for and why they are where they are whole: the facilitator reads "Why here" out ("why did she
go before me?"). Where a column is narrow its text wraps onto a second line, and the row is
as tall as that needs.

At 1024x768 the stack cut "Clarifying question" to "Clarifying…" and "Goes before the general
stack" to "Goes before the genera…"; in Spanish "Va antes de la lista …" and "3 min 30 s de
tiempo…" (QA round 7, finding 6)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.floor_models import StackModel
from meetingkit.ui.main_window import MainWindow


def _laid_out() -> None:
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def cell_margins(table: QTableView) -> int:
    """The room a cell of `table` takes beside its text: the style's text margins either side,
    the grid line and a pixel for the text's width rounded up."""
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return 2 * margin + (1 if table.showGrid() else 0) + 1


def _cut(table: QTableView, columns: tuple[int, ...]) -> list[str]:
    """The cells of `columns` whose text does not show whole: wider than the cell on one line,
    or, where the table wraps, a word wider than the cell or more lines than the row holds."""
    model = table.model()
    cut = []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(index.data())
            font = index.data(Qt.ItemDataRole.FontRole) or QFont(table.font())
            metrics = QFontMetrics(font)
            width = table.columnWidth(column) - cell_margins(table)
            if not table.wordWrap():
                whole = metrics.horizontalAdvance(text) <= width
            else:
                words = max(metrics.horizontalAdvance(w) for w in text.split())
                flags = int(Qt.TextFlag.TextWordWrap)
                lines = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
                whole = words <= width and lines <= table.rowHeight(row)
            if not whole:
                cut.append(f"{text!r} in {table.columnWidth(column)} px")
    return cut


def test_at_1024_pixels_what_each_asks_for_and_why_they_are_here_show_whole(
    spoken: str, qtbot: QtBot, make_window: Callable[..., MainWindow], demo: Demo
) -> None:
    window = make_window()
    window.open_meeting(demo.meeting_id)  # tonight's: a clarifying question, a response…
    window.show_floor()
    tab = window.meetings_page.view.floor_tab
    assert tab.session is not None
    last = tab.stack_model.placement(tab.stack_model.rowCount() - 1)
    assert last is not None
    tab.session.move(last.entry.id, 1)  # "Placed here by the facilitator", the longest
    tab.refresh()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    _laid_out()
    table = tab.stack_table
    reasons = [table.model().index(r, StackModel.COL_REASON).data() for r in range(5)]
    assert len(set(reasons)) >= 4, reasons
    columns = (StackModel.COL_NAME, StackModel.COL_KIND, StackModel.COL_REASON)
    assert _cut(table, columns) == [], spoken
    # Rows that need no second line keep the usual height ("Stack", "Has not spoken today")
    usual = table.verticalHeader().defaultSectionSize()
    heights = {table.rowHeight(r) for r in range(table.model().rowCount())}
    assert min(heights) == usual if spoken == "en" else min(heights) >= usual
