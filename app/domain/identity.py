"""Identity documents: the accepted types, number checks and masking.

Messages never carry the number itself, so errors and warnings can be logged as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain._text import compact, nfkc
from app.errors import QT_TRANSLATE_NOOP, Message, ValidationError


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT_ID = "foreign_permanent_id"


ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("IdType", "Resident ID card"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("IdType", "Passport"),
    IdType.HK_MACAO_PERMIT: QT_TRANSLATE_NOOP("IdType", "Hong Kong/Macao travel permit"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("IdType", "Taiwan travel permit"),
    IdType.FOREIGN_PERMANENT_ID: QT_TRANSLATE_NOOP("IdType", "Foreign permanent resident ID"),
}

# Keys are case-folded; parse_id_type folds its input the same way.
ID_TYPE_ALIASES: dict[str, IdType] = {
    **{t.value: t for t in IdType},
    **{label.casefold(): t for t, label in ID_TYPE_LABELS.items()},
    "身份证": IdType.RESIDENT_ID,
    "居民身份证": IdType.RESIDENT_ID,
    "港澳台居民居住证": IdType.RESIDENT_ID,
    "护照": IdType.PASSPORT,
    "港澳通行证": IdType.HK_MACAO_PERMIT,
    "往来港澳通行证": IdType.HK_MACAO_PERMIT,
    "港澳居民来往内地通行证": IdType.HK_MACAO_PERMIT,
    "回乡证": IdType.HK_MACAO_PERMIT,
    "台胞证": IdType.TAIWAN_PERMIT,
    "台湾居民来往大陆通行证": IdType.TAIWAN_PERMIT,
    "外国人永久居留身份证": IdType.FOREIGN_PERMANENT_ID,
    "外国人永久居留证": IdType.FOREIGN_PERMANENT_ID,
    "永久居留证": IdType.FOREIGN_PERMANENT_ID,
}

# Residence permits for Hong Kong, Macao and Taiwan residents use these region codes.
_PERMIT_REGIONS = frozenset({"810000", "820000", "830000"})
_EARLIEST_BIRTH = date(1900, 1, 1)

_RESIDENT_ID = re.compile(r"\d{17}[\dX]")
_PASSPORT = re.compile(r"[A-Z0-9]{5,20}")
_HK_MACAO = re.compile(r"[HMC][A-Z0-9]{8,10}")
_TAIWAN = re.compile(r"\d{8}|[A-Z0-9]{10}")
_FOREIGN_OLD = re.compile(r"[A-Z]{3}\d{12}")
_FOREIGN_NEW = re.compile(r"9\d{16}[\dX]")

FIELD = "id_number"

# Messages: one literal per call so lupdate's Python parser extracts each of them whole.
_UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Errors", "Unknown ID type; use ID card, passport, HK/Macao or Taiwan permit, foreign PR card."
)
_TYPE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Choose the ID type.")
_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the ID number.")
_OLD_15 = QT_TRANSLATE_NOOP(
    "Errors", "Old 15-digit number; ask for the 18-digit number on the current card."
)
_RESIDENT_LENGTH = QT_TRANSLATE_NOOP(
    "Errors", "Needs 18 characters, this has {count}; check the number."
)
_RESIDENT_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Needs 17 digits, then a digit or X; check the number."
)
_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Errors", "The check digit does not match; check the number again."
)
_BAD_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Digits 7 to 14 are not a real birth date; check the number again."
)
_FUTURE_BIRTH = QT_TRANSLATE_NOOP(
    "Errors", "The birth date in the number is in the future; check the number again."
)
_EARLY_BIRTH = QT_TRANSLATE_NOOP(
    "Errors", "The birth date in the number is before 1900; check the number again."
)
_UNKNOWN_REGION = QT_TRANSLATE_NOOP(
    "Errors", "Region code {code} is not in the table; check the first six digits."
)
_PASSPORT_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "A passport number has 5 to 20 letters and digits; check the number."
)
_HK_MACAO_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Starts with H, M or C, then 8 to 10 letters or digits; check the number."
)
_TAIWAN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Needs 8 digits (older permits: 10 letters or digits); check the number."
)
_FOREIGN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Needs 3 letters and 12 digits, or 18 digits starting with 9; check the number."
)


@dataclass(frozen=True)
class IdDocument:
    type: IdType
    number: str
    birth_date: date | None = None
    region_code: str | None = None
    warnings: tuple[Message, ...] = ()

    @property
    def last4(self) -> str:
        return self.number[-4:]


def parse_id_type(raw: str) -> IdType:
    if isinstance(raw, IdType):
        return raw
    key = nfkc(raw).casefold()
    if not key:
        raise ValidationError("id_type", _TYPE_REQUIRED)
    try:
        return ID_TYPE_ALIASES[key]
    except KeyError:
        # The raw value stays out of the message: a shifted CSV column may put a number here.
        raise ValidationError("id_type", _UNKNOWN_TYPE) from None


def parse_id_document(id_type: IdType | str, raw: str, today: date) -> IdDocument:
    kind = parse_id_type(id_type)
    number = compact(raw)
    if not number:
        raise ValidationError(FIELD, _REQUIRED)
    if kind is IdType.RESIDENT_ID:
        return _parse_resident_id(number, today)
    if kind is IdType.FOREIGN_PERMANENT_ID:
        return _parse_foreign_permanent_id(number)
    pattern, text = _SIMPLE_RULES[kind]
    if not pattern.fullmatch(number):
        raise ValidationError(FIELD, text)
    return IdDocument(kind, number)


_SIMPLE_RULES: dict[IdType, tuple[re.Pattern[str], str]] = {
    IdType.PASSPORT: (_PASSPORT, _PASSPORT_FORMAT),
    IdType.HK_MACAO_PERMIT: (_HK_MACAO, _HK_MACAO_FORMAT),
    IdType.TAIWAN_PERMIT: (_TAIWAN, _TAIWAN_FORMAT),
}


def _parse_resident_id(number: str, today: date) -> IdDocument:
    from stdnum.cn import ric  # imported late: stdnum.util pulls in pydoc and ssl (~50 ms)
    from stdnum.exceptions import ValidationError as StdnumError

    if len(number) == 15 and number.isdigit():
        raise ValidationError(FIELD, _OLD_15)
    if len(number) != 18:
        raise ValidationError(FIELD, _RESIDENT_LENGTH, count=len(number))
    if not _RESIDENT_ID.fullmatch(number):
        raise ValidationError(FIELD, _RESIDENT_FORMAT)
    if ric.calc_check_digit(number) != number[-1]:
        raise ValidationError(FIELD, _CHECK_DIGIT)
    try:
        birth = ric.get_birth_date(number)
    except StdnumError:
        raise ValidationError(FIELD, _BAD_BIRTH_DATE) from None
    if birth > today:
        raise ValidationError(FIELD, _FUTURE_BIRTH)
    if birth < _EARLIEST_BIRTH:
        raise ValidationError(FIELD, _EARLY_BIRTH)
    # ric.validate is not the gate: it rejects regions missing from its table (new or
    # renamed counties) yet accepts birth dates in the future. An unknown region only warns.
    region = number[:6]
    warnings: tuple[Message, ...] = ()
    if region not in _PERMIT_REGIONS and not _region_known(region):
        warnings = (Message(_UNKNOWN_REGION, {"code": region}),)
    return IdDocument(IdType.RESIDENT_ID, number, birth, region, warnings)


def _region_known(region: str) -> bool:
    """Whether the county code is in stdnum's table, in any year.

    ``ric.get_birth_place`` also wants the county to exist in the birth year, but the code is
    the place of first registration: someone born in 1985 can hold 510107 (Wuhou district,
    created 1990). That would warn on many genuine cards, so the years are ignored here.
    """
    from stdnum import numdb

    return any("county" in props for _, props in numdb.get("cn/loc").info(region))


def _parse_foreign_permanent_id(number: str) -> IdDocument:
    from stdnum.cn import ric

    if _FOREIGN_OLD.fullmatch(number):
        return IdDocument(IdType.FOREIGN_PERMANENT_ID, number)
    if not _FOREIGN_NEW.fullmatch(number):
        raise ValidationError(FIELD, _FOREIGN_FORMAT)
    # The 2023 card uses the resident ID's ISO 7064 MOD 11-2 check digit.
    if ric.calc_check_digit(number) != number[-1]:
        raise ValidationError(FIELD, _CHECK_DIGIT)
    return IdDocument(IdType.FOREIGN_PERMANENT_ID, number)


def is_resident_id(text: str) -> bool:
    """Whether a scanned or typed text is a whole mainland resident ID (format and check digit)."""
    from stdnum.cn import ric

    return bool(_RESIDENT_ID.fullmatch(text)) and ric.calc_check_digit(text) == text[-1]


def mask_id_number(number: str) -> str:
    number = compact(number)
    if len(number) == 18:
        return number[:6] + "*" * 8 + number[-4:]
    if len(number) >= 5:
        return number[:2] + "*" * (len(number) - 4) + number[-2:]
    return "*" * len(number)
