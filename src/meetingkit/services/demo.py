"""A realistic demo: a safe-staffing working group of health workers across professions.

The names, workplaces and numbers are invented (phones in the fictional 555-01xx range,
emails at example.org). `write_demo` is deterministic, so screenshots and tests are stable.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core.i18n import QT_TRANSLATE_NOOP, language, translate
from meetingkit.core.meeting import Meeting, MeetingKind, Role
from meetingkit.core.person import Person, fold
from meetingkit.services import (
    demo_agendas,
    demo_commitments,
    demo_floor,
    demo_group,
    demo_roster,
    demo_signin,
)
from meetingkit.storage import transaction
from meetingkit.storage.attendance import AttendanceStore
from meetingkit.storage.meetings import MeetingStore
from meetingkit.storage.people import PeopleStore
from meetingkit.storage.retention import RetentionStore

ST_BRIGID = "St. Brigid Medical Center"
RIVERSIDE = "Riverside Community Hospital"
EASTSIDE = "Eastside Home Health"
MERCY = "Mercy Rehab & Skilled Nursing"

# first, last, profession, workplace, zip, note. Names, workplaces and professions stay as they
# are (professions are stored in English and translated where shown); the notes are marked
# for translation in the "Demo" context and translated when the demo is written.
_PEOPLE: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "Maria José",
        "Alvarez",
        "Registered nurse (RN)",
        ST_BRIGID,
        "60623",
        QT_TRANSLATE_NOOP("Demo", "4 West, med-surg, nights"),
    ),
    (
        "Dele",
        "Okonkwo",
        "Registered nurse (RN)",
        ST_BRIGID,
        "60619",
        QT_TRANSLATE_NOOP("Demo", "ICU; co-chairs the working group"),
    ),
    (
        "Lan",
        "Nguyen",
        "Registered nurse (RN)",
        RIVERSIDE,
        "60640",
        QT_TRANSLATE_NOOP("Demo", "Labor & delivery"),
    ),
    ("Grace", "Mensah", "Registered nurse (RN)", RIVERSIDE, "60649", ""),
    (
        "Rosa",
        "Delgado",
        "Registered nurse (RN)",
        ST_BRIGID,
        "60632",
        QT_TRANSLATE_NOOP("Demo", "Float pool; first came in October"),
    ),
    ("Tomás", "Herrera", "Registered nurse (RN)", MERCY, "60608", ""),
    (
        "Priya",
        "Raman",
        "Registered nurse (RN)",
        ST_BRIGID,
        "60659",
        QT_TRANSLATE_NOOP("Demo", "Oncology"),
    ),
    ("Kateryna", "Shevchenko", "Licensed practical nurse (LPN)", MERCY, "60618", ""),
    (
        "Aisha",
        "Bello",
        "Physician (MD/DO)",
        ST_BRIGID,
        "60615",
        QT_TRANSLATE_NOOP("Demo", "Hospitalist"),
    ),
    (
        "Daniel",
        "Cohen",
        "Physician (MD/DO)",
        RIVERSIDE,
        "60614",
        QT_TRANSLATE_NOOP("Demo", "Resident, PGY-2 internal medicine"),
    ),
    (
        "Mei",
        "Chen",
        "Physician (MD/DO)",
        RIVERSIDE,
        "60616",
        QT_TRANSLATE_NOOP("Demo", "Emergency medicine"),
    ),
    (
        "Samuel",
        "Baptiste",
        "Certified nursing assistant (CNA)",
        MERCY,
        "60620",
        QT_TRANSLATE_NOOP("Demo", "Speaks Haitian Creole"),
    ),
    ("Lupe", "Fonoti", "Certified nursing assistant (CNA)", ST_BRIGID, "60628", ""),
    (
        "Joy",
        "Reyes",
        "Certified nursing assistant (CNA)",
        MERCY,
        "60625",
        QT_TRANSLATE_NOOP("Demo", "Day shift"),
    ),
    ("Hannah", "Schultz", "Physical therapist (PT)", MERCY, "60613", ""),
    ("Omar", "Haddad", "Occupational therapist (OT)", RIVERSIDE, "60626", ""),
    ("Keisha", "Washington", "Speech-language pathologist (SLP)", ST_BRIGID, "60637", ""),
    (
        "Ana",
        "Lima",
        "Social worker (SW)",
        RIVERSIDE,
        "60647",
        QT_TRANSLATE_NOOP("Demo", "Case management"),
    ),
    ("Bilal", "Qureshi", "Social worker (SW)", EASTSIDE, "60645", ""),
    ("Ngozi", "Eze", "Pharmacist", ST_BRIGID, "60617", ""),
    (
        "Marisol",
        "Peña",
        "Home health aide",
        EASTSIDE,
        "60609",
        QT_TRANSLATE_NOOP("Demo", "Prefers texts in Spanish"),
    ),
    (
        "Yusuf",
        "Abdi",
        "Environmental services (EVS)",
        ST_BRIGID,
        "60640",
        QT_TRANSLATE_NOOP("Demo", "Nights"),
    ),
    ("Carmen", "Ruiz", "Environmental services (EVS)", RIVERSIDE, "60623", ""),
    ("Jamal", "Carter", "Medical assistant (MA)", EASTSIDE, "60621", ""),
    (
        "Sofía",
        "Castillo",
        "Student",
        "State University School of Nursing",
        "60607",
        QT_TRANSLATE_NOOP("Demo", "BSN, 3rd year"),
    ),
    (
        "Wren",
        "",
        "Respiratory therapist (RT)",
        RIVERSIDE,
        "60657",
        QT_TRANSLATE_NOOP("Demo", "Gives one name only"),
    ),
)

# The assembly brought most of the directory across professions; tonight's newcomers were
# not yet there.
ASSEMBLY_PRESENT = (
    "Dele",
    "Aisha",
    "Ana",
    "Priya",
    "Lan",
    "Samuel",
    "Grace",
    "Maria José",
    "Tomás",
    "Kateryna",
    "Mei",
    "Lupe",
    "Joy",
    "Hannah",
    "Omar",
    "Keisha",
    "Bilal",
    "Ngozi",
    "Marisol",
    "Yusuf",
    "Carmen",
    "Jamal",
    "Wren",
)

_ROLES: tuple[tuple[Role, str], ...] = (
    (Role.FACILITATOR, "Dele"),
    (Role.CO_FACILITATOR, "Ana"),
    (Role.STACK_KEEPER, "Keisha"),
    (Role.TIMEKEEPER, "Omar"),
    (Role.NOTE_TAKER, "Lan"),
    (Role.VIBES_WATCHER, "Samuel"),
    (Role.GREETER, "Marisol"),
    (Role.GREETER, "Sofía"),
)


@dataclass(frozen=True)
class Demo:
    meeting_id: int
    meeting_ids: tuple[int, ...]
    person_ids: tuple[int, ...]


def demo_people() -> list[Person]:
    people = []
    for i, (first, last, profession, workplace, zip_code, note) in enumerate(_PEOPLE):
        handle = f"{first}.{last}".lower().replace(" ", "") if last else first.lower()
        people.append(
            Person(
                first_name=first,
                last_name=last,
                email=f"{fold(handle)}@example.org" if i % 5 != 3 else "",
                phone=f"(312) 555-01{i:02d}" if i % 4 != 2 else "",
                zip_code=zip_code,
                profession=profession,
                workplace=workplace,
                notes=demo_agendas.demo_text(note),
            )
        )
    return people


# The bundled one-on-ones training, by the language it is written in.
_ONE_ON_ONES = {"en": "one-on-ones", "es": "conversaciones-uno-a-uno"}


def _training(conn: sqlite3.Connection, day: dt.date) -> Meeting:
    """Next week's training, made from the bundled one-on-ones curriculum: its agenda holds
    the modules, with the practice in threes as a timed rotation."""
    from meetingkit.paths import curricula_dir
    from meetingkit.services.curricula import load_curriculum
    from meetingkit.services.training import create_training

    slug = _ONE_ON_ONES.get(language(), _ONE_ON_ONES["en"])  # in the language of the demo
    curriculum, problems = load_curriculum(curricula_dir() / slug)
    if curriculum is None:  # a broken install: say which file, rather than a half demo
        raise RuntimeError(f"the bundled {slug} curriculum has problems: {problems[0]}")
    return create_training(
        conn,
        curriculum,
        day,
        dt.time(10, 0),
        translate("Demo", "Eastside Home Health break room"),
        title=translate("Demo", "One-on-one conversations: a training for new organizers"),
    )


def write_demo(conn: sqlite3.Connection, now: dt.datetime) -> Demo:
    """Write the demo people, meetings and agendas into an open database; return the ids.

    Tonight's working-group meeting is live at `now`: it started about 39 minutes ago and its
    third item is running three minutes over, so the app opens on a meeting in progress.
    """
    people_store, meetings = PeopleStore(conn), MeetingStore(conn)
    live_start = dt.datetime.fromtimestamp(demo_agendas.live_meeting_started(now.timestamp()))
    today = live_start.date()
    with transaction(conn):
        people = [people_store.add(p) for p in demo_people()]
        by_first = {p.first_name: p for p in people}
        october = meetings.create(
            Meeting(
                title=translate("Demo", "Safe Staffing Working Group — October"),
                date=today - dt.timedelta(days=28),
                start=dt.time(18, 30),
                place=translate("Demo", demo_group.UNION_HALL),
                planned_minutes=90,
            )
        )
        assembly = meetings.create(
            Meeting(
                title=translate("Demo", "Cross-professional assembly on staffing ratios"),
                kind=MeetingKind.ASSEMBLY,
                date=today - dt.timedelta(days=14),
                start=dt.time(10, 0),
                place=translate("Demo", "Riverside Library, community room"),
                planned_minutes=150,
            )
        )
        tonight = meetings.create(
            Meeting(
                title=translate("Demo", "Safe Staffing Working Group — November"),
                date=today,
                start=live_start.time().replace(second=0, microsecond=0),
                place=translate("Demo", demo_group.UNION_HALL),
                planned_minutes=90,
            )
        )
        training = _training(conn, today + dt.timedelta(days=7))
        plan = [(tonight, role, first) for role, first in _ROLES] + [
            (october, Role.FACILITATOR, "Grace"),
            (october, Role.NOTE_TAKER, "Rosa"),
            (assembly, Role.FACILITATOR, "Dele"),
            (assembly, Role.CO_FACILITATOR, "Aisha"),
            (training, Role.FACILITATOR, "Ana"),
        ]
        for meeting, role, first in plan:
            meetings.assign(meeting.key, role, by_first[first].key)
        october_items = demo_agendas.write_agenda(
            conn,
            october.key,
            demo_agendas.OCTOBER,
            by_first,
            started=october.starts_at.timestamp(),
            finished=True,
        )
        assembly_items = demo_agendas.write_agenda(
            conn,
            assembly.key,
            demo_agendas.ASSEMBLY,
            by_first,
            started=assembly.starts_at.timestamp(),
            finished=True,
        )
        tonight_items = demo_agendas.write_agenda(
            conn, tonight.key, demo_agendas.TONIGHT, by_first, started=live_start.timestamp()
        )
        demo_signin.write_signins(
            conn,
            tonight,
            by_first,
            [n for n in by_first if n not in demo_floor.ABSENT],
            round(live_start.timestamp() * 1000),
        )
        demo_floor.write_floor(
            conn,
            tonight,
            tonight_items,
            by_first,
            live_start.timestamp(),
            [p.seconds_used for p in demo_agendas.TONIGHT],
        )
        demo_commitments.write_commitments(
            conn,
            {"october": october, "assembly": assembly, "tonight": tonight},
            by_first,
            organizer="Dele",
            now_ms=round(live_start.timestamp() * 1000),
        )
        demo_agendas.record_outcomes(
            conn,
            october_items,
            assembly_items,
            at_ms=round(assembly.planned_end.timestamp() * 1000),
            people=by_first,
        )
        demo_group.write_demo_groups(conn, by_first, october=october, tonight=tonight)
        demo_group.attend(AttendanceStore(conn), assembly, [by_first[p] for p in ASSEMBLY_PRESENT])
    demo_roster.write_roster(conn, live_start.timestamp())
    # The assembly's sign-ins included health questions (access needs): its personal data is
    # purged 60 days after it, keeping the counts (the privacy page shows the date).
    RetentionStore(conn).set_days(assembly.key, 60)
    return Demo(
        meeting_id=tonight.key,
        meeting_ids=tuple(m.key for m in (october, assembly, tonight, training)),
        person_ids=tuple(p.key for p in people),
    )


@contextmanager
def throwaway_demo() -> Iterator[tuple[Path, int]]:
    """The demo in a temporary folder, deleted afterwards: (folder, demo meeting id). Used by
    `meetingkit --demo` and by the welcome's "explore the demo", so it never mixes with real
    meetings."""
    import shutil
    import tempfile

    from meetingkit.services.data_dir import database_path
    from meetingkit.storage import open_db

    folder = Path(tempfile.mkdtemp(prefix="meetingkit-demo-"))
    try:
        conn = open_db(database_path(folder))
        try:
            meeting_id = write_demo(conn, dt.datetime.now()).meeting_id
        finally:
            conn.close()
        yield folder, meeting_id
    finally:
        shutil.rmtree(folder, ignore_errors=True)
