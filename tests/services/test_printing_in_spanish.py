"""Printed in Spanish when the app speaks Spanish: every document of the demo meeting, made the
way the app makes it, with the app's own translation (resources/i18n/meetingkit_es.qm) and
Qt's Spanish dates installed as the Settings dialog installs them.

What the organizers and attendees typed (titles, names, curriculum text) stays as typed; our
words around it change. PDFs are read back with poppler's `pdftotext` and `pdfinfo`.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetingkit.core.card import CommitmentCard
from meetingkit.core.clock import ManualClock
from meetingkit.core.i18n import fill
from meetingkit.paths import curricula_dir
from meetingkit.services.commitment_desk import CommitmentDesk
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.data_dir import database_path
from meetingkit.services.demo import write_demo
from meetingkit.services.follow_ups import FollowUps
from meetingkit.services.meeting_report import render_report
from meetingkit.services.printing.cards import write_cards
from meetingkit.services.printing.guide_pdf import render_guide
from meetingkit.services.printing.handouts_pdf import render_handouts
from meetingkit.services.printing.meeting_documents import MeetingDocuments
from meetingkit.storage import open_db
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui import language
from tests.pdf_reading import needs
from tests.pdf_reading import pdf_text as _text

pytestmark = needs("pdftotext", "pdfinfo")

NOW = dt.datetime(2026, 11, 21, 18, 0)  # a Saturday: the demo meeting is tonight
CURRICULUM = "across-professions"  # two sessions, rotations, a commitment prompt, handouts


def _without_language(name: str, into: Path) -> Path:
    """A copy of a bundled curriculum that does not say its language, as a trainer's own
    often will not: its guide and handouts print our words in the app's language."""
    copy = into / name
    shutil.copytree(curricula_dir() / name, copy)
    text = (copy / "curriculum.md").read_text(encoding="utf-8")
    (copy / "curriculum.md").write_text(text.replace("\nlanguage: en\n", "\n", 1), "utf-8")
    return copy


