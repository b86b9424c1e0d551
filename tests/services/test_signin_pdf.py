"""The sign-in poster and the paper sheet: a code that scans, words that read, rows to write in.

PDFs are checked through poppler's `pdftotext` and `pdfinfo`, and the printed QR codes are
read back with zbar's `zbarimg`, i.e. by what a reader and a phone camera get out of them.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Table

from meetingkit.core.errors import ValidationError
from meetingkit.core.meeting import Meeting
from meetingkit.core.signin import CATALOGUE, CONSENTS, FormSettings, Sensitivity
from meetingkit.services.printing import signin_pdf
from meetingkit.services.printing.signin_pdf import render_poster, render_signin_sheet
from meetingkit.services.qr import QUIET_ZONE, draw_qr, qr_matrix, wifi_payload
from tests.pdf_reading import pdf_text as _text

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts", "pdftoppm")),
    reason="poppler's pdftotext/pdfinfo/pdffonts/pdftoppm not installed (apt-get install "
    "poppler-utils)",
)
needs_zbar = pytest.mark.skipif(
    not shutil.which("zbarimg"),
    reason="zbarimg not installed, so printed QR codes cannot be decoded (apt-get install "
    "zbar-tools)",
)

HOSTILE = "<b>x</b> & <script>alert(1)</script> ]]> &amp;"
URL = "http://192.168.1.23:8765/s/9fJ2kQ7xW3pL0aZ8mN4bVQ"
PHRASE = "maple-river-seven"
WIFI = ("meetingkit-hall", "staffing-saves-lives")
MEETING = Meeting(
    "Safe Staffing Working Group — November",
    dt.date(2026, 11, 21),
    dt.time(18, 30),
    place="Union hall, 2nd floor",
    id=1,
)
SETTINGS = FormSettings(
    fields=("first_name", "last_name", "phone", "email", "first_time", "profession")
)


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


# The Wi-Fi payload


def test_wifi_payload_is_the_standard_join_text() -> None:
    assert wifi_payload("HallNet", "staffing-saves") == "WIFI:T:WPA;S:HallNet;P:staffing-saves;;"


def test_wifi_payload_escapes_the_characters_the_format_reserves() -> None:
    """Backslash, semicolon, comma, colon and double quote are escaped in name and password."""
    payload = wifi_payload('My;Net,"5:G"\\', 'pa;ss,wo:rd"\\')
    assert payload == 'WIFI:T:WPA;S:My\\;Net\\,\\"5\\:G\\"\\\\;P:pa\\;ss\\,wo\\:rd\\"\\\\;;'
    assert wifi_payload("My;Net", "12345678").startswith("WIFI:T:WPA;S:My\\;Net;")


def test_an_empty_password_is_an_open_network_and_hidden_is_marked() -> None:
    assert wifi_payload("Lobby", "") == "WIFI:T:nopass;S:Lobby;;"
    assert wifi_payload("Lobby", "", hidden=True) == "WIFI:T:nopass;S:Lobby;H:true;;"
    assert wifi_payload("Back", "12345678", hidden=True) == "WIFI:T:WPA;S:Back;P:12345678;H:true;;"


@pytest.mark.parametrize(
    ("ssid", "password", "security", "message"),
    [
        ("", "12345678", "WPA", "needs a name"),
        ("x" * 33, "12345678", "WPA", "32 bytes"),
        ("é" * 17, "12345678", "WPA", "32 bytes"),  # 17 characters, but 34 bytes
        ("Hall", "1234567", "WPA", "8 to 63"),
        ("Hall", "x" * 64, "WPA", "8 to 63"),
        ("Hall", "12345678", "nopass", "no password"),
        ("Hall", "12345678", "WPA4", "Unknown Wi-Fi security"),
    ],
)
def test_wifi_payload_refuses_what_no_phone_could_join(
    ssid: str, password: str, security: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        wifi_payload(ssid, password, security)


def test_wifi_payload_accepts_the_longest_legal_name_and_passwords() -> None:
    assert wifi_payload("x" * 32, "x" * 8)
    assert wifi_payload("Hall", "x" * 63)


# The QR code


def test_qr_matrix_is_square_with_a_white_quiet_zone_and_a_finder_in_the_corner() -> None:
    matrix = qr_matrix(URL)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    edge = [*matrix[:QUIET_ZONE], *matrix[-QUIET_ZONE:]]
    assert not any(any(row) for row in edge)
    assert not any(any(row[:QUIET_ZONE] + row[-QUIET_ZONE:]) for row in matrix)
    q = QUIET_ZONE
    assert all(matrix[q][q : q + 7])  # the top edge of the top-left finder pattern
    matrix[0][0] = True
    assert not matrix[1][0]  # rows are separate lists, safe to change


def test_draw_qr_fills_one_rectangle_per_run_of_dark_modules() -> None:
    class FakePath:
        def __init__(self) -> None:
            self.rects: list[tuple[float, ...]] = []

        def rect(self, *args: float) -> None:
            self.rects.append(args)

    class Canvas:
        def __init__(self) -> None:
            self.path = FakePath()
            self.filled: list[Any] = []

        def beginPath(self) -> FakePath:
            return self.path

        def drawPath(self, path: FakePath, **kw: Any) -> None:
            self.filled.append(path)

        def __getattr__(self, name: str) -> Any:
            return lambda *args, **kw: None

    matrix = [[True, True, False, True], [False] * 4, [True] * 4, [False, False, False, True]]
    canvas = Canvas()
    draw_qr(canvas, matrix, 10, 20, 40)
    assert canvas.filled == [canvas.path]  # one fill: no seams between modules
    assert canvas.path.rects == [
        (10, 50, 20, 10),
        (40, 50, 10, 10),
        (10, 30, 40, 10),
        (40, 20, 10, 10),
    ]


def test_importing_qr_does_not_load_reportlab() -> None:
    """The Qt sign-in screen imports `services.qr` to paint the code; PDFs stay unloaded."""
    code = (
        "import sys, meetingkit.services.qr as qr; qr.qr_matrix('x');"
        "print('reportlab' in sys.modules, 'PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@needs_poppler
@needs_zbar
def test_the_printed_codes_scan_back_to_the_url_and_the_wifi(tmp_path: Path) -> None:
    """What a phone reads off the printed poster is exactly the URL, and the Wi-Fi join text."""
    pdf = tmp_path / "poster.pdf"
    render_poster(pdf, MEETING, URL, PHRASE, wifi=WIFI)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "poster")], check=True
    )
    (png,) = tmp_path.glob("poster*.png")
    out = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
    )
    assert sorted(out.stdout.splitlines()) == sorted([URL, wifi_payload(*WIFI)])


# The poster


@needs_poppler
def test_poster_says_where_to_sign_in_and_what_to_check_in_both_languages(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "poster.pdf"
    render_poster(pdf, MEETING, URL, PHRASE, wifi=WIFI, organization="Local 12")
    text = _text(pdf)
    for expected in (
        "Sign in",
        "Regístrate",
        MEETING.title,
        "Saturday 21 November 2026 · 18:30–20:00 · Union hall, 2nd floor",
        "sábado 21 de noviembre de 2026",
        URL,
        f"Check that your phone shows: Verifica que tu teléfono muestre: {PHRASE}",
        "Your sign-in goes over this network, unencrypted, to the organizer's laptop, not to "
        "the internet.",
        "Tu registro viaja por esta red, sin cifrar, a la computadora de quien organiza, no a "
        "internet.",
        "No signal? Join the Wi-Fi “meetingkit-hall” first:",
        "¿Sin señal? Conéctate primero al Wi-Fi “meetingkit-hall”:",
        "staffing-saves-lives",
        "LOCAL 12",
    ):
        assert expected in text
    assert _info(pdf)["Pages"] == "1"
    assert _info(pdf)["Title"] == f"Sign-in poster — {MEETING.title}"


@needs_poppler
def test_poster_stays_on_one_page_with_a_long_title_url_and_wifi(tmp_path: Path) -> None:
    """The code gives way (and at worst everything shrinks) rather than a second page."""
    pdf = tmp_path / "poster.pdf"
    long_title = "Joint safe staffing committee preparatory caucus for all units " * 3
    long_url = URL + "x" * 90
    meeting = Meeting(long_title, MEETING.date, MEETING.start, place="Hall " * 20, id=1)
    render_poster(pdf, meeting, long_url, PHRASE, wifi=WIFI, organization="Local 12 " * 8)
    assert _info(pdf)["Pages"] == "1"
    text = _text(pdf)
    assert long_url in text.replace(" ", "")  # broken over lines, nothing added to it


@needs_poppler
def test_poster_without_wifi_has_no_second_code(tmp_path: Path) -> None:
    pdf = tmp_path / "poster.pdf"
    render_poster(pdf, MEETING, URL, PHRASE)
    assert "Wi-Fi" not in _text(pdf)
    assert _info(pdf)["Pages"] == "1"


def test_poster_with_a_bad_wifi_name_fails_before_writing(tmp_path: Path) -> None:
    pdf = tmp_path / "poster.pdf"
    with pytest.raises(ValidationError):
        render_poster(pdf, MEETING, URL, PHRASE, wifi=("", "12345678"))
    assert not pdf.exists()


@needs_poppler
def test_typed_text_prints_literally_on_the_poster_and_the_sheet(tmp_path: Path) -> None:
    meeting = Meeting(HOSTILE, MEETING.date, MEETING.start, place=HOSTILE, id=1)
    poster, sheet = tmp_path / "poster.pdf", tmp_path / "sheet.pdf"
    render_poster(poster, meeting, URL, "<i>oak</i>-&amp;", wifi=("<i>Net</i> &", "p<a>ss&word"))
    render_signin_sheet(sheet, meeting, SETTINGS)
    poster_text = _text(poster)
    assert poster_text.count(HOSTILE) == 2  # title, place
    assert "<i>oak</i>-&amp;" in poster_text
    assert "<i>Net</i> &" in poster_text
    assert "p<a>ss&word" in poster_text
    assert _text(sheet, 1).count(HOSTILE) == 2  # title, place
    assert _text(sheet, 2).count(HOSTILE) == 1  # the title atop the next page


# The sheet


@needs_poppler
def test_sheet_has_the_forms_columns_the_consent_legend_and_the_note(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, SETTINGS)
    text = _text(pdf)
    assert "SIGN-IN SHEET" in text
    assert MEETING.title in text
    assert "Saturday 21 November 2026 · 18:30–20:00 · Union hall, 2nd floor" in text
    assert "Please print clearly. Only the first column is required." in text
    for label in ("Name (one is enough)", "Last name", "Mobile phone", "Personal email"):
        assert label in text
    assert "Yes / No" in text  # the options of the yes/no column
    for n, (short, consent) in enumerate(
        zip(["Email OK", "Text OK", "Photo OK", "Name shown"], CONSENTS, strict=True), 1
    ):
        assert f"{n}. {short} — {consent.wording_in('en')}" in text
    header = text[text.index("Name (one is enough)") :]  # after the legend
    assert header.index("Last name") < header.index("Profession") < header.index("1. Email OK")
    assert _info(pdf)["Page size"].startswith("792 x 612")  # ten columns: landscape


@needs_poppler
def test_a_long_sheet_runs_onto_more_pages_with_the_header_row_repeated(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, SETTINGS, rows=40)
    pages = int(_info(pdf)["Pages"])
    assert pages >= 2
    for page in range(2, pages + 1):
        text = _text(pdf, page)
        assert "Name (one is enough)" in text
        assert "4. Name shown" in text
        # A page that strays from the pile still says which meeting it is for.
        assert text.startswith(
            f"Sign-in sheet — {MEETING.title} · Saturday 21 November 2026 · 18:30–20:00"
        )
    assert "Sign-in sheet —" not in _text(pdf, 1)  # the first page has the title in full


def _words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float]]:
    """Each word on `page`: its text, left and right edges, and height (its type size)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    box = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [
        (text, float(x0), float(x1), float(y1) - float(y0))
        for x0, y0, x1, y1, text in re.findall(box, out.stdout)
    ]


