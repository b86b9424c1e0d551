"""Names in any script: each letter in a bundled font that has it, joined where the script
joins, and shown in reading order when right-to-left text is mixed in."""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts  # type: ignore[import-untyped]

from meetingkit.paths import resource
from meetingkit.services.printing import scripts
from meetingkit.services.printing.card_text import fit_text
from meetingkit.services.printing.reading_order import (
    embedding_levels,
    mirrored,
    paragraph_level,
    visual_order,
)
from meetingkit.services.printing.scripts import FALLBACKS, font_for, fonts_for, set_line

try:
    import uharfbuzz  # noqa: F401

    HARFBUZZ = True
except ImportError:
    HARFBUZZ = False
needs_harfbuzz = pytest.mark.skipif(
    not HARFBUZZ, reason="uharfbuzz not installed, so reportlab cannot shape text"
)


def _visual(text: str) -> str:
    levels = embedding_levels(text)
    return "".join(mirrored(text[i]) if levels[i] % 2 else text[i] for i in visual_order(levels))


# Reading order


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Rosa Delgado", "Rosa Delgado"),
        ("שרה כהן", "ןהכ הרש"),
        ("abc אבג def", "abc גבא def"),  # a right-to-left word in a left-to-right line
        ("Sara (שרה) Cohen", "Sara (הרש) Cohen"),
        ("שרה כהן (RN)", "(RN) ןהכ הרש"),  # brackets mirror at the left end
        ("فاطمة (RN) 12", "12 (RN) ةمطاف"),  # brackets keep their pair (N0)
        ("חדר 12 Room", "Room 12 רדח"),
        ("Room 12 חדר", "Room 12 רדח"),
    ],
)
def test_mixed_lines_show_in_the_order_a_reader_expects(text: str, shown: str) -> None:
    assert _visual(text) == shown


def test_the_first_strong_letter_sets_the_line_direction() -> None:
    assert paragraph_level("فاطمة Fatima") == 1
    assert paragraph_level("Fatima فاطمة") == 0
    assert paragraph_level("12 - (3)") == 0  # no letters: left to right


def test_arabic_digits_after_arabic_letters_read_left_to_right() -> None:
    """Numbers are never reversed: "١٢" stays "١٢" inside right-to-left text (W2, I1–I2)."""
    assert _visual("غرفة ١٢") == "١٢ ةفرغ"
    assert _visual("room 12") == "room 12"


def test_spaces_at_the_end_of_a_line_stay_at_its_end() -> None:
    """L1: trailing spaces take the paragraph's level, so they are not moved to the front."""
    levels = embedding_levels("Rosa שרה  ")
    assert levels[-2:] == [0, 0]


# Fonts


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("Rosa Delgado", "DejaVuSans"),
        ("Nguyễn Thị Minh Khai", "DejaVuSans"),
        ("Αικατερίνη", "DejaVuSans"),
        ("Олександра", "DejaVuSans"),
        ("שרה", "DejaVuSans"),
        ("Հայկ", "DejaVuSans"),
        ("ნინო", "DejaVuSans"),
        ("فاطمة", "NotoSansArabic"),  # DejaVu has these letters, but not all of Arabic
        ("پژوهش", "NotoSansArabic"),  # Persian and Urdu letters too
        ("प्रिया", "NotoSansDevanagari"),
        ("ময়না", "NotoSansBengali"),
        ("தமிழ்", "NotoSansTamil"),
        ("สมชาย", "NotoSansThai"),
        ("አበበ", "NotoSansEthiopic"),
        ("മലയാളം", "NotoSansMalayalam"),
        ("ਪੰਜਾਬੀ", "NotoSansGurmukhi"),
        ("王秀英", "DroidSansFallback"),
        ("김민준", "DroidSansFallback"),
        ("やまだ", "DroidSansFallback"),
    ],
)
def test_each_script_is_drawn_in_a_font_that_has_it(text: str, font: str) -> None:
    assert set(fonts_for(text)) == {font}
    assert all(ord(c) in scripts._font(font).face.charToGlyph for c in text)


def test_bold_latin_uses_the_bold_face_and_other_scripts_fall_back() -> None:
    """DejaVu Sans Bold draws bold Latin; a bold Arabic name is the regular Noto face drawn
    with an outline."""
    (latin,) = set_line("Rosa", bold=True).runs
    assert latin.font == "DejaVuSans-Bold"
    assert not latin.faux_bold
    (arabic,) = set_line("فاطمة", bold=True).runs
    assert arabic.font == "NotoSansArabic"
    assert arabic.faux_bold


def test_spaces_and_punctuation_stay_with_the_script_around_them() -> None:
    """A two-word Arabic or Thai name is one run, shaped as one, not three."""
    assert len(set_line("فاطمة الزهراء").runs) == 1
    assert len(set_line("สมชาย ใจดี").runs) == 1
    assert [run.font for run in set_line("Rosa 王秀英").runs] == ["DejaVuSans", "DroidSansFallback"]


def test_a_mixed_line_is_drawn_in_visual_order() -> None:
    """In a left-to-right line, the Latin run comes first and the Arabic run after it."""
    runs = set_line("Fatima فاطمة").runs
    assert [run.font for run in runs] == ["DejaVuSans", "NotoSansArabic"]
    line = set_line("فاطمة Fatima")  # a right-to-left line: the Latin word is on the left
    assert [run.font for run in line.runs] == ["DejaVuSans", "NotoSansArabic"]
    assert line.runs[0].text.strip() == "Fatima"


