"""Decisions and temperature checks in the minutes, typed in any script, and drawn text that
lines up with the Paragraphs beside it.

Read back as a reader gets them: poppler's `pdftotext` for the text (in reading order, Arabic
as its joined forms, which NFKC folds back to the letters) and where each word stands,
`pdftohtml` for what is bold, and `pdftoppm` for the colour of the page at a point.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import CheckKind, Decision, Objections, Outcome, TemperatureCheck
from meetingkit.core.meeting import Meeting
from meetingkit.services.printing.agenda_pdf import render_agenda, render_minutes
from tests.pdf_reading import needs

pytestmark = needs("pdftotext", "pdffonts", "pdftohtml", "pdftoppm")

MEETING = Meeting(
    "Safe Staffing Working Group", dt.date(2026, 11, 21), dt.time(18, 30), planned_minutes=90, id=1
)
# Latin titles: whatever is drawn in another font is the decisions' and the checks'.
ITEMS = [
    AgendaItem("Vigil", 10, ItemKind.PROPOSAL, id=1),
    AgendaItem("Night shift", 10, ItemKind.PROPOSAL, id=2),
    AgendaItem("Rota", 10, ItemKind.PROPOSAL, id=3),
    AgendaItem("Survey", 10, ItemKind.DISCUSSION, id=4),
]
DECISIONS = {
    1: Decision(
        "نقيم وقفة احتجاجية أمام المستشفى يوم الخميس",
        Outcome.CONSENSUS,
        stand_asides=Objections(("فاطمة الزهراء",)),
    ),
    2: Decision("נקיים משמרת מחאה מול בית החולים ביום חמישי", Outcome.CONSENSUS),
    3: Decision("我们周四在医院前举行守夜活动", Outcome.CONSENSUS),
    4: Decision("Hold a staffing vigil at the December board meeting.", Outcome.CONSENSUS),
}
CHECKS = {
    1: [TemperatureCheck(CheckKind.TWINKLES, (17, 4, 2), "هل نشارك النتائج الآن؟")],
    2: [TemperatureCheck(CheckKind.TWINKLES, (9, 1, 0), "האם אנחנו מוכנים?")],
    3: [TemperatureCheck(CheckKind.TWINKLES, (10, 2, 1), "现在分享结果吗？")],
    4: [TemperatureCheck(CheckKind.TWINKLES, (3, 4, 5), "Share results now?")],
}
DECIDED_BG = (0xED, 0xF5, 0xEE)  # agenda_pdf's DECIDED_BG and DECIDED
DECIDED = (0x2F, 0x6B, 0x3A)
MARGIN = 54  # points: where the box's left rule runs
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")  # letters, joined forms


def _minutes(
    pdf: Path,
    items: list[AgendaItem] = ITEMS,
    decisions: dict[int, Decision] = DECISIONS,
    checks: dict[int, list[TemperatureCheck]] = CHECKS,
) -> Path:
    render_minutes(pdf, MEETING, [], items, {}, decisions, checks, None, None)
    return pdf


def _reading(pdf: Path) -> str:
    """The text in reading order, whitespace folded, Arabic's joined forms folded back to its
    letters (NFKC) and without the marks poppler puts round right-to-left text."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e]", "", out)).split())


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:]]


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """Each word as poppler finds it: page, left, top, right, bottom (points from the top of
    the page) and the word, a right-to-left one with its letters as they stand on the page."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = []
    for page, text in enumerate(out.split("<page ")[1:], 1):
        for x0, y0, x1, y1, word in _WORD.findall(text):
            words.append((page, float(x0), float(y0), float(x1), float(y1), word))
    return words


def _word(pdf: Path, word: str, nth: int = 0) -> tuple[int, float, float, float, float, str]:
    return [w for w in _words(pdf) if w[5] == word][nth]


def _bold_lines(pdf: Path) -> list[str]:
    """The lines poppler finds set in a bold font."""
    out = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.findall(r"<text [^>]*><b>(.*?)</b></text>", out)


def _colour(pdf: Path, page: int, x: float, y: float) -> tuple[int, ...]:
    """The colour of the page at (x, y), in points from its top left, rendered at 288 dpi."""
    scale = 4
    out = subprocess.run(
        [
            "pdftoppm",
            *("-r", str(72 * scale), "-f", str(page), "-l", str(page)),
            *("-x", str(int(x * scale)), "-y", str(int(y * scale)), "-W", "1", "-H", "1"),
            str(pdf),
        ],
        capture_output=True,
        check=True,
    ).stdout
    return tuple(out[-3:])  # one pixel of a binary PPM


def test_decisions_and_checks_print_in_the_script_they_were_typed_in(tmp_path: Path) -> None:
    """Through Paragraph markup an Arabic decision printed unjoined and backwards, a Hebrew
    one backwards and a Chinese one as boxes; so did a temperature check's question."""
    pdf = _minutes(tmp_path / "minutes.pdf")
    fonts = _fonts(pdf)
    assert any("NotoSansArabic" in f for f in fonts)
    assert any("DroidSansFallback" in f for f in fonts)
    text = _reading(pdf)
    for line in (
        "Decision: Adopted by consensus; stand-asides: فاطمة الزهراء",
        "Proposal: نقيم وقفة احتجاجية أمام المستشفى يوم الخميس",
        "Proposal: נקיים משמרת מחאה מול בית החולים ביום חמישי",
        "Proposal: 我们周四在医院前举行守夜活动",
        "Temperature check — Twinkles on “现在分享结果吗？”: up: 10 · flat: 2 · down: 1",
    ):
        assert unicodedata.normalize("NFKC", line) in text
    for question in ("هل نشارك النتائج الآن", "האם אנחנו מוכנים"):
        assert question in text
    # Right to left on the page: the first word (נקיים) to the right of the second.
    left = {re.sub(r"\W", "", word)[::-1]: x for _, x, _, _, _, word in _words(pdf)}
    assert left["נקיים"] > left["משמרת"] > left["מחאה"]
    assert left["האם"] > left["אנחנו"]


