"""What was just done shows in the status bar for a few seconds, then goes: an export's "Exported
… to …" left there would later read as if it were about what the facilitator is doing now (QA:
a stale export message). Where the data is stays on the status bar's right, a label of its
own (tests/ui/test_data_folder_on_status_bar.py)."""

import ast
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QStatusBar

from meetingkit.services.demo import Demo
from meetingkit.ui.export_dialog import ExportDialog
from meetingkit.ui.feedback import Confirm
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import SavePath

SRC = Path(__file__).resolve().parents[2] / "src" / "meetingkit"
MakeWindow = Callable[[], MainWindow]


def test_every_status_message_has_a_timeout() -> None:
    """Each `showMessage` the app makes gives how long the message stays."""
    lasting = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "showMessage"
                and len(node.args) + len(node.keywords) < 2
            ):
                lasting.append((str(path.relative_to(SRC)), ast.unparse(node.args[0])))
    assert lasting == []


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Each status message shown, with how many milliseconds it stays (0: until replaced)."""
    said: list[tuple[str, int]] = []
    show = QStatusBar.showMessage

    def spy(bar: QStatusBar, text: str, timeout: int = 0) -> None:
        said.append((text, timeout))
        show(bar, text, timeout)

    monkeypatch.setattr(QStatusBar, "showMessage", spy)
    return said


def test_the_export_messages_go_after_a_while(
    demo: Demo,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[tuple[str, int]],
    tmp_path: Path,
) -> None:
    window = make_window()
    shown.clear()  # whatever was said as it opened
    table = SimpleNamespace(rows=["Ana", "Bea"], describe_left_out=lambda: [])
    done = SimpleNamespace(path=tmp_path / "attendees.csv", table=table)
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *args: done))
    window.act_export_attendees.trigger()
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda cls, *args: tmp_path / "f.ics"))
    window.act_export_calendar.trigger()
    exported = [(text, ms) for text, ms in shown if str(tmp_path) in text]
    assert [text.split(" ")[0] for text, _ in exported] == ["Exported", "Saved"]
    assert all(10_000 <= ms <= 15_000 for _, ms in exported), exported
