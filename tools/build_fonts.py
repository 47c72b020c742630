#!/usr/bin/env python3
"""Build GatePost's bundled CJK fonts (developer tool, not used at run time).

Source: Noto Sans CJK Regular (SIL OFL 1.1) as shipped by Debian's
``fonts-noto-cjk`` package (``NotoSansCJK-Regular.ttc``).

For each of the SC, JP and KR faces of the collection this script

1. subsets the face (still CFF) to the code points that language needs,
2. converts the CFF cubic outlines to TrueType quadratic ``glyf`` outlines
   (fontTools cu2qu, as in fontTools' ``otf2ttf`` snippet) because reportlab
   can only embed TrueType-flavoured fonts,
3. renames the family to "GatePost Sans SC/JP/KR" (the OFL asks that modified
   fonts do not keep the Reserved/original name),
4. writes ``resources/fonts/GatePostSans{SC,JP,KR}-Regular.ttf``.

Usage (needs ``fonttools``; ``apt-get install fonts-noto-cjk`` for the source)::

    python tools/build_fonts.py [--source PATH.ttc] [--out DIR]

Layout features: only default-on horizontal features are kept (ccmp, liga,
calt, kern, mark, mkmk, plus ljmo/vjmo/tjmo in KR for old-Hangul jamo
clusters).  ``locl`` is deliberately dropped: each output font holds just one
language's glyph forms, which its cmap already points at, so ``locl`` could
only swap them for *another* language's forms (pulling those glyphs into the
subset and making the Qt UI, which shapes with HarfBuzz and may pass a
language, disagree with reportlab, which only reads the cmap).  Vertical
features and tables (vert, vrt2, vhea, vmtx, VORG) are dropped: the app only
sets text horizontally.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_LICENSE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
DEFAULT_OUT = ROOT / "resources" / "fonts"

# cu2qu tolerance in font units (UPM 1000), same as fontTools' otf2ttf snippet.
MAX_ERR = 1.0

COMMON_FEATURES = ["ccmp", "liga", "calt", "kern", "mark", "mkmk"]
HANGUL_JAMO_FEATURES = ["ljmo", "vjmo", "tjmo"]

DROP_TABLES = ["VORG", "vhea", "vmtx", "BASE", "DSIG"]


def _ranges(*pairs: tuple[int, int]) -> set[int]:
    out: set[int] = set()
    for lo, hi in pairs:
        out.update(range(lo, hi + 1))
    return out


# Latin, punctuation and symbols shared by all three fonts.
COMMON = _ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement (° × ÷ ± ü ...)
    (0x0100, 0x017F),  # Latin Extended-A (ā ē ī ō ū ...)
    (0x01CD, 0x01DC),  # Latin Extended-B pinyin: ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x01F8, 0x01F9),  # Ǹ ǹ (pinyin)
    (0x1E3E, 0x1E3F),  # Ḿ ḿ (pinyin)
    (0x0251, 0x0251),  # ɑ (pinyin a)
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ ˙ ...)
    (0x0300, 0x036F),  # combining diacritics (whatever the face has)
    (0x0391, 0x03C9),  # basic Greek letters (α β μ Ω ...)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # currency symbols (€ ₩ ...)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ ℉ № ™ ...)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ ...)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≤ ≥ ≠ ...)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ② ...)
    (0x2500, 0x257F),  # Box Drawing
    (0x2580, 0x259F),  # Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (○ ● □ ■ △ ▲ ◎ ...)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☆ ...)
    (0x2713, 0x2714),  # ✓ ✔
    (0x2717, 0x2718),  # ✗ ✘
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months
    (0x3300, 0x33FF),  # CJK Compatibility (㎡ ㎏ ...)
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (incl. halfwidth katakana)
    (0xFFFD, 0xFFFD),  # replacement character
)

PINYIN = set(map(ord, "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ"))
COMMON |= PINYIN


def _codec_chars(codec: str, lead_bytes, trail_bytes, prefix: bytes = b"") -> set[int]:
    out: set[int] = set()
    for b1 in lead_bytes:
        for b2 in trail_bytes:
            try:
                s = (prefix + bytes((b1, b2))).decode(codec)
            except UnicodeDecodeError:
                continue
            out.update(ord(ch) for ch in s)
    return out


# JIS X 0213 plane 2 uses only these rows.  Python's euc_jis_2004 decoder
# also accepts JIS X 0212 (the other user of the 0x8F prefix) in the other
# rows, which would add ~3,600 kanji that are in neither JIS standard.
JIS_X_0213_PLANE2_ROWS = (1, 3, 4, 5, 8, 12, 13, 14, 15, *range(78, 95))


def jis_x_0208_0213() -> set[int]:
    """Every character of JIS X 0213 planes 1 and 2 (a superset of JIS X 0208)."""
    plane1 = _codec_chars("euc_jis_2004", range(0xA1, 0xFF), range(0xA1, 0xFF))
    plane2 = set()
    for row in JIS_X_0213_PLANE2_ROWS:
        plane2 |= _codec_chars("euc_jis_2004", [0xA0 + row], range(0xA1, 0xFF), prefix=b"\x8f")
    # JIS X 0208 as Python's euc_jp maps it (a few cells differ from the
    # euc_jis_2004 mapping, e.g. U+FF5E vs U+301C); cheap to have both.
    jis0208 = _codec_chars("euc_jp", range(0xA1, 0xFF), range(0xA1, 0xFF))
    return plane1 | plane2 | jis0208


def cp932_extensions() -> set[int]:
    """Windows-31J (CP932) double-byte characters: JIS X 0208 plus the NEC and
    IBM extensions (e.g. 髙 U+9AD9, common in names, is in neither JIS X 0208
    nor JIS X 0213).  The user-defined (private use) rows are left out."""
    leads = [*range(0x81, 0xA0), *range(0xE0, 0xF0), *range(0xFA, 0xFD)]
    trails = [*range(0x40, 0x7F), *range(0x80, 0xFD)]
    return {u for u in _codec_chars("cp932", leads, trails) if not 0xE000 <= u <= 0xF8FF}


def ks_x_1001() -> set[int]:
    """Every character of KS X 1001 (EUC-KR two-byte area)."""
    return _codec_chars("euc_kr", range(0xA1, 0xFF), range(0xA1, 0xFF))


def gbk() -> set[int]:
    """Every character of GBK (GB2312 + its extension: hanzi, kana, Cyrillic,
    Greek, bopomofo, compatibility ideographs ...), private-use area excluded."""
    chars = _codec_chars("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
    # Python's gb2312 codec maps a few cells differently (A1A4 -> U+30FB).
    chars |= _codec_chars("gb2312", range(0xA1, 0xFF), range(0xA1, 0xFF))
    return {u for u in chars if not 0xE000 <= u <= 0xF8FF}


def sc_chars(cmap: dict[int, str]) -> set[int]:
    ideographs = _ranges(
        (0x3400, 0x4DBF),  # CJK Ext A
        (0x4E00, 0x9FFF),  # CJK Unified Ideographs
        (0x2E80, 0x2FDF),  # CJK Radicals Supplement + Kangxi Radicals
        (0x3100, 0x312F),  # Bopomofo (zhuyin, cheap)
    )
    ext_b_plus = {u for u in cmap if 0x20000 <= u <= 0x3FFFF}
    return COMMON | ideographs | ext_b_plus | gbk() | {0x20BB7}


def jp_chars(cmap: dict[int, str]) -> set[int]:
    kana = _ranges(
        (0x3040, 0x309F),  # Hiragana
        (0x30A0, 0x30FF),  # Katakana
        (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
        (0xFF61, 0xFF9F),  # Halfwidth Katakana (also in COMMON)
    )
    return COMMON | kana | jis_x_0208_0213() | cp932_extensions() | {0x20BB7}


def kr_chars(cmap: dict[int, str]) -> set[int]:
    hangul = _ranges(
        (0xAC00, 0xD7A3),  # Hangul Syllables (11,172)
        (0x1100, 0x11FF),  # Hangul Jamo
        (0x3130, 0x318F),  # Hangul Compatibility Jamo
        (0xA960, 0xA97F),  # Hangul Jamo Extended-A
        (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    )
    return COMMON | hangul | ks_x_1001()


# tag -> (face name suffix in the collection, char-set builder, extra features)
FACES = {
    "SC": ("Noto Sans CJK SC", sc_chars, []),
    "JP": ("Noto Sans CJK JP", jp_chars, []),
    "KR": ("Noto Sans CJK KR", kr_chars, HANGUL_JAMO_FEATURES),
}


def subset_font(font: TTFont, unicodes: set[int], features: list[str]) -> None:
    opts = subset.Options()
    opts.layout_features = features
    opts.layout_scripts = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = False
    opts.hinting = False
    opts.notdef_outline = True
    opts.recalc_bounds = True
    opts.recalc_timestamp = False
    opts.glyph_names = False
    opts.legacy_kern = False
    opts.drop_tables = list(subset.Options._drop_tables_default) + DROP_TABLES
    opts.prune_unicode_ranges = True
    opts.prune_codepage_ranges = True
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """fontTools' otf2ttf snippet: CFF -> quadratic glyf, maxp 1.0, post 3."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    quad = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        quad[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    for tag in ("VORG",):
        if tag in font:
            del font[tag]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(g.components) if g.isComposite() else 0) for g in glyf.glyphs.values()
    )
    maxp.compile(font)

    # post format 3: no glyph names (tens of thousands of "cidNNNNN" strings
    # would only cost space; reportlab and Qt do not need them).
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    # Unhinted TrueType: ask rasterisers for grey-scale + symmetric smoothing
    # at every size.
    gasp = font["gasp"] = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000F}

    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, tag: str, source_version: str) -> None:
    family = f"GatePost Sans {tag}"
    ps_name = f"GatePostSans{tag}-Regular"
    name = font["name"]
    name.names = [n for n in name.names if n.platformID == 3 and n.langID == 0x409]
    set_ = lambda nid, s: name.setName(s, nid, 3, 1, 0x409)
    set_(1, family)
    set_(2, "Regular")
    set_(3, f"{source_version.split(';')[0].replace('Version ', '')};GatePost;{ps_name}")
    set_(4, family)
    set_(6, ps_name)
    for nid in (16, 17, 21, 22):
        name.removeNames(nameID=nid)
    # OFL: a Modified Version must not be presented under the original
    # (possibly reserved) name; name ID 10 says where it comes from.
    old_desc = name.getDebugName(10) or ""
    set_(
        10,
        f"{family} is a modified version of Noto Sans CJK (subset, converted to "
        "TrueType outlines, renamed) made for the GatePost app. " + old_desc,
    )
    set_(5, f"{source_version}; GatePost subset")
    font["OS/2"].achVendID = "NONE"


