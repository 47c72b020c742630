"""Checks on the bundled CJK fonts in resources/fonts (built by tools/build_fonts.py).

They must be TrueType-flavoured (reportlab cannot embed CFF), carry the
GatePost names, and cover what each language needs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
TAGS = ("SC", "JP", "KR")


def _path(tag: str) -> Path:
    return FONT_DIR / f"GatePostSans{tag}-Regular.ttf"


def _open(tag: str) -> TTFont:
    return TTFont(_path(tag), lazy=True)


@pytest.fixture(scope="module")
def fonts() -> dict[str, TTFont]:
    return {tag: _open(tag) for tag in TAGS}


@pytest.fixture(scope="module")
def cmaps(fonts) -> dict[str, dict[int, str]]:
    return {tag: f.getBestCmap() for tag, f in fonts.items()}


def _codec_chars(codec: str, lead: range, trail: range = range(0xA1, 0xFF)) -> set[int]:
    out: set[int] = set()
    for b1 in lead:
        for b2 in trail:
            try:
                out.update(map(ord, bytes((b1, b2)).decode(codec)))
            except UnicodeDecodeError:
                pass
    return out


def _missing(cmap: dict[int, str], chars) -> list[str]:
    return [f"U+{u:04X} {chr(u)}" for u in sorted(chars) if u not in cmap]


@pytest.mark.parametrize("tag", TAGS)
def test_is_truetype_not_cff(fonts, tag):
    font = fonts[tag]
    assert font.sfntVersion == "\x00\x01\x00\x00"
    assert "glyf" in font and "loca" in font
    assert "CFF " not in font and "CFF2" not in font
    assert font["maxp"].tableVersion == 0x00010000
    assert font["OS/2"].fsType == 0  # installable embedding: reportlab refuses restricted fonts


@pytest.mark.parametrize("tag", TAGS)
def test_names(fonts, tag):
    name = fonts[tag]["name"]
    family = f"GatePost Sans {tag}"
    assert name.getDebugName(1) == family
    assert name.getDebugName(2) == "Regular"
    assert name.getDebugName(4) == family
    assert name.getDebugName(6) == f"GatePostSans{tag}-Regular"
    assert name.getDebugName(16) in (None, family)
    for nid in (1, 4, 6, 16, 17):
        assert "Noto" not in (name.getDebugName(nid) or "")
    assert "Open Font License" in name.getDebugName(13)


def test_licence_shipped():
    text = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "DISCLAIMER" in text and "TERMINATION" in text
    assert (FONT_DIR / "README.md").is_file()


BASIC = set(range(0x20, 0x7F)) | set(map(ord, "°℃×÷±·“”‘’—…、。，：；！？（）【】《》￥"))


@pytest.mark.parametrize("tag", TAGS)
def test_basic_latin_and_symbols(cmaps, tag):
    assert _missing(cmaps[tag], BASIC) == []


def test_sc_coverage(cmaps):
    cmap = cmaps["SC"]
    gb2312_hanzi = _codec_chars("gb2312", range(0xB0, 0xF8))  # rows 16-87
    assert len(gb2312_hanzi) == 6763
    assert _missing(cmap, gb2312_hanzi) == []
    assert _missing(cmap, map(ord, "张三喆堃𠮷")) == []
    pinyin = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
    assert _missing(cmap, map(ord, pinyin)) == []
    # every BMP unified ideograph of Unicode 13's URO (4E00-9FEF) and Ext A core
    assert _missing(cmap, range(0x4E00, 0x9FF0)) == []
    assert _missing(cmap, range(0x3400, 0x4DB6)) == []


def test_jp_coverage(cmaps):
    cmap = cmaps["JP"]
    kanji = _codec_chars("euc_jp", range(0xB0, 0xF5))  # JIS X 0208 rows 16-84
    assert len(kanji) == 6355
    assert _missing(cmap, kanji) == []
    kana = _codec_chars("euc_jp", range(0xA4, 0xA6))  # rows 4-5: hiragana, katakana
    assert _missing(cmap, kana) == []
    halfwidth_katakana = range(0xFF61, 0xFFA0)
    assert _missing(cmap, halfwidth_katakana) == []
    assert _missing(cmap, map(ord, "𠮷野家直骨角髙﨑")) == []


def test_kr_coverage(cmaps):
    cmap = cmaps["KR"]
    assert _missing(cmap, range(0xAC00, 0xD7A4)) == []  # all 11,172 syllables
    assert _missing(cmap, range(0x3131, 0x318F)) == []  # compatibility jamo
    ksx1001 = _codec_chars("euc_kr", range(0xA1, 0xFF))
    hanja = {u for u in ksx1001 if 0x4E00 <= u <= 0x9FFF or 0xF900 <= u <= 0xFAFF}
    assert len(hanja) > 4600
    assert _missing(cmap, hanja) == []
    assert _missing(cmap, map(ord, "한국어안녕하세요")) == []


def _outline(font: TTFont, cmap: dict[int, str], ch: str) -> list:
    pen = RecordingPen()
    font.getGlyphSet()[cmap[ord(ch)]].draw(pen)
    assert pen.value, f"{ch} has an empty outline"
    return pen.value


@pytest.mark.parametrize("ch", "直骨角")
def test_japanese_glyph_forms_differ_from_chinese(fonts, cmaps, ch):
    jp = _outline(fonts["JP"], cmaps["JP"], ch)
    sc = _outline(fonts["SC"], cmaps["SC"], ch)
    assert jp != sc, f"{ch} is drawn the same way in the JP and SC fonts"


def test_same_latin_design_in_all_fonts(fonts, cmaps):
    # sanity check of the outline comparison above: shared glyphs compare equal
    outlines = [_outline(fonts[t], cmaps[t], "A") for t in TAGS]
    assert outlines[0] == outlines[1] == outlines[2]
