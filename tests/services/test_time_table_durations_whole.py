"""The planned-and-actual table of the report and the minutes keeps every duration on one line:
"−2 h 43 min 33 s" left its "s" alone on a second line of the total (QA 15a, finding 13); an
hour-plus overrun ("+1 h 5 min 33 s") would have done the same. A phrase such as "not
reached" may still wrap."""

import pytest
from reportlab.platypus import Paragraph

from meetingkit.core.agenda import ItemKind
from meetingkit.core.meeting_report import AgendaTimes, ItemTime
from meetingkit.services.printing.agenda_pdf import _styles, time_table
from meetingkit.services.printing.document import WIDTH

H, MIN, S = 3_600_000, 60_000, 1_000
NBSP = "\u00a0"


def times(*items: ItemTime) -> AgendaTimes:
    return AgendaTimes(
        items=items,
        planned_minutes=sum(i.planned_minutes for i in items),
        meeting_planned_minutes=165,
        started_ms=0,
        ended_ms=H,
        elapsed_ms=H,
    )


TRAINING = times(  # every module run in seconds: 2 h 43 min 33 s under in all
    *(
        ItemTime(n, f"Module {n}", ItemKind.TRAINING_MODULE, minutes, seconds * S)
        for n, (minutes, seconds) in enumerate(
            [(10, 8), (27, 19), (12, 1), (22, 1), (4, 1), (15, 7), (12, 1), (10, 1), (28, 5),
             (13, 3), (6, 30), (6, 10)],
            start=1,
        )
    )
)  # fmt: skip
OVERRUN = times(  # a 10-minute item that ran 1 h 15 min 33 s, and one never reached
    ItemTime(1, "Open floor on the staffing grid", ItemKind.DISCUSSION, 10, H + 15 * MIN + 33 * S),
    ItemTime(2, "Evaluation", ItemKind.EVALUATION, 10, 0),
)


def only(cell: object) -> Paragraph:
    """The paragraph a table cell holds (the table keeps each cell as a tuple of them)."""
    if not isinstance(cell, Paragraph):
        [cell] = cell  # type: ignore[misc]
    assert isinstance(cell, Paragraph)
    return cell


@pytest.mark.parametrize("kinds", [True, False])  # the report's table, and the minutes'
@pytest.mark.parametrize(
    ("agenda", "total"), [(TRAINING, "−2 h 43 min 33 s"), (OVERRUN, "+1 h 5 min 33 s")]
)
def test_every_duration_and_the_total_fit_their_column_on_one_line(
    agenda: AgendaTimes, total: str, kinds: bool
) -> None:
    table = time_table(agenda, _styles(), kinds=kinds)
    table.wrap(WIDTH, 1000)
    assert sum(table._colWidths) == pytest.approx(WIDTH)
    for row in table._cellvalues[1:]:
        for column in (2, 3, 4):
            cell = only(row[column])
            if "not reached" in cell.text:
                continue
            width = table._colWidths[column] - 10  # the cell's padding either side
            cell.wrap(width, 1000)
            assert len(cell.blPara.lines) == 1, (cell.text, width)
    *_, last = table._cellvalues
    assert only(last[4]).text == "<b>" + total.replace(" ", NBSP) + "</b>"