def ofl_text(debian_copyright: Path, copyright_line: str, trademark_line: str) -> str:
    """OFL.txt: the font's copyright notice + the full SIL OFL 1.1 text.

    The licence text is taken from the Debian package's machine-readable
    copyright file ("License: SIL-1.1" stanza)."""
    lines = debian_copyright.read_text(encoding="utf-8").splitlines()
    # The "Files:" stanzas also have a one-line "License: SIL-1.1" field; the
    # text is in the stand-alone stanza whose next line is indented.
    start = next(
        i + 1
        for i, line in enumerate(lines)
        if line == "License: SIL-1.1" and i + 1 < len(lines) and lines[i + 1].startswith(" ")
    )
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        line = line[1:]
        body.append("" if line == "." else line)
    text = "\n".join(body).strip("\n")
    if "SIL OPEN FONT LICENSE Version 1.1" not in text or "DISCLAIMER" not in text:
        raise SystemExit(f"could not find the full OFL 1.1 text in {debian_copyright}")
    return (
        f"{copyright_line}\n{trademark_line}\n\n"
        "GatePost Sans SC, GatePost Sans JP and GatePost Sans KR are Modified\n"
        "Versions of Noto Sans CJK (subset, converted to TrueType outlines and\n"
        "renamed by GatePost's tools/build_fonts.py).\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n"
        f"{text}\n"
    )


