"""Record decision opens on the proposal (QA 15c, finding 10): the item's title it suggests is
selected, so what the facilitator types replaces it ("XProposal: …" before); a proposal
recorded before keeps its text, with the caret after it. Keys go to the dialog's QWindow, as
a real keyboard's do."""

from pytestqt.qtbot import QtBot

from meetingkit.core.decision import Decision, Outcome
from meetingkit.ui.decision_dialog import DecisionDialog
from tests.ui.real_keyboard import type_text


def _shown(qtbot: QtBot, existing: Decision | None) -> DecisionDialog:
    dialog = DecisionDialog("A safe-staffing vigil on December 5", existing)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_typing_replaces_the_suggested_proposal(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, None)
    assert dialog.proposal_edit.hasFocus()
    assert dialog.proposal_edit.textCursor().selectedText() == "A safe-staffing vigil on December 5"
    type_text(dialog, "Hold the vigil")
    assert dialog.proposal_edit.toPlainText() == "Hold the vigil"


def test_a_recorded_proposal_is_kept_and_typing_adds_to_its_end(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, Decision("Hold the vigil", Outcome.CONSENSUS))
    assert dialog.proposal_edit.hasFocus()
    assert not dialog.proposal_edit.textCursor().hasSelection()
    type_text(dialog, " at noon")
    assert dialog.proposal_edit.toPlainText() == "Hold the vigil at noon"
