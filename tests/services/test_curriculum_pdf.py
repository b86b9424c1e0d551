"""A curriculum in print: the facilitator guide holds every module, the handouts leave room to
write, and whatever the files say prints as written.

PDFs are read back as a reader gets them: the text through poppler's `pdftotext`, and the
drawn lines from the pages' content streams.
"""

from __future__ import annotations

import base64
import itertools
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from meetingkit.core.curriculum import Curriculum, Method, Module
from meetingkit.core.errors import MeetingkitError
from meetingkit.core.rotation import Rotation, RotationStep
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import load_curriculum
from meetingkit.services.printing import handouts_pdf
from meetingkit.services.printing.curriculum_pdf import (
    WRITING_RULE,
    handouts_in_order,
    read_handout,
)
from meetingkit.services.printing.document import WIDTH
from meetingkit.services.printing.guide_pdf import grouping, render_guide
from meetingkit.services.printing.handouts_pdf import fewest_lines, render_handouts
from tests.pdf_reading import needs
from tests.pdf_reading import page_texts as _pages

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="poppler's pdftotext not installed (apt-get install poppler-utils)",
)

HOSTILE = "<b>bold</b> & <font size=90> ]]> &amp; <br/>"

CURRICULUM = """\
---
title: "Story circles {hostile}"
goals:
  - Tell a two-minute story about a moment that called you to act.
audience: Members of a workplace organizing committee.
group_size: {{min: 6, max: 18}}
minutes: 50
room_setup: Chairs in threes, spread around the room.
materials:
  - A timer on the screen
---

Two evenings; a 15-minute break between them.

# Stories

::: objectives
- Tell a short story of a choice you made.
:::

## Welcome {hostile}

```module
minutes: 10
method: plenary
```

Welcome people: {hostile}

### What to say

1. **Stories** in threes, then a _debrief_.
   - nested point
2. See [the guide](https://example.org/guide).

| part | minutes | what happens |
|---|---|---|
| Story | 2 | One person tells; {hostile} |

> A quotation to read aloud.

```
a code block
```

<div>raw html block</div>

::: instructor
Notes for you: {hostile}
:::

## Story circles

```module
minutes: 20
method: small groups
grouping:
  size: 3
  steps:
    - name: Story
      minutes: 2
    - name: Coaching
      minutes: 3
  rotate: true
handouts:
  - story-worksheet.md
debrief:
  - Which detail made a story come alive?
```

Form groups of three.

## Debrief

```module
minutes: 10
method: plenary
```

Ask the debrief question.

# Next steps

::: objectives
- Choose a next step.
:::

## Commitments and evaluation

```module
minutes: 10
method: plenary
commitment:
  prompt: What will you do next?
  options:
    - text: Tell my story at the next meeting
      due_days: 14
    - text: Help a coworker find their story
      due_days: 14
    - text: Bring a coworker to the next story circle
      due_days: 30
evaluation:
  plus: What worked tonight?
  delta: What would you change?
```

Hand out the commitment cards.
"""

WORKSHEET = """\
# Story worksheet {hostile}

Name: ______________________

Ask: {hostile}

::: write 6
A moment when you had to choose to act. What happened?
:::

::: write 2
What did you learn from it?
:::

- [ ] I told my story in the circle.
"""


def _curriculum_folder(folder: Path) -> Path:
    (folder / "handouts").mkdir(parents=True)
    text = CURRICULUM.format(hostile=HOSTILE.replace('"', "'"))
    (folder / "curriculum.md").write_text(text, encoding="utf-8")
    worksheet = WORKSHEET.format(hostile=HOSTILE)
    (folder / "handouts" / "story-worksheet.md").write_text(worksheet, encoding="utf-8")
    return folder


@pytest.fixture
def stories(tmp_path: Path) -> Curriculum:
    curriculum, problems = load_curriculum(_curriculum_folder(tmp_path / "story-circles"))
    assert curriculum is not None, [str(p) for p in problems]
    return curriculum


def _text(pdf: Path) -> str:
    """The PDF's text with runs of whitespace (line and cell breaks) folded to one space."""
    return " ".join(_pages(pdf))


