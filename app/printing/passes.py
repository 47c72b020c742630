"""Temporary passes: ID-1 sized cards (85.6 x 54 mm), ten to an A4 sheet, with a QR code.

The QR code holds exactly the pass number, so a scanner at the gate types it into the search
field. Cards are drawn straight on the canvas with the shipped fonts, never Helvetica.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.errors import QT_TRANSLATE_NOOP, Translate
from app.printing.document import ALERT, INK, MUTED, RULE, SHADE, draw_text, text_width
from app.printing.fonts import base_font, register_fonts
from app.printing.qr import qr_drawing

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
COLUMN_GAP, ROW_GAP = 6 * mm, 2 * mm
PER_SHEET = COLUMNS * ROWS
PAD = 4 * mm
QR_SIZE = 25 * mm
TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class PassCard:
    """What one card shows; times are already in the compound's time zone."""

    pass_no: str
    holder: str
    masked_id: str
    room: str
    is_visitor: bool
    purpose: str
    """Already in the printed language; empty for a resident."""
    valid_until: datetime
    issued_by: str
    issued_at: datetime
    site: str


def sheet_canvas(out: BinaryIO, pagesize: tuple[float, float], language: str, title: str) -> Canvas:
    """A bare canvas for a drawn form, with the language's embedded font as its initial font."""
    register_fonts(language)
    canvas = Canvas(out, pagesize=pagesize, initialFontName=base_font(language),
                    lang={"zh_CN": "zh-CN"}.get(language, language))
    canvas.setTitle(title)
    canvas.setAuthor("GatePost")
    canvas.setCreator("GatePost")
    return canvas


def fitted(text: str, size: float, width: float, language: str,
           smallest: float = 6.0) -> tuple[str, float]:
    """``text`` and a font size at which it fits ``width``: smaller first, then cut with "…"."""
    while size > smallest and text_width(text, size, language) > width:
        size = max(smallest, size - 0.5)
    if text_width(text, size, language) <= width:
        return text, size
    while text and text_width(text + "…", size, language) > width:
        text = text[:-1]
    return text + "…", size


def _fit_draw(canvas: Canvas, x: float, y: float, text: str, size: float, width: float,
              language: str, align: str = "left") -> None:
    text, size = fitted(text, size, width, language)
    draw_text(canvas, x, y, text, size, language, align=align)


