"""The meeting report's words for airtime by the groups people gave for themselves
(self-identified, opt-in: "Night shift", "Spanish speaking"), shared by the printed report
and the Report tab, as core/report_wording.py's are for the rest of the report.

The groups overlap, so the words say the shares are each out of the whole room and need not
add up to 100%, and say the small-group rule: a group is shown only with at least the
meeting's minimum group size of people present; smaller ones are left out, not combined; and
so is one that, shown with the others, would let someone's time be worked out by subtraction
(airtime_equity.given_group_airtime). The count of groups left out counts both.

Plain text; whoever shows it escapes it (a PDF's markup) or shows it as plain text (Qt).
"""

from __future__ import annotations

from meetingkit.core import report_wording as words
from meetingkit.core.airtime_equity import GivenGroups
from meetingkit.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from meetingkit.core.meeting_report import MeetingReport, Purged

# The section's heading, on the page and on the Report tab: translate where shown
HEADING = QT_TRANSLATE_NOOP("Report", "Airtime by the groups people gave")
# When no group is shown and some were big enough: "too small" would not be why
NONE_SAFE = QT_TRANSLATE_NOOP("Report", "No group can be shown without singling someone out.")


def shown(report: MeetingReport) -> bool:
    """Whether the report has this section: someone present gave a group (or, for a purged
    meeting, a group of theirs was kept). A meeting that does not use them says nothing."""
    return report.given_groups.given


def lead_line(g: GivenGroups) -> str:
    """What the chart shows, and that its shares overlap; or that nobody spoke."""
    if not g.total_ms:
        return translate("Report", words.NO_AIRTIME)
    lead = translate(
        "Report",
        "The groups people chose to give for themselves: each group's share of the speaking "
        "time next to its share of the people in the room.",
    )
    if not g.groups:
        return lead
    overlap = translate(
        "Report",
        "Someone can be in several of these groups, or in none, so the shares do not add up "
        "to 100%.",
    )
    return f"{lead} {overlap}"


def notes(g: GivenGroups) -> list[str]:
    """Under the chart: which groups spoke well beyond or below their share of the room (in
    the profession chart's words), or that every group is too small to show."""
    if not g.total_ms:
        return []
    if not g.groups:
        return [translate("Report", NONE_SAFE if g.left_out_to_protect else words.ALL_GROUPS_SMALL)]
    return words.gap_lines(g.above, g.below)


def group_rule(g: GivenGroups, *, facilitator_copy: bool, purged: Purged | None = None) -> str:
    """The small-group rule, and how many groups it left out. The facilitator's copy keeps
    it too, and says why."""
    size = str(g.min_group_size)
    if purged is not None:
        kept = translate(
            "Report", "Groups of at least %1 people, as counted when the names were purged."
        )
        return " ".join(part for part in (fill(kept, size), _left_out(g)) if part)
    rule = fill(
        translate(
            "Report",
            "A group is shown only when at least %1 people present gave it, so that nobody is "
            "singled out; smaller groups are left out, not combined.",
        ),
        size,
    )
    parts = [rule, _left_out(g)]
    if facilitator_copy:
        parts.append(
            translate(
                "Report",
                "The facilitator copy keeps this rule: a group someone gave can say something "
                "sensitive about them.",
            )
        )
    return " ".join(part for part in parts if part)


def _left_out(g: GivenGroups) -> str:
    """How many groups are left out: all of them smaller, or some because, shown with the
    others, they would let someone's time be worked out (then the sentence says both)."""
    left_out = g.left_out + g.left_out_to_protect
    if g.left_out_to_protect:
        if left_out == 1:
            left = translate(
                "Report",
                "1 group is left out: it has too few people, or shown with the others it "
                "would let someone's speaking time be worked out.",
            )
        else:
            left = translate(
                "Report",
                "%1 groups are left out: they have too few people, or shown with the others "
                "they would let someone's speaking time be worked out.",
            )
        return fill(left, str(left_out))
    if left_out == 1:
        return translate("Report", "1 smaller group is left out.")
    if left_out:
        return fill(translate("Report", "%1 smaller groups are left out."), str(left_out))
    return ""