def _strokes(pdf: Path) -> list[tuple[float, float, float, float]]:
    """Every straight line drawn ('x1 y1 m x2 y2 l S'), in its flowable's coordinates."""
    data = pdf.read_bytes()
    found: list[tuple[float, float, float, float]] = []
    for match in re.finditer(rb"<<([^<>]*)>>\s*stream\r?\n", data):
        length = re.search(rb"/Length (\d+)", match[1])
        assert length is not None
        if b"Length1" in match[1]:  # an embedded font, not a page
            continue
        raw = data[match.end() : match.end() + int(length[1])]
        if b"ASCII85Decode" in match[1]:
            raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
        if b"FlateDecode" in match[1]:
            raw = zlib.decompress(raw)
        number = rb"(-?[0-9.]+)"
        line = rb"n %s %s m %s %s l S" % (number, number, number, number)
        found += [tuple(float(v) for v in m.groups()) for m in re.finditer(line, raw)]
    return found


def _bundled() -> list[object]:
    """Every bundled curriculum that loads cleanly (the checks themselves are tested apart)."""
    params = []
    for file in sorted(curricula_dir().glob("*/curriculum.md")):
        curriculum, _ = load_curriculum(file)
        if curriculum is not None:
            params.append(pytest.param(curriculum, id=file.parent.name))
    return params


# Every bundled curriculum


@needs_pdftotext
@pytest.mark.parametrize("curriculum", _bundled())
def test_bundled_guide_holds_title_and_every_module(curriculum: Curriculum, tmp_path: Path) -> None:
    """The guide names the training, every session and module, and the handouts by title."""
    out = tmp_path / "guide.pdf"
    render_guide(out, curriculum)
    text = _text(out)
    assert curriculum.title in text
    for session in curriculum.sessions:
        assert session.title in text
        for module in session.modules:
            assert module.title in text
    for name in curriculum.handouts:
        assert read_handout(curriculum, name).title in text


@needs_pdftotext
@pytest.mark.parametrize("curriculum", _bundled())
def test_bundled_handouts_each_start_a_page(curriculum: Curriculum, tmp_path: Path) -> None:
    """Each handout starts a new page under the training's name, in the order handed out."""
    if not curriculum.handouts:
        pytest.skip("no handouts")
    out = tmp_path / "handouts.pdf"
    render_handouts(out, curriculum)
    eyebrow = curriculum.title.upper() + " "
    openings = [page.removeprefix(eyebrow) for page in _pages(out) if page.startswith(eyebrow)]
    titles = [read_handout(curriculum, name).title for name in handouts_in_order(curriculum)]
    assert len(openings) == len(titles)
    for opening, title in zip(openings, titles, strict=True):
        assert opening.startswith(title)
    assert curriculum.path is not None
    handouts = (curriculum.path.parent / "handouts").glob("*.md")
    # Each block as asked, or with fewer lines where that saves a page: never below the least.
    least = sum(
        fewest_lines(int(n))
        for file in handouts
        for n in re.findall(r"(?m)^::: write ([0-9]+)", file.read_text())
    )
    full_width = [s for s in _strokes(out) if s[0] == 0 and s[2] == pytest.approx(WIDTH)]
    assert len(full_width) >= least  # ruled lines, and a table's rules too


@needs_pdftotext
def test_the_story_of_self_worksheet_fits_on_two_pages(tmp_path: Path) -> None:
    """It ran onto a third page by its last section, "4. After practising", alone: with a line
    fewer under its prompts it fits on two, that section under the rest."""
    curriculum, _ = load_curriculum(curricula_dir() / "public-narrative")
    assert curriculum is not None
    out = tmp_path / "handouts.pdf"
    render_handouts(out, curriculum)
    eyebrow = curriculum.title.upper() + " "
    pages = _pages(out)
    first = next(n for n, page in enumerate(pages) if page.startswith(eyebrow + "Story of self"))
    assert not pages[first + 1].startswith(eyebrow)
    assert "4. After practising" in pages[first + 1]
    assert pages[first + 2].startswith(eyebrow)  # the next handout