def _card(canvas: Canvas, x0: float, y0: float, card: PassCard, language: str,
          translate: Translate) -> None:
    top, right = y0 + CARD_H, x0 + CARD_W
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.roundRect(x0, y0, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)  # the cutting line

    # Header band: what this card is, and where it is valid.
    canvas.setFillColor(SHADE)
    canvas.roundRect(x0 + 1.5 * mm, top - 10.5 * mm, CARD_W - 3 * mm, 9 * mm, 1.5 * mm, stroke=0, fill=1)
    title = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Temporary pass"), -1)
    title, title_size = fitted(title, 12.5, CARD_W * 0.55, language)
    canvas.setFillColor(INK)
    draw_text(canvas, x0 + PAD, top - 7.6 * mm, title, title_size, language)
    site_room = CARD_W - 2 * PAD - text_width(title, title_size, language) - 3 * mm
    canvas.setFillColor(MUTED)
    _fit_draw(canvas, right - PAD, top - 7.3 * mm, card.site, 8.5, site_room, language, "right")

    # The pass number, as large as fits: the guard reads it from a distance.
    canvas.setFillColor(INK)
    _fit_draw(canvas, x0 + PAD, top - 17.5 * mm, card.pass_no, 17, CARD_W - 2 * PAD, language)

    qr_x, qr_y = right - PAD - QR_SIZE + 2 * mm, y0 + 4 * mm  # the quiet zone may overlap the pad
    renderPDF.draw(qr_drawing(card.pass_no, QR_SIZE), canvas, qr_x, qr_y)

    def label(text: str) -> str:
        return translate("Printing", text, -1)

    rows = [(label(QT_TRANSLATE_NOOP("Printing", "Name")), card.holder, 11.5, INK),
            (label(QT_TRANSLATE_NOOP("Printing", "ID")), card.masked_id or "—", 9, INK)]
    if card.is_visitor:
        rows.append((label(QT_TRANSLATE_NOOP("Printing", "Visiting")), card.room or "—", 10, INK))
        rows.append((label(QT_TRANSLATE_NOOP("Printing", "Purpose")), card.purpose, 9, INK))
    else:
        rows.append((label(QT_TRANSLATE_NOOP("Printing", "Room")), card.room or "—", 10, INK))
    rows.append((label(QT_TRANSLATE_NOOP("Printing", "Valid until")),
                 card.valid_until.strftime(TIME_FORMAT), 10.5, ALERT))
    label_w = min(max(text_width(t, 7, language) for t, *_ in rows) + 1.5 * mm, 19 * mm)
    column_w = qr_x - x0 - PAD - label_w
    y = top - 24 * mm
    step = 5.1 * mm if len(rows) > 4 else 5.8 * mm
    for name, value, size, colour in rows:
        canvas.setFillColor(MUTED)
        _fit_draw(canvas, x0 + PAD, y, name, 7, label_w - 1 * mm, language)
        canvas.setFillColor(colour)
        _fit_draw(canvas, x0 + PAD + label_w, y, value, size, column_w, language)
        y -= step
    issued = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Issued {time} by {name}"), -1).format(
        time=card.issued_at.strftime(TIME_FORMAT), name=card.issued_by)
    canvas.setFillColor(MUTED)
    _fit_draw(canvas, x0 + PAD, y0 + 3.2 * mm, issued, 6.5, qr_x - x0 - PAD, language)


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Short marks in the margins on every cutting line, for a guillotine or a ruler."""
    width, height = A4
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    grid_w = COLUMNS * CARD_W + (COLUMNS - 1) * COLUMN_GAP
    grid_h = ROWS * CARD_H + (ROWS - 1) * ROW_GAP
    xs = sorted({left + c * (CARD_W + COLUMN_GAP) + d for c in range(COLUMNS) for d in (0, CARD_W)})
    ys = sorted({bottom + r * (CARD_H + ROW_GAP) + d for r in range(ROWS) for d in (0, CARD_H)})
    for x in xs:
        canvas.line(x, bottom - 5 * mm, x, bottom - 1.5 * mm)
        canvas.line(x, bottom + grid_h + 1.5 * mm, x, bottom + grid_h + 5 * mm)
    for y in ys:
        canvas.line(left - 6 * mm, y, left - 1.5 * mm, y)
        canvas.line(left + grid_w + 1.5 * mm, y, left + grid_w + 6 * mm, y)


def passes_pdf(cards: Sequence[PassCard], language: str, translate: Translate) -> bytes:
    """The cards, ten to an A4 page (two columns, five rows), in ``language``."""
    if not cards:
        raise ValueError("no pass to print")
    width, height = A4
    grid_w = COLUMNS * CARD_W + (COLUMNS - 1) * COLUMN_GAP
    grid_h = ROWS * CARD_H + (ROWS - 1) * ROW_GAP
    left, bottom = (width - grid_w) / 2, (height - grid_h) / 2
    out = BytesIO()
    title = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Temporary passes"), -1)
    canvas = sheet_canvas(out, A4, language, title)
    for start in range(0, len(cards), PER_SHEET):
        _cut_marks(canvas, left, bottom)
        for i, card in enumerate(cards[start:start + PER_SHEET]):
            row, column = divmod(i, COLUMNS)
            x = left + column * (CARD_W + COLUMN_GAP)
            y = bottom + grid_h - (row + 1) * CARD_H - row * ROW_GAP
            _card(canvas, x, y, card, language, translate)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
