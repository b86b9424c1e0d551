"""Curriculum files: every problem an author can make is reported at its exact line.

The broken fixtures under fixtures/curricula hold one problem each; smaller variations are
written to a temporary folder from `BASE`, a valid curriculum. Paths are given relative to the
working directory, so the expected messages read exactly as `meetingkit curricula check`
prints them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.curriculum import Curriculum, Method
from meetingkit.paths import curricula_dir
from meetingkit.services import curriculum_parser as parser
from meetingkit.services.curricula import (
    bundled_curricula,
    check_folder,
    check_paths,
    find_curricula,
    load_curriculum,
)

FIXTURES = Path(__file__).parent / "fixtures" / "curricula"

BASE = """\
---
title: Story practice
goals:
  - Tell a short story and coach others on theirs.
audience: Nurses and aides on one unit.
group_size: {min: 3, max: 12}
minutes: 30
room_setup: Chairs in threes.
---

# Practice

::: objectives
- Practise a two-minute story.
:::

## Stories in threes

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
```

Form groups of three; each person tells a story once.

## Close

```module
minutes: 10
method: plenary
commitment:
  prompt: What will you do next?
  options:
    - text: Tell my story at the next meeting
      due_days: 14
    - text: Coach a coworker on theirs
      due_days: 14
    - text: Bring a coworker next time
      due_days: 30
evaluation:
  plus: What worked?
  delta: What would you change?
