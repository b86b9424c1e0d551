"""The sign-in form's Form fields… dialog fits a small laptop screen, in English and in Spanish:
it was 906 pixels tall and could not be made shorter, so on a 768-pixel screen the consents and
OK/Cancel were below the bottom edge."""

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from meetingkit.core.signin import FormSettings
from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog


def test_the_dialog_can_be_as_small_as_a_1024_by_640_screen(qtbot: QtBot, spoken: str) -> None:
    dialog = SignInFieldsDialog(FormSettings())
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.height() <= 600, spoken
    assert hint.width() <= 1000, spoken


def test_on_a_short_screen_the_questions_scroll_and_ok_stays_in_view(
    qtbot: QtBot, spoken: str
) -> None:
    dialog = SignInFieldsDialog(FormSettings())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.resize(dialog.width(), 400)
    qtbot.waitUntil(lambda: dialog.height() == 400)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.isVisible()
    assert dialog.rect().contains(buttons.geometry()), spoken
    dialog.fields["last_name"].setFocus()
    last = list(dialog.consents.values())[-1]
    last.setFocus()  # by keyboard, as Tab would: the questions scroll to it
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().height() == last.height())
