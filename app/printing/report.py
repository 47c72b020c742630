"""The committee's daily report and weekly/monthly summaries, printed from plain figures.

Laid out to be read at a glance: key figures as big numbers, then the charts, then short
tables; long lists stop after ``CAP`` rows with a line saying how many more there are. The
figures themselves are in ``figures``.
Names print (it is the committee's own report); ID numbers and phones arrive masked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.domain.observation import (
    OUTCOME_LABELS as OBSERVATION_OUTCOMES, ObservationOutcome, alert_reason_label,
)
from app.domain.temperature import OUTCOME_LABELS as FEVER_OUTCOMES, FeverOutcome, format_temperature
from app.errors import QT_TRANSLATE_NOOP, Translate
from app.printing.charts import Series, daily_trend_chart, hourly_chart
from app.printing.document import (
    ALERT, RULE, SHADE, PageFurniture, Styles, breaks_anywhere, build_pdf, grid, para, styles,
    text_width,
)
from app.printing.figures import Capped, DailyFigures, DayCount, FeverRow, Header, PeriodFigures
from app.printing.fonts import base_font

T = TypeVar("T")
WIDTH = 180 * mm  # A4 less two 15 mm margins
CARD_PADDING = 3  # each side of a key figure's card: room for a label such as 入場拒否の来訪者
CAPTION_MIN = 6.5
_P = "Printing"


WEEKDAYS = [QT_TRANSLATE_NOOP("Printing", "Mon"), QT_TRANSLATE_NOOP("Printing", "Tue"),
            QT_TRANSLATE_NOOP("Printing", "Wed"), QT_TRANSLATE_NOOP("Printing", "Thu"),
            QT_TRANSLATE_NOOP("Printing", "Fri"), QT_TRANSLATE_NOOP("Printing", "Sat"),
            QT_TRANSLATE_NOOP("Printing", "Sun")]
TITLES = {
    "daily": QT_TRANSLATE_NOOP("Printing", "Daily committee report"),
    "weekly": QT_TRANSLATE_NOOP("Printing", "Weekly summary"),
    "monthly": QT_TRANSLATE_NOOP("Printing", "Monthly summary"),
}


def _table(rows: list[list[object]], widths: Sequence[float], language: str,
           *commands: tuple[object, ...]) -> Table:
    """A layout table; its font is set, or reportlab would set Helvetica on the page."""
    table = Table(rows, colWidths=list(widths))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), base_font(language)), *commands]))
    return table


class _Writer:
    """Translation and styles for one report in one language."""

    def __init__(self, language: str, translate: Translate) -> None:
        self.language, self.translate = language, translate
        self.st: Styles = styles(language)
        self.big = ParagraphStyle("big", parent=self.st.figure, fontSize=22, leading=25)
        self.big_alert = ParagraphStyle("big_alert", parent=self.big, textColor=ALERT)
        self.caption = ParagraphStyle("caption", parent=self.st.small, alignment=TA_CENTER,
                                      fontSize=8, leading=9.5)
        self.right = ParagraphStyle("right", parent=self.st.small, alignment=TA_RIGHT)
        self.number = ParagraphStyle("number", parent=self.st.cell, alignment=TA_RIGHT)
        self.cell_alert = ParagraphStyle("cell_alert", parent=self.st.cell, textColor=ALERT)
        self.number_alert = ParagraphStyle("number_alert", parent=self.number, textColor=ALERT)
        self.body = ParagraphStyle("report_body", parent=self.st.body, fontSize=10, leading=13.5)
        self.heading_style = ParagraphStyle("report_heading", parent=self.st.heading, keepWithNext=1)

    def tr(self, text: str, context: str = _P) -> str:
        return self.translate(context, text, -1)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        return para(text, style or self.body, self.language)

    def facts(self, items: Sequence[tuple[str, object] | tuple[str, object, str]]) -> Flowable:
        """``Label: value · Label: value``: figures in a line, with no plural to get wrong. A
        label is translated in the context given third, else in "Printing"."""
        pattern = self.tr(QT_TRANSLATE_NOOP("Printing", "{label}: {value}"))
        return self.p("  ·  ".join(pattern.format(
            label=self.tr(item[0], item[2] if len(item) > 2 else _P),
            value=f"{item[1]:,}" if isinstance(item[1], int) else item[1]) for item in items))

    def day(self, d: date) -> str:
        return f"{d.isoformat()} {self.tr(WEEKDAYS[d.weekday()])}"

    def when(self, at: datetime, day: date | None) -> str:
        """A time, with its date when it is not on ``day``."""
        return at.strftime("%H:%M") if at.date() == day else at.strftime("%m-%d %H:%M")

    def heading(self, text: str) -> Flowable:
        return self.p(self.tr(text), self.heading_style)

    def header(self, h: Header, title: str, period: str) -> list[Flowable]:
        left = [self.p(title, self.st.title), self.p(f"{h.site} · {h.committee}"),
                self.p(period, ParagraphStyle("period", parent=self.body, fontSize=12, leading=15))]
        printed = self.tr(QT_TRANSLATE_NOOP("Printing", "Printed {at} by {who}")).format(
            at=h.printed_at.strftime("%Y-%m-%d %H:%M"), who=h.printed_by)
        right = [self.p(printed, self.right), self.p(h.sync, self.right)]
        table = _table([[left, right]], [WIDTH * 0.62, WIDTH * 0.38], self.language,
                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                       ("RIGHTPADDING", (-1, 0), (-1, 0), 0), ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE))
        return [table, Spacer(1, 3 * mm)]

    def key_figures(self, items: Sequence[tuple[str, int, bool]]) -> Table:
        """The row of big numbers; an alerting figure above zero prints in red."""
        inner = WIDTH / len(items) - 2 * CARD_PADDING
        room = inner - 4
        labels = [self.tr(label) for label, _, _ in items]
        caption = self.card_caption(labels, inner - 1)
        cells = []
        for (_, value, alert), label in zip(items, labels, strict=True):
            text = f"{value:,}"
            style = self.big_alert if alert and value else self.big
            size = min(style.fontSize, room / max(1.0, text_width(text, 1, self.language)))
            if size < style.fontSize:  # a six-figure month: smaller, never broken over two lines
                style = ParagraphStyle(style.name + "_fit", parent=style, fontSize=size)
            cells.append([self.p(text, style), self.p(label, caption)])
        return _table([cells], [WIDTH / len(items)] * len(items), self.language,
                      ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                      ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LEFTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                      ("RIGHTPADDING", (0, 0), (-1, -1), CARD_PADDING),
                      ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5))

    def card_caption(self, labels: Sequence[str], room: float) -> ParagraphStyle:
        """The cards' caption style. Chinese and Japanese may break between any two characters
        (来訪 / 者), so there the captions are set smaller, down to ``CAPTION_MIN``, until each
        fits on one line; Korean and English wrap at spaces, which reads well."""
        widest = max((text_width(label, 1, self.language) for label in labels
                      if breaks_anywhere(label, self.caption)), default=0.0)
        size = max(CAPTION_MIN, min(self.caption.fontSize, room / max(widest, 1.0)))
        if size == self.caption.fontSize:
            return self.caption
        return ParagraphStyle("caption_fit", parent=self.caption, fontSize=size, leading=size * 1.2)

    def cell(self, value: object, alert: bool = False) -> Flowable:
        """Numbers right-aligned, text wrapped; an alerting row's cells in red."""
        if isinstance(value, int):
            return self.p(f"{value:,}", self.number_alert if alert else self.number)
        return self.p(str(value), self.cell_alert if alert else self.st.cell)

    def table(self, capped: Capped[T], columns: Sequence[tuple[str, float]],
              cells: Callable[[T], Sequence[object]], alert: Callable[[T], bool] = lambda _r: False,
              empty: str | None = QT_TRANSLATE_NOOP("Printing", "None.")) -> list[Flowable]:
        """A capped table, or one line saying there is nothing; widths are shares of the page."""
        if not capped.rows:
            return [self.p(self.tr(empty), self.st.small)] if empty else []
        rows = [[self.cell(self.tr(title)) for title, _ in columns],
                *([self.cell(v, alert(r)) for v in cells(r)] for r in capped.rows)]
        out: list[Flowable] = [grid(rows, [share * WIDTH for _, share in columns], self.st)]
        if capped.total > len(capped.rows):
            out.append(self.p(self.tr(QT_TRANSLATE_NOOP(
                "Printing", "…and {n} more, not printed here to keep the report short.")).format(
                n=f"{capped.total - len(capped.rows):,}"), self.st.small))
        return out

    def fever_table(self, capped: Capped[FeverRow], day: date | None) -> list[Flowable]:
        def cells(r: FeverRow) -> list[str]:
            who = r.who if not r.kind_label else f"{r.who} ({self.tr(r.kind_label, 'SubjectKind')})".strip()
            outcome = (self.tr(FEVER_OUTCOMES[FeverOutcome(r.outcome)], "FeverOutcome") if r.outcome
                       else self.tr(QT_TRANSLATE_NOOP("Printing", "OPEN: no outcome yet")))
            second = format_temperature(r.second_dt) if r.second_dt is not None else "–"
            return [self.when(r.at, day), who, r.room, r.gate, format_temperature(r.first_dt), second, outcome]

        time_share = 0.09 if day else 0.13
        return self.table(capped, [
            (QT_TRANSLATE_NOOP("Printing", "Time"), time_share), (QT_TRANSLATE_NOOP("Printing", "Who"), 0.24),
            (QT_TRANSLATE_NOOP("Printing", "Room"), 0.11), (QT_TRANSLATE_NOOP("Printing", "Gate"), 0.1),
            (QT_TRANSLATE_NOOP("Printing", "1st °C"), 0.08), (QT_TRANSLATE_NOOP("Printing", "2nd °C"), 0.08),
            (QT_TRANSLATE_NOOP("Printing", "Outcome"), 0.34 - time_share + 0.06)],
            cells, alert=lambda r: r.outcome is None, empty=QT_TRANSLATE_NOOP("Printing", "No fevers."))

    def furniture(self, h: Header, title: str, period: str) -> PageFurniture:
        return PageFurniture(f"{h.site} · {title} · {period}", self.language, self.translate)