# What the files say prints as written


@needs_pdftotext
def test_guide_prints_markup_in_files_verbatim(stories: Curriculum, tmp_path: Path) -> None:
    """`<b>`, `&`, `&amp;` and `<br/>` in a title, a run sheet, notes or a table are text."""
    out = tmp_path / "guide.pdf"
    render_guide(out, stories)
    text = _text(out)
    hostile = HOSTILE.replace('"', "'")
    assert f"Story circles {hostile}" in text
    assert f"Welcome {hostile}" in text
    assert f"Welcome people: {hostile}" in text
    assert f"Notes for you: {hostile}" in text
    assert f"One person tells; {hostile}" in text


@needs_pdftotext
def test_guide_renders_markdown_as_text(stories: Curriculum, tmp_path: Path) -> None:
    """Markdown marks do not print; lists, links, quotations and code keep their words."""
    out = tmp_path / "guide.pdf"
    render_guide(out, stories)
    text = _text(out)
    assert "1. Stories in threes, then a debrief." in text
    assert "**" not in text
    assert "_debrief_" not in text
    assert "nested point" in text
    assert "See the guide (https://example.org/guide)." in text
    assert "What to say" in text
    assert "A quotation to read aloud." in text
    assert "a code block" in text
    assert "<div>raw html block</div>" in text


@needs_pdftotext
def test_guide_cover_agenda_and_module_details(stories: Curriculum, tmp_path: Path) -> None:
    """Total time and sessions, clock offsets restarting each session, rotation, commitment."""
    out = tmp_path / "guide.pdf"
    render_guide(out, stories)
    text = _text(out)
    assert "FACILITATOR GUIDE" in text
    assert "50 min in 2 sessions (40 + 10 min)" in text
    assert "6 to 18 participants" in text
    assert "0:00–0:10" in text
    assert "0:10–0:30" in text
    assert "3 rounds × (Story 2 min + Coaching 3 min), groups of 3" in text
    assert "15 min on the timer" in text
    assert "Story worksheet" in text  # the handout by its title, not its file name
    assert "Which detail made a story come alive?" in text
    assert "What will you do next?" in text
    assert "Bring a coworker to the next story circle (due 30 days after" in text
    assert "Plus: What worked tonight?" in text
    assert "Delta: What would you change?" in text


def test_grouping_in_words() -> None:
    """A rotation reads as rounds × steps; seconds show; pairs need no words."""
    steps = (RotationStep("Story", 90), RotationStep("Coaching", 180))
    rotating = Module("Practice", 20, Method.SMALL_GROUPS, 3, Rotation(3, steps, 3))
    assert grouping(rotating) == "3 rounds × (Story 1 min 30 s + Coaching 3 min), groups of 3"
    assert grouping(Module("Talk", 10, Method.SMALL_GROUPS, 4)) == "groups of 4"
    assert grouping(Module("Talk", 10, Method.PAIRS, 2)) == ""
    assert grouping(Module("Talk", 10, Method.PLENARY)) == ""


# Worksheets


@needs_pdftotext
def test_handout_prints_markup_verbatim_and_ticks(stories: Curriculum, tmp_path: Path) -> None:
    """The handout's title and text print as written, under the training's; `- [ ]` is a box."""
    out = tmp_path / "handouts.pdf"
    render_handouts(out, stories)
    text = _text(out)
    assert f"Story worksheet {HOSTILE}" in text
    assert f"Ask: {HOSTILE}" in text
    assert f"STORY CIRCLES {HOSTILE.upper()}" in text
    assert "☐ I told my story in the circle." in text
    assert "[ ]" not in text
    assert "____" not in text  # blanks are ruled, not underscores


