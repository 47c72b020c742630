"""Translations without Qt, for the command line: read straight from the Qt Linguist files.

Loading QtCore just to look up a message costs a command about 0.1 s; the ``.ts`` file of one
language parses in a few milliseconds. The GUI keeps using Qt's translators.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET

from app.errors import Translate
from app.paths import resources_dir

LANGUAGES = ("zh_CN", "en", "ja", "ko")
DEFAULT_LANGUAGE = "zh_CN"


def language_from_environment() -> str:
    """``GATEPOST_LANG``, else the locale: zh -> zh_CN, ja, ko, anything else -> en."""
    chosen = os.environ.get("GATEPOST_LANG")
    if chosen in LANGUAGES:
        return chosen
    name = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
            or locale.getlocale()[0] or "")
    for prefix, language in (("zh", "zh_CN"), ("ja", "ja"), ("ko", "ko")):
        if name.startswith(prefix):
            return language
    return "en"


def load_translations(language: str) -> Translate:
    """A ``translate(context, text, n)`` for ``language``; unknown texts come back as given."""
    table: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(resources_dir() / "i18n" / f"gatepost_{language}.ts").getroot()
    except (OSError, ET.ParseError):
        root = ET.Element("TS")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            table[(name, message.findtext("source") or "")] = forms

    def translate(context: str, text: str, n: int = -1) -> str:
        forms = table.get((context, text))
        if not forms or not forms[0]:
            chosen = text
        else:
            # Chinese, Japanese and Korean have one form; English two (one, other).
            chosen = forms[1] if n != 1 and len(forms) > 1 else forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen

    return translate