def _day_labels(first: date, last: date) -> list[str]:
    return [f"{d.month}/{d.day}" for d in (first + timedelta(days=i) for i in range((last - first).days + 1))]


def _side_by_side(language: str, *flowables: Flowable, shares: Sequence[float]) -> Table:
    return _table([list(flowables)], [WIDTH * s for s in shares], language,
                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"))


def daily_report_pdf(header: Header, f: DailyFigures, language: str, translate: Translate) -> bytes:
    w = _Writer(language, translate)
    title = w.tr(TITLES["daily"])
    period = w.day(f.day)
    first = f.trend[0].day if f.trend else f.day
    story: list[Flowable] = [*w.header(header, title, period), w.key_figures([
        (QT_TRANSLATE_NOOP("Printing", "Checks"), f.checks, False),
        (QT_TRANSLATE_NOOP("Printing", "Fevers"), f.fevers, True),
        (QT_TRANSLATE_NOOP("Printing", "Visitors admitted"), f.admitted, False),
        (QT_TRANSLATE_NOOP("Printing", "Visitors refused"), f.refused, False),
        (QT_TRANSLATE_NOOP("Printing", "Visitors inside"), f.inside.total, False),
        (QT_TRANSLATE_NOOP("Printing", "Under observation"), f.observing, False),
        (QT_TRANSLATE_NOOP("Printing", "Alerts open"), f.alerts_open, True)]), Spacer(1, 4 * mm),
        _side_by_side(
            language, hourly_chart([Series(gate, counts) for gate, counts in f.by_hour],
                         w.tr(QT_TRANSLATE_NOOP("Printing", "Checks by hour and gate")), WIDTH * 0.56,
                         54 * mm, language),
            daily_trend_chart(_day_labels(first, f.day), [d.checks for d in f.trend],
                              [d.fevers for d in f.trend],
                              (w.tr(QT_TRANSLATE_NOOP("Printing", "Checks per day, last 14 days")),
                               w.tr(QT_TRANSLATE_NOOP("Printing", "Fevers per day"))), WIDTH * 0.4, 54 * mm,
                              language), shares=(0.6, 0.4))]

    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Temperature checks and fevers")), w.facts([
        (QT_TRANSLATE_NOOP("Printing", "Checks"), f.checks),
        (QT_TRANSLATE_NOOP("Printing", "People checked"), f.people),
        (QT_TRANSLATE_NOOP("Printing", "Fevers"), f.fevers),
        (QT_TRANSLATE_NOOP("Printing", "Fevers without an outcome"), f.open_holds)]),
        *w.fever_table(f.fever_rows, f.day)]

    inside_title = (QT_TRANSLATE_NOOP("Printing", "Still inside now") if f.is_today
                    else QT_TRANSLATE_NOOP("Printing", "Still inside at the end of the day"))
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Visitors")), w.facts([
        (QT_TRANSLATE_NOOP("Printing", "Admitted"), f.admitted),
        (QT_TRANSLATE_NOOP("Printing", "Refused"), f.refused), (inside_title, f.inside.total)])]
    if f.refusals:
        story.append(w.facts([(QT_TRANSLATE_NOOP("Printing", "Refused, by reason"), ", ".join(
            f"{reason or '–'} ({count})" for reason, count in f.refusals))]))
    story += w.table(f.inside, [
        (QT_TRANSLATE_NOOP("Printing", "Still inside"), 0.3), (QT_TRANSLATE_NOOP("Printing", "Visiting"), 0.2),
        (QT_TRANSLATE_NOOP("Printing", "In since"), 0.2), (QT_TRANSLATE_NOOP("Printing", "Phone"), 0.3)],
        lambda r: [r.name, r.host, w.when(r.time_in, f.day), r.phone], empty=None)
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Watch-list hits")), *w.table(f.watch_hits, [
        (QT_TRANSLATE_NOOP("Printing", "Time"), 0.09), (QT_TRANSLATE_NOOP("Printing", "Visitor"), 0.24),
        (QT_TRANSLATE_NOOP("Printing", "Visiting"), 0.14), (QT_TRANSLATE_NOOP("Printing", "Matched"), 0.35),
        (QT_TRANSLATE_NOOP("Printing", "Decision"), 0.18)],
        lambda r: [w.when(r.time_in, f.day), r.name, r.host, r.matched,
                   w.tr(QT_TRANSLATE_NOOP("Printing", "admitted") if r.admitted
                        else QT_TRANSLATE_NOOP("Printing", "refused"))])]

    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Returnees under observation")), w.facts([
        (QT_TRANSLATE_NOOP("Printing", "Under observation"), f.observing),
        (QT_TRANSLATE_NOOP("Printing", "New today"), f.new_today),
        (QT_TRANSLATE_NOOP("Printing", "Ending tomorrow"), f.ending_tomorrow),
        (QT_TRANSLATE_NOOP("Printing", "Follow-ups missed"), f.missed_slots)]), w.facts([
        (QT_TRANSLATE_NOOP("Printing", "Alerts raised"), f.alerts_raised),
        (QT_TRANSLATE_NOOP("Printing", "Alerts closed"), f.alerts_closed),
        (QT_TRANSLATE_NOOP("Printing", "Alerts open"), f.alerts_open)])]
    story += w.table(f.missed, [
        (QT_TRANSLATE_NOOP("Printing", "Name"), 0.3), (QT_TRANSLATE_NOOP("Printing", "Room"), 0.2),
        (QT_TRANSLATE_NOOP("Printing", "Day"), 0.2), (QT_TRANSLATE_NOOP("Printing", "Slots missed"), 0.3)],
        lambda r: [r.name, r.room, f"{r.day} / {r.of}", r.count], empty=None)
    if f.alerts.rows:
        story.append(Spacer(1, 2 * mm))
    story += w.table(f.alerts, [
        (QT_TRANSLATE_NOOP("Printing", "Alert raised"), 0.12), (QT_TRANSLATE_NOOP("Printing", "Name"), 0.2),
        (QT_TRANSLATE_NOOP("Printing", "Room"), 0.12), (QT_TRANSLATE_NOOP("Printing", "Reason"), 0.2),
        (QT_TRANSLATE_NOOP("Printing", "Action taken"), 0.36)],
        lambda r: [w.when(r.raised_at, f.day), r.name, r.room,
                   w.tr(alert_reason_label(r.reason), "AlertReason"),
                   r.action or w.tr(QT_TRANSLATE_NOOP("Printing", "OPEN: no action yet"))],
        alert=lambda r: not r.closed, empty=None)
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Attempted exits")), *w.table(f.exits, [
        (QT_TRANSLATE_NOOP("Printing", "Time"), 0.12), (QT_TRANSLATE_NOOP("Printing", "Name"), 0.3),
        (QT_TRANSLATE_NOOP("Printing", "Room"), 0.2), (QT_TRANSLATE_NOOP("Printing", "Gate"), 0.18),
        (QT_TRANSLATE_NOOP("Printing", "Day"), 0.2)],
        lambda r: [w.when(r.at, f.day) if r.at else "", r.name, r.room, r.gate, f"{r.day} / {r.of}"])]
    return build_pdf(story, title=f"{title} {f.day.isoformat()}", furniture=w.furniture(header, title, period))


