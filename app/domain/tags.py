"""Resident tags (elderly living alone, dialysis, ...) and a foreign resident's language."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from app.errors import QT_TRANSLATE_NOOP, ValidationError


class Tag(StrEnum):
    ELDERLY_ALONE = "elderly_alone"
    DIALYSIS = "dialysis"
    CHEMOTHERAPY = "chemotherapy"
    FOREIGN = "foreign"


TAG_LABELS = {
    Tag.ELDERLY_ALONE: QT_TRANSLATE_NOOP("Tag", "Elderly, living alone"),
    Tag.DIALYSIS: QT_TRANSLATE_NOOP("Tag", "Needs dialysis"),
    Tag.CHEMOTHERAPY: QT_TRANSLATE_NOOP("Tag", "Needs chemotherapy"),
    Tag.FOREIGN: QT_TRANSLATE_NOOP("Tag", "Foreign resident"),
}

_TAG_ALIASES = {
    **{t.value: t for t in Tag},
    "独居老人": Tag.ELDERLY_ALONE, "独居": Tag.ELDERLY_ALONE,
    "透析": Tag.DIALYSIS, "需透析": Tag.DIALYSIS,
    "化疗": Tag.CHEMOTHERAPY, "需化疗": Tag.CHEMOTHERAPY,
    "外籍": Tag.FOREIGN, "外籍人员": Tag.FOREIGN,
}
_LANGUAGE_ALIASES = {
    "en": "en", "english": "en", "英语": "en", "英文": "en",
    "ja": "ja", "japanese": "ja", "日语": "ja", "日文": "ja", "日本語": "ja",
    "ko": "ko", "korean": "ko", "韩语": "ko", "韩文": "ko", "한국어": "ko",
    "zh": "zh_CN", "zh_cn": "zh_CN", "中文": "zh_CN",
}


def parse_tags(raw: str) -> tuple[list[str], str | None]:
    """``"elderly_alone;foreign:ja"`` or ``"独居老人；外籍:日语"`` -> (tags, language)."""
    tags: list[str] = []
    language = None
    text = unicodedata.normalize("NFKC", raw or "")
    for item in filter(None, (part.strip() for part in text.replace(",", ";").split(";"))):
        name, _, lang = item.partition(":")
        tag = _TAG_ALIASES.get(name.strip().lower())
        if tag is None:
            raise ValidationError(
                "tags",
                # The cell is not echoed: a shifted column could put an ID number here.
                QT_TRANSLATE_NOOP("Errors", "Unknown tag; use {known}."),
                known=", ".join(t.value for t in Tag),
            )
        if tag not in tags:
            tags.append(tag.value)
        if lang.strip():
            language = _LANGUAGE_ALIASES.get(lang.strip().lower())
            if language is None:
                raise ValidationError(
                    "tags",
                    QT_TRANSLATE_NOOP("Errors", "Unknown language; use en, ja or ko."),
                )
    if language and Tag.FOREIGN.value not in tags:
        tags.append(Tag.FOREIGN.value)
    return tags, language
