"""A form dialog's error line gets the room it needs (QA round 11: a message that wrapped, as
Spanish ones often do, left the dialog its size, and the error and the fields were cut), and a
dialog the user enlarged keeps its size."""

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from meetingkit.ui.form_dialog import FormDialog

LONG = (
    "No se pudo guardar: ya hay una persona con este nombre y este teléfono en el directorio; "
    "ábrela desde la página Personas o cambia uno de los dos antes de volver a intentarlo."
)


def form(qtbot: QtBot) -> FormDialog:
    dialog = FormDialog("Persona")
    qtbot.addWidget(dialog)
    dialog.form.addRow("Nombre:", QLineEdit())
    dialog.form.addRow("Teléfono:", QLineEdit())
    dialog.add_buttons()
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cut(dialog: FormDialog) -> list[str]:
    """The shown labels that wrap and are given less height than their text needs."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_an_error_that_wraps_gets_the_room_it_needs(qtbot: QtBot) -> None:
    dialog = form(qtbot)
    before = dialog.size()
    dialog.say(LONG)
    qtbot.wait(10)
    assert cut(dialog) == []
    assert dialog.height() > before.height()
    assert dialog.width() == before.width()
    for edit in dialog.findChildren(QLineEdit):
        assert edit.height() >= edit.minimumSizeHint().height()


def test_a_dialog_the_user_enlarged_keeps_its_size(qtbot: QtBot) -> None:
    dialog = form(qtbot)
    dialog.resize(dialog.width() + 300, dialog.height() + 200)
    qtbot.wait(10)
    enlarged = dialog.size()
    dialog.say("Escribe un nombre.")
    qtbot.wait(10)
    assert dialog.size() == enlarged
    dialog.say(LONG)  # it fits in what the user gave it
    qtbot.wait(10)
    assert dialog.size() == enlarged
    assert cut(dialog) == []