```

Hand out the cards, then plus/delta.
"""

WORKSHEET = (
    "# Story worksheet\n\nName: ____________\n\n::: write 4\nA moment you chose to act:\n:::\n"
)


def write(folder: Path, text: str = BASE, handouts: dict[str, str] | None = None) -> Path:
    """A curriculum folder holding `text` and its handouts (by default the worksheet)."""
    (folder / "handouts").mkdir(parents=True)
    (folder / "curriculum.md").write_text(text, encoding="utf-8")
    for name, content in (handouts or {"story-worksheet.md": WORKSHEET}).items():
        (folder / "handouts" / name).write_text(content, encoding="utf-8")
    return folder


def problems_in(path: Path) -> list[str]:
    return [str(problem) for problem in check_paths([path])]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path()


# The broken fixtures: one problem type each


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "unknown-key",
            "unknown-key/curriculum.md:20: unknown key “minuts” in the module block; "
            "did you mean “minutes”?",
        ),
        (
            "missing-required",
            "missing-required/curriculum.md:1: the front matter is missing the required key "
            "“audience”",
        ),
        (
            "times-exceed-total",
            "times-exceed-total/curriculum.md:7: “minutes” is 30 but the sessions add up to 35: "
            "5 min more",
        ),
        (
            "session-too-long",
            "session-too-long/curriculum.md:11: session “Practice” runs 160 min; a session lasts "
            "at most 150 min (2.5 h): split it with another '# Session' heading",
        ),
        (
            "rotation-too-long",
            "rotation-too-long/curriculum.md:22: the rotation takes 20 min 15 s "
            "(3 rounds × 6 min 45 s), more than the module's 20 min",
        ),
        (
            "missing-handout",
            "missing-handout/curriculum.md:32: handout “handouts/story-sheet.md” does not exist; "
            "did you mean “story-worksheet.md”?",
        ),
        (
            "invalid-yaml",
            "invalid-yaml/curriculum.md:42: this text holds “: ”, which YAML reads as a new "
            "key: put the whole text between double quotes",
        ),
        (
            "bad-utf8",
            "bad-utf8/curriculum.md:8: not UTF-8 text (byte 0xE9 in column 34): "
            "save the file as UTF-8",
        ),
    ],
)
def test_each_broken_fixture_reports_its_one_problem_at_its_line(
    fixture: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(FIXTURES)
    assert problems_in(Path(fixture)) == [expected]
    curriculum, problems = load_curriculum(Path(fixture))
    assert curriculum is None
    assert [str(p) for p in problems] == [expected]


def test_a_folder_of_curricula_is_checked_folder_by_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    problems = check_paths([Path()])
    assert [p.path.parent.name for p in problems] == sorted(
        folder.name for folder in FIXTURES.iterdir()
    )


# Variations of a valid curriculum


def test_the_base_curriculum_is_valid_and_read_completely(here: Path) -> None:
    curriculum, problems = load_curriculum(write(here / "stories"))
    assert problems == []
    assert curriculum is not None
    assert (curriculum.slug, curriculum.title, curriculum.minutes) == (
        "stories",
        "Story practice",
        30,
    )
    [session] = curriculum.sessions
    assert session.objectives == ("Practise a two-minute story.",)
    stories, close = session.modules
    assert (stories.method, stories.group_size, stories.handouts) == (
        Method.SMALL_GROUPS,
        3,
        ("story-worksheet.md",),
    )
    assert stories.rotation is not None
    assert (stories.rotation.rounds, stories.rotation.total_seconds) == (3, 900)
    assert stories.body == "Form groups of three; each person tells a story once."
    assert curriculum.commitment is close.commitment is not None
    first = curriculum.commitment.options[0]
    assert (first.text, first.due_days) == ("Tell my story at the next meeting", 14)
    assert curriculum.evaluation is not None
    assert curriculum.evaluation.delta == "What would you change?"


def test_windows_line_endings_and_a_byte_order_mark_change_no_line(here: Path) -> None:
    folder = write(here / "c")
    text = "\ufeff" + BASE.replace("minutes: 20\n", "minuts: 20\n").replace("\n", "\r\n")
    (folder / "curriculum.md").write_bytes(text.encode("utf-8"))
    assert problems_in(folder) == [
        "c/curriculum.md:20: unknown key “minuts” in the module block; did you mean “minutes”?"
    ]


ALLOWED_FRONT = ", ".join(
    f"“{key}”" for key in (*parser.FRONT_MATTER_REQUIRED, *parser.FRONT_MATTER_OPTIONAL)
)
FRONT_MATTER_MESSAGE = (
    "a curriculum starts with front matter: a '---' line, the training's keys, "
    "then another '---' line"
)
EXTRA_SESSION = """
# More

::: objectives
- More.
:::

## Extra

```module
minutes: 5
method: pairs
```
"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("---\ntitle", "title", ["1: " + FRONT_MATTER_MESSAGE]),
        (
            "Chairs in threes.\n---\n",
            "Chairs in threes.\n",
            ["1: the front matter opened here is never closed with a '---' line"],
        ),
        (
            "title: Story practice\n",
            "title: Story practice\ntitle: Stories\n",
            ["3: “title” is given twice in the front matter (first at line 2)"],
        ),
        (
            "title: Story practice",
            "title: Story\x07practice",
            ["2: invalid YAML: character #x0007 is not allowed in text"],
        ),
        (
            "minutes: 30\n",
            "minutes: 30\n[a, b]: red\n",
            ["8: a key in the front matter must be a plain word like “minutes”"],
        ),
        (
            "minutes: 30\n",
            "minutes: 30\ncolour: red\n",
            [f"8: unknown key “colour” in the front matter; allowed: {ALLOWED_FRONT}"],
        ),
        (
            "audience: Nurses",
            "audience Nurses",
            [
                "5: this line is not “key: value”: add the key, or indent the line under the "
                "key whose text it goes on"
            ],
        ),
        (
            "{min: 3, max: 12}",
            "{min: 13, max: 12}",
            ["6: “min” (13) is above “max” (12)"],
        ),
        (
            "minutes: 30\nroom",
            "minutes: 45\nroom",
            ["7: “minutes” is 45 but the sessions add up to 30: 15 min less"],
        ),
        (
            "Hand out the cards, then plus/delta.\n",
            "Hand out the cards, then plus/delta.\n" + EXTRA_SESSION,
            ["7: “minutes” is 30 but the sessions add up to 35 (30 + 5): 5 min more"],
        ),
        (
            "# Practice\n",
            "## Early\n\n```module\nminutes: 5\nmethod: plenary\n```\n\n# Practice\n",
            [
                "11: module “Early” comes before the first session: "
                "add a '# Session title' heading above it"
            ],
        ),
        (
            "::: objectives\n- Practise",
            "::: objective\n- Practise",
            [
                "11: session “Practice” has no “::: objectives” list",
                "13: unknown section “::: objective”; did you mean “objectives”?",
            ],
        ),
        (
            "- Practise a two-minute story.",
            "Practise a two-minute story.",
            ["14: “::: objectives” is a list: start each item with '- '"],
        ),
        (
            "::: objectives\n- Practise a two-minute story.\n",
            "::: objectives\n",
            ["13: “::: objectives” is empty"],
        ),
        (
            "minutes: 20\nmethod",
            "minutes: twenty\nmethod",
            ["20: “minutes” must be a whole number, not “twenty”"],
        ),
        (
            "method: small groups",
            "method: small-groups",
            ["21: unknown method “small-groups”; did you mean “small groups”?"],
        ),
        (
            "      minutes: 2\n",
            "      minutes: 0\n",
            ["26: “minutes” must be more than 0, not 0"],
        ),
        (
            "  rotate: true",
            "  rotate: often",
            ["29: “rotate” must be true or false, not “often”"],
        ),
        (
            "  steps:\n    - name: Story\n      minutes: 2\n"
            "    - name: Coaching\n      minutes: 3\n",
            "",
            ["24: “rotate” needs “steps” to time"],
        ),
        (
            "  - story-worksheet.md",
            "  - handouts/story-worksheet.md",
            [
                "31: handout “handouts/story-worksheet.md” must be a file name inside handouts/, "
                "like “planning-sheet.md”"
            ],
        ),
        (
            "each person tells a story once.\n",
            "each person tells a story once.\n\n::: instructor\nKeep time.\n",
            ["36: “::: instructor” is never closed with a ':::' line before the next heading"],
        ),
        (
            "each person tells a story once.\n",
            "each person tells a story once.\n:::\n",
            ["35: this ':::' closes no section"],
        ),
        (
            "## Close\n",
            "## Stretch\n\nEveryone stands up.\n\n## Close\n",
            [
                "36: module “Stretch” has no module block: add a ```module fence "
                "with its “minutes” and “method”"
            ],
        ),
        (
            "## Close\n",
            "## Stretch\n\n```module\n```\n\n## Close\n",
            ["38: the module block is empty: it needs “minutes” and “method”"],
        ),
        (
            "      due_days: 30\n",
            "      due_days: 30\n    - text: Call a coworker\n      due_days: 3\n"
            "    - text: Read the guide\n      due_days: 7\n    - text: Lead a circle\n"
            "      due_days: 60\n",
            ["43: “options” must offer 3 to 5 commitments, not 6"],
        ),
        (
            "evaluation:\n  plus: What worked?\n  delta: What would you change?\n",
            "",
            [
                "36: no module holds the “evaluation” (plus and delta): "
                "add it to a closing module's block"
            ],
        ),
        (
            "  - story-worksheet.md\n",
            "  - story-worksheet.md\nevaluation:\n  plus: Good?\n  delta: Change?\n",
            ["53: a second “evaluation”: a training has one (the first is at line 32)"],
        ),
        (
            "Hand out the cards, then plus/delta.\n",
            "",
            [],
        ),
    ],
)
def test_each_problem_is_reported_at_the_line_to_edit(
    here: Path, old: str, new: str, expected: list[str]
) -> None:
    assert old in BASE
    folder = write(here / "c", BASE.replace(old, new, 1))
    assert problems_in(folder) == [f"c/curriculum.md:{problem}" for problem in expected]


