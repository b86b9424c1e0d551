"""The minutes say who moved and who seconded a motion, in the decision's box under the
proposal, in any script; a decision without them prints as it did."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

from meetingkit.core.agenda import AgendaItem, ItemKind
from meetingkit.core.decision import Decision, Outcome, Someone
from meetingkit.core.meeting import Meeting
from meetingkit.services.printing.agenda_pdf import render_minutes
from tests.pdf_reading import needs, pdf_text

pytestmark = needs("pdftotext")

MEETING = Meeting("Local 12 general meeting", dt.date(2026, 11, 21), dt.time(18, 30), id=1)
ITEMS = [
    AgendaItem("Dues", 20, ItemKind.PROPOSAL, id=1),
    AgendaItem("Vigil", 20, ItemKind.PROPOSAL, id=2),
    AgendaItem("Strike fund", 20, ItemKind.PROPOSAL, id=3),
]


def _minutes(tmp_path: Path, decisions: dict[int, Decision]) -> str:
    pdf = tmp_path / "minutes.pdf"
    render_minutes(pdf, MEETING, [], ITEMS, {}, decisions, {}, None, None)
    return unicodedata.normalize("NFKC", pdf_text(pdf))


def test_the_decision_box_says_who_moved_and_seconded(tmp_path: Path) -> None:
    text = _minutes(
        tmp_path,
        {
            1: Decision(
                "Raise dues by $2 a month.",
                Outcome.MAJORITY,
                31,
                4,
                2,
                moved_by=Someone("Dele Okafor", 3),
                seconded_by=Someone("Carmen Ruiz"),
            ),
            2: Decision("Hold a vigil.", Outcome.CONSENSUS, moved_by=Someone("Ana Lima", 1)),
            3: Decision("Start a strike fund.", Outcome.CONSENSUS),
        },
    )
    assert (
        "Proposal: Raise dues by $2 a month. Moved by Dele Okafor, seconded by Carmen Ruiz" in text
    )
    assert "Proposal: Hold a vigil. Moved by Ana Lima" in text
    after = text.split("Proposal: Start a strike fund.")[1]
    assert "Moved by" not in after.split("Planned and actual time")[0]


def test_a_mover_in_a_script_drawn_letter_by_letter(tmp_path: Path) -> None:
    text = _minutes(
        tmp_path,
        {
            1: Decision(
                "Raise dues.",
                Outcome.CONSENSUS,
                moved_by=Someone("فاطمة الزهراء"),
                seconded_by=Someone("Carmen Ruiz"),
            )
        },
    )
    assert "Proposal: Raise dues." in text
    assert "seconded by Carmen Ruiz" in text
    assert "فاطمة" in text


def test_the_demo_assemblys_minutes_in_english_and_spanish(tmp_path: Path) -> None:
    """`meetingkit print minutes --meeting 2`: the assembly's platform was moved by the
    item's owner and seconded from environmental services."""

    def meetingkit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "meetingkit", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    folder = tmp_path / "data"
    made = meetingkit("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    texts = {}
    for language in ("en", "es"):
        out = tmp_path / f"minutes-{language}.pdf"
        printed = meetingkit(
            "print", "minutes", "--data-dir", str(folder), "--meeting", "2", "-o", str(out),
            "--language", language,
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
        texts[language] = pdf_text(out)
    assert "Moved by Ana Lima, seconded by Carmen Ruiz" in texts["en"]
    assert "Ana Lima" in texts["es"]
    assert "Carmen Ruiz" in texts["es"]
