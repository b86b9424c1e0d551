"""Printing the sign-in poster says which address its QR code holds (QA round 14: a poster
printed at home or at the office leads to that network's address, and nothing said so)."""

from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.save_document import DocumentViewer, SavePath


def test_printing_the_poster_names_the_address_its_code_holds(
    demo: Demo,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window()
    target = tmp_path / "poster.pdf"
    monkeypatch.setattr(SavePath, "ask", classmethod(lambda _c, *_a: target))
    monkeypatch.setattr(DocumentViewer, "show", classmethod(lambda _c, _p: True))
    window.act_poster.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    url = window.meetings_page.view.signin_tab.planned_url()
    assert url.startswith("http://")
    message = window.statusBar().currentMessage()
    assert "opening it in your PDF viewer" in message
    assert f"Its code leads to {url}: this laptop's address on the network it is on now." in (
        message
    )
