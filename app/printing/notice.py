"""Notices to pin on a wall: every language on one poster, or one language per page.

Each language sits in its own block, set in its own font with its own line breaking, at the
largest type that fits the block (sizes are tried from large to small; nothing is cut or runs
over). Everything is measured from the page width, so A3 is the A4 poster scaled up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.printing.document import INK, PAGE_SIZES, RULE, draw_text, text_width
from app.printing.fonts import base_font, markup, register_fonts
from app.printing.qr import qr_drawing

BULLET = "\u2022"
MIN_SIZE = 6.0  # body points on A4; below this a poster is no longer a poster
MAX_SIZE = 30.0
STEP = 0.5
TITLE_RATIO = 1.45  # title size to body size
TITLE_MIN_RATIO = 1.15  # how far a title may shrink to stay on one line
GUTTER = 10 * mm
GUTTER_EMS = 2.0  # side by side, the gutter is at least this many body sizes wide


@dataclass(frozen=True)
class NoticeBlock:
    """One language's notice, placeholders already filled."""

    language: str
    title: str
    body: str


class NoticeDoesNotFit(ValueError):
    """Even the smallest type cannot hold this language's text in its block."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.language = language


Laid = tuple[Paragraph, float, float]  # a wrapped paragraph, its height, the space after it


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom edge, reportlab's y axis pointing up
    width: float
    height: float


def parse_body(body: str) -> list[tuple[str, list[str]]]:
    """The body as ``("para", lines)`` and ``("item", [text])`` pieces.

    Blank lines end a paragraph; a line starting with ``- `` is a bullet item; other lines in
    a row stay one paragraph, broken where the writer broke them.
    """
    pieces: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for raw in body.split("\n"):
        line = raw.strip()
        if not line:
            current = None
        elif line.startswith("- ") or line == "-":
            pieces.append(("item", [line[2:].strip()]))
            current = None
        elif current is None:
            current = [line]
            pieces.append(("para", current))
        else:
            current.append(line)
    return pieces


_NUMBER_UNIT = re.compile(r"(?<=\d) (?=(?:°C|℃|%|k?m)(?!\w))")


def _keep_units(text: str) -> str:
    """"37.3 °C" and "1 m" never broken across lines: the space becomes a no-break space."""
    return _NUMBER_UNIT.sub("\u00a0", text)


class _Block:
    """One language's text, laid out again at each size tried."""

    def __init__(self, block: NoticeBlock) -> None:
        self.language = block.language
        self.font = base_font(block.language)
        # Chinese and Japanese break between any two characters; Korean and English at spaces.
        self.wrap = "CJK" if block.language in ("zh_CN", "ja") else None
        self.text = block.title + block.body
        self.title = markup(_keep_units(block.title), block.language)
        self.title_width = text_width(block.title, 1.0, block.language)  # at one point
        self.pieces = [(kind, "<br/>".join(markup(_keep_units(line), block.language) for line in lines))
                       for kind, lines in parse_body(block.body)]

    def flowables(self, size: float, width: float) -> list[tuple[Paragraph, float]]:
        """Paragraphs at body ``size``, each with the space to leave after it.

        The title is smaller than usual rather than leave a word or two alone on a second line.
        """
        title_size = size * TITLE_RATIO
        one_line = width / self.title_width * 0.995 if self.title_width else title_size
        if one_line < title_size:
            title_size = max(size * TITLE_MIN_RATIO, one_line)
        title = ParagraphStyle("title", fontName=self.font, fontSize=title_size, leading=title_size * 1.25,
                               alignment=TA_CENTER, wordWrap=self.wrap, textColor=INK)
        body = ParagraphStyle("body", fontName=self.font, fontSize=size, leading=size * 1.38,
                              wordWrap=self.wrap, textColor=INK)
        # The bullet's dot a quarter em in, whatever its width (the Chinese font's is a full
        # em); the text where reportlab puts it after a bullet (0.6 em on), on every line.
        bullet_width = stringWidth(BULLET, self.font, size)
        bullet_indent = size * 0.25 - bullet_width / 2
        item = ParagraphStyle("item", parent=body, bulletFontName=self.font, bulletFontSize=size,
                              bulletIndent=bullet_indent,
                              leftIndent=bullet_indent + bullet_width + 0.6 * size + 0.01)
        out = [(Paragraph(self.title, title), size * 0.9)]
        for n, (kind, text) in enumerate(self.pieces):
            last_item = kind == "item" and (n + 1 == len(self.pieces) or self.pieces[n + 1][0] != "item")
            if kind == "item":
                out.append((Paragraph(text, item, bulletText=BULLET), size * (0.75 if last_item else 0.3)))
            else:
                out.append((Paragraph(text, body), size * 0.75))
        return out

    def measure(self, size: float, width: float) -> tuple[list[Laid], float] | None:
        """The paragraphs wrapped to ``width`` at ``size`` and their height; None if a word
        is wider than ``width``."""
        laid, used = [], 0.0
        # reportlab lets closing punctuation (。、) hang past the edge, and a Latin line run
        # over by a point: wrapping a little narrower keeps them inside the block.
        narrower = width - (size if self.wrap else size * 0.3)
        for paragraph, after in self.flowables(size, narrower):
            _, h = paragraph.wrap(narrower, 1e9)
            if any(w > width - 0.01 for w in paragraph.getActualLineWidths0()):
                return None
            laid.append((paragraph, h, after))
            used += h + after
        return laid, used - laid[-1][2]

    def fit(self, box: Box, low: float, high: float) -> tuple[float, list[Laid]]:
        """The largest size from ``high`` down to ``low`` (in steps) at which the text fits ``box``.

        The first size tried is a guess from one measurement (the room text needs grows with
        the square of its size); then sizes are tried one step at a time, up while they fit,
        else down until one fits.
        """
        sizes = [high - i * STEP for i in range(int((high - low) / STEP) + 1)]
        tried: dict[int, list[Laid] | None] = {}

        def fitting(index: int) -> list[Laid] | None:
            if index not in tried:
                measured = self.measure(sizes[index], box.width)
                tried[index] = measured[0] if measured and measured[1] <= box.height else None
            return tried[index]

        # A first guess from the length: a wide character (CJK) takes about size x leading.
        ems = sum(1.0 if ord(char) >= 0x1100 else 0.5 for char in self.text) * 1.38 * 1.3
        probe = min(len(sizes) - 1, max(0, round((high - (box.width * box.height / ems) ** 0.5) / STEP)))
        measured = self.measure(sizes[probe], box.width)
        if measured is None:
            start = probe + 1
        else:
            tried[probe] = measured[0] if measured[1] <= box.height else None
            guess = sizes[probe] * (box.height / measured[1]) ** 0.5
            start = min(len(sizes) - 1, max(0, round((high - guess) / STEP)))
        if start < len(sizes) and fitting(start) is not None:
            while start > 0 and fitting(start - 1) is not None:
                start -= 1
        else:
            while start < len(sizes) and fitting(start) is None:
                start += 1
            if start == len(sizes):
                raise NoticeDoesNotFit(self.language)
        laid = fitting(start)
        assert laid is not None
        return sizes[start], laid


