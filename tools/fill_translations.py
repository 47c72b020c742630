"""Refresh the .ts files and fill new texts from JSON files; list what is still unfinished.

    python -m tools.fill_translations new_texts.json [more.json ...]

Each JSON file maps a context to its source texts, each source text to its translations:
``{"GatePage": {"Save (Enter)": {"zh_CN": "保存（回车）", "ja": "...", "ko": "..."}}}``.
A plural text takes a list of forms instead of a string. English needs no entry. A text that
moved to another context keeps the translation it had, so a move needs no entry either.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.lupdate import LANGUAGES, main as lupdate, ts_path


def known(language: str) -> dict[str, str | list[str]]:
    """Every translation in a .ts file by its source text, whatever its context."""
    found: dict[str, str | list[str]] = {}
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        found[message.findtext("source") or ""] = forms or translation.text or ""
    return found


def fill(language: str, texts: dict[str, dict[str, dict[str, str | list[str]]]],
         moved: dict[str, str | list[str]]) -> list[tuple[str, str]]:
    path = ts_path(language)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            found = texts.get(name, {}).get(source, {}).get(language) or moved.get(source)
            if not found:
                missing.append((name, source))
                continue
            translation.attrib.pop("type")
            forms = list(translation.iter("numerusform"))
            if forms:
                values = found if isinstance(found, list) else [found]
                for form, value in zip(forms, values + values[-1:] * len(forms), strict=False):
                    form.text = value
            else:
                translation.text = found if isinstance(found, str) else found[0]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def main(files: list[str]) -> int:
    texts: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    for file in files:
        for context, sources in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, translations in sources.items():
                texts.setdefault(context, {}).setdefault(source, {}).update(translations)
    languages = [language for language in LANGUAGES if language != "en"]
    moved = {language: known(language) for language in languages}
    lupdate()
    unfinished = 0
    for language in languages:
        for context, source in fill(language, texts, moved[language]):
            unfinished += 1
            print(f"{language} unfinished: [{context}] {source}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