def _title(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return next(line for line in out.stdout.splitlines() if line.startswith("Title:"))[6:].strip()


@dataclass(frozen=True)
class Demo:
    conn: sqlite3.Connection
    clock: ManualClock
    meeting_id: int
    folder: Path

    def print_all(self, into: Path) -> dict[str, Path]:
        """Every printed document, as the app and the command line print them."""
        into.mkdir()
        pdfs = {
            name: into / f"{name}.pdf"
            for name in (
                *("agenda", "minutes", "poster", "sheet", "cards", "badges", "tents"),
                *("report", "calls", "guide", "handouts"),
            )
        }
        documents = MeetingDocuments(self.conn, self.clock)
        documents.agenda(self.meeting_id, pdfs["agenda"])
        documents.minutes(self.meeting_id, pdfs["minutes"])
        url = "http://192.168.1.23:8765/s/token"
        documents.poster(self.meeting_id, pdfs["poster"], url, ("hall", "staffing-saves"))
        documents.signin_sheet(self.meeting_id, pdfs["sheet"])
        meeting = MeetingStore(self.conn).get(self.meeting_id)
        desk = CommitmentDesk(meeting, self.conn, self.clock)
        desk.print_cards(pdfs["cards"], "postcard", blank=1)
        desk.print_badges(pdfs["badges"], blank=1)
        desk.print_tents(pdfs["tents"], blank=1)
        render_report(self.conn, self.clock, self.meeting_id, pdfs["report"], per_person=True)
        FollowUps(self.conn, self.clock).print_call_list(pdfs["calls"])
        curriculum, problems = load_curriculum(_without_language(CURRICULUM, into))
        assert curriculum is not None, problems
        render_guide(pdfs["guide"], curriculum)
        render_handouts(pdfs["handouts"], curriculum)
        return pdfs


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("demo")
    conn = open_db(database_path(folder / "data"))
    meeting_id = write_demo(conn, NOW).meeting_id
    yield Demo(conn, ManualClock(NOW.timestamp() + 3600), meeting_id, folder)
    conn.close()


@pytest.fixture(scope="module")
def spanish(qapp: QApplication, demo: Demo) -> dict[str, Path]:
    """The demo's documents, printed while the app speaks Spanish."""
    language.install(qapp, "es")
    try:
        return demo.print_all(demo.folder / "es")
    finally:
        language.install(qapp, "en")


# Our words in Spanish, and their English nowhere: each document's headings and labels.
PRINTED = {
    "agenda": (
        ["AGENDA", "sábado 21 de noviembre de 2026", "Roles", "INICIO", "PUNTO", "RESPONSABLE"],
        ["Saturday", "START", "OWNER", "End"],
    ),
    "minutes": (
        ["ACTA", "Real: inicio", "Puntos", "responsable:", "previsto:", "Tiempo previsto y real"],
        ["MINUTES", "Actual:", "owner ", "planned ", "Planned and actual time", "OVER / UNDER"],
    ),
    "poster": (
        ["Regístrate · Sign in", "Verifica que tu teléfono muestre: Check that your phone"],
        ["Sign in · Regístrate"],
    ),
    "sheet": (
        ["HOJA DE REGISTRO", "Escribe con letra clara", "Nombre (basta uno)", "Sí / No"],
        ["SIGN-IN SHEET", "Please print clearly", "Name (one is enough)", "Yes / No"],
    ),
    "cards": (
        ["sáb 21 nov 2026", "Me comprometo a…", "Pueden contactarme", "GUARDA ESTA PARTE"],
        ["Sat 21 Nov 2026", "I commit to", "You may contact me", "KEEP THIS PART", "Name"],
    ),
    "report": (
        [
            "COPIA PARA QUIEN FACILITA — NO COMPARTIR",
            "INFORME DE LA REUNIÓN · COPIA PARA QUIEN FACILITA",
            "Asistencia",
            "Agenda: tiempo previsto y real",
            "Tiempo de palabra por profesión",
            "parte del tiempo de palabra",
            "Quién se comprometió a qué",
            "SEGUIMIENTO",
        ],
        [
            "FACILITATOR COPY",
            "Attendance",
            "Airtime by profession",
            "share of speaking time",
            "Who committed to what",
            "FOLLOW-UP",
        ],
    ),
    "calls": (
        ["Lista de llamadas", "seguimientos", "atrasados", "Se comprometió a", "Vence"],
        ["Call list", "follow-ups", "overdue", "Committed to", "Keep this list private"],
    ),
    "guide": (
        ["GUÍA DE FACILITACIÓN", "TAMAÑO DEL GRUPO", "SESIÓN 1 DE 2", "NOTAS PARA QUIEN FACILITA"],
        ["FACILITATOR GUIDE", "GROUP SIZE", "SESSION 1 OF 2", "FACILITATOR NOTES", "Room setup"],
    ),
}
FOOTED = ("agenda", "minutes", "poster", "sheet", "report", "calls", "guide", "handouts")


@pytest.mark.parametrize("document", PRINTED)
def test_our_words_are_printed_in_spanish(document: str, spanish: dict[str, Path]) -> None:
    text = _text(spanish[document])
    words, english = PRINTED[document]
    for word in words:
        assert word in text
    for word in english:
        assert word not in text


@pytest.mark.parametrize("document", FOOTED)
def test_the_page_footer_is_in_spanish(document: str, spanish: dict[str, Path]) -> None:
    text = _text(spanish[document])
    assert "meetingkit · impreso el " in text
    assert "página 1 de" in text
    assert "page 1 of" not in text


@pytest.mark.parametrize(
    ("document", "title"),
    [
        ("agenda", "Agenda — Safe Staffing"),
        ("minutes", "Acta — Safe Staffing"),
        ("poster", "Cartel de registro — Safe Staffing"),
        ("cards", "Tarjetas de compromiso — Safe Staffing"),
        ("badges", "Gafetes — Safe Staffing"),
        ("tents", "Letreros con nombre — Safe Staffing"),
        ("report", "Informe de la reunión — Safe Staffing"),
        ("calls", "Lista de llamadas"),
        ("guide", "Guía de facilitación — Organizing across professions"),
        ("handouts", "Hojas de trabajo — Organizing across professions"),
    ],
)
def test_the_document_title_is_in_spanish(
    document: str, title: str, spanish: dict[str, Path]
) -> None:
    assert _title(spanish[document]).startswith(title)


def _last_lines(pdf: Path) -> list[tuple[str, float]]:
    """Each page's lowest line of text above the footer, with its height (its type size)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    found = []
    for page in re.findall(
        r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out.stdout, re.S
    ):
        foot = float(page[0]) - 0.75 * 72  # the bottom margin, where the footer is
        lines = [
            (
                float(bottom),
                float(bottom) - float(top),
                " ".join(re.findall(r">([^<]*)</word>", words)),
            )
            for top, bottom, words in re.findall(
                r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>',
                page[1],
                re.S,
            )
            if float(bottom) < foot
        ]
        _, height, text = max(lines)
        found.append((text, height))
    return found


def test_no_page_of_the_spanish_report_ends_with_a_heading(spanish: dict[str, Path]) -> None:
    """Spanish headings are longer, and pages break elsewhere than in English: still, none is
    left alone at the foot of a page ("Tiempo de palabra por profesión" was)."""
    heading_size = 11.5  # report sections (agenda_pdf's heading style); body text is 9.5
    for text, height in _last_lines(spanish["report"]):
        assert height < heading_size - 0.5, f"a page ends with the heading {text!r}"


def test_what_people_typed_stays_as_typed(spanish: dict[str, Path]) -> None:
    """The demo's agenda and the curriculum are in English: translating is for our words."""
    assert "Safe Staffing Working Group" in _text(spanish["agenda"])
    assert "Organizing across professions" in _text(spanish["guide"])


def test_english_comes_back_after_spanish(demo: Demo, spanish: dict[str, Path]) -> None:
    english = demo.print_all(demo.folder / "en")
    assert "I commit to…" in _text(english["cards"])
    assert "Agenda — Safe Staffing" in _title(english["agenda"])
    assert "page 1 of" in _text(english["agenda"])


def test_a_card_laid_out_in_spanish_is_not_reused_in_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The same cards, printed in one language and then the other: the layout worked out
    (and cached) for the first is not reused for the second."""
    card = CommitmentCard(
        organization="Local 12",
        meeting_title="Safe Staffing Working Group",
        meeting_date=dt.date(2026, 11, 21),
        options=("Join the staffing committee",),
        follow_up_date=dt.date(2026, 11, 23),
        organizer_contact="Rosa · 555-0134",
        name="Rosa Delgado",
        card_id="K7M-01X",
    )
    spanish, english = tmp_path / "es.pdf", tmp_path / "en.pdf"
    language.install(qapp, "es")
    try:
        write_cards(spanish, [card])
    finally:
        language.install(qapp, "en")
    write_cards(english, [card])
    assert "Me comprometo a…" in _text(spanish)
    assert "Tarjeta K7M-01X" in _text(spanish)
    assert "I commit to…" in _text(english)
    assert "Card K7M-01X" in _text(english)


def test_a_sheet_asked_for_in_english_stays_english_in_the_spanish_app(
    qapp: QApplication, demo: Demo, tmp_path: Path
) -> None:
    from meetingkit.core.signin import FormSettings
    from meetingkit.services.printing.signin_pdf import render_signin_sheet

    meeting = MeetingStore(demo.conn).get(demo.meeting_id)
    pdf = tmp_path / "sheet.pdf"
    language.install(qapp, "es")
    try:
        render_signin_sheet(pdf, meeting, FormSettings(fields=("first_name",)), language="en")
    finally:
        language.install(qapp, "en")
    text = _text(pdf)
    assert "SIGN-IN SHEET" in text
    assert "página 1 de" in text  # the page itself is the app's


def test_values_are_filled_in_one_pass() -> None:
    """A typed value holding "%2" prints as typed, whatever order the translation takes."""
    assert fill("%1 — %2", "100%2 staffed", "Local 12") == "100%2 staffed — Local 12"
    assert fill("%2, de %1", "Ana", "3") == "3, de Ana"
