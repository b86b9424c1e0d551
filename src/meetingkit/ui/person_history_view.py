"""The selected person's history on the People page (core.person_history): the summary, then
their meetings, commitments, groups and consents, newest first, as read-only text that Tab
reaches and the arrow and page keys scroll.

Rich text, so that its tables line up; every value in it is escaped, since names, titles and
notes are typed by attendees and organizers (STYLE 8), and no link is followed.

Lines break between words only. A table squeezed to its columns' least widths gave a column a
hair less than its widest word (57 px for a bold "Registro" 57.06 px wide), and Qt's default
wrapping broke that word: in Spanish at 1093 px the Meetings table's heading read "Registr"
over "o". A typed run too long to wrap (a pasted link) gets places to break instead
(`breakable`), so it does not widen the view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from meetingkit.core.i18n import translate
from meetingkit.core.person_history import (
    PersonHistory,
    card_contact_text,
    commitment_cells,
    commitment_headers,
    consent_cells,
    purged_note,
    standing_cells,
    summary,
    visit_cells,
    visit_headers,
)
from meetingkit.ui.labels import breakable
from meetingkit.ui.tones import Tones, tones


class PersonHistoryView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)  # Tab moves on; the arrows and Page keys scroll
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word (see above)
        self.setAccessibleName(self.tr("History of the selected person"))
        # Never laid out at no height: its text cursor, kept in view, would scroll it down.
        self.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        self._history: PersonHistory | None = None

    @property
    def history(self) -> PersonHistory | None:
        return self._history

    def show_history(self, history: PersonHistory | None) -> None:
        """Show `history` (None: nobody's), from its top."""
        self._history = history
        self._render()

    def _render(self) -> None:
        if self._history is None:
            self.clear()
            return
        self.setHtml(history_html(self._history, tones(self.palette())))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the overdue and muted colours are chosen again for it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._history is not None:
            self._render()


# The column of a commitment's follow-up, in red once the day to call by has passed.
_FOLLOW_UP_COLUMN = 4


def history_html(history: PersonHistory, shown: Tones) -> str:
    """The history as the rich text the view shows."""
    today = history.as_of.date()
    parts = [f"<p><b>{_text(summary(history, today))}</b></p>"]
    if note := purged_note(history):
        parts.append(f'<p style="color:{shown.muted.name()}">{_text(note)}</p>')
    if history.visits:
        parts.append(_heading(translate("History", "Meetings")))
        parts.append(_table(visit_headers(), (visit_cells(v, today) for v in history.visits)))
    if history.commitments:
        danger = shown.danger.name()
        parts.append(_heading(translate("History", "Commitments")))
        rows = (
            _tinted(commitment_cells(c, today), _FOLLOW_UP_COLUMN, danger)
            if c.overdue(history.as_of)
            else commitment_cells(c, today)
            for c in history.commitments
        )
        parts.append(_table(commitment_headers(), rows))
    if history.standings:
        parts.append(_heading(translate("History", "Groups and ladder")))
        parts.append(_table((), (standing_cells(s) for s in history.standings)))
    contact = card_contact_text(history)
    if history.consents or contact:
        parts.append(_heading(translate("History", "Consents")))
        if history.consents:
            parts.append(_table((), (consent_cells(c, today) for c in history.consents)))
        if contact:
            parts.append(f"<p>{_text(contact)}</p>")
    return "".join(parts)


def _heading(text: str) -> str:
    return f'<h3 style="margin-top:6px; margin-bottom:2px">{_text(text)}</h3>'


Cell = str | tuple[str, str]
"""A cell's text, or its text and the colour to show it in."""


def _table(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """A table: its header row, if any, and its rows."""
    lines = ['<table cellspacing="0" cellpadding="3" style="margin-bottom:6px">']
    if headers:
        lines.append(
            "<tr>" + "".join(f'<th align="left">{_text(h)}</th>' for h in headers) + "</tr>"
        )
    for cells in rows:
        lines.append("<tr>" + "".join(_cell(c) for c in cells) + "</tr>")
    lines.append("</table>")
    return "".join(lines)


def _cell(cell: Cell) -> str:
    text, colour = (cell, "") if isinstance(cell, str) else cell
    return f'<td style="color:{colour}">{_text(text)}</td>' if colour else f"<td>{_text(text)}</td>"


def _tinted(cells: Sequence[str], column: int, colour: str) -> list[Cell]:
    """`cells` with the one at `column` in `colour`."""
    return [(c, colour) if n == column else c for n, c in enumerate(cells)]


def _text(text: str) -> str:
    """Typed text as rich text shows it as typed: escaped, its line breaks kept, a run too long
    to wrap given places to break."""
    return escape(breakable(text)).replace("\n", "<br>")
