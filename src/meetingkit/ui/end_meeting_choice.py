"""End meeting's question: when the meeting ends (when its last item ended, or now), with how
long it will be recorded as lasting each way. An ended meeting does not start again, and its
report and minutes take that end as final."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit.ui.feedback import plain_box


class EndMeetingChoice:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, ends: Sequence[str]) -> int | None:
        """Ask which of `ends` (the buttons' texts, the default first) to end the meeting
        at: its index, or None when the question is cancelled. Asked once every item is done
        or the meeting was left open, when ending is what is due: unlike `Confirm` (ending
        mid-meeting, one key from F8), Enter takes the default end, not Cancel."""
        box = plain_box(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        buttons = [box.addButton(end, QMessageBox.ButtonRole.AcceptRole) for end in ends]
        box.addButton(QMessageBox.StandardButton.Cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, b in enumerate(buttons) if b is clicked), None)