def test_a_character_no_font_has_falls_back_to_dejavu() -> None:
    assert font_for("\U0001fae8") == "DejaVuSans"  # a new emoji: a box, not a crash


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("🌹 Rosa 👩\u200d⚕\ufe0f", "Rosa"),  # no "⚕" left over from the nurse
        ("Ana 🌹 Lima", "Ana Lima"),
        ("Ana🌹Lima", "Ana Lima"),
        ("👍🏽 Joy", "Joy"),
        ("🇺🇸 Sam", "Sam"),
        ("Rosa 🌹\nDelgado", "Rosa\nDelgado"),
        ("🌹", ""),
    ],
)
def test_what_no_bundled_font_can_draw_is_left_out_with_its_space(typed: str, printed: str) -> None:
    assert scripts.printable(typed) == printed


@pytest.mark.parametrize(
    "typed",
    [
        "Rosa Delgado",
        "⚕ Rosa ❤",
        "😀 Joy",
        "Nguyễn Thị",
        "प्रिया शर्मा",
        "क्\u200dष",
        "فاطمة",
        "王秀英",
    ],
)
def test_what_some_bundled_font_draws_is_kept_as_typed(typed: str) -> None:
    """DejaVu Sans has a few emoji of its own; the scripts keep their joiners."""
    assert scripts.printable(typed) == typed


def test_line_width_grows_with_size() -> None:
    line = set_line("Rosa Delgado")
    assert line.width(20) == pytest.approx(2 * line.width(10))
    assert line.ascent > 0 > line.descent


def test_fonts_of_tall_scripts_report_their_height() -> None:
    """Arabic and Myanmar fonts reach further above the baseline than Latin ones: lines in them
    get more height, so stacked marks never overlap the line above."""
    assert set_line("فاطمة").ascent > set_line("Rosa").ascent
    assert set_line("မြန်မာ").descent < set_line("Rosa").descent


# Shaping


@needs_harfbuzz
def test_arabic_letters_are_joined_and_drawn_right_to_left() -> None:
    """The drawn glyphs are the letters' joined forms, last letter first."""
    (run,) = set_line("فاطمة").runs
    drawn = str(run.text)
    assert drawn != "فاطمة"[::-1]  # not just reversed, isolated letters
    assert any("\ufb50" <= c <= "\ufeff" for c in drawn)  # contextual (presentation) forms
    assert unicodedata.normalize("NFKC", drawn[0]) == "ة"  # the last letter, on the left
    assert unicodedata.normalize("NFKC", drawn[-1]) == "ف"
    assert run.actual == ""  # readers reverse right-to-left glyphs themselves


@needs_harfbuzz
def test_devanagari_forms_its_conjuncts_and_keeps_the_typed_text() -> None:
    """ "प्रिया" is drawn with a conjunct and a reordered vowel sign; the PDF's ActualText gives
    back what was typed, for copy and search."""
    (run,) = set_line("प्रिया शर्मा").runs
    assert str(run.text) != "प्रिया शर्मा"
    assert run.actual == "प्रिया शर्मा"
    assert run.advance < scripts.pdfmetrics.stringWidth("प्रिया शर्मा", run.font, 1)


@pytest.fixture
def without_harfbuzz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    set_line.cache_clear()
    fit_text.cache_clear()
    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    yield
    set_line.cache_clear()
    fit_text.cache_clear()


@pytest.mark.usefixtures("without_harfbuzz")
def test_without_harfbuzz_right_to_left_text_is_still_reversed() -> None:
    """Without uharfbuzz nothing is shaped, but Hebrew and Arabic still read right to left,
    each letter with its marks."""
    (run,) = set_line("שָׁרָה").runs
    assert str(run.text) == "ה" + "רָ" + "שָׁ"
    (arabic,) = set_line("فاطمة").runs
    assert str(arabic.text) == "ةمطاف"


# The bundled font files


def _tables(path: Path) -> set[str]:
    data = path.read_bytes()[:1024]
    count = struct.unpack(">H", data[4:6])[0]
    return {data[12 + 16 * i : 16 + 16 * i].decode("latin-1") for i in range(count)}


@pytest.mark.parametrize("fallback", FALLBACKS, ids=lambda f: f.name)
def test_each_fallback_font_is_bundled_as_truetype(fallback: scripts.Fallback) -> None:
    """reportlab embeds TrueType outlines only (glyf), not CFF."""
    path = resource("fonts", fallback.filename)
    assert path.is_file()
    tables = _tables(path)
    assert "glyf" in tables
    assert "CFF " not in tables


def test_every_bundled_font_has_its_licence_beside_it() -> None:
    """Each font file sits beside a FAMILY-LICENSE.txt of its family, and the Noto licence
    names every Noto file it covers."""
    folder = resource("fonts")
    licences = {
        p.name.removesuffix("-LICENSE.txt"): p.read_text() for p in folder.glob("*-LICENSE.txt")
    }
    fonts = sorted(p.name for p in folder.glob("*.ttf"))
    assert len(fonts) == len(FALLBACKS) + 2  # and DejaVu Sans, regular and bold
    for name in fonts:
        family = next((f for f in licences if name.startswith(f)), None)
        assert family is not None, f"{name} has no licence file"
        if family == "Noto":
            assert name in licences[family]
    assert "SIL OPEN FONT LICENSE Version 1.1" in licences["Noto"]
    assert "Apache License" in licences["DroidSansFallback"]
