"""`meetingkit print … --language es` prints in Spanish, and English printing stays free of Qt.

Run as a user would: in a separate process, on the demo data.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_process import make_demo, meetingkit
from tests.pdf_reading import pdf_text as _text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("data")
    return folder, make_demo(folder)


def test_minutes_and_cards_in_spanish(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, meeting = demo
    minutes, cards = tmp_path / "acta.pdf", tmp_path / "tarjetas.pdf"
    for document, out in (("minutes", minutes), ("cards", cards)):
        printed = meetingkit(
            "print", document, "--data-dir", str(folder), "--meeting", meeting, "-o", str(out),
            "--language", "es",
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
    text = _text(minutes)
    assert "ACTA" in text
    assert "Tiempo previsto y real" in text
    assert "página 1 de" in text
    assert "Planned and actual time" not in text
    assert "Me comprometo a…" in _text(cards)


def test_every_print_command_takes_a_language() -> None:
    documents = (
        *("agenda", "minutes", "poster", "signin-sheet", "cards", "badges", "tents"),
        *("guide", "handouts", "report", "call-list"),
    )
    for document in documents:
        usage = meetingkit("print", document, "--help")
        assert "--language {en,es}" in usage.stdout, document


def test_printing_in_english_loads_no_qt(demo: tuple[Path, str], tmp_path: Path) -> None:
    """English is the source language: no translator, so no Qt, in a command that needs none."""
    folder, meeting = demo
    out = tmp_path / "agenda.pdf"
    script = (
        "import sys; from meetingkit.cli import main; "
        f"code = main(['print', 'agenda', '--data-dir', {str(folder)!r}, '--meeting', "
        f"{meeting!r}, '-o', {str(out)!r}]); "
        "print(code, 'PySide6' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.stdout.split()[-2:] == ["0", "False"], run.stderr
    assert "START" in _text(out)


def test_a_curriculum_prints_in_its_own_language_unless_told_otherwise(tmp_path: Path) -> None:
    """The bundled Spanish curriculum (`language: es`) prints its guide in Spanish from the
    English command line; `--language en` asks for English words around a Spanish one that
    has no English edition (here, a copy run another way: its first module a spectrum)."""
    bundled = Path(__file__).parents[1] / "curricula" / "conversaciones-uno-a-uno"
    folder = tmp_path / "conversaciones-a-mi-manera"
    shutil.copytree(bundled, folder)
    file = folder / "curriculum.md"
    text = file.read_text(encoding="utf-8")
    changed = text.replace("minutes: 7\nmethod: plenary", "minutes: 7\nmethod: spectrum", 1)
    assert changed != text
    file.write_text(changed, encoding="utf-8")
    spanish, english = tmp_path / "guia.pdf", tmp_path / "guide.pdf"
    printed = meetingkit("print", "guide", str(folder), "-o", str(spanish))
    assert printed.returncode == 0, printed.stderr
    asked = meetingkit("print", "guide", str(folder), "-o", str(english), "--language", "en")
    assert asked.returncode == 0, asked.stderr
    assert "Al final, las personas participantes podrán:" in _text(spanish)
    assert "By the end, participants can:" in _text(english)


@pytest.mark.parametrize(
    ("document", "curriculum", "language", "edition"),
    [
        ("guide", "one-on-ones", "es", "conversaciones-uno-a-uno"),
        ("handouts", "one-on-ones", "es", "conversaciones-uno-a-uno"),
        ("guide", "conversaciones-uno-a-uno", "en", "one-on-ones"),
        ("guide", "strategy-chart", "es", "cuadro-de-estrategia"),
    ],
)
def test_another_language_with_an_edition_in_it_names_that_edition(
    tmp_path: Path, document: str, curriculum: str, language: str, edition: str
) -> None:
    """`print guide one-on-ones --language es` would put Spanish headings around English
    content; the library has the Spanish edition, so the command names it and prints
    nothing."""
    out = tmp_path / "out.pdf"
    asked = meetingkit(
        "print", document, curriculum, "-o", str(out), "--language", language,
        "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert asked.returncode == 1
    assert f"meetingkit print {document} {edition} -o {out}" in asked.stderr
    assert not out.exists()
    same = meetingkit(
        "print", document, curriculum, "-o", str(out), "--language",
        "en" if language == "es" else "es", "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert same.returncode == 0, same.stderr  # its own language, said outright


def test_a_training_from_a_spanish_curriculum_is_planned_in_spanish(tmp_path: Path) -> None:
    """`meetingkit training new` with the Spanish edition, from the English command line: the
    agenda notes we write for each module are in Spanish, like the module titles."""
    made = meetingkit("training", "new", "reuniones-inclusivas", "--data-dir", str(tmp_path))
    assert made.returncode == 0, made.stderr
    agenda = tmp_path / "agenda.pdf"
    printed = meetingkit(
        "print", "agenda", "--meeting", made.stdout.strip(), "-o", str(agenda),
        "--data-dir", str(tmp_path),
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    text = _text(agenda)
    assert "Método: plenaria." in text
    assert "Method:" not in text
    assert "START" in text  # the agenda itself is the English app's
