"""Bar charts for the committee reports, in muted colours that still tell apart in black and white.

reportlab.graphics draws the bars and axes (digits only, in the language's base font); titles,
legends and anything else with words are drawn with :func:`draw_text`, which picks fonts per
character, so a gate called 东门 prints in a Japanese report too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from app.printing.document import INK, MUTED, RULE, draw_text, text_width
from app.printing.fonts import base_font

# Alternating dark and light, so neighbours in a stack differ in a grey-only print too.
PALETTE = [colors.HexColor(c) for c in ("#34495e", "#b7c4d1", "#7d8c6a", "#e3d9c0", "#5d6d7e",
                                        "#cfd8dc", "#8d6e63", "#f0f0f0")]
CHECKS_COLOUR = colors.HexColor("#7f8fa0")
FEVER_COLOUR = colors.HexColor("#8c2d22")
TITLE_SIZE = 9
AXIS_SIZE = 7
GAP = 2  # between a title and the axis figures next to it


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]


def nice_scale(top: int, steps: int = 4) -> tuple[int, int]:
    """An axis maximum and step from 1, 2 or 5 times a power of ten, at least ``top``."""
    if top <= 0:
        return 1, 1
    raw = top / steps
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return step * math.ceil(top / step), step


class Chart(Flowable):
    """A drawing, with a title, a legend and labels drawn straight on the canvas."""

    def __init__(self, width: float, height: float, language: str) -> None:
        super().__init__()
        self.width, self.height, self.language = width, height, language
        self.drawing = Drawing(width, height)
        # The renderer sets its default font first, used or not: without this, Helvetica.
        self.drawing.initialFontName = base_font(language)
        self.texts: list[tuple[float, float, str, float, str, colors.Color]] = []
        self.keys: list[tuple[float, float, colors.Color]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def text(self, x: float, y: float, text: str, size: float = AXIS_SIZE, align: str = "left",
             colour: colors.Color = MUTED) -> None:
        self.texts.append((x, y, text, size, align, colour))

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        for x, y, colour in self.keys:
            self.canv.setFillColor(colour)
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.3)
            self.canv.rect(x, y, 7, 7, stroke=1, fill=1)
        for x, y, text, size, align, colour in self.texts:
            self.canv.setFillColor(colour)
            draw_text(self.canv, x, y, text, size, self.language, align=align)


def _bar_chart(chart: Chart, x: float, y: float, width: float, height: float,
               data: list[Sequence[int]], labels: list[str], *, stacked: bool) -> VerticalBarChart:
    font = base_font(chart.language)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = x, y, width, height
    bars.data = [list(values) for values in data]
    top = max((sum(col) for col in zip(*data, strict=True)) if stacked else
              (max(values, default=0) for values in data), default=0)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax, bars.valueAxis.valueStep = nice_scale(top)
    bars.valueAxis.labelTextFormat = "%d"
    for axis in (bars.valueAxis, bars.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize = font, AXIS_SIZE
        axis.labels.fillColor = MUTED
        axis.strokeColor, axis.strokeWidth = MUTED, 0.5
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor, bars.valueAxis.gridStrokeWidth = RULE, 0.3
    bars.valueAxis.visibleTicks = False
    bars.categoryAxis.visibleTicks = False
    bars.categoryAxis.labels.dy = -2
    bars.categoryAxis.categoryNames = labels
    if stacked:
        bars.categoryAxis.style = "stacked"
    bars.barSpacing, bars.groupSpacing = 0, max(1.0, width / max(1, len(labels)) * 0.25)
    bars.bars.strokeColor, bars.bars.strokeWidth = colors.white, 0.4
    chart.drawing.add(bars)
    return bars


def _thinned(labels: list[str], slot: float, language: str) -> list[str]:
    """Every label if they fit side by side, else every second, third..."""
    widest = max((stringWidth(t, base_font(language), AXIS_SIZE) for t in labels), default=0)
    step = max(1, math.ceil((widest + 3) / max(slot, 1)))
    return [t if i % step == 0 else "" for i, t in enumerate(labels)]


def hourly_chart(series: Sequence[Series], title: str, width: float, height: float,
                 language: str) -> Chart:
    """Stacked bars of checks per local hour (0-23), one colour per gate, with a legend."""
    chart = Chart(width, height, language)
    names = [(s.name, text_width(s.name, AXIS_SIZE + 0.5, language)) for s in series]
    legend_width = sum(10 + w + 10 for _, w in names)
    title_y = height - TITLE_SIZE
    # The legend goes right of the title when both fit on the line, else on a line of its own.
    legend_y = title_y if text_width(title, TITLE_SIZE, language) + legend_width + 12 < width else title_y - 12
    left, bottom = 26, 14
    plot_width = width - left - 4
    data = [list(s.values) for s in series] or [[0] * 24]
    hours = _thinned([str(h) for h in range(24)], plot_width / 24, language)
    bars = _bar_chart(chart, left, bottom, plot_width, legend_y - 8 - bottom, data, hours, stacked=True)
    for i, _ in enumerate(data):
        bars.bars[i].fillColor = PALETTE[i % len(PALETTE)]
    chart.text(0, title_y, title, TITLE_SIZE, colour=INK)
    x = max(0.0, width - legend_width)
    for i, (name, name_width) in enumerate(names):
        chart.keys.append((x, legend_y - 0.5, PALETTE[i % len(PALETTE)]))
        chart.text(x + 10, legend_y, name, AXIS_SIZE + 0.5, colour=INK)
        x += 10 + name_width + 10
    return chart


def daily_trend_chart(day_labels: list[str], checks: Sequence[int], fevers: Sequence[int],
                      titles: tuple[str, str], width: float, height: float, language: str) -> Chart:
    """Two panels over the same days: checks per day above, fevers per day (with counts) below.

    ``day_labels`` may run past the values (the rest of a week or month still to come)."""
    chart = Chart(width, height, language)
    left, bottom, title_room = 30, 12, TITLE_SIZE + 10
    # The lower title sits between the upper panel's "0" and the lower panel's top figure,
    # each centred on its axis line, with a gap either side.
    ascent, descent = getAscentDescent(base_font(language), TITLE_SIZE)
    between = AXIS_SIZE + ascent - descent + 2 * GAP
    days = len(day_labels)
    checks = list(checks) + [0] * (days - len(checks))
    fevers = list(fevers) + [0] * (days - len(fevers))
    plot_width = width - left - 4
    labels = _thinned(day_labels, plot_width / max(1, days), language)
    lower_height = (height - bottom - title_room - between) * 0.36
    upper_y = bottom + lower_height + between
    upper = _bar_chart(chart, left, upper_y, plot_width, height - title_room - upper_y,
                       [checks], [""] * days, stacked=False)
    upper.bars[0].fillColor = CHECKS_COLOUR
    lower = _bar_chart(chart, left, bottom, plot_width, lower_height, [fevers], labels, stacked=False)
    lower.bars[0].fillColor = FEVER_COLOUR
    # Head room above the tallest bar for its count, clear of the panel's title.
    lower.valueAxis.valueMax, lower.valueAxis.valueStep = nice_scale(math.ceil(max(fevers, default=0) * 1.4), 2)
    slot = plot_width / max(1, days)
    for i, value in enumerate(fevers):  # fevers are few: their counts are worth reading
        if value:
            share = value / lower.valueAxis.valueMax
            chart.text(left + (i + 0.5) * slot, bottom + lower_height * share + 1.5, str(value),
                       AXIS_SIZE - 0.5, align="centre", colour=INK)
    chart.text(0, height - TITLE_SIZE, titles[0], TITLE_SIZE, colour=INK)
    chart.text(0, bottom + lower_height + AXIS_SIZE / 2 + GAP - descent, titles[1], TITLE_SIZE, colour=INK)
    return chart
