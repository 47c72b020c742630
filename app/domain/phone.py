"""Phone numbers: parse to E.164, show in the national style, mask for lists and printouts.

``phonenumbers`` is imported inside the functions so the GUI starts without it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain._text import nfkc
from app.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

FIELD = "phone"

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter a phone number.")
_BAD_CHARACTERS = QT_TRANSLATE_NOOP("Errors", "Use only digits, spaces, hyphens and a leading +.")
_MOBILE_LENGTH = QT_TRANSLATE_NOOP(
    "Errors", "A mobile number has 11 digits, this has {count}; check the number."
)
_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "Not a valid phone number; check the digits (landlines need the area code)."
)

_ALLOWED = re.compile(r"\+?[\d\s\-()./]+")
# Hong Kong, Macao and Taiwan numbers are often written with the country code but no "+".
_NEARBY_CODES = ("852", "853", "886")
# The long-established mobile ranges (13x, 15x but 154, 18x), every number of which phonenumbers
# takes as valid: masked the same without loading it. Newer ranges take the long way.
_STORED_CN_MOBILE = re.compile(r"\+86(?:13\d|15[0-35-9]|18\d)\d{8}")


def parse_phone(raw: str, *, required: bool = True) -> str | None:
    import phonenumbers

    text = nfkc(raw)
    if not text:
        if required:
            raise ValidationError(FIELD, _REQUIRED)
        return None
    # phonenumbers reads letters as keypad digits; a guard typing a letter made a mistake.
    if not _ALLOWED.fullmatch(text):
        raise ValidationError(FIELD, _BAD_CHARACTERS)
    digits = re.sub(r"\D", "", text)
    number = _parse_valid(text)
    if number is None and not text.startswith("+") and digits.startswith(_NEARBY_CODES):
        number = _parse_valid("+" + digits)
    if number is None:
        if not text.startswith("+") and digits.startswith("1") and len(digits) != 11:
            raise ValidationError(FIELD, _MOBILE_LENGTH, count=len(digits))
        raise ValidationError(FIELD, _INVALID)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_valid(text: str) -> PhoneNumber | None:
    import phonenumbers

    number = _parse_any(text)
    return number if number is not None and phonenumbers.is_valid_number(number) else None


def _parse_any(text: str) -> PhoneNumber | None:
    import phonenumbers

    try:
        return phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None


def _is_cn_mobile(country_code: int, national: str) -> bool:
    return country_code == 86 and len(national) == 11 and national.startswith("1")


def format_phone(e164: str | None) -> str:
    import phonenumbers

    if not e164:
        return ""
    number = _parse_any(e164)
    if number is None:
        return e164
    national = phonenumbers.national_significant_number(number)
    if _is_cn_mobile(number.country_code, national):
        return national
    if number.country_code == 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164_or_raw: str | None) -> str:
    text = nfkc(e164_or_raw)
    if not text:
        return ""
    if _STORED_CN_MOBILE.fullmatch(text):  # as stored after parsing: no need to load phonenumbers
        return _mask_cn_mobile(text[3:])
    return _mask_parsed(text)


def _mask_cn_mobile(national: str) -> str:
    """``138****8000``."""
    return national[:3] + "****" + national[-4:]


def _mask_parsed(text: str) -> str:
    import phonenumbers

    number = _parse_valid(text)
    if number is None:
        return _mask_digits(re.sub(r"\D", "", text))
    national = phonenumbers.national_significant_number(number)
    if _is_cn_mobile(number.country_code, national):
        return _mask_cn_mobile(national)
    if number.country_code == 86:
        return "0" + _mask_digits(national)
    return f"+{number.country_code} {_mask_digits(national)}"


def _mask_digits(digits: str) -> str:
    """All but the last four digits as asterisks; four or fewer digits are all hidden."""
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]