def draw_laid(canvas: Canvas, box: Box, laid: list[Laid]) -> None:
    y = box.y + box.height
    for paragraph, height, after in laid:
        y -= height
        paragraph.drawOn(canvas, box.x, y)
        y -= after


def _bands(count: int, area: Box, gutter: float) -> list[Box]:
    h = (area.height - (count - 1) * gutter) / count
    return [Box(area.x, area.y + (count - 1 - i) * (h + gutter), area.width, h) for i in range(count)]


def _grid(area: Box, gutter: float) -> list[Box]:
    """Four quarters: top left, top right, bottom left, bottom right."""
    w, h = (area.width - gutter) / 2, (area.height - gutter) / 2
    return [Box(area.x, area.y + h + gutter, w, h), Box(area.x + w + gutter, area.y + h + gutter, w, h),
            Box(area.x, area.y, w, h), Box(area.x + w + gutter, area.y, w, h)]


@dataclass(frozen=True)
class Plan:
    """Where the blocks go on a page, and the QR code (None when there is none)."""

    boxes: list[Box]
    qr: Box | None
    side_by_side: bool


def _plans(count: int, area: Box, gutter: float, qr_height: float | None) -> list[Plan]:
    """The arrangements worth trying for ``count`` equal blocks; the one with the largest type wins.

    Two blocks: stacked halves or side by side. Three: stacked bands, or three quarters with
    the QR code in the fourth. Four: quarters. Stacked bands set long lines, and long lines
    waste more at paragraph ends: for four languages quarters set type about half as large
    again. Side by side, pdftotext gives the text back paragraph by paragraph (each one whole,
    the two columns' paragraphs in order of height); stacked, language by language.
    """
    above, strip = area, None
    if qr_height is not None:
        strip = Box(area.x, area.y, area.width, qr_height)
        above = Box(area.x, area.y + qr_height + gutter, area.width, area.height - qr_height - gutter)
    if count == 1:
        return [Plan([above], strip, False)]
    if count == 2:
        w = (above.width - gutter) / 2
        return [Plan(_bands(2, above, gutter), strip, False),
                Plan([Box(above.x, above.y, w, above.height),
                      Box(above.x + w + gutter, above.y, w, above.height)], strip, True)]
    if count == 3:
        quarters = _grid(area if strip else above, gutter)
        return [Plan(_bands(3, above, gutter), strip, False),
                Plan(quarters[:3], quarters[3] if strip else None, True)]
    return [Plan(_grid(above, gutter), strip, True)]


