"""Commitment cards, badges and tents on paper: text that fits, names in any script that a
reader can copy, the right number of sheets, and nothing printed past a card's edge.

PDFs are read back with poppler (`pdftotext`, `pdfinfo`) and the QR codes with zbar's
`zbarimg`, i.e. by what a reader and a phone camera get out of them.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import re
import shutil
import subprocess
import unicodedata
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from meetingkit.core.card import CommitmentCard, NameBadge
from meetingkit.core.card_layout import LAYOUTS, CardLayout, Rect
from meetingkit.core.errors import ValidationError
from meetingkit.services.printing.card_text import LEADING, clean, fit_text
from meetingkit.services.printing.cards import write_badges, write_cards, write_tents
from meetingkit.services.printing.commitment_card import SMALLEST
from tests.pdf_reading import needs

needs_poppler = needs("pdftotext", "pdfinfo")
needs_zbar = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("zbarimg", "pdftoppm")),
    reason="zbarimg or pdftoppm not installed (apt-get install zbar-tools poppler-utils)",
)

LONG = "Maria de los Ángeles Fernández-Villaverde y Santisteban"
NAMES = (
    "Rosa Delgado",
    "Nguyễn Thị Minh Khai",
    "Αικατερίνη Παπαδοπούλου",
    "Олександра Коваленко",
    "王秀英",
    "김민준",
    "فاطمة الزهراء",
    "प्रिया शर्मा",
    LONG,
)
CARD = CommitmentCard(
    organization="Nurses United for Safe Staffing",
    meeting_title="Safe Staffing Working Group — November",
    meeting_date=dt.date(2026, 11, 21),
    options=(
        "Bring 2 coworkers to the next meeting on Dec 5",
        "Hold 3 one-on-ones with coworkers on my unit by Dec 1",
        "Join the staffing survey committee",
    ),
    follow_up_date=dt.date(2026, 11, 23),
    organizer_contact="Rosa · 555-0134",
)


def _card(n: int, name: str) -> CommitmentCard:
    return replace(CARD, name=name, card_id=f"K7M-{n:02d}X", qr_payload=f"MK:K7M{n:02d}X")


def _cards(count: int) -> list[CommitmentCard]:
    return [_card(n, NAMES[n % len(NAMES)]) for n in range(count)]


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


def _pages(pdf: Path) -> int:
    return int(_info(pdf)["Pages"])


# Text fitting


def test_a_short_name_prints_on_one_line_at_the_largest_size() -> None:
    fitted = fit_text("Rosa Delgado", 200, 20, 12, bold=True)
    assert [line.text for line in fitted.lines] == ["Rosa Delgado"]
    assert fitted.size == 20
    assert not fitted.cut


def test_a_long_name_shrinks_to_the_smallest_size_before_it_wraps() -> None:
    """Between one-line-at-the-largest and two lines, the name gets smaller on one line."""
    width = fit_text("Maria Fernández-Villaverde", 1000, 10, 10, bold=True).width * 1.6
    fitted = fit_text("Maria Fernández-Villaverde", width, 20, 12, bold=True)
    assert len(fitted.lines) == 1
    assert 12 <= fitted.size < 20
    assert fitted.width <= width


def test_a_very_long_name_wraps_to_two_balanced_lines_that_fit() -> None:
    """Below the smallest size on one line, the name goes on two lines of similar width, as
    large as they fit, and no word is lost."""
    fitted = fit_text(LONG, 180, 20, 14, bold=True, least=8)
    assert len(fitted.lines) == 2
    assert 8 <= fitted.size <= 20
    assert fitted.width <= 180
    assert " ".join(line.text for line in fitted.lines).replace("- ", "-") == LONG
    short, wide = sorted(line.width(fitted.size) for line in fitted.lines)
    assert short > wide * 0.6


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("width", [60.0, 120.0, 240.0])
def test_names_in_any_script_fit_their_width_and_height(name: str, width: float) -> None:
    """Whatever the script and however narrow the box, every line fits it, and the lines fit
    the height they were given."""
    fitted = fit_text(name, width, 24, 12, bold=True, least=7, height=40)
    assert fitted.lines
    assert all(line.width(fitted.size) <= width + 1e-6 for line in fitted.lines)
    assert fitted.height <= 40 + 1e-6
    assert fitted.size >= 7 or len(fitted.lines) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Supercalifragilisticexpialidocious" * 4,  # no place to break
        "王秀英" * 30,  # no spaces, as Chinese is written
        "فاطمة الزهراء " * 12,
        "प्रिया शर्मा " * 12,
    ],
)
def test_text_too_long_for_its_box_is_cut_with_an_ellipsis_never_overflowing(text: str) -> None:
    """At the smallest size and the most lines, what is left is cut short and ends in "…"."""
    fitted = fit_text(text, 100, 10, 8, max_lines=2)
    assert fitted.size == 8
    assert len(fitted.lines) == 2
    assert all(line.width(8) <= 100 + 1e-6 for line in fitted.lines)
    assert "…" in fitted.lines[-1].text
    assert fitted.cut


def test_a_box_too_low_for_the_smallest_size_gets_one_smaller_line() -> None:
    fitted = fit_text("Rosa Delgado", 300, 20, 12, height=10)
    assert len(fitted.lines) == 1
    assert fitted.size * LEADING <= 10 + 1e-6


def test_typed_text_is_cleaned_to_one_line() -> None:
    """Control characters, tabs and line breaks are spaces; accents are composed (NFC)."""
    assert clean("  Rosa\n\tDel\x00gado\r\n") == "Rosa Del gado"
    assert clean("Nguye\u0302\u0303n") == "Nguyễn"
    assert fit_text("\n\t ", 100, 10, 8).lines == ()


def test_an_id_or_phone_number_is_not_broken_at_its_hyphen() -> None:
    """Hyphens break lines only between letters: "555-0134" and "K7M-2QX" stay whole."""
    fitted = fit_text("Call Rosa 555-0134 K7M-2QX", 75, 10, 10, max_lines=3)
    assert all(line.text.count("-") in (0, 1) for line in fitted.lines)
    assert any("555-0134" in line.text for line in fitted.lines)


# The PDFs


@needs_poppler
@pytest.mark.parametrize(
    ("layout", "count", "pages"),
    [("index", 7, 3), ("postcard", 7, 4), ("quarter", 7, 2), ("a6", 9, 3), ("a6", 8, 2)],
)
def test_each_card_layout_fills_its_sheets(
    tmp_path: Path, layout: str, count: int, pages: int
) -> None:
    """Cards go one to a cell: 7 index cards take 3 sheets of 3, 7 postcards 4 sheets of 2."""
    out = tmp_path / f"{layout}.pdf"
    write_cards(out, _cards(count), layout)
    assert out.read_bytes().startswith(b"%PDF-")
    assert _pages(out) == pages
    width, _, height = _info(out)["Page size"].split()[:3]
    assert (float(width), float(height)) == pytest.approx(LAYOUTS[layout].page_size, abs=0.01)


@needs_poppler
def test_badges_and_tents_fill_their_sheets(tmp_path: Path) -> None:
    """Eight badges to a sheet, two tents."""
    badges = [NameBadge(name, "Registered nurse (RN)", "Assembly") for name in NAMES]
    write_badges(tmp_path / "badges.pdf", badges)
    write_tents(tmp_path / "tents.pdf", badges[:5])
    assert _pages(tmp_path / "badges.pdf") == 2
    assert _pages(tmp_path / "tents.pdf") == 3


@needs_poppler
def test_names_in_every_script_can_be_found_in_the_pdf(tmp_path: Path) -> None:
    """Copy and search work: the text layer has every name as typed (Arabic as its joined
    forms, which NFKC folds back to the letters)."""
    out = tmp_path / "cards.pdf"
    write_cards(out, _cards(len(NAMES)), "index")
    text = _text(out)
    joined = text.replace("-", "")  # poppler joins a name wrapped after its hyphen
    for name in NAMES:
        assert unicodedata.normalize("NFKC", name).replace("-", "") in joined, name
    assert "I commit to" in text
    assert "Bring 2 coworkers to the next meeting on Dec 5" in text
    assert "K7M-00X" in text


@needs_poppler
def test_attendee_text_prints_exactly_as_typed(tmp_path: Path) -> None:
    """Brackets, backslashes and markup in a name are text, not PDF syntax; control characters
    and half a surrogate pair are dropped, not printed as boxes or a crash."""
    hostile = "<b>x</b> & (a) \\ ]]> %PDF"
    out = tmp_path / "cards.pdf"
    write_cards(
        out, [replace(_card(1, hostile), organizer_contact="Rosa\x00\ud800 (555)")], "index"
    )
    write_badges(tmp_path / "badges.pdf", [NameBadge(hostile, hostile, hostile)])
    text = _text(out)
    assert hostile in text
    assert "Rosa (555)" in text
    assert _text(tmp_path / "badges.pdf").count(hostile) == 3


@needs_poppler
def test_an_emoji_no_font_has_is_left_out_not_printed_as_a_box(tmp_path: Path) -> None:
    """The phone form takes "🌹 Rosa 👩‍⚕️": on paper, the name without the pictures (and
    without the joiners and selectors that go with them), evenly spaced."""
    name = "🌹 Rosa 👩\u200d⚕\ufe0f Delgado"
    badge = NameBadge(name, "Registered nurse (RN) 💉", "Assembly")
    write_badges(tmp_path / "badge.pdf", [badge])
    write_tents(tmp_path / "tent.pdf", [badge])
    write_cards(tmp_path / "card.pdf", [_card(1, name)], "index")
    for pdf in ("badge.pdf", "tent.pdf", "card.pdf"):
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(tmp_path / pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Rosa Delgado" in out, pdf
        assert not {"\u200d", "\ufe0f", "⚕", "🌹"} & set(out), pdf
    assert "Registered nurse (RN)" in _text(tmp_path / "badge.pdf")


@needs_poppler
def test_a_tent_shows_the_name_twice_and_a_badge_once(tmp_path: Path) -> None:
    badge = NameBadge("Rosa Delgado", "Registered nurse (RN)", "Safe Staffing Assembly")
    write_badges(tmp_path / "badge.pdf", [badge])
    write_tents(tmp_path / "tent.pdf", [badge])
    assert _text(tmp_path / "badge.pdf").count("Rosa Delgado") == 1
    tent = _text(tmp_path / "tent.pdf")
    assert tent.count("Rosa Delgado") == 2
    assert tent.count("Registered nurse (RN)") == 2
    assert tent.count("Safe Staffing Assembly") == 2


@needs_poppler
def test_a_blank_card_has_lines_to_write_on_and_no_id(tmp_path: Path) -> None:
    """A walk-in's card has no name, card ID or code: a "Name" line instead, and the stub
    carries no ID."""
    out = tmp_path / "blank.pdf"
    write_cards(out, [CARD, CARD], "quarter")
    text = _text(out)
    assert text.count("Name") == 2
    assert "Card " not in text
    assert "K7M" not in text
    assert text.count("You may contact me about this work:") == 2
    assert text.count("My commitment:") == 2


@needs_zbar
def test_the_card_qr_code_scans_back_to_its_payload_and_a_blank_card_has_none(
    tmp_path: Path,
) -> None:
    out = tmp_path / "cards.pdf"
    write_cards(out, [_card(1, "Rosa Delgado"), CARD], "postcard")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    png = next(tmp_path.glob("p*.png"))
    found = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True)
    assert found.stdout.split() == ["QR-Code:MK:K7M01X"]


@needs_poppler
@pytest.mark.parametrize("layout", ["index", "postcard", "quarter", "a6", "badge", "tent"])
def test_no_word_is_printed_past_its_card(tmp_path: Path, layout: str) -> None:
    """Every word the PDF reader finds lies inside the content box of one cell (or tent face):
    long names, long options and a long organization shrink, wrap or are cut, but never cross
    a card's edge or the quarter inch printers cannot reach."""
    out = tmp_path / "out.pdf"
    long_card = replace(
        CARD,
        organization="Service Employees International Union Healthcare Illinois Indiana",
        meeting_title="Safe Staffing Working Group — November general membership assembly",
        options=tuple(
            f"{n}. Hold three one-on-ones with coworkers on my unit " * 2 for n in range(5)
        ),
        organizer_contact="Rosa Delgado-Martínez · (312) 555-0134 · rosa.delgado@example.org",
    )
    if layout in ("badge", "tent"):
        people = [
            NameBadge(n, f"{n} · Registered nurse (RN) · St. Brigid", "Assembly " * 9)
            for n in NAMES
        ]
        (write_badges if layout == "badge" else write_tents)(out, people)
    else:
        cards = [replace(c, options=long_card.options) for c in _cards(len(NAMES))]
        cards += [long_card, replace(long_card, name=LONG * 2, card_id="K7M-2QX")]
        write_cards(out, cards, layout)
    sheet = LAYOUTS[layout]
    words = _words(out)
    assert len(words) > 50
    for page, word, box in words:
        assert any(_inside(box, b, sheet) for b in _boxes(sheet)), (page, word, box)


