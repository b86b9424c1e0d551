"""The Commitments tab of a meeting: what the cards offer, printing cards, badges and tents,
and recording the cards that come back. Every change is saved at once."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.commitment import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    USUAL_OPTIONS,
    Commitment,
    CommitmentOption,
    usual_option,
)
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.services.commitment_desk import CardHolder, CommitmentDesk
from meetingkit.services.printing.meeting_documents import suggested_filename
from meetingkit.storage.people import PeopleStore
from meetingkit.ui.actions import make_action
from meetingkit.ui.commitment_dialogs import OptionDialog, PrintCardsDialog, RecordCardDialog
from meetingkit.ui.feedback import Alert, Confirm, user_errors
from meetingkit.ui.labels import button_text, error_label, plain_label
from meetingkit.ui.list_table_model import Index, ListTableModel, row_table, show_at_least
from meetingkit.ui.person_picker import PersonPicker
from meetingkit.ui.save_document import SavePath, show_saved
from meetingkit.ui.scroll_column import ScrollColumn
from meetingkit.ui.today import Today, day_reader

SOURCES = {
    "card": QT_TRANSLATE_NOOP("RecordedModel", "card"),
    "phone": QT_TRANSLATE_NOOP("RecordedModel", "phone"),
    "app": QT_TRANSLATE_NOOP("RecordedModel", "app"),
}
"""How a commitment was recorded (`Commitment.source`), in words."""


class RecordedModel(ListTableModel[tuple[str, Commitment]]):
    """Who committed to what at this meeting, one row per commitment."""

    COL_PERSON, COL_TEXT, COL_STATUS, COL_HOW = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Committed to"), self.tr("Follow-up"), self.tr("How"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        name, c = row
        if index.column() == self.COL_HOW:
            return QCoreApplication.translate("RecordedModel", SOURCES.get(c.source, c.source))
        return (name, c.text, c.status.label)[index.column()]


class OptionsList(QListWidget):
    """What the cards offer, each option wrapped to the list's width rather than cut off
    behind a sideways scrollbar (a training's options are long sentences with their date),
    and the list as tall as its options at that width (its height for its width, which the
    layouts ask before they place it): a card's 3 to 5 options, whole, the rest of the tab's
    height going to the returned cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Neither scrollbar: the list is as tall as its options (`heightForWidth`), and a
        # vertical one shown while it is laid out would narrow the lines, wrap one more, and
        # keep itself there
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrapped as the width changes
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.model().rowsInserted.connect(self.updateGeometry)
        self.model().rowsRemoved.connect(self.updateGeometry)
        self.model().dataChanged.connect(self.updateGeometry)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The options wrapped at `width`, one under the other; never less than the fewest a
        card should offer, one line each (an empty list is not a sliver)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, max(1, width - 2 * self.frameWidth()), 10_000)
        delegate, model = self.itemDelegate(), self.model()
        content = sum(
            delegate.sizeHint(option, model.index(row, 0)).height() for row in range(self.count())
        )
        fewest = MIN_OPTIONS * self.fontMetrics().lineSpacing()
        return max(content, fewest) + 2 * self.frameWidth() + 6

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def minimumSizeHint(self) -> QSize:
        """One line an option at least, however wide: the layouts give it its height for
        its width (`heightForWidth`) on top of that."""
        return QSize(super().minimumSizeHint().width(), self.heightForWidth(100_000))


