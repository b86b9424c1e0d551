"""The figures for a period, gathered from the database: printed from the app (File › Print
figures for a period…) and by `meetingkit print period`, through `PeriodReports` both.

A purged meeting counts through the counts its purge kept (services.privacy.kept_counts).
The curricula the period's trainings were made from are named by their titles in the
library when it still has them. reportlab is imported only when a PDF is actually made.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from meetingkit.core.clock import Clock
from meetingkit.core.errors import MeetingkitError, NotFoundError, ValidationError
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, long_date, translate
from meetingkit.core.period_figures import PeriodFigures, PeriodInputs, period_figures
from meetingkit.services.privacy import kept_counts
from meetingkit.storage.group_headcounts import group_names
from meetingkit.storage.period_records import read_period

if TYPE_CHECKING:
    from meetingkit.services.curriculum_library import CurriculumLibrary

ENDS_BEFORE_IT_STARTS = QT_TRANSLATE_NOOP(
    "Period report", "The period ends (%1) before it starts (%2): swap the two days."
)
NO_GROUP = QT_TRANSLATE_NOOP("Period report", "There is no group %1 any more.")
NO_SUCH_GROUP = QT_TRANSLATE_NOOP("Period report", "There is no group “%1”. The groups are: %2.")


class PeriodReports:
    def __init__(
        self, conn: sqlite3.Connection, clock: Clock, library: CurriculumLibrary | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock
        self._library = library

    def today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self._clock.now()).date()

    def groups(self) -> list[tuple[int, str]]:
        """Every group's id and name, by name: whose figures may be printed alone."""
        return group_names(self._conn)

    def group_called(self, text: str) -> int:
        """The group `text` names: its id (as a number) or its name, whatever its case."""
        groups, wanted = self.groups(), text.strip()
        for group_id, name in groups:
            if wanted == str(group_id) or wanted.casefold() == name.casefold():
                return group_id
        listed = "; ".join(f"{group_id} {name}" for group_id, name in groups)
        raise NotFoundError(fill(translate("Period report", NO_SUCH_GROUP), text, listed or "—"))

    def figures(self, since: dt.date, until: dt.date, group_id: int | None = None) -> PeriodFigures:
        """The figures of the meetings dated from `since` to `until` (both included), of the
        group `group_id` or of every meeting."""
        if until < since:
            raise ValidationError(
                fill(
                    translate("Period report", ENDS_BEFORE_IT_STARTS),
                    long_date(until),
                    long_date(since),
                )
            )
        group = ""
        if group_id is not None:
            group = dict(self.groups()).get(group_id, "")
            if not group:
                raise NotFoundError(fill(translate("Period report", NO_GROUP), group_id))
        records = read_period(self._conn, since, until, group_id)
        # A purged meeting counts through what its purge kept (None: never purged).
        meetings = [
            replace(m, kept=kept_counts(self._conn, m.meeting_id)) for m in records.meetings
        ]
        return period_figures(
            PeriodInputs(
                since=since,
                until=until,
                today=self.today(),
                meetings=meetings,
                visits=records.visits,
                spoken=records.spoken,
                pledges=records.pledges,
                group=group,
                curricula=self._titles({m.curriculum for m in meetings if m.curriculum}),
            )
        )

    def render(
        self, since: dt.date, until: dt.date, out: Path, group_id: int | None = None
    ) -> PeriodFigures:
        """Write the figures as a PDF to `out` (whole or not at all) and return them."""
        from meetingkit.services.printing.period_pdf import render_period_pdf

        figures = self.figures(since, until, group_id)
        render_period_pdf(out, figures)
        return figures

    def _titles(self, slugs: set[str]) -> dict[str, str]:
        """The titles of the curricula the library still has, by folder name."""
        if self._library is None:
            return {}
        from meetingkit.services.curricula import load_curriculum

        titles = {}
        for slug in sorted(slugs):
            try:
                curriculum, _ = load_curriculum(self._library.find(slug))
            except (MeetingkitError, OSError):
                continue  # gone from the library since: its folder name says which
            if curriculum is not None:
                titles[slug] = curriculum.title
        return titles


def suggested_filename(since: dt.date, until: dt.date) -> str:
    """'figures-2025-11-22-to-2026-11-21.pdf': the same in every language."""
    return f"figures-{since.isoformat()}-to-{until.isoformat()}.pdf"
