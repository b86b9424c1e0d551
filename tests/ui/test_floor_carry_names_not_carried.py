"""The Floor tab's "Carry unheard to the next item" took direct responses and clarifying
questions off the stack with only a line in the floor's log: the facilitator was not told. It
asks first, naming them in the words of the question asked as the agenda moves on
(ui.unheard_wording), as that question does; Cancel carries nobody."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.services.demo import Demo
from meetingkit.ui.floor_tab import FloorTab
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.unheard_choice import Unheard, UnheardChoice
from meetingkit.ui.unheard_wording import not_carried_text
from tests.ui.test_floor_screen import names, open_floor
from tests.ui.typed_answers import answering

MakeWindow = Callable[[], MainWindow]
OLD = "Staffing survey results"
NEXT = "Proposal: a safe-staffing vigil on December 5"


def carry(tab: FloorTab) -> None:
    assert tab.act_carry.isEnabled()
    tab.act_carry.trigger()


def test_carry_unheard_names_who_is_not_carried_and_cancel_carries_nobody(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_floor(make_window(), qtbot)
    waiting = names(tab)
    assert waiting == ["Rosa", "Aisha", "Carmen", "Lupe", "Daniel"]
    log = len(tab.session.floor.log)
    asked = answering(monkeypatch, False)

    carry(tab)
    assert asked == [
        (
            "Carry unheard to the next item",
            f"5 people are still waiting to speak on “{OLD}”.\n\n"
            f"Carry them to “{NEXT}”?\n\n"
            "Not carried over: Rosa (Clarifying question), Aisha (Direct response). They are "
            f"about what was said on “{OLD}”, so “Carry them over” takes them off the stack, "
            "and the floor's log says so.",
            "Carry them over",
        )
    ]
    assert names(tab) == waiting  # nobody carried, nobody taken off
    assert len(tab.session.floor.log) == log

    answering(monkeypatch, True)
    carry(tab)
    assert names(tab) == []  # carried to the next item; Rosa and Aisha taken off
    assert [line.text for line in tab.session.floor.log[-2:]] == [
        "Took Rosa off the stack as the agenda moved on (Clarifying question: not carried to "
        "another item)",
        "Took Aisha off the stack as the agenda moved on (Direct response: not carried to "
        "another item)",
    ]


def test_the_floor_and_the_agenda_s_question_name_them_in_the_same_words(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    tab = open_floor(window, qtbot)
    asked = answering(monkeypatch, False)
    carry(tab)
    from_the_floor = asked[0][1].split("\n\n")[-1]
    said: list[tuple] = []
    monkeypatch.setattr(
        UnheardChoice, "ask", classmethod(lambda _c, *a: said.append(a) or Unheard.KEEP)
    )
    window.meetings_page.view.agenda_tab.runner.advance()  # F8: the agenda's question
    _parent, waiting, old, _new, not_carried = said[0]
    assert (waiting, old) == (5, OLD)
    assert not_carried_text(not_carried, old) == from_the_floor


def test_nothing_is_asked_when_everyone_waiting_carries_over(
    qtbot: QtBot, demo: Demo, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_floor(make_window(), qtbot)
    session = tab.session
    for entry in session.floor.waiting():
        if not entry.kind.carries_over:
            session.withdraw(entry.id)
    tab.refresh()
    asked = answering(monkeypatch, False)
    carry(tab)
    assert asked == []
    assert names(tab) == []  # all carried to the next item
