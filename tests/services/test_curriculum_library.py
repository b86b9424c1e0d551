"""The trainer's own curricula: import, duplicate, find, beside the bundled ones."""

import shutil
from pathlib import Path

import pytest

from meetingkit.core import i18n
from meetingkit.core.errors import MeetingkitError, ValidationError
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import check_paths
from meetingkit.services.curriculum_library import CurriculumLibrary

FIXTURES = Path(__file__).parent / "fixtures" / "curricula"


def test_the_library_lists_bundled_then_own(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    bundled = {p.name for p in curricula_dir().iterdir() if (p / "curriculum.md").is_file()}
    assert {e.slug for e in library.entries()} == bundled
    assert all(e.bundled and e.folder.curriculum is not None for e in library.entries())


def test_the_library_is_in_the_order_of_the_titles_a_trainer_reads(tmp_path: Path) -> None:
    """By title, not by folder name, those in the app's language before the other editions;
    the trainer's own follow the bundled ones."""
    library = CurriculumLibrary(tmp_path)
    library.import_from(curricula_dir() / "strategy-chart")
    entries = library.entries()
    titles = [e.folder.title for e in entries]
    assert titles[:3] == [
        "Birddogging and escalation",
        "One-on-one relational meetings",
        "Organizing across professions",
    ]
    languages = [e.folder.curriculum.language for e in entries if e.folder.curriculum]
    assert languages[:7] == ["en"] * 7
    assert languages[7:14] == ["es"] * 7
    assert titles[7:9] == [
        "Cómo llevar una reunión inclusiva",  # reuniones-inclusivas: among the C's
        "Conversaciones uno a uno para construir relaciones",
    ]
    assert titles[-2:] == [
        "Preguntas en público y escalada de una campaña",  # the last bundled one
        "The strategy chart: planning a health-worker campaign",  # the trainer's copy
    ]
    assert [e.bundled for e in entries][-2:] == [True, False]


def test_in_spanish_the_spanish_editions_come_first(tmp_path: Path) -> None:
    i18n.install(lambda _context, text, _d, _n: text, "es")
    try:
        entries = CurriculumLibrary(tmp_path).entries()
    finally:
        i18n.install(None)
    languages = [e.folder.curriculum.language for e in entries if e.folder.curriculum]
    assert languages == ["es"] * 7 + ["en"] * 7
    assert entries[0].folder.title == "Cómo llevar una reunión inclusiva"


def test_importing_copies_a_valid_curriculum_with_its_handouts(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    copied = library.import_from(curricula_dir() / "one-on-ones" / "curriculum.md")
    assert copied.parent == tmp_path / "curricula"
    assert (copied / "handouts").is_dir()
    again = library.import_from(curricula_dir() / "one-on-ones")
    assert again.name == "one-on-ones-2"
    own = [e for e in library.entries() if not e.bundled]
    assert [e.slug for e in own] == ["one-on-ones", "one-on-ones-2"]
    assert all(e.folder.curriculum is not None for e in own)
    assert library.find("one-on-ones") == copied  # the trainer's own comes first


@pytest.mark.parametrize("link", ["a file", "a folder", "the handouts"])
def test_a_curriculum_with_links_is_refused_so_no_private_file_comes_along(
    tmp_path: Path, link: str
) -> None:
    """A downloaded curriculum whose handouts/slides.pdf is a link to a private file (a key,
    another app's data) must not put a copy of that file in the library."""
    import shutil

    source = tmp_path / "downloaded"
    shutil.copytree(curricula_dir() / "one-on-ones", source)
    private = tmp_path / "private"
    shutil.copytree(source / "handouts", private)  # so that the curriculum itself is valid
    (private / "id_ed25519").write_text("PRIVATE KEY")
    if link == "a file":
        (source / "handouts" / "slides.pdf").symlink_to(private / "id_ed25519")
    elif link == "a folder":
        (source / "handouts" / "more").symlink_to(private, target_is_directory=True)
    else:
        shutil.rmtree(source / "handouts")
        (source / "handouts").symlink_to(private, target_is_directory=True)
    library = CurriculumLibrary(tmp_path / "data")
    link_named = r"handouts(/slides.pdf|/more)?: is a link"
    with pytest.raises(ValidationError, match=link_named) as refused:
        library.import_from(source)
    assert "put the file itself here instead" in str(refused.value)
    assert not [e for e in library.entries() if not e.bundled]


def test_a_broken_curriculum_is_not_imported_and_says_why(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    with pytest.raises(ValidationError, match=r"curriculum.md:\d+: unknown key “minuts”"):
        library.import_from(FIXTURES / "unknown-key")
    assert not (tmp_path / "curricula" / "unknown-key").exists()
    with pytest.raises(ValidationError, match="not a curriculum"):
        library.import_from(tmp_path)


def test_a_duplicate_is_titled_as_a_copy_and_still_valid(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    copy = library.duplicate(curricula_dir() / "one-on-ones")
    entry = next(e for e in library.entries() if e.folder.folder == copy)
    assert entry.folder.curriculum is not None
    assert entry.folder.curriculum.title.endswith("(copy)")


def test_an_unknown_name_lists_the_library(tmp_path: Path) -> None:
    with pytest.raises(MeetingkitError, match="one-on-ones"):
        CurriculumLibrary(tmp_path).find("nope")


@pytest.mark.parametrize(
    "folder",
    sorted(p.name for p in curricula_dir().iterdir() if (p / "curriculum.md").is_file()),
)
def test_every_bundled_curriculum_duplicates_into_a_copy_that_checks_clean(
    tmp_path: Path, folder: str
) -> None:
    """A title holding ": " is written between quotes ("The strategy chart: …"); " (copy)"
    added after the closing quote made the copy's YAML unreadable."""
    library = CurriculumLibrary(tmp_path)
    original = next(e for e in library.entries() if e.slug == folder).folder.curriculum
    assert original is not None
    copy = library.duplicate(curricula_dir() / folder)
    entry = next(e for e in library.entries() if e.folder.folder == copy)
    assert entry.folder.problems == ()
    assert entry.folder.curriculum is not None
    assert entry.folder.curriculum.title == f"{original.title} (copy)"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ('"Grievances: the first step"', "Grievances: the first step"),
        ("'It''s ours: a steward''s evening'", "It's ours: a steward's evening"),
        (
            ">\n  A folded title: it runs\n  over two lines\n",
            "A folded title: it runs over two lines",
        ),
        ('Stewards\' evening — "hear" it all', 'Stewards\' evening — "hear" it all'),
        ("A plain title\n  that goes on", "A plain title that goes on"),
    ],
)
def test_a_duplicate_of_any_title_checks_clean(tmp_path: Path, written: str, title: str) -> None:
    source = tmp_path / "source" / "mine"
    shutil.copytree(curricula_dir() / "inclusive-meetings", source)
    file = source / "curriculum.md"
    text = file.read_text(encoding="utf-8")
    first = text.split("\n")[1]
    assert first.startswith("title: ")
    file.write_text(text.replace(first, f"title: {written}".rstrip("\n"), 1), encoding="utf-8")
    library = CurriculumLibrary(tmp_path / "data")
    assert check_paths([source]) == []  # the original reads as this title
    copy = library.duplicate(source)
    assert check_paths([copy]) == []
    entry = next(e for e in library.entries() if e.folder.folder == copy)
    assert entry.folder.curriculum is not None
    assert entry.folder.curriculum.title == f"{title} (copy)"
    after = (copy / "curriculum.md").read_text(encoding="utf-8")
    assert after.endswith(text[text.index("\nlanguage: ") :])  # the rest as it was


def test_a_duplicate_keeps_the_line_ends_it_had(tmp_path: Path) -> None:
    source = tmp_path / "source" / "windows"
    shutil.copytree(curricula_dir() / "strategy-chart", source)
    file = source / "curriculum.md"
    file.write_bytes(file.read_bytes().replace(b"\n", b"\r\n"))
    copy = CurriculumLibrary(tmp_path / "data").duplicate(source)
    data = (copy / "curriculum.md").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert check_paths([copy]) == []


def test_a_refused_import_counts_its_problems_in_words(tmp_path: Path) -> None:
    library = CurriculumLibrary(tmp_path)
    with pytest.raises(ValidationError) as one:
        library.import_from(FIXTURES / "unknown-key")
    assert "has 1 problem; fix it and import it again:" in str(one.value)
    source = tmp_path / "two"
    shutil.copytree(FIXTURES / "unknown-key", source)
    file = source / "curriculum.md"
    file.write_text(
        file.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as many:
        library.import_from(source)
    assert "has 2 problems; fix them and import it again:" in str(many.value)
    assert "(s)" not in str(many.value)