def _boxes(sheet: CardLayout) -> list[Rect]:
    return [sheet.content_box(face) for cell in sheet.cells for face in sheet.faces(cell)]


def _inside(word: Rect, box: Rect, sheet: CardLayout) -> bool:
    """`word` (as poppler measures it, from the font's full ascent to its descent) inside
    `box`, give or take a point."""
    return Rect(box.x - 1, box.y - 1, box.width + 2, box.height + 2).contains(word)


def _words(pdf: Path) -> list[tuple[int, str, Rect]]:
    """Each word poppler finds, with its page and box in PDF coordinates."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words: list[tuple[int, str, Rect]] = []
    page, height = 0, 0.0
    for line in out.splitlines():
        if m := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line):
            page, height = page + 1, float(m.group(2))
        elif m := re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        ):
            x0, y0, x1, y1 = (float(g) for g in m.groups()[:4])
            words.append((page, m.group(5), Rect(x0, height - y1, x1 - x0, y1 - y0)))
    return words


# What a user can get wrong


def test_an_unknown_or_badge_layout_for_cards_says_which_exist(tmp_path: Path) -> None:
    for layout in ("letter", "badge"):
        with pytest.raises(ValidationError, match="index, postcard, quarter, a6"):
            write_cards(tmp_path / "x.pdf", [CARD], layout)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("write", [write_cards, write_badges, write_tents])
def test_nothing_to_print_is_an_error_not_an_empty_file(tmp_path: Path, write: object) -> None:
    with pytest.raises(ValidationError, match="There are no"):
        write(tmp_path / "x.pdf", [])  # type: ignore[operator]
    assert not (tmp_path / "x.pdf").exists()


def test_too_many_long_options_for_a_card_is_an_error_that_says_what_to_do(
    tmp_path: Path,
) -> None:
    """Options that do not fit even in the smallest type are refused, not cut off unseen."""
    crowded = replace(CARD, options=tuple("Bring coworkers " * 12 for _ in range(12)))
    with pytest.raises(ValidationError, match=r"do not fit on any card.*Shorten them"):
        write_cards(tmp_path / "x.pdf", [crowded], "index")
    assert not (tmp_path / "x.pdf").exists()


def test_options_too_long_for_one_layout_are_refused_naming_the_layouts_they_fit(
    tmp_path: Path,
) -> None:
    """The advice is true: every layout the refusal names prints the cards, and no other."""
    options = tuple(f"{n}. {LONG_OPTION}" for n in range(1, 8))  # too many for all but A6
    cards = [replace(_card(1, "Rosa Delgado"), options=options), replace(CARD, options=options)]
    with pytest.raises(ValidationError, match="on a layout they fit: ") as refused:
        write_cards(tmp_path / "index.pdf", cards, "index")
    named = str(refused.value).rpartition(": ")[2].rstrip(".").split(", ")
    words = {"index card": "index", "postcard": "postcard", "quarter-letter": "quarter", "A6": "a6"}
    assert named
    assert "index card" not in named
    for word, layout in words.items():
        if word in named:
            write_cards(tmp_path / f"{layout}.pdf", cards, layout)
        else:
            with pytest.raises(ValidationError):
                write_cards(tmp_path / f"{layout}.pdf", cards, layout)


# A long option


LONG_OPTION = (
    "Bring two coworkers from your unit to the next meeting and introduce them to the stack "
    "keeper so they can speak early, and follow up with each of them afterwards about nights "
    "and weekends"
)


def _type_sizes(pdf: Path) -> list[float]:
    """The size of every piece of text the PDF draws (each `Tf`), pages and forms alike."""
    sizes = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf.read_bytes(), re.S):
        data = m.group(1).strip()
        try:
            data = zlib.decompress(base64.a85decode(data.removesuffix(b"~>")))
        except ValueError:
            with contextlib.suppress(zlib.error):
                data = zlib.decompress(data)
        sizes += [float(size) for size in re.findall(rb"/\S+ ([\d.]+) Tf", data)]
    return sizes


@needs_poppler
@pytest.mark.parametrize("layout", ["index", "postcard", "quarter", "a6"])
def test_a_long_option_wraps_without_shrinking_the_card(tmp_path: Path, layout: str) -> None:
    """One long option takes more lines, not a smaller type scale for the whole card: the name
    (the largest type) keeps the size it has with short options, no word is smaller than
    SMALLEST, and the option prints whole, on a named card and a blank one."""
    people = [_card(1, "Rosa Delgado"), CARD]
    short = [
        replace(card, options=(*CARD.options, "Join the staffing committee")) for card in people
    ]
    long = [replace(card, options=(*CARD.options, LONG_OPTION)) for card in people]
    write_cards(tmp_path / "short.pdf", short, layout)
    write_cards(tmp_path / "long.pdf", long, layout)
    normal, wrapped = _type_sizes(tmp_path / "short.pdf"), _type_sizes(tmp_path / "long.pdf")
    assert max(wrapped) == max(normal)
    assert min(wrapped) >= SMALLEST
    assert _text(tmp_path / "long.pdf").count(LONG_OPTION) == 2


@needs_poppler
@pytest.mark.parametrize(
    ("layout", "count"), [("index", 8), ("postcard", 12), ("quarter", 12), ("a6", 12)]
)
def test_no_text_is_smaller_than_the_floor_however_crowded_the_card(
    tmp_path: Path, layout: str, count: int
) -> None:
    """Many options make the whole card smaller, but the smallest type stops at SMALLEST."""
    options = tuple(f"{n}. Hold one-on-ones with coworkers on my unit" for n in range(count))
    cards = [replace(_card(1, "Rosa Delgado"), options=options), replace(CARD, options=options)]
    write_cards(tmp_path / "x.pdf", cards, layout)
    assert min(_type_sizes(tmp_path / "x.pdf")) >= SMALLEST
    assert _text(tmp_path / "x.pdf").count(f"{count - 1}. Hold one-on-ones") == 2


# The organizer's contact on the stub

CONTACT = "María Fernanda Rodríguez · (312) 555-0101 · maria.fernanda@example.org"
WORDS = {"index card": "index", "postcard": "postcard", "quarter-letter": "quarter", "A6": "a6"}


def _lines(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(unicodedata.normalize("NFKC", line).split()) for line in out.splitlines()]


@needs_poppler
@pytest.mark.parametrize("layout", ["index", "postcard", "quarter", "a6"])
def test_the_organizers_contact_prints_whole_on_the_stub(tmp_path: Path, layout: str) -> None:
    """The attendee keeps the stub to reach the organizer: on index cards and postcards the
    contact was cut to "(312) 555-0101 · maria.fernan…". Now on up to three lines, a part on
    each, none smaller than SMALLEST."""
    out = tmp_path / "cards.pdf"
    cards = [replace(_card(n, name), organizer_contact=CONTACT) for n, name in enumerate(NAMES)]
    write_cards(out, cards, layout)
    lines = _lines(out)
    for part in CONTACT.split(" · "):
        assert lines.count(part) == len(cards), part  # whole, on a line of its own
    assert not any("…" in line and "@" in line for line in lines)
    assert min(_type_sizes(out)) >= SMALLEST


def test_a_phone_number_is_not_broken_at_its_spaces() -> None:
    fitted = fit_text("Rosa Delgado-Martínez (312) 555 0134", 80, 8, 6, max_lines=3)
    assert not fitted.cut
    assert any("(312) 555 0134" in line.text for line in fitted.lines), fitted.lines


@needs_poppler
def test_a_contact_too_long_for_a_stub_is_refused_naming_it_and_the_layouts_it_fits(
    tmp_path: Path,
) -> None:
    """Not printed cut short: refused, as options that fit no card are, with what to do."""
    contact = "María Fernanda Rodríguez · (312) 555-0101 · maria.fernanda.rodriguez@example.org"
    cards = [replace(_card(1, "Rosa Delgado"), organizer_contact=contact)]
    with pytest.raises(ValidationError, match="contact is too long") as refused:
        write_cards(tmp_path / "index.pdf", cards, "index")
    message = str(refused.value)
    assert "(index card)" in message
    assert contact in message
    assert not (tmp_path / "index.pdf").exists()
    named = message.rpartition(": ")[2].rstrip(".").split(", ")
    assert named
    assert "index card" not in named
    for word, layout in WORDS.items():
        if word in named:
            write_cards(tmp_path / f"{layout}.pdf", cards, layout)
            assert contact.rpartition(" · ")[2] in _lines(tmp_path / f"{layout}.pdf")
        else:
            with pytest.raises(ValidationError, match="contact is too long"):
                write_cards(tmp_path / f"{layout}.pdf", cards, layout)


def test_a_contact_too_long_for_any_stub_says_to_shorten_it(tmp_path: Path) -> None:
    contact = "Rosa · 555-0134 · " + "rosa.delgado.martinez.de.la.vega.y.santisteban@example.org"
    with pytest.raises(ValidationError, match=r"too long for the stub of any card.*Shorten it"):
        write_cards(tmp_path / "x.pdf", [replace(CARD, organizer_contact=contact)], "a6")
    assert not (tmp_path / "x.pdf").exists()
