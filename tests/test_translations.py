"""The Spanish translation is complete, faithful to its placeholders, in step with the code,
and the shipped .qm is the one built from it."""

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    assert tool.problems(tool.ts_path(language)) == []


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_the_translation_file_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(tool.ts_path(language), fresh)
    tool.lupdate(fresh, language)  # adds what the code has and the file lacks; drops the rest
    key = lambda ts: sorted(  # noqa: E731
        (context, m.findtext("source")) for context, m in tool.messages(ts)
    )
    assert key(fresh) == key(tool.ts_path(language)), "run scripts/translations.py update"
    assert tool.problems(fresh) == []


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_the_shipped_qm_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    tool.lrelease(tool.ts_path(language), built)
    assert built.read_bytes() == tool.qm_path(language).read_bytes(), (
        "run scripts/translations.py update"
    )


def test_the_sources_of_marked_constants_are_found() -> None:
    """Words marked in the core (QT_TRANSLATE_NOOP) and said there (translate) are in the
    file, like the UI's self.tr(): lupdate finds all three spellings."""
    found = {(c, m.findtext("source")) for c, m in tool.messages(tool.ts_path("es"))}
    assert ("Settings", "default turn limit") in found  # QT_TRANSLATE_NOOP in core/settings
    assert ("Settings", "“%1” is not a theme.") in found  # translate() in core/settings
    assert ("WelcomeDialog", "&Skip") in found  # self.tr() in ui/welcome
