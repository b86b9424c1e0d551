"""The user guide (docs/guide/) documents the whole app: every command with each of its options,
every keyboard shortcut next to its action's name, every menu item, and a picture of every
screenshot view; and its links lead somewhere.

Read from the live parser and the live window, so a command, option or shortcut added without
a line in the guide fails here.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from meetingkit.app import SCREENSHOT_VIEWS
from meetingkit.cli import build_parser
from meetingkit.services.demo import Demo
from meetingkit.ui.main_window import MainWindow
from tests.ui.conftest import clock, demo, make_window  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"
SCREENSHOTS = ROOT / "docs" / "screenshots"
COMMANDS_PAGE = GUIDE / "commands.md"
SHORTCUTS_PAGE = GUIDE / "shortcuts.md"

# The guide writes some keys as people say them, not as Qt spells them.
SPOKEN_KEYS = {"Return": "Enter"}


def _read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


# Markdown, just enough of it: headings, their sections, tables, code spans, links.


@dataclass(frozen=True)
class Section:
    heading: str  # without the #'s and backticks
    text: str  # from the heading to the next heading of any level


def sections(text: str) -> list[Section]:
    found: list[Section] = []
    heading, lines = "", []
    for line in _lines(text):
        match = re.match(r"#{1,6} +(.*)", line.text) if not line.in_code else None
        if match:
            found.append(Section(heading, "\n".join(lines)))
            heading, lines = match.group(1).replace("`", "").strip(), []
        lines.append(line.text)
    found.append(Section(heading, "\n".join(lines)))
    return found


@dataclass(frozen=True)
class Line:
    text: str
    in_code: bool  # inside a ``` block


def _lines(text: str) -> Iterator[Line]:
    """Each line, and whether it is inside a ``` block (the fences count as inside)."""
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            yield Line(line, True)
        else:
            yield Line(line, in_code)


@dataclass(frozen=True)
class ShortcutRow:
    keys: frozenset[str]  # each key sequence written as a code span in the first cell
    action: str  # the second cell


def shortcut_rows(text: str) -> list[ShortcutRow]:
    rows = []
    for line in _lines(text):
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        if line.in_code or not line.text.startswith("|") or len(cells) < 2:
            continue
        keys = frozenset(re.findall(r"`([^`]+)`", cells[0]))
        if keys:
            rows.append(ShortcutRow(keys, cells[1].replace("`", "")))
    return rows


# Commands


@dataclass(frozen=True)
class Command:
    path: str  # "meetingkit print agenda"
    parser: argparse.ArgumentParser

    @property
    def subcommands(self) -> dict[str, argparse.ArgumentParser]:
        found: dict[str, argparse.ArgumentParser] = {}
        for action in self.parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                found.update(action.choices)
        return found

    def arguments(self) -> list[argparse.Action]:
        """The options and arguments a user can give: not help, not hidden ones, not the
        sub-command word."""
        return [
            a
            for a in self.parser._actions
            if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
            and a.help != argparse.SUPPRESS
        ]


def commands(parser: argparse.ArgumentParser, path: str = "meetingkit") -> list[Command]:
    command = Command(path, parser)
    found = [command]
    for name, child in command.subcommands.items():
        found += commands(child, f"{path} {name}")
    return found


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def undocumented(command: Command, guide: str) -> list[str]:
    """What the guide's section for `command` leaves out: the section itself, its usage line,
    an example, an option, a positional argument or a choice."""
    section = next((s for s in sections(guide) if s.heading == command.path), None)
    if section is None:
        return [f"a heading “{command.path}”"]
    text = section.text
    missing = []
    if f"usage: {command.path}" not in " ".join(text.split()):
        missing.append(f"the usage line (`{command.path} --help`)")
    examples = [
        line.text
        for line in _lines(text)
        if line.in_code and line.text.startswith(f"$ {command.path}")
    ]
    if (command.arguments() or not command.subcommands) and not examples:
        missing.append(f"an example (a code line starting “$ {command.path}”)")
    for action in command.arguments():
        if action.option_strings:
            words = [*action.option_strings, *(str(c) for c in action.choices or ())]
        elif action.choices:  # sub-commands in all but name ("encryption on"): show each
            words = [f"{command.path} {c}" for c in action.choices]
        else:
            words = [str(action.metavar or action.dest)]
        missing += [w for w in words if not _mentions(text, w)]
    return missing


def stale_options(command: Command, guide: str) -> list[str]:
    """Options in the section's usage block that the command does not have (any more)."""
    section = next((s for s in sections(guide) if s.heading == command.path), None)
    if section is None:
        return []
    usage = re.search(r"usage: .*?(?:\n\n|```)", section.text, re.DOTALL)
    written = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", usage.group(0) if usage else ""))
    real = {s for a in command.parser._actions for s in a.option_strings}
    return sorted(written - real)


ALL_COMMANDS = commands(build_parser())


def test_the_walk_finds_nested_commands() -> None:
    paths = [c.path for c in ALL_COMMANDS]
    assert "meetingkit print agenda" in paths
    assert "meetingkit export log" in paths
    assert "meetingkit import roster" in paths


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: c.path)
def test_every_command_and_option_is_in_the_guide(command: Command) -> None:
    guide = _read(COMMANDS_PAGE)
    assert undocumented(command, guide) == [], f"document these in {COMMANDS_PAGE.name}"
    assert stale_options(command, guide) == []


def test_an_undocumented_option_or_command_is_caught() -> None:
    """The check itself: a new option, choice or command fails until the guide has it."""
    guide = _read(COMMANDS_PAGE)
    parser = build_parser()
    agenda = next(c for c in commands(parser) if c.path == "meetingkit print agenda")
    assert undocumented(agenda, guide) == []
    agenda.parser.add_argument("--double-sided", action="store_true")
    assert undocumented(agenda, guide) == ["--double-sided"]
    encryption = next(c for c in commands(parser) if c.path == "meetingkit encryption")
    next(a for a in encryption.parser._actions if a.dest == "action").choices = ("on", "rotate")
    assert undocumented(encryption, guide) == ["meetingkit encryption rotate"]
    new = argparse.ArgumentParser(prog="meetingkit archive")
    assert undocumented(Command("meetingkit archive", new), guide) == [
        "a heading “meetingkit archive”"
    ]
    assert stale_options(agenda, guide.replace("-o FILE.pdf", "-o FILE.pdf --copies N")) == [
        "--copies"
    ]


# Keyboard shortcuts


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as Qt writes it portably: "Ctrl+Shift+P"
    action: str  # the action's text without the & mnemonic and the trailing "…"; "" for a QShortcut
    where: str  # the widget class that owns it, for the failure message

    def documented_in(self, rows: list[ShortcutRow]) -> bool:
        key = SPOKEN_KEYS.get(self.keys, self.keys)
        return any(
            key in row.keys and self.action.casefold() in row.action.casefold() for row in rows
        )


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _action_text(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…").strip()


def shortcuts_of(windows: list[QWidget]) -> set[Shortcut]:
    found = set()
    for window in windows:
        for action in [*window.actions(), *window.findChildren(QAction)]:
            where = type(action.parent()).__name__
            for keys in action.shortcuts():
                found.add(Shortcut(_portable(keys), _action_text(action), where))
        for shortcut in window.findChildren(QShortcut):
            found.add(Shortcut(_portable(shortcut.key()), "", type(shortcut.parent()).__name__))
    return found


@pytest.fixture
def the_whole_app(
    qtbot: QtBot,
    demo: Demo,  # noqa: F811 (fixture)
    make_window: Callable[..., MainWindow],  # noqa: F811 (fixture)
) -> Iterator[list[QWidget]]:
    """The main window with every page and tab built and a meeting open, the projector and
    the kiosk shown: [main window, projector, kiosk]."""
    window = make_window()
    window.open_meeting(demo.meeting_id)
    view = window.meetings_page.view
    _ = view.floor_tab, view.signin_tab, view.commitments_tab, view.roles_panel
    _ = view.report_tab, view.path_panel
    _ = window.people_page, window.follow_ups_page, window.curricula_page
    _ = window.groups_page, window.privacy_page
    window.projector.toggle()
    window.open_kiosk()
    projector, kiosk = window.projector.window, window._kiosk
    assert projector is not None
    assert kiosk is not None
    yield [window, projector, kiosk]
    kiosk.close()
    projector.close()


def test_every_keyboard_shortcut_is_in_the_guide_with_its_action(
    the_whole_app: list[QWidget],
) -> None:
    """Each key the app answers to is in a shortcut table of the guide, in the row of its
    action."""
    found = shortcuts_of(the_whole_app)
    assert len(found) > 50  # the menus, the agenda, the floor, the kiosk…
    rows = shortcut_rows(_read(SHORTCUTS_PAGE))
    missing = sorted(
        f"{s.keys} — {s.action or '(a key of its own)'} ({s.where})"
        for s in found
        if not s.documented_in(rows)
    )
    assert missing == [], f"add these to the tables in {SHORTCUTS_PAGE.name}"


def menu_items(window: QMainWindow) -> list[str]:
    """Every menu and menu item of the window's menu bar, as its text reads."""
    found: list[str] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            found.append(_action_text(action))
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())

    walk(window.menuBar().actions())
    return found


def test_every_menu_item_is_in_the_tour_of_the_screens(the_whole_app: list[QWidget]) -> None:
    window = the_whole_app[0]
    assert isinstance(window, QMainWindow)
    items = menu_items(window)
    assert "Kiosk: sign in at this laptop" in items
    tour = _read(GUIDE / "screens.md")
    assert [item for item in items if item not in tour] == []


def test_an_undocumented_shortcut_is_caught() -> None:
    rows = shortcut_rows(_read(SHORTCUTS_PAGE))
    assert Shortcut("F5", "Start meeting", "AgendaRunner").documented_in(rows)
    assert Shortcut("Return", "Give the floor to the selected", "FloorTab").documented_in(rows)
    assert not Shortcut("F5", "Print everything", "AgendaRunner").documented_in(rows)
    assert not Shortcut("Ctrl+Alt+F12", "Start meeting", "AgendaRunner").documented_in(rows)


def test_shortcut_rows_read_every_key_of_a_row() -> None:
    rows = shortcut_rows("| keys | action |\n|---|---|\n| `Ctrl+Shift+Z` or `Ctrl+Y` | Redo |\n")
    assert rows == [ShortcutRow(frozenset({"Ctrl+Shift+Z", "Ctrl+Y"}), "Redo")]


# Pictures and links


def _links(page: Path) -> list[str]:
    text = "\n".join(line.text for line in _lines(_read(page)) if not line.in_code)
    text = re.sub(r"`[^`]*`", "", text)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("view", SCREENSHOT_VIEWS)
def test_every_screenshot_view_has_a_picture_in_the_guide(view: str) -> None:
    picture = SCREENSHOTS / f"{view}.png"
    assert picture.is_file(), "run scripts/screenshots"
    linked = {(page.parent / link).resolve() for page in guide_pages() for link in _links(page)}
    assert picture.resolve() in linked


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: "Meeting › Sign-in" → "meeting--sign-in"."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


@pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.name)
def test_every_local_link_in_the_guide_leads_somewhere(page: Path) -> None:
    for link in _links(page):
        if re.match(r"[a-z]+:", link):
            continue  # a web address
        path, _, fragment = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.exists(), f"{page.name} links to {link}, which does not exist"
        if fragment and target.suffix == ".md":
            anchors = {anchor(s.heading) for s in sections(_read(target))}
            assert fragment in anchors, f"{page.name} links to {link}: no such heading"


def test_anchors_are_made_as_github_makes_them() -> None:
    assert anchor("Meeting › Sign-in") == "meeting--sign-in"
    assert anchor("meetingkit print signin-sheet") == "meetingkit-print-signin-sheet"
    assert anchor("The kiosk: signing in at the laptop") == "the-kiosk-signing-in-at-the-laptop"


def test_the_guide_has_an_index_linking_every_page() -> None:
    index = GUIDE / "index.md"
    linked = {(GUIDE / link.split("#")[0]).resolve() for link in _links(index)}
    assert {p.resolve() for p in guide_pages() if p != index} <= linked