def _rules(canvas: Canvas, boxes: list[Box], gutter: float) -> None:
    """A thin line in the middle of every gutter between two neighbouring boxes."""
    for a in boxes:
        for b in boxes:
            beside_x = a.x < b.x + b.width and b.x < a.x + a.width
            beside_y = a.y < b.y + b.height and b.y < a.y + a.height
            if beside_x and abs(a.y - (b.y + b.height + gutter)) < 0.1:  # b under a
                y = a.y - gutter / 2
                canvas.line(min(a.x, b.x), y, max(a.x + a.width, b.x + b.width), y)
            elif beside_y and abs(b.x - (a.x + a.width + gutter)) < 0.1:  # b right of a
                x = a.x + a.width + gutter / 2
                canvas.line(x, max(a.y, b.y), x, min(a.y + a.height, b.y + b.height))


def _qr_parts(text: str, width: float, scale: float, language: str) -> tuple[float, float]:
    """The QR code's side and its caption's size, the caption shrunk to fit ``width``."""
    caption = 12 * scale
    while caption > 6 * scale and text_width(text, caption, language) > width:
        caption -= 0.5 * scale
    return 32 * mm * scale, caption


def _draw_qr(canvas: Canvas, text: str, box: Box, scale: float, language: str) -> None:
    """The QR code centred in ``box``, its text under it."""
    side, caption = _qr_parts(text, box.width, scale, language)
    bottom = box.y + (box.height - side - caption * 1.3) / 2
    canvas.setFillColor(INK)
    draw_text(canvas, box.x + box.width / 2, bottom, text, caption, language, align="centre")
    drawing = qr_drawing(text, side)
    drawing.initialFontName = base_font(language)
    renderPDF.draw(drawing, canvas, box.x + (box.width - side) / 2, bottom + caption * 1.3)


def _page(canvas: Canvas, blocks: list[NoticeBlock], area: Box, scale: float, qr: str | None) -> None:
    gutter = GUTTER * scale
    qr_height = None
    if qr:
        side, caption = _qr_parts(qr, area.width, scale, blocks[0].language)
        qr_height = side + caption * 1.3
    texts = [_Block(block) for block in blocks]
    best: tuple[float, Plan, list[list[Laid]]] | None = None
    failure = NoticeDoesNotFit(blocks[0].language)
    for plan in _plans(len(blocks), area, gutter, qr_height):
        # Side by side, the gutter must stay wide against the type, or text extraction (and
        # a reader's eye) runs on from one language's line into the next one's.
        high = min(MAX_SIZE * scale, gutter / GUTTER_EMS) if plan.side_by_side else MAX_SIZE * scale
        try:
            fitted = [text.fit(box, MIN_SIZE * scale, high) for text, box in zip(texts, plan.boxes, strict=False)]
        except NoticeDoesNotFit as error:
            failure = error
            continue
        smallest = min(size for size, _ in fitted)
        if best is None or smallest > best[0]:
            best = (smallest, plan, [laid for _, laid in fitted])
    if best is None:
        raise failure
    _, plan, laid = best
    canvas.setLineWidth(0.8 * scale)
    canvas.setStrokeColor(RULE)
    _rules(canvas, plan.boxes + ([plan.qr] if plan.qr else []), gutter)
    if plan.qr is not None and qr:
        _draw_qr(canvas, qr, plan.qr, scale, blocks[0].language)
    for box, lines in zip(plan.boxes, laid, strict=True):
        draw_laid(canvas, box, lines)


def notice_document(blocks: Sequence[NoticeBlock], *, size: str = "A4", layout: str = "poster",
                    qr: str | None = None, title: str = "") -> bytes:
    """The notice as PDF bytes: one ``poster`` page for all blocks, or one page per block."""
    register_fonts()
    width, height = PAGE_SIZES[size]
    scale = width / PAGE_SIZES["A4"][0]
    margin = 14 * mm * scale
    first = blocks[0].language
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), initialFontName=base_font(first),
                    lang={"zh_CN": "zh-CN"}.get(first, first))
    canvas.setTitle(title)
    canvas.setAuthor("GatePost")
    canvas.setCreator("GatePost")
    pages = [list(blocks)] if layout == "poster" else [[block] for block in blocks]
    for page in pages:
        _page(canvas, page, Box(margin, margin, width - 2 * margin, height - 2 * margin), scale, qr)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
