"""The CJK fonts GatePost ships, registered at start-up so no system font is needed.

The family list is ordered per language, so Japanese text gets Japanese glyph forms and Korean
a Hangul font, with the others as fallbacks for names written in another script.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

SC, JP, KR = "GatePost Sans SC", "GatePost Sans JP", "GatePost Sans KR"
FAMILIES = {
    "zh_CN": [SC, JP, KR],
    "en": [SC, JP, KR],
    "ja": [JP, SC, KR],
    "ko": [KR, SC, JP],
}
_registered = False


def register_fonts() -> list[str]:
    """Register every shipped font once; returns the families found."""
    global _registered
    families: list[str] = []
    if _registered:
        return families
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    _registered = True
    return families


def families_for(language: str) -> list[str]:
    return FAMILIES.get(language, FAMILIES["zh_CN"])


def apply_language_font(language: str) -> None:
    register_fonts()
    font = QFont(QApplication.font())
    font.setFamilies(families_for(language))
    QApplication.setFont(font)
