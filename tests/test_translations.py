"""All four languages are complete, match the sources, and keep their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en", "ja", "ko")
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def forms(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    return [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    unfinished = [
        key for key, message in messages(I18N / f"gatepost_{language}.ts").items()
        if message.find("translation") is None
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in forms(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders(language: str) -> None:
    wrong = [
        (context, source)
        for (context, source), message in messages(I18N / f"gatepost_{language}.ts").items()
        for form in forms(message)
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_hold_every_text_of_the_sources(tmp_path: Path, language: str) -> None:
    """lupdate over the sources finds nothing that the committed .ts file lacks, nor more."""
    name = f"gatepost_{language}.ts"
    copy = tmp_path / name
    shutil.copy(I18N / name, copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                   check=True, capture_output=True)
    assert set(messages(copy)) == set(messages(I18N / name))


def test_compiled_translations_are_used(qapp) -> None:
    from app.ui.i18n import load_translator, translator_function

    for language, expected_change in (("zh_CN", True), ("ja", True), ("ko", True)):
        translate = translator_function(load_translator(language))
        assert (translate("Fields", "Temperature") != "Temperature") is expected_change


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_command_line_reads_the_same_translations_as_qt(qapp, language: str) -> None:
    """``app.translations`` (no Qt, for the CLI) agrees with Qt's compiled translator on every text."""
    import xml.etree.ElementTree as ET

    from app.translations import load_translations
    from app.ui.i18n import load_translator, translator_function

    ours, qt = load_translations(language), translator_function(load_translator(language))
    for context in ET.parse(I18N / f"gatepost_{language}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            n = 2 if message.get("numerus") == "yes" else -1
            expected = qt(name, source, n)
            assert ours(name, source, n) == (expected.replace("%n", str(n)) if n >= 0 else expected), (name, source)
