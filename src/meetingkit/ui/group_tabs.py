"""The four views of one group on the Groups page: its members, whom it has not seen
lately, its professions over time, and its ladder. Each shows a `GroupOverview` it is
given; the buttons that change something are the page's to connect."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.group import MAX_MISSED
from meetingkit.core.i18n import fill, meeting_day
from meetingkit.services.groups import GroupOverview, MemberRow
from meetingkit.ui.group_models import (
    BalanceModel,
    LadderModel,
    MembersModel,
    NotSeenModel,
)
from meetingkit.ui.labels import plain_label
from meetingkit.ui.list_table_model import row_table
from meetingkit.ui.profession_bars import ProfessionBars, ProfessionShare
from meetingkit.ui.table_columns import (
    ReadableColumns,
    cells_width,
    column_cells,
    header_width,
    text_width,
)

PHONE_ROOM = "(888) 888-8888"
"""The least room the Haven't seen tab's contact column keeps: a phone number, measured in the
table's font (a fixed 120 pixels cut one short in a wider font)."""

RUNG_SHARE = 0.4
"""The most of the Members table a rung's name keeps before it is cut short: a long name typed
for a rung does not hide the counts beside it."""


def _fit_columns(table: QTableView, stretch: int) -> None:
    """Columns as wide as their contents, `stretch` taking the room left over."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class MembersTab(QWidget):
    selection_changed = Signal()
    """Another member was selected, or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersModel(self)
        self.table = row_table(self.model, self.tr("Members"))
        self.table.setWordWrap(False)
        m = MembersModel
        # Names, the marks of who came and the counts always whole, as wide as the widest
        # one shown; the rung keeps what it shows (up to RUNG_SHARE of the table) and takes
        # what is left. On a laptop screen the profession gives way, cut short with "…"
        # (whole in its tooltip); where even that does not fit (Spanish headers, a long
        # rung), the counts and then the profession are hidden (m.GIVE_WAY) rather than the
        # rung squeezed to a sliver or the table scrolling sideways.
        self.columns = ReadableColumns(
            self.table,
            m.COL_RUNG,
            {m.COL_PROFESSION: 0},
            main_minimum=0,
            main_share=RUNG_SHARE,
            whole=dict.fromkeys(m.WHOLE_COLUMNS, 0),
            give_way=m.GIVE_WAY,
        )
        self.model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.remove_button = QPushButton(self.tr("Rem&ove member…"))
        self.hint_label = plain_label(
            self.tr("✓ came · – missed: one mark per meeting held, oldest first.")
        )
        self.hint_label.setWordWrap(True)  # on a narrow screen two lines, not a wider page
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @Slot()
    def _fit_columns(self) -> None:
        """Every column as wide as what it shows now; the rung keeps no more than that."""
        table, m = self.table, MembersModel
        for column in range(m.COL_RUNG):  # every column before the rung
            width = cells_width(table, column_cells(table, column))
            whole = column in m.WHOLE_COLUMNS
            self.columns.set_width(column, width, floor=width if whole else None)
        rung = cells_width(table, column_cells(table, m.COL_RUNG))
        self.columns.set_main_width(max(rung, header_width(table, m.COL_RUNG)))

    def show_overview(self, o: GroupOverview) -> None:
        self.model.set_members(o.members, o.group.rungs)

    def current(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.model.rowCount()):
            member = self.model.row(row)
            if member is not None and member.person.id == person_id:
                self.table.selectRow(row)
                return

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()


