"""A purged meeting's report shows the counts its purge kept, and those counts single
nobody out; printing people's data (the call list, the facilitator's copy) is logged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meetingkit.cli import main
from meetingkit.core import report_wording as words
from meetingkit.services.follow_ups import FollowUps
from meetingkit.services.meeting_report import MeetingReports
from meetingkit.services.privacy import purge_meeting
from meetingkit.storage.export_log import ExportKind, ExportLog
from meetingkit.storage.retention import Count, RetentionStore
from tests.pdf_reading import needs, pdf_text
from tests.services.privacy_scene import Scene, build

RN = "Registered nurse (RN)"


@pytest.fixture
def scene(conn: sqlite3.Connection) -> Scene:
    """Five in the room: four nurses and one physician, who is also on the night shift."""
    return build(conn)


def test_the_counts_a_purge_keeps_hold_no_group_of_one(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    """The lone physician is in "Other professions"; the night shift of one and the
    physicians' group of one are not kept at all, nor the nurses' airtime: the total less
    it would be the physician's (core.differencing; this test used to expect it kept). How
    many came stays exact."""
    purge_meeting(conn, scene.meeting_id, scene.clock)
    kept = RetentionStore(conn).counts(scene.meeting_id)
    professions = {c.label: c.people for c in kept if c.measure == "profession"}
    assert professions == {RN: 4, "Other professions": 1}
    assert {c.label: c.people for c in kept if c.measure == "group"} == {}
    assert next(c.people for c in kept if c.measure == "attendance") == 5
    assert next(c.people for c in kept if c.measure == "committed") == 2


def test_a_purged_meeting_reports_the_counts_kept_not_an_empty_meeting(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    purge_meeting(conn, scene.meeting_id, scene.clock)
    report = MeetingReports(conn, scene.clock).report(scene.meeting_id)
    assert report.purged is not None
    assert words.attendance_line(report.attendance) == (
        "5 people attended; 4 came for the first time (80%)."  # the walk-ins too
    )
    assert [(t.label, t.count) for t in report.attendance.by_profession] == [
        (RN, 4),
        ("Other professions", 1),
    ]
    assert report.airtime.total_ms == (95 + 40 + 30) * 1000
    assert [(o.text, o.people) for o in report.commitments.options] == [
        ("Bring two coworkers", 2),
        ("Hold three one-on-ones", 1),
    ]
    assert words.purged_note(report).startswith("Names purged on ")
    # The agenda and the decision are still the meeting's own.
    assert [i.title for i in report.agenda.items] == ["Staffing survey", "Petition"]
    assert len(report.decisions) == 1


def test_an_older_purge_that_kept_a_group_of_one_is_folded_when_read_and_purged_again(
    conn: sqlite3.Connection, scene: Scene
) -> None:
    from meetingkit.services.privacy import kept_counts

    purge_meeting(conn, scene.meeting_id, scene.clock)
    retention = RetentionStore(conn)
    older = [c for c in retention.counts(scene.meeting_id) if c.measure != "profession"]
    older += [Count("profession", RN, 4), Count("profession", "Pharmacist", 1)]
    older += [Count("group", "Pharmacist", 1, 30_000)]
    retention.save_counts(scene.meeting_id, older)
    kept = kept_counts(conn, scene.meeting_id)
    assert kept is not None
    assert dict(kept.professions) == {RN: 4, "Other professions": 1}
    assert "Pharmacist" not in {label for label, _, _ in kept.groups}
    purge_meeting(conn, scene.meeting_id, scene.clock)
    assert "Pharmacist" not in {c.label for c in retention.counts(scene.meeting_id)}


@needs("pdftotext")
def test_the_printed_report_of_a_purged_meeting_says_so_and_shows_the_counts(
    conn: sqlite3.Connection, scene: Scene, tmp_path: Path
) -> None:
    purge_meeting(conn, scene.meeting_id, scene.clock)
    out = tmp_path / "report.pdf"
    report = MeetingReports(conn, scene.clock).render(scene.meeting_id, out, per_person=True)
    text = pdf_text(out)
    assert "Names purged on " in text
    assert "only the anonymous counts kept" in text
    assert "5 people attended" in text
    assert "Other professions" in text
    assert "Nobody was marked present" not in text
    assert "Facilitator copy" not in text  # nothing per person is left to print
    assert not report.facilitator_copy
    assert ExportLog(conn).entries() == []  # it names nobody: not an export of people


def test_printing_the_facilitators_copy_is_logged_and_the_shared_copy_is_not(
    conn: sqlite3.Connection, scene: Scene, tmp_path: Path
) -> None:
    reports = MeetingReports(conn, scene.clock)
    reports.render(scene.meeting_id, tmp_path / "shared.pdf")
    assert ExportLog(conn).entries() == []
    reports.render(scene.meeting_id, tmp_path / "copy.pdf", per_person=True)
    [entry] = ExportLog(conn).entries()
    assert entry.kind == ExportKind.REPORT_FACILITATOR_COPY
    assert (entry.meeting_id, entry.file_name, entry.rows) == (scene.meeting_id, "copy.pdf", 5)
    assert entry.kind_label == "Meeting report, facilitator copy (PDF)"
    assert "person" in entry.columns


def test_printing_the_call_list_is_logged(
    conn: sqlite3.Connection, scene: Scene, tmp_path: Path
) -> None:
    out = tmp_path / "nested" / "calls.pdf"
    out.parent.mkdir()
    follow_ups = FollowUps(conn, scene.clock)
    people = {r.commitment.person_id for r in follow_ups.rows()}
    printed = follow_ups.print_call_list(out)
    assert printed.follow_ups > printed.people == len(people)  # one took on two things
    [entry] = ExportLog(conn).entries()
    assert entry.kind == ExportKind.CALL_LIST
    # A row of the call list is a person, with all their commitments
    assert (entry.meeting_id, entry.file_name, entry.rows) == (None, "calls.pdf", len(people))
    assert {"person", "contact", "commitments"} <= set(entry.columns)


def test_the_command_line_prints_through_the_same_log(
    conn: sqlite3.Connection,
    scene: Scene,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = ("--data-dir", str(data_dir))
    assert main(["print", "call-list", "-o", str(tmp_path / "calls.pdf"), *folder]) == 0
    meeting = str(scene.meeting_id)
    copy = tmp_path / "copy.pdf"
    assert (
        main(["print", "report", "--meeting", meeting, "--per-person", "-o", str(copy), *folder])
        == 0
    )
    capsys.readouterr()
    assert main(["export", "log", *folder]) == 0
    kinds = [line.split("\t")[1:4] for line in capsys.readouterr().out.splitlines()]
    assert kinds == [
        ["Meeting report, facilitator copy (PDF)", "Safe staffing", "copy.pdf"],
        ["Call list (PDF)", "-", "calls.pdf"],
    ]


def test_asking_the_command_line_for_a_purged_meetings_facilitator_copy_says_there_is_none(
    conn: sqlite3.Connection,
    scene: Scene,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    purge_meeting(conn, scene.meeting_id, scene.clock)
    out = tmp_path / "copy.pdf"
    folder = ("--data-dir", str(data_dir))
    meeting = str(scene.meeting_id)
    assert (
        main(["print", "report", "--meeting", meeting, "--per-person", "-o", str(out), *folder])
        == 0
    )
    said = capsys.readouterr()
    assert said.out.strip() == str(out)
    assert "names were purged: this is the shared report" in said.err
    assert out.exists()
