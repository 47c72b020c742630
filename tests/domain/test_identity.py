from datetime import date

import pytest
from stdnum.cn import ric

from app.domain.identity import (
    ID_TYPE_ALIASES,
    ID_TYPE_LABELS,
    IdDocument,
    IdType,
    mask_id_number,
    parse_id_document,
    parse_id_type,
)
from app.errors import ValidationError

TODAY = date(2022, 4, 1)


def with_check_digit(body17: str) -> str:
    """A resident-style number with the correct ISO 7064 MOD 11-2 check digit."""
    return body17 + ric.calc_check_digit(body17 + "0")


def wrong_check_digit(body17: str) -> str:
    right = ric.calc_check_digit(body17 + "0")
    return body17 + ("1" if right != "1" else "2")


def to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- ID types ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("resident_id", IdType.RESIDENT_ID),
        (" Passport ", IdType.PASSPORT),
        ("身份证", IdType.RESIDENT_ID),
        ("居民身份证", IdType.RESIDENT_ID),
        ("护照", IdType.PASSPORT),
        ("港澳通行证", IdType.HK_MACAO_PERMIT),
        ("港澳居民来往内地通行证", IdType.HK_MACAO_PERMIT),
        ("回乡证", IdType.HK_MACAO_PERMIT),
        ("台胞证", IdType.TAIWAN_PERMIT),
        ("台湾居民来往大陆通行证", IdType.TAIWAN_PERMIT),
        ("外国人永久居留身份证", IdType.FOREIGN_PERMANENT_ID),
        ("永久居留证", IdType.FOREIGN_PERMANENT_ID),
        ("HK_MACAO_PERMIT", IdType.HK_MACAO_PERMIT),
        (IdType.TAIWAN_PERMIT, IdType.TAIWAN_PERMIT),
    ],
)
def test_parse_id_type_accepts_values_and_chinese_names(raw, expected):
    assert parse_id_type(raw) is expected


@pytest.mark.parametrize("raw", ["驾驶证", "", "   ", "11010519491231002X"])
def test_parse_id_type_rejects_unknown(raw, assert_private):
    with pytest.raises(ValidationError) as info:
        parse_id_type(raw)
    assert info.value.field == "id_type"
    if raw.strip():
        assert_private(info.value, raw)


def test_every_type_has_label_and_alias():
    assert set(ID_TYPE_LABELS) == set(IdType)
    assert set(ID_TYPE_ALIASES.values()) == set(IdType)


# --- resident ID --------------------------------------------------------------------------


def test_example_resident_id():
    doc = parse_id_document(IdType.RESIDENT_ID, "11010519491231002X", TODAY)
    assert doc == IdDocument(
        IdType.RESIDENT_ID, "11010519491231002X", date(1949, 12, 31), "110105", ()
    )
    assert doc.last4 == "002X"


@pytest.mark.parametrize(
    ("body", "birth"),
    [
        ("44030420000229123", date(2000, 2, 29)),
        ("32010619000101001", date(1900, 1, 1)),
        ("11010520220401001", TODAY),
        ("51010719851107443", date(1985, 11, 7)),
    ],
)
def test_valid_resident_ids(body, birth):
    number = with_check_digit(body)
    doc = parse_id_document("resident_id", number, TODAY)
    assert (doc.number, doc.birth_date, doc.region_code, doc.warnings) == (
        number,
        birth,
        body[:6],
        (),
    )


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        "110105 19491231 002X",
        "110105-19491231-002X",
        to_full_width("11010519491231002X"),
        to_full_width("110105 19491231 002x"),
        "\u3000１１０１０５１９４９１２３１００２ｘ ",
    ],
)
def test_resident_id_is_normalised(raw):
    doc = parse_id_document("身份证", raw, TODAY)
    assert doc.number == "11010519491231002X"


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_hk_macao_taiwan_residence_permits_need_no_warning(prefix):
    number = with_check_digit(prefix + "19900101001")
    doc = parse_id_document(IdType.RESIDENT_ID, number, TODAY)
    assert doc.region_code == prefix
    assert doc.warnings == ()


@pytest.mark.parametrize("region", ["999999", "119999", "000000"])
def test_unknown_region_is_accepted_with_warning(region, assert_private):
    number = with_check_digit(region + "19900101001")
    doc = parse_id_document(IdType.RESIDENT_ID, number, TODAY)
    assert doc.number == number
    (warning,) = doc.warnings
    assert warning.params == {"code": region}
    assert warning.context == "Errors"
    assert region in warning.render()
    assert_private(warning, number)


