"""A report works out its airtime figures once: the first-timers' line is checked against
subtraction (core.differencing) once per report, for the airtime by profession and the groups
people gave alike, and the report says what each section says when built alone."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection, Hashable, Iterable

import pytest

from meetingkit.core import airtime_equity
from meetingkit.core.airtime import Turn
from meetingkit.core.airtime_equity import ReportPerson, given_group_airtime
from meetingkit.core.meeting import Meeting
from meetingkit.core.meeting_report import ReportInputs, build_report
from meetingkit.core.stack_entry import EntryKind

MEETING = Meeting("Working group", dt.date(2026, 11, 21), dt.time(18, 30), id=1)
MIN = 60_000
JOBS = ("Registered nurse (RN)", "Physician (MD/DO)", "Certified nursing assistant (CNA)")


def _room() -> ReportInputs:
    """Twelve people, four of each profession, three of them first-timers (one in each
    profession), five on nights; everyone spoke, each a different time."""
    people = tuple(
        ReportPerson(
            pid,
            f"Person {pid}",
            JOBS[pid % 3],
            True,
            pid in (1, 5, 9),
            frozenset({"Night shift"} if pid in (2, 3, 4, 7, 11) else ()),
        )
        for pid in range(1, 13)
    )
    turns = tuple(
        Turn(pid, pid, EntryKind.GENERAL, None, ((0, pid * MIN),), True) for pid in range(1, 13)
    )
    return ReportInputs(MEETING, people=people, turns=turns, min_group_size=3)


@pytest.mark.parametrize("facilitator_copy", [False, True])
def test_the_first_timers_check_runs_once_per_report(
    monkeypatch: pytest.MonkeyPatch, facilitator_copy: bool
) -> None:
    inputs = _room()
    firsts = {p.person_id for p in inputs.people if p.first_time}
    checks: list[int] = []
    real = airtime_equity.worked_out

    def counting(
        groups: Iterable[Collection[Hashable]], everyone: Collection[Hashable], size: int
    ) -> bool:
        groups = list(groups)
        if any(set(g) == firsts for g in groups):
            checks.append(size)
        return real(groups, everyone, size)

    monkeypatch.setattr(airtime_equity, "worked_out", counting)
    report = build_report(inputs, facilitator_copy=facilitator_copy)
    assert report.airtime.first_timers is not None  # checked, and safe to show
    assert [g.group for g in report.given_groups.groups] == ["Night shift"]
    assert checks == [3]


def _random_room(rng: random.Random) -> ReportInputs:
    jobs = (*JOBS, "Pharmacist", "Student", "")
    groups = ("Night shift", "Spanish speaking", "Float pool", "Parent")
    size = rng.choice([4, 8, 15, 40])
    first_share, spoke = rng.choice([0.0, 0.1, 0.4, 0.9]), rng.choice([0.3, 0.8, 1.0])
    given = groups[: rng.randrange(len(groups) + 1)]
    shares = [rng.choice([0.1, 0.4, 0.8]) for _ in given]
    people, turns = [], []
    for pid in range(1, size + 1):
        present = rng.random() > 0.1
        people.append(
            ReportPerson(
                pid,
                f"Person {pid}",
                rng.choice(jobs[: rng.randrange(1, len(jobs) + 1)]),
                present,
                present and rng.random() < first_share,
                frozenset(g for g, s in zip(given, shares, strict=True) if rng.random() < s),
            )
        )
        if rng.random() < spoke:
            start = rng.randrange(3_600_000)
            turns.append(
                Turn(pid, pid, EntryKind.GENERAL, None, ((start, start + rng.randrange(MIN)),))
            )
    return ReportInputs(
        MEETING,
        people=tuple(people),
        turns=tuple(turns),
        now_ms=4_000_000,
        min_group_size=rng.choice([2, 3, 4, 5]),
    )


def test_the_report_says_what_its_airtime_sections_say_alone() -> None:
    """Worked out together, the sections are those `airtime_equity` and `given_group_airtime`
    give on their own, in both copies: first-timers shown or not, the smallest group below
    the groups' own smallest (2) or above it, people who spoke without being marked present."""
    rng = random.Random(23)
    seen = {"first-timers shown": 0, "groups shown": 0}
    for _ in range(300):
        inputs = _random_room(rng)
        args = (inputs.people, inputs.turns, inputs.now_ms, inputs.min_group_size)
        alone = given_group_airtime(*args)
        for copy in (False, True):
            report = build_report(inputs, facilitator_copy=copy)
            assert report.airtime == airtime_equity.airtime_equity(*args, facilitator_copy=copy)
            assert report.given_groups == alone
            if not copy:
                seen["first-timers shown"] += report.airtime.first_timers is not None
        seen["groups shown"] += bool(alone.groups)
    assert min(seen.values()) >= 30, seen  # the cases that matter were among them
