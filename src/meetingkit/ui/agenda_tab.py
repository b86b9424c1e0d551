"""The agenda tab of the meeting screen: the plan on the left, the live clock on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.agenda_editor import AgendaEditor
from meetingkit.ui.agenda_runner import AgendaRunner
from meetingkit.ui.scroll_column import ScrollColumn


class AgendaTab(QWidget):
    def __init__(self, people: PeopleStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = AgendaEditor(people)
        self.runner = AgendaRunner()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        # On a short screen, with a restart banner up, the panel scrolls rather than crush the
        # minutes to one clipped line.
        splitter.addWidget(ScrollColumn(self.runner))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Seven tenths for the plan from the start, whatever the texts' size hints ask (the
        # run panel needs less; on a small screen it keeps its minimum)
        splitter.setSizes([7000, 3000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.editor.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.editor.items_changed.connect(self._on_items_changed)
        self.runner.run_changed.connect(self._on_run_changed)
        self.runner.clock_read.connect(self.editor.show_clock)
        self.runner.undo_stack = self.editor.undo_stack  # the start goes on it

    def set_session(self, session: AgendaSession | None) -> None:
        self.editor.set_session(session)
        self.runner.set_session(session)
        self._follow_current_item()

    def run_actions(self) -> list[QAction]:
        r = self.runner
        return [
            r.act_start_meeting,
            r.act_start_item,
            r.act_pause,
            r.act_next,
            r.act_end_meeting,
            r.act_decision,
            r.act_check,
            r.rotation_panel.act_start,
            r.rotation_panel.act_pause,
        ]

    def edit_actions(self) -> list[QAction]:
        e = self.editor
        return [e.act_add, e.act_edit, e.act_delete, e.act_up, e.act_down]

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.runner.set_selected_item(self.editor.selected_item())

    @Slot()
    def _on_items_changed(self) -> None:
        self.runner.set_selected_item(self.editor.selected_item())
        self.runner.refresh()

    @Slot()
    def _on_run_changed(self) -> None:
        self.editor.model.refresh_states()
        self.editor.show_summary()
        self._follow_current_item()

    def _follow_current_item(self) -> None:
        """Keep the item on the floor selected, so its minutes are the ones being typed."""
        session = self.editor.session
        current = session.run.current_item if session else None
        if current is not None:
            self.editor.select_item(current.key)
        elif self.editor.selected_item() is None and self.editor.model.rowCount():
            first = self.editor.model.item(0)
            assert first is not None
            self.editor.select_item(first.key)
        self.runner.set_selected_item(self.editor.selected_item())
