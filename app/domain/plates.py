"""Mainland China vehicle plates: normalise what the guard typed and check its shape."""

from __future__ import annotations

import re

from app.domain._text import compact
from app.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "plate"

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the plate number.")
_BAD_PROVINCE = QT_TRANSLATE_NOOP("Errors", "Start with the province character, e.g. 京 or 粤.")
_BAD_CITY_LETTER = QT_TRANSLATE_NOOP(
    "Errors", "The second character must be a letter A–Z other than I or O."
)
_BAD_SHAPE = QT_TRANSLATE_NOOP(
    "Errors", "Not a mainland plate; type it like 京A12345 or 粤BD12345."
)

_SERIAL = "[A-HJ-NP-Z0-9]"
_PLATE = re.compile(
    rf"[{PROVINCES}][A-HJ-NP-Z]"
    rf"(?:{_SERIAL}{{5}}"  # ordinary: 京A12345
    rf"|{_SERIAL}{{4}}[挂学警港澳领]"  # trailer, driving school, police, HK/Macao, consulate
    rf"|[DF]{_SERIAL}{{5}}"  # small new-energy: 粤BD12345
    rf"|\d{{5}}[DF])"  # large new-energy: 粤B12345D
)
_EMBASSY = re.compile(r"使\d{6}|\d{6}使")
# Serials never use I or O, so a guard typing them meant 1 or 0.
_LOOKALIKES = str.maketrans({"I": "1", "O": "0"})


def parse_plate(raw: str, *, required: bool = False) -> str | None:
    plate = compact(raw).replace(".", "")
    if not plate:
        if required:
            raise ValidationError(FIELD, _REQUIRED)
        return None
    if _EMBASSY.fullmatch(plate):
        return plate
    if plate[0] not in PROVINCES:
        raise ValidationError(FIELD, _BAD_PROVINCE)
    if len(plate) < 2 or not re.fullmatch("[A-HJ-NP-Z]", plate[1]):
        raise ValidationError(FIELD, _BAD_CITY_LETTER)
    plate = plate[:2] + plate[2:].translate(_LOOKALIKES)
    if not _PLATE.fullmatch(plate):
        raise ValidationError(FIELD, _BAD_SHAPE)
    return plate


def plate_prefix(plate: str) -> str:
    """Province and city letter (``"京A"``); ``"使"`` for embassy plates."""
    if "使" in plate:
        return "使"
    return plate[:2]
