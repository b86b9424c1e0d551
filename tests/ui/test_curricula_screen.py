"""The curriculum library in the app: every bundled curriculum is listed, a broken one shows
its problems, and a training is made from one in two steps."""

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from meetingkit.core.meeting import Meeting, MeetingKind
from meetingkit.services.curricula import bundled_curricula
from meetingkit.storage.agenda import AgendaStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.ui.curricula_page import ImportPath
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.meeting_dialog import MeetingDialog

MakeWindow = Callable[[], MainWindow]
FIXTURES = Path(__file__).parents[1] / "services" / "fixtures" / "curricula"


def test_every_bundled_curriculum_is_in_the_apps_list(make_window: MakeWindow) -> None:
    window = make_window()
    window.act_show_curricula.trigger()
    page = window.curricula_page
    shown = page.titles()
    bundled = bundled_curricula()
    assert len(bundled) >= 1
    for folder in bundled:
        assert folder.curriculum is not None, folder.problems
        assert any(t.startswith(folder.curriculum.title) for t in shown), folder.title


def test_a_curriculum_in_another_language_says_which(make_window: MakeWindow) -> None:
    window = make_window()
    window.act_show_curricula.trigger()
    page = window.curricula_page
    facts = dict(zip(page.titles(), page.details(), strict=True))
    spanish = next(facts[t] for t in facts if t.startswith("Conversaciones uno a uno"))
    english = next(facts[t] for t in facts if t.startswith("One-on-one relational meetings"))
    # Before "bundled": a narrow list cuts the end of the line first.
    assert spanish.endswith(" · Español · bundled")
    assert "Español" not in english
    assert "English" not in english


def test_a_training_from_a_curriculum_gets_its_modules_as_agenda(
    make_window: MakeWindow, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    row = next(n for n, t in enumerate(page.titles()) if t.startswith("One-on-one"))
    page.list.setCurrentRow(row)
    curriculum = page.current()
    assert curriculum is not None

    def accept(
        _cls: object,
        _parent: object,
        draft: Meeting,
        _title: str,
        save: Callable[[Meeting], object],
    ) -> Meeting:
        assert draft.kind == MeetingKind.TRAINING
        meeting = Meeting(draft.title, dt.date(2026, 12, 5), draft.start, draft.kind, "Break room")
        save(meeting)  # as the dialog does before it closes
        return meeting

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(accept))
    page.act_training.trigger()
    (meeting,) = MeetingStore(conn).all()
    assert meeting.place == "Break room"
    titles = [i.title for i in AgendaStore(conn).items(meeting.key)]
    assert titles == [m.title for m in curriculum.modules()]
    assert window.pages.currentWidget() is window.meetings_page


def test_importing_a_broken_curriculum_shows_why_and_a_good_one_is_listed(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path, tmp_path: Path
) -> None:
    from meetingkit.ui.feedback import Alert

    alerts: list[str] = []
    monkeypatch.setattr(Alert, "show", classmethod(lambda _c, _p, _t, text: alerts.append(text)))
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    monkeypatch.setattr(
        ImportPath, "ask", classmethod(lambda _c, _p: FIXTURES / "unknown-key" / "curriculum.md")
    )
    page.act_import.trigger()
    assert "unknown key “minuts”" in alerts[0]
    good = tmp_path / "my-training"
    shutil.copytree(FIXTURES.parents[3] / "curricula" / "one-on-ones", good)
    monkeypatch.setattr(ImportPath, "ask", classmethod(lambda _c, _p: good))
    before = len(page.titles())
    page.act_import.trigger()
    assert len(page.titles()) == before + 1
    assert page.details()[page.list.currentRow()].endswith("· yours")
    assert (data_dir / "curricula" / "my-training" / "curriculum.md").is_file()


def test_a_curriculum_broken_in_its_folder_is_listed_with_its_problems(
    make_window: MakeWindow, data_dir: Path
) -> None:
    """Edited by hand into something invalid: still listed, under its folder's name, with how
    many problems it has; not runnable or printable until they are fixed."""
    shutil.copytree(FIXTURES / "unknown-key", data_dir / "curricula" / "hand-edited")
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    row = next(n for n, d in enumerate(page.details()) if "problem" in d)
    assert page.details()[row].startswith("1 problem")  # "1 problem to fix" with the app's plurals
    page.list.setCurrentRow(row)
    assert page.current() is None
    assert not page.act_training.isEnabled()
    assert not page.act_guide.isEnabled()
