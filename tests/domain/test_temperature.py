import pytest

from app.domain.temperature import (
    DEFAULT_FEVER_THRESHOLD_DT,
    MAX_PLAUSIBLE_DT,
    METHOD_LABELS,
    MIN_PLAUSIBLE_DT,
    OUTCOME_LABELS,
    FeverOutcome,
    Method,
    format_temperature,
    is_fever,
    parse_method,
    parse_temperature,
)
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "dt"),
    [
        ("36.6", 366),
        ("36,6", 366),
        (" 36.6 ", 366),
        ("37", 370),
        ("36.6℃", 366),
        ("36.6°C", 366),
        ("36.6 °c", 366),
        ("36.6°", 366),
        ("36.6度", 366),
        ("３６．６", 366),
        ("36.50", 365),
        ("36.", 360),
        ("34", MIN_PLAUSIBLE_DT),
        ("42.5", MAX_PLAUSIBLE_DT),
    ],
)
def test_parse_temperature(raw, dt):
    assert parse_temperature(raw) == dt


def _error(raw: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_temperature(raw)
    assert info.value.field == "temperature"
    return info.value


@pytest.mark.parametrize(
    ("raw", "words", "params"),
    [
        ("3.65", "decimal point looks misplaced", {"suggestion": "36.5"}),
        ("0.366", "decimal point looks misplaced", {"suggestion": "36.6"}),
        ("365", "Add the decimal point", {"suggestion": "36.5"}),
        ("366", "Add the decimal point", {"suggestion": "36.6"}),
        ("36.66", "one decimal place", {}),
        ("45", "outside 34.0–42.5 °C; measure again", {"low": "34.0", "high": "42.5"}),
        ("33.9", "outside 34.0–42.5 °C; measure again", {"low": "34.0", "high": "42.5"}),
        ("42.6", "outside 34.0–42.5 °C; measure again", {"low": "34.0", "high": "42.5"}),
        ("999", "outside", {"low": "34.0", "high": "42.5"}),
        ("abc", "Not a number", {}),
        ("36.6.1", "Not a number", {}),
        ("-36.6", "Not a number", {}),
        ("", "Enter the temperature", {}),
    ],
)
def test_temperature_errors(raw, words, params):
    error = _error(raw)
    assert words in error.render()
    assert error.message.params == params


def test_suggestion_is_a_string():
    assert _error("365").render().endswith("did you mean 36.5?")


@pytest.mark.parametrize(
    ("dt", "text"), [(366, "36.6"), (370, "37.0"), (340, "34.0"), (425, "42.5"), (5, "0.5")]
)
def test_format_temperature(dt, text):
    assert format_temperature(dt) == text
    if MIN_PLAUSIBLE_DT <= dt <= MAX_PLAUSIBLE_DT:
        assert parse_temperature(text) == dt


@pytest.mark.parametrize(
    ("raw", "fever"), [("36.6", False), ("37.2", False), ("37.3", True), ("39", True)]
)
def test_fever_threshold_is_inclusive(raw, fever):
    assert DEFAULT_FEVER_THRESHOLD_DT == 373
    assert is_fever(parse_temperature(raw), DEFAULT_FEVER_THRESHOLD_DT) is fever


def test_custom_threshold():
    assert is_fever(375, 375)
    assert not is_fever(374, 375)


@pytest.mark.parametrize(
    ("raw", "method"),
    [
        ("forehead", Method.FOREHEAD),
        ("Wrist", Method.WRIST),
        (" EAR ", Method.EAR),
        ("额温", Method.FOREHEAD),
        ("腕温", Method.WRIST),
        ("耳温", Method.EAR),
        ("腋下", Method.ARMPIT),
        (Method.ARMPIT, Method.ARMPIT),
    ],
)
def test_parse_method(raw, method):
    assert parse_method(raw) is method


@pytest.mark.parametrize("raw", ["mouth", "", "口温"])
def test_parse_method_rejects(raw):
    with pytest.raises(ValidationError) as info:
        parse_method(raw)
    assert info.value.field == "method"


def test_labels_cover_every_value():
    assert set(METHOD_LABELS) == set(Method)
    assert set(OUTCOME_LABELS) == set(FeverOutcome)
    assert [o.value for o in FeverOutcome] == [
        "cleared",
        "refused",
        "fever_clinic",
        "resident_reported",
    ]
