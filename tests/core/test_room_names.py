"""What the room's screens call people: first names, with the last name's initial only where
two people present share one (qa12b F8)."""

from meetingkit.core.person import room_names


def test_first_names_alone_unless_two_share_one() -> None:
    assert room_names([(1, "Daniel", "Rivera"), (2, "Rosa", "Cruz")]) == {1: "Daniel", 2: "Rosa"}
    assert room_names([(1, "Daniel", "Rivera"), (2, "Daniel", "Moreno"), (3, "Rosa", "Cruz")]) == {
        1: "Daniel R.",
        2: "Daniel M.",
        3: "Rosa",
    }


def test_a_clash_is_as_the_room_hears_it() -> None:
    """Case, accents, spaces and hyphens do not tell two names apart when read out."""
    named = room_names([(1, " dániel ", "Rivera"), (2, "Daniel", " moreno"), (3, "Mary-Ann", "Li")])
    assert named[1] == "dániel R."
    assert named[2] == "Daniel m."
    assert room_names([(1, "Mary-Ann", "Li"), (2, "Maryann", "Ng")]) == {
        1: "Mary-Ann L.",
        2: "Maryann N.",
    }


def test_without_a_last_name_or_a_first_name() -> None:
    assert room_names([(1, "Ana", ""), (2, "Ana", "Ortiz")]) == {1: "Ana", 2: "Ana O."}
    assert room_names([(1, "", "Ortiz")]) == {}  # the caller names them as it did