def test_write_blocks_draw_ruled_lines_a_third_of_an_inch_apart(
    stories: Curriculum, tmp_path: Path
) -> None:
    """`::: write 6` and `::: write 2` draw 8 lines across the page width, 0.33 in apart."""
    out = tmp_path / "handouts.pdf"
    render_handouts(out, stories)
    strokes = _strokes(out)
    ruled = [s for s in strokes if s[0] == 0 and s[2] == pytest.approx(WIDTH) and s[1] == s[3]]
    assert len(ruled) == 8
    heights = sorted(s[1] for s in ruled[:6])
    gaps = {round(b - a, 2) for a, b in itertools.pairwise(heights)}
    assert gaps == {round(WRITING_RULE, 2)}


def _worksheet(folder: Path, blocks: list[int]) -> Curriculum:
    """The story circles, its worksheet a name blank and `blocks` writing blocks of those
    many lines, each under a one-line prompt."""
    _curriculum_folder(folder)
    prompts = [
        f"::: write {n}\nPrompt {i}: what happened, and what did you do?\n:::\n"
        for i, n in enumerate(blocks)
    ]
    text = "# Story worksheet\n\nName: ______________________\n\n" + "\n".join(prompts)
    (folder / "handouts" / "story-worksheet.md").write_text(text, encoding="utf-8")
    curriculum, problems = load_curriculum(folder)
    assert curriculum is not None, [str(p) for p in problems]
    return curriculum


def _ruled_blocks(pdf: Path) -> list[int]:
    """The lines of each writing block drawn, in order (each block's first line is at its
    flowable's foot, y = 0)."""
    blocks: list[int] = []
    for x1, y1, x2, y2 in _strokes(pdf):
        if x1 == 0 and x2 == pytest.approx(WIDTH) and y1 == y2:
            if y1 == 0:
                blocks.append(0)
            blocks[-1] += 1
    return blocks


@needs_pdftotext
def test_a_worksheet_a_little_over_a_page_fits_on_one_with_fewer_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks of 6, 6, 4, 4 and 1 lines run a few lines onto a second page. The same share
    comes off every block, a fifth (6 lines to 5, 4 to 3), and the worksheet fits on one page;
    the block of one line keeps it."""
    asked = [6, 6, 4, 4, 1]
    curriculum = _worksheet(tmp_path / "story-circles", asked)
    full = tmp_path / "full.pdf"
    with monkeypatch.context() as patch:
        patch.setattr(handouts_pdf, "LEAST_SHARE", 1.0)  # no line may go
        render_handouts(full, curriculum)
    assert len(_pages(full)) == 2
    assert _ruled_blocks(full) == asked

    out = tmp_path / "handouts.pdf"
    render_handouts(out, curriculum)
    assert len(_pages(out)) == 1
    lines = _ruled_blocks(out)
    assert lines == [5, 5, 3, 3, 1]
    assert all(n >= fewest_lines(a) for n, a in zip(lines, asked, strict=True))


@needs_pdftotext
def test_a_worksheet_that_needs_its_last_page_keeps_every_line(tmp_path: Path) -> None:
    """Eight blocks of four lines take a page and a half: even at three lines a block (the
    least that four may be cut to) they would not fit on one, so none is cut."""
    curriculum = _worksheet(tmp_path / "story-circles", [4] * 8)
    out = tmp_path / "handouts.pdf"
    render_handouts(out, curriculum)
    assert len(_pages(out)) == 2
    assert sum(_ruled_blocks(out)) == 32


def test_the_fewest_lines_a_block_may_be_given() -> None:
    """At least three fifths of what was asked, rounded up, and never below two lines, nor
    more than was asked."""
    assert [fewest_lines(n) for n in (1, 2, 3, 4, 5, 6, 10, 40)] == [1, 2, 2, 3, 3, 4, 6, 24]


def test_blank_at_the_end_of_a_line_runs_to_the_margin(stories: Curriculum, tmp_path: Path) -> None:
    """'Name: ____' is a ruled blank after the label, reaching the right margin."""
    out = tmp_path / "handouts.pdf"
    render_handouts(out, stories)
    blanks = [s for s in _strokes(out) if s[0] > 20 and s[1] == s[3]]
    assert len(blanks) == 1
    assert WIDTH - 4 <= blanks[0][2] <= WIDTH


# Errors a user can cause


def test_handouts_of_a_curriculum_without_any(tmp_path: Path) -> None:
    """No handouts/ folder: a message saying so, and no file."""
    folder = _curriculum_folder(tmp_path / "bare")
    text = (folder / "curriculum.md").read_text(encoding="utf-8")
    (folder / "curriculum.md").write_text(
        text.replace("handouts:\n  - story-worksheet.md\n", ""), encoding="utf-8"
    )
    shutil.rmtree(folder / "handouts")
    curriculum, problems = load_curriculum(folder)
    assert curriculum is not None, [str(p) for p in problems]
    out = tmp_path / "handouts.pdf"
    with pytest.raises(MeetingkitError, match="has no handouts to print"):
        render_handouts(out, curriculum)
    assert not out.exists()


def test_handout_gone_since_loading(stories: Curriculum, tmp_path: Path) -> None:
    """A handout deleted after the check: a message naming it, and no half-written PDF."""
    assert stories.path is not None
    (stories.path.parent / "handouts" / "story-worksheet.md").unlink()
    out = tmp_path / "handouts.pdf"
    with pytest.raises(MeetingkitError, match=r"story-worksheet\.md cannot be read"):
        render_handouts(out, stories)
    assert not out.exists()
    render_guide(tmp_path / "guide.pdf", stories)  # the guide still prints, by file name


# Text in scripts DejaVu Sans lacks, and text written right to left

needs_poppler = needs("pdftotext", "pdffonts")

CURRICULUM_IN_SCRIPTS = """\
---
title: "一对一 会议 practice"
summary: "स्वास्थ्य कर्मियों के लिए प्रशिक्षण"
goals:
  - "לספר סיפור קצר"
