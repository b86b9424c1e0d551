"""Planning the agenda: add, edit, reorder (drag and drop or Ctrl+Up/Down), delete, undo,
templates, and whether the items fit the meeting's planned length."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.agenda import (
    AgendaItem,
    AgendaTemplate,
    built_in_templates,
    overflow_minutes,
    planned_total,
)
from meetingkit.core.agenda_run import ItemState
from meetingkit.core.durations import wall_time
from meetingkit.core.i18n import fill
from meetingkit.core.meeting import format_duration
from meetingkit.core.wall_clock import after_minutes
from meetingkit.services.agenda_session import AgendaSession
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.agenda_model import AgendaModel
from meetingkit.ui.feedback import Alert, Confirm, attempt, could_not, user_errors
from meetingkit.ui.labels import plain_label
from meetingkit.ui.table_columns import (
    Cell,
    ReadableColumns,
    cells_width,
    column_cells,
    header_width,
)
from meetingkit.ui.tones import Tone, tint

Action = Callable[[AgendaSession], object]

# The columns shown whole, however narrow the screen: the title gives way to them.
WHOLE_COLUMNS = (AgendaModel.COL_START, AgendaModel.COL_MINUTES)
# What gives way, in turn, before the title goes below its room: the time used's time over,
# then the owner's name (down to the first name).
GIVE_WAY = (AgendaModel.COL_TIME, AgendaModel.COL_OWNER)
# Where even at their narrowest they leave the title less than its room (a laptop screen, a
# wider font than the usual one, long translated headers: "Responsable", "Tiempo usado"),
# these are hidden, in this order, and come back with the room. The kind shows whole or not
# at all: cut short ("Welcome & a…", "Di…") it says little, and it was cut beside a title and
# an owner cut short too.
HIDE_FOR_ROOM = (AgendaModel.COL_KIND, AgendaModel.COL_OWNER)
TITLE_ROOM = 200  # the title's width before it gives way: two fifths of a laptop's table
TITLE_SHARE = 0.3  # or this share of a wider table, where a long owner's name wants more
SMALLEST_SECTION = 20  # the header's narrowest column: "Min" needs less than the style's


def _in_place_of(order: list[int], gone: list[int]) -> int | None:
    """The item that takes the place of the items `gone` from `order` (the keys in their
    rows): the one after the first of them, or else the last; where the selection goes."""
    rest = [key for key in order if key not in gone]
    if not rest or not gone:
        return None
    first = min(order.index(key) for key in gone)  # in `rest`, the next one's row
    return rest[min(first, len(rest) - 1)]


def _first_names(cells: list[Cell]) -> list[Cell]:
    """Each owner's name cut short to its first word ("Keisha…"): how short it may get."""
    return [(f"{text.split()[0]}…" if " " in text.strip() else text, bold) for text, bold in cells]


