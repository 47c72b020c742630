"""What every GatePost PDF shares: styles per language, page furniture, and building to bytes.

Printed text goes through :func:`para`, which picks fonts per character, so no string reaches
reportlab in a font that cannot draw it. Every PDF embeds its fonts, and none uses Helvetica.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
import os
import re
import secrets
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.errors import QT_TRANSLATE_NOOP, Translate
from app.printing.fonts import base_font, markup, register_fonts, runs

PAGE_SIZES = {"A4": A4, "A3": A3, "A4-landscape": landscape(A4)}
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#59636e")
RULE = colors.HexColor("#c8ccd0")
SHADE = colors.HexColor("#eef1f4")
ALERT = colors.HexColor("#b42318")


@dataclass(frozen=True)
class Styles:
    language: str
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    figure: ParagraphStyle


@cache
def styles(language: str, scale: float = 1.0) -> Styles:
    """Paragraph styles for text in ``language``; ``scale`` enlarges them for posters."""
    register_fonts(language)
    font = base_font(language)
    # Chinese and Japanese break between any two characters; Korean and English between words.
    wrap = "CJK" if language in ("zh_CN", "ja") else None

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        size *= scale
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35,
                              wordWrap=wrap, **kw)

    return Styles(
        language,
        title=style("title", 17, spaceAfter=2 * mm),
        heading=style("heading", 11.5, spaceBefore=3.5 * mm, spaceAfter=1.2 * mm),
        body=style("body", 9.5),
        small=style("small", 8, textColor=MUTED),
        cell=style("cell", 8.5),
        figure=style("figure", 20, alignment=TA_CENTER),
    )


def para(text: str, style: ParagraphStyle, language: str) -> Paragraph:
    if not breaks_anywhere(text, style):
        style = _word_wrapped(style)  # Latin words and numbers are not broken mid-word
    return Paragraph(markup(text, language), style)


def breaks_anywhere(text: str, style: ParagraphStyle) -> bool:
    """Whether :func:`para` may break ``text`` between any two characters (Chinese, Japanese)."""
    return style.wordWrap == "CJK" and bool(_CJK.search(text))


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@cache
def _word_wrapped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-words", parent=style, wordWrap=None)


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], st: Styles, *,
         header: bool = True, alert_rows: Sequence[int] = ()) -> Table:
    """A ruled table; strings become wrapped paragraphs, the first row a shaded header."""
    alert = ParagraphStyle("cell-alert", parent=st.cell, textColor=ALERT)
    cells = [[v if isinstance(v, Flowable) else para(str(v), alert if r in alert_rows else st.cell, st.language)
              for v in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), base_font(st.language)),  # else the table sets Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class PageFurniture:
    """The line at the foot of every page: who printed what, when, and the page number."""

    left: str
    language: str
    translate: Translate


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas that writes "page N of M" once it knows M (pages are kept until save)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kw: object) -> None:
            super().__init__(*args, **kw)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._foot(number, total)
                super().showPage()
            super().save()

        def _foot(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            page = furniture.translate("Printing", QT_TRANSLATE_NOOP("Printing", "page {n} of {total}"), -1)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
            self.setFillColor(MUTED)
            draw_text(self, 15 * mm, 8 * mm, furniture.left, 7.5, furniture.language)
            draw_text(self, width - 15 * mm, 8 * mm, page.format(n=number, total=total), 7.5,
                      furniture.language, align="right")

    return NumberedCanvas


def text_width(text: str, size: float, language: str) -> float:
    return sum(stringWidth(piece, font, size) for font, piece in runs(text, language))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, language: str,
              align: str = "left") -> None:
    """One line of text straight on the canvas, with the same per-character fonts as :func:`para`."""
    if align != "left":
        width = text_width(text, size, language)
        x -= width if align == "right" else width / 2
    for font, piece in runs(text, language):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


def build_pdf(story: Sequence[Flowable], *, title: str, furniture: PageFurniture,
              pagesize: tuple[float, float] = A4, margins: float = 15 * mm,
              author: str = "GatePost") -> bytes:
    """Lay out ``story`` into a PDF and return its bytes."""
    register_fonts(furniture.language)
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins + 6 * mm, title=title,
                            author=author, creator="GatePost", lang=_pdf_lang(furniture.language),
                            initialFontName=base_font(furniture.language))
    doc.build(list(story), canvasmaker=_numbered_canvas(furniture))
    return out.getvalue()


def save_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write via a hidden file in the same folder, so a failed write leaves no half file."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with open(temporary, "xb") as stream:  # "x": the umask's permissions, unlike mkstemp's 0600
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # USB sticks get pulled right after saving
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _pdf_lang(language: str) -> str:
    return {"zh_CN": "zh-CN", "en": "en", "ja": "ja", "ko": "ko"}.get(language, "zh-CN")
