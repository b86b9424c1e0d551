"""Under a curriculum in the library: the trainings made from it, when, with which group (a
column shown only when one has a group), and which of its modules they ran — "Ran in 3
trainings: 25 Jul, 1 Aug, 8 Aug · modules covered 7 of 9" — each a double-click (or Enter, or
Open the training) away. Read-only: a training is changed on its own meeting's screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.curriculum import Curriculum
from meetingkit.core.curriculum_runs import RunState, TrainingRun, coverage
from meetingkit.core.i18n import fill, meeting_day
from meetingkit.ui.actions import make_action
from meetingkit.ui.labels import describe_as, plain_label, plain_tip
from meetingkit.ui.today import Today, day_reader

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_ROWS = 4  # the list's height: more trainings scroll
DATES_NAMED = 6  # a sentence names this many trainings' days at most (the latest)


class CurriculumRunsPanel(QWidget):
    training_opened = Signal(int)
    """Open this training meeting (its id)."""

    COL_DATE, COL_TITLE, COL_GROUP, COL_MODULES = range(4)

    def __init__(
        self,
        runs: Callable[[str], Sequence[TrainingRun]],
        today: dt.date | Today,
        parent: QWidget | None = None,
    ) -> None:
        """`runs(slug)`: the trainings made from the curriculum of that slug, oldest first;
        `today`: the day it is, read each time they are shown (held, planned)."""
        super().__init__(parent)
        self._runs = runs
        self._read_today = day_reader(today)
        self._curriculum: Curriculum | None = None
        self.summary_label = plain_label()
        self.summary_label.setWordWrap(True)
        describe_as(self.summary_label, self.tr("Trainings made from this curriculum"))
        self.act_open = make_action(
            self,
            self.tr("&Open the training"),
            self.open_selected,
            tip=self.tr("Show the selected training on the Meetings page"),
        )
        # A tool button shows its action's icon text, which drops the "&": Alt+O (Alt+B,
        # "A&brir") then reached nothing. The text as written keeps the letter.
        self.act_open.setIconText(self.act_open.text())
        open_button = QToolButton()
        open_button.setDefaultAction(self.act_open)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Trainings made from this curriculum"))
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Training"), self.tr("Group"), self.tr("Modules")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (self.COL_DATE, self.COL_GROUP, self.COL_MODULES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_action())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._update_action()

    @property
    def _today(self) -> dt.date:
        return self._read_today()

    def show_runs(self, curriculum: Curriculum | None) -> None:
        """The trainings made from `curriculum` (None: nothing to show)."""
        self._curriculum = curriculum
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the trainings again: one may have been made, run or deleted meanwhile."""
        c = self._curriculum
        self.setVisible(c is not None)
        self.list.clear()
        if c is None:
            return
        runs = list(self._runs(c.slug))
        self.summary_label.setText(self._summary(c, runs))
        missing = coverage([m.title for m in c.modules()], runs).missing
        held = any(r.state(self._today) is RunState.HELD for r in runs)
        self.summary_label.setToolTip(
            fill(self.tr("Not covered yet: %1"), "; ".join(missing)) if held and missing else ""
        )
        rows = [self._row(run) for run in runs]
        self.list.addTopLevelItems(rows)
        # Trainings of no group (the usual case) would leave an empty "Group" column.
        self.list.setColumnHidden(self.COL_GROUP, not any(run.group for run in runs))
        if rows:  # the latest, a click from Open the training
            self.list.setCurrentItem(rows[-1])
        self.list.setVisible(bool(runs))
        shown = min(len(runs), SHOWN_ROWS)
        row_height = self.list.sizeHintForRow(0) if runs else 0
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(
            self.list.header().sizeHint().height() + shown * row_height + frame
        )
        self._update_action()

    def _summary(self, c: Curriculum, runs: Sequence[TrainingRun]) -> str:
        if not runs:
            return self.tr("No training has been made from this curriculum yet.")
        held = [r for r in runs if r.state(self._today) is not RunState.PLANNED]
        planned = [r for r in runs if r.state(self._today) is RunState.PLANNED]
        parts = []
        if held:
            parts.append(
                fill(self.tr("Ran in %n training(s): %1", "", len(held)), self._days(held))
            )
            if any(r.state(self._today) is RunState.HELD for r in held):
                covered = coverage([m.title for m in c.modules()], held)
                parts.append(
                    fill(self.tr("modules covered %1 of %2"), covered.covered, covered.total)
                )
            else:
                parts.append(self.tr("which modules ran was not recorded"))
        if planned:
            parts.append(fill(self.tr("planned: %1"), self._days(planned)))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    def _days(self, runs: Sequence[TrainingRun]) -> str:
        days = [meeting_day(r.date, self._today) for r in runs]
        if len(days) > DATES_NAMED:
            days = ["…", *days[-DATES_NAMED:]]
        return ", ".join(days)

    def _row(self, run: TrainingRun) -> QTreeWidgetItem:
        state = run.state(self._today)
        if state is RunState.HELD:
            modules = fill(self.tr("%1 of %2 run"), len(run.ran), len(run.modules))
            tip = fill(self.tr("Not run: %1"), "; ".join(run.not_run)) if run.not_run else ""
        elif state is RunState.PLANNED:
            modules = fill(self.tr("%1 planned"), len(run.modules))
            tip = ""
        else:
            modules = self.tr("not recorded")
            tip = self.tr(
                "Its agenda was not run in meetingkit, so which modules ran is not known."
            )
        item = QTreeWidgetItem([meeting_day(run.date, self._today), run.title, run.group, modules])
        item.setData(self.COL_DATE, MEETING_ID_ROLE, run.meeting_id)
        item.setToolTip(self.COL_TITLE, plain_tip(run.title))
        item.setToolTip(self.COL_MODULES, tip)
        return item

    def selected_training(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(self.COL_DATE, MEETING_ID_ROLE))

    def trainings(self) -> list[tuple[str, ...]]:
        """The list's rows as shown, for tests and the user guide."""
        items = (self.list.topLevelItem(n) for n in range(self.list.topLevelItemCount()))
        return [tuple(item.text(c) for c in range(4)) for item in items if item is not None]

    @Slot()
    def open_selected(self) -> None:
        meeting_id = self.selected_training()
        if meeting_id is not None:
            self.training_opened.emit(meeting_id)

    def _update_action(self) -> None:
        self.act_open.setEnabled(self.selected_training() is not None)
