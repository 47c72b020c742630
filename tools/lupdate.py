"""Refresh resources/i18n/*.ts from the sources; translations already made are kept.

The core marks its texts with ``QT_TRANSLATE_NOOP`` (a plain function in ``app.errors``), which
lupdate reads like any ``tr()`` call.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("zh_CN", "en", "ja", "ko")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"gatepost_{language}.ts"


def run(targets: list[Path], *extra: str) -> subprocess.CompletedProcess[str]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(lupdate), *sources(), "-no-obsolete", "-locations", "none", *extra, "-ts",
               *map(str, targets)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)


def fill_english(path: Path) -> None:
    """English is the source language: its translations are the source texts."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.attrib.pop("type")
            numerus = list(translation.iter("numerusform"))
            if numerus:  # English has two forms, one and other: the source serves for both
                for form in numerus:
                    form.text = message.findtext("source")
            else:
                translation.text = message.findtext("source")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main() -> None:
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8")
        print(language, run([path], "-target-language", language).stdout.strip().splitlines()[-1])
    fill_english(ts_path("en"))


if __name__ == "__main__":
    main()
