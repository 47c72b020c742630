"""Paper for when the laptop is down: numbered blank register pages, and the shift handover sheet.

Every register row carries its number (``3F2A-0007-05``), so what was written by hand during an
outage is typed in later by that number, once, and never twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.errors import QT_TRANSLATE_NOOP, Translate
from app.printing.document import (
    INK, MUTED, RULE, SHADE, PageFurniture, Styles, build_pdf, draw_text, grid, para, styles, text_width,
)
from app.printing.fonts import base_font
from app.printing.passes import fitted, sheet_canvas

TIME_FORMAT = "%Y-%m-%d %H:%M"
MARGIN = 10 * mm
HEADER_ROW = 12 * mm


def entry_ref(copy_code: str, page: int, row: int | None = None) -> str:
    """``3F2A-0007`` for a page, ``3F2A-0007-05`` for one of its rows."""
    return f"{copy_code}-{page:04d}" if row is None else f"{copy_code}-{page:04d}-{row:02d}"


@dataclass(frozen=True)
class RegisterRun:
    """A run of register pages to print; times are in the compound's time zone."""

    site: str
    copy_code: str
    first_page: int
    page_count: int
    rows_per_page: int
    threshold: str
    recheck_minutes: int
    printed_at: datetime
    printed_by: str


# (label, width in mm, part of the visitor group); the widths add up to the 277 mm between margins.
COLUMNS: tuple[tuple[str, float, bool], ...] = (
    (QT_TRANSLATE_NOOP("Printing", "No."), 22, False),
    (QT_TRANSLATE_NOOP("Printing", "Time"), 13, False),
    (QT_TRANSLATE_NOOP("Printing", "Pass no. or name"), 36, False),
    (QT_TRANSLATE_NOOP("Printing", "Room (visitor: host)"), 19, False),
    (QT_TRANSLATE_NOOP("Printing", "Temp. °C"), 14, False),
    (QT_TRANSLATE_NOOP("Printing", "Method"), 15, False),
    (QT_TRANSLATE_NOOP("Printing", "2nd reading"), 14, False),
    (QT_TRANSLATE_NOOP("Printing", "Outcome"), 23, False),
    (QT_TRANSLATE_NOOP("Printing", "ID number"), 45, True),
    (QT_TRANSLATE_NOOP("Printing", "Phone"), 28, True),
    (QT_TRANSLATE_NOOP("Printing", "Purpose"), 17, True),
    (QT_TRANSLATE_NOOP("Printing", "Plate"), 19, True),
    (QT_TRANSLATE_NOOP("Printing", "Guard's signature"), 12, False),
)


def _header_style(language: str) -> ParagraphStyle:
    return ParagraphStyle("register-head", fontName=base_font(language), fontSize=7.5, leading=8.6,
                          alignment=TA_CENTER, textColor=INK,
                          wordWrap="CJK" if language in ("zh_CN", "ja") else None)


def _cell_text(canvas: Canvas, text: str, x: float, y: float, w: float, h: float,
               style: ParagraphStyle, language: str) -> None:
    """``text`` wrapped and centred in the box with lower-left corner (x, y)."""
    paragraph = para(text, style, language)
    _, height = paragraph.wrapOn(canvas, w - 1.5 * mm, h)
    paragraph.drawOn(canvas, x + 0.75 * mm, y + (h - height) / 2)