class CommitmentsTab(QWidget):
    commitments_changed = Signal()
    """Commitments were recorded here (the follow-up list shows them)."""
    room_changed = Signal()
    """A walk-in's blank card marked them present (the floor's room follows)."""

    def __init__(
        self, people: PeopleStore, parent: QWidget | None = None, *, today: dt.date | Today
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._today = day_reader(today)  # the app's day, read when used (a new due date)
        self._desk: CommitmentDesk | None = None

        # What the cards offer
        self.options_list = OptionsList()
        self.options_list.setAccessibleName(self.tr("Commitments on the cards"))
        self.options_list.itemActivated.connect(self.edit_option)
        self.options_hint = plain_label()
        self.options_hint.setWordWrap(True)
        self.add_usual_button = QToolButton()
        self.add_usual_button.setText(self.tr("Add a usual one"))
        self.add_usual_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        usual_menu = QMenu(self.add_usual_button)
        for usual in USUAL_OPTIONS:
            usual_menu.addAction(
                usual.text.replace("{date}", "…"),
                partial(self.add_usual, USUAL_OPTIONS.index(usual)),
            )
        self.add_usual_button.setMenu(usual_menu)
        self.act_add = make_action(self, self.tr("&Add your own…"), self.add_option)
        self.act_edit = make_action(self, self.tr("&Edit…"), self.edit_option)
        self.act_remove = make_action(
            self, self.tr("&Remove"), self.remove_option, QKeySequence.StandardKey.Delete
        )
        self.act_up = make_action(
            self, self.tr("Move &up"), partial(self.move_option, -1), "Ctrl+Up"
        )
        self.act_down = make_action(
            self, self.tr("Move &down"), partial(self.move_option, 1), "Ctrl+Down"
        )
        for act in (self.act_remove, self.act_up, self.act_down):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.options_list.addAction(act)
        # Two rows of three: the tab fits a 1024-pixel screen beside the meeting list.
        option_buttons = QGridLayout()
        buttons = [self.add_usual_button]
        for act in (self.act_add, self.act_edit, self.act_remove, self.act_up, self.act_down):
            buttons.append(QToolButton())
            buttons[-1].setDefaultAction(act)
        for at, button in enumerate(buttons):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            option_buttons.addWidget(button, at // 3, at % 3)
        offer = QGroupBox(self.tr("What the cards offer"))
        offer_layout = QVBoxLayout(offer)
        offer_layout.addWidget(self.options_list)
        offer_layout.addLayout(option_buttons)
        offer_layout.addWidget(self.options_hint)

        # What every card prints besides the options
        self.organization_edit = QLineEdit()
        self.organization_edit.setPlaceholderText(self.tr("e.g. Mercy Hospital Workers United"))
        self.organization_edit.setAccessibleName(self.tr("Organization"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("e.g. Rosa · 555-0134"))
        self.contact_edit.setAccessibleName(self.tr("Organizer's contact on the stub"))
        self.contact_edit.setToolTip(
            self.tr(
                "Printed whole on the stub each attendee takes home, on three short lines at "
                "most: a name and a phone number or an email. Cards are not printed with a "
                "contact too long for them."
            )
        )
        self.organizer_button = QPushButton()
        self.organizer_button.setAccessibleName(self.tr("Who follows up"))
        self.organizer_button.clicked.connect(self.choose_organizer)
        self.follow_up_spin = QSpinBox()
        self.follow_up_spin.setRange(1, 24 * 60)
        self.follow_up_spin.setSuffix(self.tr(" hours after the meeting"))
        self.follow_up_spin.setAccessibleName(self.tr("Follow up after"))
        self.hours_check = QCheckBox(self.tr("Ask for hours a week"))
        for edit in (self.organization_edit, self.contact_edit):
            edit.editingFinished.connect(self.save_settings)
        self.follow_up_spin.editingFinished.connect(self.save_settings)
        self.hours_check.toggled.connect(self.save_settings)
        card = QGroupBox(self.tr("On every card"))
        card_form = QFormLayout(card)
        card_form.addRow(self.tr("Organization:"), self.organization_edit)
        card_form.addRow(self.tr("Contact on the stub:"), self.contact_edit)
        card_form.addRow(self.tr("Who follows up:"), self.organizer_button)
        card_form.addRow(self.tr("Follow up:"), self.follow_up_spin)
        card_form.addRow(self.hours_check)

        # Printing
        # The window's menu has these with their keys (Ctrl+Shift+C); one key, one action.
        self.act_print_cards = make_action(
            self, self.tr("Print commitment &cards…"), self.print_cards
        )
        self.act_print_badges = make_action(self, self.tr("Print name &badges…"), self.print_badges)
        self.act_print_tents = make_action(self, self.tr("Print name &tents…"), self.print_tents)
        printing = QHBoxLayout()
        printing.addWidget(plain_label(self.tr("Print:")))
        for act in (self.act_print_cards, self.act_print_badges, self.act_print_tents):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            printing.addWidget(button)
        printing.addStretch(1)

        # Recording returned cards
        self.card_edit = QLineEdit()
        self.card_edit.setPlaceholderText(self.tr("Card ID, e.g. K7M-2QX"))
        self.card_edit.setAccessibleName(self.tr("Card ID"))
        self.card_edit.setMaxLength(16)
        self.card_edit.returnPressed.connect(self.record_card)
        record_button = QPushButton(self.tr("Record"))
        record_button.clicked.connect(self.record_card)
        walk_in = QPushButton(self.tr("Blank card from…"))
        walk_in.setToolTip(self.tr("A walk-in's blank card: pick the person by name"))
        walk_in.clicked.connect(self.record_walk_in)
        self.card_error = error_label()
        self.recorded_model = RecordedModel(self)
        self.recorded_table = row_table(self.recorded_model, self.tr("Recorded commitments"))
        self.recorded_table.horizontalHeader().setSectionResizeMode(
            RecordedModel.COL_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.recorded_table.doubleClicked.connect(self._rerecord)
        # The returned cards are the tab's work after the meeting: four rows at least, and
        # the space the short list of options (OptionsList: as tall as they are) leaves.
        show_at_least(self.recorded_table, 4)
        self.recorded_label = plain_label()
        record = QGroupBox(self.tr("Returned cards"))
        record_layout = QVBoxLayout(record)
        entry = QHBoxLayout()
        entry.addWidget(self.card_edit, 1)
        entry.addWidget(record_button)
        entry.addWidget(walk_in)
        record_layout.addLayout(entry)
        record_layout.addWidget(self.card_error)
        record_layout.addWidget(self.recorded_table, 1)
        record_layout.addWidget(self.recorded_label)

        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(offer, 0, 0)
        grid.addWidget(card, 0, 1)
        grid.addLayout(printing, 1, 0, 1, 2)
        grid.addWidget(record, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        # A screen too short for all of it scrolls the tab instead of growing the window.
        QVBoxLayout(self).addWidget(ScrollColumn(page))
        self.options_list.currentRowChanged.connect(self._update_actions)
        self.set_desk(None)

    @property
    def desk(self) -> CommitmentDesk | None:
        return self._desk

    def set_desk(self, desk: CommitmentDesk | None) -> None:
        self._desk = desk
        self.setEnabled(desk is not None)
        self.card_error.hide()
        self.refresh()

    def refresh(self) -> None:
        desk = self._desk
        if desk is None:
            self.options_list.clear()
            self.recorded_model.set_rows([])
            return
        current = self.options_list.currentRow()
        self.options_list.clear()
        for option in desk.options():
            item = QListWidgetItem(option.printed_for(desk.meeting.date))
            item.setData(Qt.ItemDataRole.UserRole, option.key)
            self.options_list.addItem(item)
        self.options_list.setCurrentRow(min(current, self.options_list.count() - 1))
        settings = desk.settings()
        for widget, value in (
            (self.organization_edit, settings.organization),
            (self.contact_edit, settings.organizer_contact),
        ):
            if not widget.hasFocus():
                widget.setText(value)
                widget.setCursorPosition(0)  # a name too long for the field shows its start
        self.follow_up_spin.blockSignals(True)
        self.follow_up_spin.setValue(settings.follow_up_hours)
        self.follow_up_spin.blockSignals(False)
        self.hours_check.blockSignals(True)
        self.hours_check.setChecked(settings.hours_per_week)
        self.hours_check.blockSignals(False)
        organizer = (
            button_text(self._people.get(settings.organizer_id).display_name)
            if settings.organizer_id is not None
            else self.tr("Nobody yet — choose…")
        )
        self.organizer_button.setText(organizer)
        self._refresh_recorded()
        self._update_actions()

    def _refresh_recorded(self) -> None:
        desk = self._desk
        if desk is None:
            return
        recorded = desk.recorded()
        names = {pid: self._people.get(pid).display_name for pid in {c.person_id for c in recorded}}
        self.recorded_model.set_rows([(names[c.person_id], c) for c in recorded])
        people = len(names)
        self.recorded_label.setText(
            fill(
                self.tr("%1 from %2. Double-click one to change what was ticked."),
                self.tr("%n commitments", "", len(recorded)),
                self.tr("%n people", "", people),
            )
            if recorded
            else self.tr(
                "Type the ID printed in the corner of a returned card and press Enter. "
                "People who signed in by phone can tick theirs there."
            )
        )

    @Slot()
    def _update_actions(self) -> None:
        count = self.options_list.count()
        row = self.options_list.currentRow()
        self.act_add.setEnabled(count < MAX_OPTIONS)
        self.add_usual_button.setEnabled(count < MAX_OPTIONS)
        self.act_edit.setEnabled(row >= 0)
        self.act_remove.setEnabled(row >= 0)
        self.act_up.setEnabled(row > 0)
        self.act_down.setEnabled(0 <= row < count - 1)
        if count < MIN_OPTIONS:
            hint = self.tr("Offer %1 to %2 concrete, dated actions; %3 so far.")
        elif count >= MAX_OPTIONS:
            hint = self.tr("A card has room for %2. Remove one to add another.")
        else:
            hint = self.tr("%3 on every card. Enter edits; Ctrl+Up and Ctrl+Down reorder.")
        self.options_hint.setText(fill(hint, str(MIN_OPTIONS), str(MAX_OPTIONS), str(count)))

    # Options

    def _save_options(self, options: list[CommitmentOption], select: int) -> None:
        desk = self._desk
        if desk is None:
            return
        with user_errors(self, self.tr("save the commitments")):
            desk.save_options(options)
            self.options_list.setCurrentRow(select)
        self.refresh()
        self.options_list.setCurrentRow(min(select, self.options_list.count() - 1))

    def add_usual(self, index: int) -> None:
        desk = self._desk
        if desk is None:
            return
        option = usual_option(USUAL_OPTIONS[index], desk.meeting.key, desk.meeting.date)
        edited = OptionDialog.ask(self, option, self.tr("Add a commitment"), today=self._today())
        if edited is not None:
            options = desk.options()
            self._save_options([*options, edited], len(options))

    @Slot()
    def add_option(self) -> None:
        desk = self._desk
        if desk is None:
            return
        draft = CommitmentOption(desk.meeting.key, "")
        option = OptionDialog.ask(self, draft, self.tr("Add a commitment"), today=self._today())
        if option is not None:
            options = desk.options()
            self._save_options([*options, option], len(options))

    @Slot()
    def edit_option(self) -> None:
        desk, row = self._desk, self.options_list.currentRow()
        if desk is None or row < 0:
            return
        options = desk.options()
        edited = OptionDialog.ask(
            self, options[row], self.tr("Edit the commitment"), today=self._today()
        )
        if edited is not None:
            options[row] = edited
            self._save_options(options, row)

    @Slot()
    def remove_option(self) -> None:
        desk, row = self._desk, self.options_list.currentRow()
        if desk is None or row < 0:
            return
        options = desk.options()
        if row >= len(options):
            return
        option = options[row]
        # The commitments people recorded for it are kept (their text is theirs, with its
        # follow-up); removing it only stops new cards offering it. There is no undo, so when
        # someone has recorded it, say so and ask.
        used = desk.recorded_for_option(option.key)
        if used and not Confirm.ask(
            self,
            self.tr("Remove from the cards"),
            fill(
                self.tr(
                    "Remove “%1” from the cards?\n\n%n recorded commitments use it. They are "
                    "kept, with their text, follow-up status and notes; only new cards stop "
                    "offering it.",
                    "",
                    used,
                ),
                option.printed_for(desk.meeting.date),
            ),
            self.tr("Remove"),
        ):
            return
        del options[row]
        self._save_options(options, row)

    def move_option(self, step: int) -> None:
        desk, row = self._desk, self.options_list.currentRow()
        if desk is None or row < 0:
            return
        options = desk.options()
        target = row + step
        if not 0 <= target < len(options):
            return
        options[row], options[target] = options[target], options[row]
        self._save_options(options, target)

    # Settings

    @Slot()
    def save_settings(self) -> None:
        desk = self._desk
        if desk is None:
            return
        from dataclasses import replace

        with user_errors(self, self.tr("save the card settings")):
            desk.save_settings(
                replace(
                    desk.settings(),
                    organization=self.organization_edit.text(),
                    organizer_contact=self.contact_edit.text(),
                    follow_up_hours=self.follow_up_spin.value(),
                    hours_per_week=self.hours_check.isChecked(),
                )
            )

    @Slot()
    def choose_organizer(self) -> None:
        desk = self._desk
        if desk is None:
            return
        from dataclasses import replace

        person = PersonPicker.ask(self, self._people, self.tr("Who follows up on commitments?"))
        if person is None:
            return
        with user_errors(self, self.tr("save the organizer")):
            desk.save_settings(replace(desk.settings(), organizer_id=person.key))
        self.refresh()

    # Printing

    @Slot()
    def print_cards(self) -> None:
        self._print("cards", self.tr("Print commitment cards"), layouts=True)

    @Slot()
    def print_badges(self) -> None:
        self._print("badges", self.tr("Print name badges (8 per Letter, Avery 5395)"))

    @Slot()
    def print_tents(self) -> None:
        self._print("tents", self.tr("Print name tents (2 per Letter, Avery 5305)"))

    def _print(self, what: str, title: str, *, layouts: bool = False) -> None:
        desk = self._desk
        if desk is None:
            return
        if what == "cards" and not desk.options():
            Alert.show(
                self,
                title,
                self.tr("Add three to five commitments first: they are what the cards offer."),
            )
            return
        choice = PrintCardsDialog.ask(
            self, desk.present_count(), title, layouts=layouts, layout=desk.default_card_layout
        )
        if choice is None:
            return
        path = SavePath.ask(self, title, suggested_filename(what, desk.meeting))
        if path is None:
            return
        doing = {
            "cards": self.tr("print the cards"),
            "badges": self.tr("print the badges"),
            "tents": self.tr("print the tents"),
        }[what]
        with user_errors(self, doing):
            if what == "cards":
                count = desk.print_cards(
                    path, choice.layout, personalized=choice.personalized, blank=choice.blank
                )
            else:
                write = desk.print_badges if what == "badges" else desk.print_tents
                count = write(path, personalized=choice.personalized, blank=choice.blank)
            self._opened(path, count)
            self._refresh_recorded()

    def _opened(self, path: Path, count: int) -> None:
        message = show_saved(
            path,
            self.tr("Saved %1 (%2 on it) — opening it in your PDF viewer."),
            self.tr("Saved %1 (%2 on it). Open it in a PDF viewer to print it."),
            count,
        )
        self._say(message)

    # Recording

    @Slot()
    def record_card(self) -> None:
        desk = self._desk
        typed = self.card_edit.text()
        if desk is None or not typed.strip():
            return
        from meetingkit.core.errors import MeetingkitError

        try:
            holder = desk.holder(typed)
        except MeetingkitError as e:
            self.card_error.setText(str(e))
            self.card_error.show()
            self.card_edit.selectAll()
            return
        self.card_error.hide()
        if self._record(holder.person.key, holder):
            self.card_edit.clear()
        self.card_edit.setFocus()

    @Slot()
    def record_walk_in(self) -> None:
        desk = self._desk
        if desk is None:
            return
        person = PersonPicker.ask(
            self, self._people, self.tr("Whose card is it?"), at_meeting=desk.meeting.key
        )
        if person is None:
            return
        with user_errors(self, self.tr("record the card")):
            self._record(person.key, desk.holder_for_person(person.key), walk_in=True)

    @Slot(QModelIndex)
    def _rerecord(self, index: QModelIndex) -> None:
        desk, row = self._desk, self.recorded_model.row(index.row())
        if desk is None or row is None:
            return
        with user_errors(self, self.tr("record the card")):
            self._record(row[1].person_id, desk.holder_for_person(row[1].person_id))

    def _record(self, person_id: int, holder: CardHolder, *, walk_in: bool = False) -> bool:
        """Record what the card says. A `walk_in`'s blank card was returned at the meeting:
        they were there, and are marked present if they were not yet (the status line says
        so), as the attendance list and the report count them."""
        desk = self._desk
        if desk is None:
            return False
        card = RecordCardDialog.ask(self, holder, desk.options())
        if card is None:
            return False
        with user_errors(self, self.tr("record the card")):
            if walk_in:
                arrived = desk.record_blank_card(
                    person_id, card.ticked, hours=card.hours, contact_ok=card.contact_ok
                )
            else:
                desk.record(person_id, card.ticked, hours=card.hours, contact_ok=card.contact_ok)
                arrived = False
            self._refresh_recorded()
            self.commitments_changed.emit()
            if arrived:
                self.room_changed.emit()
                self._say(
                    fill(
                        self.tr(
                            "%1 is now marked present: their card was returned at the meeting."
                        ),
                        holder.person.display_name,
                    )
                )
            return True
        return False

    def _say(self, message: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 10_000)
