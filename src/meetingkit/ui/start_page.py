"""The start screen: what to do now. The next meeting, whom to call about overdue follow-ups and
the people who came for the first time this month, each with the button that gets it done.

It is the first thing the app shows, so it is built from a few labels and one read of the
database; the heavier pages are built when first opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.clock import local_time
from meetingkit.core.commitment import format_due
from meetingkit.core.durations import wall_time
from meetingkit.core.i18n import fill, format_date, weekday_date
from meetingkit.core.people_to_call import STALE_AFTER
from meetingkit.core.person import canonical_profession
from meetingkit.core.whats_next import happening_now, meeting_window, starts_in
from meetingkit.services.whats_next import WhatsNext
from meetingkit.ui.labels import breakable, heading_label, plain_label, plain_tip
from meetingkit.ui.tones import Tone, tint

SHOWN_OVERDUE = 5
SHOWN_NEWCOMERS = 8
FOLLOW_SLACK_MS = 500  # the page follows the clock this long after each minute turns


class StartPage(QWidget):
    meeting_requested = Signal(int)
    """Open this meeting (its id)."""
    new_meeting_requested = Signal()
    follow_ups_requested = Signal()
    people_requested = Signal()
    path_requested = Signal(int)
    """Open this meeting's guided path (its id)."""
    groups_requested = Signal()

    def __init__(self, read: Callable[[], WhatsNext], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._meeting_id: int | None = None
        self._read_at: dt.datetime | None = None  # the clock's time at the last read
        self.setAccessibleName(self.tr("Start"))
        # While shown, the page reads again as each minute turns: a running meeting's
        # "until" follows its agenda's projected end (which moves on by the minute while an
        # item runs over), a meeting coming up counts down, one over gives way. Hidden, it
        # does not tick; nothing is read before the first minute is over (the start path).
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setTimerType(Qt.TimerType.PreciseTimer)  # not up to 3 s off
        self.follow_timer.timeout.connect(self._follow_clock)

        self.meeting_title = heading_label(1.6)
        self.meeting_title.setWordWrap(True)
        self.meeting_when = plain_label()
        self.meeting_when.setWordWrap(True)
        self.meeting_phase = plain_label()
        self.meeting_phase.setWordWrap(True)
        # A meeting running when meetingkit closed (a crash): said here, before it is opened
        self.interrupted_label = plain_label()
        self.interrupted_label.setWordWrap(True)
        self.interrupted_label.setMargin(6)
        tint(self.interrupted_label, Tone.NOTICE, banner=True)
        self.interrupted_label.hide()
        self.path_button = QPushButton(self.tr("G&uided path"))
        self.path_button.setToolTip(self.tr("Plan, prepare, run, follow up: what is left"))
        self.path_button.clicked.connect(self._open_path)
        self.open_button = QPushButton(self.tr("&Open meeting"))
        self.open_button.clicked.connect(self._open_meeting)
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.clicked.connect(self.new_meeting_requested)
        meeting_box = self._section(
            self.tr("Next meeting"),
            [self.meeting_title, self.meeting_when, self.interrupted_label, self.meeting_phase],
            [self.open_button, self.path_button, self.new_button],
        )

        self.follow_up_count = plain_label()
        self.follow_up_count.setWordWrap(True)
        self.overdue_list = TextColumns(4, red_column=2)
        self.overdue_list.activated.connect(self.follow_ups_requested)
        self.stale_label = plain_label()
        self.stale_label.setWordWrap(True)
        follow_up_button = QPushButton(self.tr("Open follo&w-ups"))
        follow_up_button.setToolTip("Ctrl+4")
        follow_up_button.clicked.connect(self.follow_ups_requested)
        follow_up_box = self._section(
            self.tr("Follow-ups"),
            [self.follow_up_count, self.overdue_list, self.stale_label],
            [follow_up_button],
        )

        self.newcomer_count = plain_label()
        self.newcomer_count.setWordWrap(True)
        self.newcomer_list = TextColumns(2)
        self.newcomer_list.activated.connect(self.people_requested)
        people_button = QPushButton(self.tr("Open peop&le"))
        people_button.setToolTip("Ctrl+2")
        people_button.clicked.connect(self.people_requested)
        newcomer_box = self._section(
            self.tr("New this month"), [self.newcomer_count, self.newcomer_list], [people_button]
        )

        self.groups_label = plain_label()
        self.groups_label.setWordWrap(True)
        groups_button = QPushButton(self.tr("Open &groups"))
        groups_button.setToolTip("Ctrl+6")
        groups_button.clicked.connect(self.groups_requested)
        self.groups_box = self._section(
            self.tr("Groups with falling attendance"), [self.groups_label], [groups_button]
        )

        column = QVBoxLayout()
        column.setContentsMargins(28, 22, 28, 22)
        column.setSpacing(16)
        column.addWidget(heading_label(2.0, self.tr("What's next")))
        column.addWidget(meeting_box)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(follow_up_box, 3)
        row.addWidget(newcomer_box, 2)
        column.addLayout(row)
        column.addWidget(self.groups_box)
        column.addStretch(1)
        # Enter presses the button drawn as the default, as in a dialog: the focused button,
        # else the next meeting's (keyPressEvent)
        self._buttons = [
            self.open_button,
            self.path_button,
            self.new_button,
            follow_up_button,
            people_button,
            groups_button,
        ]
        for button in self._buttons:
            button.setAutoDefault(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        inner = QWidget()
        inner.setLayout(column)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _section(self, title: str, rows: list[QWidget], buttons: list[QPushButton]) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(1.15, title))
        for row in rows:
            layout.addWidget(row)
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(bar)
        return box

    @property
    def meeting_id(self) -> int | None:
        """The next meeting shown, if any."""
        return self._meeting_id

    def refresh(self) -> None:
        news = self._read()
        self._read_at = news.now
        self._show_meeting(news)
        self._show_follow_ups(news)
        self._show_newcomers(news)
        self._show_groups(news)
        if self.isVisible():
            self._follow_from(news.now)

    def _follow_from(self, now: dt.datetime) -> None:
        """Read again just after the next minute turns, as it is on the clock `now`."""
        into = now.second * 1000 + now.microsecond // 1000
        self.follow_timer.start(60_000 - into + FOLLOW_SLACK_MS)

    @Slot()
    def _follow_clock(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._read_at is not None and not self.follow_timer.isActive():
            self._follow_from(self._read_at)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.follow_timer.stop()

    def _show_meeting(self, news: WhatsNext) -> None:
        meeting = news.next_meeting
        self._meeting_id = meeting.id if meeting is not None else None
        self.open_button.setVisible(meeting is not None)
        self.path_button.setVisible(meeting is not None)
        self.meeting_phase.setVisible(news.path is not None)
        if news.path is not None:
            phase = news.path.phase(news.path.current)
            self.meeting_phase.setText(
                self.tr("All the steps are done.")
                if news.path.complete
                else fill(
                    self.tr("Now: %1 — %2 of %3 steps done."),
                    phase.phase.label,
                    str(phase.done),
                    str(phase.total),
                )
            )
        self._show_interrupted(news)
        if meeting is None:
            self.meeting_title.setText(self.tr("No meeting is planned"))
            self.meeting_when.setText(self.tr("Plan the next one: Ctrl+N."))
            self._mark_default()
            return
        start, end = meeting_window(meeting)
        if happening_now(meeting, news.now, news.running):
            # Running, it is on until it is ended: until the end its agenda projects, as the
            # agenda shows it. Else, within its planned time: until its planned end.
            ends = news.projected_end_ms
            until = wall_time(ends) if ends is not None else f"{end:%H:%M}"
            when = fill(self.tr("Happening now, until %1"), until)
        else:
            #: Qt's date pattern for the next meeting's day and time: "dddd d 'de' MMMM, HH:mm"
            #: in Spanish. dddd is the weekday, d the day, MMMM the month, HH:mm the time.
            day = format_date(start, self.tr("dddd d MMMM, HH:mm"))
            when = f"{day} · {starts_in(meeting, news.now)}"
        details = [
            when,
            meeting.kind.label,
            fill(self.tr("%1 min"), str(meeting.planned_minutes)),
        ]
        if meeting.place:
            details.insert(1, meeting.place)
        self.meeting_title.setText(breakable(meeting.title))
        self.meeting_when.setText(" · ".join(details))
        self._mark_default()

    @property
    def default_button(self) -> QPushButton:
        """What Enter presses when no button has the focus: open the next meeting, or plan
        one when there is none."""
        return self.open_button if self._meeting_id is not None else self.new_button

    def _mark_default(self, button: QPushButton | None = None) -> None:
        """Draw `button` (else the focused button, else `default_button`) as the one Enter
        presses, and no other."""
        focused = QApplication.focusWidget()
        chosen = button or (focused if focused in self._buttons else self.default_button)
        for each in self._buttons:
            each.setDefault(each is chosen)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._mark_default(new if new in self._buttons else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter with the focus on the page, not on a button (as the app opens): the default
        button. A focused button takes Enter itself."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        button = self.default_button
        if enter and plain and button.isVisible() and button.isEnabled():
            button.click()
            return
        super().keyPressEvent(event)

    def _show_interrupted(self, news: WhatsNext) -> None:
        """Whether the meeting shown was running when meetingkit closed, and when that was:
        what its agenda's banner will say once it is opened."""
        stopped = news.interrupted
        shown = stopped is not None and stopped.meeting.id == self._meeting_id
        self.interrupted_label.setVisible(shown)
        if stopped is None or not shown:
            return
        at_ms = stopped.resumed.last_seen_ms
        day = local_time(at_ms).date()
        when = wall_time(at_ms)
        if day != news.now.date():
            when = fill(self.tr("%1 on %2"), when, weekday_date(day))
        self.interrupted_label.setText(
            fill(
                self.tr(
                    "meetingkit closed while this meeting was running (at %1). Open it to resume."
                ),
                when,
            )
        )

    def _show_follow_ups(self, news: WhatsNext) -> None:
        summary = news.follow_ups
        days = str(STALE_AFTER.days)
        if summary.open_count == 0:
            text = self.tr("Nobody is waiting for a call.")
        elif summary.overdue:
            text = fill(
                self.tr("%n overdue of %1 open. Call these first:", "", summary.overdue),
                str(summary.open_count),
            )
        elif summary.stale:
            text = fill(
                self.tr("%n open, none overdue in the last %1 days.", "", summary.open_count),
                days,
            )
        else:
            text = self.tr("%n open, none overdue.", "", summary.open_count)
        self.follow_up_count.setText(text)
        today = news.now.date()
        rows: list[tuple[str, ...]] = []
        spoken: list[str] = []  # each row whole, for a screen reader
        for person in summary.to_call[:SHOWN_OVERDUE]:
            due = person.latest_overdue(news.now) or person.latest_due
            row = (
                person.person_name,
                "; ".join(person.texts),
                fill(self.tr("due %1"), format_due(due.date(), seen_on=today)),
                ", ".join(person.organizer_names) or self.tr("no organizer"),
            )
            rows.append(row)
            if person.organizer_names:
                spoken.append(fill(self.tr("%1: %2, %3. Organizer: %4"), *row))
            else:
                spoken.append(fill(self.tr("%1: %2, %3. No organizer."), *row[:3]))
        if len(summary.to_call) > SHOWN_OVERDUE:
            more = str(len(summary.to_call) - SHOWN_OVERDUE)
            rows.append((fill(self.tr("and %1 more"), more),))
            spoken.append(fill(self.tr("And %1 more. Enter opens the Follow-ups page."), more))
        self.overdue_list.set_rows(rows, spoken)
        self.stale_label.setVisible(bool(summary.stale))
        self.stale_label.setText(
            fill(
                self.tr(
                    "%n overdue for more than %1 days: call them when you can, or mark them "
                    "lapsed on the Follow-ups page.",
                    "",
                    summary.stale,
                ),
                days,
            )
        )

    def _show_newcomers(self, news: WhatsNext) -> None:
        people = news.newcomers
        if not people:
            text = self.tr("Nobody new yet this month.")
        elif len(people) == 1:
            text = self.tr("One person came for the first time. Welcome them:")
        else:
            text = fill(
                self.tr("%1 people came for the first time. Welcome them:"), str(len(people))
            )
        self.newcomer_count.setText(text)
        rows: list[tuple[str, ...]] = []
        spoken: list[str] = []  # each row whole, for a screen reader
        for person in people[:SHOWN_NEWCOMERS]:
            profession = canonical_profession(person.profession)
            rows.append((person.name, profession or "—"))
            spoken.append(f"{person.name}, {profession}" if profession else person.name)
        if len(people) > SHOWN_NEWCOMERS:
            more = str(len(people) - SHOWN_NEWCOMERS)
            rows.append((fill(self.tr("and %1 more"), more),))
            spoken.append(fill(self.tr("And %1 more. Enter opens the People page."), more))
        self.newcomer_list.set_rows(rows, spoken)

    def _show_groups(self, news: WhatsNext) -> None:
        self.groups_box.setVisible(news.has_groups)
        if not news.falling:
            self.groups_label.setText(self.tr("No group has fewer people each time lately."))
        else:
            self.groups_label.setText("\n".join(g.text for g in news.falling))

    @Slot()
    def _open_path(self) -> None:
        if self._meeting_id is not None:
            self.path_requested.emit(self._meeting_id)

    @Slot()
    def _open_meeting(self) -> None:
        if self._meeting_id is not None:
            self.meeting_requested.emit(self._meeting_id)


class ColumnLines(QLabel):
    """A column's lines of plain text. One that `shortens` gives up width when space is
    short: each line that does not fit ends in "…", and the tooltip holds them whole. On a
    small screen the start screen then fits its width instead of scrolling sideways."""

    MINIMUM_WIDTH = 80

    def __init__(self, *, shortens: bool = False) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._shortens = shortens
        if shortens:
            self.setMinimumWidth(self.MINIMUM_WIDTH)
        self._lines: list[str] = []

    def set_lines(self, lines: list[str]) -> None:
        self._lines = lines
        if self._shortens:
            self.setToolTip(plain_tip("\n".join(lines)))
            if self.accessibleName() != "\n".join(lines):  # a screen reader reads them whole
                self.setAccessibleName("\n".join(lines))
        self._fit()

    def lines(self) -> list[str]:
        """The lines in full, whatever is shown."""
        return list(self._lines)

    def sizeHint(self) -> QSize:
        """As wide as the longest line in full: what the column asks for when there is room."""
        hint = super().sizeHint()
        if not self._shortens:
            return hint  # its text is its lines in full
        metrics = self.fontMetrics()
        hint.setWidth(max((metrics.horizontalAdvance(line) for line in self._lines), default=0))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._shortens:
            metrics, width = self.fontMetrics(), self.contentsRect().width()
            elide = Qt.TextElideMode.ElideRight
            shown = "\n".join(metrics.elidedText(line, elide, width) for line in self._lines)
        else:
            shown = "\n".join(self._lines)
        if shown != self.text():
            self.setText(shown)


class TextColumns(QWidget):
    """Rows of plain text in aligned columns: one label per column, a line per row. The second
    column takes the room that is left and shortens its lines when there is too little.

    Names are attendee text, so never markup. A label per column rather than per cell keeps
    the start screen to a handful of widgets, which is most of what it costs to show.

    The columns read a row apart, and shortened; so each row also has a `RowFocus` under it
    (made as first needed), which reads it whole (`set_rows`' `spoken`) to a screen reader
    and shows where the keyboard is. The list is one stop of Tab: the arrows move from row to
    row, and Enter is `activated`, for the page that holds the rows in full.
    """

    activated = Signal()
    """Enter on a row."""

    def __init__(self, columns: int, *, red_column: int | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.columns: list[ColumnLines] = []
        for c in range(columns):
            label = ColumnLines(shortens=c == 1)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if c == red_column:
                tint(label, Tone.DANGER)
            layout.addWidget(label, 1 if c == 1 else 0)
            self.columns.append(label)
        self.row_focus: list[RowFocus] = []  # made as rows are first shown
        self._current = 0  # the row Tab comes to

    def set_rows(self, rows: list[tuple[str, ...]], spoken: list[str] | None = None) -> None:
        """Show `rows`; `spoken`: each row as a screen reader reads it, whole (by default its
        cells, one after another)."""
        for c, label in enumerate(self.columns):
            label.set_lines([row[c] if c < len(row) else "" for row in rows])
        self.setVisible(bool(rows))
        if spoken is None:
            spoken = [", ".join(cell for cell in row if cell) for row in rows]
        while len(self.row_focus) < len(rows):
            focus = RowFocus(self, len(self.row_focus))
            after = self.row_focus[-1] if self.row_focus else self._tab_stop_before()
            if after is not None:  # in Tab's order here, not after all made before it
                for each in (after, focus):  # Qt orders only widgets that Tab stops at
                    if isinstance(each, RowFocus):
                        each.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                QWidget.setTabOrder(after, focus)
            self.row_focus.append(focus)
        for n, focus in enumerate(self.row_focus):
            if n < len(rows) and focus.accessibleName() != spoken[n]:
                # Only when it changes: a screen reader says a focused row again when told
                # it changed, and the page reads again every minute
                focus.setAccessibleName(spoken[n])
                focus.setAccessibleDescription(spoken[n])
            if focus.isHidden() == (n < len(rows)):  # a change: showing one lays out the list
                focus.setVisible(n < len(rows))
        self.focus_row(min(self._current, len(rows) - 1), take_focus=False)
        self._place_rows()

    def rows(self) -> list[tuple[str, ...]]:
        """What is shown, row by row, each in full."""
        lines = [label.lines() for label in self.columns]
        return [tuple(col[r] for col in lines) for r in range(len(lines[0]))]

    def spoken(self) -> list[str]:
        """Each row shown as a screen reader reads it."""
        return [f.accessibleDescription() for f in self.row_focus if not f.isHidden()]

    def _tab_stop_before(self) -> QWidget | None:
        """The widget Tab comes from to this list: the last before it that Tab stops at."""
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self and widget is not self.window():
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def focus_row(self, n: int, *, take_focus: bool = True) -> None:
        """Make row `n` (if there is one) the list's stop of Tab, and give it the focus."""
        shown = [f for f in self.row_focus if not f.isHidden()]
        if not shown:
            return
        n = max(0, min(n, len(shown) - 1))
        shown[n].setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if take_focus:
            shown[n].setFocus(Qt.FocusReason.OtherFocusReason)
        for focus in self.row_focus:
            if focus is not shown[n]:
                focus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._current = n

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_rows()

    def _place_rows(self) -> None:
        """Each row's `RowFocus` over its line, the whole width of the list."""
        label = self.columns[0]
        lines = len(label.lines())
        if not lines:
            return
        top = label.geometry().top() + label.contentsRect().top()
        band = label.sizeHint().height() / lines
        for n, focus in enumerate(self.row_focus[:lines]):
            y = top + round(n * band)
            focus.setGeometry(QRect(0, y, self.width(), top + round((n + 1) * band) - y))


class RowFocus(QWidget):
    """A row of a `TextColumns` for the keyboard and a screen reader: it reads the row whole
    (its accessible name and description), and is drawn, behind the row's text, only while
    it has the focus. The mouse goes through to the text."""

    def __init__(self, rows: TextColumns, index: int) -> None:
        super().__init__(rows)
        self._rows = rows
        self._index = index
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lower()  # behind the columns' text
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.hasFocus():
            return
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 1))
        colour.setAlpha(48)
        painter.setBrush(colour)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._rows.focus_row(self._index, take_focus=False)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Up: self._index - 1,
            Qt.Key.Key_Down: self._index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._rows.row_focus),
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._rows.focus_row(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._rows.activated.emit()
        else:
            super().keyPressEvent(event)
