"""Sign-in: the QR code and link for phones, the people arriving, the count and quorum.

The server runs in its own thread; what it reports arrives through `ServerSignals`, whose
signals Qt queues to this (the GUI) thread.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill
from meetingkit.core.person import canonical_profession
from meetingkit.core.signin import DEFAULT_PORT, signin_url, this_laptop_only
from meetingkit.services.arrivals import Arrivals
from meetingkit.services.free_port import free_port_near
from meetingkit.services.signin_session import SignInSession
from meetingkit.storage.signin import Serving, SignedIn, SignInState
from meetingkit.ui.actions import make_action
from meetingkit.ui.feedback import attempt, plain_box, user_errors
from meetingkit.ui.labels import describe_as, heading_label, plain_label, plain_tip
from meetingkit.ui.list_table_model import ListTableModel
from meetingkit.ui.qr_view import QrView
from meetingkit.ui.table_columns import ReadableColumns, text_width
from meetingkit.ui.tones import Tone, tint

SOURCES = {
    "phone": QT_TRANSLATE_NOOP("ArrivalsModel", "phone"),
    "kiosk": QT_TRANSLATE_NOOP("ArrivalsModel", "at the laptop"),
    "manual": QT_TRANSLATE_NOOP("ArrivalsModel", "marked here"),
    "stack": QT_TRANSLATE_NOOP("ArrivalsModel", "joined the stack"),
}


NO_BREAK = "\u00a0"  # a space a line does not break at


def _whole(part: str) -> str:
    """`part` of a line that wraps ("2 first time"), kept on one line."""
    return part.replace(" ", NO_BREAK)


class ServerSignals(QObject):
    """The server's events as Qt signals (emitted in the server thread, delivered here)."""

    visited_ = Signal()
    signed_in_ = Signal(object)
    withdrawn_ = Signal(int)
    committed_ = Signal(int)
    not_saved_ = Signal(str)

    def visited(self) -> None:
        self.visited_.emit()

    def signed_in(self, signed: SignedIn) -> None:
        self.signed_in_.emit(signed)

    def withdrawn(self, signin_id: int) -> None:
        self.withdrawn_.emit(signin_id)

    def committed(self, person_id: int) -> None:
        self.committed_.emit(person_id)

    def not_saved(self, reason: str) -> None:
        self.not_saved_.emit(reason)