def test_a_training_without_sessions_is_told_to_add_one(here: Path) -> None:
    folder = write(here / "c", BASE[: BASE.index("# Practice")])
    assert problems_in(folder) == [
        "c/curriculum.md:9: no sessions: add a '# Session title' heading, then its modules "
        "under '## Module title' headings"
    ]


# Handouts


@pytest.mark.parametrize(
    ("worksheet", "expected"),
    [
        (
            WORKSHEET.replace("# Story worksheet", "Story worksheet"),
            "1: a handout starts with its title: a '# Title' line",
        ),
        (
            WORKSHEET.replace("::: write 4", "::: write many"),
            "5: “::: write” takes the number of lines to leave, from 1 to 40, like “::: write 6”",
        ),
        (
            WORKSHEET.replace("::: write 4", "::: write 41"),
            "5: “::: write” takes the number of lines to leave, from 1 to 40, like “::: write 6”",
        ),
        (
            WORKSHEET.replace("::: write 4", "::: writ 4"),
            "5: unknown section “::: writ”; did you mean “write”?",
        ),
        (
            WORKSHEET.replace("::: write 4", "::: instructor"),
            "5: unknown section “::: instructor”; a handout has only “::: write N” sections",
        ),
        (WORKSHEET.removesuffix(":::\n"), "5: “::: write” is never closed with a ':::' line"),
        (
            WORKSHEET.replace("A moment you chose to act:", "1."),
            "6: a list item with nothing after its marker prints nothing; write the words after "
            "it, like “Agreement 1:”",
        ),
    ],
)
def test_handouts_are_checked_for_their_title_and_writing_space(
    here: Path, worksheet: str, expected: str
) -> None:
    folder = write(here / "c", handouts={"story-worksheet.md": worksheet})
    assert problems_in(folder) == [f"c/handouts/story-worksheet.md:{expected}"]


