"""Alt+letter reaches one thing: the menu bar's letters, the meeting tabs' letters and the
items of each menu never share a letter, in English or in Spanish."""

import re
from collections.abc import Callable, Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from meetingkit.ui.main_window import MainWindow

LETTER = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = LETTER.search(text)
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            seen.setdefault(letter, []).append(text)
    return {letter: used for letter, used in seen.items() if len(used) > 1}


def menus(window: MainWindow) -> Iterator[tuple[str, list[QAction]]]:
    def walk(title: str, menu: QMenu) -> Iterator[tuple[str, list[QAction]]]:
        menu.aboutToShow.emit()  # some menus fill themselves when opened
        actions = [a for a in menu.actions() if not a.isSeparator()]
        yield title, actions
        for action in actions:
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(action.text(), sub)

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from walk(action.text(), sub)


def test_alt_letters_reach_one_thing_each(
    spoken: str, make_window: Callable[..., MainWindow], demo: object
) -> None:
    window = make_window()
    view = window.meetings_page.view
    top = [a.text() for a in window.menuBar().actions()]
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert clashes(top + tabs) == {}, spoken
    for title, actions in menus(window):
        assert clashes([a.text() for a in actions]) == {}, f"{spoken}: {title}"


def test_page_buttons_do_not_take_the_menu_bars_letters(
    spoken: str, make_window: Callable[..., MainWindow], demo: object
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window = make_window(start=True)
    top = [a.text() for a in window.menuBar().actions()]
    pages = (
        window.start_page,
        window.privacy_page,
        window.groups_page,
        window.people_page,
        window.curricula_page,
    )
    for page in pages:
        buttons = [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        assert clashes(top + buttons) == {}, f"{spoken}: {type(page).__name__}"


def test_the_curricula_pages_buttons_keep_their_letters(
    spoken: str, make_window: Callable[..., MainWindow], demo: object
) -> None:
    """A tool button shows its action's icon text, which drops the "&": Alt+T, G, S, D, I, L
    and A on the Curricula page reached nothing."""
    from PySide6.QtWidgets import QToolButton

    page = make_window(start=True).curricula_page
    texts = [b.text() for b in page.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(texts) >= 8, texts
    assert [t for t in texts if mnemonic(t) is None] == [], spoken