def _register_page(canvas: Canvas, run: RegisterRun, page: int, language: str, translate: Translate) -> None:
    width, height = landscape(A4)
    left, right, top = MARGIN, width - MARGIN, height - MARGIN
    canvas.setFillColor(INK)
    title = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Gate register (paper)"), -1)
    draw_text(canvas, left, top - 6 * mm, title, 16, language)
    page_label = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Page"), -1)
    number = entry_ref(run.copy_code, page)
    draw_text(canvas, right, top - 6.5 * mm, number, 20, language, align="right")
    canvas.setFillColor(MUTED)
    draw_text(canvas, right - text_width(number, 20, language) - 2 * mm, top - 6.5 * mm, page_label,
              9, language, align="right")
    draw_text(canvas, left + text_width(title, 16, language) + 5 * mm, top - 6 * mm, run.site, 11, language)

    # Blanks to fill in: the gate and the date, on lines long enough for a hand.
    canvas.setFillColor(INK)
    y = top - 15 * mm
    x = left
    for label, blank in ((QT_TRANSLATE_NOOP("Printing", "Gate"), 55 * mm), (QT_TRANSLATE_NOOP("Printing", "Date"), 45 * mm),
                         (QT_TRANSLATE_NOOP("Printing", "Guard on duty"), 60 * mm)):
        text = translate("Printing", label, -1)
        draw_text(canvas, x, y, text, 11, language)
        x += text_width(text, 11, language) + 2 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x, y - 1 * mm, x + blank, y - 1 * mm)
        x += blank + 8 * mm

    instructions = translate("Printing", QT_TRANSLATE_NOOP(
        "Printing", "Write one person per line; visitors also fill in the visitor columns. "
                    "Fever at or above {threshold} °C: wait {minutes} minutes, take a second reading "
                    "and write what was done."), -1).format(threshold=run.threshold,
                                                           minutes=run.recheck_minutes)
    text, size = fitted(instructions, 9.5, right - left, language)
    draw_text(canvas, left, top - 22 * mm, text, size, language)

    # The table: a two-level header (the visitor columns under one label), then the rows.
    table_top = top - 25.5 * mm
    footer = 12 * mm
    row_h = (table_top - HEADER_ROW - footer) / run.rows_per_page
    style = _header_style(language)
    canvas.setFillColor(SHADE)
    canvas.rect(left, table_top - HEADER_ROW, right - left, HEADER_ROW, stroke=0, fill=1)
    xs = [left]
    for _, w, _ in COLUMNS:
        xs.append(xs[-1] + w * mm)
    visitor = [i for i, c in enumerate(COLUMNS) if c[2]]
    group_l, group_r = xs[visitor[0]], xs[visitor[-1] + 1]
    half = HEADER_ROW / 2
    _cell_text(canvas, translate("Printing", QT_TRANSLATE_NOOP("Printing", "Visitors only"), -1), group_l, table_top - half,
               group_r - group_l, half, style, language)
    for i, (label, _, in_group) in enumerate(COLUMNS):
        h = half if in_group else HEADER_ROW
        _cell_text(canvas, translate("Printing", label, -1), xs[i], table_top - HEADER_ROW, xs[i + 1] - xs[i],
                   h, style, language)
    body_top = table_top - HEADER_ROW
    for row in range(1, run.rows_per_page + 1):
        y = body_top - row * row_h
        if row % 2 == 0:  # every other row shaded, so a hand stays on its line
            canvas.setFillColor(SHADE)
            canvas.rect(left, y, right - left, row_h, stroke=0, fill=1)
        canvas.setFillColor(INK)
        ref, size = fitted(entry_ref(run.copy_code, page, row), 8.5, xs[1] - xs[0] - 1.5 * mm, language)
        draw_text(canvas, left + 1 * mm, y + row_h / 2 - size * 0.35, ref, size, language)

    # Rules: light inside, dark around, so the sheet photocopies well.
    bottom = body_top - run.rows_per_page * row_h
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    for row in range(1, run.rows_per_page):
        canvas.line(left, body_top - row * row_h, right, body_top - row * row_h)
    for x in xs[1:-1]:
        canvas.line(x, bottom, x, table_top if x not in xs[visitor[0] + 1:visitor[-1] + 1] else table_top - half)
    canvas.line(group_l, table_top - half, group_r, table_top - half)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    canvas.rect(left, bottom, right - left, table_top - bottom, stroke=1, fill=0)
    canvas.line(left, body_top, right, body_top)

    canvas.setFillColor(MUTED)
    foot = translate("Printing", QT_TRANSLATE_NOOP("Printing", "Printed {time} by {name}. Type the entries in later by their number; "
                                        "each number once."), -1).format(
        time=run.printed_at.strftime(TIME_FORMAT), name=run.printed_by)
    text, size = fitted(foot, 8, right - left - 30 * mm, language)
    draw_text(canvas, left, MARGIN - 2 * mm, text, size, language)
    draw_text(canvas, right, MARGIN - 2 * mm, number, 8, language, align="right")


