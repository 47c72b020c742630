import pytest

from app.domain.names import MAX_NAME_LENGTH, name_keys, normalise_name
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("张三", "张三"),
        ("  张三 ", "张三"),
        ("John   Smith", "John Smith"),
        ("John\u3000Smith\t", "John Smith"),
        ("王喆", "王喆"),
        ("李堃", "李堃"),
        ("𠮷田", "𠮷田"),
        ("阿卜杜拉·艾买提", "阿卜杜拉·艾买提"),
        ("Jose\u0301", "José"),  # NFC composes the accent
        ("ＡＢＣ", "ＡＢＣ"),  # NFC, not NFKC: full-width letters stay
        ("山田太郎", "山田太郎"),
        ("김민준", "김민준"),
        ("x" * MAX_NAME_LENGTH, "x" * MAX_NAME_LENGTH),
    ],
)
def test_normalise_name(raw, name):
    assert normalise_name(raw) == name


def test_astral_character_survives_unchanged():
    name = normalise_name("𠮷野家")
    assert name[0] == "\U00020bb7"
    assert len(name) == 3


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "Enter the name"),
        (" \u3000 ", "Enter the name"),
        (None, "Enter the name"),
        ("x" * (MAX_NAME_LENGTH + 1), "at most 64 characters"),
        ("张\x00三", "control characters"),
        ("张三\x7f", "control characters"),
        ("张\x1b[31m三", "control characters"),
    ],
)
def test_invalid_names(raw, words):
    with pytest.raises(ValidationError) as info:
        normalise_name(raw)
    assert info.value.field == "name"
    assert words in info.value.render()


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("张三", ("zs", "zhangsan")),
        ("John Smith", ("js", "johnsmith")),
        ("王喆", ("wz", "wangzhe")),
        ("李堃", ("lk", "likun")),
        ("𠮷田", ("jt", "jitian")),
        ("吕布", ("lb", "lvbu")),
        ("José Núñez", ("jn", "josenunez")),
        ("张John", ("zj", "zhangjohn")),
        ("Kim Min-jun", ("kmj", "kimminjun")),
        ("Tanaka Hanako", ("th", "tanakahanako")),
        ("김민준", ("", "")),
        ("やまだ はなこ", ("", "")),
        ("김민준 Kim", ("k", "kim")),
        ("", ("", "")),
    ],
)
def test_name_keys(name, keys):
    assert name_keys(name) == keys


def test_keys_are_lower_case_ascii():
    for name in ["张三", "Ｊｏｈｎ", "Ölçer", "王喆"]:
        initials, full = name_keys(name)
        assert full and full.isascii() and full.islower()
        assert initials == initials.lower() and initials.isascii()


def test_invisible_direction_marks_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_name("张\u202e三")
    assert caught.value.field == "name"