@needs_poppler
def test_the_yes_no_hint_is_readable_and_the_profession_column_has_room(tmp_path: Path) -> None:
    """At least 8 points for the hint under a heading; "Registered nurse (RN)" fits on one
    line of the profession column (an inch and a quarter or more)."""
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, SETTINGS)
    words = _words(pdf)
    for hint in ("Yes", "No"):
        assert min(h for text, _, _, h in words if text == hint) >= 8
    left = next(x0 for text, x0, _, _ in words if text == "Profession")
    right = min(x0 for text, x0, _, _ in words if text == "1." and x0 > left)  # next heading
    assert right - left >= 1.25 * 72


@needs_poppler
def test_a_few_columns_print_portrait(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    settings = FormSettings(fields=("first_name", "phone"), consents=("contact_text",))
    render_signin_sheet(pdf, MEETING, settings, rows=5)
    assert _info(pdf)["Page size"].startswith("612 x 792")
    assert _info(pdf)["Pages"] == "1"  # the rest of the page is filled with rows, not left blank


@needs_poppler
def test_every_catalogue_field_still_fits_a_landscape_sheet(tmp_path: Path) -> None:
    """Health questions stay off a sheet everyone reads, and the note says whom to tell."""
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, FormSettings(fields=tuple(f.name for f in CATALOGUE)))
    assert _info(pdf)["Page size"].startswith("792 x 612")
    text = _text(pdf)
    for label in ("Zip code", "Preferred language", "Shift", "Day / Evening / Night / Rotating"):
        assert label in text
    for health in ("Access needs", "childcare?", "Dietary needs"):
        assert health not in text
    assert "Tell an organizer in person" in text