def register_pdf(run: RegisterRun, language: str, translate: Translate) -> bytes:
    """Blank, numbered A4 landscape register pages in ``language``."""
    out = BytesIO()
    canvas = sheet_canvas(out, landscape(A4), language,
                          translate("Printing", QT_TRANSLATE_NOOP("Printing", "Gate register (paper)"), -1))
    for page in range(run.first_page, run.first_page + run.page_count):
        _register_page(canvas, run, page, language, translate)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


# --- shift handover ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """A titled table; its rows are printed text already. An empty one prints "None"."""

    title: str
    columns: Sequence[str]
    widths: Sequence[float]
    rows: Sequence[Sequence[str]]
    note: str = ""
    """A line under the title (how many, or that the list is cut short)."""


@dataclass(frozen=True)
class Handover:
    site: str
    gate: str
    at: datetime
    outgoing: str
    sections: Sequence[Section] = field(default_factory=tuple)
    sync_line: str = ""


def _section(section: Section, st: Styles, translate: Translate) -> list[Flowable]:
    lang = st.language
    story: list[Flowable] = [para(translate("Printing", section.title, -1), st.heading, lang)]
    if section.note:
        story.append(para(section.note, st.small, lang))
    if not section.rows:
        story.append(para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "None"), -1), st.body, lang))
        return story
    header = [translate("Printing", c, -1) for c in section.columns]
    story.append(grid([header, *section.rows], [w * mm for w in section.widths], st))
    return story


def _blank_table(rows: list[list[object]], widths: list[float], heights: list[float] | None,
                 language: str, commands: list[tuple[object, ...]]) -> Table:
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), base_font(language)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    return table


def handover_pdf(sheet: Handover, language: str, translate: Translate) -> bytes:
    """The shift handover sheet: A4 portrait, every section present even when empty."""
    st = styles(language, 1.2)  # read at the gate table at night, by tired eyes
    full = A4[0] - 30 * mm
    story: list[Flowable] = [
        para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Shift handover"), -1) + " · " + sheet.site, st.title, language),
    ]
    incoming_blank = ""
    facts = [
        [para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Date and time"), -1), st.small, language),
         para(sheet.at.strftime(TIME_FORMAT), st.body, language),
         para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Gate"), -1), st.small, language),
         para(sheet.gate or "—", st.body, language)],
        [para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Outgoing guard"), -1), st.small, language),
         para(sheet.outgoing, st.body, language),
         para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Incoming guard"), -1), st.small, language),
         incoming_blank],
    ]
    story.append(_blank_table(facts, [30 * mm, full / 2 - 30 * mm, 30 * mm, full / 2 - 30 * mm],
                              [8 * mm, 9 * mm], language,
                              [("LINEBELOW", (3, 1), (3, 1), 0.6, INK),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE)]))
    for section in sheet.sections:
        story += _section(section, st, translate)
    story.append(para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Records not yet exported"), -1), st.heading, language))
    story.append(para(sheet.sync_line, st.body, language))

    notes_title = para(translate("Printing", QT_TRANSLATE_NOOP("Printing", "Notes for the next shift"), -1), st.heading, language)
    lines = _blank_table([[""]] * 4, [full], [9 * mm] * 4, language,
                         [("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)])
    story.append(KeepTogether([notes_title, lines]))

    def box(label: str) -> list[Flowable]:
        return [para(translate("Printing", label, -1), st.small, language), Spacer(1, 18 * mm)]

    signatures = _blank_table(
        [[box(QT_TRANSLATE_NOOP("Printing", "Outgoing guard: signature and time")), "",
          box(QT_TRANSLATE_NOOP("Printing", "Incoming guard: signature and time"))]],
        [full / 2 - 4 * mm, 8 * mm, full / 2 - 4 * mm], [26 * mm], language,
        [("BOX", (0, 0), (0, 0), 0.8, INK), ("BOX", (2, 0), (2, 0), 0.8, INK)])
    story.append(KeepTogether([Spacer(1, 5 * mm), signatures]))
    furniture = PageFurniture(
        translate("Printing", QT_TRANSLATE_NOOP("Printing", "Shift handover · {site} · {time}"), -1).format(
            site=sheet.site, time=sheet.at.strftime(TIME_FORMAT)), language, translate)
    return build_pdf(story, title=translate("Printing", QT_TRANSLATE_NOOP("Printing", "Shift handover"), -1), furniture=furniture)
