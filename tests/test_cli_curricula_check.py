"""`meetingkit curricula check` with no path checks the library as the Curricula page lists it:
the bundled curricula and the trainer's own, in the data folder (`--data-dir`, or
MEETINGKIT_DATA_DIR), each under a line saying whose; a broken one of theirs fails the check."""

import shutil
from pathlib import Path

import pytest

from meetingkit import cli
from meetingkit.paths import curricula_dir


def own_curricula(data: Path, *broken: str) -> Path:
    """A data folder whose curricula folder holds a good copy and one broken copy per name."""
    folder = data / "curricula"
    shutil.copytree(curricula_dir() / "one-on-ones", folder / "mine")
    for name in broken:
        shutil.copytree(curricula_dir() / "one-on-ones", folder / name)
        file = folder / name / "curriculum.md"
        text = file.read_text(encoding="utf-8")
        file.write_text(text.replace("minutes: 120", "minutes: lots", 1), encoding="utf-8")
    return data


def test_the_data_folders_curricula_are_checked_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = own_curricula(tmp_path / "data", "broken")
    assert cli.main(["curricula", "check", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out.splitlines()
    bundled = len([p for p in curricula_dir().iterdir() if (p / "curriculum.md").is_file()])
    assert out[0] == f"Bundled curricula ({curricula_dir()}): {bundled} checked, no problems."
    assert out[1] == f"Your curricula ({data.absolute() / 'curricula'}): 2 checked, 1 problem:"
    assert out[2].startswith(f"{data.absolute() / 'curricula' / 'broken' / 'curriculum.md'}:")
    assert "“minutes” must be a whole number, not “lots”" in out[2]
    assert len(out) == 3


def test_the_data_folder_can_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = own_curricula(tmp_path / "data", "broken", "also-broken")
    monkeypatch.setenv("MEETINGKIT_DATA_DIR", str(data))
    assert cli.main(["curricula", "check"]) == 1
    out = capsys.readouterr().out
    assert "3 checked, 2 problems:" in out
    assert "No problems found." not in out


def test_all_clean_says_so_on_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = own_curricula(tmp_path / "data")
    assert cli.main(["--data-dir", str(data), "curricula", "check"]) == 0
    said = capsys.readouterr()
    assert said.out.splitlines()[1:] == [
        f"Your curricula ({data.absolute() / 'curricula'}): 1 checked, no problems.",
        "No problems found.",
    ]
    assert said.err == ""


def test_no_curricula_of_ones_own_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["curricula", "check", "--data-dir", str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        f"Your curricula ({tmp_path / 'new' / 'curricula'}): none yet.",
        "No problems found.",
    ]
    assert not (tmp_path / "new").exists()  # checking makes no folder


def test_paths_given_are_checked_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = own_curricula(tmp_path / "data", "broken")
    mine = data / "curricula" / "mine"
    assert cli.main(["curricula", "check", str(mine), "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"


def test_the_list_counts_problems_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = own_curricula(tmp_path / "data", "broken")
    twice = data / "curricula" / "twice"
    shutil.copytree(data / "curricula" / "broken", twice)
    file = twice / "curriculum.md"
    file.write_text(
        file.read_text(encoding="utf-8").replace("group_size:", "group_size: 3\ngroup_sizes:", 1),
        encoding="utf-8",
    )
    assert cli.main(["curricula", "list", "--data-dir", str(data)]) == 0
    rows = {
        line.split("\t")[0]: line.split("\t")[1:] for line in capsys.readouterr().out.splitlines()
    }
    assert rows["broken"] == ["-", "1 problem", "(yours)"]
    assert rows["twice"][1].endswith(" problems")
    assert "(s)" not in rows["twice"][1]