EVERY_FIELD = FormSettings(fields=tuple(f.name for f in CATALOGUE))
WRITTEN_WIDE = {"first_name", "last_name", "phone", "email"}  # a name, a number, an address


def _laid_out(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, list[Any]]]:
    """What the sheets printed from here on were laid out as: heading style, and lines of
    (column, width)."""
    found: list[tuple[Any, list[Any]]] = []
    real = signin_pdf._layout

    def layout(*args: Any) -> tuple[Any, list[Any]]:
        found.append(real(*args))
        return found[-1]

    monkeypatch.setattr(signin_pdf, "_layout", layout)
    return found


@needs_poppler
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("settings", [SETTINGS, EVERY_FIELD], ids=["usual", "every-field"])
def test_every_column_has_room_to_write_in_and_no_heading_word_is_broken(
    language: str, settings: FormSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With every field of the catalogue on, the fields made one landscape row: a name, a
    phone and an email 0.4 inch wide, Spanish headings broken inside words ("Nombr|e",
    "Teléfon|o celular"). Columns that do not fit go on a second line of each person's row;
    a name, phone or email column is an inch wide at least, any other one 0.6 inch, and every
    word of a heading fits its column."""
    laid_out = _laid_out(monkeypatch)
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, settings, language=language)
    head, lines = laid_out[-1]
    width = 792 - 2 * 54  # landscape Letter, less the margins
    specs = {
        f.label_in(language): f.name
        for f in CATALOGUE
        if f.name in settings.fields and f.sensitivity != Sensitivity.HEALTH
    }
    printed = [html.unescape(c.heading) for line in lines for c, _ in line if not c.tick_box]
    assert sorted(printed) == sorted(specs)  # each field once
    for line in lines:
        assert sum(w for _, w in line) == pytest.approx(width)
        for column, w in line:
            label = html.unescape(column.heading)
            if column.tick_box:
                least = 0.3 * 72
            else:
                least = 72 if specs[label] in WRITTEN_WIDE else 0.6 * 72
            assert w >= least, (label, w / 72)
            for word in [*label.split(), *html.unescape(column.options).split()]:
                assert stringWidth(word, head.fontName, head.fontSize) + 8 <= w, (word, w)
    assert head.fontSize >= 6
    text = _text(pdf, 1)
    for label in specs:
        assert label in text  # each heading whole, as a reader copies it
    if settings is SETTINGS:
        assert len(lines) == 1  # the usual form: one line a person, as it always was
    else:
        assert len(lines) == 2


@needs_poppler
def test_a_two_line_row_stays_together_with_both_header_lines_on_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laid_out = _laid_out(monkeypatch)
    tables: list[tuple[int, Any]] = []  # each table drawn, with its page

    def drawn(doc: Any, flowable: Any) -> None:
        if isinstance(flowable, Table):
            tables.append((doc.page, flowable))

    monkeypatch.setattr(BaseDocTemplate, "afterFlowable", drawn)
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, EVERY_FIELD, rows=25, language="es")
    _, lines = laid_out[-1]
    firsts = [html.unescape(line[0][0].heading) for line in lines]
    pages = int(_info(pdf)["Pages"])
    assert pages >= 3
    for page in range(1, pages + 1):
        text = _text(pdf, page)
        assert all(first in text for first in firsts), page
        assert "4. Nombre visible" in text
    # Every page's table holds whole people: a person's two lines never part.
    assert [page for page, _ in tables] == list(range(1, pages + 1))
    for _, table in tables:
        assert (len(table._cellvalues) - 2) % 2 == 0  # less the two header lines
        assert len(table._cellvalues) > 2


@needs_poppler
def test_sheet_in_spanish(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(pdf, MEETING, SETTINGS, language="es")
    text = _text(pdf)
    assert "HOJA DE REGISTRO" in text
    assert "sábado 21 de noviembre de 2026" in text
    assert "Solo la primera columna es obligatoria." in text
    assert "Nombre (basta uno)" in text
    assert "Sí / No" in text
    assert f"2. Mensajes OK — {CONSENTS[1].wording_in('es')}" in text


@needs_poppler
def test_all_text_is_set_in_the_embedded_dejavu_font(tmp_path: Path) -> None:
    poster, sheet = tmp_path / "poster.pdf", tmp_path / "sheet.pdf"
    render_poster(poster, MEETING, URL, PHRASE, wifi=WIFI)
    render_signin_sheet(sheet, MEETING, SETTINGS)
    for pdf in (poster, sheet):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        fonts = [line.split()[0] for line in out.stdout.splitlines()[2:]]
        assert fonts
        assert all("DejaVuSans" in font for font in fonts), fonts
    assert "page 1 of 2" in _text(sheet)  # the landscape footer counts pages too


def test_a_sheet_needs_a_row() -> None:
    with pytest.raises(ValidationError):
        render_signin_sheet(Path("unused.pdf"), MEETING, SETTINGS, rows=0)


def test_a_sheet_of_too_many_rows_is_refused_before_anything_is_drawn(tmp_path: Path) -> None:
    """`--rows 100000` ran for minutes towards a 7,000-page PDF."""
    pdf = tmp_path / "sheet.pdf"
    with pytest.raises(ValidationError, match="at most 1000 rows"):
        render_signin_sheet(pdf, MEETING, SETTINGS, rows=100_000)
    assert not pdf.exists()
