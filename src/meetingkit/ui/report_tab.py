"""The Report tab of a meeting: the meeting report on screen, and printing it.

It shows what the printed report says (the same `MeetingReport`, the same sentences): the
headline figures, attendance by profession, planned vs actual time, decisions, airtime by
profession and by the groups people gave for themselves as paired bars (the latter only when
someone gave one), the stack's rule and changes by hand, and commitments. Per-person
airtime, who committed to what and the floor's log line by line appear only with "Facilitator
copy" ticked, on screen and on paper alike. The report is rebuilt whenever the tab is shown,
so it follows a meeting that is still running. A purged meeting's report says so at the top
and shows the counts kept; it has no facilitator's copy, as nothing per person is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core import given_groups_wording as given_words
from meetingkit.core import report_wording as words
from meetingkit.core.durations import span
from meetingkit.core.i18n import fill, translate
from meetingkit.core.meeting import Meeting, format_duration
from meetingkit.core.meeting_report import MeetingReport
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.printing.meeting_documents import suggested_filename
from meetingkit.ui.airtime_bars import AirtimeBars
from meetingkit.ui.feedback import user_errors
from meetingkit.ui.labels import heading_label, plain_label
from meetingkit.ui.list_table_model import TextRowsModel, row_table
from meetingkit.ui.save_document import SavePath, show_saved
from meetingkit.ui.tones import Tone, tint


def _table(model: TextRowsModel, name: str, stretch: int = 0) -> QTableView:
    """A read-only table as tall as its rows: the tab scrolls, not each table."""
    table = row_table(model, name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # read cell by cell
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: _fit_rows(table))
    return table


def _fit_rows(table: QTableView) -> None:
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)


def _wrapping(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


class ReportTab(QWidget):
    def __init__(self, reports: MeetingReports, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._meeting: Meeting | None = None
        self.report: MeetingReport | None = None

        self.facilitator_check = QCheckBox(self.tr("Facilitator copy (per-person airtime)"))
        self.facilitator_check.setToolTip(
            self.tr(
                "Adds how long each person spoke and who committed to what. Marked "
                "“do not share”: keep it with the facilitation team."
            )
        )
        self.facilitator_check.toggled.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print report…"))
        self.print_button.clicked.connect(self.print_report)
        self.copy_label = plain_label(translate("Report", words.FACILITATOR_COPY))
        self.copy_label.setStyleSheet("font-weight: bold;")
        tint(self.copy_label, Tone.DANGER)
        bar = QHBoxLayout()
        bar.addWidget(self.facilitator_check)
        bar.addWidget(self.copy_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)

        # A purged meeting: when its names went, and that only counts are left
        self.purged_label = _wrapping(plain_label())
        self.purged_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.purged_label.setMargin(6)
        tint(self.purged_label, Tone.NOTICE, banner=True)

        # Headline figures
        self.figures: list[tuple[QLabel, QLabel]] = []
        figures = QGridLayout()
        for n in range(5):
            figure = heading_label(1.8)
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = _wrapping(plain_label())
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figures.addWidget(figure, 0, n)
            figures.addWidget(caption, 1, n)
            self.figures.append((figure, caption))
        headline = QFrame()
        headline.setFrameShape(QFrame.Shape.StyledPanel)
        headline.setLayout(figures)

        # Attendance
        self.attendance_label = _wrapping(plain_label())
        self.professions_model = TextRowsModel(
            (self.tr("Profession"), self.tr("People"), self.tr("Share")), (1, 2), self
        )
        self.professions_table = _table(self.professions_model, self.tr("Attendance by profession"))
        self.attendance_note = _wrapping(plain_label())  # small professions combined
        attendance = self._box(
            self.tr("Attendance"),
            self.attendance_label,
            self.professions_table,
            self.attendance_note,
        )

        # The agenda
        self.agenda_model = TextRowsModel(
            (
                "#",
                self.tr("Item"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("Over / under"),
            ),
            (2, 3, 4),
            self,
        )
        self.agenda_table = _table(self.agenda_model, self.tr("Planned and actual time"), 1)
        self.agenda_label = _wrapping(plain_label())
        agenda = self._box(
            self.tr("Agenda: planned and actual time"), self.agenda_table, self.agenda_label
        )

        # Decisions
        self.decisions_label = _wrapping(plain_label())
        self.decisions_model = TextRowsModel(
            (self.tr("Proposal"), self.tr("How"), self.tr("Outcome")), (), self
        )
        self.decisions_table = _table(self.decisions_model, self.tr("Decisions"))
        self.decisions_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.checks_label = _wrapping(plain_label())
        decisions = self._box(
            self.tr("Decisions"), self.decisions_label, self.decisions_table, self.checks_label
        )

        # Airtime
        self.airtime_label = _wrapping(plain_label())
        self.bars = AirtimeBars()
        self.bars.setAccessibleName(self.tr("Airtime by profession"))
        self.airtime_notes = _wrapping(plain_label())
        self.group_rule_label = _wrapping(plain_label())
        self.people_model = TextRowsModel(
            (
                self.tr("Person"),
                self.tr("Profession"),
                self.tr("Turns"),
                self.tr("Time"),
                self.tr("Share"),
            ),
            (2, 3, 4),
            self,
        )
        self.people_table = _table(self.people_model, self.tr("Airtime per person"), 1)
        airtime = self._box(
            self.tr("Airtime by profession"),
            self.airtime_label,
            self.bars,
            self.airtime_notes,
            self.group_rule_label,
            self.people_table,
        )

        # Airtime by the groups people gave for themselves: they overlap, and it says so
        given_heading = translate("Report", given_words.HEADING)
        self.given_label = _wrapping(plain_label())
        self.given_bars = AirtimeBars()
        self.given_bars.setAccessibleName(given_heading)
        self.given_notes = _wrapping(plain_label())
        self.given_rule_label = _wrapping(plain_label())
        self.given_box = self._box(
            given_heading,
            self.given_label,
            self.given_bars,
            self.given_notes,
            self.given_rule_label,
        )

        # Commitments
        self.commitments_label = _wrapping(plain_label())
        self.options_model = TextRowsModel((self.tr("On the cards"), self.tr("People")), (1,), self)
        self.options_table = _table(self.options_model, self.tr("Commitments by option"))
        self.facts_label = _wrapping(plain_label())
        self.committed_model = TextRowsModel(
            (self.tr("Person"), self.tr("Committed to"), self.tr("Follow-up")), (), self
        )
        self.committed_table = _table(self.committed_model, self.tr("Who committed to what"), 1)
        commitments = self._box(
            self.tr("Commitments"),
            self.commitments_label,
            self.options_table,
            self.facts_label,
            self.committed_table,
        )

        # The stack: the rule and the changes made by hand
        self.stack_label = _wrapping(plain_label())
        self.stack_log_model = TextRowsModel((self.tr("Time"), self.tr("Logged")), (), self)
        self.stack_log_table = _table(self.stack_log_model, self.tr("The floor's log"), 1)
        stack = self._box(
            self.tr("The stack: its rule and changes by hand"),
            self.stack_label,
            self.stack_log_table,
        )

        page = QWidget()
        sections = QVBoxLayout(page)
        sections.addWidget(self.purged_label)
        sections.addWidget(headline)
        for box in (attendance, agenda, decisions, airtime, self.given_box, stack, commitments):
            sections.addWidget(box)
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.show_meeting(None)

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    # Showing

    def meeting(self) -> Meeting | None:
        return self._meeting

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.setEnabled(meeting is not None)
        self.refresh()

    @property
    def facilitator_copy(self) -> bool:
        return self.facilitator_check.isChecked()

    @Slot()
    def refresh(self) -> None:
        meeting = self._meeting
        report = None
        if meeting is not None:
            with user_errors(self, self.tr("show the report")):
                report = self._reports.report(meeting.key, per_person=self.facilitator_copy)
        self.report = report
        purged = report is not None and report.purged is not None
        self.copy_label.setVisible(report is not None and report.facilitator_copy)
        if purged and self.facilitator_check.isChecked():
            self.facilitator_check.blockSignals(True)  # nothing per person is left to add
            self.facilitator_check.setChecked(False)
            self.facilitator_check.blockSignals(False)
        self.facilitator_check.setEnabled(not purged)
        self.purged_label.setText(words.purged_note(report) if report is not None else "")
        self.purged_label.setVisible(purged)
        if report is None:
            self._clear()
            return
        for (figure, caption), (number, what) in zip(
            self.figures, words.headline(report), strict=True
        ):
            figure.setText(number)
            caption.setText(what)
        self._show_attendance(report)
        self._show_agenda(report)
        self._show_decisions(report)
        self._show_airtime(report)
        self._show_given_groups(report)
        self._show_stack(report)
        self._show_commitments(report)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._meeting is not None and not event.spontaneous():
            self.refresh()  # the meeting may have moved on while another tab was open

    def _clear(self) -> None:
        for figure, caption in self.figures:
            figure.setText("—")
            caption.setText("")
        for model in (
            self.professions_model,
            self.agenda_model,
            self.decisions_model,
            self.people_model,
            self.options_model,
            self.committed_model,
            self.stack_log_model,
        ):
            model.set_rows([])
        for label in (
            self.attendance_label,
            self.attendance_note,
            self.agenda_label,
            self.decisions_label,
            self.checks_label,
            self.airtime_label,
            self.airtime_notes,
            self.group_rule_label,
            self.commitments_label,
            self.facts_label,
            self.stack_label,
            self.given_label,
            self.given_notes,
            self.given_rule_label,
        ):
            label.clear()
        self.bars.set_shares([])
        self.given_bars.set_shares([])
        self.given_box.setVisible(False)

    def _show_attendance(self, report: MeetingReport) -> None:
        a = report.attendance
        self.attendance_label.setText(words.attendance_line(a))
        self.professions_model.set_rows(
            [(t.label, str(t.count), words.percent(t.share)) for t in a.by_profession]
        )
        self.professions_table.setVisible(bool(a.total))
        note = words.attendance_note(a)
        self.attendance_note.setText(note)
        self.attendance_note.setVisible(bool(note))

    def _show_agenda(self, report: MeetingReport) -> None:
        agenda = report.agenda
        rows = [
            (
                str(i.number),
                i.title,
                format_duration(i.planned_minutes),
                *words.item_times(i, running=agenda.running),
            )
            for i in agenda.items
        ]
        if rows:
            rows.append(("", self.tr("Total"), *words.agenda_totals(agenda)))
        self.agenda_model.set_rows(rows)
        self.agenda_table.setVisible(bool(rows))
        note = words.agenda_note(agenda)
        if not agenda.items:
            note = translate("Report", words.NO_AGENDA)
        elif agenda.started_ms is None:
            note = translate("Report", words.NOT_RUN)
        self.agenda_label.setText(note)
        self.agenda_label.setVisible(bool(note))

    def _show_decisions(self, report: MeetingReport) -> None:
        rows = []
        for d in report.decisions:
            proposal = f"{d.item_title}\n{d.proposal}" if d.item_title else d.proposal
            if d.motion:  # "Moved by Ana Lima, seconded by Carmen Ruiz"
                proposal += f"\n{d.motion}"
            outcome = [d.outcome, d.counts]
            if d.stand_asides:
                outcome.append(fill(self.tr("Stand-asides: %1"), d.stand_asides))
            if d.blocks:
                outcome.append(fill(self.tr("Blocks: %1"), d.blocks))
            rows.append((proposal, d.method, "\n".join(x for x in outcome if x)))
        self.decisions_model.set_rows(rows)
        self.decisions_table.setVisible(bool(rows))
        self.decisions_label.setText("" if rows else translate("Report", words.NO_DECISIONS))
        self.decisions_label.setVisible(not rows)
        checks = [
            f"• {c.item_title} — {c.summary}" if c.item_title else f"• {c.summary}"
            for c in report.checks
        ]
        if checks:
            checks.insert(0, self.tr("Temperature checks:"))
        self.checks_label.setText("\n".join(checks))
        self.checks_label.setVisible(bool(checks))

    def _show_airtime(self, report: MeetingReport) -> None:
        a = report.airtime
        spoke = bool(a.total_ms)
        self.airtime_label.setText(words.airtime_line(a))
        self.bars.set_shares(a.groups if spoke else [])
        self.bars.setMinimumHeight(self.bars.sizeHint().height())
        self.bars.setVisible(spoke and bool(a.groups))
        notes = words.airtime_notes(a) if spoke else []
        if spoke and not a.groups:
            notes.insert(0, translate("Report", words.ALL_GROUPS_SMALL))
        self.airtime_notes.setText("\n".join(notes))
        self.airtime_notes.setVisible(bool(notes))
        rule = (
            words.group_rule(a, facilitator_copy=report.facilitator_copy, purged=report.purged)
            if spoke
            else ""
        )
        self.group_rule_label.setText(rule)
        self.group_rule_label.setVisible(bool(rule))
        self.people_model.set_rows(
            [
                (
                    p.name,
                    p.profession or "—",
                    str(p.turns),
                    span(p.airtime_ms) if p.airtime_ms else "—",
                    words.percent(p.share),
                )
                for p in a.people
            ]
        )
        self.people_table.setVisible(bool(a.people))

    def _show_given_groups(self, report: MeetingReport) -> None:
        """As the printed report: shown only when someone gave a group."""
        g = report.given_groups
        self.given_box.setVisible(given_words.shown(report))
        spoke = bool(g.total_ms)
        self.given_label.setText(given_words.lead_line(g))
        self.given_bars.set_shares(g.groups if spoke else [])
        self.given_bars.setMinimumHeight(self.given_bars.sizeHint().height())
        self.given_bars.setVisible(spoke and bool(g.groups))
        notes = given_words.notes(g)
        self.given_notes.setText("\n".join(notes))
        self.given_notes.setVisible(bool(notes))
        rule = (
            given_words.group_rule(
                g, facilitator_copy=report.facilitator_copy, purged=report.purged
            )
            if spoke
            else ""
        )
        self.given_rule_label.setText(rule)
        self.given_rule_label.setVisible(bool(rule))

    def _show_stack(self, report: MeetingReport) -> None:
        s = report.stack
        self.stack_label.setText(words.stack_line(s, report.purged))
        self.stack_log_model.set_rows(words.log_rows(s.lines))
        self.stack_log_table.setVisible(bool(s.lines))

    def _show_commitments(self, report: MeetingReport) -> None:
        c = report.commitments
        self.commitments_label.setText(words.commitments_line(c, report.purged))
        self.options_model.set_rows([(o.text, str(o.people)) for o in c.options])
        self.options_table.setVisible(bool(c.options))
        facts = words.commitment_facts(c, report.purged)
        self.facts_label.setText("\n".join(facts))
        self.facts_label.setVisible(bool(facts))
        self.committed_model.set_rows(
            [
                (
                    p.name,
                    "\n".join(text for text, _ in p.commitments),
                    "\n".join(status.label for _, status in p.commitments),
                )
                for p in c.by_person
            ]
        )
        self.committed_table.setVisible(bool(c.by_person))

    # Printing

    @Slot()
    def print_report(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        per_person = self.facilitator_copy
        what = "report-facilitator-copy" if per_person else "report"
        title = (
            self.tr("Save the facilitator copy of the report as PDF")
            if per_person
            else self.tr("Save the meeting report as PDF")
        )
        path = SavePath.ask(self, title, suggested_filename(what, meeting))
        if path is None:
            return
        with user_errors(self, self.tr("make the report")):
            self._reports.render(meeting.key, path, per_person=per_person)
            message = show_saved(
                path,
                self.tr("Saved %1 — opening it in your PDF viewer."),
                self.tr("Saved %1. Open it in a PDF viewer to print it."),
            )
            bar = getattr(self.window(), "statusBar", None)
            if bar is not None:
                bar().showMessage(message, 10_000)
