"""Body temperature readings, kept as integer tenths of a degree Celsius, and fever rules."""

from __future__ import annotations

import math
import re
from datetime import datetime
from enum import StrEnum

from app.domain._text import nfkc
from app.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_PLAUSIBLE_DT = 340
MAX_PLAUSIBLE_DT = 425
DEFAULT_FEVER_THRESHOLD_DT = 373

FIELD = "temperature"


class Method(StrEnum):
    FOREHEAD = "forehead"
    WRIST = "wrist"
    EAR = "ear"
    ARMPIT = "armpit"


METHOD_LABELS: dict[Method, str] = {
    Method.FOREHEAD: QT_TRANSLATE_NOOP("Method", "Forehead"),
    Method.WRIST: QT_TRANSLATE_NOOP("Method", "Wrist"),
    Method.EAR: QT_TRANSLATE_NOOP("Method", "Ear"),
    Method.ARMPIT: QT_TRANSLATE_NOOP("Method", "Armpit"),
}

# Keys are case-folded; parse_method folds its input the same way.
METHOD_ALIASES: dict[str, Method] = {
    **{m.value: m for m in Method},
    **{label.casefold(): m for m, label in METHOD_LABELS.items()},
    "额温": Method.FOREHEAD,
    "额头": Method.FOREHEAD,
    "额": Method.FOREHEAD,
    "腕温": Method.WRIST,
    "手腕": Method.WRIST,
    "腕": Method.WRIST,
    "耳温": Method.EAR,
    "耳": Method.EAR,
    "腋温": Method.ARMPIT,
    "腋下": Method.ARMPIT,
    "腋": Method.ARMPIT,
}


class FeverOutcome(StrEnum):
    CLEARED = "cleared"
    REFUSED = "refused"
    FEVER_CLINIC = "fever_clinic"
    RESIDENT_REPORTED = "resident_reported"


OUTCOME_LABELS: dict[FeverOutcome, str] = {
    FeverOutcome.CLEARED: QT_TRANSLATE_NOOP("FeverOutcome", "Normal on second reading"),
    FeverOutcome.REFUSED: QT_TRANSLATE_NOOP("FeverOutcome", "Entry refused"),
    FeverOutcome.FEVER_CLINIC: QT_TRANSLATE_NOOP("FeverOutcome", "Sent to a fever clinic"),
    FeverOutcome.RESIDENT_REPORTED: QT_TRANSLATE_NOOP(
        "FeverOutcome", "Resident reported to the committee"
    ),
}

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the temperature, e.g. 36.6.")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "Not a number; enter the temperature like 36.6.")
_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP("Errors", "Use one decimal place, like 36.6.")
_MISPLACED_POINT = QT_TRANSLATE_NOOP(
    "Errors", "The decimal point looks misplaced; did you mean {suggestion}?"
)
_MISSING_POINT = QT_TRANSLATE_NOOP("Errors", "Add the decimal point; did you mean {suggestion}?")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "Reading outside {low}–{high} °C; measure again.")
_METHOD_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Choose how the temperature was taken.")
_UNKNOWN_METHOD = QT_TRANSLATE_NOOP("Errors", "Unknown method; use forehead, wrist, ear or armpit.")

_NUMBER = re.compile(r"(\d+)(?:\.(\d*))?")
# NFKC turns ℃ into °C; 度 is how people write "degrees" in Chinese.
_UNIT = re.compile(r"\s*(?:°\s*C?|C|度)$", re.IGNORECASE)


def parse_temperature(raw: str) -> int:
    text = nfkc(raw).replace(",", ".")
    if not text:
        raise ValidationError(FIELD, _REQUIRED)
    match = _NUMBER.fullmatch(_UNIT.sub("", text).strip())
    if not match:
        raise ValidationError(FIELD, _NOT_A_NUMBER)
    whole, point = match.group(1), match.group(2)
    decimals = (point or "").rstrip("0")  # "36.50" is as good as "36.5"
    as_typed = int(whole) * 10 + int(decimals[:1] or 0)
    if not _plausible(as_typed):
        suggestion = _shifted_point(whole + decimals)
        if suggestion is not None:
            message = _MISSING_POINT if point is None else _MISPLACED_POINT
            raise ValidationError(FIELD, message, suggestion=suggestion)
    if len(decimals) > 1:
        raise ValidationError(FIELD, _TOO_MANY_DECIMALS)
    if not _plausible(as_typed):
        low, high = format_temperature(MIN_PLAUSIBLE_DT), format_temperature(MAX_PLAUSIBLE_DT)
        raise ValidationError(FIELD, _OUT_OF_RANGE, low=low, high=high)
    return as_typed


def _plausible(dt: int) -> bool:
    return MIN_PLAUSIBLE_DT <= dt <= MAX_PLAUSIBLE_DT


def _shifted_point(digits: str) -> str | None:
    """``"365"`` -> ``"36.5"`` when three significant digits make a plausible reading."""
    digits = digits.lstrip("0")
    if len(digits) != 3 or not _plausible(int(digits)):
        return None
    return format_temperature(int(digits))


def format_temperature(dt: int) -> str:
    sign = "-" if dt < 0 else ""
    whole, tenths = divmod(abs(dt), 10)
    return f"{sign}{whole}.{tenths}"


def is_fever(dt: int, threshold_dt: int) -> bool:
    return dt >= threshold_dt


def parse_method(raw: str) -> Method:
    if isinstance(raw, Method):
        return raw
    key = nfkc(raw).casefold()
    if not key:
        raise ValidationError("method", _METHOD_REQUIRED)
    try:
        return METHOD_ALIASES[key]
    except KeyError:
        raise ValidationError("method", _UNKNOWN_METHOD) from None


def recheck_wait(due: datetime | None, now: datetime) -> str:
    """How long until a fever's second reading, as ``m:ss`` (rounded up), or "" when due.

    The recheck dialog's countdown, the gate's waiting list and the refusal of an early
    reading all say it this one way, so they never disagree.
    """
    seconds = math.ceil((due - now).total_seconds()) if due is not None else 0
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds > 0 else ""