def test_drawn_checks_are_bulleted_as_the_latin_one_is(tmp_path: Path) -> None:
    pdf = _minutes(tmp_path / "minutes.pdf")
    bullets = [w for w in _words(pdf) if w[5] == "•"]
    starts = [w for w in _words(pdf) if w[5] == "Temperature"]
    assert len(bullets) == len(starts) == 4
    assert {round(w[1], 2) for w in bullets} == {MARGIN}
    assert len({round(w[1], 2) for w in starts}) == 1  # each line's text starts where it did
    # Each bullet on its line's baseline, as the Latin line's is.
    drops = {round(b[4] - s[4], 2) for b, s in zip(bullets, starts, strict=True)}
    assert len(drops) == 1


@pytest.mark.parametrize(
    "proposal",
    ["Hold a staffing vigil.", "نقيم وقفة احتجاجية", "נקיים משמרת מחאה", "我们举行守夜活动"],
)
def test_a_decision_is_bold_in_its_tinted_ruled_box(tmp_path: Path, proposal: str) -> None:
    """As the boxed Paragraph it was: "Decision: …" in bold, the proposal under it in the
    regular weight, on the box's tint, a green rule down its side."""
    decision = Decision(proposal, Outcome.MAJORITY, 21, 3, 1)
    pdf = _minutes(tmp_path / "minutes.pdf", ITEMS[:1], {1: decision}, {})
    decided = "Decision: Adopted by majority vote; 21 for, 3 against, 1 abstaining"
    assert decided in _bold_lines(pdf)
    assert not any("Proposal:" in line for line in _bold_lines(pdf))
    assert f"Proposal: {proposal}" in _reading(pdf)
    for word in ("Decision:", "Proposal:"):
        page, x, top, _, bottom, _ = _word(pdf, word)
        middle = (top + bottom) / 2
        assert _colour(pdf, page, x - 3, middle) == DECIDED_BG  # inside the box
        assert _colour(pdf, page, MARGIN - 2, middle) == (255, 255, 255)  # outside it
        rule = [_colour(pdf, page, MARGIN + dx / 8, middle) for dx in range(-4, 5)]
        assert DECIDED in rule


