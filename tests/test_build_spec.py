"""The PyInstaller build carries every data file the app reads, and nothing that must not ship.

build.spec is run here with stand-ins for PyInstaller's Analysis, PYZ, EXE and COLLECT, so what
is checked is what the spec would hand PyInstaller, and PyInstaller need not be installed.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any

import build_support
import pytest
from build_support import TocEntry

ROOT = Path(__file__).resolve().parents[1]


def pyinstaller_stand_in(name: str, calls: dict[str, dict[str, Any]]) -> Any:
    """One of PyInstaller's build steps as the spec calls it: keeps its arguments, and gives
    back a result with the (empty) lists the spec reads."""

    def step(*args: Any, **kwargs: Any) -> SimpleNamespace:
        calls[name] = {"args": args, **kwargs}
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[])

    return step


@pytest.fixture
def analysis(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The arguments build.spec gives PyInstaller's Analysis."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts its folder first
    calls: dict[str, dict[str, Any]] = {}
    steps = ("Analysis", "PYZ", "EXE", "COLLECT")
    spec: dict[str, Any] = {name: pyinstaller_stand_in(name, calls) for name in steps}
    spec |= {"SPECPATH": str(ROOT), "__name__": "__main__"}
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")
    exec(code, spec)  # noqa: S102 — our own build file, as PyInstaller runs it
    assert set(calls) == set(steps)
    return calls["Analysis"]


def tracked(*folders: str) -> set[str]:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no list of tracked files to compare with")
    listing = subprocess.run(
        ["git", "ls-files", "-z", *folders], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return {name for name in listing.stdout.split("\0") if name}


def bundled(analysis: dict[str, Any]) -> dict[str, str]:
    """Each data file of the spec, relative to the repository: the folder it goes to."""
    return {
        Path(source).relative_to(ROOT).as_posix(): folder for source, folder in analysis["datas"]
    }


def data_folders() -> set[str]:
    return {folder.folder.split("/")[0] for folder in build_support.DATA_FOLDERS}


def test_the_spec_bundles_every_tracked_file_of_resources_and_curricula(
    analysis: dict[str, Any],
) -> None:
    """A font, sound, icon, curriculum or handout in git is in the app, unless it must not be."""
    wanted = {
        name
        for name in tracked(*sorted(data_folders()))
        if not build_support.never_shipped(PurePosixPath(name))
    }
    missing = sorted(wanted - set(bundled(analysis)))
    assert not missing, (
        "tracked but not bundled; add them to DATA_FOLDERS in build_support.py "
        f"(or to NEVER_SHIPPED): {missing}"
    )
    assert len(wanted) > 40  # the fonts, icons, sound and seven curricula at least


def test_each_data_file_lands_where_paths_py_looks(analysis: dict[str, Any]) -> None:
    """In the bundle a file keeps its place: resources/fonts/X.ttf under resources/fonts."""
    for name, folder in bundled(analysis).items():
        assert PurePosixPath(folder) == PurePosixPath(name).parent, name


def test_nothing_bundled_is_a_cache_an_editor_file_or_a_translation_source(
    analysis: dict[str, Any],
) -> None:
    shipped = [
        name for name in bundled(analysis) if build_support.never_shipped(PurePosixPath(name))
    ]
    assert shipped == []


def test_the_spec_carries_every_data_folder_the_wheel_carries() -> None:
    """A new data folder packed into the wheel must be in the frozen app too, and back."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert set(wheel) == data_folders()


def test_a_file_in_a_folder_the_spec_does_not_name_is_not_bundled(tmp_path: Path) -> None:
    """So a new tracked folder under resources/ fails the first test until it is named."""
    (tmp_path / "resources" / "templates").mkdir(parents=True)
    (tmp_path / "resources" / "templates" / "badge.html").write_text("<p>")
    (tmp_path / "resources" / "fonts").mkdir()
    (tmp_path / "resources" / "fonts" / "Sans.ttf").write_bytes(b"font")
    assert build_support.bundled_files(tmp_path) == [PurePosixPath("resources/fonts/Sans.ttf")]


def test_caches_editor_files_and_translation_sources_are_left_out(tmp_path: Path) -> None:
    files = {
        "resources/fonts/Sans.ttf": True,
        "resources/fonts/.#Sans.ttf": False,  # an Emacs lock
        "resources/fonts/._Sans.ttf": False,  # macOS metadata on a shared drive
        "resources/fonts/__pycache__/Sans.ttf": False,
        "resources/i18n/meetingkit_es.qm": True,
        "resources/i18n/meetingkit_es.ts": False,
        "curricula/FORMAT.md": True,
        "curricula/power-mapping/curriculum.md": True,
        "curricula/power-mapping/curriculum.md~": False,
        "curricula/power-mapping/handouts/grid.md": True,
        "curricula/power-mapping/handouts/.grid.md.swp": False,
        "curricula/power-mapping/handouts/._grid.md": False,
        "curricula/power-mapping/handouts/.DS_Store": False,
    }
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    expected = sorted(PurePosixPath(name) for name, ships in files.items() if ships)
    assert build_support.bundled_files(tmp_path) == expected