def test_a_handout_no_module_hands_out_is_a_problem(here: Path) -> None:
    folder = write(here / "c", handouts={"story-worksheet.md": WORKSHEET, "extra.md": "# Extra\n"})
    assert problems_in(folder) == [
        "c/handouts/extra.md: no module hands this out: name it under “handouts” in a module"
    ]


def test_a_handout_that_is_not_utf8_is_reported_at_its_line(here: Path) -> None:
    folder = write(here / "c")
    (folder / "handouts" / "story-worksheet.md").write_bytes(b"# Story\n\nCaf\xe9\n")
    assert problems_in(folder) == [
        "c/handouts/story-worksheet.md:3: not UTF-8 text (byte 0xE9 in column 4): "
        "save the file as UTF-8"
    ]


# Paths


def test_a_path_that_does_not_exist_is_a_problem_not_an_exception(here: Path) -> None:
    assert problems_in(Path("nowhere")) == ["nowhere: no such file or folder"]
    curriculum, problems = load_curriculum(Path("nowhere"))
    assert curriculum is None
    assert [str(p) for p in problems] == ["nowhere: no such file"]


def test_only_curriculum_md_files_and_folders_holding_them_are_curricula(here: Path) -> None:
    Path("FORMAT.md").write_text("# Format\n", encoding="utf-8")
    Path("empty").mkdir()
    message = "not a curriculum: give a curriculum.md, its folder, or a folder of them"
    assert problems_in(Path("FORMAT.md")) == [f"FORMAT.md: {message}"]
    assert problems_in(Path("empty")) == [f"empty: {message}"]


def test_a_folder_of_curricula_skips_drafts_and_flags_folders_without_a_curriculum(
    here: Path,
) -> None:
    write(here / "all" / "stories")
    (here / "all" / "_drafts").mkdir()
    (here / "all" / "notes").mkdir()
    (here / "all" / "README.md").write_text("# Curricula\n", encoding="utf-8")
    files, problems = find_curricula(Path("all"))
    assert files == [Path("all/stories/curriculum.md")]
    assert [str(p) for p in problems] == ["all/notes: no curriculum.md in this folder"]
    assert problems_in(Path("all")) == ["all/notes: no curriculum.md in this folder"]


