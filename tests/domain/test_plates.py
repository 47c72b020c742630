import pytest

from app.domain.plates import parse_plate, plate_prefix
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "plate", "prefix"),
    [
        ("京A12345", "京A12345", "京A"),
        ("京a12345", "京A12345", "京A"),
        ("京A·12345", "京A12345", "京A"),
        ("京A•12345", "京A12345", "京A"),
        (" 京 A 123-45 ", "京A12345", "京A"),
        ("京Ａ１２３４５", "京A12345", "京A"),
        ("沪B8Z9K7", "沪B8Z9K7", "沪B"),
        ("粤BD12345", "粤BD12345", "粤B"),
        ("粤B·D1234 5", "粤BD12345", "粤B"),
        ("粤BF1A234", "粤BF1A234", "粤B"),
        ("粤B12345D", "粤B12345D", "粤B"),
        ("苏E12345F", "苏E12345F", "苏E"),
        ("沪A1234挂", "沪A1234挂", "沪A"),
        ("浙A1234学", "浙A1234学", "浙A"),
        ("京A1234警", "京A1234警", "京A"),
        ("粤Z1234港", "粤Z1234港", "粤Z"),
        ("粤Z1234澳", "粤Z1234澳", "粤Z"),
        ("沪A1234领", "沪A1234领", "沪A"),
        ("京AO1234", "京A01234", "京A"),
        ("使014578", "使014578", "使"),
        ("224001使", "224001使", "使"),
    ],
)
def test_valid_plates(raw, plate, prefix):
    assert parse_plate(raw) == plate
    assert plate_prefix(plate) == prefix


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("XA12345", "province"),
        ("AB12345", "province"),
        ("台A12345", "province"),
        ("京I12345", "second character"),
        ("京O12345", "second character"),
        ("京112345", "second character"),
        ("京", "second character"),
        ("京A1234", "Not a mainland plate"),
        ("京A123456", "Not a mainland plate"),
        ("粤B1234D5", "Not a mainland plate"),
        ("粤B12345X", "Not a mainland plate"),
        ("京A1234使", "Not a mainland plate"),
        ("京A12挂45", "Not a mainland plate"),
    ],
)
def test_invalid_plates(raw, words):
    with pytest.raises(ValidationError) as info:
        parse_plate(raw)
    assert info.value.field == "plate"
    assert words in info.value.render()


@pytest.mark.parametrize("raw", ["", "  ", "·", None])
def test_empty_plate(raw):
    assert parse_plate(raw) is None
    with pytest.raises(ValidationError) as info:
        parse_plate(raw, required=True)
    assert "Enter the plate" in info.value.render()