def test_a_module_imported_inside_a_function_is_required_of_the_build(tmp_path: Path) -> None:
    """The lazy imports that keep start-up quick are found, and those that never run are not."""
    package = tmp_path / "meetingkit"
    package.mkdir()
    (package / "server.py").write_text(
        "from __future__ import annotations\n"
        "import json\n"
        "from typing import TYPE_CHECKING\n"
        "from meetingkit.core import clock\n"
        "from . import paths\n"
        "if TYPE_CHECKING:\n"
        "    import numpy\n"
        "def start():\n"
        "    try:\n"
        "        import uvicorn\n"
        "    except ImportError:\n"
        "        from starlette import applications\n"
        "    return uvicorn, applications\n",
        encoding="utf-8",
    )
    assert build_support.source_imports(package) == {"uvicorn", "starlette"}


def test_the_sign_in_server_and_printing_are_required_of_the_build() -> None:
    required = build_support.required_modules()
    assert {"uvicorn", "starlette.applications", "icalendar", "yaml", "_rl_accel"} <= set(required)
    assert "uvicorn.protocols.http.httptools_impl" in required  # named by a string in uvicorn


def toc(*names: str) -> list[TocEntry]:
    return [(name, f"/src/{name}", "BINARY") for name in names]


PLUGINS = "PySide6/Qt/plugins"


def test_an_unused_qt_plugin_goes_with_the_libraries_only_it_links_to() -> None:
    """The GTK theme takes GTK and Cairo with it; X11, which xcb also needs, stays, and so does
    a library nothing links to (Qt opens some with dlopen)."""
    links = {
        f"/src/{PLUGINS}/platformthemes/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        f"/src/{PLUGINS}/platforms/libqxcb.so": ["libX11.so.6", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libX11.so.6"],
        "/src/libcairo.so.2": ["libX11.so.6", "libc.so.6"],
    }
    binaries = [
        *toc(
            f"{PLUGINS}/platformthemes/libqgtk3.so",
            f"{PLUGINS}/platforms/libqxcb.so",
            "libgtk-3.so.0",
            "libcairo.so.2",
            "libX11.so.6",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "libdbus-1.so.3",
        ),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    unused = build_support.unused_qt_binaries(binaries, lambda source: links.get(source, []))
    assert unused == {f"{PLUGINS}/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2"}
    kept = [name for name, _, _ in build_support.without(binaries, unused)]
    assert kept == [
        f"{PLUGINS}/platforms/libqxcb.so",
        "libX11.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libdbus-1.so.3",
        "libQt6Gui.so.6",
    ]


def test_a_symbolic_link_to_a_dropped_library_is_dropped_with_it() -> None:
    entries = [
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("resources/fonts/Sans.ttf", "/src/resources/fonts/Sans.ttf", "DATA"),
    ]
    assert build_support.without(entries, {"PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6"}) == [
        entries[1]
    ]


def test_platforms_the_app_needs_are_not_dropped() -> None:
    """Offscreen (screenshots, CI), xcb and Wayland (desktops) and input methods stay."""
    binaries = toc(
        *(
            f"{PLUGINS}/{name}"
            for name in (
                "platforms/libqoffscreen.so",
                "platforms/libqxcb.so",
                "platforms/libqwayland.so",
                "platforminputcontexts/libibusplatforminputcontextplugin.so",
                "platforms/libqeglfs.so",
            )
        )
    )
    assert build_support.unused_qt_binaries(binaries, lambda source: []) == {
        f"{PLUGINS}/platforms/libqeglfs.so"
    }


TRANSLATIONS = "PySide6/Qt/translations"


def test_only_qts_own_words_in_the_languages_the_app_speaks_ship() -> None:
    """Qt's base catalogue in English and Spanish stays (ui/language.py loads it); Qt's other
    languages, its meta-catalogues and Qt Help's go (7 MB in 99 files; QA round 14a)."""
    datas = toc(
        *(
            f"{TRANSLATIONS}/{name}"
            for name in (
                "qtbase_es.qm",
                "qtbase_en.qm",
                "qtbase_de.qm",
                "qt_es.qm",
                "qt_help_es.qm",
            )
        ),
        "resources/i18n/meetingkit_es.qm",
    )
    unused = build_support.unused_qt_translations(datas, {"en", "es"})
    assert unused == {
        f"{TRANSLATIONS}/{name}" for name in ("qtbase_de.qm", "qt_es.qm", "qt_help_es.qm")
    }


def test_the_languages_spoken_are_those_the_app_is_translated_into() -> None:
    assert build_support.spoken_languages() == {"en", "es"}


def test_the_spec_leaves_out_qts_translations_the_app_never_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the spec hands COLLECT, from what PyInstaller's PySide6 hook gathered."""
    gathered = toc(f"{TRANSLATIONS}/qtbase_es.qm", f"{TRANSLATIONS}/qtbase_fr.qm")
    monkeypatch.setattr(sys, "path", list(sys.path))
    calls: dict[str, dict[str, Any]] = {}

    def analysis(*args: Any, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(binaries=[], datas=list(gathered), pure=[], scripts=[])

    spec: dict[str, Any] = {
        name: pyinstaller_stand_in(name, calls) for name in ("PYZ", "EXE", "COLLECT")
    }
    spec |= {"Analysis": analysis, "SPECPATH": str(ROOT), "__name__": "__main__"}
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")
    exec(code, spec)  # noqa: S102 — our own build file, as PyInstaller runs it
    collected = [name for name, _, _ in calls["COLLECT"]["args"][2]]
    assert collected == [f"{TRANSLATIONS}/qtbase_es.qm"]