def period_report_pdf(header: Header, p: PeriodFigures, language: str, translate: Translate) -> bytes:
    w = _Writer(language, translate)
    title = w.tr(TITLES[p.kind])
    period = f"{p.first.isoformat()} – {p.period_last.isoformat()}"
    if p.last < p.period_last:
        period += " " + w.tr(QT_TRANSLATE_NOOP("Printing", "(to {day})")).format(day=p.last.isoformat())
    t = p.totals
    story: list[Flowable] = [*w.header(header, title, period), w.key_figures([
        (QT_TRANSLATE_NOOP("Printing", "Checks"), t.checks, False),
        (QT_TRANSLATE_NOOP("Printing", "Fevers"), t.fevers, True),
        (QT_TRANSLATE_NOOP("Printing", "Visitors admitted"), t.admitted, False),
        (QT_TRANSLATE_NOOP("Printing", "Visitors refused"), t.refused, False),
        (QT_TRANSLATE_NOOP("Printing", "Attempted exits"), t.exits, True),
        (QT_TRANSLATE_NOOP("Printing", "Observations started"), p.started, False),
        (QT_TRANSLATE_NOOP("Printing", "Observations ended"), p.ended, False)]), Spacer(1, 4 * mm),
        daily_trend_chart(_day_labels(p.first, p.period_last), [d.checks for d in p.days],
                          [d.fevers for d in p.days], (w.tr(QT_TRANSLATE_NOOP("Printing", "Checks per day")),
                                                       w.tr(QT_TRANSLATE_NOOP("Printing", "Fevers per day"))),
                          WIDTH, 55 * mm, language)]
    columns = [QT_TRANSLATE_NOOP("Printing", "Date"), QT_TRANSLATE_NOOP("Printing", "Checks"),
               QT_TRANSLATE_NOOP("Printing", "Fevers"), QT_TRANSLATE_NOOP("Printing", "Visitors admitted"),
               QT_TRANSLATE_NOOP("Printing", "Visitors refused"), QT_TRANSLATE_NOOP("Printing", "Attempted exits"),
               QT_TRANSLATE_NOOP("Printing", "New returnees")]

    def row(label: str, d: DayCount, total: bool = False) -> list[Flowable]:
        # Only fevers and attempted exits above zero print red: every day has a few checks.
        return [w.cell(label), w.cell(d.checks), w.cell(d.fevers, bool(d.fevers) and not total),
                w.cell(d.admitted), w.cell(d.refused), w.cell(d.exits, bool(d.exits) and not total),
                w.cell(d.new_returnees)]

    rows = [[w.cell(w.tr(c)) for c in columns], *(row(w.day(d.day), d) for d in p.days),
            row(w.tr(QT_TRANSLATE_NOOP("Printing", "Total")), t, total=True)]
    table = grid(rows, [WIDTH * 0.22] + [WIDTH * 0.13] * 6, w.st)
    table.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), SHADE), ("LINEABOVE", (0, -1), (-1, -1), 1, RULE)]))
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Day by day")), table]
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Fevers and their outcome")), w.facts([
        (FEVER_OUTCOMES[FeverOutcome(o)], n, "FeverOutcome") if o
        else (QT_TRANSLATE_NOOP("Printing", "No outcome yet"), n) for o, n in p.fever_outcomes] or [
        (QT_TRANSLATE_NOOP("Printing", "Fevers"), 0)])]
    if p.fever_rows.rows:
        story.append(w.p(w.tr(QT_TRANSLATE_NOOP("Printing", "Not cleared by a second reading:")), w.st.small))
    story += w.fever_table(p.fever_rows, None)
    story += [w.heading(QT_TRANSLATE_NOOP("Printing", "Returnees")), w.facts([
        (QT_TRANSLATE_NOOP("Printing", "Observations started"), p.started),
        (QT_TRANSLATE_NOOP("Printing", "Observations ended"), p.ended),
        *((OBSERVATION_OUTCOMES[ObservationOutcome(o)], n, "ObservationOutcome") for o, n in p.outcomes)])]
    story += w.table(p.returnees, [
        (QT_TRANSLATE_NOOP("Printing", "Name"), 0.2), (QT_TRANSLATE_NOOP("Printing", "Room"), 0.12),
        (QT_TRANSLATE_NOOP("Printing", "From"), 0.24), (QT_TRANSLATE_NOOP("Printing", "Start"), 0.12),
        (QT_TRANSLATE_NOOP("Printing", "Planned end"), 0.12), (QT_TRANSLATE_NOOP("Printing", "Outcome"), 0.2)],
        lambda r: [r.name, r.room, r.origin, r.start_on.isoformat(), r.end_on.isoformat(),
                   f"{w.tr(OBSERVATION_OUTCOMES[ObservationOutcome(r.outcome)], 'ObservationOutcome')} "
                   f"{r.outcome_on.isoformat() if r.outcome_on else ''}".strip() if r.outcome
                   else w.tr(QT_TRANSLATE_NOOP("Printing", "still under observation"))])
    return build_pdf(story, title=f"{title} {period}", furniture=w.furniture(header, title, period))
