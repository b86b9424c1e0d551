#!/usr/bin/env python3
"""Keep the translations in step with the code: `scripts/translations.py [update|check|fill F]`.

update  collect every translatable string of src/meetingkit with pyside6-lupdate into
        i18n/meetingkit_<lang>.ts (keeping what is translated), then build
        resources/i18n/meetingkit_<lang>.qm with pyside6-lrelease. The default.
check   list what is untranslated or has lost a placeholder (%1, %n, {name}, &, tags).
fill F [--language L]
        take translations from JSON file(s) {"context": {"source": "text" | [one, many]}}
        into the .ts of L (default es; for translators who work outside Qt Linguist), then
        update.

English is the source language, but a source text is written for many ("%n people"), so
English has its own small file too: i18n/meetingkit_en.ts holds only the messages with a
count, each with its two forms ("%n person", "%n people"); lupdate -pluralonly keeps it so.

Qt Linguist (`pyside6-linguist i18n/meetingkit_es.ts`) edits the .ts directly.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LANGUAGES = ("es", "en")
PLURALS_ONLY = ("en",)  # the source language: only the forms its texts cannot choose
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")  # "&File", not "&&" nor "this & that"
PLACEHOLDER = re.compile(r"%\d+|%n|%v|%m|\{[a-z_]+\}|</?[a-z0-9]+[^>]*>")


def ts_path(language: str) -> Path:
    return ROOT / "i18n" / f"meetingkit_{language}.ts"


def qm_path(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"meetingkit_{language}.qm"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "meetingkit").rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(  # noqa: S603 — our own tool, on our own files
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            *(["-pluralonly"] if language in PLURALS_ONLY else []),
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Build `qm` beside itself and put it in place in one step: an app running from this
    tree never sees a half-written file."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    building = qm.with_name(f".{qm.name}.building")
    subprocess.run(  # noqa: S603 — our own tool, on our own files
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(building)],
        cwd=ROOT,
        check=True,
    )
    os.replace(building, qm)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()  # noqa: S314 — the repository's own .ts file
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def problems(ts: Path) -> list[str]:
    """Everything that keeps the translation from being complete and faithful."""
    found = []
    for context, message in messages(ts):
        source = message.findtext("source", "")
        where = f"{context}: {source[:70]!r}"
        translation = message.find("translation")
        forms = translations(message)
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"untranslated  {where}")
            continue
        if message.get("numerus") == "yes" and len(forms) != 2:
            found.append(f"needs 2 plural forms  {where}")
        if message.get("numerus") != "yes" and "%n" in source:
            # lupdate makes plurals only of self.tr(text, "", n); elsewhere choose the words by
            # the count in the code: "One more." / "%1 more." (English and Spanish agree).
            found.append(f"%n outside self.tr gets no plural forms  {where}")
        for form in forms:
            if not form.strip():
                found.append(f"empty  {where}")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) and not (
                message.get("numerus") == "yes"
                and sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
                == sorted(p for p in PLACEHOLDER.findall(form) if p != "%n")
            ):
                found.append(f"placeholders differ  {where} -> {form[:70]!r}")
            elif len(MNEMONIC.findall(form)) > 1:
                # One & at most. A translation may go without (when a menu runs out of
                # letters); tests/ui/test_mnemonics.py checks no two items share one.
                found.append(f"more than one mnemonic &  {where} -> {form[:70]!r}")
    return found


def fill(ts: Path, catalogues: list[Path]) -> int:
    """Put the JSON catalogues' translations into the .ts; returns how many were filled."""
    given: dict[tuple[str, str], object] = {}
    for catalogue in catalogues:
        for context, entries in json.loads(catalogue.read_text(encoding="utf-8")).items():
            for source, text in entries.items():
                given[(context, source)] = text
    tree = ET.parse(ts)  # noqa: S314 — the repository's own .ts file
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = given.get((name, message.findtext("source", "")))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text[0] if isinstance(text, list) else str(text)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update() -> None:
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "fill":
        files, language = argv[1:], "es"
        if "--language" in files:
            at = files.index("--language")
            language, files = files[at + 1], files[:at] + files[at + 2 :]
        lupdate(ts_path(language), language)
        print(f"{fill(ts_path(language), [Path(f) for f in files])} filled")
        update()
    elif command != "check":
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for language in LANGUAGES:
        found = problems(ts_path(language))
        total = len(messages(ts_path(language)))
        print(f"{language}: {total} messages, {len(found)} problems")
        for line in found:
            print("  " + line)
        status |= bool(found)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
