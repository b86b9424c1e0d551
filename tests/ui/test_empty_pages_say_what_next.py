"""The empty app's pages say what to do next, in words a standalone app's user can follow: the
People page said only "0 people", the Groups page doubled its ellipses ("New group…, then"),
and the Curricula page pointed to a path inside the source repository."""

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from meetingkit.ui.main_window import MainWindow


def test_the_empty_people_page_says_how_people_get_in(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.show_people()
    page = window.people_page
    text = page.detail_label.text()
    assert "New person (Ctrl+Shift+N)" in text
    assert "File › Import roster" in text
    assert page.detail_label.isVisible()
    qtbot.keyClicks(page.search_edit, "zz")  # a search that finds nobody is not the hint
    assert page.detail_label.text() == ""


def test_the_groups_page_s_empty_text_has_no_doubled_ellipsis(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    window.show_groups()
    text = window.groups_page.empty_label.text()
    assert "…," not in text
    assert "…." not in text
    assert "New group" in text


def test_the_curricula_page_names_the_format_file_the_app_has(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    window.show_curricula()
    page = window.curricula_page
    text = page.folder_label.text()
    assert "Format: curricula/FORMAT.md" not in text
    shown = [word.rstrip(".") for word in text.split() if word.rstrip(".").endswith("FORMAT.md")]
    assert len(shown) == 1
    assert Path(shown[0]).is_absolute()
    assert Path(shown[0]).is_file()
