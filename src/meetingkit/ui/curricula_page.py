"""The curriculum library: the trainings shipped with meetingkit and the trainer's own, with
what each holds, its problems if it has any, what to do with it, and the trainings made from
it so far."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import i18n
from meetingkit.core.curriculum import Curriculum, Method
from meetingkit.core.curriculum_runs import TrainingRun
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.services.curriculum_library import CurriculumLibrary, LibraryEntry
from meetingkit.ui.actions import make_action
from meetingkit.ui.curriculum_runs_panel import CurriculumRunsPanel
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.file_dialog import FileDialog
from meetingkit.ui.labels import heading_label, plain_label, plain_tip
from meetingkit.ui.language import language_name
from meetingkit.ui.today import Today
from meetingkit.ui.two_line_rows import DETAIL_ROLE, TwoLineDelegate

METHODS = {
    Method.PLENARY: QT_TRANSLATE_NOOP("CurriculaPage", "plenary"),
    Method.PAIRS: QT_TRANSLATE_NOOP("CurriculaPage", "pairs"),
    Method.SMALL_GROUPS: QT_TRANSLATE_NOOP("CurriculaPage", "small groups"),
    Method.ROLE_PLAY: QT_TRANSLATE_NOOP("CurriculaPage", "role play"),
    Method.SPECTRUM: QT_TRANSLATE_NOOP("CurriculaPage", "spectrum"),
    Method.GALLERY_WALK: QT_TRANSLATE_NOOP("CurriculaPage", "gallery walk"),
}
"""How the room works in a module, in words (the file's keyword is the English word)."""


class CurriculaPage(QWidget):
    training_requested = Signal(object)
    """Make a training meeting from this curriculum (a Curriculum)."""
    print_requested = Signal(object, str)
    """Print this curriculum's "guide" or "handouts"."""
    training_opened = Signal(int)
    """Show this training meeting (its id), made from the curriculum shown."""

    def __init__(
        self,
        library: CurriculumLibrary,
        parent: QWidget | None = None,
        *,
        runs: Callable[[str], Sequence[TrainingRun]] | None = None,
        today: dt.date | Today | None = None,
    ) -> None:
        """`runs(slug)`: the trainings made from a curriculum (None: none are shown);
        `today`: the day it is (None: the computer's), read as they are shown."""
        super().__init__(parent)
        self._library = library
        self._entries: list[LibraryEntry] = []
        self.runs_panel = CurriculumRunsPanel(
            runs or (lambda _slug: []), dt.date.today if today is None else today
        )
        self.runs_panel.training_opened.connect(self.training_opened)
        self.runs_panel.setVisible(False)
        self._runs_shown = runs is not None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Curricula"))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.new_training())
        self.title_label = heading_label(1.4)
        self.title_label.setWordWrap(True)
        self.facts_label = plain_label()
        self.facts_label.setWordWrap(True)
        self.summary_label = plain_label()
        self.summary_label.setWordWrap(True)
        self.modules_tree = QTreeWidget()
        self.modules_tree.setHeaderLabels(
            [self.tr("Session / module"), self.tr("Min"), self.tr("How")]
        )
        self.modules_tree.setAccessibleName(self.tr("Sessions and modules"))
        self.modules_tree.setColumnWidth(0, 360)
        self.problems_edit = QPlainTextEdit()
        self.problems_edit.setReadOnly(True)
        self.problems_edit.setAccessibleName(self.tr("Problems in this curriculum"))
        self.act_training = make_action(
            self, self.tr("New &training from this…"), self.new_training
        )
        self.act_guide = make_action(self, self.tr("Print facilitator &guide…"), self.print_guide)
        self.act_handouts = make_action(self, self.tr("Print handout&s…"), self.print_handouts)
        self.act_duplicate = make_action(self, self.tr("&Duplicate to edit"), self.duplicate)
        self.act_import = make_action(self, self.tr("&Import a curriculum…"), self.import_one)
        self.act_folder = make_action(self, self.tr("Open my curricula fo&lder"), self.open_folder)
        self.act_reload = make_action(self, self.tr("Check &again"), self.reload)
        # A tool button shows its action's icon text, which drops the "&": the letters above
        # reached nothing. The text as written keeps them (none is a menu bar's letter).
        for act in (
            self.act_training,
            self.act_guide,
            self.act_handouts,
            self.act_duplicate,
            self.act_import,
            self.act_folder,
            self.act_reload,
        ):
            act.setIconText(act.text())
        buttons = QHBoxLayout()
        for act in (self.act_training, self.act_guide, self.act_handouts, self.act_duplicate):
            button = QToolButton()
            button.setDefaultAction(act)
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts_label)
        detail_layout.addWidget(self.summary_label)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.runs_panel)
        detail_layout.addWidget(self.modules_tree, 1)
        detail_layout.addWidget(self.problems_edit, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        for act in (self.act_import, self.act_folder, self.act_reload):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            left_layout.addWidget(button)
        self.folder_label = plain_label(
            fill(
                self.tr(
                    "Your own curricula live in %1. To make one, select a curriculum and "
                    "choose Duplicate to edit; the format is described in %2."
                ),
                str(library.user_dir),
                str(library.bundled_dir / "FORMAT.md"),
            )
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.folder_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([330, 850])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @Slot()
    def reload(self) -> None:
        current = self.current_entry()
        self._entries = self._library.entries()
        self.list.clear()
        for entry in self._entries:
            item = QListWidgetItem(entry.folder.title)
            facts = self._facts(entry)
            item.setData(DETAIL_ROLE, facts)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, facts)
            item.setToolTip(plain_tip(f"{item.text()}\n{facts}"))
            self.list.addItem(item)
        row = next(
            (
                n
                for n, e in enumerate(self._entries)
                if current and e.folder.folder == current.folder.folder
            ),
            0,
        )
        self.list.setCurrentRow(row if self._entries else -1)
        self._show(self.list.currentRow())

    def titles(self) -> list[str]:
        """The list's titles, for tests and the user guide."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    def details(self) -> list[str]:
        """The line under each title: length, sessions, group size, bundled or yours."""
        return [self.list.item(n).data(DETAIL_ROLE) for n in range(self.list.count())]

    def _facts(self, entry: LibraryEntry) -> str:
        c = entry.folder.curriculum
        if c is None:
            return self.tr("%n problem(s) to fix", "", len(entry.folder.problems))
        size = c.group_size
        source = self.tr("bundled") if entry.bundled else self.tr("yours")
        if i18n.is_other_language(c.language):
            # Before "bundled": a narrow list cuts the end of the line first.
            source = f"{language_name(c.language)} · {source}"
        return (
            fill(
                self.tr("%1 min in %n session(s) · %4–%5 people · %6", "", len(c.sessions)),
                str(c.total_minutes),
            )
            .replace("%4", str(size.min))
            .replace("%5", str(size.max))
            .replace("%6", source)
        )

    def current_entry(self) -> LibraryEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def current(self) -> Curriculum | None:
        entry = self.current_entry()
        return entry.folder.curriculum if entry else None

    @Slot(int)
    def _show(self, _row: int) -> None:
        entry = self.current_entry()
        c = entry.folder.curriculum if entry else None
        for act in (self.act_training, self.act_guide, self.act_handouts):
            act.setEnabled(c is not None)
        self.act_duplicate.setEnabled(entry is not None)
        self.modules_tree.clear()
        self.runs_panel.show_runs(c if self._runs_shown else None)
        self.problems_edit.setVisible(entry is not None and c is None)
        self.modules_tree.setVisible(c is not None)
        if entry is None:
            self.title_label.setText(self.tr("No curricula"))
            self.facts_label.setText("")
            self.summary_label.setText("")
            return
        if c is None:
            self.title_label.setText(entry.folder.title)
            self.facts_label.setText(
                self.tr("This curriculum has problems to fix before it can be run or printed:")
            )
            self.summary_label.setText(str(entry.folder.folder))
            self.problems_edit.setPlainText("\n".join(str(p) for p in entry.folder.problems))
            return
        self.title_label.setText(c.title)
        self.facts_label.setText(self._facts(entry))
        self.summary_label.setText(
            (c.summary or "; ".join(c.goals))
            + "\n\n"
            + fill(self.tr("Who it is for: %1"), c.audience)
        )
        for session in c.sessions:
            top = QTreeWidgetItem([session.title, str(session.minutes), ""])
            for module in session.modules:
                how = QCoreApplication.translate("CurriculaPage", METHODS[module.method])
                if module.rotation is not None:  # "rotation" only where roles rotate
                    if module.rotation.rotates:
                        groups = self.tr(", rotation in groups of %1")
                    else:
                        groups = self.tr(", timed steps in groups of %1")
                    how += fill(groups, str(module.rotation.group_size))
                top.addChild(QTreeWidgetItem([module.title, str(module.minutes), how]))
            self.modules_tree.addTopLevelItem(top)
            top.setExpanded(True)

    def showEvent(self, event: QShowEvent) -> None:
        """A training may have been made, run or deleted since the page was last shown."""
        super().showEvent(event)
        self.runs_panel.refresh()

    @Slot()
    def new_training(self) -> None:
        c = self.current()
        if c is not None:
            self.training_requested.emit(c)

    @Slot()
    def print_guide(self) -> None:
        c = self.current()
        if c is not None:
            self.print_requested.emit(c, "guide")

    @Slot()
    def print_handouts(self) -> None:
        c = self.current()
        if c is not None:
            self.print_requested.emit(c, "handouts")

    @Slot()
    def duplicate(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        with user_errors(self, self.tr("duplicate the curriculum")):
            copy = self._library.duplicate(entry.folder.folder)
            self.reload()
            self._select(copy)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    @Slot()
    def import_one(self) -> None:
        chosen = ImportPath.ask(self)
        if chosen is None:
            return
        with user_errors(self, self.tr("import the curriculum")):
            copy = self._library.import_from(chosen)
            self.reload()
            self._select(copy)

    @Slot()
    def open_folder(self) -> None:
        with user_errors(self, self.tr("open your curricula folder")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._library.ensure_user_dir())))

    def _select(self, folder: Path) -> None:
        for n, entry in enumerate(self._entries):
            if entry.folder.folder == folder:
                self.list.setCurrentRow(n)


class ImportPath:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        chosen = FileDialog.open(
            parent,
            QCoreApplication.translate(
                "ImportPath", "Import a curriculum: choose its curriculum.md"
            ),
            Path.home(),
            "curriculum.md (curriculum.md)",
        )
        return Path(chosen) if chosen else None