class NotSeenTab(QWidget):
    missed_changed = Signal(int)
    """The organizer set after how many missed meetings someone counts as not seen lately."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missed_spin = QSpinBox()
        self.missed_spin.setRange(1, MAX_MISSED)
        self.missed_spin.setAccessibleName(self.tr("Missed meetings"))
        self.missed_spin.setSuffix(self.tr(" meetings"))
        self.missed_spin.valueChanged.connect(self.missed_changed)
        self.model = NotSeenModel(self)
        self.table = row_table(self.model, self.tr("Haven't seen in a while"))
        self.table.setWordWrap(False)
        m = NotSeenModel
        # Names (with "(not a member)"), professions and the day they last came always whole,
        # as wide as the widest one shown; on a laptop screen the last contact and the
        # follow-ups give way in proportion, cut short with "…" (whole in their tooltips), and
        # the contact takes what is left, never less than a phone number. Where even that does
        # not fit (long names in a wider font), the meetings missed (the day they last came
        # says it too) are hidden, then the follow-ups (the Follow-ups page has them), then the
        # last contact: whom to call and how come first.
        self.columns = ReadableColumns(
            self.table,
            m.COL_PHONE,
            dict.fromkeys((m.COL_MISSED, m.COL_CONTACT, m.COL_FOLLOW_UP), 0),
            main_minimum=text_width(self.table, PHONE_ROOM),
            whole=dict.fromkeys(m.WHOLE_COLUMNS, 0),
            give_way=(m.COL_MISSED, m.COL_FOLLOW_UP, m.COL_CONTACT),
        )
        self.model.modelReset.connect(self._fit_columns)
        self.note_label = plain_label()
        self.note_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("People who came before and missed the last")))
        top.addWidget(self.missed_spin)
        top.addWidget(plain_label(self.tr("held")))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)

    @Slot()
    def _fit_columns(self) -> None:
        """Every column but the contact (the last) as wide as what it shows now."""
        table, m = self.table, NotSeenModel
        for column in range(m.COL_PHONE):  # every column before the contact
            width = cells_width(table, column_cells(table, column))
            whole = column in m.WHOLE_COLUMNS
            self.columns.set_width(column, width, floor=width if whole else None)

    def show_overview(self, o: GroupOverview) -> None:
        self.model.set_rows(o.not_seen)
        self.missed_spin.blockSignals(True)  # showing the setting is not changing it
        self.missed_spin.setValue(o.group.missed_meetings)
        self.missed_spin.blockSignals(False)
        if not o.held:
            self.note_label.setText(self.tr("The group has not met yet."))
        elif not o.not_seen:
            self.note_label.setText(
                self.tr(
                    "Everyone who came before was at one of the last %n meetings.",
                    "",
                    o.group.missed_meetings,
                )
            )
        else:
            text = self.tr(
                "Worth a call: a conversation brings people back more often than a "
                "reminder. Record calls on the Follow-ups page."
            )
            members = sum(1 for row in o.not_seen if row.member)
            others = len(o.not_seen) - members
            if members and others:
                text = (
                    fill(
                        self.tr(
                            "Members first (%1), then %n people who came but are not members.",
                            "",
                            others,
                        ),
                        str(members),
                    )
                    + " "
                    + text
                )
            self.note_label.setText(text)


class BalanceTab(QWidget):
    """Professions down, meetings across; beside it, the last meeting's mix against all.

    The professions are the table's row headers, as wide as the widest: they stay in view
    while a year of meetings scrolls sideways, and the newest meetings and the totals are
    shown first. The bars scroll on their own, so two dozen professions do not make the page
    taller than a laptop's screen (the chart's note under them stays reachable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BalanceModel(self)
        self.table = row_table(self.model, self.tr("Professions per meeting"))
        rows = self.table.verticalHeader()
        rows.show()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._show_latest = False  # the newest meetings are scrolled into view once shown
        self.bars = ProfessionBars()
        self.bars_area = QScrollArea()
        self.bars_area.setWidget(self.bars)
        self.bars_area.setWidgetResizable(True)
        self.bars_area.setFrameShape(QFrame.Shape.NoFrame)
        self.bars_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.bars_area.setMinimumWidth(self.bars.minimumSizeHint().width() + scroll_bar)
        self.note_label = plain_label()
        self.note_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(self.bars_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note_label)

    def show_overview(self, o: GroupOverview) -> None:
        b = o.balance
        self.model.set_balance(b, o.today)
        self.bars.set_shares(
            [
                ProfessionShare(p, b.share_of_last(i), b.share_of_all(i))
                for i, p in enumerate(b.professions)
            ],
            meeting_day(b.meetings[-1].date, o.today) if b.meetings else "",
        )
        self._show_latest = True
        if self.isVisible():
            QTimer.singleShot(0, self.show_latest)
        if not b.meetings:
            self.note_label.setText(self.tr("Counts appear once the group has held a meeting."))
            return
        text = fill(
            self.tr("%n professions over %1.", "", len(b.professions)),
            self.tr("%n meetings held", "", len(b.meetings)),
        )
        missing = [
            p for i, p in enumerate(b.professions) if b.counts[i][-1] == 0 and len(b.meetings) > 1
        ]
        if missing:
            text += " " + fill(
                self.tr("Came before, not to the last meeting: %1."), ", ".join(missing)
            )
        self.note_label.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._show_latest:
            QTimer.singleShot(0, self.show_latest)

    @Slot()
    def show_latest(self) -> None:
        """Scroll the newest meetings and the totals into view (once per group shown)."""
        if self._show_latest and self.isVisible():
            self._show_latest = False
            bar = self.table.horizontalScrollBar()
            bar.setValue(bar.maximum())


class LadderTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LadderModel(self)
        self.table = row_table(self.model, self.tr("Engagement ladder"))
        _fit_columns(self.table, LadderModel.COL_TEST)
        self.note_label = plain_label()
        self.note_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit r&ungs…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_label, 1)
        bottom.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_overview(self, o: GroupOverview) -> None:
        self.model.set_ladder(o.group.rungs, o.ladder)
        self.note_label.setText(
            fill(
                self.tr(
                    "Each member stands on the highest rung they reached. Members who have not "
                    "come yet: %1."
                ),
                str(o.ladder.not_yet),
            )
        )
