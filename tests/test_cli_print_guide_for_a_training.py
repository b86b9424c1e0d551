"""`meetingkit print guide CURRICULUM --meeting ID` prints the guide for that training: its
title and date on the cover, its agenda's clock times. Run as a user would, on the demo."""

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.cli_process import make_demo, meetingkit
from tests.pdf_reading import page_texts

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo's folder, its training's id and its live meeting's."""
    folder = tmp_path_factory.mktemp("data")
    live = make_demo(folder)
    return folder, _training(folder), live


def _training(folder: Path) -> str:
    """The id of the demo's training, as `meeting list` lists it."""
    listed = meetingkit("meeting", "list", "--data-dir", str(folder))
    training = next(line for line in listed.stdout.splitlines() if "\ttraining\t" in line)
    return training.split("\t")[0]


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
        (
            "power-mapping",
            training,
            "was made from the curriculum one-on-ones, not from power-mapping",
        ),
    ):
        printed = meetingkit(
            "print", "guide", curriculum, "--meeting", meeting, "-o", str(out),
            "--data-dir", str(folder),
        )  # fmt: skip
        assert printed.returncode == 1
        assert says in printed.stderr
        assert not out.exists()


def _printed(folder: Path, meeting: str) -> set[str]:
    """What the print log holds for the meeting: what ticks its guided path's steps."""
    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db

    conn = open_db(database_path(folder))
    try:
        rows = conn.execute("SELECT what FROM print_log WHERE meeting_id = ?", [int(meeting)])
        return {row[0] for row in rows}
    finally:
        conn.close()


def test_the_guide_and_handouts_printed_for_a_training_tick_its_path(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """As printing them from the training's guided path does: "Guide printed", "Handouts
    printed"."""
    folder = tmp_path_factory.mktemp("data")
    make_demo(folder)
    meeting = _training(folder)
    assert not {"guide", "handouts"} & _printed(folder, meeting)
    for document in ("guide", "handouts"):
        printed = meetingkit(
            "print", document, "one-on-ones", "--meeting", meeting,
            "-o", str(tmp_path / f"{document}.pdf"), "--data-dir", str(folder),
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
    assert {"guide", "handouts"} <= _printed(folder, meeting)


def test_handouts_for_a_training_of_another_curriculum_are_refused(
    demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    folder, training, _ = demo
    out = tmp_path / "handouts.pdf"
    printed = meetingkit(
        "print", "handouts", "power-mapping", "--meeting", training, "-o", str(out),
        "--data-dir", str(folder),
    )  # fmt: skip
    assert printed.returncode == 1
    assert "was made from the curriculum one-on-ones" in printed.stderr
    assert not out.exists()


def test_the_spanish_edition_s_guide_for_an_english_training(
    demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    """Asked for in Spanish, the English curriculum's guide names the Spanish edition with a
    command that works as printed: that edition's guide, for this training, on its clock."""
    folder, training, _ = demo
    out = tmp_path / "guía.pdf"
    asked = meetingkit(
        "print", "guide", "one-on-ones", "--meeting", training, "-o", str(out),
        "--language", "es", "--data-dir", str(folder),
    )  # fmt: skip
    assert asked.returncode == 1
    assert not out.exists()
    suggested = asked.stderr.strip().rsplit(": ", 1)[1]
    assert suggested == shlex.join(
        [
            "meetingkit", "print", "guide", "conversaciones-uno-a-uno", "--meeting", training,
            "-o", str(out), "--data-dir", str(folder),
        ]
    )  # fmt: skip
    done = meetingkit(*shlex.split(suggested)[1:])
    assert done.returncode == 0, done.stderr
    cover = page_texts(out)[0]
    assert cover.startswith("GUÍA DE FACILITACIÓN One-on-one conversations: a training")
    assert "Del currículo “Conversaciones uno a uno para construir relaciones”." in cover
    assert re.search(r"1 10:00–10:0\d \d+ Bienvenida", cover), cover
    assert "0:00–0:0" not in cover
