"""Two people present under one name are told apart where the facilitator picks one (who
moved, who seconded): by the first detail the People screen shows beside a name that the
other namesakes lack (core.namesakes)."""

from meetingkit.core.namesakes import told_apart
from meetingkit.core.person import Person


def person(pid: int, first: str, last: str = "", **details: str) -> Person:
    return Person(first, last, id=pid, **details)


def test_full_names_alone_unless_two_share_one() -> None:
    assert told_apart([person(1, "Daniel", "Reyes"), person(2, "Daniel", "Moreno")]) == {
        1: "Daniel Reyes",
        2: "Daniel Moreno",
    }


def test_namesakes_are_told_apart_by_profession_as_the_people_screen_names_it() -> None:
    named = told_apart(
        [
            person(1, "Daniel", "Reyes", profession="RN", workplace="Mercy"),
            person(2, "Dániel", "reyes", profession="Physician (MD/DO)", workplace="Mercy"),
            person(3, "Rosa", "Cruz", profession="RN"),
        ]
    )
    assert named == {
        1: "Daniel Reyes · Registered nurse (RN)",
        2: "Dániel reyes · Physician (MD/DO)",
        3: "Rosa Cruz",
    }


def test_else_by_the_first_detail_the_others_lack() -> None:
    """One profession for both (however written): the workplace; no workplace either: the
    phone. Each namesake is named by a detail no other namesake has."""
    named = told_apart(
        [
            person(1, "Ana", profession="RN", phone="312 555 0100"),
            person(2, "Ana", profession="Registered nurse (RN)", workplace="St. Mary's"),
            person(3, "ana", profession="rn", email="ana@example.org"),
        ]
    )
    assert named == {
        1: "Ana · 312 555 0100",
        2: "Ana · St. Mary's",
        3: "ana · ana@example.org",
    }


def test_namesakes_nothing_tells_apart_are_numbered_and_one_alone_keeps_the_name() -> None:
    assert told_apart([person(1, "Ana"), person(2, "Ana"), person(3, "Ana", profession="CNA")]) == {
        1: "Ana (1)",
        2: "Ana (2)",
        3: "Ana · Certified nursing assistant (CNA)",
    }
    assert told_apart([person(1, "Ana", profession="CNA"), person(2, "Ana")]) == {
        1: "Ana · Certified nursing assistant (CNA)",
        2: "Ana",
    }