class TemplateName:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The name to save the agenda under, or None if cancelled."""
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("TemplateName", "Save as template"),
            QCoreApplication.translate("TemplateName", "Template name:"),
        )
        return name if ok else None


class AgendaEditor(QWidget):
    items_changed = Signal()
    """Items were added, edited, moved or deleted (or that was undone)."""

    def __init__(self, people: PeopleStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.session: AgendaSession | None = None
        self.undo_stack = QUndoStack(self)
        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.table.setModel(self.model)
        self.model.column_hidden = self.table.isColumnHidden
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Every column but the title as wide as what it shows (`_fit_columns`), where there is
        # room. The title is what the facilitator reads: on a laptop screen it keeps its room
        # (TITLE_ROOM, or TITLE_SHARE of a wider table, no more than its longest title needs)
        # while the others give way in turn (GIVE_WAY): the time used leaves out its time over
        # (in red, and in its tooltip), then the owner's name is cut short with "…" down to
        # the first name (whole in its tooltip). Where that is not enough, the kind (whole
        # until then) and then the owner are hidden (HIDE_FOR_ROOM); only then is the title
        # cut short (whole in its tooltip). Not ResizeToContents: that would ask every cell
        # on every clock tick; a tick measures the time column only.
        self.table.horizontalHeader().setMinimumSectionSize(SMALLEST_SECTION)
        self.columns = ReadableColumns(
            self.table,
            AgendaModel.COL_TITLE,
            dict.fromkeys((*GIVE_WAY, AgendaModel.COL_KIND), 0),
            main_minimum=TITLE_ROOM,
            main_share=TITLE_SHARE,
            whole=dict.fromkeys(WHOLE_COLUMNS, 0),
            in_turn=GIVE_WAY,
            all_or_nothing=(AgendaModel.COL_TIME,),  # the time over shows whole or not at all
            give_way=HIDE_FOR_ROOM,
        )
        self._time_over_width = 0  # the time column's width with the times over
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(self._fit_changed_columns)
        self.table.horizontalHeader().sectionResized.connect(self._show_time_over)
        self.summary_label = plain_label()
        self.summary_label.setWordWrap(True)
        self.warning_label = plain_label()
        self.warning_label.setStyleSheet("font-weight: bold;")
        tint(self.warning_label, Tone.DANGER)
        self.warning_label.setWordWrap(True)

        def act(
            text: str, slot: Callable[[], None], keys: str, widget_scoped: bool = True
        ) -> QAction:
            # Del and Ctrl+Up/Down act on the agenda only while it has the focus.
            return make_action(self, text, slot, keys, scope=self.table if widget_scoped else None)

        self.act_add = act(self.tr("&Add agenda item…"), self.add_item, "Ctrl+Shift+A", False)
        self.act_edit = act(self.tr("Edit agenda &item…"), self.edit_item, "Ctrl+Shift+I", False)
        self.act_delete = act(self.tr("Delete agenda item"), self.delete_item, "Del")
        self.act_up = act(self.tr("Move item &up"), partial(self.move_item, -1), "Ctrl+Up")
        self.act_down = act(self.tr("Move item do&wn"), partial(self.move_item, 1), "Ctrl+Down")
        for action, short in (
            (self.act_add, self.tr("Add…")),
            (self.act_edit, self.tr("Edit…")),
            (self.act_delete, self.tr("Delete")),
            (self.act_up, self.tr("Up")),
            (self.act_down, self.tr("Down")),
        ):
            action.setIconText(short)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.templates_menu = QMenu(self.tr("A&genda templates"), self)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.delete_templates_menu = QMenu(self.tr("&Delete template"), self.templates_menu)

        buttons = QHBoxLayout()
        for action in (self.act_add, self.act_edit, self.act_delete, self.act_up, self.act_down):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        templates = QToolButton()
        templates.setText(self.tr("Templates"))
        templates.setMenu(self.templates_menu)
        templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.addWidget(templates)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)

        self.table.activated.connect(self._on_activated)
        self.model.move_requested.connect(self._move_to)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def set_session(self, session: AgendaSession | None) -> None:
        """Show this session. The same meeting shown again (its session rebuilt after the
        meeting or a person was edited) keeps its undo history; another meeting starts anew."""
        same_meeting = (
            session is not None
            and self.session is not None
            and session.meeting.id == self.session.meeting.id
        )
        self.session = session
        if not same_meeting:
            self.undo_stack.clear()
        self.model.set_session(session)
        self._after_change()

    def selected_item(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # Editing

    @Slot()
    def add_item(self) -> None:
        opened = self.session
        if opened is None:
            return
        draft = AgendaItem(title="", planned_minutes=15)
        from meetingkit.ui.agenda_item_dialog import AgendaItemDialog

        selected = self.selected_item()
        position = self.model.row_of(selected.key) + 1 if selected else None
        added: list[AgendaItem] = []

        def add(item: AgendaItem) -> None:  # before the dialog closes: a full disk leaves
            added.append(self._shown(opened).add_item(item, position))  # it open, as typed

        title = self.tr("Add agenda item")
        if AgendaItemDialog.ask(self, draft, self._people, title, save=add) is None:
            return
        # Only a change that was made goes on the undo stack
        self._push_added(fill(self.tr("Add “%1”"), added[0].title), [added[0].key])
        self.select_item(added[0].key)

    @Slot()
    def edit_item(self) -> None:
        before, opened = self.selected_item(), self.session
        if opened is None or before is None:
            return
        from meetingkit.ui.agenda_item_dialog import AgendaItemDialog

        def save(item: AgendaItem) -> None:  # before the dialog closes, as for a new item
            if item != before:
                self._shown(opened).update_item(item)

        title = self.tr("Edit agenda item")
        after = AgendaItemDialog.ask(self, before, self._people, title, save=save)
        if after is None or after == before:
            return
        self._push(
            fill(self.tr("Edit “%1”"), after.title),
            lambda s: s.update_item(after),
            lambda s: s.update_item(before),
            redone=before.key,
            undone=before.key,
        )
        self.select_item(before.key)

    @Slot()
    def delete_item(self) -> None:
        item = self.selected_item()
        if self.session is None or item is None:
            return
        session, key = self.session, item.key
        # Undo puts it back in this row, and back on if it was on (running or paused).
        order = [i.key for i in session.items]
        at, was = order.index(key), session.state(key)
        # The item that takes its row is selected, and again when the delete is redone
        following = _in_place_of(order, [key])
        with user_errors(self, self.tr("delete the item")):
            session.delete_item(key)
            self._push(
                fill(self.tr("Delete “%1”"), item.title),
                lambda s: s.delete_item(key),
                lambda s: s.restore_item(key, at, was),
                redone=following,
                undone=key,
            )
            if following is not None:
                self.select_item(following)

    def move_item(self, steps: int) -> None:
        item = self.selected_item()
        if self.session is None or item is None:
            return
        target = self.model.row_of(item.key) + steps
        if 0 <= target < self.model.rowCount():
            self._move_to(item.key, target)

    @Slot(int, int)
    def _move_to(self, item_id: int, row: int) -> None:
        if self.session is None:
            return
        session = self.session
        before = [i.key for i in session.items]
        after = [i for i in before if i != item_id]
        after.insert(max(0, min(row, len(after))), item_id)
        if after == before:
            return
        with user_errors(self, self.tr("move the item")):
            session.reorder(after)
            self._push(
                fill(self.tr("Move “%1”"), session.item(item_id).title),
                lambda s: s.reorder(after),
                lambda s: s.reorder(before),
                redone=item_id,
                undone=item_id,
            )
            self.select_item(item_id)

    def apply_template(self, template: AgendaTemplate) -> None:
        if self.session is None:
            return
        with user_errors(self, self.tr("apply the template")):
            added = self.session.apply_template(template)
            self._push_added(
                fill(self.tr("Apply template “%1”"), template.name), [i.key for i in added]
            )

    @Slot()
    def save_as_template(self) -> None:
        if self.session is None:
            return
        name = " ".join((TemplateName.ask(self) or "").split())  # as it is saved
        if not name:
            return
        if any(t.name == name for t in self.session.templates()):
            text = fill(
                self.tr("A template named “%1” already exists. Replace it with this agenda?"),
                name,
            )
            if not Confirm.ask(self, self.tr("Replace template"), text, self.tr("Replace")):
                return
        with user_errors(self, self.tr("save the template")):
            template = self.session.save_as_template(name)
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                fill(self.tr("Saved the template “%1”."), template.name), 6000
            )

    def delete_template(self, name: str) -> None:
        """A saved template, deleted once confirmed; agendas made from it stay as they are."""
        if self.session is None:
            return
        text = fill(
            self.tr("Delete the template “%1”? Agendas already made from it stay as they are."),
            name,
        )
        if not Confirm.ask(self, self.tr("Delete template"), text, self.tr("Delete template")):
            return
        with user_errors(self, self.tr("delete the template")):
            self.session.delete_template(name)
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                fill(self.tr("Deleted the template “%1”."), name), 6000
            )

    # Internals

    @Slot()
    def _fit_columns(self) -> None:
        """Every column as wide as what it shows now (in bold on the item on)."""
        for column in range(self.model.columnCount()):
            self._fit_column(column)

    @Slot(QModelIndex, QModelIndex)
    def _fit_changed_columns(self, first: QModelIndex, last: QModelIndex) -> None:
        """Cells were repainted: on a clock tick the time column only, as the item on counts
        up to a wider time; when an item starts or ends, every column (its row in bold)."""
        for column in range(first.column(), last.column() + 1):
            self._fit_column(column)

    def _fit_column(self, column: int) -> None:
        table = self.table
        if column == AgendaModel.COL_TIME:
            self._time_over_width = cells_width(table, self.model.time_cells(over=True))
            short = cells_width(table, self.model.time_cells(over=False))
            self.columns.set_width(column, self._time_over_width, floor=short)
            self._show_time_over(column, 0, table.columnWidth(column))
            return
        cells = column_cells(table, column)
        width = cells_width(table, cells)
        if column == AgendaModel.COL_TITLE:  # keeps no more room than its longest title
            self.columns.set_main_width(max(width, header_width(table, column)))
        elif column == AgendaModel.COL_OWNER:  # cut short, but each first name whole
            self.columns.set_width(column, width, floor=cells_width(table, _first_names(cells)))
        else:  # whole (the kind hidden rather than cut short)
            self.columns.set_width(column, width, floor=width)

    @Slot(int, int, int)
    def _show_time_over(self, column: int, _old: int, width: int) -> None:
        """The times over show where their column has room for them."""
        if column == AgendaModel.COL_TIME:
            self.model.show_time_over(width >= self._time_over_width)

    def _shown(self, opened: AgendaSession) -> AgendaSession:
        """The session to save a dialog's change on: the one shown now, which may have been
        rebuilt (a sign-in added a person) since the dialog was `opened` on the old one,
        whose stale state must not be saved over the new one's."""
        return self.session or opened

    def _push_added(self, text: str, item_ids: list[int]) -> None:
        session = self.session
        assert session is not None
        # Redo puts each item back in the row it was added in (in order from the top, so the
        # rows before each are already as they were).
        order = [i.key for i in session.items]
        rows = sorted((order.index(i), i) for i in item_ids)
        # Undone while one of them is on (started since it was added), redone it is on again,
        # as a deleted item's undo puts it back on
        was: dict[int, ItemState] = {}

        def restore(s: AgendaSession) -> None:
            for row, item_id in rows:
                s.restore_item(item_id, row, was.pop(item_id, ItemState.PENDING))

        def remove(s: AgendaSession) -> None:
            for item_id in item_ids:
                was[item_id] = s.state(item_id)
                s.delete_item(item_id)

        # Redone, the first of them is selected; undone, the item that takes their place
        first = rows[0][1] if rows else None
        self._push(text, restore, remove, redone=first, undone=_in_place_of(order, item_ids))

    def _push(
        self,
        text: str,
        apply: Action,
        revert: Action,
        *,
        redone: int | None = None,
        undone: int | None = None,
    ) -> None:
        """Put on the undo stack a change already made. `apply` and `revert` are handed the
        session to act on when they run: the session shown then, perhaps rebuilt since.
        `redone`, `undone`: the item selected once the change is redone, once it is undone
        (`undo_commands.ChangedRow`); None leaves the selection where it was."""
        from meetingkit.ui.undo_commands import ChangedRow, MadeChange, Where

        row = ChangedRow(self.table, self.model.row_of, undone=undone, redone=redone)
        self.undo_stack.push(
            MadeChange(
                text,
                Where.AGENDA,
                partial(self._perform, apply),
                partial(self._perform, revert),
                row,
            )
        )
        self._after_change()

    def _perform(self, action: Action) -> str | None:
        """Undo or redo a change, all of it or none: None when done, or why not
        (`undo_commands.Step`)."""
        s, problem = self.session, None
        if s is not None:

            def whole() -> None:
                with s.all_or_nothing():
                    action(s)

            problem = attempt(whole)
            if problem is not None:
                Alert.show(self, could_not(self.tr("undo or redo that change")), problem)
        self._after_change()
        return problem

    def _after_change(self) -> None:
        selected = self.selected_item()
        self.model.reload()
        if selected is not None:
            self.select_item(selected.key)
        self._show_fit()
        self._update_actions()
        self.items_changed.emit()

    def _show_fit(self) -> None:
        if self.session is None:
            self.summary_label.setText("")
            self.warning_label.hide()
            return
        meeting, items = self.session.meeting, self.session.items
        self.show_summary()
        over = overflow_minutes(items, meeting.planned_minutes)
        self.warning_label.setText(
            fill(
                self.tr(
                    "The items run %1 over the planned %2. Shorten or drop an item, or "
                    "lengthen the meeting."
                ),
                format_duration(over),
                format_duration(meeting.planned_minutes),
            )
        )
        self.warning_label.setVisible(over > 0)

    def show_summary(self, at_ms: int | None = None) -> None:
        """How many items, how long, and when they end: as planned until the meeting starts;
        then from its real start, at this pace as of `at_ms` (the big clock's reading), as the
        meeting clock's projected end says, beside the plan."""
        s = self.session
        if s is None:
            return
        meeting, items, run = s.meeting, s.items, s.run
        total = planned_total(items)
        started = run.record.started_ms
        if started is None:
            items_end = after_minutes(meeting.starts_at, total)
            text = self.tr(
                "%n items · %2 planned · ends %3 (the meeting is planned %4–%5)", "", len(items)
            ).replace("%3", f"{items_end:%H:%M}")
        elif run.ended:
            text = self.tr(
                "%n items · %2 planned · ran %3–%6 (the meeting was planned %4–%5)", "", len(items)
            ).replace("%3", wall_time(started))
        else:
            text = self.tr(
                "%n items · %2 planned · started %3, projected end %6 (the meeting is planned "
                "%4–%5)",
                "",
                len(items),
            ).replace("%3", wall_time(started))
        end = run.projected_end_ms(at_ms)
        text = (
            text.replace("%2", format_duration(total))
            .replace("%4", f"{meeting.start:%H:%M}")
            .replace("%5", f"{meeting.planned_end:%H:%M}")
            .replace("%6", wall_time(end) if end is not None else "")
        )
        if text != self.summary_label.text():
            self.summary_label.setText(text)

    @Slot(object)
    def show_clock(self, at_ms: int | None) -> None:
        """The big clock was read (`at_ms`, every tick): the times used, the starts to come
        and the projected end follow it."""
        self.model.refresh_times(at_ms)
        if self.session is not None and self.session.is_live():
            self.show_summary(at_ms)

    @Slot()
    def _update_actions(self) -> None:
        has_session = self.session is not None
        selected = self.selected_item()
        row = self.model.row_of(selected.key) if selected else -1
        self.act_add.setEnabled(has_session)
        for action in (self.act_edit, self.act_delete):
            action.setEnabled(selected is not None)
        self.act_up.setEnabled(row > 0)
        self.act_down.setEnabled(0 <= row < self.model.rowCount() - 1)

    @Slot(QModelIndex)
    def _on_activated(self, _index: QModelIndex) -> None:
        self.edit_item()

    @Slot()
    def _fill_templates_menu(self) -> None:
        menu = self.templates_menu
        menu.clear()
        if self.session is None:
            return
        saved = self.session.templates()
        for template in (*built_in_templates(), *saved):
            minutes = planned_total(template.items)
            action = menu.addAction(
                self.tr("Add “%1” (%n items, %3)", "", len(template.items))
                .replace("%3", format_duration(minutes))
                .replace("%1", template.name)
            )
            action.triggered.connect(partial(self.apply_template, template))
        menu.addSeparator()
        save = menu.addAction(self.tr("Save this agenda as a template…"))
        save.setEnabled(bool(self.session.items))
        save.triggered.connect(self.save_as_template)
        remove = self.delete_templates_menu
        remove.clear()
        menu.addMenu(remove)
        remove.setEnabled(bool(saved))  # the built-in ones stay
        for template in saved:
            action = remove.addAction(template.name.replace("&", "&&"))
            action.triggered.connect(partial(self.delete_template, template.name))