def test_a_long_check_reads_left_to_right_on_its_second_line(tmp_path: Path) -> None:
    """An English line with an Arabic question in it, wrapped: its second line starts in
    Arabic but still reads left to right, the tallies after the question. Set on its own, the
    line read right to left, the tallies first."""
    question = (
        "هل نوافق على أن نطلب من الإدارة اجتماعا عاجلا قبل نهاية الشهر لمناقشة نقص الممرضين "
        "في كل الوحدات"
    )
    checks = {1: [TemperatureCheck(CheckKind.TWINKLES, (1, 2, 3), question)]}
    pdf = _minutes(tmp_path / "minutes.pdf", ITEMS[:1], {}, checks)
    words = _words(pdf)
    up = next(w for w in words if w[5] == "up:")
    first = next(w for w in words if w[5] == "Temperature")
    assert up[2] > first[4]  # the tallies are on the second line
    middle = (up[2] + up[4]) / 2
    arabic = [w for w in words if w[2] < middle < w[4] and ARABIC.search(w[5])]
    assert arabic
    assert all(w[3] < up[1] for w in arabic)
    assert abs(min(w[1] for w in arabic) - first[1]) < 1  # the line starts under the first


def test_a_drawn_title_sits_on_its_rows_baseline(tmp_path: Path) -> None:
    """An agenda item titled in Arabic or Hebrew is drawn letter by letter, its row's start
    time and minutes are Paragraphs: the words lie on one line. The Arabic font's tall ascent
    put the title 3.5 points lower; Hebrew (in DejaVu Sans) sat half a point higher."""
    items = [
        AgendaItem("Welcome ترحيب", 10, ItemKind.WELCOME, id=1),  # "Welcome", drawn
        AgendaItem("שלום וברכה", 15, ItemKind.REPORT_BACK, id=2),
    ]
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, [], items)
    for time, minutes, title in (("18:30", "10", "Welcome"), ("18:40", "15", "הכרבו")):
        row = [_word(pdf, time), _word(pdf, minutes), _word(pdf, title)]
        # One font (DejaVu Sans, bold or not) and one size: the same box on the same baseline.
        assert max(w[4] for w in row) - min(w[4] for w in row) < 0.01, row


def test_the_minutes_time_table_lines_up_drawn_titles_too(tmp_path: Path) -> None:
    pdf = _minutes(tmp_path / "minutes.pdf", [AgendaItem("Welcome ترحيب", 17, id=1)], {}, {})
    number = next(w for w in _words(pdf) if w[5] == "1" and w[1] < 70)  # the row's number
    title = [w for w in _words(pdf) if w[5] == "Welcome"][-1]  # after the item's heading
    assert abs(number[4] - title[4]) < 0.01


def test_a_right_to_left_title_and_its_kind_sit_flush_right(tmp_path: Path) -> None:
    """In the agenda's item column, as its notes already did: the title drawn, its kind on
    the line below it, both on the side the title starts from."""
    items = [AgendaItem("ترحيب واتفاقات", 10, ItemKind.WELCOME, notes="نقرأ الاتفاقات", id=1)]
    pdf = tmp_path / "agenda.pdf"
    render_agenda(pdf, MEETING, [], items)
    words = _words(pdf)
    arabic = [w for w in words if ARABIC.search(w[5])]
    title = max((w for w in arabic if w[2] == min(a[2] for a in arabic)), key=lambda w: w[3])
    kind = _word(pdf, "agreements")
    minutes = _word(pdf, "10")
    assert kind[2] > title[4] - 1  # below the title
    assert abs(kind[3] - title[3]) < 0.5  # flush right with it
    assert title[1] > minutes[3] + 100  # well away from the left of the column


def test_a_drawn_decision_never_ends_a_page_without_its_proposal(tmp_path: Path) -> None:
    """Wherever the foot of the page falls, "Decision: …" goes over with the start of its
    proposal rather than stand alone in its box (as a paragraph keeps two lines together).
    The minutes above it grow a line at a time, through a whole page."""
    proposal = "\n".join(f"البند {n}: تطلب المجموعة من الإدارة توفير الممرضين" for n in range(9))
    for said in range(55):
        minutes = "\n".join(f"Line {n} of what was said." for n in range(said))
        items = [AgendaItem("Vigil", 10, ItemKind.PROPOSAL, minutes=minutes, id=1)]
        pdf = _minutes(
            tmp_path / f"{said}.pdf", items, {1: Decision(proposal, Outcome.CONSENSUS)}, {}
        )
        decided = _word(pdf, "Decision:")
        assert decided[0] == _word(pdf, "Proposal:")[0], said  # on one page