audience: "عمال الصحة"
group_size: {min: 6, max: 18}
minutes: 30
room_setup: "椅子三人一组"
materials:
  - "भाषण के लिए टाइमर"
---

**重要**：先读这一段。 See [指南](https://example.org/zh).

# جلسة القصص

::: objectives
- 讲一个你做出选择的故事。
:::

## प्रशिक्षण का स्वागत

```module
minutes: 20
method: plenary
materials:
  - 计时器
handouts:
  - log.md
debrief:
  - "ماذا تعلمت؟"
```

### 讨论 **重点**

1. שרה כהן opens the circle.
2. Plain Latin item stays a paragraph.

::: instructor
सुविधाकर्ता के लिए नोट।
:::

## Commitments

```module
minutes: 10
method: plenary
commitment:
  prompt: 你下一步做什么？
  options:
    - text: "انضم إلى اللجنة"
      due_days: 1
    - text: Call two coworkers
      due_days: 7
    - text: Come to the next meeting
      due_days: 14
evaluation:
  plus: 什么有效？
  delta: What would you change?
```

Hand out the cards.
"""

LOG_IN_SCRIPTS = """\
# 对话记录 log

Name: ____________

姓名：________ 日期：____

::: write 3
מה למדת היום
:::

- [ ] דוד לוי called back.
"""


@pytest.fixture
def in_scripts(tmp_path: Path) -> Curriculum:
    folder = tmp_path / "in-scripts"
    (folder / "handouts").mkdir(parents=True)
    (folder / "curriculum.md").write_text(CURRICULUM_IN_SCRIPTS, encoding="utf-8")
    (folder / "handouts" / "log.md").write_text(LOG_IN_SCRIPTS, encoding="utf-8")
    curriculum, problems = load_curriculum(folder)
    assert curriculum is not None, [str(p) for p in problems]
    return curriculum


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:]]


def _words(pdf: Path) -> dict[str, float]:
    """Each word of the PDF (the last of each spelling) with its left edge, as poppler finds it:
    a word drawn right to left comes with its letters in the order they stand on the page."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    box = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
    return {word: float(x) for x, word in re.findall(box, out)}


@needs_poppler
def test_guide_draws_chinese_hindi_arabic_and_hebrew_in_fonts_that_have_them(
    in_scripts: Curriculum, tmp_path: Path
) -> None:
    """A Paragraph in DejaVu Sans printed the cover title, agenda, module headings, run sheet,
    notes and lists as boxes (Chinese, Hindi), and Arabic and Hebrew unjoined and backwards."""
    out = tmp_path / "guide.pdf"
    render_guide(out, in_scripts)
    fonts = _fonts(out)
    assert any("DroidSansFallback" in f for f in fonts)
    assert any("NotoSansDevanagari" in f for f in fonts)
    assert any("NotoSansArabic" in f for f in fonts)
    text = _text(out)
    for words in (
        "一对一 会议 practice",  # the cover title
        "स्वास्थ्य कर्मियों के लिए प्रशिक्षण",  # the summary
        "椅子三人一组",  # the room setup
        "भाषण के लिए टाइमर",  # materials
        "先读这一段。 See 指南 (https://example.org/zh).",  # bold lost, link address kept
        "讲一个你做出选择的故事。",  # an objective
        "प्रशिक्षण का स्वागत",  # a module heading (and in the agenda)
        "计时器",  # a module's materials
        "讨论 重点",  # a heading with bold in it
        "सुविधाकर्ता के लिए नोट।",  # the facilitator notes
        "你下一步做什么？",  # the commitment prompt
        "due the next day",  # an option drawn, its due day under it
        "Plus: 什么有效？",
        "2. Plain Latin item stays a paragraph.",
    ):
        assert words in text
    assert "**" not in text
    # Drawn right to left: the first word (שרה) to the right of the second (כהן).
    left = {word[::-1]: x for word, x in _words(out).items()}
    assert left["שרה"] > left["כהן"]
    assert left["לספר"] > left["סיפור"] > left["קצר"]  # a goal


@needs_poppler
def test_handouts_draw_titles_prompts_and_forms_in_any_script(
    in_scripts: Curriculum, tmp_path: Path
) -> None:
    """The running header, the title, a write block's prompt, a box to tick and a form line:
    each drawn in a font that has its letters, right to left where it reads so; the writing
    lines and the Latin form's ruled blank as before."""
    out = tmp_path / "handouts.pdf"
    render_handouts(out, in_scripts)
    fonts = _fonts(out)
    assert any("DroidSansFallback" in f for f in fonts)
    text = _text(out)
    assert "一对一 会议 PRACTICE" in text  # the running header, upper-cased where it has case
    assert "对话记录 log" in text
    assert "Name:" in text
    assert "☐" in text
    assert "[ ]" not in text
    left = {word[::-1]: x for word, x in _words(out).items()}
    assert left["מה"] > left["למדת"] > left["היום"]  # the prompt, right to left
    assert left["דוד"] > left["לוי"]  # the item to tick
    # The drawn form line: its blanks are underscores, the last one run on to the margin.
    blanks = re.search(r"姓名：(_+) 日期：(_+)", text)
    assert blanks is not None
    assert len(blanks[1]) == 8
    assert len(blanks[2]) > 40
    # The Latin line keeps its ruled blank, and the write block its three lines.
    assert text.count("_") == len(blanks[1]) + len(blanks[2])
    assert _ruled_blocks(out) == [3]


def _boxes(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    """Each word with its left, top, right and bottom edges, as poppler finds it."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    box = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(box, out)]


@needs_poppler
def test_a_drawn_item_stands_as_clear_of_its_number_as_a_latin_one(
    in_scripts: Curriculum, tmp_path: Path
) -> None:
    """A Paragraph sets its text past its number and a little more ("2.  Plain"); a drawn item
    kept to its indent, so that "1." all but touched "שרה" (and "10." would have run into it)."""
    out = tmp_path / "guide.pdf"
    render_guide(out, in_scripts)
    boxes = _boxes(out)
    word = {w: (x0, y0, x1, y1) for x0, y0, x1, y1, w in boxes}
    latin_gap = word["Plain"][0] - word["2."][2]
    sarah = word["הרש"]  # the first word of the drawn item, rightmost on its line
    number = next(b for b in boxes if b[4] == "1." and b[1] < sarah[3] and sarah[1] < b[3])
    assert number[0] - sarah[2] == pytest.approx(latin_gap, abs=0.5)