class ArrivalsModel(ListTableModel[SignedIn]):
    """The people signed in, newest first: each once, as their latest sign-in says. Someone
    who signed in more than once (the form sent again, a second phone, the kiosk after the
    phone, or someone else who knew their name and number) is one row, its How saying how
    many sign-ins there were ("phone ×3"; never "again", which next to the first-time column
    reads as "came before"): the room counts them once (`Room`), and taking one back keeps the
    other."""

    COL_NAME, COL_PROFESSION, COL_TIME, COL_FIRST, COL_HOW = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._times: dict[int, int] = {}  # person: how many sign-ins they made
        self._first_timers: frozenset[int] = frozenset()  # people, as the room counts them

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Profession"),
            self.tr("Arrived"),
            self.tr("First time"),
            self.tr("How"),
        )

    def first_time_mark(self) -> str:
        return self.tr("★ first time")

    def how(self, source: str, times: int = 1) -> str:
        """How they signed in: "phone", "at the laptop"…; and how many times, if more than
        once: "phone ×3" (short, for the column to stay on a laptop's screen; its tooltip
        says it in words)."""
        way = source
        if source in SOURCES:
            way = QCoreApplication.translate("ArrivalsModel", SOURCES[source])
        return f"{way} ×{times}" if times > 1 else way

    def repeats_shown(self) -> list[str]:
        """What How says of the people who signed in more than once ("phone ×3")."""
        return [
            self.how(s.source, self._times[s.person_id])
            for s in self._rows
            if self._times.get(s.person_id, 1) > 1
        ]

    def times_said(self, times: int) -> str:
        """The tooltip of "phone ×3"."""
        return self.tr("Signed in %n times; this row is the latest.", "", times)

    def set_rows(
        self, rows: Iterable[SignedIn], first_timers: frozenset[int] = frozenset()
    ) -> None:
        """The sign-ins, oldest first (SignInSession.signed_in); `first_timers`: the people
        here for the first time (SignInSession.first_timers, the room's and the report's
        count). Each person is shown once, by their latest sign-in.

        Rows the list had already (the same sign-ins: services.arrivals keeps those it did not
        read again) stay, and so do the selection and the scrolling: the rows that arrived are
        put in and those that left taken out, not the whole list made again for each."""
        latest: dict[int, SignedIn] = {}
        times: dict[int, int] = {}
        for s in rows:
            latest.pop(s.person_id, None)  # re-inserted: the order is of latest sign-ins
            latest[s.person_id] = s
            times[s.person_id] = times.get(s.person_id, 0) + 1
        new = list(reversed(latest.values()))  # newest first: who just arrived is on top
        old, marks = self._rows, (self._times, self._first_timers)
        self._times, self._first_timers = times, first_timers
        same = min(len(old), len(new))
        top = next((n for n in range(same) if old[n] is not new[n]), same)
        same -= top
        bottom = next((n for n in range(same) if old[-1 - n] is not new[-1 - n]), same)
        if not self.change_rows(new, top, bottom):  # the first, or nothing in common: anew
            return
        if new and marks != (times, first_timers):  # how many times, the first-time mark
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1)
            )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        first_time = s.person_id in self._first_timers
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{s.first_name} {s.last_name}".strip(),
                canonical_profession(s.profession),  # in the app's language
                dt.datetime.fromtimestamp(s.submitted_ms / 1000).strftime("%H:%M"),
                self.first_time_mark() if first_time else "",
                self.how(s.source, self._times.get(s.person_id, 1)),
            )[index.column()]
        times = self._times.get(s.person_id, 1)
        if role == Qt.ItemDataRole.ToolTipRole and times > 1 and index.column() == self.COL_HOW:
            return self.times_said(times)
        if role == Qt.ItemDataRole.FontRole and first_time and index.column() == self.COL_FIRST:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ElidingComboBox(QComboBox):
    """A list to choose from whose choice, where it does not fit, ends in "…" and shows
    whole in its tooltip (a QComboBox cuts it off mid-letter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self._follow)

    def shown_text(self) -> str:
        """The choice as drawn: whole if it fits, else shortened with "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        # The style draws the text 1 px in from either side of the field
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(0, room.width() - 2)
        )

    @Slot()
    def _follow(self) -> None:
        """The tooltip says the choice whole while it is cut."""
        text = self.currentText()
        self.setToolTip(plain_tip(text) if self.shown_text() != text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow()


class QuietLabel(QWidget):
    """Holds a word-wrapped label whose text changes often (the room's count, at each
    arrival) without laying out the window again each time: a label's new text makes every
    layout up to the window's work again (about 4 ms here), though the count mostly takes the
    same room. Its holder asks again only when the label needs another height at its width,
    or a wider least width (a line more or less, "999 here" becoming "1000 here").

    It says the height the label needs at the width it has, rather than a height for each
    width: the layout would keep those it asked before the text changed."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        label.setParent(self)
        self._label = label
        self._needs = self._room()

    def _room(self) -> QSize:
        """The label's least width, and its height at the width it has."""
        return QSize(
            self._label.minimumSizeHint().width(), self._label.heightForWidth(self.width())
        )

    def sizeHint(self) -> QSize:
        return self._needs

    def minimumSizeHint(self) -> QSize:
        return self._needs

    def _follow(self) -> None:
        needs = self._room()
        if needs != self._needs:
            self._needs = needs
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._label.setGeometry(self.rect())
        self._follow()  # narrower, it may need another line

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            self._follow()
            return True
        return super().event(event)


class SignInTab(QWidget):
    VISIT_RETRY_S = 60.0  # a phone's visit the database refused to note: tried again after

    room_changed = Signal()
    """Someone signed in or took it back; the count and the projector follow."""
    serving_changed = Signal()
    """Sign-in was opened or closed, or left closed after a crash: the agenda's notice that
    it was open when meetingkit closed follows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SignInSession | None = None  # the meeting on screen
        # The session whose server is open. It goes on serving while the facilitator looks
        # at another meeting or the meeting is read again (edited, people merged): phones
        # arriving must not find the door shut because someone clicked elsewhere.
        self.serving: SignInSession | None = None
        self.signals = ServerSignals(self)
        self.signals.visited_.connect(self._on_visit)
        self.signals.signed_in_.connect(self._on_signed_in)
        self.signals.withdrawn_.connect(self._on_withdrawn)
        self.signals.not_saved_.connect(self._on_not_saved)
        self._not_saved = ""  # why the last phone's sign-in was refused, until one is saved
        # A phone reached the form since sign-in was opened, and the guided path has it
        # (`_on_visit`); if writing that was refused, when to try again (time.monotonic)
        self._visit_noted, self._visit_retry_at = False, 0.0
        # Where the meeting shown was served when meetingkit stopped without closing sign-in
        # (a crash): phones scanning its code find nothing until it is opened again
        self._was_serving: Serving | None = None
        self._moved_from: int | None = None  # opened again, on another port: the one taken
        # Served only while a screenshot is taken (on 127.0.0.1, as the docs' pictures are):
        # the status line says what it says to phones on the network
        self._for_picture = False

        self.qr = QrView()
        self.qr.setAccessibleName(self.tr("Sign-in QR code"))
        self.url_label = plain_label()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe_as(self.url_label, self.tr("Sign-in address"))
        # A long address (a 192.168.x.x one, a five-digit port) wraps after "/s/" rather than
        # widening the code's column and squeezing the names of the people arriving
        self.url_label.setWordWrap(True)
        self.phrase_label = heading_label(1.4)
        describe_as(self.phrase_label, self.tr("Verification phrase"))
        self.status_label = plain_label()
        self.status_label.setWordWrap(True)
        self.open_again_button = QPushButton(self.tr("Open sign-in again"))
        self.open_again_button.setAccessibleName(self.tr("Open sign-in again"))
        self.open_again_button.clicked.connect(self.open_again)
        self.leave_closed_button = QPushButton(self.tr("Leave it closed"))
        self.leave_closed_button.setAccessibleName(self.tr("Leave sign-in closed"))
        self.leave_closed_button.clicked.connect(self.leave_closed)
        self.was_open_row = QWidget()
        was_open_layout = QHBoxLayout(self.was_open_row)
        was_open_layout.setContentsMargins(0, 0, 0, 0)
        was_open_layout.addWidget(self.open_again_button)
        was_open_layout.addWidget(self.leave_closed_button)
        was_open_layout.addStretch(1)
        self.was_open_row.hide()
        self.address_combo = ElidingComboBox()
        self.address_combo.setAccessibleName(self.tr("Address to serve on"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setAccessibleName(self.tr("Port"))

        self.act_open = make_action(
            self,
            self.tr("&Open sign-in"),
            self.toggle_open,
            short=self.tr("Open sign-in"),
            tip=self.tr("Serve the sign-in form to phones on this network"),
        )
        self.act_rotate = make_action(
            self,
            self.tr("New sign-in &link"),
            self.rotate,
            short=self.tr("New link"),
            tip=self.tr("Old QR codes and posters stop working"),
        )
        self.act_fields = make_action(
            self,
            self.tr("Sign-in &form fields…"),
            self.choose_fields,
            short=self.tr("Form fields…"),
        )
        buttons = QHBoxLayout()
        for action in (self.act_open, self.act_rotate, self.act_fields):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The address on a row of its own, the port under it: side by side, a laptop's
        # screen (1093 px wide at 125 %) cut "127.0.0.1  (this laptop only)" short
        where = QGridLayout()
        where.addWidget(plain_label(self.tr("Serve on")), 0, 0)
        where.addWidget(self.address_combo, 0, 1)
        where.addWidget(plain_label(self.tr("Port")), 1, 0)
        where.addWidget(self.port_spin, 1, 1, Qt.AlignmentFlag.AlignLeft)
        where.setColumnStretch(1, 1)

        left = QVBoxLayout()
        left.addWidget(self.qr, 1)
        # The wrapped lines ask for their height at their width as their least: asked for one
        # line, the column was squeezed below its needs at 11 points, and the code, which
        # never goes below its least size, covered the top of the address (QA round 16a)
        left.addWidget(QuietLabel(self.url_label))
        left.addWidget(self.phrase_label)
        left.addLayout(where)
        left.addLayout(buttons)
        left.addWidget(QuietLabel(self.status_label))
        left.addWidget(self.was_open_row)

        self.count_label = heading_label(1.2)
        self.count_label.setWordWrap(True)  # the counts and quorum wrap in a narrow window
        describe_as(self.count_label, self.tr("People here"))
        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 100_000)
        self.quorum_spin.setSpecialValueText(self.tr("no quorum"))
        self.quorum_spin.setPrefix(self.tr("quorum "))
        self.quorum_spin.setAccessibleName(self.tr("Quorum"))
        self.quorum_spin.editingFinished.connect(self._quorum_changed)
        self.model = ArrivalsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People signed in"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.columns = self._readable_columns()
        # What sign-ins gave that a known person's record lacks waits for the organizer: a
        # quiet count under the list, never a prompt while the room fills.
        self.new_details_button = QPushButton()
        self.new_details_button.hide()
        self.new_details_button.clicked.connect(self.review_new_details)
        counts = QHBoxLayout()
        counts.addWidget(QuietLabel(self.count_label), 1)
        counts.addWidget(self.quorum_spin)
        arrivals = QGroupBox(self.tr("Arriving"))
        arrivals_layout = QVBoxLayout(arrivals)
        arrivals_layout.addLayout(counts)
        arrivals_layout.addWidget(self.table, 1)
        waiting = QHBoxLayout()
        waiting.addStretch(1)
        waiting.addWidget(self.new_details_button)
        arrivals_layout.addLayout(waiting)

        layout = QGridLayout(self)
        layout.addLayout(left, 0, 0)
        layout.addWidget(arrivals, 0, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        # Arrivals come in bursts (60-70% in the last half hour): one refresh for all that
        # arrived within a fifth of a second, reading again only what they changed.
        self._arrivals: Arrivals | None = None  # the list and first-timers, as last read
        self._code_shown = ""  # the link the QR code shows
        self.refresh_later = QTimer(self)
        self.refresh_later.setSingleShot(True)
        self.refresh_later.setInterval(200)
        self.refresh_later.timeout.connect(self._refresh_arrivals)
        self.hint_timer = QTimer(self)
        self.hint_timer.setInterval(15_000)
        self.hint_timer.timeout.connect(self._show_status)

    def set_session(self, session: SignInSession | None) -> None:
        serving = self.serving
        if (
            session is not None
            and serving is not None
            and serving.meeting.key == session.meeting.key
        ):
            serving.meeting = session.meeting  # read again (its title may have changed)
            session = serving
        # The same meeting read again (edited, people merged) keeps a port typed meanwhile
        previous = self.session
        another = session is None or previous is None or previous.meeting.key != session.meeting.key
        self.session = session
        choice = (self.address_combo.currentData(), self.port_spin.value())
        self._fill_addresses()
        if not another:
            self._show_address(*choice, add=False)
        self.refresh()
        if self._was_serving is not None:  # its address and port, to open it again there
            self._show_address(self._was_serving.host, self._was_serving.port)
        elif another and session is not None and not session.is_open:
            self._show_last_served(session)

    def _show_last_served(self, session: SignInSession) -> None:
        """Offer the address and port the meeting's sign-in was last served on (or, never
        served, the latest meeting's): after a normal quit too, so a poster printed with it
        still leads where sign-in opens. The address only while it is still this laptop's
        (another network gives others); else the first, the laptop's address there."""
        last = session.last_served()
        if last is None:
            self.port_spin.setValue(DEFAULT_PORT)
            return
        self._show_address(last.host, last.port, add=False)

    def _fill_addresses(self) -> None:
        from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

        from meetingkit.services.signin_server import lan_address

        self.address_combo.clear()
        seen: list[str] = []
        for address in [
            lan_address(),
            *(
                a.toString()
                for a in QNetworkInterface.allAddresses()
                if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
            ),
        ]:
            if address not in seen:
                seen.append(address)
        for address in seen:
            self._add_address(address)

    def _add_address(self, address: str) -> int:
        label = address + (self.tr("  (this laptop only)") if address.startswith("127.") else "")
        self.address_combo.addItem(label, address)
        return self.address_combo.count() - 1

    def _show_serving_address(self, url: str) -> None:
        """While sign-in is open, the address and port fields say where it is served (the
        link above), whatever they held before."""
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.hostname is None:
            return
        # The app serves on 1024 and up, so a link names its port
        self._show_address(parts.hostname, parts.port)

    def _show_address(self, host: str | None, port: int | None, *, add: bool = True) -> None:
        """Choose `host` (added to the list, unless `add` is False: then only if it is there)
        and `port`, if given."""
        row = self.address_combo.findData(host)
        if row < 0 and add and host:
            row = self._add_address(host)
        if row >= 0:
            self.address_combo.setCurrentIndex(row)
        if port is not None:
            self.port_spin.setValue(port)

    def planned_url(self) -> str:
        """The link phones will open: the running server's, or the one it would have."""
        s = self.session
        if s is None:
            return ""
        return s.url() or signin_url(
            self.address_combo.currentData(), self.port_spin.value(), s.settings().token
        )

    def refresh(self) -> None:
        """Show the meeting's sign-in as it is now, everything read again."""
        self._show(read_all=True)

    def _show(self, *, read_all: bool) -> None:
        """`read_all` False: of the people arriving, only what the server reported it changed
        is read again (services.arrivals)."""
        s = self.session
        if s is None:
            self._show_code("")
            self._was_serving = None
            self.was_open_row.hide()
            return
        settings = s.settings()
        url = s.url()
        self._was_serving = s.was_serving()
        self._show_code(url)
        self.url_label.setText(url or self.tr("Sign-in is closed. Open it to show the code."))
        self.phrase_label.setText(settings.phrase if url else "")
        self.quorum_spin.setValue(settings.quorum)
        self.act_open.setIconText(
            self.tr("Close sign-in") if s.is_open else self.tr("Open sign-in")
        )
        self.act_open.setText(self.tr("Cl&ose sign-in") if s.is_open else self.tr("&Open sign-in"))
        self.address_combo.setEnabled(not s.is_open)
        self.port_spin.setEnabled(not s.is_open)
        if s.is_open:
            self._show_serving_address(url)
        arrivals = self._arrivals
        if arrivals is None or arrivals.session is not s:
            arrivals = self._arrivals = Arrivals(s)
        if read_all:
            arrivals.read()
        else:
            arrivals.update()
        signed, firsts = arrivals.signed, arrivals.first_timers
        self.model.set_rows(signed, firsts)
        width = self._how_width()
        self.columns.set_width(ArrivalsModel.COL_HOW, width, floor=width)
        self._show_room(signed, firsts)
        self._show_status()
        details = s.new_details_review().count()
        self.new_details_button.setText(
            self.tr("Review new details for %n person(s)…", "", details)
        )
        self.new_details_button.setVisible(details > 0)

    def _show_code(self, url: str) -> None:
        """The QR code of `url`: made again only when the link changes (it takes a while)."""
        if url != self._code_shown:
            self.qr.set_data(url)
            self._code_shown = url

    def _show_room(
        self, signed: list[SignedIn] | None = None, firsts: frozenset[int] | None = None
    ) -> None:
        """The counts; `signed` and `firsts` as `refresh` just read them, if it did."""
        s = self.session
        if s is None:
            return
        room = s.room(signed, firsts)
        # The line breaks only after a "·": "2" / "por primera vez", or "✓" alone on a
        # line, read as nothing
        text = (NO_BREAK + "· ").join(
            _whole(part)
            for part in (
                self.tr("%n here", "", room.present),
                self.tr("%n signed in", "", room.signed_in),
                self.tr("%n first time", "", room.first_timers),
            )
        )
        if room.quorum:
            text += (
                NO_BREAK * 2
                + "·  "
                + _whole(
                    self.tr("quorum met ✓")
                    if room.quorum_met
                    else self.tr("%n more for quorum", "", room.quorum - room.present)
                )
            )
        self.count_label.setText(text)

    @Slot()
    def _show_status(self) -> None:
        s, serving = self.session, self.serving
        self.was_open_row.setVisible(s is not None and self._was_serving is not None)
        if s is not None and self._was_serving is not None:  # a crash left it closed
            self._say(
                self.tr(
                    "Sign-in was open when meetingkit closed. Phones can't sign in until you "
                    "open it again."
                ),
                Tone.NOTICE,
            )
            return
        if s is None or serving is None:
            self._say("")
            return
        if self._not_saved:
            self._say(
                fill(
                    self.tr(
                        "A phone's sign-in could not be saved: %1 The phone says it is not "
                        "signed in. Until this is fixed, sign people in on the paper sheet."
                    ),
                    self._not_saved,
                ),
                Tone.DANGER,
            )
        elif serving is not s:
            self._say(
                fill(
                    self.tr(
                        "Sign-in is still open for “%1”: phones can go on signing in there. "
                        "Opening sign-in here closes it."
                    ),
                    serving.meeting.title,
                ),
                Tone.NOTICE,
            )
        elif (state := s.state()) is SignInState.CLOSED:
            self._say(
                self.tr(
                    "This meeting was purged or deleted: phones that open the link are told "
                    "sign-in is not open, and cannot sign in."
                ),
                Tone.NOTICE,
            )
        elif state is SignInState.ENDED:
            self._say(
                self.tr(
                    "This meeting has ended: phones that open the link are told so, and cannot "
                    "sign in."
                ),
                Tone.NOTICE,
            )
        elif self._moved_from is not None:
            self._say(
                fill(
                    self.tr(
                        "Port %1 was taken by another program, so sign-in opened on port %2. "
                        "The QR code here is new: a code shown or printed before does not "
                        "work. Show this one on the projector (Ctrl+Shift+J)."
                    ),
                    str(self._moved_from),
                    str(self.port_spin.value()),  # the port served on (`refresh`)
                ),
                Tone.NOTICE,
            )
        elif not self._for_picture and this_laptop_only(s.url()):
            self._say(
                self.tr(
                    "This address works only on this laptop: phones can't reach it. Connect "
                    "the laptop to the room's Wi-Fi or start a hotspot, close sign-in and choose "
                    "that network's address under Serve on; or sign people in here with the "
                    "kiosk (Ctrl+Shift+K)."
                ),
                Tone.NOTICE,
            )
        elif s.no_phone_yet():
            self._say(
                self.tr(
                    "No phone has reached the form yet. Guest Wi-Fi often keeps phones from "
                    "reaching a laptop. Try: start a hotspot on this laptop and show its Wi-Fi "
                    "code (Meeting › Sign-in › Hotspot code); sign people in here with the kiosk "
                    "(Ctrl+Shift+K); or print a paper sheet (Meeting › Sign-in › Print paper "
                    "sign-in sheet…)."
                ),
                Tone.NOTICE,
            )
        else:
            self._say(
                self.tr(
                    "Phones on this network open the link above. Check that the phrase on their "
                    "screen matches."
                )
            )

    def _say(self, text: str, tone: Tone | None = None) -> None:
        """The status line: a banner in `tone`, or plain text (None)."""
        self.status_label.setText(text)
        tint(self.status_label, tone, banner=tone is not None)
        self.status_label.setMargin(0 if tone is None else 6)

    @Slot()
    def toggle_open(self) -> None:
        s = self.session
        if s is None:
            return
        with user_errors(self, self.tr("open sign-in")):
            if s.is_open:
                self.close_serving()
            else:
                self._serve_chosen()
        self.refresh()
        self.room_changed.emit()

    def _serve_chosen(self) -> None:
        """Open sign-in on the address and port chosen; that port taken by another program,
        offer a free one near it on the same address (`ask_other_port`)."""
        from meetingkit.services.signin_server import PortInUseError  # loaded to serve anyway

        host, port = self.address_combo.currentData(), self.port_spin.value()
        try:
            self.serve(host, port)
        except PortInUseError as e:  # any other error (the address gone): said as it is
            free = free_port_near(e.host, e.port)
            if free is None:
                raise
            if self.ask_other_port(port, free):
                self.serve(host, free)
                self._moved_from = port  # the status says the code is new

    def ask_other_port(self, taken: int, free: int) -> bool:
        """Whether to open sign-in on port `free`, `taken` being another program's."""
        box = plain_box(
            QMessageBox.Icon.Question,
            self.tr("Port in use"),
            fill(
                self.tr(
                    "Port %1 is in use by another program. Open sign-in on port %2, which is "
                    "free?\n\nA QR code shown or printed with port %1 will not work: show the "
                    "new one on the projector (Ctrl+Shift+J). To keep port %1, cancel, close "
                    "the program using it and open sign-in again."
                ),
                str(taken),
                str(free),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        use = box.addButton(
            fill(self.tr("Use port %1"), str(free)), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use)
        box.exec()
        return box.clickedButton() is use

    def serve(self, host: str | None, port: int, *, for_picture: bool = False) -> None:
        """Open sign-in for the meeting shown, on `host`:`port` (0: any free port). One
        server at a time: another meeting's closes first. Raises MeetingkitError if the
        address or port cannot be used. `for_picture`: only while a screenshot is taken, so
        the meeting's guided path does not count sign-in as opened."""
        if self.session is None:
            return
        self.close_serving()
        self.session.open(host, port, self.signals, for_picture=for_picture)
        self._for_picture = for_picture
        self._now_serving()

    @Slot()
    def open_again(self) -> None:
        """Open sign-in again where it was served when meetingkit closed, for the QR code on
        the projector and the poster to keep working; on another port if that one is taken
        now (and the status says so)."""
        s, where = self.session, self._was_serving
        if s is None or where is None:
            return
        with user_errors(self, self.tr("open sign-in")):
            self.close_serving()
            same = s.open_again(where, self.signals)
            self._now_serving()
            self._moved_from = None if same else where.port
        self.refresh()
        self.room_changed.emit()

    @Slot()
    def leave_closed(self) -> None:
        """Sign-in was open when meetingkit closed, and is to stay closed: not offered again."""
        s = self.session
        if s is None:
            return
        with user_errors(self, self.tr("leave sign-in closed")):
            s.forget_serving()
        self.refresh()
        self.serving_changed.emit()

    def _now_serving(self) -> None:
        self.serving = self.session
        self.hint_timer.start()
        self.serving_changed.emit()

    def close_serving(self, meeting_id: int | None = None) -> bool:
        """Close the open sign-in (only if it is `meeting_id`'s, when given): whether one
        was closed. A meeting deleted or purged must not go on taking sign-ins."""
        serving = self.serving
        if serving is None or meeting_id not in (None, serving.meeting.key):
            return False
        serving.close()
        self.serving = None
        self.hint_timer.stop()
        self.refresh_later.stop()  # read now, below: not after the data may have closed
        self._not_saved = ""  # opened again, it starts with no alarm from before
        self._moved_from = None
        self._visit_noted, self._visit_retry_at = False, 0.0
        self._for_picture = False
        self.refresh()
        self.serving_changed.emit()
        return True

    @Slot()
    def rotate(self) -> None:
        if self.session is not None:
            with user_errors(self, self.tr("make a new link")):
                self.session.rotate()
            self.refresh()
            self.room_changed.emit()

    @Slot()
    def choose_fields(self) -> None:
        from meetingkit.ui.signin_fields_dialog import SignInFieldsDialog

        if self.session is None:
            return
        form = SignInFieldsDialog.ask(self, self.session.settings().form)
        if form is not None:
            with user_errors(self, self.tr("save the form")):
                self.session.set_form(form)

    @Slot()
    def review_new_details(self) -> None:
        """What this meeting's sign-ins gave that a known person's record lacks: add each to
        the record, or leave it out."""
        from meetingkit.ui.new_details_dialog import NewDetailsDialog

        if self.session is None:
            return
        NewDetailsDialog.show_for(self, self.session.new_details_review())
        self.refresh()
        self.room_changed.emit()  # a name may have changed: the floor reads the room again

    def _readable_columns(self) -> ReadableColumns:
        """Names take the room (at least 30% of the table, as far as they need it); the
        arrival time, the first-time mark and how they signed in always show whole;
        professions shrink first on a small screen. Where even that does not fit, how they
        signed in is hidden, then the profession (the room's professions show on the floor),
        rather than the list scrolling sideways."""
        m, table = self.model, self.table
        header = m.headers()
        whole = {
            m.COL_TIME: text_width(table, header[m.COL_TIME], "00:00"),
            m.COL_FIRST: text_width(table, header[m.COL_FIRST], m.first_time_mark(), bold=True),
            m.COL_HOW: self._how_width(),
        }
        return ReadableColumns(
            table,
            m.COL_NAME,
            {m.COL_PROFESSION: 190},
            main_minimum=140,
            whole=whole,
            give_way=(m.COL_HOW, m.COL_PROFESSION),
            in_turn=(m.COL_PROFESSION,),
            main_share=0.3,  # names keep the widest column, whatever the fonts' widths
        )

    def _how_width(self) -> int:
        """How wide How must be: for every way of signing in, and for the count of sign-ins
        shown now ("phone ×3"), only while someone has signed in more than once."""
        m = self.model
        ways = [m.how(s) for s in SOURCES]
        return text_width(self.table, m.headers()[m.COL_HOW], *ways, *m.repeats_shown())

    @Slot()
    def _quorum_changed(self) -> None:
        if self.session is not None:
            with user_errors(self, self.tr("set the quorum")):
                self.session.set_quorum(self.quorum_spin.value())
            self._show_room()

    @Slot()
    def _on_visit(self) -> None:
        serving = self.serving
        if serving is None:
            return
        if not self._visit_noted and time.monotonic() >= self._visit_retry_at:
            # The guided path's tick that a phone reached the form, written once for each
            # opening. Refused (another program holds the database, the disk is full), it
            # waits for a phone a minute on, without a word: a visit count is not worth an
            # alert in front of the room (a sign-in refused has its banner), nor the screen
            # frozen for the database's wait as each phone opens the form.
            if attempt(serving.note_visit) is None:
                self._visit_noted = True
            else:
                self._visit_retry_at = time.monotonic() + self.VISIT_RETRY_S
        self._show_status()

    @Slot(str)
    def _on_not_saved(self, reason: str) -> None:
        self._not_saved = reason
        self._show_status()

    @Slot(object)
    def _on_signed_in(self, signed: SignedIn) -> None:
        if self.serving is None:  # news of a server since closed: closing read the list
            return
        self._note(signed.id)
        if self._not_saved:  # saved again: the disk has room
            self._not_saved = ""
            self._show_status()
        if not self.refresh_later.isActive():
            self.refresh_later.start()

    @Slot(int)
    def _on_withdrawn(self, _signin_id: int) -> None:
        if self.serving is None:
            return
        if self._arrivals is not None:  # everything is read again (services.arrivals)
            self._arrivals.read_all_next()
        if not self.refresh_later.isActive():
            self.refresh_later.start()

    def _note(self, signin_id: int) -> None:
        """The server saved or fixed a sign-in of the meeting it serves."""
        if self._arrivals is not None and self._arrivals.session is self.serving:
            self._arrivals.note(signin_id)

    @Slot()
    def _refresh_arrivals(self) -> None:
        # The server's news is of the meeting shown: only what it reported is read again
        # (a full list costs about 60 ms at 3,000 sign-ins); else, as after any change the
        # app makes itself, everything is
        self._show(read_all=self.serving is not self.session)
        self.room_changed.emit()
