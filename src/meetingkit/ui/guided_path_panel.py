"""The meeting's guided path: Plan → Prepare → Run → Follow up, one column each, with a checkbox
per step, how far each phase has come, and a link to where each open step is done."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.guided_path import PATH, PathItem, Phase
from meetingkit.core.i18n import fill
from meetingkit.core.meeting import Meeting
from meetingkit.core.path_progress import ItemStatus, PathProgress
from meetingkit.services.guided_path import GuidedPath
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import describe_as, heading_label, plain_label
from meetingkit.ui.tones import Tone, tint


class _Wording(QLabel):
    """A step's words beside its checkbox, wrapping in a narrow column (a checkbox's own text
    cannot), and ticking the box when clicked, as a checkbox's text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class _StepRow(QWidget):
    """One step: its checkbox, a line of detail, and the link to where it is done."""

    def __init__(self, item: PathItem, go_text: str) -> None:
        super().__init__()
        self.item = item
        self.check = QCheckBox()
        self.check.setAccessibleName(item.wording)
        self.wording = _Wording(item.wording)
        self.wording.setWordWrap(True)
        self.wording.clicked.connect(self._click)
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        self.detail.setIndent(22)
        # Muted, not disabled: Qt's disabled grey is 1.6:1 on the window, too faint to read.
        tint(self.detail, Tone.MUTED)
        self.go = QToolButton()
        self.go.setText(go_text + " →")
        self.go.setAutoRaise(True)
        self.go.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go.setAccessibleName(f"{go_text} ({item.wording})")
        self.go.setStyleSheet("QToolButton { color: palette(link); margin-left: 16px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(0)
        line = QHBoxLayout()
        line.setSpacing(4)
        line.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.wording, 1)
        layout.addLayout(line)
        layout.addWidget(self.detail)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignLeft)

    def show_status(self, status: ItemStatus) -> None:
        how = status.item.how
        self.check.setChecked(status.done)
        self.check.setEnabled(status.can_toggle)
        # A step meetingkit ticks itself cannot be clicked, but must stay readable.
        tint(self.wording, None if status.can_toggle else Tone.MUTED)
        if status.applicable:
            tip = how
            detail = "" if status.done else status.detail
        elif status.unknown:
            detail = self.tr("No longer known: this meeting's names were purged.")
            tip = f"{detail} {how}"
        else:
            detail = self.tr("Not needed for this meeting.")
            tip = f"{detail} {how}"
        self.check.setToolTip(tip)
        self.wording.setToolTip(tip)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.go.setVisible(status.applicable and not status.done)

    def _click(self) -> None:
        if self.check.isEnabled():
            self.check.click()


class _PhaseColumn(QGroupBox):
    def __init__(self, number: int, phase: Phase) -> None:
        super().__init__()
        self.phase = phase
        self._title = f"{number} · {phase.label}"
        self.setTitle(self._title)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setFormat(self.tr("%v of %m"))
        self.bar.setAccessibleName(fill(self.tr("%1: steps done"), phase.label))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def show_progress(self, done: int, total: int, current: bool) -> None:
        self.setTitle(fill(self.tr("%1 — now"), self._title) if current else self._title)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done if total else 1)
        self.bar.setFormat(self.tr("%v of %m") if total else self.tr("Nothing needed"))


class GuidedPathPanel(QWidget):
    place_requested = Signal(str)
    """Go where an open step is done: a place key ("agenda", "print_poster"…)."""
    path_changed = Signal(int)
    """A step was ticked or unticked by hand (meeting id): summaries elsewhere follow."""

    def __init__(self, path: GuidedPath, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._meeting: Meeting | None = None
        self.progress: PathProgress | None = None
        self.summary_label = heading_label(1.15)
        describe_as(self.summary_label, self.tr("Where the meeting stands"))
        self.hint_label = plain_label(
            self.tr(
                "Grey boxes the app ticks by itself when it sees the step done; tick the others "
                "yourself when you have done them another way."
            )
        )
        self.hint_label.setWordWrap(True)
        self.columns: dict[Phase, _PhaseColumn] = {}
        self.rows: dict[str, _StepRow] = {}
        strip = QWidget()
        columns = QHBoxLayout(strip)
        columns.setContentsMargins(0, 0, 0, 0)
        go_texts = self._go_texts()
        for number, phase in enumerate(Phase, 1):
            column = _PhaseColumn(number, phase)
            self.columns[phase] = column
            columns.addWidget(column, 1)
        for item in PATH:
            row = _StepRow(item, go_texts.get(item.place, self.tr("Go there")))
            row.check.clicked.connect(partial(self._ticked, item.key))
            row.go.clicked.connect(partial(self.place_requested.emit, item.place))
            self.columns[item.phase].rows.addWidget(row)
            self.rows[item.key] = row
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(scroll, 1)

    def _go_texts(self) -> dict[str, str]:
        return {
            "agenda": self.tr("Open the agenda"),
            "roles": self.tr("Assign roles"),
            "print_agenda": self.tr("Print the agenda"),
            "print_guide": self.tr("Print the guide"),
            "print_handouts": self.tr("Print the handouts"),
            "print_cards": self.tr("Print the cards"),
            "print_poster": self.tr("Print the poster"),
            "signin": self.tr("Open sign-in"),
            "decisions": self.tr("Record a decision"),
            "report": self.tr("Make the report"),
            "follow_ups": self.tr("Open follow-ups"),
            "people": self.tr("See who is new"),
        }

    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read the path again: steps follow what happened elsewhere in the app."""
        meeting = self._meeting
        self.setEnabled(meeting is not None)
        if meeting is None:
            self.progress = None
            self.summary_label.setText(self.tr("No meeting selected."))
            return
        progress = self._path.progress(meeting)
        self.progress = progress
        for status in progress.items:
            self.rows[status.item.key].show_status(status)
        for phase_progress in progress.phases:
            self.columns[phase_progress.phase].show_progress(
                phase_progress.done,
                phase_progress.total,
                phase_progress.phase is progress.current and not progress.complete,
            )
        if progress.complete:
            self.summary_label.setText(self.tr("Every step is done."))
        else:
            current = progress.phase(progress.current)
            self.summary_label.setText(
                fill(
                    self.tr("Now: %1 — %2 of %n steps done", "", current.total),
                    current.phase.label,
                    str(current.done),
                )
            )

    def _ticked(self, key: str) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        with user_errors(self, self.tr("tick the step")):
            self._path.set_ticked(meeting.key, key, self.rows[key].check.isChecked())
            self.path_changed.emit(meeting.key)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._meeting is not None:
            self.refresh()
