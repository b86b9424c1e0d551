"""`meetingkit print guide CURRICULUM --meeting ID` prints the guide for that training: its
title and date on the cover, its agenda's clock times. Run as a user would, on the demo."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdf_reading import page_texts

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


def meetingkit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingkit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo's folder, its training's id and its live meeting's."""
    folder = tmp_path_factory.mktemp("data")
    made = meetingkit("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    listed = meetingkit("meeting", "list", "--data-dir", str(folder))
    training = next(line for line in listed.stdout.splitlines() if "\ttraining\t" in line)
    return folder, training.split("\t")[0], made.stdout.strip()


def test_the_guide_for_the_demo_training(demo: tuple[Path, str, str], tmp_path: Path) -> None:
    folder, training, _ = demo
    out = tmp_path / "guide.pdf"
    printed = meetingkit(
        "print", "guide", "one-on-ones", "--meeting", training, "-o", str(out),
        "--data-dir", str(folder),
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    cover = page_texts(out)[0]
    assert cover.startswith(
        "FACILITATOR GUIDE One-on-one conversations: a training for new organizers "
        "From the curriculum “One-on-one relational meetings”."
    )
    assert re.search(r"DATE \w+ \d+ \w+ \d{4} TIME 10:00–12:00 \(2 h\)", cover), cover
    assert "1 10:00–10:07 7 Welcome and agreements" in cover
    assert "0:00–0:07" not in cover


def test_a_meeting_that_is_no_training_of_it_is_refused(
    demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    folder, training, live = demo
    out = tmp_path / "guide.pdf"
    for curriculum, meeting, says in (
        ("one-on-ones", live, "is not a training made from a curriculum"),
        ("power-mapping", training, "was made from the curriculum one-on-ones, not power-mapping"),
    ):
        printed = meetingkit(
            "print", "guide", curriculum, "--meeting", meeting, "-o", str(out),
            "--data-dir", str(folder),
        )  # fmt: skip
        assert printed.returncode == 1
        assert says in printed.stderr
        assert not out.exists()
