"""The export log's tooltip names what each file holds in words, in the app's language (QA round
11: it listed the files' own column names, `first_name` and `follow_up_due`, untranslated in
Spanish). A column a group named itself in an export is shown as they named it."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from meetingkit.core import i18n
from meetingkit.core.attendee_export import (
    ACTION_NETWORK_HEADERS,
    ATTENDANCE_HEADERS,
    CONTACT_FIELDS,
    CUSTOM_FIELDS,
)
from meetingkit.services.commitment_desk import BADGE_COLUMNS, CARD_COLUMNS
from meetingkit.services.follow_ups import CALENDAR_COLUMNS, CALL_LIST_COLUMNS
from meetingkit.services.meeting_report import FACILITATOR_COPY_COLUMNS
from meetingkit.storage.export_log import ExportEntry, ExportKind
from meetingkit.ui.export_log_table import COLUMN_NAMES, ExportLogModel

LOGGED = {
    *ACTION_NETWORK_HEADERS,
    *ATTENDANCE_HEADERS,
    *CUSTOM_FIELDS,
    *CUSTOM_FIELDS.values(),  # the names the export dialog suggests
    *CONTACT_FIELDS,
    *CONTACT_FIELDS.values(),
    *CARD_COLUMNS,
    *BADGE_COLUMNS,
    *CALENDAR_COLUMNS,
    *CALL_LIST_COLUMNS,
    *FACILITATOR_COPY_COLUMNS,
}


def tip(columns: tuple[str, ...]) -> str:
    model = ExportLogModel()
    entry = ExportEntry(1, ExportKind.FOLLOW_UPS.value, None, "", 0, "f.ics", columns, 2, 0)
    model.set_rows([entry])
    return str(model.data(model.index(0, ExportLogModel.COL_FILE), Qt.ItemDataRole.ToolTipRole))


class Spanish(QTranslator):
    """The export log's words as a Spanish translation would give them."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "ExportLogModel":
            return {"Columns: %1": "Columnas: %1"}.get(source, f"ES {source}")
        return ""


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spoken as `ui.language.install` makes the app speak Spanish, with `Spanish` as its
    catalogue."""
    translator = Spanish()
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate, "es")
    yield
    i18n.install(None)
    QCoreApplication.removeTranslator(translator)


def test_every_column_an_export_logs_has_a_name_in_words() -> None:
    assert sorted(LOGGED - set(COLUMN_NAMES)) == []


def test_the_tooltip_names_the_columns_in_words(qapp: QApplication) -> None:
    assert tip(CALENDAR_COLUMNS) == (
        "Columns: Full name, Commitments, Follow-up date, Meeting, Phone, Email,\nOrganizer"
    )
    attendance = tip((*ATTENDANCE_HEADERS, "role", "employer", "email", "phone"))
    assert attendance.replace("\n", " ") == (
        "Columns: First name, Last name, Status, How they signed in, Arrival time, First time, "
        "Profession or role, Employer or worksite, Email, Phone"
    )
    lines = attendance.splitlines()
    assert max(len(line) for line in lines) <= 80  # fits a small screen…
    assert all(line.endswith(",") for line in lines[:-1])  # …each name whole
    assert tip(("first_name", "Puesto")) == "Columns: First name, Puesto"  # a group's own name


def test_the_tooltip_names_the_columns_in_the_apps_language(spanish: None) -> None:
    assert tip(("first_name", "follow_up_due", "Puesto")) == (
        "Columnas: ES First name, ES Follow-up date, Puesto"
    )