def _error(raw: str, id_type: IdType | str = IdType.RESIDENT_ID) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_id_document(id_type, raw, TODAY)
    assert info.value.field == "id_number"
    return info.value


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (wrong_check_digit("11010519491231002"), "check digit"),
        ("110105194912310021", "check digit"),
        (with_check_digit("11010520990101001"), "future"),
        (with_check_digit("11010520220402001"), "future"),
        (with_check_digit("11010519900230001"), "not a real birth date"),
        (with_check_digit("11010519901301001"), "not a real birth date"),
        (with_check_digit("11010518991231001"), "before 1900"),
        ("110105491231002", "15-digit"),
        ("11010519491231002", "18 characters"),
        ("1101051949123100201", "18 characters"),
        ("1101051949123X0021", "17 digits"),
        ("11010519491231002Y", "17 digits"),
    ],
)
def test_invalid_resident_ids(raw, words, assert_private):
    error = _error(raw)
    assert words in error.render()
    assert_private(error, raw)


def test_distinct_messages_for_distinct_problems():
    texts = {
        _error(raw).message.text
        for raw in [
            wrong_check_digit("11010519491231002"),
            with_check_digit("11010520990101001"),
            with_check_digit("11010519900230001"),
            "110105491231002",
            "",
        ]
    }
    assert len(texts) == 5


def test_length_message_gives_count_only():
    error = _error("11010519491231002")
    assert error.message.params == {"count": 17}


@pytest.mark.parametrize("raw", ["", "   ", " - "])
@pytest.mark.parametrize("id_type", list(IdType))
def test_number_is_required(raw, id_type):
    assert "Enter the ID number" in _error(raw, id_type).render()


def test_unknown_type_string_is_rejected_before_number():
    with pytest.raises(ValidationError) as info:
        parse_id_document("library card", "11010519491231002X", TODAY)
    assert info.value.field == "id_type"


# --- other documents ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_type", "raw", "number"),
    [
        (IdType.PASSPORT, "E12345678", "E12345678"),
        (IdType.PASSPORT, "ea1234567", "EA1234567"),
        (IdType.PASSPORT, "５３３３８０００６", "533380006"),
        (IdType.PASSPORT, "AB123", "AB123"),
        (IdType.PASSPORT, "X" * 20, "X" * 20),
        (IdType.HK_MACAO_PERMIT, "H12345678", "H12345678"),
        (IdType.HK_MACAO_PERMIT, "m 1234 5678 01", "M1234567801"),
        (IdType.HK_MACAO_PERMIT, "CA1234567", "CA1234567"),
        (IdType.HK_MACAO_PERMIT, "C12345678", "C12345678"),
        (IdType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdType.TAIWAN_PERMIT, "1234567890", "1234567890"),
        (IdType.TAIWAN_PERMIT, "a123456789", "A123456789"),
        (IdType.FOREIGN_PERMANENT_ID, "USA310012345678", "USA310012345678"),
        (IdType.FOREIGN_PERMANENT_ID, "usa-3100-1234-5678", "USA310012345678"),
        (
            IdType.FOREIGN_PERMANENT_ID,
            with_check_digit("93112419850101001"),
            with_check_digit("93112419850101001"),
        ),
        (
            IdType.FOREIGN_PERMANENT_ID,
            with_check_digit("91560019900101001").lower(),
            "91560019900101001X",
        ),
    ],
)
def test_valid_other_documents(id_type, raw, number):
    doc = parse_id_document(id_type, raw, TODAY)
    assert doc == IdDocument(id_type, number)


@pytest.mark.parametrize(
    ("id_type", "raw"),
    [
        (IdType.PASSPORT, "E123"),
        (IdType.PASSPORT, "E" * 21),
        (IdType.PASSPORT, "E1234/5678"),
        (IdType.PASSPORT, "护照E123456"),
        (IdType.HK_MACAO_PERMIT, "A12345678"),
        (IdType.HK_MACAO_PERMIT, "H1234567"),
        (IdType.HK_MACAO_PERMIT, "H12345678901"),
        (IdType.TAIWAN_PERMIT, "1234567"),
        (IdType.TAIWAN_PERMIT, "A1234567"),
        (IdType.TAIWAN_PERMIT, "123456789"),
        (IdType.FOREIGN_PERMANENT_ID, "US3100123456789"),
        (IdType.FOREIGN_PERMANENT_ID, "USA31001234567"),
        (IdType.FOREIGN_PERMANENT_ID, with_check_digit("11010519491231002")),
        (IdType.FOREIGN_PERMANENT_ID, wrong_check_digit("93112419850101001")),
    ],
)
def test_invalid_other_documents(id_type, raw, assert_private):
    error = _error(raw, id_type)
    assert_private(error, raw)


# --- masking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("11010519491231002x", "110105********002X"),
        ("E12345678", "E1*****78"),
        ("USA310012345678", "US***********78"),
        ("AB123", "AB*23"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id_number(number, masked):
    assert mask_id_number(number) == masked
    assert len(mask_id_number(number)) == len(number)