def test_a_folder_of_curricula_is_listed_once_to_be_checked(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`curricula check` with no path: it listed the data folder's curricula twice, once to
    see there were any, again to find them (a review note)."""
    write(here / "all" / "stories")
    (here / "all" / "_drafts").mkdir()
    (here / "all" / "notes").mkdir()
    (here / "empty").mkdir()
    listed: list[Path] = []
    iterdir = Path.iterdir

    def counted(folder: Path) -> Iterator[Path]:
        listed.append(folder)
        return iterdir(folder)

    monkeypatch.setattr(Path, "iterdir", counted)
    count, problems = check_folder(Path("all"))
    assert (count, [str(p) for p in problems]) == (
        1,
        ["all/notes: no curriculum.md in this folder"],
    )
    assert listed.count(Path("all")) == 1
    assert check_folder(Path("empty")) == (0, [])  # none yet: not "not a curriculum"
    assert check_folder(Path("nowhere")) == (0, [])
    assert listed.count(Path("empty")) == 1


def test_a_curriculum_named_twice_is_checked_once(here: Path) -> None:
    folder = write(here / "c", BASE.replace("minutes: 20\n", "minuts: 20\n"))
    assert len(check_paths([folder, folder / "curriculum.md"])) == 1


def test_an_unreadable_file_is_a_problem_not_an_exception(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write(here / "c")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert problems_in(folder) == ["c/curriculum.md: cannot be read: Permission denied"]


# The bundled curricula and this format's documentation


def bundled_folders() -> list[Path]:
    root = curricula_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda folder: folder.name)
def test_every_bundled_curriculum_is_valid(folder: Path) -> None:
    curriculum, problems = load_curriculum(folder)
    assert [str(p) for p in problems] == []
    assert curriculum is not None
    assert curriculum.commitment is not None
    assert curriculum.evaluation is not None
    # Said, so that its guide prints our words in the language of its text whatever
    # language the app speaks, and the curricula list can name it.
    assert curriculum.language in {"en", "es"}


# Each translated edition and the curriculum it translates: a trainer can run either with the
# same timer, the same rotations and the same cards.
EDITIONS = {
    "conversaciones-uno-a-uno": "one-on-ones",
    "entre-profesiones": "across-professions",
    "cuadro-de-estrategia": "strategy-chart",
    "mapa-de-poder": "power-mapping",
    "narrativa-publica": "public-narrative",
    "preguntas-publicas-y-escalada": "birddogging-escalation",
    "reuniones-inclusivas": "inclusive-meetings",
}


def _shape(curriculum: Curriculum) -> list[object]:
    """Everything about a curriculum that is not words: what the room does, for how long."""
    shape: list[object] = [
        curriculum.minutes,
        curriculum.group_size,
        len(curriculum.goals),
        len(curriculum.handouts),
    ]
    for session in curriculum.sessions:
        shape.append(("session", len(session.modules)))
        for m in session.modules:
            rotation = m.rotation
            shape.append(
                (
                    m.minutes,
                    m.method,
                    m.group_size,
                    None
                    if rotation is None
                    else (
                        rotation.rounds,
                        rotation.group_size,
                        [s.seconds for s in rotation.steps],
                    ),
                    len(m.handouts),
                    None if m.commitment is None else [o.due_days for o in m.commitment.options],
                    m.evaluation is not None,
                )
            )
    return shape


@pytest.mark.parametrize(("edition", "original"), EDITIONS.items())
def test_a_translated_edition_runs_as_the_curriculum_it_translates(
    edition: str, original: str
) -> None:
    translated, _ = load_curriculum(curricula_dir() / edition)
    source, _ = load_curriculum(curricula_dir() / original)
    assert translated is not None
    assert source is not None
    assert translated.language != source.language
    assert _shape(translated) == _shape(source)


def test_with_no_path_the_bundled_curricula_are_checked() -> None:
    assert check_paths() == []
    listed = bundled_curricula()
    assert [entry.folder for entry in listed] == bundled_folders()
    assert all(entry.curriculum is not None and not entry.problems for entry in listed)


def test_the_one_on_ones_practice_rotates_so_each_person_plays_each_role() -> None:
    curriculum, _ = load_curriculum(curricula_dir() / "one-on-ones")
    assert curriculum is not None
    assert curriculum.total_minutes == curriculum.minutes == 120
    [practice] = [m for m in curriculum.modules() if m.rotation is not None]
    assert practice.rotation is not None
    assert practice.rotation.rounds == practice.rotation.group_size == 3
    assert [(s.name, s.seconds) for s in practice.rotation.steps] == [
        ("One-on-one", 720),
        ("Observer feedback", 180),
    ]
    assert practice.minutes * 60 >= practice.rotation.total_seconds
    assert len(curriculum.handouts) == 3


FORMAT = curricula_dir() / "FORMAT.md"


def test_the_worked_example_in_the_format_is_valid(here: Path) -> None:
    text = FORMAT.read_text(encoding="utf-8")
    blocks = re.findall(r"\*\*`curricula/([^`]+)`\*\*\n\n````markdown\n(.*?)\n````\n", text, re.S)
    assert [name for name, _ in blocks] == [
        "story-circles/curriculum.md",
        "story-circles/handouts/story-worksheet.md",
    ]
    for name, content in blocks:
        (here / name).parent.mkdir(parents=True, exist_ok=True)
        (here / name).write_text(content + "\n", encoding="utf-8")
    curriculum, problems = load_curriculum(Path("story-circles"))
    assert [str(p) for p in problems] == []
    assert curriculum is not None
    assert [s.minutes for s in curriculum.sessions] == [40, 10]


def test_the_format_documents_every_key_method_and_section() -> None:
    text = FORMAT.read_text(encoding="utf-8")
    keys = {
        *parser.FRONT_MATTER_REQUIRED,
        *parser.FRONT_MATTER_OPTIONAL,
        *parser.MODULE_REQUIRED,
        *parser.MODULE_OPTIONAL,
        *parser.GROUPING_OPTIONAL,
        *("size", "name", "min", "max", "prompt", "options", "text", "due_days"),
        *("plus", "delta", "questions"),
        *(method.value for method in Method),
    }
    assert sorted(key for key in keys if f"`{key}`" not in text) == []
    assert sorted(s for s in parser.SECTIONS if f"`::: {s}`" not in text) == []


# The commonest YAML mistakes, and a module block never closed, in plain words


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "audience: Nurses and aides on one unit.",
            "audience: Nurses and aides: one unit.",
            "5: this text holds “: ”, which YAML reads as a new key: put the whole text between "
            "double quotes",
        ),
        (
            "    - name: Coaching\n",
            "\t- name: Coaching\n",
            "27: a tab here: indent YAML with spaces, never tabs",
        ),
        (
            "audience: Nurses and aides on one unit.",
            'audience: "Nurses and aides on one unit.',
            "5: the quote opened here is never closed: end the text with the same quote mark",
        ),
        (
            "title: Story practice",
            'title: "Story practice" (copy)',
            "2: the text goes on after its closing quote: put all of it between the quotes",
        ),
        (
            "method: small groups\n",
            "method: small groups\n  size: 3\n",
            "22: “: ” on a line that goes on from the one above: line this key up with the keys "
            "above it, or put the text holding “: ” between double quotes",
        ),
    ],
)
def test_the_commonest_yaml_mistakes_say_what_to_do(
    here: Path, old: str, new: str, expected: str
) -> None:
    assert old in BASE
    folder = write(here / "c", BASE.replace(old, new, 1))
    assert problems_in(folder) == [f"c/curriculum.md:{expected}"]


def test_yaml_advice_is_in_the_apps_language(here: Path) -> None:
    from meetingkit.core import i18n

    spanish = {"a tab here: indent YAML with spaces, never tabs": "un tabulador"}
    folder = write(here / "c", BASE.replace("    - name: Coaching\n", "\t- name: Coaching\n"))
    i18n.install(lambda _context, text, _d, _n: spanish.get(text, text), "es")
    try:
        assert problems_in(folder) == ["c/curriculum.md:27: un tabulador"]
    finally:
        i18n.install(None)


UNCLOSED = (
    "19: the ```module block opened here is never closed: end it with a ``` line after its "
    "keys, before line %s"
)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # Into the module's run sheet and a section: reported at the fence, not at a line of
        # the notes that YAML could not read
        (
            "  - story-worksheet.md\n```\n\nForm groups",
            "  - story-worksheet.md\n\nForm groups of three.\n\n::: instructor\nKeep time.\n:::"
            "\n\nForm groups",
            UNCLOSED % 35,
        ),
        # Into the next module's heading and block: the next module is still read
        (
            "  - story-worksheet.md\n```\n",
            "  - story-worksheet.md\n",
            UNCLOSED % 35,
        ),
        # To the end of the file
        (
            "  delta: What would you change?\n```\n\nHand out the cards, then plus/delta.\n",
            "  delta: What would you change?\n",
            "38: the ```module block opened here is never closed: end it with a ``` line after "
            "its keys",
        ),
    ],
)
def test_a_module_block_never_closed_is_reported_at_its_fence(
    here: Path, old: str, new: str, expected: str
) -> None:
    assert old in BASE
    folder = write(here / "c", BASE.replace(old, new, 1))
    assert problems_in(folder) == [f"c/curriculum.md:{expected}"]


def test_the_modules_after_a_block_never_closed_are_still_read(here: Path) -> None:
    from meetingkit.services.curriculum_parser import parse_curriculum
    from meetingkit.services.curriculum_yaml import Report

    text = BASE.replace("  - story-worksheet.md\n```\n", "  - story-worksheet.md\n", 1)
    report = Report(Path("c/curriculum.md"))
    curriculum = parse_curriculum(text, report.path, ["story-worksheet.md"], report)
    assert [m.title for m in curriculum.modules()] == ["Stories in threes", "Close"]
    close = curriculum.sessions[0].modules[1]
    assert close.minutes == 10
    assert close.evaluation is not None
    assert len(report.problems) == 1


def test_a_yaml_comment_in_a_module_block_is_no_heading(here: Path) -> None:
    text = BASE.replace("method: small groups\n", "method: small groups\n# timed below\n", 1)
    folder = write(here / "c", text)
    assert problems_in(folder) == []
