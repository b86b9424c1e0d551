"""Only a curriculum's own files, of the size text has, are read: a link or a huge file is
refused as such, before anything is read, by `curricula check` and by Import alike."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from meetingkit.core.errors import ValidationError
from meetingkit.paths import curricula_dir
from meetingkit.services.curricula import check_paths, load_curriculum
from meetingkit.services.curriculum_files import MAX_FILE_BYTES
from meetingkit.services.curriculum_library import CurriculumLibrary

ACCOUNTS = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A valid curriculum, downloaded: a copy of a bundled one."""
    folder = tmp_path / "downloaded"
    shutil.copytree(curricula_dir() / "one-on-ones", folder)
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A private file elsewhere on the disk: not a handout, nor a curriculum."""
    private = tmp_path / "elsewhere" / "passwd"
    private.parent.mkdir()
    private.write_text(ACCOUNTS)
    return private


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file whose bytes the check reads, resolved."""
    read: list[Path] = []
    original = Path.read_bytes

    def recorded(path: Path) -> bytes:
        read.append(path.resolve())
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", recorded)
    return read


def test_a_linked_handout_is_refused_as_a_link_and_never_read(
    source: Path, outside: Path, reads: list[Path]
) -> None:
    """The problem says "link" and where it is; the linked file is not read, so nothing of
    it ("a handout starts with its title", "no module hands this out") is reported."""
    link = source / "handouts" / "observer-sheet-2.md"
    link.symlink_to(outside)
    problems = [str(p) for p in check_paths([source])]
    assert problems == [
        f"{link}: is a link (to {outside}); meetingkit reads and imports only the files inside "
        "a curriculum's folder, never what a link leads to: put the file itself here instead"
    ]
    assert reads == []  # not even curriculum.md: the folder is refused first


def test_a_linked_curriculum_md_is_refused_as_a_link(
    tmp_path: Path, source: Path, reads: list[Path]
) -> None:
    elsewhere = tmp_path / "elsewhere.md"
    shutil.move(source / "curriculum.md", elsewhere)
    (source / "curriculum.md").symlink_to(elsewhere)
    curriculum, problems = load_curriculum(source)
    assert curriculum is None
    assert [(p.path.name, p.message.split(";")[0]) for p in problems] == [
        ("curriculum.md", f"is a link (to {elsewhere})")
    ]
    assert reads == []


def test_a_linked_handouts_folder_and_a_link_inside_it_point_in_too(
    tmp_path: Path, source: Path
) -> None:
    """Any link is refused, even one leading to another file of the folder: what is read
    and imported is then exactly what is in the folder."""
    (source / "handouts" / "copy.md").symlink_to(source / "handouts" / "observer-sheet.md")
    (source / "handouts" / "more").symlink_to(tmp_path, target_is_directory=True)
    problems = load_curriculum(source)[1]
    assert [p.path.name for p in problems] == ["copy.md", "more"]
    assert all("is a link" in p.message for p in problems)


def test_a_fifo_among_the_handouts_is_refused_without_opening_it(source: Path) -> None:
    os.mkfifo(source / "handouts" / "pipe.md")  # opening it to read would hang the check
    problems = load_curriculum(source)[1]
    assert [(p.path.name, p.message) for p in problems] == [
        ("pipe.md", "is not a plain file or folder (a device or a pipe): remove it")
    ]


def test_import_says_link_and_where_and_copies_nothing(
    tmp_path: Path, source: Path, outside: Path
) -> None:
    (source / "handouts" / "observer-sheet-2.md").symlink_to(outside)
    library = CurriculumLibrary(tmp_path / "data")
    with pytest.raises(ValidationError) as refused:
        library.import_from(source / "curriculum.md")
    message = str(refused.value)
    assert "has 1 problem; fix it" in message
    assert f"handouts/observer-sheet-2.md: is a link (to {outside})" in message
    assert "root:x" not in message
    assert "title" not in message
    assert not (tmp_path / "data" / "curricula").exists() or not any(
        (tmp_path / "data" / "curricula").iterdir()
    )


def _grow(path: Path, size: int) -> None:
    with path.open("ab") as f:
        f.truncate(size)


@pytest.mark.parametrize("which", ["curriculum.md", "handouts/observer-sheet.md"])
def test_a_file_too_large_for_text_is_refused_by_its_size_unread(
    source: Path, reads: list[Path], which: str
) -> None:
    """34 MB of curriculum.md was read, parsed and imported (0.3 s, 190 MB of memory)."""
    big = source / which
    _grow(big, 34_255_914)
    problems = check_paths([source])
    assert f"{big}: is 34.3 MB; a curriculum file over 2 MB is refused (a curriculum and its " + (
        "handouts are plain text): check that this is the right file"
    ) in [str(p) for p in problems]
    assert big.resolve() not in reads


def test_the_size_limit_lets_a_long_text_through(source: Path) -> None:
    """At the limit exactly, the file is read (and its content judged as usual)."""
    text = (source / "curriculum.md").read_text(encoding="utf-8")
    (source / "curriculum.md").write_text(
        text + "\n" + " " * (MAX_FILE_BYTES - len(text.encode()) - 1), encoding="utf-8"
    )
    assert (source / "curriculum.md").stat().st_size == MAX_FILE_BYTES
    curriculum, problems = load_curriculum(source)
    assert problems == []
    assert curriculum is not None


def test_import_refuses_a_huge_curriculum(tmp_path: Path, source: Path) -> None:
    _grow(source / "curriculum.md", MAX_FILE_BYTES + 1)
    refused = r"curriculum.md: is 2.1 MB; a curriculum file over 2 MB is refused"
    with pytest.raises(ValidationError, match=refused):
        CurriculumLibrary(tmp_path / "data").import_from(source)
