"""The shipped CJK fonts for reportlab, and text split into runs each font can draw.

reportlab draws nothing, silently, for a character its font lacks, so every string is cut into
runs by coverage: the language's own font first (Japanese forms for Japanese, Hangul for
Korean, Simplified Chinese otherwise), then the others. A character none of them has becomes
a visible box (□) rather than a gap nobody notices.
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

SC, JP, KR = "GatePostSansSC", "GatePostSansJP", "GatePostSansKR"
ORDER = {"zh_CN": (SC, JP, KR), "en": (SC, JP, KR), "ja": (JP, SC, KR), "ko": (KR, SC, JP)}
MISSING = "\u25a1"
# Full-width punctuation that must not start a line in Chinese or Japanese; reportlab's list
# (``ALL_CANNOT_START``) lacks these, and would put a lone "：" at the start of a line.
NO_LINE_START = "\uff0c\uff1a\uff1b\uff01\uff1f\uff0e\u3009\u300b\u301e"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF as UTF-16 surrogate pairs.

    reportlab writes ``<20BB7>`` for 𠮷, which readers cannot decode, so copying or searching
    the PDF loses the character.
    """
    pairs = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *pairs, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


@cache
def _patch_reportlab() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for module in (textsplit, rl_paragraph):  # one paragraph run wraps in textsplit, several here
        module.ALL_CANNOT_START += NO_LINE_START


@cache
def register_font(name: str) -> None:
    """Load one shipped font into reportlab, once per process (0.04–0.07 s each)."""
    _patch_reportlab()
    pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / f"{name}-Regular.ttf")))


def register_fonts(language: str | None = None) -> None:
    """The font of ``language`` (all three if None); the others load when a character needs them."""
    for name in ORDER[language][:1] if language in ORDER else (SC, JP, KR):
        register_font(name)


@cache
def _coverage(name: str) -> frozenset[int]:
    register_font(name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def base_font(language: str) -> str:
    return ORDER.get(language, ORDER["zh_CN"])[0]


def runs(text: str, language: str) -> list[tuple[str, str]]:
    """``text`` as (font name, piece) runs, each piece drawable by its font."""
    order = ORDER.get(language, ORDER["zh_CN"])
    base = _coverage(order[0])

    def font_of(char: str) -> str:
        if char.isspace() or ord(char) in base:
            return order[0]
        for name in order[1:]:  # loaded only when some text needs them
            if ord(char) in _coverage(name):
                return name
        return ""

    pieces = []
    for name, chars in groupby(text, key=font_of):
        piece = "".join(chars)
        pieces.append((name, piece) if name else (order[0], MISSING * len(piece)))
    return pieces


def markup(text: str, language: str) -> str:
    """``text`` as Paragraph markup: escaped, with a font tag wherever the base font lacks a glyph."""
    base = base_font(language)
    return "".join(escape(piece) if name == base else f'<font face="{name}">{escape(piece)}</font>'
                   for name, piece in runs(text, language))
