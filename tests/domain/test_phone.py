import pytest

from app.domain.phone import _STORED_CN_MOBILE, format_phone, mask_phone, parse_phone
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("13812348000", "+8613812348000"),
        (" 138 1234 8000 ", "+8613812348000"),
        ("138-1234-8000", "+8613812348000"),
        ("+86 138 1234 8000", "+8613812348000"),
        ("+86-13812348000", "+8613812348000"),
        ("0086 13812348000", "+8613812348000"),
        ("１３８１２３４８０００", "+8613812348000"),
        ("＋８６ １３８１２３４８０００", "+8613812348000"),
        ("19912345678", "+8619912345678"),
        ("010 1234 5678", "+861012345678"),
        ("(010)12345678", "+861012345678"),
        ("0755-8888-1234", "+8675588881234"),
        ("+852 9123 4567", "+85291234567"),
        ("85291234567", "+85291234567"),
        ("+81 3 1234 5678", "+81312345678"),
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_parse_valid_phones(raw, e164):
    assert parse_phone(raw) == e164
    assert parse_phone(raw, required=False) == e164


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("1381234800", "11 digits"),
        ("138123480001", "11 digits"),
        ("1381234800a", "only digits"),
        ("138 1234 800O", "only digits"),
        ("12345", "11 digits"),
        ("+86 12345", "Not a valid phone number"),
        ("+999 1234 5678", "Not a valid phone number"),
        ("abc", "only digits"),
        ("++8613812348000", "only digits"),
    ],
)
def test_reject_invalid_phones(raw, words, assert_private):
    with pytest.raises(ValidationError) as info:
        parse_phone(raw)
    assert info.value.field == "phone"
    assert words in info.value.render()
    assert_private(info.value, raw)


def test_mobile_length_message_gives_only_the_count():
    with pytest.raises(ValidationError) as info:
        parse_phone("1381234800")
    assert info.value.message.params == {"count": 10}


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", None])
def test_empty_phone(raw):
    assert parse_phone(raw, required=False) is None
    with pytest.raises(ValidationError) as info:
        parse_phone(raw)
    assert "Enter a phone number" in info.value.render()


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+8613812348000", "13812348000"),
        ("+861012345678", "010 1234 5678"),
        ("+8675588881234", "0755 8888 1234"),
        ("+85291234567", "+852 9123 4567"),
        ("+16502530000", "+1 650-253-0000"),
        (None, ""),
        ("", ""),
    ],
)
def test_format_phone(e164, shown):
    assert format_phone(e164) == shown


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("+8613812348000", "138****8000"),
        ("13812348000", "138****8000"),
        ("138 1234 8000", "138****8000"),
        ("+861012345678", "0******5678"),
        ("+81312345678", "+81 *****5678"),
        ("+16502530000", "+1 ******0000"),
        ("12", "**"),
        ("+86 12345", "***2345"),
        (None, ""),
        ("", ""),
    ],
)
def test_mask_phone(value, masked):
    assert mask_phone(value) == masked


def test_format_round_trips_through_parse():
    for raw in ["13812348000", "010 1234 5678", "+852 9123 4567"]:
        e164 = parse_phone(raw)
        assert parse_phone(format_phone(e164)) == e164


@pytest.mark.parametrize("prefix", [p for p in range(130, 200) if _STORED_CN_MOBILE.fullmatch(f"+86{p}12348000")])
def test_stored_mobile_is_masked_as_the_full_parse_would(prefix):
    """Common stored mobiles skip loading phonenumbers, and show exactly what the full parse shows.
    Only the prefixes the short cut takes: for the others both sides would be the full parse."""
    from app.domain.phone import _mask_parsed

    for stored in (f"+86{prefix}12348000", f"+86{prefix}00000000", f"+86{prefix}99999999"):
        assert mask_phone(stored) == _mask_parsed(stored), stored
