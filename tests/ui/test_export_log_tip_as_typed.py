"""A column named in an export (`--field profession=…`, or the export dialog) shows in the
export log's tooltip as typed: Qt reads a tooltip that looks like markup as rich text, so a
name typed "<font size=7 color=red>Job</font>" drew the tooltip large and red (QA s21)."""

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from meetingkit.storage.export_log import ExportEntry, ExportKind
from meetingkit.ui.export_log_table import ExportLogModel

TYPED = "<font size=7 color=red>Job</font>"


def shown(tip: str) -> str:
    """What Qt's tooltip shows of `tip`: rich text when it looks like markup."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def tip(columns: tuple[str, ...], left_out: int = 0) -> str:
    model = ExportLogModel()
    entry = ExportEntry(1, ExportKind.ATTENDANCE.value, 3, "M", 0, "a.csv", columns, 2, left_out)
    model.set_rows([entry])
    return str(model.data(model.index(0, ExportLogModel.COL_FILE), Qt.ItemDataRole.ToolTipRole))


def test_a_column_named_with_markup_shows_as_typed(qapp: QApplication) -> None:
    assert shown(tip((TYPED,))) == f"Columns: {TYPED}"
    assert shown(tip(("first_name", TYPED), left_out=2)) == (
        f"Columns: First name, {TYPED}\n2 left out of it"
    )


def test_plain_columns_are_left_as_they_were(qapp: QApplication) -> None:
    assert tip(("first_name", "Puesto")) == "Columns: First name, Puesto"