def build(source: Path, out_dir: Path, tags: list[str]) -> dict[str, dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    collection = TTCollection(str(source), lazy=True)
    by_family = {f["name"].getDebugName(1): f for f in collection.fonts}
    report = {}
    for tag in tags:
        t0 = time.perf_counter()
        family, chars_for, extra_features = FACES[tag]
        src = by_family[family]
        source_version = src["name"].getDebugName(5)
        # Re-open this face on its own so the collection's shared tables are
        # not mutated between faces.
        font = TTFont(
            str(source), fontNumber=list(by_family).index(family), recalcTimestamp=False
        )
        cmap = font.getBestCmap()
        wanted = chars_for(cmap)
        subset_font(font, wanted, COMMON_FEATURES + extra_features)
        cff_to_glyf(font)
        rename(font, tag, source_version)
        path = out_dir / f"GatePostSans{tag}-Regular.ttf"
        font.save(str(path))
        cps = len(TTFont(str(path))["cmap"].getBestCmap())
        report[tag] = {
            "path": path,
            "bytes": path.stat().st_size,
            "codepoints": cps,
            "glyphs": len(font.getGlyphOrder()),
            "missing": len({u for u in wanted if u not in cmap}),
            "seconds": time.perf_counter() - t0,
        }
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--only", choices=sorted(FACES), action="append")
    ap.add_argument(
        "--license", type=Path, default=DEFAULT_LICENSE,
        help="Debian copyright file holding the OFL text (default: %(default)s)",
    )
    args = ap.parse_args(argv)
    if not args.source.exists():
        print(
            f"{args.source} not found: apt-get install fonts-noto-cjk "
            "(or pass --source path/to/NotoSansCJK-Regular.ttc)",
            file=sys.stderr,
        )
        return 2
    try:
        deb = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "fonts-noto-cjk"],
            capture_output=True, text=True, check=False,
        ).stdout.strip()
    except OSError:
        deb = ""
    print(f"source: {args.source}" + (f" (fonts-noto-cjk {deb})" if deb else ""))
    t0 = time.perf_counter()
    report = build(args.source, args.out, args.only or ["SC", "JP", "KR"])
    if args.license.exists():
        names = TTCollection(str(args.source), lazy=True).fonts[0]["name"]
        ofl = ofl_text(args.license, names.getDebugName(0), names.getDebugName(7))
        (args.out / "OFL.txt").write_text(ofl, encoding="utf-8")
        print(f"wrote {args.out / 'OFL.txt'}")
    else:
        print(f"{args.license} not found: OFL.txt not rewritten", file=sys.stderr)
    for r in report.values():
        print(
            f"{r['path'].name}: {r['bytes'] / 1e6:.2f} MB, {r['codepoints']} code points, "
            f"{r['glyphs']} glyphs, {r['missing']} requested code points not in source, "
            f"{r['seconds']:.1f} s"
        )
    print(f"total {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
