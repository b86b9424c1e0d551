"""The floor's Turn limit and its Per kind… dialog allow the same range: the dialog took 5 s
that the panel could only show as 15 s, and tabbing through the panel then wrote 15 s."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from meetingkit.core.settings import MAX_TURN_LIMIT_S, MIN_TURN_LIMIT_S
from meetingkit.core.stack_entry import TurnLimits
from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.turn_limits_dialog import TurnLimitsDialog


def test_the_panel_and_the_dialog_allow_the_same_turn_limits(
    qtbot: QtBot, demo: Demo, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    floor = window.meetings_page.view.floor_tab
    session = floor.session
    assert session is not None
    dialog = TurnLimitsDialog(session.floor.settings.limits, session.floor.settings.vocabulary)
    qtbot.addWidget(dialog)
    spins = [floor.rule_panel.limit_spin, *dialog.spins.values()]
    assert {(s.minimum(), s.maximum()) for s in spins} == {(MIN_TURN_LIMIT_S, MAX_TURN_LIMIT_S)}


def test_passing_through_the_turn_limit_changes_nothing(
    demo: Demo, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A limit kept from before (5 s) shows as the panel's minimum: only typing changes it."""
    window = make_window()
    floor = window.meetings_page.view.floor_tab
    session = floor.session
    assert session is not None
    kept = TurnLimits(general_ms=5_000)
    monkeypatch.setattr(TurnLimitsDialog, "ask", classmethod(lambda *_a: kept))
    floor.rule_panel.limits_button.click()  # as the dialog allowed before
    assert session.floor.settings.limits == kept
    spin = floor.rule_panel.limit_spin
    assert spin.value() == MIN_TURN_LIMIT_S
    spin.editingFinished.emit()  # Tab in, Tab out
    assert session.floor.settings.limits == kept
    spin.setValue(30)
    spin.editingFinished.emit()
    assert session.floor.settings.limits.general_ms == 30_000
